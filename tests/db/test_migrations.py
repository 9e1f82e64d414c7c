"""Migrations: a database made by the previous trialdb is upgraded with every row kept, on SQLite and PostgreSQL.

The previous trialdb's databases are tests/data/migrations/ (commit 6256482, revision 0001, no alembic_version).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import column, select, table, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SAWarning
from sqlmodel import SQLModel
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import init_db, make_engine
from trialdb.db.migrations import HEAD, REVISIONS, legacy
from trialdb.db.migrations.runner import _transaction, alembic_config, include_object, script_directory, upgrade_database
from trialdb.db.migrations.state import table_columns
from trialdb.db.raw import unpack_raw
from trialdb.errors import DatabaseError

from ..conftest import PG_ENV, SEED, fresh_schema

DUMPS = Path(__file__).resolve().parent.parent / "data" / "migrations"
#: Rows per table in the dumps (tests/data/migrations/README.md).
COUNTS = {
    "article": 6, "trial": 6, "arm": 6, "arm_result": 4, "outcome": 7, "p_value": 20, "effect": 6, "registry_id": 3, "provenance": 63,
    "article_tag": 90, "screening": 2, "run": 1, "saved_search": 1, "search_member": 0, "article_version": 0,
}
NEW_COLUMNS = {t: tuple(c) for t, c in legacy.ADDED_COLUMNS.items()}


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def load_sqlite_dump(path: Path) -> str:
    """Make the file ``path`` from the previous trialdb's SQLite dump; return its URL."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript((DUMPS / "sqlite.sql").read_text(encoding="utf-8"))
    finally:
        conn.close()
    return f"sqlite:///{path}"


def load_postgres_dump(url: str) -> None:
    """Fill the (empty) schema that ``url``'s search_path names from the previous trialdb's PostgreSQL dump."""
    engine = make_engine(url)
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    engine.dispose()
    sql = (DUMPS / "postgresql.sql").read_text(encoding="utf-8").replace("CREATE SCHEMA trialdb_old;", "").replace("trialdb_old", schema)
    libpq = make_url(os.environ[PG_ENV]).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as conn:  # a connection of its own: the dump empties its search_path
        conn.execute(sql)  # type: ignore[call-overload]


@pytest.fixture(params=["sqlite", "postgresql"])
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database made by the previous trialdb (revision 0001, nothing recorded), on each engine."""
    if request.param == "sqlite":
        yield load_sqlite_dump(tmp_path / "old.sqlite")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    with fresh_schema(base) as url:
        load_postgres_dump(url)
        yield url


def label(url: str) -> str:
    """How trialdb names the database of ``url`` in messages."""
    parsed = make_url(url)
    return parsed.database if parsed.get_backend_name() == "sqlite" else url  # type: ignore[return-value]


def rows(engine: Engine, columns: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of each table, in ``columns``' columns, sorted; raw records (compressed since 0003) as their text."""
    with engine.connect() as conn:
        return {
            name: sorted(
                (tuple(unpack_raw(bytes(v)) if isinstance(v, bytes | memoryview) else v for v in row)
                 for row in conn.execute(select(*[column(c) for c in cols]).select_from(table(name)))),
                key=repr,
            )
            for name, cols in columns.items()
        }


def schema_differences(engine: Engine) -> list[Any]:
    """What Alembic's autogenerate finds between the database and db/models.py (empty: the database is the head)."""
    with engine.connect() as conn, warnings.catch_warnings():
        # db/indexes.py's expression indexes cannot be reflected (and are not compared): SQLAlchemy says so.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", SAWarning)
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(context, SQLModel.metadata)


def test_the_revisions_are_those_of_versions() -> None:
    """REVISIONS and HEAD (read on every open, without Alembic) name the files of versions/ in order."""
    script = script_directory()
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(REVISIONS) == ["0001", "0002", "0003"]
    assert script.get_current_head() == HEAD == "0003"


