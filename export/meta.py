"""The meta-analysis table: one row per study x outcome x arm contrast, ready for R's metafor / meta.

Each row carries the arm sizes of the contrast (the numbers analysed when the
abstract states them), the per-arm results of one outcome at one time point
(events, means and SDs, medians and IQRs), the reported estimate with its CI and
p-value, yi/vi derived from the CI where the abstract gives one (log scale for
ratio measures), and `source`: the sentence(s) the row was read from.
`values_stated` and `values_derived` say which numbers were read from the
abstract and which were computed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from statistics import NormalDist
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArmResultRow, EffectRow, ProvenanceRow
from trialdb.db.search import PAGE, SearchQuery, child_rows, iter_match_pages, pmid_in

META_COLUMNS = (
    "study", "pmid", "year", "outcome", "timepoint", "contrast", "arm1", "arm2", "n1i", "n2i",
    "ai", "bi", "ci", "di", "m1i", "sd1i", "m2i", "sd2i", "med1i", "q1_1i", "q3_1i", "med2i", "q1_2i", "q3_2i",
    "measure", "estimate", "ci_low", "ci_high", "ci_level", "yi", "vi", "sei", "p_op", "p_value",
    "values_stated", "values_derived", "source",
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


_PRIMARY = re.compile(r"\bprimary\s+(?:end[- ]?points?|outcomes?)\b", re.I)


def _timepoint(outcome: str | None, declared: list[dict[str, Any]]) -> str | None:
    if not outcome:
        return None
    primary = [d for d in declared if d["role"] == "primary"]
    if _PRIMARY.search(outcome) and len(primary) == 1:
        # "Primary endpoint occurred in ...": the one declared primary outcome, with its time point.
        return primary[0]["timepoint"]
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


def result_sets(results: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Return the arm results grouped as stated: one group per outcome, time point and sentence, one result per arm."""
    groups: list[list[dict[str, Any]]] = []
    for r in results:
        key = (r["outcome"], r.get("timepoint"), r.get("sentence"))
        last = groups[-1] if groups else None
        if last and (last[0]["outcome"], last[0].get("timepoint"), last[0].get("sentence")) == key and r["arm"] not in {x["arm"] for x in last}:
            last.append(r)
        else:
            groups.append([r])
    return groups


