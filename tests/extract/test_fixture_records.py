"""Extraction on the bundled real records, against hand annotations made by reading the abstracts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from trialdb.extract import Extractor, TrialFacts
from trialdb.fetch import Article, read_articles

from ..conftest import FIXTURES, SEED, pubmed_files

ANNOTATIONS: dict[str, dict[str, Any]] = {
    k: v for k, v in json.loads((FIXTURES / "annotations.json").read_text()).items() if not k.startswith("_")
}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.pmid: a for a in read_articles([*pubmed_files(), *sorted((FIXTURES / "medline").glob("*.txt"))])}


def test_seed_record_matches_the_golden_file(extractor: Extractor) -> None:
    (article,) = read_articles([SEED])
    golden = json.loads((FIXTURES / "golden" / "33472925.json").read_text())
    assert extractor.extract(article).to_contract() == golden


def test_seed_record_values_a_reviewer_checks(extractor: Extractor) -> None:
    (article,) = read_articles([SEED])
    f = extractor.extract(article)
    assert (f.design.study_type, f.design.randomized, f.design.blinding) == ("rct", True, "open-label")
    assert f.design.outcome_assessor_blinded is True and f.design.allocation_ratio == "2:1"
    assert f.sample_size.total == 54
    assert [(a.label, a.n) for a in f.sample_size.arms] == [("MSC", 39), ("control", 15)]
    assert [(p.op, p.value) for p in f.p_values] == [("=", 0.732), ("=", 0.023)]
    assert "mRS" in (f.p_values[0].outcome or "") and "3 months" in (f.p_values[0].outcome or "")
    assert "Motricity Index" in (f.p_values[1].outcome or "")
    assert f.registry_ids == ["NCT01716481"]
    assert f.evidence_class is not None and (f.evidence_class.scheme, f.evidence_class.level) == ("AAN", "III")
    primary = [o for o in f.outcomes if o.role == "primary"]
    assert "modified Rankin Scale" in primary[0].name and primary[0].timepoint == "3 months"
    # Every p-value's offsets point at its text in the stored abstract.
    for p in f.p_values:
        assert article.abstract[p.start : p.end] == p.text


def test_provenance_points_at_the_sentence(extractor: Extractor) -> None:
    (article,) = read_articles([SEED])
    f = extractor.extract(article)
    by_field = {p.field: p for p in f.provenance}
    ratio = by_field["design.allocation_ratio"]
    assert article.abstract[ratio.start : ratio.end] == "2:1"
    assert ratio.section == "methods" and "in a 2:1 ratio" in ratio.sentence
    assert by_field["evidence_class"].section == "evidence"
    assert f.extractor_version


def _check(f: TrialFacts, want: dict[str, Any]) -> None:
    d, s = f.design, f.sample_size
    if "study_type" in want:
        assert d.study_type == want["study_type"]
    if want.get("not_rct"):
        assert d.study_type != "rct" and d.randomized is not True
    for key in ("randomized", "blinding", "placebo", "multicenter", "outcome_assessor_blinded"):
        if key in want:
            assert getattr(d, key) == want[key], key
    if "total" in want:
        assert s.total == want["total"]
    if "randomized_n" in want:
        assert s.randomized == want["randomized_n"]
    if "analyzed" in want:
        assert s.analyzed == want["analyzed"]
    if "arms" in want:
        assert [[a.label, a.n] for a in s.arms] == want["arms"]
    if "p_values" in want:
        assert [[p.op, p.value] for p in f.p_values] == want["p_values"]
    if "p_value_outcomes" in want:
        assert [p.outcome for p in f.p_values] == want["p_value_outcomes"]
    if "effects" in want:
        assert [[e.measure, e.value, e.ci_low, e.ci_high, e.ci_level] for e in f.effects] == want["effects"]
    if "registry_ids" in want:
        assert f.registry_ids == want["registry_ids"]
    if "evidence" in want:
        assert f.evidence_class is not None and [f.evidence_class.scheme, f.evidence_class.level] == want["evidence"]
    if "primary_timepoint" in want:
        assert [o.timepoint for o in f.outcomes if o.role == "primary"][:1] == [want["primary_timepoint"]]
    if "primary_outcome" in want:
        primary = [o for o in f.outcomes if o.role == "primary"]
        assert [primary[0].name, primary[0].timepoint] == want["primary_outcome"]


@pytest.mark.parametrize("pmid", sorted(ANNOTATIONS))
def test_annotated_record(pmid: str, extractor: Extractor, articles: dict[str, Article]) -> None:
    _check(extractor.extract(articles[pmid]), ANNOTATIONS[pmid])


def test_no_non_trial_is_called_an_rct(extractor: Extractor, articles: dict[str, Article]) -> None:
    """Across all 275 fixture records, an RCT call needs an RCT publication type or 'random' in the text."""
    wrong = []
    for a in articles.values():
        f = extractor.extract(a)
        if f.design.study_type == "rct":
            says_random = "random" in (a.title + " " + a.abstract).lower()
            if not says_random and "Randomized Controlled Trial" not in a.publication_types:
                wrong.append(a.pmid)
        if f.design.study_type not in ("rct", "non-randomized", "single-arm"):
            assert f.sample_size.arms == [], a.pmid
    assert wrong == []