def test_a_database_of_the_previous_release_is_refused_then_upgraded_with_nothing_lost(old_url: str) -> None:
    where = label(old_url)
    upgrade = f"trialdb db upgrade --db {where}"
    engine = make_engine(old_url)
    before = rows(engine, legacy.BASELINE)
    assert {t: len(r) for t, r in before.items()} == COUNTS

    code, out, err = run("db", "current", "--db", old_url)
    assert (code, out) == (0, f"0001 (placed by its columns: it records none yet; the head is 0003: run `{upgrade}`)\n"), err
    refusal = (
        f"trialdb: error: the database {where} was made by another trialdb version (schema revision 0001, this trialdb needs 0003); "
        f"run `{upgrade}` to upgrade it, then try again\n"
    )
    # Reading and writing commands alike: one line naming the upgrade, exit 5, and the database left as it was.
    for command_args in (("search", "stroke"), ("show", "33472925"), ("stats",), ("ingest", SEED), ("searches", "add", "x", "stroke")):
        assert run(*command_args, "--db", old_url)[::2] == (5, refusal), command_args
    with engine.connect() as conn:
        assert "alembic_version" not in table_columns(conn)
    assert rows(engine, legacy.BASELINE) == before

    code, out, err = run("db", "upgrade", "--db", old_url)
    assert (code, out) == (0, f"Upgraded {where} from revision 0001 (placed by its columns: it records none yet) to 0003, the head.\n"), err

    assert rows(engine, legacy.BASELINE) == before
    with engine.connect() as conn:
        arms = conn.execute(text("SELECT label, n FROM arm WHERE pmid = '33472925' ORDER BY position")).all()
        decisions = conn.execute(text("SELECT pmid, decision, reason, reviewer FROM screening ORDER BY id")).all()
        trial = conn.execute(text("SELECT total_n, planned_n FROM trial WHERE pmid = '33472925'")).one()
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        new_values = {
            t: conn.execute(text(f"SELECT {', '.join(cols)} FROM {t}")).all() for t, cols in NEW_COLUMNS.items()
        }
        if engine.dialect.name == "postgresql":  # Alembic's table is in the database's own schema, beside trialdb's tables
            home = "SELECT n.nspname = current_schema() FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(:t)"
            assert conn.execute(text(home), {"t": "alembic_version"}).scalar_one() is True
    assert [tuple(a) for a in arms] == [("MSC", 39), ("control", 15)]
    assert [tuple(d) for d in decisions] == [("33472925", "included", None, None), ("35358095", "excluded", "animal study", None)]
    assert tuple(trial) == (54, None) and versions == ["0003"]
    # The new columns are there, NULL in every old row ("not recorded").
    assert {t: len(v) for t, v in new_values.items()} == {t: COUNTS[t] for t in NEW_COLUMNS}
    assert all(value is None for values in new_values.values() for row in values for value in row)
    assert schema_differences(engine) == []
    engine.dispose()

    assert run("db", "current", "--db", old_url)[:2] == (0, "0003 (head)\n")
    code, out, err = run("db", "upgrade", "--db", old_url)
    assert (code, out) == (0, f"{where} is at revision 0003, the head: nothing to upgrade.\n"), err
    # The old full-text index, records and decisions serve the commands as before.
    code, out, err = run("search", "stroke", "-f", "ids", "--db", old_url)
    assert code == 0 and sorted(out.split()) == ["15968009", "33472925", "35358095"], err
    code, out, err = run("screen", "--conflicts", "--db", old_url)
    assert code == 0, err
    code, out, err = run("show", "33472925", "-f", "json", "--db", old_url)
    assert code == 0, err
    shown = json.loads(out)  # the facts as the previous trialdb stored them, read by this one
    assert [(a["label"], a["n"]) for a in shown["facts"]["sample_size"]["arms"]] == [("MSC", 39), ("control", 15)]
    assert (shown["facts"]["sample_size"]["total"], shown["facts"]["registry_ids"]) == (54, ["NCT01716481"])
    assert [(d["decision"], d["reviewer"]) for d in shown["screening"]] == [("included", None)]
    # Stored again by this trialdb (its raw XML is written one character shorter since commit f58b6c2: "updated").
    code, out, err = run("ingest", SEED, "--db", old_url)
    assert code == 0 and "0 new, 1 updated" in out, err


def test_a_new_database_is_made_at_the_head(db_url: str) -> None:
    code, _, err = run("ingest", SEED, "--db", db_url)
    assert code == 0, err
    assert run("db", "current", "--db", db_url)[:2] == (0, "0003 (head)\n")
    engine = make_engine(db_url)
    assert schema_differences(engine) == []
    engine.dispose()


