"""Benchmark (not a test): kill-and-rerun of ingest, update and reextract, then compare with a clean run.

For each engine (SQLite; PostgreSQL too when --pg URL or $TRIALDB_TEST_POSTGRES_URL is given) and each command,
a clean run on a fresh database gives the reference. Then, --runs times, on a fresh database (SQLite file or
PostgreSQL schema) each: the command starts as its own process, gets SIGKILL, SIGINT or SIGTERM after a random
(seeded) delay, and is run again until it completes. `update` runs against tests/eutils_server.py in this
process, with random HTTP faults (429, 5xx, stalls, cut and short answers) queued before every start. The stored
content (tests/db/test_store.dump of every table but the run log and the saved searches, less the time a revised
record was replaced) is then compared with the reference. Printed per engine and command, and in total: runs,
kills, records expected (summed over the runs), lost, duplicated (PMIDs with more rows in any table than the
reference has), digest mismatches; the target is 0 / 0 / 0. Also: where the signals landed, the exit codes, and
run log entries left 'running'.

    python bench/faults.py [--runs 20] [--seed 13] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/faults]
                           [--commands ingest,update,reextract] [--no-sqlite]

PostgreSQL's update lock is one per database (not per schema): while others run tests on the same server, give
the benchmark a database of its own, or their updates and its own may meet (exit 6; its reruns wait that out).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, update  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from tests.conftest import fresh_schema, pubmed_files  # noqa: E402
from tests.db.test_store import dump  # noqa: E402
from tests.eutils_server import EutilsServer, load_corpus  # noqa: E402
from trialdb.db.engine import init_db, make_engine  # noqa: E402
from trialdb.db.models import ArticleRow, RunRow, TrialRow  # noqa: E402
from trialdb.db.runs import add_saved_search  # noqa: E402
from trialdb.db.store import store_batch  # noqa: E402
from trialdb.extract import EXTRACTOR_VERSION, new_extractor  # noqa: E402
from trialdb.fetch import read_articles  # noqa: E402

SIGNALS = (signal.SIGKILL, signal.SIGINT, signal.SIGTERM)
FAULTS = ("429", "500", "502", "503", "cut", "cut-clean", "short", "stall")
#: Not stored content: the run log, and the saved searches' creation and last-run times.
NOT_CONTENT = {"run", "saved_search"}
#: Columns that record when, not what.
TIME_COLUMNS = {"replaced_at"}
#: The full-text index tables of tests/db/test_store.dump, keyed by the PMID as a number.
FULLTEXT = {"article_fts", "article_search"}
BATCH = "20"
#: Bounds on waiting for a child process; reaching one is reported, never hidden.
PATIENCE = 600.0
STOP_PATIENCE = 60.0
#: Reruns after a kill before giving up (an update may end in exit 4 when injected faults outlast its retries).
RERUNS = 6


def content(url: str) -> dict[str, list[tuple]]:
    """Return the stored content of the database at ``url``: tests/db/test_store.dump less the run log and times."""
    engine = make_engine(url)
    try:
        tables = dump(engine)
    finally:
        engine.dispose()
    out = {}
    for name, rows in tables.items():
        if name in NOT_CONTENT:
            continue
        columns = _columns(name)
        keep = [i for i, c in enumerate(columns) if c not in TIME_COLUMNS] if columns else None
        out[name] = [tuple(r[i] for i in keep) for r in rows] if keep is not None and len(keep) < len(columns) else rows
    return out


def _columns(table: str) -> list[str]:
    """Return the column names of one of trialdb's tables in dump's order ([] for the full-text index tables)."""
    t = SQLModel.metadata.tables.get(table)
    return [c.name for c in t.columns] if t is not None else []


def digest(tables: dict[str, list[tuple]]) -> str:
    """Return the SHA-256 of stored content."""
    return hashlib.sha256(repr(sorted(tables.items())).encode("utf-8")).hexdigest()


def pmid_rows(tables: dict[str, list[tuple]]) -> dict[str, Counter[str]]:
    """Return, per table, how many rows each PMID has (tables whose rows are keyed by PMID)."""
    out: dict[str, Counter[str]] = {}
    for name, rows in tables.items():
        columns = [c for c in _columns(name) if c not in TIME_COLUMNS]
        if name in FULLTEXT:
            out[name] = Counter(str(r[0]) for r in rows)
        elif "pmid" in columns:
            key = columns.index("pmid")
            out[name] = Counter(str(r[key]) for r in rows)
    return out


@dataclass
class Tally:
    """What the runs of one engine and command came to."""

    runs: int = 0
    kills: Counter[str] = field(default_factory=Counter)
    finished_first: int = 0
    partial: int = 0
    reruns: int = 0
    failed_reruns: int = 0
    exits: Counter[str] = field(default_factory=Counter)
    faults: int = 0
    expected: int = 0
    lost: int = 0
    duplicated: int = 0
    mismatches: int = 0
    left_running: int = 0
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to these."""
        self.runs += other.runs
        self.kills.update(other.kills)
        self.finished_first += other.finished_first
        self.partial += other.partial
        self.reruns += other.reruns
        self.failed_reruns += other.failed_reruns
        self.exits.update(other.exits)
        self.faults += other.faults
        self.expected += other.expected
        self.lost += other.lost
        self.duplicated += other.duplicated
        self.mismatches += other.mismatches
        self.left_running += other.left_running
        self.seconds += other.seconds


