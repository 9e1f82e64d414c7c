"""A run killed outright (SIGKILL) or stopped (SIGTERM) is logged as interrupted with the counts it had stored."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from trialdb import __version__
from trialdb.cli.app import app
from trialdb.db.engine import init_db, make_engine
from trialdb.db.lock import hold_run_lock, run_is_live
from trialdb.db.models import ArticleRow, RunRow
from trialdb.db.runs import ENDED_MESSAGE
from trialdb.extract.version import EXTRACTOR_VERSION

from ..conftest import SEED
from ..eutils_server import EutilsServer, load_corpus

CORPUS = load_corpus()
BATCH = 20
#: Generous bounds on waiting for the child process; reaching one is a failure, never a pass.
PATIENCE = 120.0


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def logged(url: str) -> dict[int, dict]:
    code, out, err = run("log", "--format", "json", "--db", url)
    assert code == 0, err
    return {r["id"]: r for r in json.loads(out)}


@pytest.fixture
def db(db_url: str) -> Iterator[tuple[str, Engine]]:
    engine = make_engine(db_url)
    init_db(engine)
    yield db_url, engine
    engine.dispose()


def insert_running(engine: Engine, **counts: int) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            insert(RunRow).values(
                kind="update", saved_search="msc", query="stem cells", started_at="2024-05-01T02:00:00+00:00", status="running",
                trialdb_version=__version__, extractor_version=EXTRACTOR_VERSION, **counts,
            )
        )
        return int(result.inserted_primary_key[0])


def test_a_run_whose_process_is_gone_is_marked_interrupted_by_the_next(db: tuple[str, Engine]) -> None:
    url, engine = db
    # As a SIGKILLed run leaves it: 'running', counts of the batches it stored, and no process holding its lock.
    dead = insert_running(engine, found=40, new=38, unchanged=2)
    assert logged(url)[dead]["status"] == "running"
    code, out, err = run("import", SEED, "--db", url)
    assert code == 0, err
    entries = logged(url)
    old = entries[dead]
    assert (old["status"], old["found"], old["new"], old["unchanged"], old["message"]) == ("interrupted", 40, 38, 2, ENDED_MESSAGE)
    assert [e["status"] for i, e in entries.items() if i != dead] == ["completed"]
    code, out, _ = run("log", "--db", url)
    assert code == 0 and "interrupted" in out and "running" not in out


def test_a_live_run_is_left_running(db: tuple[str, Engine]) -> None:
    url, engine = db
    live = insert_running(engine, found=20, new=20)
    # Its process (here: another connection or open file) still holds the run's lock.
    lock = hold_run_lock(engine, live)
    try:
        assert run_is_live(engine, live)
        code, _, err = run("import", SEED, "--db", url)
        assert code == 0, err
        assert logged(url)[live]["status"] == "running"
    finally:
        lock.release()
    assert not run_is_live(engine, live)
    code, _, err = run("import", SEED, "--db", url)
    assert code == 0, err
    assert logged(url)[live]["status"] == "interrupted"


class StallAfter:
    """Answers the first ``n`` efetch requests, then holds every later one until released."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.efetches = 0
        self.stalled = threading.Event()
        self.release = threading.Event()

    def __call__(self, endpoint: str) -> None:
        if endpoint == "efetch.fcgi":
            self.efetches += 1
            if self.efetches > self.n:
                self.stalled.set()
                self.release.wait(PATIENCE)


@pytest.fixture
def stalling(tmp_path: Path) -> Iterator[tuple[EutilsServer, StallAfter, dict[str, str]]]:
    stall = StallAfter(2)
    with EutilsServer(corpus=dict(CORPUS)) as srv:
        srv.state.take_fault = stall  # type: ignore[method-assign]
        env = {**os.environ, "TRIALDB_EUTILS_URL": srv.url, "TRIALDB_EMAIL": "cron@example.org", "XDG_CACHE_HOME": str(tmp_path / "cache")}
        try:
            yield srv, stall, env
        finally:
            stall.release.set()


def stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()


def start_fetch(url: str, env: dict[str, str], stall: StallAfter) -> subprocess.Popen[str]:
    """Start `trialdb fetch` in its own process and return it once it has stored two batches and waits on the third."""
    child = subprocess.Popen(
        [sys.executable, "-m", "trialdb.cli", "fetch", "all", "--batch-size", str(BATCH), "--quiet", "--db", url],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    if not stall.stalled.wait(PATIENCE):
        child.kill()
        raise AssertionError(f"the fetch never reached its third batch: {child.communicate()}")
    return child


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_fetch_is_logged_interrupted_with_its_counts_and_a_rerun_finishes(
    db: tuple[str, Engine], stalling: tuple[EutilsServer, StallAfter, dict[str, str]], sig: signal.Signals
) -> None:
    url, engine = db
    srv, stall, env = stalling
    child = start_fetch(url, env, stall)
    (entry,) = logged(url).values()
    # The counts were written batch by batch, while the run was still going.
    assert (entry["status"], entry["found"], entry["new"]) == ("running", 2 * BATCH, 2 * BATCH)
    child.send_signal(sig)
    out, err = child.communicate(timeout=PATIENCE)
    if sig == signal.SIGTERM:
        assert child.returncode == 143
        assert err == "trialdb: error: terminated (SIGTERM); whole batches already stored are kept, rerun to finish\n"
        entry = logged(url)[entry["id"]]
        assert (entry["status"], entry["message"], entry["new"]) == ("interrupted", "terminated (SIGTERM)", 2 * BATCH)
    else:
        assert child.returncode == -signal.SIGKILL
        # PostgreSQL lets a dead client's lock go when it notices the closed connection: wait for that, not a clock.
        for _ in range(10000):
            if not run_is_live(engine, entry["id"]):
                break
        assert logged(url)[entry["id"]]["status"] == "running"
    assert stored(engine) == 2 * BATCH

    stall.n = 10**6
    stall.release.set()
    done = subprocess.run(
        [sys.executable, "-m", "trialdb.cli", "fetch", "all", "--batch-size", str(BATCH), "--quiet", "--db", url],
        env=env, capture_output=True, text=True, timeout=PATIENCE, check=False,
    )
    assert done.returncode == 0, done.stderr
    entries = logged(url)
    first, second = entries[entry["id"]], entries[max(entries)]
    assert (first["status"], first["found"], first["new"]) == ("interrupted", 2 * BATCH, 2 * BATCH)
    if sig == signal.SIGKILL:
        assert first["message"] == ENDED_MESSAGE
    assert (second["status"], second["found"], second["new"], second["unchanged"]) == ("completed", len(CORPUS), len(CORPUS) - 2 * BATCH, 2 * BATCH)
    assert stored(engine) == len(CORPUS)
