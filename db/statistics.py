"""Planner statistics: refreshed after a run that changed a large share of the rows.

A database as ``trialdb ingest`` leaves it has no statistics until someone runs ANALYZE, and without them both
engines plan unselective filters (design, evidence class, blinding, MeSH) badly. A run that changed many rows
refreshes them, so a user's database is planned as well as one a DBA tends.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from trialdb.db.models import ArticleRow

#: A run that changed at least this many records, or this share of them, refreshes the statistics.
MIN_CHANGED = 1000
MIN_SHARE = 0.1
#: SQLite reads about this many rows per index (PRAGMA analysis_limit): approximate statistics, bounded time.
SQLITE_ANALYSIS_LIMIT = 1000


def needs_refresh(changed: int, total: int) -> bool:
    """Return whether a run that changed ``changed`` of ``total`` records should refresh the planner statistics."""
    return changed > 0 and (changed >= MIN_CHANGED or changed >= MIN_SHARE * total)


def refresh_statistics(engine: Engine, changed: int) -> bool:
    """Refresh the planner statistics when ``changed`` records are a large share; return whether they were refreshed."""
    if changed <= 0:
        return False
    try:
        with engine.begin() as conn:
            total = int(conn.execute(select(func.count()).select_from(ArticleRow)).scalar() or 0)
            if not needs_refresh(changed, total):
                return False
            if engine.dialect.name == "sqlite":
                conn.execute(text(f"PRAGMA analysis_limit={SQLITE_ANALYSIS_LIMIT}"))
            conn.execute(text("ANALYZE"))
    except OperationalError:
        # Busy or timed out: the records are stored; statistics are only plans, and the next large run refreshes them.
        return False
    return True
