"""The indexes behind the filters: made once on both engines, given statistics when added late, and read by the
plans of the counts ("showing 50 of N") and first pages. Plans are asserted, not times."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from trialdb.db.indexes import create_indexes, index_names
from trialdb.db.planner import plan_text
from trialdb.db.search import SearchQuery, build_select, count_select


def _indexes(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")).scalars())


def test_every_index_is_made_and_making_them_again_changes_nothing(engine: Engine) -> None:
    with engine.connect() as conn:
        before = _indexes(conn)
    with engine.begin() as conn:
        create_indexes(conn)
    with engine.connect() as conn:
        assert _indexes(conn) == before
    assert set(index_names(engine.dialect.name)) <= before
    assert {"ix_article_tag_folded", "ix_registry_id_folded", "ix_article_pmid_retracted", "ix_article_newest"} <= before


def _has_statistics(conn: Connection, index: str) -> bool:
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE idx = :i"), {"i": index}).scalar() == 1
    # An expression index's statistics are kept under the index's name.
    return conn.execute(text("SELECT count(*) FROM pg_stats WHERE tablename = :i AND schemaname = current_schema()"), {"i": index}).scalar() == 1


def test_an_index_added_to_a_database_with_statistics_gets_its_own(loaded: Engine) -> None:
    with loaded.begin() as conn:
        assert _has_statistics(conn, "ix_article_tag_folded")  # the ingest's refresh
        conn.execute(text("DROP INDEX ix_article_tag_folded"))
        if conn.dialect.name == "postgresql":
            conn.execute(text("ANALYZE article_tag"))  # the dropped index's statistics go with the next ANALYZE
        assert not _has_statistics(conn, "ix_article_tag_folded")
        create_indexes(conn)
        assert _has_statistics(conn, "ix_article_tag_folded")


@contextmanager
def _planned(engine: Engine) -> Iterator[Connection]:
    """Yield a connection whose plans use an index wherever one can serve (PostgreSQL reads 261 records' tables whole)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
        yield conn


#: Each filter alone, and the index its count reads; the count reads neither the wide article rows nor the join.
FILTER_INDEXES = [
    ({"design": "rct"}, "ix_trial_study_type"),
    ({"blinding": "double-blind"}, "ix_trial_blinding"),
    ({"phase": "3"}, "ix_trial_phase"),
    ({"evidence_class": "III"}, "ix_trial_evidence_level"),
    ({"min_n": 100}, "total_n"),
    ({"year_from": 2005, "year_to": 2010}, "ix_article_year"),
    ({"registry": "NCT01716481"}, "ix_registry_id_folded"),
    ({"mesh": "Humans"}, "ix_article_tag_folded"),
    ({"pubtype": "Randomized Controlled Trial"}, "ix_article_tag_folded"),
    ({"has_pvalue_below": 0.01}, "ix_p_value_value"),
]


@pytest.mark.parametrize(("filters", "index"), FILTER_INDEXES, ids=lambda v: ",".join(v) if isinstance(v, dict) else v)
def test_each_filter_is_counted_from_its_index(loaded: Engine, filters: dict[str, object], index: str) -> None:
    query = SearchQuery(**filters)  # type: ignore[arg-type]
    with _planned(loaded) as conn:
        plan = plan_text(conn, count_select(loaded, query))
    assert index in plan or (index == "ix_article_year" and "ix_article_newest" in plan)
    # The retracted records are found from an index of the flag and taken away, not looked up for every match.
    assert "ix_article_retracted" in plan or "(retracted = true)" in plan
    assert "article_pkey" not in plan and "SCAN article\n" not in f"{plan}\n"


@pytest.mark.parametrize(("filters", "index"), [f for f in FILTER_INDEXES if "min_n" not in f[0]], ids=lambda v: ",".join(v) if isinstance(v, dict) else v)
def test_each_filter_of_a_first_page_reads_an_index(loaded: Engine, filters: dict[str, object], index: str) -> None:
    with _planned(loaded) as conn:
        plan = plan_text(conn, build_select(loaded, SearchQuery(**filters)))  # type: ignore[arg-type]
    # Either its own index (a filter that leaves few records) or the newest-first index, read until the page is full.
    assert index in plan or "ix_article_newest" in plan
    assert "SCAN article_tag" not in plan and "Seq Scan" not in plan
