"""Time points as abstracts write them ("at 3 months", "day 180", "the 2-year period", "90-day")."""

from __future__ import annotations

import re

from trialdb.extract.numbers import WORD_NUMBER, parse_count

_UNIT = r"(?:hour|day|week|month|year)"
TIMEPOINT = re.compile(
    rf"\b(?:(?:at|after|over|within|by|through|during|until|up to)\s+(?:the\s+|a\s+)?)?"
    rf"(?:(?P<u1>{_UNIT})s?\s+(?P<n1>\d+)\b"
    rf"|(?P<n2>\d+(?:\.\d+)?|(?i:{WORD_NUMBER}))[- ](?P<u2>{_UNIT})s?(?:[- ](?:period|follow[- ]up|visit|mark|time ?point))?\b)",
    re.I,
)


def normalise_timepoint(m: re.Match[str]) -> str:
    """Return a time point match written uniformly: 'day 180', '3 months', '1 year'."""
    if m.group("u1"):
        return f"{m.group('u1').lower()} {m.group('n1')}"
    raw = m.group("n2")
    n = parse_count(raw)
    if n is None:
        try:
            value = float(raw)
        except ValueError:
            return m.group(0)
        num = f"{value:g}"
        plural = value != 1
    else:
        num, plural = str(n), n != 1
    unit = m.group("u2").lower()
    return f"{num} {unit}{'s' if plural else ''}"


def find_timepoint(text: str) -> tuple[str, int, int] | None:
    """Return (normalised time point, start, end) of the last time point in ``text``, or None."""
    found = None
    for m in TIMEPOINT.finditer(text):
        found = (normalise_timepoint(m), m.start(), m.end())
    return found
