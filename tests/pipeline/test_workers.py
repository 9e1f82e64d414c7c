"""--workers N: worker processes read and extract, one writer stores, and the database is the one a single process makes.

Also: the files are cut and read by the workers with the very reader one process uses (same records, same refusals),
results come back in file order with a bounded number in flight, each worker builds its extractor once, and a run
interrupted (Ctrl-C, SIGTERM, SIGKILL) or losing a worker keeps whole batches, leaves no worker behind, and is finished
by a rerun.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import psutil
import pytest
from rich.progress import Progress
from sqlalchemy import select, update
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.cli.progress import RateColumn
from trialdb.db.digest import database_digest, table_digests
from trialdb.db.engine import init_db, make_engine
from trialdb.db.models import ArticleRow, RunRow
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.errors import InputError
from trialdb.fetch import iter_records, read_articles
from trialdb.pipeline.batches import batched
from trialdb.pipeline.chunks import chunk_batches, read_batch, whole_files
from trialdb.pipeline.ingest import ingest_files
from trialdb.pipeline.stages import InProcess, in_order
from trialdb.pipeline.workers import WorkerPool

from ..cli.test_hostile_cli import long_seed, warning_lines
from ..conftest import FIXTURES, PG_ENV, PUBMED, ROOT, SEED, fresh_schema, pubmed_files

HOSTILE = ROOT / "tests" / "data" / "hostile"
MEDLINE = sorted((FIXTURES / "medline").glob("*.txt"))
BATCH = 20
#: Bounds on waiting for a child process to reach a state; reaching one is a failure, never a pass.
PATIENCE = 180.0
DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)
_PMID = re.compile(r"<PMID([^>]*)>\d+</PMID>")


def baseline_file(path: Path, n: int, delete: tuple[str, ...] = (), first: int = 90_000_001) -> Path:
    """Write a PubMed baseline-style .xml.gz: ``n`` bundled PubmedArticle records with new PMIDs (from ``first``, which PubMed
    has not issued), then a DeleteCitation of ``delete`` if given (as update files end); return ``path``."""
    raws = [a.raw for a in read_articles(pubmed_files()) if a.raw.startswith("<PubmedArticle>")]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(f'<?xml version="1.0" encoding="utf-8"?>\n{DOCTYPE}\n<PubmedArticleSet>\n')
        for i in range(n):
            pmid = first + i
            out.write(_PMID.sub(lambda m, pmid=pmid: f"<PMID{m.group(1)}>{pmid}</PMID>", raws[i % len(raws)], count=1) + "\n")
        if delete:
            out.write("<DeleteCitation>" + "".join(f'<PMID Version="1">{p}</PMID>' for p in delete) + "</DeleteCitation>\n")
        out.write("</PubmedArticleSet>\n")
    return path


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def digest(url: str) -> str:
    engine = make_engine(url)
    try:
        return database_digest(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def two_dbs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty databases of one engine: one for a single process, one for the workers."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'workers.sqlite'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    with fresh_schema(base) as one, fresh_schema(base) as workers:
        yield one, workers


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(2) as p:
        yield p


@pytest.fixture(scope="module")
def update_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 new records, then a deletion of the seed record (stored earlier in the same run)."""
    return baseline_file(tmp_path_factory.mktemp("files") / "pubmed25n0001.xml.gz", 300, delete=("33472925",))


def _read_serially(path: Path) -> list | str:
    try:
        return list(iter_records(path, allow_text=False))
    except InputError as exc:
        return exc.message


def _read_cut(paths: list[Path], size: int) -> list | str:
    try:
        return [rec for batch in chunk_batches(whole_files(paths), size) for rec in read_batch(batch)]
    except InputError as exc:
        return exc.message


def _every_file() -> list[Path]:
    return [*pubmed_files(), *MEDLINE, *sorted((FIXTURES / "devset" / "xml").glob("*.xml")), *sorted(p for p in HOSTILE.iterdir() if p.suffix != ".md")]