class Databases:
    """Fresh databases: SQLite files in a folder, or schemas on a PostgreSQL server (dropped at the end)."""

    def __init__(self, pg_url: str | None, folder: Path) -> None:
        self.pg_url = pg_url
        self.folder = folder
        self.schemas: list[str] = []

    @contextmanager
    def fresh(self) -> Iterator[str]:
        """Yield the URL of a new, empty database; remove it afterwards."""
        if self.pg_url is None:
            path = self.folder / f"{uuid.uuid4().hex[:12]}.sqlite"
            try:
                yield f"sqlite:///{path}"
            finally:
                for p in self.folder.glob(path.name + "*"):
                    p.unlink()
            return
        with fresh_schema(self.pg_url, prefix="t_faults_") as url:
            yield url


@dataclass
class Scenario:
    """One command: how to prepare its database, the command line, and how far a killed run got."""

    name: str
    argv: Callable[[str], list[str]]
    prepare: Callable[[str], None]
    progress: Callable[[str], int]
    before_start: Callable[[random.Random], int] = lambda rng: 0
    before_clean: Callable[[], None] = lambda: None


def stored_articles(url: str) -> int:
    """Return how many articles the database holds."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
    finally:
        engine.dispose()


def runs_left_running(url: str) -> int:
    """Return how many run log entries still say 'running' (every run has ended by now)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(RunRow).where(RunRow.status == "running")).scalar_one()
    finally:
        engine.dispose()


