"""The meta-analysis table: one row per study x outcome x arm contrast, ready for R's metafor / meta.

Each row carries the arm sizes of the contrast, the reported estimate with its
CI and p-value, and yi/vi derived from the CI where the abstract gives one
(log scale for ratio measures). `values_stated` and `values_derived` say which
numbers were read from the abstract and which were computed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from statistics import NormalDist
from typing import Any

from sqlalchemy.engine import Engine

from trialdb.db.models import ArmResultRow, EffectRow
from trialdb.db.search import SearchQuery, child_rows, iter_match_pages

META_COLUMNS = (
    "study", "pmid", "year", "outcome", "timepoint", "contrast", "arm1", "arm2", "n1i", "n2i",
    "ai", "bi", "ci", "di", "m1i", "sd1i", "m2i", "sd2i",
    "measure", "estimate", "ci_low", "ci_high", "ci_level", "yi", "vi", "sei", "p_op", "p_value",
    "values_stated", "values_derived",
)
RATIO_MEASURES = {"OR", "RR", "HR", "IRR"}
_CONTROL = re.compile(r"\b(?:control|placebo|sham|usual care|standard|conventional|no treatment|vehicle)\b", re.I)


def study_label(authors: list[str], year: int | None, pmid: str) -> str:
    """Return 'First author Year' (surname only), or 'PMID n' when there are no authors."""
    if not authors:
        return f"PMID {pmid}"
    first = authors[0]
    surname = first.rsplit(" ", 1)[0] if " " in first and first.split()[-1].isupper() else first
    return f"{surname} {year}" if year else surname


def contrasts(arms: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Return (experimental, comparator) arm pairs: each arm against the control arm (or the last arm)."""
    if len(arms) < 2:
        return []
    control = next((a for a in arms if _CONTROL.search(a["label"])), arms[-1])
    return [(a, control) for a in arms if a is not control]


def derive(measure: str, value: float, lo: float | None, hi: float | None, level: float | None) -> dict[str, Any]:
    """Return yi, vi, sei from an estimate and its CI (log scale for ratios); empty when not derivable."""
    if lo is None or hi is None or hi <= lo:
        return {}
    if measure in RATIO_MEASURES:
        if min(value, lo, hi) <= 0:
            return {}
        yi, width = math.log(value), math.log(hi) - math.log(lo)
    else:
        yi, width = value, hi - lo
    z = NormalDist().inv_cdf(1 - (1 - (level or 95.0) / 100) / 2)
    sei = width / (2 * z)
    return {"yi": round(yi, 6), "sei": round(sei, 6), "vi": round(sei * sei, 8)}


def _timepoint(outcome: str | None, declared: list[dict[str, Any]]) -> str | None:
    if not outcome:
        return None
    words = set(re.findall(r"[a-z0-9]+", outcome.lower()))
    best, score = None, 0.0
    for d in declared:
        dw = set(re.findall(r"[a-z0-9]+", d["name"].lower()))
        overlap = len(words & dw) / max(1, len(dw))
        if overlap > score:
            best, score = d, overlap
    if best is not None and score >= 0.5:
        return best["timepoint"]
    m = re.search(r"\b(\d+)[- ](day|week|month|year)s?\b|\b(day|week|month|year) (\d+)\b", outcome, re.I)
    if m:
        return f"{m.group(1)} {m.group(2).lower()}s" if m.group(1) else f"{m.group(3).lower()} {m.group(4)}"
    return None