def test_cut_records_are_read_as_the_whole_file_is(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xml.gz"
    data = (PUBMED / "fatcat__pubmedsample_2019.xml.gz").read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    refused = 0
    for path in [*_every_file(), truncated]:
        serial = _read_serially(path)
        refused += isinstance(serial, str)
        for size in (1, 7, 200):
            assert _read_cut([path], size) == serial, (path.name, size)
    # The hostile files are refused (each with its one-line reason) and the truncated gzip is too.
    assert refused >= 10


def test_batches_cross_files_as_one_process_batches_them(update_file: Path) -> None:
    paths = [SEED, *MEDLINE[:2], update_file, PUBMED / "pubmedpy__efetch.xml"]
    records = [rec for p in paths for rec in iter_records(p, allow_text=False)]
    cut = list(chunk_batches(whole_files(paths), 7))
    assert [sum(len(c) for c in b) for b in cut] == [len(b) for b in batched(records, 7)]
    assert [rec for b in cut for rec in read_batch(b)] == records
    assert len(records) == 1 + 2 + 3 + 301 + len(list(iter_records(PUBMED / "pubmedpy__efetch.xml")))


class Done:
    """A finished task as an executor's future gives it back."""

    def __init__(self, value: int | Exception) -> None:
        self.value = value

    def result(self) -> int:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


def test_in_order_gives_results_in_order_with_a_bounded_number_in_flight() -> None:
    submitted: list[int] = []
    in_flight: list[int] = []
    consumed = 0

    def submit(p: int) -> Done:
        submitted.append(p)
        in_flight.append(len(submitted) - consumed)
        return Done(p * 10)

    results = in_order(submit, iter(range(10)), depth=3)
    got = []
    for value in results:
        # The next batch was handed to a worker before this one came back to be stored.
        assert len(submitted) == min(10, len(got) + 4)
        got.append(value)
        consumed += 1
    assert got == [p * 10 for p in range(10)]
    assert max(in_flight) == 4  # three waiting, plus the one submitted while the oldest is stored


def _until_error(results: Iterator[int]) -> list[int | str]:
    out: list[int | str] = []
    try:
        out.extend(results)
    except InputError as exc:
        out.append(exc.message)
    return out


def test_in_order_raises_the_first_error_in_input_order() -> None:
    def payloads() -> Iterator[int]:
        yield 1
        yield 2
        yield 3
        raise InputError("the file ends early")  # found by the cutter, after the records it sent

    def submit(p: int, refused: int | None = None) -> Done:
        return Done(InputError(f"record {p} is refused") if p == refused else p)

    assert _until_error(in_order(submit, payloads(), depth=8)) == [1, 2, 3, "the file ends early"]
    assert _until_error(in_order(lambda p: submit(p, refused=2), payloads(), depth=8)) == [1, "record 2 is refused"]


def _count(stages: InProcess | WorkerPool, files: list[Path]) -> int | str:
    try:
        return stages.count(files)
    except InputError as exc:
        return exc.message


def test_the_pool_checks_files_as_one_process_does(pool: WorkerPool) -> None:
    refused = [p for p in _every_file() if isinstance(_read_serially(p), str)]
    serial = InProcess()
    for files in ([*pubmed_files(), *MEDLINE], [SEED], refused[:1], [SEED, *refused[:2]], [refused[2], SEED, refused[0]]):
        assert _count(pool, files) == _count(serial, files), files
    assert _count(pool, [*pubmed_files(), *MEDLINE]) == 262 + 14
    # The first bad file in the order given is the one named.
    assert _count(pool, [SEED, refused[1], refused[0]]) == _read_serially(refused[1])


def test_each_worker_builds_its_extractor_once_and_stores_what_one_process_stores(pool: WorkerPool, tmp_path: Path) -> None:
    one, two = (make_engine(f"sqlite:///{tmp_path / n}") for n in ("one.sqlite", "two.sqlite"))
    init_db(one)
    init_db(two)
    serial = ingest_files(one, pubmed_files(), batch_size=10)
    parallel = ingest_files(two, pubmed_files(), batch_size=10, stages=pool)
    assert (parallel.records, parallel.articles, parallel.stored) == (serial.records, serial.articles, serial.stored)
    assert (parallel.records, parallel.stored.new) == (262, 261)
    assert database_digest(one) == database_digest(two)
    # 27 batches and the check's, on 2 workers: every worker that did any built its Extractor once.
    assert 1 <= len(pool.builds) <= 2 and set(pool.builds.values()) == {1}
    one.dispose()
    two.dispose()


def test_ingest_with_workers_stores_what_one_process_stores(two_dbs: tuple[str, str], update_file: Path) -> None:
    one, workers = two_dbs
    files = [*pubmed_files(), update_file]
    code, out_one, err = run("ingest", *files, "--batch-size", BATCH, "--db", one)
    assert code == 0, err
    code, out_workers, err = run("ingest", *files, "--batch-size", BATCH, "--workers", 2, "--db", workers)
    assert code == 0, err
    assert out_workers.replace(workers, one) == out_one
    assert "Read 563 records from 19 files: 561 new, 0 updated, 0 unchanged, 1 deleted." in out_one
    assert digest(workers) == digest(one)


def test_import_with_workers_stores_what_one_process_stores(tmp_path: Path, update_file: Path) -> None:
    one, workers = f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'workers.sqlite'}"
    files = [SEED, *MEDLINE, update_file]
    results = [run("import", *files, "--batch-size", 7, *extra, "--db", url) for url, extra in ((one, ()), (workers, ("--workers", 2)))]
    assert [r[0] for r in results] == [0, 0], results
    assert results[0][1] == results[1][1] and "deleted" in results[0][1]
    assert digest(workers) == digest(one)