def current_trials(url: str) -> int:
    """Return how many trial rows the current extractor wrote."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(TrialRow).where(TrialRow.extractor_version == EXTRACTOR_VERSION)).scalar_one()
    finally:
        engine.dispose()


@dataclass
class Child:
    """How one run of a command ended."""

    code: int | None
    last_line: str
    signalled: bool
    #: Seconds from the start until ``storing()`` first held (None when not watched, or it never did).
    storing_after: float | None


def run_child(
    argv: list[str], env: dict[str, str], sig: signal.Signals | None = None, delay: float = 0.0, storing: Callable[[], bool] | None = None,
) -> Child:
    """Run ``argv``; with ``storing``, first wait until it holds; then send ``sig`` after ``delay`` more seconds unless
    the command ended before. Return how it ended."""
    with tempfile.TemporaryFile("w+") as err:
        start = time.monotonic()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True)
        storing_after = None
        while storing is not None and child.poll() is None and time.monotonic() - start < PATIENCE:
            if storing():
                storing_after = time.monotonic() - start
                break
            time.sleep(0.1)
        signalled = False
        if sig is not None:
            try:
                child.wait(delay)
            except subprocess.TimeoutExpired:
                child.send_signal(sig)
                signalled = True
        try:
            code: int | None = child.wait(STOP_PATIENCE if signalled else PATIENCE)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            code = None  # hung: reported as an exit of its own
        err.seek(0)
        lines = [ln for ln in err.read().splitlines() if ln.strip()]
    return Child(code, lines[-1] if lines else "", signalled, storing_after)


def run_scenario(scenario: Scenario, databases: Databases, runs: int, rng: random.Random, env: dict[str, str]) -> Tally:
    """Kill-and-rerun ``scenario`` ``runs`` times against a clean reference; return the tally."""
    tally = Tally()
    started = time.perf_counter()
    with databases.fresh() as url:
        scenario.prepare(url)
        scenario.before_clean()
        base = scenario.progress(url)
        t0 = time.perf_counter()
        clean = run_child(scenario.argv(url), env, storing=lambda: scenario.progress(url) > base)
        clean_seconds = time.perf_counter() - t0
        # How long the clean run stored for (start-up and the check pass come before).
        store_seconds = max(0.5, clean_seconds - (clean.storing_after or 0.0))
        if clean.code != 0:
            raise SystemExit(f"{scenario.name}: the clean run failed (exit {clean.code}): {clean.last_line}")
        reference = content(url)
    ref_rows = pmid_rows(reference)
    ref_digest = digest(reference)
    expected = set(ref_rows.get("article", Counter()))
    for _ in range(runs):
        tally.runs += 1
        tally.expected += len(expected)
        with databases.fresh() as url:
            scenario.prepare(url)
            sig = rng.choice(SIGNALS)
            # Half the signals come at any time (start-up, the check pass, storing), half once storing has begun.
            base = scenario.progress(url)
            storing = (lambda u=url, b=base: scenario.progress(u) > b) if rng.random() < 0.5 else None
            delay = rng.uniform(0.0, 0.9) * (store_seconds if storing else clean_seconds)
            tally.faults += scenario.before_start(rng)
            run = run_child(scenario.argv(url), env, sig, delay, storing)
            if run.signalled:
                tally.kills[sig.name] += 1
                tally.exits[str(run.code) if run.code is not None else "hung"] += 1
                done = scenario.progress(url)
                tally.partial += 0 < done < len(expected)
            else:
                tally.finished_first += 1
            for _ in range(RERUNS):
                tally.reruns += 1
                tally.faults += scenario.before_start(rng)
                rerun = run_child(scenario.argv(url), env)
                if rerun.code == 0:
                    break
                time.sleep(1.0)
            else:
                tally.failed_reruns += 1
                print(f"  {scenario.name}: no rerun completed; last exit {rerun.code}: {rerun.last_line}", file=sys.stderr)
            got = content(url)
            tally.left_running += runs_left_running(url)
        rows = pmid_rows(got)
        articles = rows.get("article", Counter())
        trials = rows.get("trial", Counter())
        tally.lost += len({p for p in expected if not articles.get(p) or not trials.get(p)})
        tally.duplicated += len({p for name, counts in rows.items() for p, n in counts.items() if n > ref_rows.get(name, Counter()).get(p, 0)})
        tally.mismatches += digest(got) != ref_digest
    tally.seconds = time.perf_counter() - started
    return tally


def scenarios(server: EutilsServer) -> dict[str, Scenario]:
    """Return the three scenarios, with what they share (fixture files, their extracted facts) loaded once."""
    files = [str(p) for p in pubmed_files()]
    cli = [sys.executable, "-m", "trialdb.cli"]
    stored_facts: list = []

    def facts() -> list:
        if not stored_facts:
            extractor = new_extractor()
            stored_facts.extend((a, extractor.extract(a)) for a in read_articles(files))
        return stored_facts

    def nothing(url: str) -> None:
        init_db_at(url)

    def saved_search(url: str) -> None:
        engine = init_db_at(url)
        add_saved_search(engine, "everything", "all")
        engine.dispose()

    def stale(url: str) -> None:
        # A database written by an older extractor: every record stored, every trial row of version 0.0.1.
        engine = init_db_at(url)
        items = facts()
        for i in range(0, len(items), 50):
            store_batch(engine, items[i : i + 50])
        with engine.begin() as conn:
            conn.execute(update(TrialRow).values(extractor_version="0.0.1"))
        engine.dispose()

    def http_faults(rng: random.Random) -> int:
        server.state.faults.clear()
        n = rng.randint(0, 3)
        for _ in range(n):
            server.state.add_fault(rng.choice(FAULTS), rng.choice(["esearch.fcgi", "efetch.fcgi", None]))
        return n

    return {
        "ingest": Scenario("ingest", lambda url: [*cli, "ingest", *files, "--batch-size", BATCH, "--quiet", "--db", url], nothing, stored_articles),
        "update": Scenario(
            "update", lambda url: [*cli, "update", "--batch-size", BATCH, "--quiet", "--db", url], saved_search, stored_articles, http_faults,
            server.state.faults.clear,
        ),
        "reextract": Scenario("reextract", lambda url: [*cli, "reextract", "--batch-size", BATCH, "--quiet", "--db", url], stale, current_trials),
    }


def init_db_at(url: str):  # type: ignore[no-untyped-def]
    """Return an engine on ``url`` with trialdb's tables made."""
    engine = make_engine(url)
    init_db(engine)
    return engine


