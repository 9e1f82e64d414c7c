"""Runs against PubMed and files, each recorded in the run log: fetch, update, ingest, import.

A run is logged as 'running' when it starts and 'completed' only when every
record is stored; a saved search moves on to its next window only then, so an
interrupted update, run again, redoes the same window (upserts make that safe).
Its counts are written after every stored batch, so a run killed outright is
logged (by the next run) as interrupted with the counts of what it stored.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from trialdb.db.engine import database_error
from trialdb.db.lock import update_lock
from trialdb.db.runs import SavedSearch, add_search_members, finish_run, get_saved_search, list_saved_searches, now_utc, record_run_counts, start_run
from trialdb.db.store import BatchResult
from trialdb.errors import NotFoundError, TrialdbError
from trialdb.extract import new_extractor
from trialdb.fetch import Article, Deletion
from trialdb.fetch.article import canonical_pmid
from trialdb.fetch.eutils import EutilsClient
from trialdb.fetch.pubmed_search import SearchPlan, fetch_plan, fetch_pmids, plan_search, with_date_range
from trialdb.pipeline.ingest import ProgressCallback, count_records, store_extracted
from trialdb.pipeline.stages import ExtractedBatch, InProcess, Stages

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor

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
    #: Records read from files, deletions included (ingest and import).
    read: int = 0
    files: list[str] | None = None

    def counts(self) -> dict[str, int]:
        """Return the run log's count columns."""
        return {
            "found": self.found, "new": self.stored.new, "revised": self.stored.updated, "unchanged": self.stored.unchanged,
            "deleted": self.stored.deleted, "failed": self.failed,
        }


def _logged(engine: Engine, report: RunReport, body: Callable[[], None], success: tuple[str, str] | None = None) -> RunReport:
    """Run ``body``; close the run log entry as completed, failed or interrupted, and return ``report``."""
    try:
        body()
    except TrialdbError as exc:
        _close(engine, report, "failed", exc.message)
        raise
    except SQLAlchemyError as exc:
        _close(engine, report, "failed", database_error(exc).message)
        raise
    except KeyboardInterrupt as exc:
        # SIGTERM arrives as a KeyboardInterrupt subclass whose text names it (cli/errors.py). It can land between a
        # batch's commit and this process counting it: the counts each batch wrote in its transaction are the truth.
        _close(engine, report, "interrupted", str(exc) or "interrupted", keep_counts=True)
        raise
    finish_run(engine, report.run_id, "completed", report.counts(), report.query_translation, saved_search_success=success)
    return report


def _close(engine: Engine, report: RunReport, status: str, message: str, keep_counts: bool = False) -> None:
    """Close the run as ``status`` (``keep_counts``: with the counts its stored batches logged); if the database
    fails now, the next run logs it as interrupted instead."""
    try:
        finish_run(engine, report.run_id, status, None if keep_counts else report.counts(), report.query_translation, message)
    except SQLAlchemyError:
        pass


def _store_logged(
    engine: Engine, report: RunReport, batches: Iterable[ExtractedBatch], on_progress: ProgressCallback | None,
    tally: Callable[[RunReport, ExtractedBatch], None],
) -> Iterator[ExtractedBatch]:
    """Store each extracted batch in its own transaction and yield it once committed.

    The run's counts with the batch (``tally`` sets found/read on a copy of ``report``) are written to the log in
    the batch's own transaction, so a run stopped at any moment is logged with exactly what it stored.
    """
    for batch in batches:
        counted: list[RunReport] = []

        def log(conn: Connection, stored: BatchResult, batch: ExtractedBatch = batch, counted: list[RunReport] = counted) -> None:
            after = replace(report, stored=replace(report.stored))
            after.stored.add(stored)
            tally(after, batch)
            record_run_counts(conn, report.run_id, after.counts())
            counted.append(after)

        store_extracted(engine, [batch], on_progress, in_transaction=log)
        if counted:
            report.stored, report.found, report.read = counted[-1].stored, counted[-1].found, counted[-1].read
        yield batch


