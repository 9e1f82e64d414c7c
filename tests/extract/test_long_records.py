"""A record too long for spaCy (max_length) gets empty facts and one warning naming it, never an exception."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from trialdb.extract import EXTRACTOR_VERSION, Extractor, TrialFacts
from trialdb.fetch import Article, read_articles
from trialdb.fetch.article import AbstractSection

from ..conftest import SEED


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def seed() -> Article:
    (article,) = read_articles([SEED])
    return article


def _padded(article: Article, length: int, where: str = "abstract") -> Article:
    """The real record with its abstract (or title) repeated to ``length`` characters."""
    text = article.abstract if where == "abstract" else article.title
    long = (text + " ") * (length // (len(text) + 1) + 1)
    long = long[:length]
    if where == "title":
        return replace(article, title=long, _layout=None)
    return replace(article, sections=(AbstractSection(None, None, long),), _layout=None)


@pytest.mark.parametrize(
    ("length", "where"),
    [(1_000_001, "abstract"), (1_200_000, "abstract"), (9_000_000, "abstract"), (1_000_001, "title")],
    ids=["max+1", "1.2M", "9MB", "title"],
)
def test_too_long_gives_empty_facts_and_one_warning(extractor: Extractor, seed: Article, length: int, where: str) -> None:
    article = _padded(seed, length, where)
    facts = extractor.extract(article)
    assert facts.pmid == "33472925" and facts.title == article.title and facts.extractor_version == EXTRACTOR_VERSION
    empty = TrialFacts(pmid=facts.pmid, title=facts.title, extractor_version=EXTRACTOR_VERSION)
    assert facts == empty
    (warning,) = extractor.warnings
    assert warning.startswith("PMID 33472925: ") and f"{length:,} characters" in warning and "1,000,000" in warning
    assert "\n" not in warning
    extractor.warnings.clear()


def test_the_limit_itself_is_extracted(extractor: Extractor, seed: Article) -> None:
    facts = extractor.extract(_padded(seed, extractor.nlp.max_length))
    assert extractor.warnings == []
    assert facts.registry_ids and facts.registry_ids[0] == "NCT01716481"


def test_a_normal_record_is_unchanged(extractor: Extractor, seed: Article) -> None:
    facts = extractor.extract(seed)
    assert (facts.design.study_type, facts.sample_size.total, facts.registry_ids) == ("rct", 54, ["NCT01716481"])
    assert extractor.warnings == []


def test_a_text_record_is_named_by_its_file(extractor: Extractor, seed: Article, tmp_path: Path) -> None:
    article = replace(_padded(seed, 1_100_000), pmid=None, source=str(tmp_path / "long.txt"))
    assert extractor.extract(article).pmid is None
    (warning,) = extractor.warnings
    assert warning.startswith(f"{tmp_path / 'long.txt'}: ")
    extractor.warnings.clear()


def test_spacy_refusing_for_length_is_caught(seed: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    ex = Extractor()

    def refuse(text: str) -> None:
        raise ValueError("[E088] Text of length 5 exceeds maximum of 4.")

    monkeypatch.setattr(ex.nlp, "make_doc", refuse)
    facts = ex.extract(seed)
    assert facts == TrialFacts(pmid="33472925", title=seed.title, extractor_version=EXTRACTOR_VERSION)
    assert len(ex.warnings) == 1 and ex.warnings[0].startswith("PMID 33472925: ")


def test_other_errors_are_not_hidden(seed: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    ex = Extractor()

    def broken(text: str) -> None:
        raise ValueError("something else")

    monkeypatch.setattr(ex.nlp, "make_doc", broken)
    with pytest.raises(ValueError, match="something else"):
        ex.extract(seed)
    assert ex.warnings == []
