"""The pure stages of a run, read -> extract, and the executors that run them; the one writer stores their output.

An executor (``Stages``) turns files, fetched batches or stored raw records into ``ExtractedBatch`` es, in input
order, one per batch of the caller's batch size: ``InProcess`` here (today's single process), ``WorkerPool``
(pipeline/workers.py: processes on this machine) and ``DaskStages`` (pipeline/dask_executor.py: a Dask cluster).
Each yields the same batches with the same contents, so the database a run leaves does not depend on the executor.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from trialdb.errors import InputError, TrialdbError
from trialdb.extract.version import EXTRACTOR_VERSION
from trialdb.fetch import Article, Deletion, check_source, iter_records
from trialdb.fetch.files import article_from_raw
from trialdb.pipeline.batches import batched

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor
    from trialdb.extract.facts import TrialFacts

#: A stored record as reextract reads it: (PMID, raw record, raw format).
StoredRecord = tuple[str, str, str]
P = TypeVar("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class ExecutorError(TrialdbError):
    """The workers of a run failed or cannot be reached (a worker process died, a Dask scheduler is not there)."""

    exit_code = 7


@dataclass
class ExtractedBatch:
    """One batch after read and extract: what the writer stores in one transaction."""

    #: Records the batch stands for (deletions and unreadable stored records included): what the progress bar counts.
    size: int
    items: list[tuple[Article, TrialFacts]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    #: (PMID, one-line reason) of each stored record that could not be read (reextract skips it).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: The extractor's warnings for this batch, when it ran in another process (else they stay in its ``warnings``).
    warnings: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        """Return the number of articles in the batch (deletions and skipped records not counted)."""
        return len(self.items)

    @property
    def pmids(self) -> set[str]:
        """Return the PMIDs of the batch's articles."""
        return {a.pmid for a, _ in self.items if a.pmid}


class Stages(Protocol):
    """An executor of the pure stages; every method yields batches in input order."""

    #: The version of the extractor the stages run.
    version: str
    #: The extractor's warnings so far (records too long to extract), for the caller to print.
    warnings: list[str]

    def count(self, paths: Sequence[str | Path]) -> int:
        """Check every file with the reader that storing uses; return its records; raise InputError on a bad one."""
        ...

    def read(self, paths: Sequence[str | Path], batch_size: int) -> Iterator[ExtractedBatch]:
        """Read and extract the records of ``paths`` (already checked), in batches of ``batch_size`` across files."""
        ...

    def extract(self, batches: Iterable[list[Article | Deletion]]) -> Iterator[ExtractedBatch]:
        """Extract batches of records already read (fetched from PubMed)."""
        ...

    def extract_stored(self, batches: Iterable[list[StoredRecord]]) -> Iterator[ExtractedBatch]:
        """Rebuild stored records from their raw form and extract them (reextract); unreadable ones are skipped."""
        ...


def extract_records(records: Iterable[Article | Deletion], extractor: Extractor) -> ExtractedBatch:
    """Return the ExtractedBatch of one batch of records: each Article with its facts, each Deletion's PMIDs."""
    batch = ExtractedBatch(size=0)
    for rec in records:
        batch.size += 1
        if isinstance(rec, Deletion):
            batch.deleted.extend(rec.pmids)
        else:
            batch.items.append((rec, extractor.extract(rec)))
    return batch


def extract_stored_records(rows: Sequence[StoredRecord], extractor: Extractor) -> ExtractedBatch:
    """Return the ExtractedBatch of stored records rebuilt from their raw form; those that cannot be read are skipped."""
    batch = ExtractedBatch(size=len(rows))
    for pmid, raw, raw_format in rows:
        try:
            article = article_from_raw(raw, raw_format)
        except InputError as exc:
            batch.skipped.append((pmid, " ".join(exc.message.split())))
            continue
        batch.items.append((article, extractor.extract(article)))
    return batch


def file_records(paths: Sequence[str | Path]) -> Iterator[Article | Deletion]:
    """Yield the records of every file in order, as storing reads them (plain text refused)."""
    for path in paths:
        yield from iter_records(path, allow_text=False)


class InProcess:
    """The stages in this process, one batch after another, with one Extractor (its warnings stay in it).

    Without ``extractor`` one is built when the first record is extracted (a check that fails costs no spaCy start-up).
    """

    def __init__(self, extractor: Extractor | None = None) -> None:
        self._extractor = extractor
        self.version = extractor.version if extractor is not None else EXTRACTOR_VERSION
        self.warnings: list[str] = extractor.warnings if extractor is not None else []

    @property
    def extractor(self) -> Extractor:
        """Return the Extractor, building it on first use."""
        if self._extractor is None:
            from trialdb.extract import new_extractor

            self._extractor = new_extractor()
            self._extractor.warnings = self.warnings
        return self._extractor

    def count(self, paths: Sequence[str | Path]) -> int:
        """Check every file and return the number of records in all of them; raise InputError on a bad one."""
        return sum(check_source(p, allow_text=False) for p in paths)

    def read(self, paths: Sequence[str | Path], batch_size: int) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of the files' records."""
        return self.extract(batched(file_records(paths), batch_size))

    def extract(self, batches: Iterable[list[Article | Deletion]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch."""
        for batch in batches:
            yield extract_records(batch, self.extractor)

    def extract_stored(self, batches: Iterable[list[StoredRecord]]) -> Iterator[ExtractedBatch]:
        """Yield the ExtractedBatch of each batch of stored records."""
        for rows in batches:
            yield extract_stored_records(rows, self.extractor)


class Result(Protocol[R_co]):
    """What an executor's submit returns: concurrent.futures and Dask futures alike."""

    def result(self) -> R_co:
        """Return the task's value, or raise its exception."""
        ...


def in_order(submit: Callable[[P], Result[R]], payloads: Iterable[P], depth: int) -> Iterator[R]:
    """Run ``submit`` on each payload with at most ``depth`` in flight; yield the results in payload order.

    The next payload is submitted before a result is handed on, so workers stay busy while the caller stores it.
    When making the payloads fails (a file that turns out malformed), the results already submitted come first,
    so the first error in input order is the one raised, as reading in one process would raise it.
    """
    pending: deque[Result[R]] = deque()
    source = iter(payloads)
    failure: BaseException | None = None

    def refill() -> None:
        nonlocal failure
        while failure is None and len(pending) < depth:
            try:
                payload = next(source)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 - raised after the results before it
                failure = exc
                return
            pending.append(submit(payload))

    refill()
    while pending:
        value = pending.popleft().result()
        refill()
        yield value
    if failure is not None:
        raise failure


def take_warnings(batch: ExtractedBatch, extractor: Extractor) -> ExtractedBatch:
    """Move the extractor's warnings into ``batch`` (for a batch extracted in another process); return the batch."""
    batch.warnings = list(extractor.warnings)
    extractor.warnings.clear()
    return batch
