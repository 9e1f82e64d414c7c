"""Saved searches and the run log (what PRISMA-S asks a reviewer to report)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from trialdb import __version__
from trialdb.db.models import RunRow, SavedSearchRow, SearchMemberRow
from trialdb.errors import InputError, NotFoundError
from trialdb.extract.version import EXTRACTOR_VERSION

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


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


def start_run(engine: Engine, kind: str, query: str | None = None, saved_search: str | None = None) -> int:
    """Record the start of a run and return its id (its status stays 'running' until finished)."""
    with engine.begin() as conn:
        result = conn.execute(
            insert(RunRow).values(
                kind=kind, saved_search=saved_search, query=query, database="PubMed", started_at=now_utc(),
                status="running", trialdb_version=__version__, extractor_version=EXTRACTOR_VERSION,
            )
        )
        return int(result.inserted_primary_key[0])


def finish_run(
    engine: Engine,
    run_id: int,
    status: str,
    counts: dict[str, int],
    query_translation: str | None = None,
    message: str | None = None,
    saved_search_success: tuple[str, str] | None = None,
) -> None:
    """Close a run with its status and counts; a completed update also moves its saved search on."""
    with engine.begin() as conn:
        conn.execute(
            update(RunRow).where(RunRow.id == run_id).values(
                status=status, finished_at=now_utc(), query_translation=query_translation, message=message, **counts,
            )
        )
        if saved_search_success is not None:
            name, started = saved_search_success
            conn.execute(update(SavedSearchRow).where(SavedSearchRow.name == name).values(last_success_at=started))


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
    """Return the run log, newest first."""
    stmt = select(RunRow).order_by(RunRow.id.desc())  # type: ignore[union-attr]
    if limit:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    cols = [c.name for c in RunRow.__table__.columns]  # type: ignore[attr-defined]
    return [dict(zip(cols, r, strict=True)) for r in rows]
