"""Row builders for exports: one flat row per trial (CSV) or the JSON contract per trial."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Engine

from trialdb.db.queries import stored_details
from trialdb.db.search import SearchQuery, iter_matches

#: The CSV columns, one row per trial, in order.
CSV_COLUMNS = (
    "pmid", "year", "first_author", "title", "journal", "doi", "study_type", "randomized", "controlled",
    "blinding", "outcome_assessor_blinded", "placebo", "phase", "allocation_ratio", "multicenter",
    "crossover", "total_n", "randomized_n", "analyzed_n", "planned_n", "arms", "primary_outcomes",
    "secondary_outcomes", "p_values", "effects", "registry_ids", "evidence_scheme", "evidence_level",
    "extractor_version",
)


def _fmt(v: float) -> str:
    return f"{v:g}"


def csv_row(article: Any, trial: Any) -> dict[str, Any]:
    """Return one trial as a flat dict with CSV_COLUMNS; lists are joined with '; '."""
    facts = json.loads(trial.facts_json)
    authors = json.loads(article.authors)
    return {
        "pmid": article.pmid,
        "year": article.year,
        "first_author": authors[0] if authors else "",
        "title": article.title,
        "journal": article.journal_abbrev or article.journal,
        "doi": article.doi,
        **{k: facts["design"][k] for k in (
            "study_type", "randomized", "controlled", "blinding", "outcome_assessor_blinded", "placebo",
            "phase", "allocation_ratio", "multicenter", "crossover")},
        "total_n": trial.total_n,
        "randomized_n": trial.randomized_n,
        "analyzed_n": trial.analyzed_n,
        "planned_n": trial.planned_n,
        "arms": "; ".join(f"{a['label']}: {a['n']}" for a in facts["sample_size"]["arms"]),
        "primary_outcomes": "; ".join(
            o["name"] + (f" ({o['timepoint']})" if o["timepoint"] else "") for o in facts["outcomes"] if o["role"] == "primary"
        ),
        "secondary_outcomes": "; ".join(
            o["name"] + (f" ({o['timepoint']})" if o["timepoint"] else "") for o in facts["outcomes"] if o["role"] == "secondary"
        ),
        "p_values": "; ".join(
            f"p {p['op']} {_fmt(p['value'])}" + (f" [{p['outcome']}]" if p["outcome"] else "") for p in facts["p_values"]
        ),
        "effects": "; ".join(
            f"{e['measure']} {_fmt(e['value'])}"
            + (f" ({_fmt(e['ci_low'])} to {_fmt(e['ci_high'])})" if e["ci_low"] is not None and e["ci_high"] is not None else "")
            for e in facts["effects"]
        ),
        "registry_ids": "; ".join(facts["registry_ids"]),
        "evidence_scheme": trial.evidence_scheme,
        "evidence_level": trial.evidence_level,
        "extractor_version": trial.extractor_version,
    }


def iter_csv_rows(engine: Engine, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Yield one CSV row per matching trial, streaming."""
    for article, trial in iter_matches(engine, query):
        yield csv_row(article, trial)


def iter_contract_records(engine: Engine, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Yield the JSON contract of each matching trial with the record's ``details`` (fetch.article.record_details), streaming."""
    for article, trial in iter_matches(engine, query):
        yield {**json.loads(trial.facts_json), "details": stored_details(article.details)}
