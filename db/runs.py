"""Saved searches and the run log (what PRISMA-S asks a reviewer to report).

A run is 'running' while its process holds the run's lock (db/lock.py); a run
still 'running' whose lock is free was killed, and the next run to start logs
it as 'interrupted', with the counts it had written batch by batch.

Queries are stored exactly as typed (PubMed's translation apart, in its own
column). A run that reads files (ingest, import) keeps their names, as a JSON
list in the query column; list_runs gives them back as ``files``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from trialdb import __version__
from trialdb.db.lock import RunLock, hold_run_lock, run_is_live
from trialdb.db.models import RunRow, SavedSearchRow, SearchMemberRow
from trialdb.errors import InputError, NotFoundError
from trialdb.extract.version import EXTRACTOR_VERSION

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
#: The liveness locks of the runs this process has started and not yet finished, by (database, run id).
_HELD: dict[tuple[str, int], RunLock] = {}
#: The message of a run found 'running' after its process ended.
ENDED_MESSAGE = "interrupted: its process ended (killed?) before the run finished; the counts are those stored by then"
#: Runs that read files rather than search PubMed.
FILE_KINDS = ("ingest", "import")


def now_utc() -> str:
    """Return the current UTC time as an ISO 8601 string (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SavedSearch:
    """A named PubMed query and when its last complete update started."""

    name: str
    query: str
    created_at: str
    last_success_at: str | None


def add_saved_search(engine: Engine, name: str, query: str) -> SavedSearch:
    """Store a new saved search; raise InputError for a bad or taken name or an empty query."""
    if not _NAME.match(name):
        raise InputError(f"bad saved-search name {name!r}; use letters, digits, '.', '_' or '-' (e.g. msc-stroke)")
    if not query.strip():
        raise InputError("the query is empty; give a PubMed query, e.g. '\"stem cells\"[tiab] AND stroke[tiab]'")
    with engine.begin() as conn:
        if conn.execute(select(SavedSearchRow.name).where(SavedSearchRow.name == name)).first():
            raise InputError(f"a saved search named {name!r} exists; remove it first or choose another name")
        created = now_utc()
        conn.execute(insert(SavedSearchRow).values(name=name, query=query.strip(), created_at=created, last_success_at=None))
    return SavedSearch(name, query.strip(), created, None)


def list_saved_searches(engine: Engine) -> list[SavedSearch]:
    """Return every saved search, by name."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(SavedSearchRow.name, SavedSearchRow.query, SavedSearchRow.created_at, SavedSearchRow.last_success_at)
            .order_by(SavedSearchRow.name)
        ).all()
    return [SavedSearch(*r) for r in rows]


def get_saved_search(engine: Engine, name: str) -> SavedSearch:
    """Return one saved search; raise NotFoundError if there is none of that name."""
    for s in list_saved_searches(engine):
        if s.name == name:
            return s
    raise NotFoundError(f"no saved search named {name!r}; see 'trialdb searches list'")


def remove_saved_search(engine: Engine, name: str) -> None:
    """Delete a saved search (its records and run log stay); raise NotFoundError if absent."""
    get_saved_search(engine, name)
    with engine.begin() as conn:
        conn.execute(delete(SavedSearchRow).where(SavedSearchRow.name == name))


def _key(engine: Engine, run_id: int) -> tuple[str, int]:
    return engine.url.render_as_string(hide_password=False), run_id


def mark_ended_runs(engine: Engine) -> list[int]:
    """Log every 'running' run whose process is gone as 'interrupted' (its counts kept); return their ids."""
    with engine.connect() as conn:
        running = [i for (i,) in conn.execute(select(RunRow.id).where(RunRow.status == "running"))]
    ended = [i for i in running if _key(engine, i) not in _HELD and not run_is_live(engine, i)]
    if ended:
        with engine.begin() as conn:
            conn.execute(
                update(RunRow).where(RunRow.id.in_(ended), RunRow.status == "running")  # type: ignore[union-attr]
                .values(status="interrupted", message=ENDED_MESSAGE)
            )
    return ended


def start_run(
    engine: Engine, kind: str, query: str | None = None, saved_search: str | None = None, files: Sequence[str] | None = None,
) -> int:
    """Record the start of a run and return its id (its status stays 'running' until finished).

    ``files``: the names of the files a run of FILE_KINDS reads, in order (kept in place of a query).
    Runs left 'running' by a process that is gone are logged as interrupted first.
    """
    if files is not None:
        query = json.dumps(list(files), ensure_ascii=False)
    mark_ended_runs(engine)
    lock: RunLock | None = None
    try:
        with engine.begin() as conn:
            result = conn.execute(
                insert(RunRow).values(
                    kind=kind, saved_search=saved_search, query=query, database="PubMed", started_at=now_utc(),
                    status="running", trialdb_version=__version__, extractor_version=EXTRACTOR_VERSION,
                )
            )
            run_id = int(result.inserted_primary_key[0])
            # Locked before the row is committed: no other process can see this run 'running' and unlocked.
            lock = hold_run_lock(engine, run_id)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is not None:
        _HELD[_key(engine, run_id)] = lock
    return run_id


def record_run_counts(conn: Connection, run_id: int, counts: dict[str, int]) -> None:
    """Write a running run's counts so far on ``conn``: inside each stored batch's transaction, so a killed run's
    entry tells exactly how far it got."""
    conn.execute(update(RunRow).where(RunRow.id == run_id).values(**counts))


def finish_run(
    engine: Engine,
    run_id: int,
    status: str,
    counts: dict[str, int] | None,
    query_translation: str | None = None,
    message: str | None = None,
    saved_search_success: tuple[str, str] | None = None,
) -> None:
    """Close a run with its status and counts (None keeps the counts its stored batches wrote); a completed update
    also moves its saved search on."""
    try:
        with engine.begin() as conn:
            conn.execute(
                update(RunRow).where(RunRow.id == run_id).values(
                    status=status, finished_at=now_utc(), query_translation=query_translation, message=message, **(counts or {}),
                )
            )
            if saved_search_success is not None:
                name, started = saved_search_success
                conn.execute(update(SavedSearchRow).where(SavedSearchRow.name == name).values(last_success_at=started))
    finally:
        held = _HELD.pop(_key(engine, run_id), None)
        if held is not None:
            held.release()


def add_search_members(engine: Engine, name: str, pmids: set[str]) -> None:
    """Remember that saved search ``name`` brought in ``pmids`` (for search --saved-search)."""
    if not pmids:
        return
    with engine.begin() as conn:
        have = {
            p for (p,) in conn.execute(select(SearchMemberRow.pmid).where(SearchMemberRow.saved_search == name))
        }
        fresh = [{"saved_search": name, "pmid": p} for p in sorted(pmids - have)]
        if fresh:
            conn.execute(insert(SearchMemberRow), fresh)


def list_runs(engine: Engine, limit: int | None = None) -> list[dict[str, Any]]:
    """Return the run log, newest first: one dict per run, its columns plus ``files`` (a file run's names, else None)."""
    stmt = select(RunRow).order_by(RunRow.id.desc())  # type: ignore[union-attr]
    if limit:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    cols = [c.name for c in RunRow.__table__.columns]  # type: ignore[attr-defined]
    return [_with_files(dict(zip(cols, r, strict=True))) for r in rows]


def _with_files(run: dict[str, Any]) -> dict[str, Any]:
    """Return ``run`` with its file names moved from ``query`` to ``files`` (None when it read no files).

    An import logged by an earlier trialdb keeps its names as one space-joined string in ``query``, shown as it is.
    """
    run["files"] = None
    if run["kind"] in FILE_KINDS and run["query"]:
        try:
            names = json.loads(run["query"])
        except ValueError:
            return run
        if isinstance(names, list) and all(isinstance(n, str) for n in names):
            run["files"], run["query"] = names, None
    return run
