"""Runs against PubMed and offline files, each recorded in the run log: fetch, update, import.

A run is logged as 'running' when it starts and 'completed' only when every
record is stored; a saved search moves on to its next window only then, so an
interrupted update, run again, redoes the same window (upserts make that safe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from trialdb.db.lock import update_lock
from trialdb.db.runs import SavedSearch, add_search_members, finish_run, get_saved_search, list_saved_searches, now_utc, start_run
from trialdb.db.store import BatchResult
from trialdb.errors import NotFoundError, TrialdbError
from trialdb.extract import Extractor
from trialdb.fetch import Article, Deletion
from trialdb.fetch.article import canonical_pmid
from trialdb.fetch.eutils import EutilsClient
from trialdb.fetch.pubmed_search import SearchPlan, fetch_plan, fetch_pmids, plan_search, with_date_range
from trialdb.pipeline.ingest import ProgressCallback, count_records, ingest_files, store_record_batches

#: Days an update's window reaches back before the last complete run (PubMed dates records late).
UPDATE_OVERLAP_DAYS = 3
TotalCallback = Callable[[int], None]


@dataclass
class RunReport:
    """The outcome of one logged run."""

    run_id: int
    kind: str
    query: str | None
    query_translation: str | None = None
    found: int = 0
    stored: BatchResult = field(default_factory=BatchResult)
    failed: int = 0
    saved_search: str | None = None

    def counts(self) -> dict[str, int]:
        """Return the run log's count columns."""
        return {
            "found": self.found, "new": self.stored.new, "revised": self.stored.updated, "unchanged": self.stored.unchanged,
            "deleted": self.stored.deleted, "failed": self.failed,
        }


def _logged(engine: Engine, report: RunReport, body: Callable[[], None], success: tuple[str, str] | None = None) -> RunReport:
    """Run ``body``; close the run log entry as completed, failed or interrupted."""
    try:
        body()
    except TrialdbError as exc:
        finish_run(engine, report.run_id, "failed", report.counts(), report.query_translation, exc.message)
        raise
    except KeyboardInterrupt:
        finish_run(engine, report.run_id, "interrupted", report.counts(), report.query_translation, "interrupted")
        raise
    finish_run(engine, report.run_id, "completed", report.counts(), report.query_translation, saved_search_success=success)
    return report


def _fetch_plans(
    engine: Engine, client: EutilsClient, plans: Sequence[SearchPlan], report: RunReport, extractor: Extractor,
    batch_size: int | None, on_progress: ProgressCallback | None,
) -> None:
    def batches() -> Iterator[list[Article | Deletion]]:
        for plan in plans:
            yield from fetch_plan(client, plan, batch_size)

    def progress(n: int) -> None:
        if on_progress is not None:
            on_progress(n)

    stored, _, seen = store_record_batches(engine, batches(), extractor, progress)
    report.stored.add(stored)
    report.found = len(seen)
    if report.saved_search:
        add_search_members(engine, report.saved_search, seen)
    expected = sum(p.count for p in plans)
    if len(plans) == 1:
        report.failed = max(0, expected - len(seen))


def fetch_query(
    engine: Engine, client: EutilsClient, term: str, batch_size: int | None = None, extractor: Extractor | None = None,
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Search PubMed for ``term``, fetch every record, extract and store; log the run."""
    report = RunReport(run_id=start_run(engine, "fetch", query=term), kind="fetch", query=term)

    def body() -> None:
        plan = plan_search(client, term)
        report.query_translation = plan.query_translation
        if on_total is not None:
            on_total(plan.count)
        _fetch_plans(engine, client, [plan], report, extractor or Extractor(), batch_size, on_progress)

    return _logged(engine, report, body)


def fetch_by_pmid(
    engine: Engine, client: EutilsClient, pmids: Sequence[str], extractor: Extractor | None = None,
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Fetch the records of ``pmids``, extract and store; raise NotFoundError naming any PubMed lacks."""
    given = [p.strip() for p in pmids if p.strip()]
    bad = [p for p in given if canonical_pmid(p) is None]
    if bad:
        raise NotFoundError(f"not a PMID: {', '.join(bad[:5])}; a PMID is a number such as 33472925")
    wanted = list(dict.fromkeys(p for p in map(canonical_pmid, given) if p))
    report = RunReport(run_id=start_run(engine, "fetch", query="PMID: " + ",".join(wanted)), kind="fetch", query=None)
    missing: list[str] = []
    ex = extractor or Extractor()

    def body() -> None:
        if on_total is not None:
            on_total(len(wanted))
        for asked, records in fetch_pmids(client, wanted):
            got = {r.pmid for r in records}
            missing.extend(p for p in asked if p not in got)
            stored, _, seen = store_record_batches(engine, [list(records)], ex, None)
            report.stored.add(stored)
            report.found += len(seen)
            if on_progress is not None:
                on_progress(len(asked))
        report.failed = len(missing)

    _logged(engine, report, body)
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise NotFoundError(f"PubMed has no record for PMID {shown}; the other {report.found} were stored")
    return report


def update_searches(
    engine: Engine, client: EutilsClient, names: Sequence[str] = (), batch_size: int | None = None,
    extractor: Extractor | None = None, today: date | None = None,
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None,
) -> list[RunReport]:
    """Bring saved searches (all, or ``names``) up to date: records created or revised since the last run."""
    with update_lock(engine):
        searches = [get_saved_search(engine, n) for n in names] if names else list_saved_searches(engine)
        if not searches:
            raise NotFoundError("no saved searches; add one with 'trialdb searches add NAME QUERY'")
        ex = extractor or Extractor()
        return [_update_one(engine, client, s, batch_size, ex, today, on_total, on_progress) for s in searches]


def update_terms(search: SavedSearch, today: date) -> list[str]:
    """Return the queries an update runs: the whole search first, then created-since and modified-since."""
    if search.last_success_at is None:
        return [search.query]
    since = datetime.fromisoformat(search.last_success_at).date() - timedelta(days=UPDATE_OVERLAP_DAYS)
    end = today + timedelta(days=1)
    return [with_date_range(search.query, since, end, "crdt"), with_date_range(search.query, since, end, "mdat")]


def _update_one(
    engine: Engine, client: EutilsClient, search: SavedSearch, batch_size: int | None, extractor: Extractor,
    today: date | None, on_total: TotalCallback | None, on_progress: ProgressCallback | None,
) -> RunReport:
    started = now_utc()
    report = RunReport(
        run_id=start_run(engine, "update", query=search.query, saved_search=search.name), kind="update",
        query=search.query, saved_search=search.name,
    )

    def body() -> None:
        plans = [plan_search(client, term) for term in update_terms(search, today or date.today())]
        report.query_translation = plans[0].query_translation
        if on_total is not None:
            on_total(sum(p.count for p in plans))
        _fetch_plans(engine, client, plans, report, extractor, batch_size, on_progress)

    return _logged(engine, report, body, success=(search.name, started))


def import_files(
    engine: Engine, paths: Sequence[str | Path], batch_size: int = 200, extractor: Extractor | None = None,
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Import offline PubMed files (MEDLINE/.nbib, baseline and update .xml.gz) in order; log the run."""
    total = count_records(paths)
    report = RunReport(run_id=start_run(engine, "import", query=" ".join(str(p) for p in paths)), kind="import", query=None)

    def body() -> None:
        if on_total is not None:
            on_total(total)
        result = ingest_files(engine, paths, batch_size=batch_size, extractor=extractor, on_progress=on_progress, checked=True)
        report.stored.add(result.stored)
        report.found = result.articles

    return _logged(engine, report, body)
