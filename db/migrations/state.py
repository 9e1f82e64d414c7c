"""The schema revision a database is at, and whether this trialdb can use it, read without importing Alembic.

The revision is recorded in Alembic's own table (same name, column and constraint, so ``trialdb db upgrade``
carries on from it; on PostgreSQL in the connection's current schema, beside trialdb's tables). A database made
before trialdb recorded one is placed by its columns (legacy.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from trialdb import __version__
from trialdb.db import models  # noqa: F401  (registers the tables)
from trialdb.db.migrations import HEAD, REVISIONS, legacy
from trialdb.errors import DatabaseError

VERSION_TABLE = "alembic_version"
#: A table every trialdb database has: a database without it is none of trialdb's (yet).
MARKER_TABLE = "article"

_SQLITE_COLUMNS = "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"
_PG_COLUMNS = (
    "SELECT c.relname, a.attname FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid "
    "WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
)


@dataclass(frozen=True)
class SchemaState:
    """What a database's tables say about its schema."""

    #: The column names of every table, by table.
    columns: dict[str, set[str]]
    #: The revision recorded, else the one its columns match (None: none matches, or no trialdb tables).
    revision: str | None
    #: Whether ``revision`` was recorded (False: placed by its columns, or none).
    recorded: bool

    @property
    def empty(self) -> bool:
        """Return True when the database has none of trialdb's tables yet."""
        return MARKER_TABLE not in self.columns

    @property
    def at_head(self) -> bool:
        """Return True when the database is at this trialdb's head revision."""
        return self.revision == HEAD

    @property
    def known(self) -> bool:
        """Return True when this trialdb knows the revision (False for a newer trialdb's, or none)."""
        return self.revision in REVISIONS


def table_columns(conn: Connection) -> dict[str, set[str]]:
    """Return the column names of every table of the database (its current schema, on PostgreSQL), by table, in one query."""
    found: dict[str, set[str]] = defaultdict(set)
    for table, column in conn.execute(text(_SQLITE_COLUMNS if conn.dialect.name == "sqlite" else _PG_COLUMNS)):
        found[table].add(column)
    return dict(found)


def read_revision(conn: Connection, columns: dict[str, set[str]]) -> str | None:
    """Return the revision the database records, or None when it records none (no table, or an empty one)."""
    if VERSION_TABLE not in columns:
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    # Alembic keeps one row per branch head; trialdb's history has none, so several rows are a revision it does not know.
    return ",".join(sorted(rows)) or None


def read_state(conn: Connection) -> SchemaState:
    """Return the database's SchemaState: its columns and revision, recorded or placed by its columns."""
    columns = table_columns(conn)
    recorded = read_revision(conn, columns)
    if recorded is not None:
        return SchemaState(columns, recorded, True)
    return SchemaState(columns, None if MARKER_TABLE not in columns else legacy.detect(columns), False)


def write_revision(conn: Connection, revision: str) -> None:
    """Record ``revision`` as the database's schema revision (creating Alembic's table if missing); returns None."""
    conn.execute(
        text(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    )
    conn.execute(text(f"DELETE FROM {VERSION_TABLE}"))
    conn.execute(text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:v)"), {"v": revision})


def lacking(columns: dict[str, set[str]], tables: bool = True) -> str | None:
    """Return what the database lacks of this trialdb's tables, e.g. 'table trial lacks planned_n', or None.

    ``tables`` False: only the columns of the tables it has count (a missing table can be made as it is).
    """
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in columns:
            if tables:
                return f"it has no table {table.name}"
            continue
        missing = [c.name for c in table.columns if c.name not in columns[table.name]]
        if missing:
            return f"table {table.name} lacks {', '.join(missing)}"
    return None


def cannot_upgrade(state: SchemaState, where: str) -> DatabaseError | None:
    """Return the error for a database no upgrade can bring to the head (its revision newer, or none), or None.

    ``where`` names the database in the message.
    """
    if state.revision is None:
        return DatabaseError(
            f"the database {where} was made by another trialdb version ({lacking(state.columns) or 'its tables match no revision'}), "
            "one that trialdb cannot upgrade; move it aside or give another --db, then ingest again"
        )
    if not state.known:
        return DatabaseError(
            f"the database {where} was made by a newer trialdb (schema revision {state.revision}; trialdb {__version__} knows up to {HEAD}); "
            "use that trialdb or a later one, or give another --db"
        )
    return None


def refusal(state: SchemaState, where: str, upgrade: str) -> DatabaseError | None:
    """Return the error that keeps this trialdb from using a database in ``state``, or None when it may.

    ``where`` names the database in the message; ``upgrade`` is the command that upgrades it.
    """
    blocked = cannot_upgrade(state, where)
    if blocked:
        return blocked
    if not state.at_head:
        return DatabaseError(
            f"the database {where} was made by another trialdb version (schema revision {state.revision}, this trialdb needs {HEAD}); "
            f"run `{upgrade}` to upgrade it, then try again"
        )
    gap = lacking(state.columns, tables=False)
    if gap:
        return DatabaseError(
            f"the database {where} does not match its schema revision {state.revision} ({gap}): it was changed by something "
            "other than trialdb; move it aside or give another --db"
        )
    return None
