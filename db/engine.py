"""Engine and schema: SQLite in the user's data directory by default, any SQLAlchemy URL by choice.

The full-text index (db/fulltext.py: FTS5 on SQLite, a tsvector table with a GIN
index on PostgreSQL) is created here with the tables.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import SQLModel, create_engine

from trialdb.db import fulltext, models  # noqa: F401  (models registers the tables)
from trialdb.errors import DatabaseError, InputError

ENV_URL = "TRIALDB_DATABASE_URL"
#: Seconds one statement may run on PostgreSQL, or a write may wait for another writer on SQLite.
ENV_TIMEOUT = "TRIALDB_DB_TIMEOUT"
#: Seconds to wait for a PostgreSQL server to accept a connection.
ENV_CONNECT_TIMEOUT = "TRIALDB_DB_CONNECT_TIMEOUT"
DEFAULT_PG_STATEMENT_TIMEOUT = 600.0
DEFAULT_SQLITE_BUSY_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
#: TCP keepalives: a silent server is noticed after about idle + interval * count seconds; data the server
#: leaves unacknowledged for tcp_user_timeout ms drops the connection too (keepalives are not sent then).
PG_TCP = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3, "tcp_user_timeout": 60000}

_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s'\"]*):[^\s'\"]*@")
_PARAM_SECRET = re.compile(r"(?P<head>[?&;\s](?:password|api_key)=)[^&#\s'\"]*", re.IGNORECASE)


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


def display_url(url: str | URL) -> str:
    """Return a database URL fit to print or store: its password (and any password= parameter) shown as ***."""
    raw = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
    # Greedy to the last '@': a password with an unescaped '@' or space is still hidden whole.
    masked = re.sub(r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):.*@", r"\g<head>:***@", raw)
    return _PARAM_SECRET.sub(r"\g<head>***", masked)


def redact(message: str) -> str:
    """Return ``message`` with the password of every URL in it, and any password=/api_key= value, shown as ***."""
    return _PARAM_SECRET.sub(r"\g<head>***", _URL_PASSWORD.sub(r"\g<head>:***@", message))


def _seconds(name: str, default: float) -> float:
    """Return the number of seconds in environment variable ``name`` (0: no limit), else ``default``."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise InputError(f"${name} is {value!r}; give a number of seconds, e.g. {default:g} (0 for no limit)")
    return seconds


def statement_timeout(dialect: str) -> float:
    """Return the seconds a statement may run (PostgreSQL) or a write may wait for the lock (SQLite); 0 is no limit."""
    return _seconds(ENV_TIMEOUT, DEFAULT_PG_STATEMENT_TIMEOUT if dialect == "postgresql" else DEFAULT_SQLITE_BUSY_TIMEOUT)


def _milliseconds(seconds: float) -> int:
    """Return ``seconds`` in whole milliseconds, at least 1 unless 0 (a tiny limit must not become none)."""
    return 0 if seconds == 0 else max(1, min(round(seconds * 1000), 2**31 - 1))


def make_engine(url: str) -> Engine:
    """Return an Engine for ``url``, creating the SQLite file's folder; raise on a bad URL."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise InputError(f"bad database URL {display_url(url)!r}; give a file path or e.g. postgresql+psycopg://user@host/db") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the database folder {folder} ({exc.strerror})") from None
        # busy_timeout 0 would mean "never wait": no limit is the largest wait SQLite takes.
        busy_ms = _milliseconds(statement_timeout("sqlite")) or 2**31 - 1
        engine = create_engine(url)
        event.listen(engine, "connect", lambda dbapi_conn, _record: _sqlite_pragmas(dbapi_conn, busy_ms))
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise InputError(f"unsupported database {parsed.get_backend_name()!r}; use SQLite (a path) or postgresql+psycopg://")
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=_pg_connect_args(parsed))
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise InputError(f"bad database URL {display_url(url)!r} ({redact(str(exc))})") from None


def _pg_connect_args(parsed: URL) -> dict[str, Any]:
    """Return psycopg's connection parameters for timeouts and keepalives, leaving those the URL sets itself."""
    query = parsed.query
    args: dict[str, Any] = {k: v for k, v in PG_TCP.items() if k not in query}
    if "connect_timeout" not in query:
        connect = _seconds(ENV_CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT)
        if connect:
            # libpq counts whole seconds (and waits at least 2).
            args["connect_timeout"] = max(1, round(connect))
    given = query.get("options", "")
    options = " ".join(given) if isinstance(given, tuple) else given
    if "statement_timeout" not in options:
        # connect_args replace the URL's own options (e.g. a search_path): keep them, add the timeout.
        args["options"] = f"{options} -c statement_timeout={_milliseconds(statement_timeout('postgresql'))}".strip()
    return args


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, busy_ms: int) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={busy_ms}")
    try:
        # WAL: a reader (an export streaming to a slow pipe) never blocks a writer (ingest, cron update), nor
        # a writer a reader. Persistent in the file; a read-only file or folder keeps its journal mode.
        cur.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError:
        pass
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
        raise database_error(exc, opening=True) from None
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
ADDED_COLUMNS: dict[str, dict[str, str]] = {
    "trial": {"planned_n": "INTEGER"},
    "article": {"pmc_id": "VARCHAR(16)", "details": "TEXT"},
    "screening": {"reviewer": "VARCHAR(100)"},
    "arm_result": {"timepoint": "TEXT", "median": "FLOAT", "q1": "FLOAT", "q3": "FLOAT", "sentence": "TEXT"},
}


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
                f"the database {display_url(engine.url)} was made by another trialdb version "
                f"(table {table.name} lacks {', '.join(missing)}); move it aside or give another --db, then ingest again"
            )


