"""Screening decisions (kept apart from extracted facts, so revisions never touch them), by reviewer, and PRISMA 2020 counts.

Each reviewer's latest decision on a record is theirs. A record's consensus is the decision every reviewer who
screened it agrees on (one reviewer alone decides it); reviewers who disagree leave it in conflict until one of them
records a new decision that agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import and_, exists, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import Select

from trialdb.db.decisions import CONFLICT, latest_ids
from trialdb.db.duplicates import duplicate_groups
from trialdb.db.models import ArticleRow, RunRow, SavedSearchRow, ScreeningRow
from trialdb.db.runs import now_utc
from trialdb.db.search import SearchQuery, build_select
from trialdb.errors import InputError, NotFoundError
from trialdb.fetch.article import canonical_pmid

DECISIONS = ("included", "excluded")
#: Longest reviewer name (the column's size).
REVIEWER_MAX = 100
#: How a reviewer is shown when the decision was recorded before trialdb kept reviewers' names.
UNRECORDED = "(not recorded)"


def check_reviewer(name: str) -> str:
    """Return the reviewer name as stored (trimmed); raise InputError for an empty, too long or unprintable one."""
    v = name.strip()
    if not v:
        raise InputError("the reviewer name is empty; give --reviewer NAME (e.g. your initials)")
    if len(v) > REVIEWER_MAX:
        raise InputError(f"the reviewer name is {len(v)} characters long; use at most {REVIEWER_MAX}")
    if "," in v or not v.isprintable():
        raise InputError(f"bad reviewer name {v[:40]!r}: no commas or control characters (--reviewers A,B lists names by commas)")
    return v


def record_decisions(
    engine: Engine,
    pmids: Sequence[str],
    decision: str,
    reason: str | None = None,
    reviewer: str | None = None,
    clock: Callable[[], str] = now_utc,
) -> int:
    """Store ``reviewer``'s decision for each PMID (all must be in the database); return how many were stored.

    ``clock`` gives the time recorded (ISO 8601, UTC). Nothing is stored when any PMID is unknown.
    """
    if decision not in DECISIONS:
        raise InputError(f"unknown decision {decision!r}; use included or excluded")
    who = None if reviewer is None else check_reviewer(reviewer)
    wanted = list(dict.fromkeys(canonical_pmid(p) or p.strip() for p in pmids))
    if not wanted:
        raise InputError("give at least one PMID to screen, or --next")
    if decision == "excluded" and not (reason or "").strip():
        raise InputError("an exclusion needs a reason (--reason \"wrong population\"), as PRISMA reports them")
    with engine.begin() as conn:
        present = {p for (p,) in conn.execute(select(ArticleRow.pmid).where(ArticleRow.pmid.in_(wanted)))}  # type: ignore[attr-defined]
        missing = [p for p in wanted if p not in present]
        if missing:
            raise NotFoundError(f"PMID {', '.join(missing[:10])} not in the database; nothing was screened")
        at = clock()
        conn.execute(
            insert(ScreeningRow),
            [{"pmid": p, "reviewer": who, "decision": decision, "reason": (reason or "").strip() or None, "decided_at": at} for p in wanted],
        )
    return len(wanted)


def screening_history(engine: Engine, pmid: str) -> list[dict[str, str | None]]:
    """Return every decision taken on ``pmid`` (reviewer, decision, reason, decided_at), oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ScreeningRow.reviewer, ScreeningRow.decision, ScreeningRow.reason, ScreeningRow.decided_at)
            .where(ScreeningRow.pmid == pmid)
            .order_by(ScreeningRow.id)
        ).all()
    return [{"reviewer": who, "decision": d, "reason": r, "decided_at": t} for who, d, r, t in rows]


def next_unscreened(engine: Engine, skip: Sequence[str] = ()) -> str | None:
    """Return the PMID of the next record without a decision by anyone (not retracted, not in ``skip``), or None."""
    stmt = (
        select(ArticleRow.pmid)
        .where(ArticleRow.retracted.is_(False))  # type: ignore[attr-defined]
        .where(~exists().where(ScreeningRow.pmid == ArticleRow.pmid))
        .order_by(ArticleRow.year.desc().nulls_last(), ArticleRow.pmid)  # type: ignore[union-attr]
    )
    if skip:
        stmt = stmt.where(ArticleRow.pmid.not_in(list(skip)))  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return conn.execute(stmt.limit(1)).scalar()


