"""Agreement between two reviewers' screening decisions: the 2x2 table and Cohen's kappa, in plain Python."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from trialdb.db.screening import latest_decisions, reviewer_counts
from trialdb.errors import InputError, NotFoundError


@dataclass(frozen=True)
class Agreement:
    """Two reviewers' latest decisions on the records both screened, as a 2x2 table, and Cohen's kappa.

    ``both_included``: both included; ``first_only_included``: the first included, the second excluded; and so on.
    ``kappa`` is None when it is undefined (both reviewers gave every record one and the same decision).
    """

    reviewers: tuple[str, str]
    records: int
    both_included: int
    first_only_included: int
    second_only_included: int
    both_excluded: int
    observed: float
    expected: float
    kappa: float | None


def cohen_kappa(both_included: int, first_only: int, second_only: int, both_excluded: int) -> tuple[float, float, float | None]:
    """Return (observed agreement, agreement expected by chance, Cohen's kappa) for a 2x2 table of two raters.

    With n records, a = both included, b = first only, c = second only, d = both excluded:
    p_o = (a + d) / n; p_e = ((a + b)(a + c) + (c + d)(b + d)) / n^2; kappa = (p_o - p_e) / (1 - p_e),
    undefined (None) when p_e = 1. Raise InputError for an empty table.
    """
    a, b, c, d = both_included, first_only, second_only, both_excluded
    n = a + b + c + d
    if n == 0:
        raise InputError("no record was screened by both reviewers: agreement needs records both have decided on")
    observed = (a + d) / n
    expected = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    return observed, expected, None if expected == 1 else (observed - expected) / (1 - expected)


def _pair(engine: Engine, reviewers: tuple[str, str] | None) -> tuple[str, str]:
    """Return the two reviewers to compare: those given (each must have screened), else the two who screened most."""
    counts = reviewer_counts(engine)
    if reviewers is None:
        if len(counts) < 2:
            named = ", ".join(counts) or "no named reviewer"
            raise InputError(f"agreement needs two reviewers; decisions so far are by {named} (screen with --reviewer NAME)")
        first, second = list(counts)[:2]
        return first, second
    if reviewers[0] == reviewers[1]:
        raise InputError(f"--reviewers names {reviewers[0]!r} twice; give two different reviewers")
    for who in reviewers:
        if who not in counts:
            known = ", ".join(f"{k} ({v})" for k, v in counts.items()) or "none yet"
            raise NotFoundError(f"no decisions by reviewer {who!r}; reviewers (records screened): {known}")
    return reviewers


def agreement(engine: Engine, reviewers: tuple[str, str] | None = None) -> Agreement:
    """Return the Agreement between two reviewers (given, or the two who screened most) on the records both screened."""
    first, second = _pair(engine, reviewers)
    a = b = c = d = 0
    for decisions in latest_decisions(engine).values():
        by = {x.reviewer: x.decision for x in decisions}
        if first not in by or second not in by:
            continue
        one, two = by[first] == "included", by[second] == "included"
        if one and two:
            a += 1
        elif one:
            b += 1
        elif two:
            c += 1
        else:
            d += 1
    if a + b + c + d == 0:
        raise InputError(f"{first} and {second} have no record both screened: agreement needs records both have decided on")
    observed, expected, kappa = cohen_kappa(a, b, c, d)
    return Agreement((first, second), a + b + c + d, a, b, c, d, observed, expected, kappa)