def _same_outcome(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def _claim(groups: list[list[dict[str, Any]]], claimed: set[int], outcome: str | None, sentence: str | None) -> list[dict[str, Any]] | None:
    """Return the unclaimed result group stated in ``sentence`` for ``outcome`` (claiming it), or None.

    Results are joined to an estimate or p-value of the same sentence only, so a row never mixes time points: the
    sentence's one group of results, else the one for the same outcome. Results stored without their sentence (by an
    older trialdb) are joined by outcome, as they were.
    """
    free = [i for i in range(len(groups)) if i not in claimed]
    here = [i for i in free if sentence and groups[i][0].get("sentence") == sentence]
    if len(here) > 1:
        here = [i for i in here if _same_outcome(groups[i][0]["outcome"], outcome)]
    if not here:
        here = [i for i in free if not groups[i][0].get("sentence") and outcome and groups[i][0]["outcome"] == outcome]
    if not here:
        return None
    claimed.add(here[0])
    return groups[here[0]]


def meta_rows_for(
    article: Any, trial: Any, effect_outcomes: list[str | None], arm_results: list[dict[str, Any]] | None = None,
    sentences: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Return the meta-analysis rows of one study.

    ``arm_results``: its ArmResult rows as dicts; ``sentences``: {"effects": [sentence of each effect],
    "p_values": {start offset: sentence}} from its provenance, for the ``source`` column.
    """
    groups = result_sets(arm_results or [])
    said = sentences or {}
    effect_sents: list[str | None] = said.get("effects", [])
    p_sents: dict[int, str] = said.get("p_values", {})
    facts = json.loads(trial.facts_json)
    arms = facts["sample_size"]["arms"]
    pairs = contrasts(arms) or [(None, None)]
    base = {"study": study_label(json.loads(article.authors), article.year, article.pmid), "pmid": article.pmid, "year": article.year}
    rows: list[dict[str, Any]] = []
    covered: set[str] = set()
    claimed: set[int] = set()
    for i, e in enumerate(facts["effects"]):
        outcome = effect_outcomes[i] if i < len(effect_outcomes) else None
        p = next((p for p in facts["p_values"] if outcome and p["outcome"] == outcome), None)
        if outcome:
            covered.add(outcome)
        e_sent = effect_sents[i] if i < len(effect_sents) else None
        group = _claim(groups, claimed, outcome, e_sent)
        derived = derive(e["measure"], e["value"], e["ci_low"], e["ci_high"], e["ci_level"])
        stated = ["estimate"] + (["ci"] if e["ci_low"] is not None else []) + (["p_value"] if p else [])
        source = [e_sent, p_sents.get(p["start"]) if p else None]
        for a1, a2 in pairs:
            rows.append(_row(base, outcome, facts, a1, a2, p, stated, derived, e, group, source))
    for p in facts["p_values"]:
        if p["outcome"] in covered:
            continue
        if p["outcome"]:
            covered.add(p["outcome"])
        p_sent = p_sents.get(p["start"])
        group = _claim(groups, claimed, p["outcome"], p_sent)
        for a1, a2 in pairs:
            rows.append(_row(base, p["outcome"], facts, a1, a2, p, ["p_value"], {}, None, group, [p_sent]))
    for i, group in enumerate(groups):
        if i in claimed:
            continue
        for a1, a2 in pairs:
            rows.append(_row(base, group[0]["outcome"], facts, a1, a2, None, [], {}, None, group, []))
    return rows


def _arm_values(group: list[dict[str, Any]] | None, a1: dict[str, Any], a2: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Return (values, stated names, derived names) of the two arms' results in ``group``."""
    pick = {r["arm"]: r for r in group or []}
    r1, r2 = pick.get(a1["label"]), pick.get(a2["label"])
    values: dict[str, Any] = {}
    stated: list[str] = []
    derived: list[str] = []
    if not (r1 and r2):
        return values, stated, derived
    if r1["total"] is not None and r2["total"] is not None:
        values.update({"n1i": r1["total"], "n2i": r2["total"]})
    if r1["events"] is not None and r2["events"] is not None:
        values.update({"ai": r1["events"], "bi": r1["total"] - r1["events"], "ci": r2["events"], "di": r2["total"] - r2["events"]})
        if r1["derived"] or r2["derived"]:
            derived.extend(["ai (from %)", "ci (from %)"])
        else:
            stated.extend(["ai", "ci"])
        derived.extend(["bi", "di"])
    if r1["mean"] is not None and r2["mean"] is not None:
        values.update({"m1i": r1["mean"], "sd1i": r1["sd"], "m2i": r2["mean"], "sd2i": r2["sd"]})
        stated.extend(["m1i", "sd1i", "m2i", "sd2i"])
    if r1.get("median") is not None and r2.get("median") is not None:
        values.update({"med1i": r1["median"], "q1_1i": r1["q1"], "q3_1i": r1["q3"], "med2i": r2["median"], "q1_2i": r2["q1"], "q3_2i": r2["q3"]})
        stated.extend(["med1i", "q1_1i", "q3_1i", "med2i", "q1_2i", "q3_2i"])
    return values, stated, derived


def _row(base, outcome, facts, a1, a2, p, stated, derived, effect, group, source) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    row: dict[str, Any] = {c: None for c in META_COLUMNS}
    row.update(base)
    # The outcome the values were read for names the row better than the estimate's nearest phrase.
    row["outcome"] = group[0]["outcome"] if group and group[0]["outcome"] else outcome
    stated = list(stated)
    arm_stated: list[str] = []
    arm_derived: list[str] = []
    if a1 is not None:
        row.update({"contrast": f"{a1['label']} vs {a2['label']}", "arm1": a1["label"], "arm2": a2["label"], "n1i": a1["n"], "n2i": a2["n"]})
        values, arm_stated, arm_derived = _arm_values(group, a1, a2)
        row.update(values)
        stated = ["n1i", "n2i", *arm_stated, *stated]
        if arm_stated or arm_derived:
            source = [*source, group[0].get("sentence") or group[0]["text"]]
    said_at = group[0].get("timepoint") if group and (arm_stated or arm_derived) else None
    row["timepoint"] = said_at or _timepoint(row["outcome"], facts["outcomes"])
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
    row["source"] = " | ".join(dict.fromkeys(x for x in source if x)) or None
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
    sentences = _sentences(engine, pmids)
    for article, trial in page:
        outcomes = [e["outcome"] for e in effects.get(article.pmid, [])]
        yield from meta_rows_for(article, trial, outcomes, results.get(article.pmid, []), sentences.get(article.pmid))


def _sentences(engine: Engine, pmids: list[str]) -> dict[str, dict[str, Any]]:
    """Return, per PMID, the sentence of each effect (in order) and of each p-value (by start offset), from provenance."""
    out: dict[str, dict[str, Any]] = {}
    cols = (ProvenanceRow.pmid, ProvenanceRow.field_name, ProvenanceRow.start, ProvenanceRow.sentence)
    with engine.connect() as conn:
        for i in range(0, len(pmids), PAGE):
            stmt = (
                select(*cols)
                .where(pmid_in(engine.dialect.name, ProvenanceRow.pmid, pmids[i : i + PAGE]))
                .where(ProvenanceRow.field_name.in_(("effects", "p_values")))  # type: ignore[attr-defined]
                .order_by(ProvenanceRow.pmid, ProvenanceRow.position)
            )
            for pmid, field, start, sentence in conn.execute(stmt):
                got = out.setdefault(pmid, {"effects": [], "p_values": {}})
                if field == "effects":
                    got["effects"].append(sentence)
                else:
                    got["p_values"].setdefault(start, sentence)
    return out