def _first_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return redact(msg[0]) if msg else type(exc).__name__


def database_error(exc: SQLAlchemyError, opening: bool = False) -> DatabaseError:
    """Return the DatabaseError saying what ``exc`` means for the user and what to do (``opening``: at open)."""
    detail = _first_line(exc)
    orig = getattr(exc, "orig", None)
    if isinstance(exc, OperationalError):
        if isinstance(orig, sqlite3.OperationalError) and "locked" in detail:
            return DatabaseError("the database is busy: another trialdb command is writing; try again")
        if getattr(orig, "sqlstate", None) == "57014":
            limit = statement_timeout("postgresql")
            return DatabaseError(
                f"the database server did not finish a statement within {limit:g} s (${ENV_TIMEOUT}); "
                "whole batches already stored are kept: check the server, then run again"
            )
        if opening:
            return DatabaseError(f"cannot open the database ({detail}); check --db or ${ENV_URL}")
        if exc.connection_invalidated:
            return DatabaseError(f"lost the connection to the database ({detail}); whole batches already stored are kept: run again")
        return DatabaseError(f"database error ({detail}); check the server and --db, then run again")
    return DatabaseError(
        f"database error ({detail}); check the server and --db, or move aside a database made by another trialdb version"
    )


#: A table every trialdb database has: a database without it is none of trialdb's.
MARKER_TABLE = "article"


def open_database(db: str | None = None, create: bool = True) -> Engine:
    """Return a ready Engine for ``db`` (or the configured default), with the schema in place.

    ``create`` False (commands that only read): a database that is not there, or has none of trialdb's
    tables, is a DatabaseError, and no folder, file or table is made.
    """
    url = resolve_database_url(db)
    if not create:
        _require_sqlite_file(url)
    engine = make_engine(url)
    if not create:
        _require_tables(engine)
    init_db(engine)
    return engine


def _no_database(where: str) -> DatabaseError:
    return DatabaseError(f"no database at {where}; run trialdb ingest or fetch first")


def _require_sqlite_file(url: str) -> None:
    """Raise DatabaseError when ``url`` names a SQLite file that is missing or has no trialdb tables; touch nothing."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return  # make_engine says what is wrong with the URL
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    path = Path(parsed.database)
    if not path.is_file():
        raise _no_database(str(path))
    # Read-only: an empty file stays empty (a read-write open would make it a database, WAL mode and all).
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = probe.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MARKER_TABLE,)).fetchone()
        finally:
            probe.close()
    except sqlite3.Error:
        return  # not a database, or unreadable: opening it says which
    if found is None:
        raise _no_database(str(path))


def _require_tables(engine: Engine) -> None:
    """Raise DatabaseError when the database (its schema, on PostgreSQL) has none of trialdb's tables."""
    try:
        names = sa_inspect(engine).get_table_names()
    except OperationalError as exc:
        raise database_error(exc, opening=True) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open the database ({_first_line(exc)}); check --db or ${ENV_URL}") from None
    if MARKER_TABLE not in names:
        where = engine.url.database if engine.dialect.name == "sqlite" else display_url(engine.url)
        raise _no_database(where or display_url(engine.url))
