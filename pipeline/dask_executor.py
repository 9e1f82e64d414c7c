"""``--executor dask``: the pure stages mapped over files and batches on a Dask distributed cluster.

The workers read the files themselves (every worker must see them at the same path: a shared file system): first
one check task per file (the whole-file check, before anything is stored), then one task per span of consecutive
batches (``TASK_RECORDS`` records), which reads its records, extracts them and returns them batch by batch. This
process, the one writer, takes the tasks' results in file order and stores each batch in its own transaction, as a
single process does, so the database is the same. At most ``depth`` tasks are in flight, which bounds this
process's memory.

dask is imported only here, and only when the executor is asked for.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from trialdb.errors import InputError, TrialdbError
from trialdb.extract.version import EXTRACTOR_VERSION
from trialdb.fetch import Article, Deletion, check_source
from trialdb.pipeline.chunks import Part, chunk_batches, read_batch
from trialdb.pipeline.stages import ExecutorError, ExtractedBatch, StoredRecord, extract_records, extract_stored_records, in_order, take_warnings
from trialdb.pipeline.workers import worker_extractor

#: Records per read task: large enough that the scan to a task's first record (the file is read from its start)
#: costs little next to reading and extracting the task's own records.
TASK_RECORDS = 2000
#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = 10.0


class ClusterError(ExecutorError):
    """The Dask scheduler cannot be reached, or the cluster failed during the run."""


def count_file(path: str, name: str) -> int:
    """Check one file on a worker with fetch.check_source, as one process does; return its records.

    Raises the InputError one process would raise, naming the file ``name`` (as given) rather than ``path``.
    """
    try:
        return check_source(path, allow_text=False)
    except InputError as exc:
        raise type(exc)(exc.message.replace(path, name)) from None


def read_parts(parts: list[Part], batch_size: int) -> list[ExtractedBatch]:
    """Read and extract the records of ``parts`` on a worker; return them in batches of ``batch_size``."""
    ex = worker_extractor()
    return [take_warnings(extract_records(read_batch(batch), ex), ex) for batch in chunk_batches(parts, batch_size)]


def extract_batch(records: list[Article | Deletion]) -> ExtractedBatch:
    """Extract one batch of records already read, on a worker."""
    ex = worker_extractor()
    return take_warnings(extract_records(records, ex), ex)


def extract_stored_batch(rows: list[StoredRecord]) -> ExtractedBatch:
    """Rebuild and extract one batch of stored records, on a worker."""
    ex = worker_extractor()
    return take_warnings(extract_stored_records(rows, ex), ex)


def plan_tasks(files: Sequence[tuple[str, str]], counts: Sequence[int], span: int) -> Iterator[list[Part]]:
    """Yield the Parts of each read task: records [k * span, (k + 1) * span) of the files taken as one stream.

    ``span`` is a whole number of batches, so every task starts on a batch boundary and the tasks' batches are those
    of reading the files in one process.
    """
    task: list[Part] = []
    room = span
    for (path, name), n in zip(files, counts, strict=True):
        start = 0
        while start < n:
            take = min(room, n - start)
            task.append(Part(path, name, start, start + take))
            start += take
            room -= take
            if room == 0:
                yield task
                task, room = [], span
    if task:
        yield task


class DaskStages:
    """The pure stages on a Dask cluster, through ``client`` (a dask.distributed.Client)."""

    def __init__(self, client: Any, task_records: int = TASK_RECORDS, depth: int | None = None) -> None:
        self.client = client
        self.version = EXTRACTOR_VERSION
        self.warnings: list[str] = []
        self.task_records = task_records
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values())
        self.depth = depth or max(2, 2 * threads)
        self._counts: dict[str, int] = {}

    def count(self, paths: Sequence[str | Path]) -> int:
        """Check every file on the workers (one task a file); return the records; raise InputError on a bad one."""
        files = _files(paths)
        with _cluster_errors():
            futures = self.client.map(count_file, [f for f, _ in files], [n for _, n in files], pure=False)
            try:
                counts = [f.result() for f in futures]
            finally:
                self.client.cancel(futures)
        self._counts.update({f: n for (f, _), n in zip(files, counts, strict=True)})
        return sum(counts)

    def read(self, paths: Sequence[str | Path], batch_size: int) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of the files' records, in file order (checking files not yet checked)."""
        files = _files(paths)
        unchecked = [n for f, n in files if f not in self._counts]
        if unchecked:
            self.count(unchecked)
        span = max(1, self.task_records // batch_size) * batch_size
        plan = plan_tasks(files, [self._counts[f] for f, _ in files], span)
        with _cluster_errors():
            for batches in in_order(lambda parts: self.client.submit(read_parts, parts, batch_size, pure=False), plan, self.depth):
                for batch in batches:
                    self.warnings.extend(batch.warnings)
                    yield batch

    def extract(self, batches: Iterable[list[Article | Deletion]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of records already read, in order."""
        with _cluster_errors():
            for batch in in_order(lambda b: self.client.submit(extract_batch, list(b), pure=False), batches, self.depth):
                self.warnings.extend(batch.warnings)
                yield batch

    def extract_stored(self, batches: Iterable[list[StoredRecord]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of stored records, in order."""
        with _cluster_errors():
            for batch in in_order(lambda b: self.client.submit(extract_stored_batch, list(b), pure=False), batches, self.depth):
                self.warnings.extend(batch.warnings)
                yield batch


def _files(paths: Sequence[str | Path]) -> list[tuple[str, str]]:
    """Return (absolute path, name as given) of each file: the workers open the first, messages name the second."""
    return [(str(Path(p).resolve()), str(p)) for p in paths]


@contextmanager
def _cluster_errors() -> Iterator[None]:
    """Let trialdb's own errors through (a bad file) and turn a failing cluster into one ClusterError."""
    try:
        yield
    except (TrialdbError, KeyboardInterrupt, GeneratorExit):
        raise
    except Exception as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise ClusterError(
            f"the Dask cluster failed during the run ({type(exc).__name__}: {detail[:300]}); whole batches already stored are kept, "
            "rerun to finish (every worker needs trialdb installed and the files at the same path)"
        ) from None


@contextmanager
def dask_stages(scheduler: str | None = None, workers: int | None = None) -> Iterator[DaskStages]:
    """Yield DaskStages on the cluster whose scheduler is at ``scheduler``, or on a LocalCluster of ``workers`` processes.

    Raises ClusterError, before anything is read or stored, when the scheduler cannot be reached.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--executor dask needs Dask: pip install 'dask[distributed]'") from None
    # Dask logs a failed connection and each retry on stderr; trialdb says what went wrong in its one line.
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise ClusterError(
                f"cannot reach the Dask scheduler at {scheduler} ({detail[:200]}); start one with 'dask scheduler' and workers with "
                "'dask worker ADDRESS', or check the address; nothing was stored"
            ) from None
    else:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL
        )
        client = Client(cluster, set_as_default=False)
    try:
        yield DaskStages(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