def test_the_migrations_from_nothing_make_the_schema_a_new_database_has(db_url: str) -> None:
    """0001 is the previous trialdb's schema, and 0001 -> 0002 ends where create_all does; downgrading keeps the rows."""
    engine = make_engine(db_url)
    with _transaction(engine) as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.connect() as conn:
        columns = table_columns(conn)
    assert {t: columns[t] for t in legacy.BASELINE} == {t: set(c) for t, c in legacy.BASELINE.items()}
    assert legacy.detect(columns) == "0001"
    with _transaction(engine) as conn:
        command.upgrade(alembic_config(conn), "head")
    assert schema_differences(engine) == []
    init_db(engine)  # at the head: used as it is
    code, _, err = run("ingest", SEED, "--db", db_url)
    assert code == 0, err
    with _transaction(engine) as conn:  # batch mode on SQLite: each table copied, its children's keys intact
        command.downgrade(alembic_config(conn), "0001")
    assert rows(engine, {"arm": ("pmid", "label", "n")})["arm"] == [("33472925", "MSC", 39), ("33472925", "control", 15)]
    with engine.connect() as conn:
        assert legacy.detect(table_columns(conn)) == "0001"
    assert upgrade_database(engine).before == "0001"
    assert schema_differences(engine) == []
    engine.dispose()


def test_a_failed_upgrade_leaves_the_database_as_it_was(old_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The columns added, the revision recorded: all rolled back when a later step fails (SQLite's DDL too)."""
    from sqlalchemy.exc import OperationalError

    import trialdb.db.migrations.runner as runner

    def fail(conn: object) -> None:
        raise OperationalError("CREATE INDEX ...", {}, Exception("disk I/O error"))

    monkeypatch.setattr(runner, "create_indexes", fail)
    engine = make_engine(old_url)
    with pytest.raises(DatabaseError, match=r"^the upgrade of .* failed, so it is as it was: database error \(disk I/O error\)"):
        upgrade_database(engine)
    with engine.connect() as conn:
        columns = table_columns(conn)
    assert "alembic_version" not in columns and "planned_n" not in columns["trial"] and legacy.detect(columns) == "0001"
    monkeypatch.undo()
    assert upgrade_database(engine).before == "0001"
    engine.dispose()


def test_a_database_of_a_newer_trialdb_is_refused(db_url: str) -> None:
    assert run("ingest", SEED, "--db", db_url)[0] == 0
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    where = label(db_url)
    line = (
        f"trialdb: error: the database {where} was made by a newer trialdb (schema revision 0099; trialdb 0.1.0 knows up to 0003); "
        "use that trialdb or a later one, or give another --db\n"
    )
    assert run("search", "stroke", "--db", db_url)[::2] == (5, line)
    assert run("ingest", SEED, "--db", db_url)[::2] == (5, line)
    assert run("db", "upgrade", "--db", db_url)[::2] == (5, line)
    assert run("db", "current", "--db", db_url)[:2] == (0, "0099 (unknown to this trialdb, whose head is 0003: made by a newer trialdb)\n")


def test_a_database_no_revision_matches_cannot_be_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "odd.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE article (pmid VARCHAR(16) PRIMARY KEY, title TEXT)")
    conn.close()
    code, _, err = run("db", "upgrade", "--db", path)
    assert (code, err) == (5, f"trialdb: error: the database {path} was made by another trialdb version (table article lacks version, abstract, "
                              "journal, journal_abbrev, volume, issue, pages, year, pub_date, authors, publication_types, mesh_terms, keywords, "
                              "doi, language, raw_format, content_hash, retracted, expression_of_concern, pmc_id, details, pmid_number, raw), one that trialdb "
                              "cannot upgrade; move it aside or give another --db, then ingest again\n")
    assert run("db", "current", "--db", tmp_path / "none.sqlite")[::2] == (5, f"trialdb: error: no database at {tmp_path / 'none.sqlite'}; "
                                                                            "run trialdb ingest or fetch first\n")
    assert not (tmp_path / "none.sqlite").exists()


def test_search_does_not_import_alembic(tmp_path: Path) -> None:
    """Opening a database reads its revision with one query: Alembic is imported by `trialdb db upgrade` only."""
    url = f"sqlite:///{tmp_path / 'light.sqlite'}"
    assert run("ingest", SEED, "--db", url)[0] == 0
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from trialdb.cli.app import app\n"
        f"r = CliRunner().invoke(app, ['search', 'stroke', '--db', {url!r}])\n"
        "print(r.exit_code, 'alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.stdout.split() == ["0", "False"], done.stderr
