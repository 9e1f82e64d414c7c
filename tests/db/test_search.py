"""One search API over FTS5 and tsvector, with fact filters; same answers on both engines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.engine import Engine

from trialdb.db import fulltext
from trialdb.db import search as search_module
from trialdb.db.queries import get_trial, stats
from trialdb.db.search import SearchQuery, ranking_note, search
from trialdb.errors import InputError, NotFoundError


def test_full_text_and_design(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    assert pmids(loaded, text="stem cells", design="rct") == ["33472925"]
    assert pmids(loaded, text='"mesenchymal stem cells"') == ["33472925"]
    assert "33472925" in pmids(loaded, text="mesenchym*")
    assert pmids(loaded, text="stem cells")[0] == "33472925"  # the title match ranks first


def test_boolean_operators(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    hrt = set(pmids(loaded, text="menopausal"))
    assert "18719013" in hrt
    assert set(pmids(loaded, text="menopausal NOT placebo")) == hrt - {"18719013", *pmids(loaded, text="menopausal placebo")}
    assert set(pmids(loaded, text="tacrolimus OR extubation")) == {"15030341", "9505772"}


def test_rct_filter_lists_every_rct_newest_first(loaded: Engine) -> None:
    hits = search(loaded, SearchQuery(design="rct", limit=None))
    assert [h.pmid for h in hits][:3] == ["33472925", "28731372", "18719013"]
    years = [h.year for h in hits]
    assert years == sorted(years, reverse=True)
    assert {"9505772", "9861576", "11442735", "17059514", "15030341", "17698968"} <= {h.pmid for h in hits}


def test_fact_filters(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    assert pmids(loaded, design="rct", min_n=1000) == ["18719013"]
    assert pmids(loaded, design="rct", year_from=2006, year_to=2008) == ["18719013", "17698968", "17059514"]
    assert pmids(loaded, registry="nct01716481") == ["33472925"]
    assert pmids(loaded, registry="ISRCTN 63718836") == ["18719013"]
    assert pmids(loaded, evidence_class="3") == ["33472925"]
    assert pmids(loaded, evidence_class="Class III", text="stroke") == ["33472925"]
    hit = search(loaded, SearchQuery(text="stem cells"))[0]
    assert (hit.total_n, hit.blinding, hit.evidence_level, hit.registry_ids) == (54, "open-label", "III", ["NCT01716481"])


def test_limit_and_offset(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    all_rcts = pmids(loaded, design="rct")
    assert [h.pmid for h in search(loaded, SearchQuery(design="rct", limit=2, offset=1))] == all_rcts[1:3]


@pytest.mark.parametrize(
    ("query", "message"),
    [(SearchQuery(design="cohort"), "unknown design"), (SearchQuery(evidence_class="V"), "unknown evidence class"),
     (SearchQuery(text="NOT stroke"), "cannot start with NOT"), (SearchQuery(text='""'), "empty search text"),
     (SearchQuery(text="stroke NOT"), "ends with NOT"), (SearchQuery(text="stroke OR"), "ends with OR")],
)
def test_bad_queries(loaded: Engine, query: SearchQuery, message: str) -> None:
    with pytest.raises(InputError, match=message):
        search(loaded, query)


def test_show_one_trial(loaded: Engine) -> None:
    d = get_trial(loaded, "33472925")
    assert get_trial(loaded, " 033472925").pmid == "33472925"  # the same PMID, written another way
    assert d.citation["journal"] == "Neurology" and d.citation["doi"] == "10.1212/WNL.0000000000011440"
    assert d.facts["sample_size"]["total"] == 54
    fields = {p["field"] for p in d.provenance}
    assert {"design.study_type", "design.allocation_ratio", "sample_size.arms", "p_values", "evidence_class"} <= fields
    with pytest.raises(NotFoundError, match="PMID 1 is not in the database"):
        get_trial(loaded, "1")


def test_stats(loaded: Engine) -> None:
    s = stats(loaded)
    assert s.articles == 261
    assert s.by_design["rct"] == 10
    assert s.by_evidence_class == {"AAN III": 1}
    assert s.by_year["2021"] == 1
    assert s.with_registry_id == 3


def _listed(engine: Engine, **kw: object) -> list[str]:
    return [h.pmid for h in search(engine, SearchQuery(include_retracted=True, **kw))]  # type: ignore[arg-type]


@pytest.mark.parametrize("filters", [{}, {"design": "rct"}, {"min_n": 40}])
def test_first_pages_equal_the_full_ranking(loaded: Engine, filters: dict[str, object]) -> None:
    full = _listed(loaded, text="patients", limit=None, **filters)
    assert len(full) >= 4
    pages = [_listed(loaded, text="patients", limit=3, offset=o, **filters) for o in range(0, len(full), 3)]
    assert [p for page in pages for p in page] == full
    assert ranking_note(loaded, SearchQuery(text="patients", limit=3)) is None


def test_very_common_words_are_ranked_a_window_at_a_time_newest_first(loaded: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    full = _listed(loaded, text="patients", limit=None)
    monkeypatch.setattr(search_module, "RANK_WINDOW", 7)
    monkeypatch.setattr(fulltext, "PG_WINDOW_SHARE", 0.0)  # windows on PostgreSQL too, whatever the word's share
    # A record's score does not depend on the window (bm25 takes whole-index statistics; ts_rank none),
    # so within a window the order is the full ranking's.
    newest = sorted(full, key=int, reverse=True)
    windows = [set(newest[i : i + 7]) for i in range(0, len(newest), 7)]
    expected = [p for window in windows for p in full if p in window]
    assert _listed(loaded, text="patients", limit=10) == expected[:10]
    assert _listed(loaded, text="patients", limit=10, offset=10) == expected[10:20]
    large = set(_listed(loaded, text="patients", limit=None, min_n=100))
    assert _listed(loaded, text="patients", limit=10, min_n=100) == [p for p in expected if p in large][:10]
    with loaded.connect() as conn:
        total = fulltext.count_matches(conn, fulltext.parse_text_query("patients"))
    assert total == len(full)
    note = ranking_note(loaded, SearchQuery(text="patients", limit=10))
    # SQLite counts the matches; PostgreSQL says its planner's estimate rather than read every match.
    said = f"matches {total:,} records" if loaded.dialect.name == "sqlite" else "matches about "
    assert note is not None and said in note and "newest 7 first" in note


#: Every kind of filter alone (a count read from one table's index) and together (read from the join), with and
#: without retracted records and screened ones left out.
COUNTED = [
    {}, {"include_retracted": True}, {"text": "patients"}, {"text": "patients", "include_retracted": True}, {"text": "randomized OR placebo"},
    {"design": "rct"}, {"design": ("rct", "other")}, {"blinding": "double-blind"}, {"phase": "3"}, {"min_n": 100}, {"max_n": 60},
    {"evidence_class": "III"}, {"year_from": 2005, "year_to": 2010}, {"registry": "NCT01716481"}, {"has_pvalue_below": 0.01},
    {"outcome": "rankin"}, {"outcome": "mortality"}, {"mesh": "Humans"}, {"mesh": "humans", "include_retracted": True},
    {"pubtype": "Randomized Controlled Trial"}, {"author": "Smith"}, {"journal": "lancet"}, {"screening": "unscreened"},
    {"screening": "included"}, {"saved_search": "rcts"}, {"design": "rct", "min_n": 100}, {"text": "patients", "min_n": 100},
    {"text": "stroke", "outcome": "rankin"}, {"design": "rct", "mesh": "Humans", "screening": "unscreened"},
]


@pytest.mark.parametrize("filters", COUNTED, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_the_count_is_the_number_of_records_listed(loaded: Engine, filters: dict[str, object]) -> None:
    from trialdb.db.runs import add_saved_search, add_search_members
    from trialdb.db.screening import record_decisions
    from trialdb.db.search import count_matches

    # A retracted record among the screened ones, and a saved search with a member that is not stored.
    record_decisions(loaded, ["33472925", "9505772", "11543891"], "included", reviewer="ann")
    add_saved_search(loaded, "rcts", "rct[pt]")
    add_search_members(loaded, "rcts", {"33472925", "18719013", "11543891", "1"})
    listed = search(loaded, SearchQuery(limit=None, **filters))  # type: ignore[arg-type]
    assert count_matches(loaded, SearchQuery(limit=5, offset=3, **filters)) == len(listed)  # type: ignore[arg-type]
    if filters in ({}, {"screening": "unscreened"}):
        assert len(listed) == 261 - 3 - (3 if filters else 0) + (1 if filters else 0)  # 3 retracted, 3 screened of which 1 retracted