def test_reextract_with_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    urls = [f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'workers.sqlite'}"]
    for url in urls:
        code, _, err = run("ingest", *pubmed_files(), "--quiet", "--db", url)
        assert code == 0, err
        engine = make_engine(url)
        with engine.begin() as conn:  # one stored record damaged: both runs skip it and say so
            raw = unpack_raw(conn.execute(select(ArticleRow.raw).where(ArticleRow.pmid == "35358095")).scalar_one())
            conn.execute(update(ArticleRow).where(ArticleRow.pmid == "35358095").values(raw=pack_raw(raw[: len(raw) // 2])))
        engine.dispose()
    one = run("reextract", "--all", "--batch-size", BATCH, "--db", urls[0])
    two = run("reextract", "--all", "--batch-size", BATCH, "--workers", 2, "--db", urls[1])
    assert one == two
    assert one[:2] == (0, "Re-extracted 260 records (0 already current, 1 skipped: its stored record could not be read).\n")
    assert digest(urls[0]) == digest(urls[1])


def test_update_with_workers_stores_what_one_process_stores(server: object, tmp_path: Path) -> None:
    urls = [f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'workers.sqlite'}"]
    outs = []
    for url, extra in zip(urls, ((), ("--workers", 2)), strict=True):
        code, _, err = run("searches", "add", "everything", "all", "--db", url)
        assert code == 0, err
        code, out, err = run("update", "--batch-size", BATCH, *extra, "--db", url)
        assert code == 0, err
        outs.append(out)
    assert outs[0] == outs[1] and "260 records found, 260 new" in outs[0]
    assert digest(urls[0]) == digest(urls[1])


def test_workers_warnings_are_printed_as_one_process_prints_them(tmp_path: Path) -> None:
    long_file = long_seed(tmp_path, 1_100_000)
    other = PUBMED / "metapub__35358095.xml"
    one = run("import", other, long_file, "--batch-size", 1, "--db", f"sqlite:///{tmp_path / 'one.sqlite'}")
    two = run("import", other, long_file, "--batch-size", 1, "--workers", 2, "--db", f"sqlite:///{tmp_path / 'two.sqlite'}")
    assert one == two and one[0] == 0
    (line,) = warning_lines(one[2])
    assert re.fullmatch(r"trialdb: warning: PMID 33472925: 1,1\d\d,\d\d\d characters of text, more than the extractor reads \(1,000,000\); "
                        r"kept with no facts extracted", line)


def test_the_digest_sees_every_stored_row_but_not_when_runs_ran(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    init_db(engine)
    ingest_files(engine, [SEED])
    before = table_digests(engine)
    with engine.begin() as conn:
        conn.execute(RunRow.__table__.insert().values(kind="ingest", started_at="2024-01-01T00:00:00+00:00", status="completed",
                                                      trialdb_version="x", extractor_version="y"))
    with_run = table_digests(engine)
    with engine.begin() as conn:
        conn.execute(update(RunRow).values(started_at="2025-06-01T12:00:00+00:00", finished_at="2025-06-01T12:01:00+00:00"))
    assert table_digests(engine) == with_run
    assert {t for t in with_run if with_run[t] != before[t]} == {"run"}
    with engine.begin() as conn:
        conn.execute(update(ArticleRow).where(ArticleRow.pmid == "33472925").values(journal="Another journal"))
    changed = {t for t, d in table_digests(engine).items() if d != with_run[t]}
    assert changed == {"article"}
    assert before["article"].startswith("1:") and before["article_fts"].startswith("1:")
    engine.dispose()


def test_the_progress_bar_shows_records_per_second() -> None:
    now = [0.0]
    progress = Progress(RateColumn(), get_time=lambda: now[0], auto_refresh=False)
    task = progress.add_task("ingesting", total=1000)
    assert str(RateColumn().render(progress.tasks[0])) == ""
    for _ in range(4):
        now[0] += 0.5
        progress.advance(task, 200)
    assert str(RateColumn().render(progress.tasks[0])) == "400 records/s"


# Runs in their own processes, stopped part-way.


def _stored(url: str) -> int:
    """Return the number of stored articles of a SQLite database (0 before it is made), read without SQLAlchemy: cheap."""
    path = url.removeprefix("sqlite:///")
    if not os.path.exists(path):
        return 0
    with closing(sqlite3.connect(path, timeout=PATIENCE)) as conn:
        try:
            return conn.execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is not made yet
            return 0


def _start(url: str, big: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """Start `trialdb ingest --workers 2` in its own session; return it and its workers' PIDs once 2 batches are stored."""
    child = subprocess.Popen(
        [sys.executable, "-m", "trialdb.cli", "ingest", str(big), "--batch-size", str(BATCH), "--workers", "2", "--quiet", "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + PATIENCE
    while _stored(url) < 2 * BATCH:
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            raise AssertionError(f"the ingest never stored two batches: {child.communicate()}")
        time.sleep(0.05)
    workers = [p.pid for p in psutil.Process(child.pid).children() if "spawn_main" in " ".join(p.cmdline())]
    assert len(workers) == 2
    return child, workers


def _finish(child: subprocess.Popen[str], workers: list[int]) -> str:
    """Wait for ``child`` to end and return its stderr; on running out of patience end it and its workers, and fail."""
    try:
        return child.communicate(timeout=PATIENCE)[1]
    except subprocess.TimeoutExpired:
        for pid in [child.pid, *workers]:
            if psutil.pid_exists(pid):
                psutil.Process(pid).kill()
        raise AssertionError(f"the ingest did not end: {child.communicate()}") from None


def _gone(pids: list[int]) -> bool:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return True
        time.sleep(0.05)
    return False


BIG = 1000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return baseline_file(tmp_path_factory.mktemp("big") / "pubmed25n0002.xml.gz", BIG)


@pytest.fixture(scope="module")
def clean_run(big_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The table digests of the big file ingested in one uninterrupted run, run log left out."""
    url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.sqlite'}"
    code, _, err = run("ingest", big_file, "--batch-size", BATCH, "--quiet", "--db", url)
    assert code == 0, err
    return {t: d for t, d in table_digests(make_engine(url)).items() if t != "run"}


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm", "sigkill"])
def test_a_stopped_run_keeps_whole_batches_leaves_no_worker_and_a_rerun_finishes(
    how: str, big_file: Path, clean_run: dict[str, str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    child, workers = _start(url, big_file)
    if how == "ctrl-c":
        os.killpg(child.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to the whole process group, workers included
    else:
        child.send_signal(signal.SIGTERM if how == "sigterm" else signal.SIGKILL)
    err = _finish(child, workers)
    kept = "whole batches already stored are kept, rerun to finish\n"
    expected = {"ctrl-c": (130, f"trialdb: error: interrupted; {kept}"), "sigterm": (143, f"trialdb: error: terminated (SIGTERM); {kept}"),
                "sigkill": (-signal.SIGKILL, "")}[how]
    assert (child.returncode, err) == expected
    assert _gone(workers)
    stored = _stored(url)
    assert stored % BATCH == 0 and 2 * BATCH <= stored < BIG
    code, _, err = run("ingest", big_file, "--batch-size", BATCH, "--workers", 2, "--quiet", "--db", url)
    assert code == 0, err
    code, out, err = run("log", "--format", "json", "--db", url)
    assert code == 0, err
    # Newest first; a stopped run is logged 'interrupted' (a killed one by the run after it) with exactly what it
    # stored: each batch writes its counts in its own transaction.
    (done, stopped) = json.loads(out)
    assert (done["status"], done["new"], stopped["status"], stopped["new"]) == ("completed", BIG - stored, "interrupted", stored)
    assert {t: d for t, d in table_digests(make_engine(url)).items() if t != "run"} == clean_run


def test_a_worker_that_dies_fails_the_run_in_one_line_and_keeps_whole_batches(big_file: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    child, workers = _start(url, big_file)
    os.kill(workers[0], signal.SIGKILL)
    err = _finish(child, workers)
    assert child.returncode == 7
    assert err.startswith("trialdb: error: a worker process ended without finishing its batch") and err.count("\n") == 1
    assert _gone(workers)
    assert _stored(url) % BATCH == 0
    code, out, _ = run("log", "--format", "json", "--db", url)
    assert code == 0 and json.loads(out)[0]["status"] == "failed"
