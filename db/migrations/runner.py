"""Running the migrations of versions/ with Alembic on the engine trialdb opened: ``trialdb db upgrade``.

One transaction holds the whole upgrade, so a failed or interrupted one leaves the database as it was: on
PostgreSQL (transactional DDL) with an advisory lock so two upgrades do not interleave and no statement
timeout (a data conversion may take long); on SQLite with BEGIN IMMEDIATE (the write lock) and foreign keys
off, as a batch migration's copy of a table needs, then checked before the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from trialdb.db import fulltext
from trialdb.db.engine import database_error, database_label, upgrade_command
from trialdb.db.indexes import create_indexes
from trialdb.db.migrations import HEAD
from trialdb.db.migrations.state import cannot_upgrade, read_state, refusal, write_revision
from trialdb.errors import DatabaseError

MIGRATIONS = Path(__file__).resolve().parent
#: The advisory lock of upgrades, per schema (two schemas of one server upgrade independently).
_PG_LOCK = "hashtext(current_schema() || ' trialdb migrations')"


@dataclass(frozen=True)
class Upgrade:
    """What ``upgrade_database`` did."""

    before: str
    after: str
    #: Whether ``before`` was placed by the database's columns (it recorded no revision).
    detected: bool


def alembic_config(connection: Connection | None = None) -> Config:
    """Return an Alembic Config for trialdb's migrations, running on ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """Return Alembic's view of versions/ (the revisions and their order)."""
    return ScriptDirectory.from_config(alembic_config())


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Return whether autogenerate compares an object: only what db/models.py declares.

    The full-text index, Alembic's table and the indexes of db/indexes.py exist only in the database.
    """
    return not (reflected and compare_to is None)


def upgrade_database(engine: Engine) -> Upgrade:
    """Upgrade the database to the head revision; return the revisions before and after.

    A database that records no revision is first stamped with the one its columns match. Raises
    DatabaseError for a database this trialdb cannot upgrade (a newer revision, or no matching one), and
    when the upgrade fails (the database is then as it was).
    """
    where = database_label(engine)
    try:
        with _transaction(engine) as conn:
            state = read_state(conn)
            if state.empty:
                raise DatabaseError(f"no database at {where}; run trialdb ingest or fetch first")
            blocked = cannot_upgrade(state, where)
            if blocked or state.revision is None:
                raise blocked or DatabaseError(f"the database {where} matches no schema revision")
            before = state.revision
            if not state.recorded:
                write_revision(conn, before)
            if not state.at_head:
                command.upgrade(alembic_config(conn), HEAD)
            fulltext.create_index(conn)
            create_indexes(conn)
            after = read_state(conn)
            refused = refusal(after, where, upgrade_command(engine))
            if refused:
                raise refused
    except DatabaseError:
        raise
    except SQLAlchemyError as exc:
        raise DatabaseError(f"the upgrade of {where} failed, so it is as it was: {database_error(exc).message}") from None
    return Upgrade(before=before, after=HEAD, detected=not state.recorded)


@contextmanager
def _transaction(engine: Engine) -> Iterator[Connection]:
    """Yield a connection inside the one transaction of an upgrade; commit when the block ends without an error."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL statement_timeout = 0"))
            conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
            yield conn
        return
    with engine.connect() as conn:
        # pysqlite would commit before each DDL statement: the transaction is ours, begun and ended by hand.
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        # A no-op inside a transaction, so set before BEGIN.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken:
                    raise DatabaseError(f"the upgrade would leave rows of table {broken[0]} without their record, so it was not made")
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                if conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]  (SQLite ends some failed ones itself)
                    conn.exec_driver_sql("ROLLBACK")
                raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
