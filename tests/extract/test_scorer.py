"""The scorer's matching rules and arithmetic."""

from __future__ import annotations

import pytest

from trialdb.extract.scorer import overlap, same_arm, score_all
from trialdb.pipeline.evaluate import evaluate

from ..conftest import FIXTURES


def _rec(**kw):  # type: ignore[no-untyped-def]
    base = {
        "design": {"study_type": "rct", "randomized": True, "blinding": None},
        "sample_size": {"total": 54, "randomized": None, "analyzed": None, "arms": []},
        "outcomes": [], "p_values": [], "effects": [], "registry_ids": [], "evidence_class": None,
    }
    base.update(kw)
    return base


def test_overlap_counts_gold_words() -> None:
    assert overlap("score on the modified Rankin Scale (mRS)", "modified Rankin Scale") == 1.0
    assert overlap("mRS", "modified Rankin Scale") == 0.0
    assert overlap("Transient mild to moderate skin burning", "transient skin burning") == 1.0


def test_prf_and_accuracy() -> None:
    gold = _rec(p_values=[{"op": "=", "value": 0.732, "outcome": "mRS at 3 months"}, {"op": "=", "value": 0.023, "outcome": "Motricity Index leg score"}],
                sample_size={"total": 54, "randomized": None, "analyzed": None, "arms": [{"label": "MSC", "n": 39}, {"label": "control", "n": 15}]})
    pred = _rec(p_values=[{"op": "=", "value": 0.732, "outcome": "mRS score shift at 3 months"}, {"op": "<", "value": 0.05, "outcome": None}],
                sample_size={"total": 39, "randomized": None, "analyzed": None, "arms": [{"label": "MSC group", "n": 39}, {"label": "controls", "n": 15}]})
    s = score_all([(pred, gold)])
    p = s.fields["p_values"]
    assert (p.tp, p.fp, p.fn, p.precision, p.recall, p.f1) == (1, 1, 1, 0.5, 0.5, 0.5)
    assert (s.fields["p_value_outcomes"].correct, s.fields["p_value_outcomes"].total) == (1, 1)
    assert (s.fields["arms"].tp, s.fields["arms"].fn) == (2, 0)  # "MSC group" ~ "MSC", "controls" ~ "control"
    assert s.fields["total_n"].accuracy == 0.0 and s.fields["study_type"].accuracy == 1.0


def test_non_rct_called_rct_rate() -> None:
    gold = _rec(design={"study_type": "observational"})
    s = score_all([(_rec(), gold), (_rec(design={"study_type": "observational"}), gold)])
    assert (s.non_rct_called_rct, s.non_rct_total, s.non_rct_as_rct_rate) == (1, 2, 0.5)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [("EE", "erlotinib plus entinostat (EE)", True), ("group A", "group A (non-selective)", True), ("placebos", "placebo", True),
     ("placebo", "control", False), ("Group I", "Group II", False)],
)
def test_same_arm(predicted: str, gold: str, same: bool) -> None:
    assert same_arm(predicted, gold) is same


def test_dev_split_scores() -> None:
    """`trialdb evaluate fixtures/gold/dev` (359 records: 117 of the first split and the dev records of the second,
    third and fourth batches, split2.txt to split4.txt), the split tuned on: the figures reached, kept from falling.

    The issue's targets (total 0.90, arms F1 0.85, randomized 0.97, primary 0.92, p-values 0.99, non-RCTs called RCT
    <= 2%) are not all met; these floors are the figures of extractor 1.4.0 (the general forms found running over
    EBM-NLP's 1,999 RCT abstracts: one clause per group, sizes before labels in one bracket, breakdowns and events that
    are not groups, animals counted as a laboratory study's units).
    """
    s = evaluate(FIXTURES / "gold" / "dev")
    assert s.records == 359
    f = s.fields
    assert f["total_n"].accuracy >= 0.89 and f["arms"].f1 >= 0.86 and f["arms"].precision >= 0.91
    assert f["randomized_n"].accuracy >= 0.88 and f["analyzed_n"].accuracy >= 0.91 and f["planned_n"].accuracy >= 0.96
    assert f["randomized"].accuracy >= 0.97 and f["study_type"].accuracy >= 0.91 and f["blinding"].accuracy >= 0.99
    assert f["registry_ids"].precision == 1.0 and f["registry_ids"].recall == 1.0
    assert f["primary_outcomes"].f1 >= 0.88
    assert f["p_values"].precision >= 0.99 and f["p_values"].recall >= 0.97
    assert f["evidence_class"].accuracy >= 0.99
    assert s.non_rct_as_rct_rate is not None and s.non_rct_as_rct_rate <= 0.05


def test_splits_are_the_seeded_draw() -> None:
    """dev/ and holdout/ hold exactly what fixtures/gold/split.txt, split2.txt, split3.txt and split4.txt (written by
    split.py and split2.py) say, and nothing twice."""
    rows = {}
    for name in ("split.txt", "split2.txt", "split3.txt", "split4.txt"):
        rows.update(dict(line.split() for line in (FIXTURES / "gold" / name).read_text().splitlines()))
    for split in ("dev", "holdout"):
        have = {p.stem for p in (FIXTURES / "gold" / split).glob("*.json")}
        want = {rid for rid, where in rows.items() if where == split}
        assert want <= have
    holdout = {p.stem for p in (FIXTURES / "gold" / "holdout").glob("*.json")}
    assert len(holdout) == 52 + 25 + 24 + 40 and not holdout & {p.stem for p in (FIXTURES / "gold" / "dev").glob("*.json")}
