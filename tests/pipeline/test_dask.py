"""--executor dask: the read and extract stages on a Dask cluster (here a LocalCluster of 2 worker processes), one writer
here; the database is the one a single process makes, a bad file is refused before anything is stored, and an
unreachable scheduler is one line and exit 7 with nothing stored."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask.distributed import LocalCluster
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.pipeline import dask_executor
from trialdb.pipeline.chunks import Part
from trialdb.pipeline.dask_executor import plan_tasks

from ..conftest import FIXTURES, ROOT, SEED, pubmed_files
from .test_workers import baseline_file, digest, two_dbs  # noqa: F401 - two_dbs is a fixture

MEDLINE = sorted((FIXTURES / "medline").glob("*.txt"))
BATCH = 20


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster of two worker processes, one thread each."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The bundled records, a baseline-style file of 200 more, and an update file: 20 more and the seed record deleted."""
    folder = tmp_path_factory.mktemp("baseline")
    baseline = baseline_file(folder / "pubmed25n0001.xml.gz", 200)
    update = baseline_file(folder / "pubmed25n1300.xml.gz", 20, delete=("33472925",), first=91_000_001)
    return [*pubmed_files(), baseline, update]


@pytest.fixture
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tasks of 3 batches: many tasks, several starting inside a file and several spanning two files.
    monkeypatch.setattr(dask_executor, "TASK_RECORDS", 3 * BATCH)


def test_tasks_start_on_batch_boundaries_across_files() -> None:
    tasks = list(plan_tasks([("/a", "a"), ("/b", "b"), ("/c", "c")], [50, 0, 25], 40))
    assert tasks == [
        [Part("/a", "a", 0, 40)],
        [Part("/a", "a", 40, 50), Part("/c", "c", 0, 25)],
    ]
    assert [sum(p.stop - p.start for p in t) for t in plan_tasks([("/a", "a")], [100], 20)] == [20] * 5


@pytest.mark.usefixtures("small_tasks")
def test_dask_ingest_stores_what_one_process_stores(scheduler: str, files: list[Path], two_dbs: tuple[str, str]) -> None:  # noqa: F811
    one, cluster = two_dbs
    code, out_one, err = run("ingest", *files, "--batch-size", BATCH, "--db", one)
    assert code == 0, err
    code, out_dask, err = run("ingest", *files, "--batch-size", BATCH, "--scheduler", scheduler, "--db", cluster)
    assert code == 0, err
    assert out_dask.replace(cluster, one) == out_one
    assert "Read 483 records from 20 files: 481 new, 0 updated, 0 unchanged, 1 deleted." in out_one
    assert digest(cluster) == digest(one)


@pytest.mark.usefixtures("small_tasks")
def test_dask_import_of_medline_and_baseline_files_stores_what_one_process_stores(scheduler: str, files: list[Path], tmp_path: Path) -> None:
    one, cluster = f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'dask.sqlite'}"
    paths = [*MEDLINE, files[-2], SEED, files[-1]]
    on_dask = ("--executor", "dask", "--scheduler", scheduler)
    results = [run("import", *paths, "--batch-size", 7, *extra, "--db", url) for url, extra in ((one, ()), (cluster, on_dask))]
    assert [r[0] for r in results] == [0, 0], results
    assert results[0][1] == results[1][1] and "235 records found, 235 new, 0 revised, 0 unchanged, 1 deleted" in results[0][1]
    assert digest(cluster) == digest(one)


def test_a_bad_file_is_refused_on_the_cluster_as_here_and_nothing_is_stored(scheduler: str, tmp_path: Path) -> None:
    bad = ROOT / "tests" / "data" / "hostile" / "pmid-17-digits.xml"
    here = run("ingest", SEED, bad, "--db", f"sqlite:///{tmp_path / 'one.sqlite'}")
    there = run("ingest", SEED, bad, "--scheduler", scheduler, "--db", f"sqlite:///{tmp_path / 'dask.sqlite'}")
    assert there == here and here[0] == 2 and here[2].startswith(f"trialdb: error: {bad}: ")
    assert not (tmp_path / "dask.sqlite").exists()


def test_an_unreachable_scheduler_is_one_line_and_nothing_is_stored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", 1.0)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    code, out, err = run("ingest", SEED, "--scheduler", address, "--db", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert (code, out) == (7, "")
    assert err.startswith(f"trialdb: error: cannot reach the Dask scheduler at {address} (") and err.endswith("nothing was stored\n")
    assert err.count("\n") == 1
    assert not (tmp_path / "db.sqlite").exists()


def test_executor_dask_without_a_scheduler_starts_a_local_cluster(tmp_path: Path) -> None:
    code, out, err = run("ingest", SEED, "--executor", "dask", "--workers", 1, "--db", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert code == 0, err
    assert out.startswith("Read 1 records from 1 file: 1 new, 0 updated, 0 unchanged, 0 deleted.")


def test_search_imports_no_dask(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    code, _, err = run("ingest", SEED, "--quiet", "--db", url)
    assert code == 0, err
    script = (
        "import sys\n"
        "from trialdb.cli.app import app\n"
        f"app(['search', 'stem cells', '--db', {url!r}], standalone_mode=False)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
