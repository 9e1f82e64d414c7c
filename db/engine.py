"""Engine and schema: SQLite in the user's data directory by default, any SQLAlchemy URL by choice.

The full-text index (db/fulltext.py: FTS5 on SQLite, a tsvector table with a GIN
index on PostgreSQL) is created here with the tables.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import SQLModel, create_engine

from trialdb.db import fulltext, models  # noqa: F401  (models registers the tables)
from trialdb.errors import DatabaseError, InputError

ENV_URL = "TRIALDB_DATABASE_URL"


def default_database_path() -> Path:
    """Return the path of the default SQLite file in the user's data directory."""
    return Path(user_data_dir("trialdb", appauthor=False)) / "trialdb.sqlite"


def resolve_database_url(db: str | None = None) -> str:
    """Return the database URL: ``db`` (a path or URL), else $TRIALDB_DATABASE_URL, else the default file."""
    chosen = db or os.environ.get(ENV_URL)
    if not chosen:
        return f"sqlite:///{default_database_path()}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def make_engine(url: str) -> Engine:
    """Return an Engine for ``url``, creating the SQLite file's folder; raise on a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InputError(f"bad database URL {url!r}; give a file path or e.g. postgresql+psycopg://user@host/db") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the database folder {folder} ({exc.strerror})") from None
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise InputError(f"unsupported database {parsed.get_backend_name()!r}; use SQLite (a path) or postgresql+psycopg://")
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise InputError(f"bad database URL {url!r} ({exc})") from None


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    # Exports and searches read rows scattered over a large file: a bounded 64 MiB page cache.
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def init_db(engine: Engine) -> None:
    """Create the tables and the full-text index if they do not exist; raise DatabaseError if unreachable."""
    try:
        _check_columns(engine)
        SQLModel.metadata.create_all(engine)
        with engine.begin() as conn:
            fulltext.create_index(conn)
            if engine.dialect.name == "sqlite":
                # Newest first is the default order of every listing: an index that walks it.
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_article_newest ON article (year DESC, pmid)"))
            else:
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_article_newest ON article (year DESC NULLS LAST, pmid)"))
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_trial_largest ON trial (total_n DESC NULLS LAST, pmid)"))
                # Filters applied first reach each record's PMID and retraction flag from indexes alone
                # (index-only scans), not from the wide rows.
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_article_pmid_retracted ON article (pmid, retracted)"))
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_trial_n_pmid ON trial (total_n, pmid)"))
                _trigram_indexes(conn)
    except OperationalError as exc:
        raise DatabaseError(f"cannot open the database ({_first_line(exc)}); check --db or ${ENV_URL}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot set up the database ({_first_line(exc)})") from None


def _trigram_indexes(conn: Connection) -> None:
    """Index outcome names by trigrams (pg_trgm), so --outcome's substring match reads an index, not the tables.

    Without the right to create the extension, outcome filters still work by reading the two tables.
    """
    try:
        with conn.begin_nested():
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(text("CREATE INDEX IF NOT EXISTS ix_outcome_name_trgm ON outcome USING gin (lower(name) gin_trgm_ops)"))
            conn.execute(text("CREATE INDEX IF NOT EXISTS ix_p_value_outcome_trgm ON p_value USING gin (lower(outcome) gin_trgm_ops)"))
    except SQLAlchemyError:
        pass


#: Nullable columns added after the first schema, by table: an older database is given them on open.
ADDED_COLUMNS: dict[str, dict[str, str]] = {"trial": {"planned_n": "INTEGER"}}


def _check_columns(engine: Engine) -> None:
    """Raise DatabaseError when an existing table lacks a column this trialdb needs (an older database)."""
    inspector = sa_inspect(engine)
    existing = set(inspector.get_table_names())
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in existing:
            continue
        have = {c["name"] for c in inspector.get_columns(table.name)}
        missing = [c.name for c in table.columns if c.name not in have]
        added = ADDED_COLUMNS.get(table.name, {})
        if missing and all(name in added for name in missing):
            # Columns a later version added, nullable: an older database gains them and stays usable.
            with engine.begin() as conn:
                for name in missing:
                    conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {name} {added[name]}"))
            continue
        if missing:
            raise DatabaseError(
                f"the database {engine.url.render_as_string(hide_password=True)} was made by another trialdb version "
                f"(table {table.name} lacks {', '.join(missing)}); move it aside or give another --db, then ingest again"
            )


def _first_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def open_database(db: str | None = None) -> Engine:
    """Return a ready Engine for ``db`` (or the configured default), with the schema in place."""
    engine = make_engine(resolve_database_url(db))
    init_db(engine)
    return engine
