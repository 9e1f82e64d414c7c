"""Re-extract stored records from their raw form, without refetching, in batches."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArticleRow, TrialRow
from trialdb.db.raw import unpack_raw
from trialdb.db.store import BatchResult, store_batch
from trialdb.errors import InputError
from trialdb.extract import EXTRACTOR_VERSION, new_extractor
from trialdb.pipeline.ingest import ProgressCallback
from trialdb.pipeline.stages import InProcess, Stages, StoredRecord

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor

#: Called with the PMID and the one-line reason for each stored record that cannot be read and is skipped.
SkipCallback = Callable[[str, str], None]


@dataclass
class ReextractResult(BatchResult):
    """What a reextract changed (the store's counts), and how many stored records it skipped as unreadable."""

    skipped: int = 0


def version_key(version: str) -> tuple[int, ...]:
    """Return a version string as a tuple of integers for ordering ('1.10.0' > '1.9.2')."""
    try:
        return tuple(int(p) for p in version.strip().split("."))
    except ValueError:
        raise InputError(f"bad version {version!r}; use numbers like 1.0.0") from None


def _stale(engine: Engine, current: str, older_than: str | None, everything: bool) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(select(TrialRow.pmid, TrialRow.extractor_version).order_by(TrialRow.pmid)).all()
    if everything:
        return [p for p, _ in rows]
    limit = version_key(older_than or current)
    return [p for p, v in rows if (version_key(v) < limit if older_than else v != current)]


def count_stale(engine: Engine, older_than: str | None = None, everything: bool = False) -> int:
    """Return how many records a reextract with these options would redo."""
    return len(_stale(engine, EXTRACTOR_VERSION, older_than, everything))


def warn_unreadable(pmid: str, reason: str) -> None:
    """Print one warning line on stderr for a stored record that reextract skips; return None."""
    print(
        f"trialdb: warning: PMID {pmid}: its stored record cannot be read ({reason}); skipped, its facts are left as they were "
        f"(fetch it again to replace it: trialdb fetch --pmid {pmid})",
        file=sys.stderr,
    )


def _stored(engine: Engine, pmids: list[str], size: int) -> Iterator[list[StoredRecord]]:
    """Yield the stored (PMID, raw, format) of each chunk of ``pmids``, in PMID order."""
    for i in range(0, len(pmids), size):
        chunk = pmids[i : i + size]
        with engine.connect() as conn:
            rows = conn.execute(
                select(ArticleRow.pmid, ArticleRow.raw, ArticleRow.raw_format).where(ArticleRow.pmid.in_(chunk)).order_by(ArticleRow.pmid)  # type: ignore[attr-defined]
            ).all()
        yield [(pmid, unpack_raw(raw), fmt) for pmid, raw, fmt in rows]


def reextract(
    engine: Engine, older_than: str | None = None, everything: bool = False, batch_size: int = 200,
    extractor: Extractor | None = None, on_progress: ProgressCallback | None = None, on_skip: SkipCallback | None = None,
    stages: Stages | None = None,
) -> ReextractResult:
    """Re-run extraction on stored records (all, those older than a version, or those not current); return the counts.

    A stored record that cannot be read is skipped and left as it is, reported through ``on_skip`` (by default a
    warning line on stderr) and counted in ``skipped``, and the run goes on. ``stages`` rebuilds and extracts the
    records (a WorkerPool); by default this process does, with ``extractor``. Each batch is stored in its own
    transaction, in PMID order, whichever runs them.
    """
    stages = stages or InProcess(extractor or new_extractor())
    pmids = _stale(engine, stages.version, older_than, everything)
    result = ReextractResult()
    report = on_skip or warn_unreadable
    for batch in stages.extract_stored(_stored(engine, pmids, batch_size)):
        for pmid, reason in batch.skipped:
            result.skipped += 1
            report(pmid, reason)
        if batch.items:
            result.add(store_batch(engine, batch.items, force=everything))
        if on_progress is not None:
            on_progress(batch.size)
    return result

