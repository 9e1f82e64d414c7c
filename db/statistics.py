"""Planner statistics: refreshed after a run that changed a large share of the rows.

A database as ``trialdb ingest`` leaves it has no statistics until someone runs ANALYZE, and without them both
engines plan unselective filters (design, evidence class, blinding, MeSH) badly. A run that changed many rows
refreshes them, so a user's database is planned as well as one a DBA tends: ANALYZE on SQLite (approximate, bounded
by analysis_limit), VACUUM (ANALYZE) of trialdb's tables on PostgreSQL (the visibility map too, for index-only scans).
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

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
                _exact_sqlite(conn)
                return True
            tables = _pg_tables(conn)
        # VACUUM (outside a transaction) also marks the pages just written all-visible, so that counts and filters
        # read indexes alone (index-only scans) rather than visiting every row; pages left as they were are skipped.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"VACUUM (ANALYZE) {', '.join(tables)}"))
    except OperationalError:
        # Busy or timed out: the records are stored; statistics are only plans, and the next large run refreshes them.
        return False
    return True


#: Tables whose indexes the search filters choose between. A sample of analysis_limit rows cannot tell a column of a
#: few values (design, blinding, retraction, MeSH heading) from a selective one: SQLite then reads "design = rct" or
#: "not retracted" as a few hundred rows and drives whole queries from them. These narrow indexes are read in full.
EXACT_TABLES = ("trial", "article", "article_tag", "registry_id")


def _exact_sqlite(conn: Connection) -> None:
    """Re-analyze the indexes of EXACT_TABLES without a row limit (an index scan each, not the wide rows)."""
    conn.execute(text("PRAGMA analysis_limit=0"))
    names = conn.execute(
        text(f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({', '.join(repr(t) for t in EXACT_TABLES)})")
    ).scalars()
    for name in list(names):
        conn.execute(text(f'ANALYZE "{name}"'))


def _pg_tables(conn: Connection) -> list[str]:
    """Return trialdb's tables in the connection's schema (the models' and the full-text index's)."""
    names = [*SQLModel.metadata.tables, "article_search"]
    found = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(:names)"), {"names": names}
    ).scalars()
    return sorted(found)


def _has_statistics(conn: Connection, table: str) -> bool:
    """Return whether ``table`` has planner statistics (a run refreshed them, or a DBA or autovacuum did)."""
    if conn.dialect.name == "sqlite":
        if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first() is None:
            return False
        return conn.execute(text("SELECT 1 FROM sqlite_stat1 WHERE tbl = :t LIMIT 1"), {"t": table}).first() is not None
    return bool(
        conn.execute(
            text(
                "SELECT coalesce(last_analyze, last_autoanalyze) IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = :t AND schemaname = current_schema()"
            ),
            {"t": table},
        ).scalar()
    )


def analyze_indexes(conn: Connection, made: list[tuple[str, str]]) -> None:
    """Give new indexes, as (index, table), statistics when their tables have some already; returns None.

    A database whose tables have none yet is left to the next large run, which refreshes them all.
    """
    if conn.dialect.name == "sqlite":
        for name, table in made:
            if _has_statistics(conn, table):
                conn.execute(text(f"PRAGMA analysis_limit={0 if table in EXACT_TABLES else SQLITE_ANALYSIS_LIMIT}"))
                conn.execute(text(f'ANALYZE "{name}"'))
        return
    # PostgreSQL keeps statistics of an expression index's expressions with its table's.
    for table in dict.fromkeys(table for _, table in made):
        if _has_statistics(conn, table):
            conn.execute(text(f"ANALYZE {table}"))
