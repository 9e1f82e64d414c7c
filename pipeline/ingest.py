"""Ingest: read PubMed files, extract every record, and store the facts, one transaction per batch.

Every file is read through once before anything is stored, so a malformed or
truncated file changes nothing; a killed run leaves whole batches only, and a
rerun finishes the job (writes are idempotent upserts).

ingest_files writes no run-log entry (library use, benchmarks); the `ingest`
command goes through pipeline.runs.import_files, which logs its run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from trialdb.db.statistics import refresh_statistics
from trialdb.db.store import BatchHook, BatchResult, store_batch
from trialdb.extract import new_extractor
from trialdb.fetch import Article, Deletion, check_source
from trialdb.pipeline.stages import ExtractedBatch, InProcess, Stages, extract_records

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor

ProgressCallback = Callable[[int], None]


@dataclass
class IngestReport:
    """What an ingest did: files and records read, and the store's counts."""

    files: int = 0
    records: int = 0
    articles: int = 0
    stored: BatchResult = field(default_factory=BatchResult)


def count_records(paths: Sequence[str | Path], stages: Stages | None = None) -> int:
    """Check every file and return the number of records in all of them; raise InputError on a bad one.

    ``stages`` runs the check (a WorkerPool reads the files on its workers); by default it runs here.
    """
    if stages is not None:
        return stages.count(paths)
    return sum(check_source(p, allow_text=False) for p in paths)


def store_extracted(
    engine: Engine, batches: Iterable[ExtractedBatch], on_progress: ProgressCallback | None = None, force: bool = False,
    in_transaction: BatchHook | None = None,
) -> tuple[BatchResult, int, set[str]]:
    """Store each extracted batch in its own transaction, in order; return (counts, records read, PMIDs seen).

    ``in_transaction`` runs inside each batch's transaction (store_batch), also for a batch with nothing to store.
    The planner statistics are refreshed at the end when the batches changed a large share of the rows.
    """
    stored = BatchResult()
    read = 0
    seen: set[str] = set()
    for batch in batches:
        if batch.items or batch.deleted:
            stored.add(store_batch(engine, batch.items, batch.deleted, force=force, in_transaction=in_transaction))
        elif in_transaction is not None:
            with engine.begin() as conn:
                in_transaction(conn, BatchResult())
        seen |= batch.pmids
        read += batch.size
        if on_progress is not None:
            on_progress(batch.size)
    refresh_statistics(engine, stored.new + stored.updated + stored.deleted)
    return stored, read, seen


def store_record_batches(
    engine: Engine,
    batches: Iterable[list[Article | Deletion]],
    extractor: Extractor,
    on_progress: ProgressCallback | None = None,
) -> tuple[BatchResult, int, set[str]]:
    """Extract and store each batch in its own transaction; return (counts, records read, PMIDs seen)."""
    return store_extracted(engine, (extract_records(b, extractor) for b in batches), on_progress)


def ingest_files(
    engine: Engine,
    paths: Sequence[str | Path],
    batch_size: int = 200,
    extractor: Extractor | None = None,
    on_progress: ProgressCallback | None = None,
    checked: bool = False,
    stages: Stages | None = None,
) -> IngestReport:
    """Read, extract and store every record of ``paths``; return an IngestReport.

    ``checked`` says the files were already validated with count_records. ``stages`` reads and extracts (a
    WorkerPool, a DaskStages); by default this process does, with ``extractor`` (or a new one).
    """
    stages = stages or InProcess(extractor or new_extractor())
    if not checked:
        count_records(paths, stages)
    counted = _Counted(stages.read(paths, batch_size))
    stored, read, _ = store_extracted(engine, counted, on_progress)
    return IngestReport(files=len(paths), records=read, articles=counted.articles, stored=stored)


class _Counted:
    """Passes extracted batches through, counting the Articles among them."""

    def __init__(self, batches: Iterator[ExtractedBatch]) -> None:
        self._batches = batches
        self.articles = 0

    def __iter__(self) -> Iterator[ExtractedBatch]:
        for batch in self._batches:
            self.articles += batch.articles
            yield batch
