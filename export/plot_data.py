"""The numbers behind each plot, from the same query as search, so a plot shows exactly what a search finds."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from trialdb.db.search import SearchQuery, iter_matches
from trialdb.errors import InputError

PLOTS = ("timeline", "sizes", "evidence", "pvalues")


@dataclass
class PlotData:
    """What one plot draws: ``points`` are plain tuples, described by ``fields``."""

    kind: str
    fields: tuple[str, ...]
    points: list[tuple[Any, ...]] = field(default_factory=list)


def plot_data(engine: Engine, kind: str, query: SearchQuery) -> PlotData:
    """Return the data of plot ``kind`` for the trials matching ``query``.

    timeline: (year, design, trials); sizes: (year, total N, per-arm Ns, pmid);
    evidence: (design, evidence class, total N, pmid); pvalues: (p-value, op, pmid).
    """
    if kind == "timeline":
        counts: Counter[tuple[int, str]] = Counter()
        for article, trial in iter_matches(engine, query):
            if article.year is not None:
                counts[(article.year, trial.study_type)] += 1
        return PlotData(kind, ("year", "design", "trials"), [(y, d, n) for (y, d), n in sorted(counts.items())])
    if kind == "sizes":
        points = []
        for article, trial in iter_matches(engine, query):
            arms = tuple(a["n"] for a in json.loads(trial.facts_json)["sample_size"]["arms"])
            if article.year is not None and (trial.total_n is not None or arms):
                points.append((article.year, trial.total_n, arms, article.pmid))
        return PlotData(kind, ("year", "total_n", "arm_ns", "pmid"), points)
    if kind == "evidence":
        points = [
            (trial.study_type, trial.evidence_level or "not stated", trial.total_n, article.pmid)
            for article, trial in iter_matches(engine, query)
        ]
        return PlotData(kind, ("design", "evidence_class", "total_n", "pmid"), points)
    if kind == "pvalues":
        points = []
        for article, trial in iter_matches(engine, query):
            for p in json.loads(trial.facts_json)["p_values"]:
                points.append((p["value"], p["op"], article.pmid))
        return PlotData(kind, ("p_value", "op", "pmid"), points)
    raise InputError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")