def _tally_found(after: RunReport, batch: ExtractedBatch) -> None:
    after.found += len(batch.pmids)


def _tally_read(after: RunReport, batch: ExtractedBatch) -> None:
    after.found += batch.articles
    after.read += batch.size


def _fetch_plans(
    engine: Engine, client: EutilsClient, plans: Sequence[SearchPlan], report: RunReport, stages: Stages,
    batch_size: int | None, on_progress: ProgressCallback | None,
) -> None:
    def batches() -> Iterator[list[Article | Deletion]]:
        for plan in plans:
            yield from fetch_plan(client, plan, batch_size)

    seen: set[str] = set()

    def tally(after: RunReport, batch: ExtractedBatch) -> None:
        after.found = len(seen) + len(batch.pmids - seen)

    for batch in _store_logged(engine, report, stages.extract(batches()), on_progress, tally):
        seen |= batch.pmids
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
        _fetch_plans(engine, client, [plan], report, InProcess(extractor or new_extractor()), batch_size, on_progress)

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
    stages = InProcess(extractor or new_extractor())

    def body() -> None:
        if on_total is not None:
            on_total(len(wanted))
        for asked, records in fetch_pmids(client, wanted):
            got = {r.pmid for r in records}
            missing.extend(p for p in asked if p not in got)
            deque(_store_logged(engine, report, stages.extract([list(records)]), None, _tally_found), maxlen=0)
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
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None, stages: Stages | None = None,
) -> list[RunReport]:
    """Bring saved searches (all, or ``names``) up to date: records created or revised since the last run.

    ``stages`` extracts the fetched records (a WorkerPool); by default this process does, with ``extractor``.
    """
    with update_lock(engine):
        searches = [get_saved_search(engine, n) for n in names] if names else list_saved_searches(engine)
        if not searches:
            raise NotFoundError("no saved searches; add one with 'trialdb searches add NAME QUERY'")
        st = stages or InProcess(extractor or new_extractor())
        return [_update_one(engine, client, s, batch_size, st, today, on_total, on_progress) for s in searches]


def update_terms(search: SavedSearch, today: date) -> list[str]:
    """Return the queries an update runs: the whole search first, then created-since and modified-since."""
    if search.last_success_at is None:
        return [search.query]
    since = datetime.fromisoformat(search.last_success_at).date() - timedelta(days=UPDATE_OVERLAP_DAYS)
    end = today + timedelta(days=1)
    return [with_date_range(search.query, since, end, "crdt"), with_date_range(search.query, since, end, "mdat")]


def _update_one(
    engine: Engine, client: EutilsClient, search: SavedSearch, batch_size: int | None, stages: Stages,
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
        _fetch_plans(engine, client, plans, report, stages, batch_size, on_progress)

    return _logged(engine, report, body, success=(search.name, started))


def import_files(
    engine: Engine, paths: Sequence[str | Path], batch_size: int = 200, extractor: Extractor | None = None,
    on_total: TotalCallback | None = None, on_progress: ProgressCallback | None = None,
    kind: str = "import", total: int | None = None, stages: Stages | None = None,
) -> RunReport:
    """Store PubMed files (XML, baseline and update .xml.gz, MEDLINE/.nbib) in order; log the run and return its report.

    ``kind`` names the run in the log ('import' or 'ingest'); ``total`` is count_records(paths) when the
    caller has checked the files already (otherwise they are checked here, before the run starts). ``stages``
    reads and extracts (a WorkerPool, a DaskStages); by default this process does, with ``extractor``.
    """
    stages = stages or InProcess(extractor or new_extractor())
    if total is None:
        total = count_records(paths, stages)
    files = [str(p) for p in paths]
    report = RunReport(run_id=start_run(engine, kind, files=files), kind=kind, query=None, files=files)

    def body() -> None:
        if on_total is not None:
            on_total(total)
        # As ingest_files reads (every file checked above), batch by batch here so the log has the counts so far.
        deque(_store_logged(engine, report, stages.read(paths, batch_size), on_progress, _tally_read), maxlen=0)

    return _logged(engine, report, body)