def quiet_disconnects(handle_error: Callable[[object, object], None]) -> Callable[[object, object], None]:
    """Return the server's error handler less the tracebacks of clients killed mid-answer (the point of the exercise)."""

    def handle(request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            handle_error(request, client_address)

    return handle


def line(label: str, t: Tally) -> str:
    """Return one tally as a printed line."""
    kills = sum(t.kills.values())
    by_signal = ", ".join(f"{name} {t.kills[name]}" for name in ("SIGKILL", "SIGINT", "SIGTERM") if t.kills[name])
    exits = ", ".join(f"{code}: {n}" for code, n in sorted(t.exits.items()))
    return (
        f"{label:<22} runs {t.runs:>3}  kills {kills:>3} ({by_signal or 'none'}; exit codes {exits or '-'})  "
        f"ended before the signal {t.finished_first}  killed mid-store {t.partial}  reruns {t.reruns}  "
        f"HTTP faults {t.faults}  records expected {t.expected}  lost {t.lost}  duplicated {t.duplicated}  "
        f"digest mismatches {t.mismatches}  failed reruns {t.failed_reruns}  run log left 'running' {t.left_running}  ({t.seconds:.0f} s)"
    )


def main() -> None:
    """Run every scenario on every engine asked for; print a line per engine and command, then the total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="kill-and-rerun rounds per engine and command")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--pg", default=os.environ.get("TRIALDB_TEST_POSTGRES_URL"), help="PostgreSQL URL (default $TRIALDB_TEST_POSTGRES_URL)")
    parser.add_argument("--commands", default="ingest,update,reextract")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="trialdb-faults-"))
    engines = ([("sqlite", None)] if not args.no_sqlite else []) + ([("postgresql", args.pg)] if args.pg else [])
    total = Tally()
    try:
        with EutilsServer(corpus=load_corpus()) as server:
            server.state.stall_seconds = 1.0
            server.httpd.handle_error = quiet_disconnects(server.httpd.handle_error)  # type: ignore[method-assign]
            env = {
                **os.environ, "TRIALDB_EUTILS_URL": server.url, "TRIALDB_EMAIL": "bench@example.org", "NCBI_API_KEY": "bench-key",
                "XDG_CACHE_HOME": str(work / "cache"), "XDG_DATA_HOME": str(work / "data"),
            }
            env.pop("TRIALDB_DATABASE_URL", None)
            plans = scenarios(server)
            print(f"kill-and-rerun, {args.runs} runs per engine and command, seed {args.seed}")
            for engine_name, pg_url in engines:
                databases = Databases(pg_url, work)
                for name in args.commands.split(","):
                    t = run_scenario(plans[name], databases, args.runs, rng, env)
                    print(line(f"{engine_name} {name}", t), flush=True)
                    total.add(t)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(line("total", total))
    print(f"lost / duplicated / digest mismatches: {total.lost} / {total.duplicated} / {total.mismatches} (target 0 / 0 / 0)")


if __name__ == "__main__":
    main()
