"""Indexes beyond the tables' own column indexes: the orders listings walk and the lookups filters make.

Every statement is idempotent (IF NOT EXISTS), so init_db and a migration may both run create_indexes on a
database of any age. An index made on a database that already holds records is given planner statistics at once,
as the tables got them from the run that filled them (db/statistics.py): without them, both engines guess.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from trialdb.db.statistics import analyze_indexes

#: (index, table, definition) on both engines: filters applied first reach each record's PMID and retraction flag
#: from an index alone, not from the wide rows.
_BOTH = (("ix_article_pmid_retracted", "article", "(pmid, retracted)"),)

#: Tags and registry IDs are compared case-blind (db/search.py): on SQLite with NOCASE, whose indexes hold the PMID
#: too (an index on an expression would send SQLite to the table for it); on PostgreSQL by lower() and upper().
_SQLITE = (
    # Newest first is the default order of every listing: an index that walks it, with the retraction flag, so the
    # walk reads no article row.
    ("ix_article_newest", "article", "(year DESC, pmid, retracted)"),
    ("ix_article_tag_folded", "article_tag", "(kind, value COLLATE NOCASE, pmid)"),
    ("ix_registry_id_folded", "registry_id", "(registry_id COLLATE NOCASE, pmid)"),
)

_POSTGRES = (
    ("ix_article_newest", "article", "(year DESC NULLS LAST, pmid)"),
    ("ix_trial_largest", "trial", "(total_n DESC NULLS LAST, pmid)"),
    ("ix_trial_n_pmid", "trial", "(total_n, pmid)"),
    # The column itself too: PostgreSQL reads an index alone only when it holds every column a query names.
    ("ix_article_tag_folded", "article_tag", "(kind, lower(value), pmid) INCLUDE (value)"),
    ("ix_registry_id_folded", "registry_id", "(upper(registry_id), pmid)"),
)

_TRIGRAM = (
    ("ix_outcome_name_trgm", "outcome", "USING gin (lower(name) gin_trgm_ops)"),
    ("ix_p_value_outcome_trgm", "p_value", "USING gin (lower(outcome) gin_trgm_ops)"),
)


def index_names(dialect: str) -> list[str]:
    """Return the names of the indexes create_indexes makes on ``dialect`` (not the trigram ones, made where pg_trgm can be)."""
    chosen = (*_SQLITE, *_BOTH) if dialect == "sqlite" else (*_POSTGRES, *_BOTH)
    return [name for name, _, _ in chosen]


def _existing(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")).scalars())


def create_indexes(conn: Connection) -> None:
    """Create the listing and filter indexes of ``conn``'s engine where missing, with statistics for new ones; returns None."""
    before = _existing(conn)
    made: list[tuple[str, str]] = []
    if conn.dialect.name == "sqlite" and "ix_article_newest" in before:
        made_as = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_article_newest'")).scalar()
        if "retracted" not in (made_as or ""):  # an older database's index, without the flag: made again
            conn.execute(text("DROP INDEX ix_article_newest"))
            before.discard("ix_article_newest")
    for name, table, definition in (*_SQLITE, *_BOTH) if conn.dialect.name == "sqlite" else (*_POSTGRES, *_BOTH):
        if name not in before:
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}"))
            made.append((name, table))
    if conn.dialect.name == "postgresql":
        made += [(name, table) for name, table, _ in _TRIGRAM if name not in before and create_trigram_indexes(conn)]
    if made:
        analyze_indexes(conn, made)


def create_trigram_indexes(conn: Connection) -> bool:
    """Index outcome names by trigrams (pg_trgm), so --outcome's substring match reads an index, not the tables.

    Returns whether the indexes exist. Without the right to create the extension, outcome filters still work by
    reading the two tables.
    """
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            for name, table, definition in _TRIGRAM:
                conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}"))
    except SQLAlchemyError:
        return False
    return True
