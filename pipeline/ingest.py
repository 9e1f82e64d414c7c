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
from trialdb.db.store import BatchResult, store_batch
from trialdb.extract import new_extractor
from trialdb.fetch import Article, Deletion, check_source, iter_records
from trialdb.pipeline.batches import batched

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


def count_records(paths: Sequence[str | Path]) -> int:
    """Check every file and return the number of records in all of them; raise InputError on a bad one."""
    return sum(check_source(p, allow_text=False) for p in paths)


def _records(paths: Sequence[str | Path]) -> Iterator[Article | Deletion]:
    for path in paths:
        yield from iter_records(path, allow_text=False)


def store_record_batches(
    engine: Engine,
    batches: Iterable[list[Article | Deletion]],
    extractor: Extractor,
    on_progress: ProgressCallback | None = None,
) -> tuple[BatchResult, int, set[str]]:
    """Extract and store each batch in its own transaction; return (counts, records read, PMIDs seen)."""
    stored = BatchResult()
    read = 0
    seen: set[str] = set()
    for batch in batches:
        items = []
        deleted: list[str] = []
        for rec in batch:
            if isinstance(rec, Deletion):
                deleted.extend(rec.pmids)
            else:
                items.append((rec, extractor.extract(rec)))
                if rec.pmid:
                    seen.add(rec.pmid)
        stored.add(store_batch(engine, items, deleted))
        read += len(batch)
        if on_progress is not None:
            on_progress(len(batch))
    refresh_statistics(engine, stored.new + stored.updated + stored.deleted)
    return stored, read, seen


def ingest_files(
    engine: Engine,
    paths: Sequence[str | Path],
    batch_size: int = 200,
    extractor: Extractor | None = None,
    on_progress: ProgressCallback | None = None,
    checked: bool = False,
) -> IngestReport:
    """Read, extract and store every record of ``paths``; return an IngestReport.

    ``checked`` says the files were already validated with count_records.
    """
    if not checked:
        count_records(paths)
    counted = _Counted(_records(paths))
    stored, read, _ = store_record_batches(engine, batched(counted, batch_size), extractor or new_extractor(), on_progress)
    return IngestReport(files=len(paths), records=read, articles=counted.articles, stored=stored)


class _Counted:
    """Passes records through, counting the Articles among them."""

    def __init__(self, records: Iterator[Article | Deletion]) -> None:
        self._records = records
        self.articles = 0

    def __iter__(self) -> Iterator[Article | Deletion]:
        for rec in self._records:
            if isinstance(rec, Article):
                self.articles += 1
            yield rec