# --- screen --next: what is left for one reviewer --------------------------------------------------------------

#: The orders `screen --next` can take records in; "newest" is newest first (then PMID), whatever the search text.
#: newest first, or relevance: ranked by a model fitted on the reviewer's decisions so far (db/relevance.py).
ORDERS = ("newest", "relevance")


def check_saved_search(engine: Engine, name: str | None) -> None:
    """Return when ``name`` is None or a saved search; raise NotFoundError otherwise."""
    if name is None:
        return
    with engine.connect() as conn:
        if conn.execute(select(SavedSearchRow.name).where(SavedSearchRow.name == name)).first() is None:
            raise NotFoundError(f"no saved search named {name!r}; see 'trialdb searches list'")


def to_screen(engine: Engine, query: SearchQuery, reviewer: str, skip: Sequence[str] = ()) -> Select:
    """Return the SELECT of the PMIDs matching ``query`` that ``reviewer`` has not decided on (nor in ``skip``), newest first."""
    stmt = build_select(engine, replace(query, sort="year", limit=None, offset=0))
    stmt = stmt.where(~exists().where(and_(ScreeningRow.pmid == ArticleRow.pmid, ScreeningRow.reviewer == reviewer)))
    if skip:
        stmt = stmt.where(ArticleRow.pmid.not_in(list(skip)))  # type: ignore[attr-defined]
    return stmt


def count_to_screen(engine: Engine, query: SearchQuery, reviewer: str, skip: Sequence[str] = ()) -> int:
    """Return how many records matching ``query`` ``reviewer`` has still to decide on (leaving out ``skip``)."""
    keys = to_screen(engine, query, reviewer, skip).order_by(None).subquery()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(keys)).scalar_one())


def next_to_screen(engine: Engine, query: SearchQuery, reviewer: str, order: str = "newest", skip: Sequence[str] = ()) -> str | None:
    """Return the PMID ``reviewer`` should screen next among the records matching ``query`` (in ``order``), or None when done."""
    if order not in ORDERS:
        raise InputError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    if order == "relevance":
        from trialdb.db.relevance import next_relevant  # scikit-learn only for this order; relevance imports this module

        return next_relevant(engine, query, reviewer, skip)
    with engine.connect() as conn:
        return conn.execute(to_screen(engine, query, reviewer, skip).limit(1)).scalar()


# --- every reviewer's latest decision, and the consensus --------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """One reviewer's latest decision on one record."""

    pmid: str
    reviewer: str | None
    decision: str
    reason: str | None
    decided_at: str


def _latest(conn: Connection) -> dict[str, list[Decision]]:
    """Return each reviewer's latest decision on each stored record, by PMID, oldest first."""
    latest = latest_ids()
    stmt = (
        select(ScreeningRow.pmid, ScreeningRow.reviewer, ScreeningRow.decision, ScreeningRow.reason, ScreeningRow.decided_at)
        .join(latest, latest.c.id == ScreeningRow.id)
        .join(ArticleRow, ArticleRow.pmid == ScreeningRow.pmid)
        .order_by(ScreeningRow.id)
    )
    out: dict[str, list[Decision]] = {}
    for row in conn.execute(stmt):
        out.setdefault(row[0], []).append(Decision(*row))
    return out


def latest_decisions(engine: Engine) -> dict[str, list[Decision]]:
    """Return, for each stored record with decisions, every reviewer's latest decision on it (oldest first)."""
    with engine.connect() as conn:
        return _latest(conn)


def consensus(decisions: Sequence[Decision]) -> str:
    """Return 'included' or 'excluded' when every reviewer's latest decision is that, else 'conflict'."""
    kinds = {d.decision for d in decisions}
    return kinds.pop() if len(kinds) == 1 else CONFLICT


def conflicts(engine: Engine) -> dict[str, list[Decision]]:
    """Return the records whose reviewers disagree, by PMID (in PMID order), with each reviewer's latest decision."""
    found = {p: ds for p, ds in latest_decisions(engine).items() if consensus(ds) == CONFLICT}
    return dict(sorted(found.items(), key=lambda kv: (len(kv[0]), kv[0])))


