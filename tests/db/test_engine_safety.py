"""The database connection as a faulty world meets it: no password printed, readers never block writers, no stall hangs."""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.cli.errors import user_errors
from trialdb.db.engine import database_error, display_url, make_engine, redact

from ..conftest import PUBMED, SEED

SECRET = "s3cret-pw"


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def with_password(url: str, password: str = SECRET) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


# --- passwords ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://postgres:s3cret-pw@db.example.org:5432/trials", "postgresql+psycopg://postgres:***@db.example.org:5432/trials"),
        ("postgresql+psycopg://postgres:p@ss w/rd@db.example.org/trials", "postgresql+psycopg://postgres:***@db.example.org/trials"),
        ("postgresql+psycopg://me@db.example.org/trials?password=s3cret&sslmode=require",
         "postgresql+psycopg://me@db.example.org/trials?password=***&sslmode=require"),
        ("postgresql+psycopg://me@db.example.org/trials", "postgresql+psycopg://me@db.example.org/trials"),
        ("sqlite:////home/me/trialdb.sqlite", "sqlite:////home/me/trialdb.sqlite"),
    ],
)
def test_display_url_masks_the_password(url: str, shown: str) -> None:
    assert display_url(url) == shown
    if "p@ss" not in url:  # SQLAlchemy parses the unescaped '@' and ' ' as part of the host
        assert display_url(make_url(url)) == shown


def test_redact_masks_urls_inside_a_message() -> None:
    message = "cannot use 'postgresql+psycopg://u:s3cret@h:1/db' (refused); api_key=abc123 password=hunter2"
    assert redact(message) == "cannot use 'postgresql+psycopg://u:***@h:1/db' (refused); api_key=*** password=***"


def test_ingest_log_and_report_never_print_the_password(postgres_url: str) -> None:
    url = with_password(postgres_url)
    code, out, err = run("ingest", SEED, "--db", url)
    assert code == 0, err
    assert "1 new" in out and "postgresql+psycopg://postgres:***@127.0.0.1:5432/test" in out
    code, out2, err2 = run("import", PUBMED / "seed-33472925.xml", "--db", url)
    assert code == 0, err2
    outputs = [out, err, out2, err2]
    for args in (["log"], ["log", "--format", "json"], ["report"], ["report", "--format", "json"], ["stats"]):
        code, o, e = run(*args, "--db", url)
        assert code == 0, e
        outputs += [o, e]
    assert not [o for o in outputs if SECRET in o]


def test_database_errors_never_print_the_password(tmp_path: Path) -> None:
    # Nothing listens on port 1: the connection is refused.
    code, out, err = run("ingest", SEED, "--db", f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:1/test")
    assert code == 5 and err.startswith("trialdb: error: cannot open the database") and err.count("\n") == 1
    assert SECRET not in out + err
    code, out, err = run("ingest", SEED, "--db", f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:notaport/test")
    assert code == 2 and err == "trialdb: error: bad database URL 'postgresql+psycopg://postgres:***@127.0.0.1:notaport/test'; " \
        "give a file path or e.g. postgresql+psycopg://user@host/db\n"
    code, out, err = run("search", "stroke", "--db", f"mysql://root:{SECRET}@127.0.0.1/x")
    assert code == 2 and SECRET not in out + err


# --- SQLite: readers never block writers ----------------------------------------------------------------


def test_an_open_reader_does_not_block_an_ingest(sqlite_url: str, tmp_path: Path) -> None:
    code, _, err = run("ingest", SEED, "--db", sqlite_url)
    assert code == 0, err
    # A slow export's read: a second connection inside a read transaction, a row read and the statement open.
    reader = sqlite3.connect(tmp_path / "trialdb.sqlite", isolation_level=None)
    reader.execute("BEGIN")
    cursor = reader.execute("SELECT pmid FROM article")
    assert cursor.fetchone() == ("33472925",)
    try:
        code, out, err = run("ingest", *sorted(PUBMED.glob("*.xml")), "--db", sqlite_url)
        assert code == 0, err
        assert "0 unchanged" not in out and "1 unchanged" in out
        # The reader still sees its snapshot; the next reader sees everything.
        assert reader.execute("SELECT count(*) FROM article").fetchone() == (1,)
    finally:
        reader.execute("COMMIT")
        reader.close()
    later = sqlite3.connect(tmp_path / "trialdb.sqlite")
    try:
        assert later.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert later.execute("SELECT count(*) FROM article").fetchone()[0] > 1
    finally:
        later.close()


def test_another_writer_holding_the_lock_is_named_not_a_broken_database(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run("ingest", SEED, "--db", sqlite_url)
    assert code == 0, err
    monkeypatch.setenv("TRIALDB_DB_TIMEOUT", "0.05")
    writer = sqlite3.connect(tmp_path / "trialdb.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run("searches", "add", "msc", "stem cells AND stroke", "--db", sqlite_url)
        assert (code, err) == (5, "trialdb: error: the database is busy: another trialdb command is writing; try again\n")
        # The ingest's first write is its run-log entry, before any batch: refused alike, nothing stored.
        code, _, err = run("ingest", *sorted(PUBMED.glob("*.xml"))[:3], "--db", sqlite_url)
        assert (code, err) == (5, "trialdb: error: the database is busy: another trialdb command is writing; try again\n")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    code, out, err = run("ingest", *sorted(PUBMED.glob("*.xml"))[:3], "--db", sqlite_url)
    assert code == 0 and "14 new" in out, err


def test_a_bad_timeout_setting_is_one_line(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("ingest", SEED, "--db", sqlite_url)[0] == 0
    monkeypatch.setenv("TRIALDB_DB_TIMEOUT", "ten")
    code, _, err = run("stats", "--db", sqlite_url)
    assert code == 2 and err.startswith("trialdb: error: $TRIALDB_DB_TIMEOUT is 'ten'; give a number of seconds") and err.count("\n") == 1


# --- PostgreSQL: no stall hangs -------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server on 127.0.0.1 that accepts connections and never says a word; yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    done.set()
    listener.close()
    for conn in accepted:
        conn.close()


def test_a_server_that_never_answers_is_one_line_not_a_hang(silent_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALDB_DB_CONNECT_TIMEOUT", "1")
    result: list[tuple[int, str, str]] = []
    # Run in a thread only to turn a hang into a failure instead of a stuck test run.
    worker = threading.Thread(target=lambda: result.append(run("ingest", SEED, "--db", f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/test")))
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "ingest hung on a server that never answers"
    ((code, out, err),) = result
    assert code == 5 and err.startswith("trialdb: error: cannot open the database (") and "timeout" in err and err.count("\n") == 1


def test_a_statement_over_the_timeout_is_cancelled(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALDB_DB_TIMEOUT", "0.2")
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            # The URL's own options (the test schema's search_path) are kept beside the timeout.
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "200ms"
            assert conn.execute(text("SELECT current_schema()")).scalar().startswith("t_")
            params = conn.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
            assert (params.get("keepalives"), params.get("connect_timeout")) == ("1", "10")
        with pytest.raises(OperationalError) as caught, engine.connect() as conn:
            conn.execute(text("SELECT pg_sleep(5)"))
        message = database_error(caught.value).message
        assert message.startswith("the database server did not finish a statement within 0.2 s ($TRIALDB_DB_TIMEOUT)")

        cli = typer.Typer()

        @cli.command()
        @user_errors
        def slow() -> None:
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_sleep(5)"))

        r = CliRunner().invoke(cli, [])
        assert (r.exit_code, r.stderr) == (5, f"trialdb: error: {message}\n")
    finally:
        engine.dispose()
