"""``--workers N``: N processes read and extract, this process cuts files into batches and stores what comes back.

Each worker builds its Extractor once, when it starts (spaCy's start-up paid once per process, however many batches
it then does). At most ``depth`` batches are in flight and results are taken in submission order, so memory stays
bounded by the batch size and batches are stored in the order the files give, each in its own transaction, exactly
as one process stores them.

Workers ignore SIGINT and SIGTERM: this process owns them. On Ctrl-C or SIGTERM it stops submitting, lets each
worker finish the batch in hand (nothing of it is stored) and ends them; a worker whose parent is gone (killed
outright) exits by itself. A worker that dies (killed, out of memory) ends the others and fails the run with
WorkerError (exit 7); the batches stored before stay, and a rerun finishes.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from trialdb.extract.version import EXTRACTOR_VERSION
from trialdb.fetch import Article, Deletion, check_source
from trialdb.pipeline.chunks import Chunk, chunk_batches, read_batch, whole_files
from trialdb.pipeline.stages import ExecutorError, ExtractedBatch, StoredRecord, extract_records, extract_stored_records, in_order, take_warnings

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor

_QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"
#: Seconds a worker is given to finish the batch in hand when the pool closes.
STOP_PATIENCE = 60.0
P = TypeVar("P")
R = TypeVar("R")


class WorkerError(ExecutorError):
    """A worker process ended without finishing its batch (killed, out of memory); what was stored stays."""


#: This process's Extractor, one per thread (a Dask worker may run tasks on several threads).
_local = threading.local()
#: Extractors this process has built (a worker process builds one; tests check it).
_builds = 0


def worker_extractor() -> Extractor:
    """Return this worker's Extractor, built on first use (once per worker process, or per thread of a Dask worker)."""
    global _builds
    ex: Extractor | None = getattr(_local, "extractor", None)
    if ex is None:
        from trialdb.extract import new_extractor

        ex = _local.extractor = new_extractor()
        _builds += 1
    return ex


def _start_worker() -> None:
    """Initialise a worker: leave signals to the parent, exit when it is gone, build the Extractor."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True, name="trialdb-watch-parent").start()
    worker_extractor()


def _exit_with_parent() -> None:
    process = multiprocessing.parent_process()
    if process is not None:
        multiprocessing.connection.wait([process.sentinel])
    os._exit(0)


def _task(fn: Callable[[P], R], payload: P) -> tuple[int, int, R]:
    """Run one task in a worker; return (process ID, Extractors it has built, the task's value)."""
    value = fn(payload)
    return os.getpid(), _builds, value


def _ready(_: object) -> None:
    return None


def _check(path: str) -> int:
    return check_source(path, allow_text=False)


def _read(batch: list[Chunk]) -> ExtractedBatch:
    ex = worker_extractor()
    return take_warnings(extract_records(read_batch(batch), ex), ex)


def _extract(records: list[Article | Deletion]) -> ExtractedBatch:
    ex = worker_extractor()
    return take_warnings(extract_records(records, ex), ex)


def _extract_stored(rows: list[StoredRecord]) -> ExtractedBatch:
    ex = worker_extractor()
    return take_warnings(extract_stored_records(rows, ex), ex)


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT while workers start: a spawned process starts with the dispositions of its parent, so it never
    sees a Ctrl-C before its initializer has ignored it (no traceback from a half-started worker)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class WorkerPool:
    """The pure stages on ``workers`` processes of this machine; a context manager (the processes end with it)."""

    def __init__(self, workers: int, depth: int | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.depth = depth or 2 * workers
        self.version = EXTRACTOR_VERSION
        self.warnings: list[str] = []
        # The resource tracker (started with the pool, it frees the pool's semaphores if this process is killed
        # outright) would then also print a warning about them: the -W flags it starts with keep it quiet.
        if _QUIET_TRACKER not in sys.warnoptions:
            sys.warnoptions.append(_QUIET_TRACKER)
        # spawn: a fresh interpreter per worker (no copy of this process's database connections or threads).
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
        )
        #: Extractors built by each worker process, by process ID, as its tasks report.
        self.builds: dict[int, int] = {}
        before = set(multiprocessing.active_children())
        with _sigint_ignored():
            # One task per worker starts them all now (a spawn pool starts a process per task while none is idle).
            self._starting = [self._pool.submit(_task, _ready, None) for _ in range(workers)]
        self._processes = [p for p in multiprocessing.active_children() if p not in before]

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers: queued batches are dropped, each running one is let finish; return once they are gone."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in self._processes:
            process.join(STOP_PATIENCE)
        self._kill()  # any still there is stuck (or waits on a broken pool's SIGTERM, which workers ignore)
        self._pool.shutdown(wait=True)

    def _kill(self) -> None:
        """End every worker at once (SIGKILL): after one died, the pool's own SIGTERM would wait on workers that ignore it."""
        for process in self._processes:
            if process.is_alive():
                process.kill()

    def count(self, paths: Sequence[str | Path]) -> int:
        """Check every file with fetch.check_source, as one process does; return the records; raise InputError on a bad one.

        One file is checked here, while the workers start; several are checked one a task on the workers.
        """
        if len(paths) <= 1:
            return sum(check_source(p, allow_text=False) for p in paths)
        return sum(self._map(_check, [str(p) for p in paths]))

    def read(self, paths: Sequence[str | Path], batch_size: int) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of the files' records, in file order."""
        return self._batches(_read, chunk_batches(whole_files(paths), batch_size))

    def extract(self, batches: Iterable[list[Article | Deletion]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of records already read, in order."""
        return self._batches(_extract, (list(b) for b in batches))

    def extract_stored(self, batches: Iterable[list[StoredRecord]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of stored records, in order."""
        return self._batches(_extract_stored, (list(b) for b in batches))

    def _batches(self, fn: Callable[[P], ExtractedBatch], payloads: Iterable[P]) -> Iterator[ExtractedBatch]:
        for batch in self._map(fn, payloads):
            self.warnings.extend(batch.warnings)
            yield batch

    def _map(self, fn: Callable[[P], R], payloads: Iterable[P]) -> Iterator[R]:
        try:
            yield from in_order(lambda p: self._submit(fn, p), payloads, self.depth)
        except BrokenProcessPool:
            self._kill()
            raise WorkerError(
                "a worker process ended without finishing its batch (killed, or out of memory?); whole batches already stored are "
                "kept, rerun to finish (with fewer --workers or a smaller --batch-size if memory is short)"
            ) from None

    def _submit(self, fn: Callable[[P], R], payload: P) -> _Unwrapped[R]:
        return _Unwrapped(self._pool.submit(_task, fn, payload), self.builds)


class _Unwrapped(Generic[R]):
    """A worker task's future whose result is the task's value, its worker's Extractor count noted on the way."""

    def __init__(self, future: Future[tuple[int, int, R]], builds: dict[int, int]) -> None:
        self._future = future
        self._builds = builds

    def result(self) -> R:
        """Return the task's value (raise its exception); record how many Extractors its worker has built."""
        pid, built, value = self._future.result()
        self._builds[pid] = built
        return value
