"""Screening decisions as queries: each reviewer's latest decision, and each record's consensus.

Kept apart from db/screening.py (the workflow) so that search can filter by consensus without importing the workflow.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, literal, select

from trialdb.db.models import ScreeningRow

#: The consensus of a record whose reviewers' latest decisions differ.
CONFLICT = "conflict"


def latest_ids() -> Any:
    """Return a subquery of the id of each reviewer's latest decision on each record (no name recorded: one reviewer)."""
    return select(func.max(ScreeningRow.id).label("id")).group_by(ScreeningRow.pmid, func.coalesce(ScreeningRow.reviewer, "")).subquery()


def consensus_decisions() -> Any:
    """Return a subquery of (pmid, decision): each record's consensus, 'included', 'excluded' or 'conflict'.

    A record is included (excluded) when every reviewer's latest decision on it is that, else it is a conflict.
    """
    latest = latest_ids()
    per = select(ScreeningRow.pmid, ScreeningRow.decision).join(latest, latest.c.id == ScreeningRow.id).subquery()
    agreed = case((func.min(per.c.decision) == func.max(per.c.decision), func.min(per.c.decision)), else_=literal(CONFLICT))
    return select(per.c.pmid, agreed.label("decision")).group_by(per.c.pmid).subquery()
