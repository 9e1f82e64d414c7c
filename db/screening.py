"""Screening decisions (kept apart from extracted facts, so revisions never touch them) and PRISMA 2020 counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import exists, func, insert, select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArticleRow, RunRow, ScreeningRow
from trialdb.db.runs import now_utc
from trialdb.db.search import current_decisions
from trialdb.errors import InputError, NotFoundError
from trialdb.fetch.article import canonical_pmid

DECISIONS = ("included", "excluded")


def record_decisions(engine: Engine, pmids: Sequence[str], decision: str, reason: str | None = None) -> int:
    """Store a decision for each PMID (all must be in the database); return how many were stored."""
    if decision not in DECISIONS:
        raise InputError(f"unknown decision {decision!r}; use included or excluded")
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
        at = now_utc()
        conn.execute(
            insert(ScreeningRow),
            [{"pmid": p, "decision": decision, "reason": (reason or "").strip() or None, "decided_at": at} for p in wanted],
        )
    return len(wanted)


def screening_history(engine: Engine, pmid: str) -> list[dict[str, str | None]]:
    """Return every decision taken on ``pmid``, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ScreeningRow.decision, ScreeningRow.reason, ScreeningRow.decided_at)
            .where(ScreeningRow.pmid == pmid)
            .order_by(ScreeningRow.id)
        ).all()
    return [{"decision": d, "reason": r, "decided_at": t} for d, r, t in rows]


def next_unscreened(engine: Engine, skip: Sequence[str] = ()) -> str | None:
    """Return the PMID of the next record without a decision (not retracted, not in ``skip``), or None."""
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


@dataclass
class PrismaCounts:
    """The numbers of a PRISMA 2020 flow diagram for the records in this database."""

    identified: int
    duplicates_removed: int
    removed_retracted: int
    screened: int
    excluded: int
    excluded_by_reason: dict[str, int] = field(default_factory=dict)
    included: int = 0
    awaiting_screening: int = 0


def prisma_counts(engine: Engine) -> PrismaCounts:
    """Return the PRISMA 2020 flow counts: identified, duplicates, screened, excluded (by reason), included."""
    current = current_decisions()
    with engine.connect() as conn:
        records = conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
        retracted = conn.execute(select(func.count()).select_from(ArticleRow).where(ArticleRow.retracted.is_(True))).scalar_one()  # type: ignore[attr-defined]
        identified = conn.execute(select(func.coalesce(func.sum(RunRow.found), 0)).where(RunRow.status == "completed")).scalar_one()
        decided = conn.execute(
            select(current.c.decision, current.c.reason, func.count())
            .join(ArticleRow, ArticleRow.pmid == current.c.pmid)
            .where(ArticleRow.retracted.is_(False))  # type: ignore[attr-defined]
            .group_by(current.c.decision, current.c.reason)
        ).all()
    identified = max(int(identified), records)
    by_reason: dict[str, int] = {}
    included = excluded = 0
    for decision, reason, n in decided:
        if decision == "included":
            included += n
        else:
            excluded += n
            by_reason[reason or "no reason given"] = by_reason.get(reason or "no reason given", 0) + n
    eligible = records - retracted
    return PrismaCounts(
        identified=identified,
        duplicates_removed=identified - records,
        removed_retracted=retracted,
        screened=included + excluded,
        excluded=excluded,
        excluded_by_reason=dict(sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))),
        included=included,
        awaiting_screening=eligible - included - excluded,
    )