def reviewer_counts(engine: Engine) -> dict[str, int]:
    """Return how many stored records each named reviewer has decided on, most first (then by name)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ScreeningRow.reviewer, func.count(func.distinct(ScreeningRow.pmid)))
            .join(ArticleRow, ArticleRow.pmid == ScreeningRow.pmid)
            .where(ScreeningRow.reviewer.is_not(None))  # type: ignore[union-attr]
            .group_by(ScreeningRow.reviewer)
        ).all()
    return dict(sorted(((who, int(n)) for who, n in rows), key=lambda kv: (-kv[1], kv[0])))


# --- export --format screening ----------------------------------------------------------------------------------

SCREENING_COLUMNS = ("pmid", "reviewer", "decision", "reason", "time")


def iter_screening_rows(engine: Engine, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Yield every decision on the records matching ``query``, oldest first, as CSV rows (SCREENING_COLUMNS)."""
    check_saved_search(engine, query.saved_search)
    keys = build_select(engine, replace(query, sort=None, limit=None, offset=0)).order_by(None)
    stmt = (
        select(ScreeningRow.pmid, ScreeningRow.reviewer, ScreeningRow.decision, ScreeningRow.reason, ScreeningRow.decided_at)
        .where(ScreeningRow.pmid.in_(keys))  # type: ignore[attr-defined]
        .order_by(ScreeningRow.id)
        .execution_options(yield_per=500)
    )
    with engine.connect() as conn:
        for pmid, who, decision, reason, at in conn.execute(stmt):
            yield {"pmid": pmid, "reviewer": who, "decision": decision, "reason": reason, "time": at}


# --- PRISMA 2020 --------------------------------------------------------------------------------------------------


@dataclass
class PrismaCounts:
    """The numbers of a PRISMA 2020 flow diagram for the records in this database.

    ``screened`` = ``included`` + ``excluded`` + ``conflicts`` (records whose reviewers disagree, listed in
    ``conflict_pmids``); ``duplicate_groups`` are the groups of PMIDs found to be one publication.
    """

    identified: int
    duplicates_removed: int
    removed_retracted: int
    screened: int
    excluded: int
    excluded_by_reason: dict[str, int] = field(default_factory=dict)
    included: int = 0
    awaiting_screening: int = 0
    conflicts: int = 0
    conflict_pmids: list[str] = field(default_factory=list)
    duplicate_groups: list[list[str]] = field(default_factory=list)


def _kept(group: list[str], decided: set[str]) -> str:
    """Return the member of a duplicate group the flow keeps: the first (lowest PMID) with a decision, else the first."""
    return next((p for p in group if p in decided), group[0])


def prisma_counts(engine: Engine) -> PrismaCounts:
    """Return the PRISMA 2020 flow counts: identified, duplicates, screened, excluded (by reason), included, conflicts.

    Each duplicate group counts once (by its kept member); each record counts by its consensus, an exclusion under
    the reason of its latest exclusion.
    """
    groups = duplicate_groups(engine)
    with engine.connect() as conn:
        records = conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
        retracted = set(conn.execute(select(ArticleRow.pmid).where(ArticleRow.retracted.is_(True))).scalars())  # type: ignore[attr-defined]
        identified = conn.execute(select(func.coalesce(func.sum(RunRow.found), 0)).where(RunRow.status == "completed")).scalar_one()
        by_record = _latest(conn)
    removed = {p for g in groups for p in g if p != _kept(g, set(by_record))}
    identified = max(int(identified), records)
    by_reason: dict[str, int] = {}
    included = excluded = 0
    conflict_pmids: list[str] = []
    for pmid, decisions in by_record.items():
        if pmid in removed or pmid in retracted:
            continue
        agreed = consensus(decisions)
        if agreed == "included":
            included += 1
        elif agreed == "excluded":
            excluded += 1
            reason = decisions[-1].reason or "no reason given"
            by_reason[reason] = by_reason.get(reason, 0) + 1
        else:
            conflict_pmids.append(pmid)
    kept_retracted = len(retracted - removed)
    screened = included + excluded + len(conflict_pmids)
    return PrismaCounts(
        identified=identified,
        duplicates_removed=identified - records + len(removed),
        removed_retracted=kept_retracted,
        screened=screened,
        excluded=excluded,
        excluded_by_reason=dict(sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))),
        included=included,
        awaiting_screening=records - len(removed) - kept_retracted - screened,
        conflicts=len(conflict_pmids),
        conflict_pmids=sorted(conflict_pmids, key=lambda p: (len(p), p)),
        duplicate_groups=groups,
    )
