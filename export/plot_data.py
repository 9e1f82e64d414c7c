"""The numbers behind each plot, from the same query as search, so a plot shows exactly what a search finds."""

from __future__ import annotations

import dataclasses
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from trialdb.db.search import SearchQuery, choices, iter_matches
from trialdb.errors import InputError
from trialdb.export.meta import iter_meta_rows
from trialdb.export.pooling import Pooled, pool

PLOTS = ("timeline", "sizes", "evidence", "pvalues", "forest")
#: p-value operators that state the value itself; the others ("<", "<=", ">", ">=") state a bound.
EXACT_OPS = ("=",)


@dataclass
class PlotData:
    """What one plot draws: ``points`` are plain tuples, described by ``fields``.

    ``filters`` is the query in a few words (for the title), ``n`` how many ``unit`` (plural) the plot draws, ``notes`` what
    was left out and why (one line each), ``pooled`` the forest plot's random-effects estimate.
    """

    kind: str
    fields: tuple[str, ...]
    points: list[tuple[Any, ...]] = field(default_factory=list)
    filters: str = "all records"
    n: int = 0
    unit: str = "records"
    notes: list[str] = field(default_factory=list)
    pooled: Pooled | None = None

    def caption(self) -> str:
        """Return the title's second line: the filters and N ('design rct · N = 10 records')."""
        first, _, rest = self.unit.partition(" ")
        if self.n == 1 and first.endswith("s"):
            first = first[:-1]
        return f"{self.filters} · N = {self.n} {' '.join(x for x in (first, rest) if x)}"


def describe_filters(query: SearchQuery) -> str:
    """Return the query's filters in a few words ('text "stem cells" · design rct · year 2010–2020 · n ≥ 100'), or 'all records'."""
    parts: list[str] = []
    if query.text:
        parts.append(f'text "{query.text}"' if '"' not in query.text else f"text {query.text}")
    for name, label in (("design", "design"), ("blinding", "blinding"), ("phase", "phase"), ("evidence_class", "class")):
        if values := choices(getattr(query, name)):
            parts.append(f"{label} {' or '.join(values)}")
    parts.extend(_range("year", query.year_from, query.year_to))
    parts.extend(_range("n", query.min_n, query.max_n))
    if query.has_pvalue_below is not None:
        parts.append(f"has p < {query.has_pvalue_below:g}")
    for name, label in (("outcome", "outcome"), ("registry", "registry"), ("mesh", "MeSH"), ("pubtype", "type"),
                        ("author", "author"), ("journal", "journal")):
        if values := choices(getattr(query, name)):
            parts.append(f"{label} {' or '.join(repr(v) if ' ' in v else v for v in values)}")
    if query.saved_search:
        parts.append(f"saved search {query.saved_search}")
    if query.screening:
        parts.append(f"screening {query.screening}")
    if query.include_retracted:
        parts.append("retracted included")
    return " · ".join(parts) or "all records"


def _range(name: str, low: int | None, high: int | None) -> list[str]:
    if low is not None and high is not None:
        return [f"{name} {low}–{high}"]
    if low is not None:
        return [f"{name} ≥ {low}"]
    if high is not None:
        return [f"{name} ≤ {high}"]
    return []


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def plot_data(engine: Engine, kind: str, query: SearchQuery, measure: str | None = None, method: str = "REML") -> PlotData:
    """Return the data of plot ``kind`` for the trials matching ``query``.

    timeline: (year, design, trials); sizes: (year, total N, per-arm Ns, pmid);
    evidence: (design, evidence class, total N, pmid); pvalues: (p-value, op, pmid);
    forest: see ``forest_data`` (``measure`` and ``method`` are for it alone).
    """
    if kind == "forest":
        return forest_data(engine, query, measure, method)
    described = describe_filters(query)
    if kind == "timeline":
        counts: Counter[tuple[int, str]] = Counter()
        for article, trial in iter_matches(engine, query):
            if article.year is not None:
                counts[(article.year, trial.study_type)] += 1
        points = [(y, d, n) for (y, d), n in sorted(counts.items())]
        return PlotData(kind, ("year", "design", "trials"), points, described, sum(counts.values()))
    if kind == "sizes":
        points = []
        for article, trial in iter_matches(engine, query):
            arms = tuple(a["n"] for a in json.loads(trial.facts_json)["sample_size"]["arms"])
            if article.year is not None and (trial.total_n is not None or arms):
                points.append((article.year, trial.total_n, arms, article.pmid))
        return PlotData(kind, ("year", "total_n", "arm_ns", "pmid"), points, described, len(points))
    if kind == "evidence":
        points = [
            (trial.study_type, trial.evidence_level or "not stated", trial.total_n, article.pmid)
            for article, trial in iter_matches(engine, query)
        ]
        return PlotData(kind, ("design", "evidence_class", "total_n", "pmid"), points, described, len(points))
    if kind == "pvalues":
        points = []
        for article, trial in iter_matches(engine, query):
            for p in json.loads(trial.facts_json)["p_values"]:
                points.append((p["value"], p["op"], article.pmid))
        records = len({pmid for *_, pmid in points})
        return PlotData(kind, ("p_value", "op", "pmid"), points, described, len(points), f"p-values from {_count(records, 'record', 'records')}")
    raise InputError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")


