"""Engine and schema: SQLite in the user's data directory by default, any SQLAlchemy URL by choice.

The full-text index (db/fulltext.py: FTS5 on SQLite, a tsvector table with a GIN
index on PostgreSQL) is created here with the tables. The schema's revisions are
Alembic's (db/migrations/): a new database is made at the head, an older one is
refused until ``trialdb db upgrade`` has brought it there.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlmodel import SQLModel, create_engine

from trialdb.db import fulltext, models  # noqa: F401  (models registers the tables)
from trialdb.db.indexes import create_indexes
from trialdb.db.migrations import HEAD
from trialdb.db.migrations.state import MARKER_TABLE, read_state, refusal, write_revision
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


def init_db(engine: Engine, write: bool = True) -> None:
    """Make the schema of an empty database at the head revision, or check that an existing one is at it; returns None.

    The schema is Alembic's (db/migrations/): an empty database is created at the head and stamped with it; one at
    an older revision is refused with a line telling to run ``trialdb db upgrade``, one at a newer or unknown
    revision is refused too. A database made before trialdb recorded revisions is placed by its columns (and, when
    ``write``, stamped so). Then the full-text index and the indexes of db/indexes.py are made where missing.
    Raises DatabaseError when unreachable or refused.
    """
    try:
        with engine.connect() as conn:
            state = read_state(conn)
        if state.empty:
            _create_at_head(engine)
            return
        refused = refusal(state, database_label(engine), upgrade_command(engine))
        if refused:
            raise refused
        with engine.begin() as conn:
            if write and not state.recorded:
                write_revision(conn, HEAD)
            absent = [t for t in SQLModel.metadata.sorted_tables if t.name not in state.columns]
            if absent:  # a table of the head schema missing: made as the head has it
                SQLModel.metadata.create_all(conn, tables=absent)
            fulltext.create_index(conn)
            create_indexes(conn)
    except OperationalError as exc:
        raise database_error(exc, opening=True) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot set up the database ({_first_line(exc)})") from None


def _create_at_head(engine: Engine) -> None:
    """Create every table, the full-text index and the indexes, and record the head revision, in one transaction."""
    with engine.begin() as conn:
        SQLModel.metadata.create_all(conn)
        fulltext.create_index(conn)
        create_indexes(conn)
        write_revision(conn, HEAD)


def database_label(engine: Engine) -> str:
    """Return how messages name ``engine``'s database: its file on SQLite, its URL (password masked) on PostgreSQL."""
    if engine.dialect.name == "sqlite" and engine.url.database:
        return engine.url.database
    return display_url(engine.url)


def upgrade_command(engine: Engine) -> str:
    """Return the command that upgrades ``engine``'s database: ``trialdb db upgrade``, with --db unless it is the configured one."""
    configured = make_url(resolve_database_url(None))
    if engine.url == configured:
        return "trialdb db upgrade"
    return f"trialdb db upgrade --db {database_label(engine)}"


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


def open_database(db: str | None = None, create: bool = True) -> Engine:
    """Return a ready Engine for ``db`` (or the configured default), with the schema in place at the head revision.

    ``create`` False (commands that only read): a database that is not there, or has none of trialdb's
    tables, is a DatabaseError, and no folder, file or table is made (nor is a revision recorded).
    """
    if not create:
        engine = existing_database(db)
        init_db(engine, write=False)
        return engine
    engine = make_engine(resolve_database_url(db))
    init_db(engine)
    return engine


def existing_database(db: str | None = None) -> Engine:
    """Return an Engine for ``db`` (or the configured default) as it is, schema unchecked; raise DatabaseError if none is there.

    A database that is not there, or has none of trialdb's tables, is a DatabaseError, and no folder or file is made.
    """
    url = resolve_database_url(db)
    _require_sqlite_file(url)
    engine = make_engine(url)
    _require_tables(engine)
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
