"""`screen --next --order relevance`: the bundled records ranked by a model of one reviewer's decisions, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from trialdb.db import relevance
from trialdb.db.relevance import MIN_EACH, fallback_note, rank_unscreened, record_texts, relevance_note, relevance_order
from trialdb.db.screening import next_to_screen, record_decisions
from trialdb.db.search import SearchQuery
from trialdb.errors import InputError

#: A review of obstructive sleep apnoea: the bundled records about it (read by hand from their titles and abstracts).
APNOEA_INCLUDED = ["27373039", "27382686", "27396145", "27451590", "27396098"]  # CPAP, surgery in children, railway workers, sleepiness, a prison clinic
#: TNF in OSAHS patients, a child with severe OSAHS, CPAP and the heart, sleep apnoea in prisons (a title alone).
APNOEA_LEFT = ["27373092", "27382691", "27451595", "27396095"]
#: Records that have nothing to do with it.
EXCLUDED = ["11056631", "27687974", "11909345", "29869639", "12742519"]  # epitaxial islands, SAR11 plankton, B mesons, Florida Bay, rats
OBVIOUSLY_OUT = ["11580607", "27529501", "17725497", "15284444", "11567133"]  # growing surfaces, terminators, QTL, bubbles, seismic anisotropy
ALL = SearchQuery(limit=None)


def _decide(engine: Engine, included: list[str], excluded: list[str], reviewer: str = "ann") -> None:
    if included:
        record_decisions(engine, included, "included", reviewer=reviewer)
    if excluded:
        record_decisions(engine, excluded, "excluded", "not about sleep apnoea", reviewer=reviewer)


def test_records_like_the_includes_come_first(loaded: Engine) -> None:
    _decide(loaded, APNOEA_INCLUDED, EXCLUDED)
    ranked = relevance_order(loaded, ALL, "ann")
    assert ranked.note is None
    assert set(ranked.pmids[:4]) == set(APNOEA_LEFT)
    assert max(ranked.pmids.index(p) for p in APNOEA_LEFT) < min(ranked.pmids.index(p) for p in OBVIOUSLY_OUT)
    decided = set(APNOEA_INCLUDED) | set(EXCLUDED)
    assert not decided & set(ranked.pmids)
    # The next record asked for is the top of the ranking; a skipped one is not offered again.
    assert relevance_order(loaded, ALL, "ann", skip=ranked.pmids[:1]).pmids == ranked.pmids[1:]


def test_fewer_than_five_of_each_is_newest_first_with_a_one_line_note(loaded: Engine) -> None:
    _decide(loaded, APNOEA_INCLUDED[:4], EXCLUDED)
    ranked = relevance_order(loaded, ALL, "ann")
    newest = []
    while (pmid := next_to_screen(loaded, ALL, "ann", "newest", newest)) is not None:
        newest.append(pmid)
    assert ranked.pmids == newest
    assert ranked.note == relevance_note(loaded, "ann")
    assert ranked.note is not None and "\n" not in ranked.note
    assert f"needs {MIN_EACH} included and {MIN_EACH} excluded" in ranked.note and "so far 4 and 5" in ranked.note
    assert "newest first" in ranked.note
    # One more include and the model ranks.
    _decide(loaded, APNOEA_INCLUDED[4:], [])
    assert relevance_note(loaded, "ann") is None
    assert set(relevance_order(loaded, ALL, "ann").pmids[:4]) == set(APNOEA_LEFT)


def test_each_reviewer_is_ranked_by_their_own_decisions(loaded: Engine) -> None:
    _decide(loaded, APNOEA_INCLUDED, EXCLUDED, reviewer="ann")
    # bob has decided nothing: his records come newest first, and ann's records are still his to screen.
    bobs = relevance_order(loaded, ALL, "bob")
    assert bobs.note is not None and "so far 0 and 0" in bobs.note
    assert set(APNOEA_INCLUDED) <= set(bobs.pmids)


def test_too_many_records_to_model_is_a_one_line_error(loaded: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relevance, "MAX_RECORDS", 100)
    with pytest.raises(InputError, match=r"at most 100 records and \d+ are left to ann .*narrow them with the search filters"):
        relevance_order(loaded, ALL, "ann")
    assert relevance_order(loaded, SearchQuery(limit=None, text="apnoea OR apnea"), "ann").note is not None


def test_the_same_decisions_give_the_same_order(loaded: Engine) -> None:
    _decide(loaded, APNOEA_INCLUDED, EXCLUDED)
    first = relevance_order(loaded, ALL, "ann").pmids
    relevance._features.cache_clear()
    assert relevance_order(loaded, ALL, "ann").pmids == first
    # The pure function alone: the same labels and texts, the same order.
    labelled = [(p, True) for p in APNOEA_INCLUDED] + [(p, False) for p in EXCLUDED]
    texts = record_texts(loaded, APNOEA_INCLUDED + EXCLUDED + first)
    assert rank_unscreened(labelled, texts, first) == rank_unscreened(labelled, dict(texts), list(first)) == first


def test_the_pure_ranking_keeps_the_given_order_until_it_can_rank() -> None:
    texts = {"1": "sleep apnoea CPAP", "2": "bacteria in the ocean", "3": "apnoea in children", "4": "mesons"}
    few = [("1", True), ("2", False)]
    assert rank_unscreened(few, texts, ["4", "3"]) == ["4", "3"]
    assert fallback_note(few) == (
        f"relevance order needs {MIN_EACH} included and {MIN_EACH} excluded records (so far 1 and 1): newest first until then"
    )