FOREST_FIELDS = ("study", "contrast", "outcome", "timepoint", "measure", "yi", "vi", "pmid")


def forest_data(engine: Engine, query: SearchQuery, measure: str | None = None, method: str = "REML") -> PlotData:
    """Return the forest plot of the meta rows whose outcome contains one of ``query.outcome``, pooled by random effects.

    ``points`` are (study, contrast, outcome, timepoint, measure, yi, vi, pmid) of the rows pooled; rows of another
    measure than ``measure`` (default: the most common), rows without yi/vi and repeats of one estimate are left out,
    each reason a line of ``notes``. Fewer than 2 rows to pool is an InputError.
    """
    wanted = [o.casefold() for o in choices(query.outcome)]
    if not wanted:
        raise InputError("plot forest needs --outcome TEXT: the outcome whose estimates to pool (see export --format meta)")
    # --outcome chooses rows by the outcome they report; the studies are those the other filters find.
    studies = dataclasses.replace(query, outcome=None)
    matching = [r for r in iter_meta_rows(engine, studies) if r["outcome"] and any(w in r["outcome"].casefold() for w in wanted)]
    notes: list[str] = []
    usable, seen, repeats = [], set(), 0
    for r in matching:
        if r["yi"] is None or r["vi"] is None or not (r["vi"] > 0 and math.isfinite(r["vi"])):
            continue
        key = (r["pmid"], r["outcome"], r["timepoint"], r["measure"], r["yi"], r["vi"])
        if key in seen:  # one estimate repeated for each arm contrast of a multi-arm study
            repeats += 1
            continue
        seen.add(key)
        usable.append(r)
    if without := len(matching) - len(usable) - repeats:
        notes.append(f"{without} matching row{'s' if without != 1 else ''} left out: no yi/vi (no estimate with a CI)")
    if repeats:
        notes.append(f"{repeats} row{'s' if repeats != 1 else ''} left out: the same estimate repeated for another arm contrast")
    by_measure = Counter(r["measure"] for r in usable)
    if measure is not None:
        chosen = next((m for m in by_measure if m.casefold() == measure.casefold()), measure.upper())
    else:
        # The most common measure; a tie goes to the measure met first.
        chosen = max(by_measure, key=lambda m: by_measure[m]) if by_measure else None
    others = {m: n for m, n in by_measure.items() if m != chosen}
    if others:
        listed = ", ".join(f"{n} {m}" for m, n in others.items())
        notes.append(f"{sum(others.values())} row{'s' if sum(others.values()) != 1 else ''} left out: {listed}, not pooled with {chosen}")
    rows = [r for r in usable if r["measure"] == chosen]
    outcomes = " or ".join(repr(o) for o in choices(query.outcome))
    if len(rows) < 2:
        found = f"{len(rows)} {chosen} row{'s' if len(rows) != 1 else ''}" if chosen else "no rows"
        left = f" ({'; '.join(notes)})" if notes else ""
        raise InputError(f"plot forest needs at least 2 rows with yi/vi of one measure for outcome {outcomes}; found {found}{left}")
    points = [tuple(r[f] for f in FOREST_FIELDS) for r in rows]
    pooled = pool([r["yi"] for r in rows], [r["vi"] for r in rows], method=method, measure=chosen)
    studies_n = len({r["pmid"] for r in rows})
    unit = f"estimates from {_count(studies_n, 'study', 'studies')}"
    return PlotData("forest", FOREST_FIELDS, points, describe_filters(query), len(rows), unit, notes, pooled)
