"""Idempotent upserts, one transaction per batch, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

from trialdb.db import store
from trialdb.db.models import ArmRow, ArticleRow, PValueRow, TrialRow
from trialdb.errors import DatabaseError
from trialdb.extract import Extractor
from trialdb.fetch import read_articles
from trialdb.pipeline import ingest_files

from ..conftest import SEED, pubmed_files


def dump(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table (and the SQLite full-text index), in a stable order."""
    out: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            cols = [c for c in table.columns]
            out[table.name] = [tuple(r) for r in conn.execute(select(*cols).order_by(*table.primary_key.columns))]
        if engine.dialect.name == "sqlite":
            out["article_fts"] = [tuple(r) for r in conn.execute(text("SELECT rowid, title, abstract FROM article_fts ORDER BY rowid"))]
        else:
            out["article_search"] = [tuple(r) for r in conn.execute(text("SELECT pmid, search_vector::text FROM article_search ORDER BY pmid"))]
    return out


def count(engine: Engine, table: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_ingesting_twice_leaves_the_database_identical(engine: Engine) -> None:
    extractor = Extractor()
    first = ingest_files(engine, pubmed_files(), batch_size=50, extractor=extractor)
    before = dump(engine)
    second = ingest_files(engine, pubmed_files(), batch_size=50, extractor=extractor)
    assert (first.records, first.stored.new, first.stored.unchanged) == (262, 261, 0)
    assert (second.stored.new, second.stored.updated, second.stored.unchanged) == (0, 0, 261)
    assert dump(engine) == before
    assert count(engine, ArticleRow) == 261 and count(engine, TrialRow) == 261


def test_a_revised_record_replaces_its_facts(engine: Engine, tmp_path: Path) -> None:
    ingest_files(engine, [SEED])
    revised = tmp_path / "revised.xml"
    revised.write_text(SEED.read_text().replace("( p = 0.732)", "( p = 0.041)").replace('Version="1"', 'Version="2"'))
    report = ingest_files(engine, [revised])
    assert (report.stored.new, report.stored.updated) == (0, 1)
    with engine.connect() as conn:
        values = [v for (v,) in conn.execute(select(PValueRow.value).where(PValueRow.pmid == "33472925").order_by(PValueRow.position))]
        version = conn.execute(select(ArticleRow.version).where(ArticleRow.pmid == "33472925")).scalar_one()
    assert values == [0.041, 0.023]
    assert version == 2
    assert count(engine, ArmRow) == 2


def test_delete_citation_removes_the_record(engine: Engine, tmp_path: Path) -> None:
    ingest_files(engine, [SEED])
    update = tmp_path / "update.xml"
    update.write_text('<PubmedArticleSet><DeleteCitation><PMID Version="1">33472925</PMID></DeleteCitation></PubmedArticleSet>')
    report = ingest_files(engine, [update])
    assert report.stored.deleted == 1
    assert count(engine, ArticleRow) == 0 and count(engine, TrialRow) == 0 and count(engine, ArmRow) == 0


def test_a_failed_batch_stores_nothing_of_it(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = list(read_articles([pubmed_files()[0]]))
    extractor = Extractor()
    items = [(a, extractor.extract(a)) for a in arts]
    store.store_batch(engine, items[:2])
    before = dump(engine)
    real = store.fact_rows

    def failing(article, facts):  # type: ignore[no-untyped-def]
        if article.pmid == items[5][0].pmid:
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real(article, facts)

    monkeypatch.setattr(store, "fact_rows", failing)
    with pytest.raises(DatabaseError, match="nothing from this batch was stored"):
        store.store_batch(engine, items)
    assert dump(engine) == before


def test_a_database_from_another_version_is_named_not_broken(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from trialdb.db.engine import init_db, make_engine

    path = tmp_path / "old.sqlite"
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as conn:
        conn.execute(text("CREATE TABLE article (pmid VARCHAR(16) PRIMARY KEY, title TEXT)"))
    with pytest.raises(DatabaseError, match=r"made by another trialdb version \(table article lacks version, abstract"):
        init_db(make_engine(f"sqlite:///{path}"))


def test_an_older_full_text_index_is_rebuilt_keyed_by_pmid(engine: Engine) -> None:
    from trialdb.db.engine import init_db
    from trialdb.db.fulltext import PG_VECTOR
    from trialdb.db.search import SearchQuery, search

    ingest_files(engine, [SEED])
    with engine.begin() as conn:  # the layouts of trialdb before the index was keyed by PMID
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TABLE article_fts"))
            conn.execute(text("CREATE VIRTUAL TABLE article_fts USING fts5(pmid UNINDEXED, title, abstract, tokenize='porter unicode61')"))
            conn.execute(text("INSERT INTO article_fts (pmid, title, abstract) SELECT pmid, title, abstract FROM article"))
        else:
            conn.execute(text("DROP TABLE article_search"))
            conn.execute(text(f"ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({PG_VECTOR}) STORED"))
    init_db(engine)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert [r[1] for r in conn.execute(text("PRAGMA table_info(article_fts)"))] == ["title", "abstract"]
            assert conn.execute(text("SELECT rowid FROM article_fts")).scalars().all() == [33472925]
        else:
            assert conn.execute(text("SELECT pmid FROM article_search")).scalars().all() == [33472925]
            assert "search_vector" not in [c.name for c in conn.execute(text("SELECT * FROM article LIMIT 0")).cursor.description]
    assert [h.pmid for h in search(engine, SearchQuery(text="mesenchymal"))] == ["33472925"]


def test_outcome_filters_work_without_trigram_indexes(engine: Engine) -> None:
    from trialdb.db.indexes import create_trigram_indexes
    from trialdb.db.search import SearchQuery, search

    ingest_files(engine, [SEED])
    if engine.dialect.name == "postgresql":  # SQLite has no trigram indexes to lose
        with engine.begin() as conn:
            conn.execute(text("DROP INDEX IF EXISTS ix_outcome_name_trgm"))
            conn.execute(text("DROP INDEX IF EXISTS ix_p_value_outcome_trgm"))
            conn.execute(text("SET LOCAL search_path = ''"))  # the operator class cannot be found: index creation fails
            create_trigram_indexes(conn)
            conn.execute(text("RESET search_path"))
            assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%trgm' AND schemaname = current_schema()")).scalar() == 0
    assert [h.pmid for h in search(engine, SearchQuery(outcome="Rankin"))] == ["33472925"]


def test_a_database_without_planned_n_gains_it_and_keeps_its_rows(engine: Engine) -> None:
    """A database from before sample_size.planned is refused on open until `trialdb db upgrade` gives it the column; its trials stay as they were."""
    from trialdb.db.engine import init_db
    from trialdb.db.migrations.runner import upgrade_database

    ingest_files(engine, [SEED])
    with engine.begin() as conn:
        before = conn.execute(text("SELECT pmid, total_n FROM trial")).all()
        conn.execute(text("ALTER TABLE trial DROP COLUMN planned_n"))
        conn.execute(text("DROP TABLE alembic_version"))  # made before trialdb recorded schema revisions
    with pytest.raises(DatabaseError, match=r"\(schema revision 0001, this trialdb needs 0003\); run `trialdb db upgrade"):
        init_db(engine)
    assert upgrade_database(engine).before == "0001"
    with engine.begin() as conn:
        after = conn.execute(text("SELECT pmid, total_n, planned_n FROM trial")).all()
    assert [(p, n) for p, n, _ in after] == before and before == [("33472925", 54)]
    assert all(planned is None for *_, planned in after)
