"""Planner statistics are refreshed by a run that changed many rows, as a user's database gets them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from trialdb.db.statistics import needs_refresh
from trialdb.pipeline.ingest import ingest_files

from ..conftest import pubmed_files


@pytest.mark.parametrize(("changed", "total", "refresh"), [(0, 0, False), (261, 261, True), (5, 261, False), (30, 261, True),
                                                           (1000, 200_000, True), (999, 200_000, False)])
def test_which_runs_refresh(changed: int, total: int, refresh: bool) -> None:
    assert needs_refresh(changed, total) is refresh


def _analyzed(engine: Engine) -> bool:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            tables = conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
            return tables is not None and conn.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'trial'")).scalar() > 0
        return conn.execute(
            text("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'trial' AND schemaname = current_schema()")
        ).scalar() is True


def test_an_ingest_leaves_statistics_for_the_planner(engine: Engine) -> None:
    assert not _analyzed(engine)
    ingest_files(engine, pubmed_files())
    assert _analyzed(engine)
