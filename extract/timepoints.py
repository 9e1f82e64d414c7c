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


_RESULT_UNIT = r"(?:hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?)"
_UNIT_NAMES = {"h": "hour", "hr": "hour", "wk": "week", "mo": "month", "yr": "year"}
#: A time point a result is stated at: led by a preposition ("at one year", "after 8 weeks", "at 2 yr", "by the
#: 6-month visit"), or "week 24" / "day 90" written alone. A bare duration ("a mean follow-up of 11.9 months") is not one.
RESULT_TIMEPOINT = re.compile(
    rf"\b(?:at|after|by|on|in|during|over|within|through|until|up to)\s+(?:the\s+|a\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    rf"(?:(?P<ru1>{_UNIT})\s+(?P<rn1>\d+)\b|(?P<rn2>\d+(?:\.\d+)?|(?i:{WORD_NUMBER}))[- ](?P<ru2>{_RESULT_UNIT})\b)"
    rf"|\b(?P<ru3>{_UNIT})\s+(?P<rn3>\d+)\b",
    re.I,
)
#: Values stated before treatment: baseline is never an outcome result.
BASELINE = re.compile(
    r"\b(?:at|on|during)\s+(?:the\s+)?(?:baseline|(?:trial\s+|study\s+)?entry|enrol?ment|randomi[sz]ation|admission|presentation|inclusion|screening)\b"
    r"|\bbefore\s+(?:the\s+)?(?:treatment|intervention|surgery|randomi[sz]ation|therapy|procedure)\b"
    r"|\bpre-?(?:treatment|intervention|operative(?:ly)?)\b"
    r"|^\s*baseline\b|(?<=\()\s*baseline\b"
    r"|(?<!for )(?<!from )(?<!over )(?<!than )(?<!to )(?<!with )\bbaseline\s+(?:values?|characteristics|scores?|levels?|data|measures?)\b",
    re.I,
)
_QUALIFIER = re.compile(rf"(?P<base>{BASELINE.pattern})|(?P<time>{RESULT_TIMEPOINT.pattern})", re.I)
#: What may stand between a value and a time point written after it: units ("U/mL", "days") and a comma.
_AFTER_VALUE = re.compile(r"[\s,]*(?:[^\W\d][\w/%.·-]*\s*){0,2}?(?=\S)")
_ENDS_WITH_VALUE = re.compile(r"\d\s*%?\s*[)\]]?\s*,?$")
_OPENERS = {"(": ")", "[": "]"}


def _bracket_end(text: str, start: int) -> int:
    """Return the offset just past the bracket that encloses ``start`` (``start`` itself when none does)."""
    stack: list[str] = []
    for ch in text[:start]:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    pos = start
    while stack and pos < len(text):
        if text[pos] in _OPENERS:
            stack.append(_OPENERS[text[pos]])
        elif text[pos] == stack[-1]:
            stack.pop()
        pos += 1
    return pos


def normalise_result_timepoint(m: re.Match[str]) -> str:
    """Return a RESULT_TIMEPOINT match written as ``normalise_timepoint`` writes time points: '1 year', 'week 24'."""
    unit = m.group("ru1") or m.group("ru3")
    if unit:
        return f"{unit.lower()} {m.group('rn1') or m.group('rn3')}"
    raw = m.group("rn2")
    n = parse_count(raw)
    value = float(n) if n is not None else float(raw)
    name = m.group("ru2").lower().rstrip("s")
    name = _UNIT_NAMES.get(name, name)
    return f"{value:g} {name}{'s' if value != 1 else ''}"


def _normalised(m: re.Match[str]) -> str:
    return "baseline" if m.group("base") else normalise_result_timepoint(m)


def result_timepoint(text: str, start: int, end: int) -> str | None:
    """Return the time point the value at [start, end) of sentence ``text`` is stated at, or None when none is written.

    'baseline' for a value before treatment ("30% ... at trial entry"); else the time point normalised as
    ``normalise_timepoint`` writes it ("1 year", "week 24"). A time point written just after the value is its own
    ("9% and 25% at one year"); else the last one written before it in the sentence that is not another value's.
    """
    after = _bracket_end(text, end)
    lead = _AFTER_VALUE.match(text, after)
    for pos in dict.fromkeys((after, lead.end() if lead else after)):
        m = _QUALIFIER.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" ,")))
        if m:
            return _normalised(m)
    found = None
    for m in _QUALIFIER.finditer(text, 0, start):
        if not _ENDS_WITH_VALUE.search(text[: m.start()].rstrip()):
            found = m
    return _normalised(found) if found else None
