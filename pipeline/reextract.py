"""Re-extract stored records from their raw form, without refetching, in batches."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArticleRow, TrialRow
from trialdb.db.store import BatchResult, store_batch
from trialdb.errors import InputError
from trialdb.extract import Extractor
from trialdb.fetch import Article
from trialdb.fetch.files import article_from_raw
from trialdb.pipeline.ingest import ProgressCallback


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
    return len(_stale(engine, Extractor().version, older_than, everything))


def _articles(engine: Engine, pmids: list[str], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(pmids), size):
        chunk = pmids[i : i + size]
        with engine.connect() as conn:
            rows = conn.execute(
                select(ArticleRow.raw, ArticleRow.raw_format).where(ArticleRow.pmid.in_(chunk)).order_by(ArticleRow.pmid)  # type: ignore[attr-defined]
            ).all()
        yield [article_from_raw(raw, fmt) for raw, fmt in rows]


def reextract(
    engine: Engine, older_than: str | None = None, everything: bool = False, batch_size: int = 200,
    extractor: Extractor | None = None, on_progress: ProgressCallback | None = None,
) -> BatchResult:
    """Re-run extraction on stored records (all, those older than a version, or those not current)."""
    ex = extractor or Extractor()
    pmids = _stale(engine, ex.version, older_than, everything)
    result = BatchResult()
    for articles in _articles(engine, pmids, batch_size):
        items = [(a, ex.extract(a)) for a in articles]
        result.add(store_batch(engine, items, force=everything))
        if on_progress is not None:
            on_progress(len(items))
    return result