def meta_rows_for(
    article: Any, trial: Any, effect_outcomes: list[str | None], arm_results: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Return the meta-analysis rows of one study (``arm_results``: its ArmResult rows as dicts)."""
    results = arm_results or []
    facts = json.loads(trial.facts_json)
    arms = facts["sample_size"]["arms"]
    pairs = contrasts(arms) or [(None, None)]
    base = {"study": study_label(json.loads(article.authors), article.year, article.pmid), "pmid": article.pmid, "year": article.year}
    rows: list[dict[str, Any]] = []
    covered: set[str] = set()
    for i, e in enumerate(facts["effects"]):
        outcome = effect_outcomes[i] if i < len(effect_outcomes) else None
        p = next((p for p in facts["p_values"] if outcome and p["outcome"] == outcome), None)
        if outcome:
            covered.add(outcome)
        derived = derive(e["measure"], e["value"], e["ci_low"], e["ci_high"], e["ci_level"])
        stated = ["estimate"] + (["ci"] if e["ci_low"] is not None else []) + (["p_value"] if p else [])
        for a1, a2 in pairs:
            rows.append(_row(base, outcome, facts, a1, a2, p, stated, derived, e, results))
    for p in facts["p_values"]:
        if p["outcome"] in covered:
            continue
        if p["outcome"]:
            covered.add(p["outcome"])
        for a1, a2 in pairs:
            rows.append(_row(base, p["outcome"], facts, a1, a2, p, ["p_value"], {}, None, results))
    for outcome in dict.fromkeys(r["outcome"] for r in results):
        if outcome in covered or not outcome:
            continue
        covered.add(outcome)
        for a1, a2 in pairs:
            rows.append(_row(base, outcome, facts, a1, a2, None, [], {}, None, results))
    return rows


def _arm_values(results: list[dict[str, Any]], outcome: str | None, a1: dict[str, Any], a2: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Return (values, stated names, derived names) of the two arms' stated results for ``outcome``."""
    pick = {r["arm"]: r for r in results if r["outcome"] == outcome}
    r1, r2 = pick.get(a1["label"]), pick.get(a2["label"])
    values: dict[str, Any] = {}
    stated: list[str] = []
    derived: list[str] = []
    if r1 and r2 and r1["events"] is not None and r2["events"] is not None:
        values = {"ai": r1["events"], "bi": r1["total"] - r1["events"], "ci": r2["events"], "di": r2["total"] - r2["events"]}
        if r1["derived"] or r2["derived"]:
            derived.extend(["ai (from %)", "ci (from %)"])
        else:
            stated.extend(["ai", "ci"])
        derived.extend(["bi", "di"])
    if r1 and r2 and r1["mean"] is not None and r2["mean"] is not None:
        values.update({"m1i": r1["mean"], "sd1i": r1["sd"], "m2i": r2["mean"], "sd2i": r2["sd"]})
        stated.extend(["m1i", "sd1i", "m2i", "sd2i"])
    return values, stated, derived


def _row(base, outcome, facts, a1, a2, p, stated, derived, effect, results) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    row: dict[str, Any] = {c: None for c in META_COLUMNS}
    row.update(base)
    row["outcome"] = outcome
    row["timepoint"] = _timepoint(outcome, facts["outcomes"])
    stated = list(stated)
    arm_derived: list[str] = []
    if a1 is not None:
        row.update({"contrast": f"{a1['label']} vs {a2['label']}", "arm1": a1["label"], "arm2": a2["label"], "n1i": a1["n"], "n2i": a2["n"]})
        values, arm_stated, arm_derived = _arm_values(results, outcome, a1, a2)
        row.update(values)
        stated = ["n1i", "n2i", *arm_stated, *stated]
    if effect is not None:
        row.update(
            {"measure": effect["measure"], "estimate": effect["value"], "ci_low": effect["ci_low"], "ci_high": effect["ci_high"],
             "ci_level": effect["ci_level"]}
        )
    if p is not None:
        row.update({"p_op": p["op"], "p_value": p["value"]})
    row.update(derived)
    row["values_stated"] = ",".join(stated)
    derived_names = [k for k in ("yi", "vi", "sei") if k in derived]
    if derived_names and effect is not None and effect["ci_level"] is None:
        derived_names.append("ci_level assumed 95")
    row["values_derived"] = ",".join([*arm_derived, *derived_names])
    return row


def iter_meta_rows(engine: Engine, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Yield the meta-analysis rows of every matching study, streaming, a page of studies at a time."""
    for page in iter_match_pages(engine, query):
        yield from _page_rows(engine, page)


def _page_rows(engine: Engine, page: list[tuple[Any, Any]]) -> Iterator[dict[str, Any]]:
    if not page:
        return
    pmids = [a.pmid for a, _ in page]
    effects = child_rows(engine, EffectRow, pmids, EffectRow.position)
    results = child_rows(engine, ArmResultRow, pmids, ArmResultRow.position)
    for article, trial in page:
        outcomes = [e["outcome"] for e in effects.get(article.pmid, [])]
        yield from meta_rows_for(article, trial, outcomes, results.get(article.pmid, []))
