"""The search report: the PRISMA-S record of every search run and the PRISMA 2020 flow counts."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from sqlalchemy.engine import Engine

from trialdb import __version__
from trialdb.db.runs import FILE_KINDS, list_runs, list_saved_searches, now_utc
from trialdb.db.screening import prisma_counts


def report_data(engine: Engine) -> dict[str, Any]:
    """Return the report as plain data: generated time, searches, runs (oldest first), flow counts."""
    runs = list(reversed(list_runs(engine)))
    return {
        "generated_at": now_utc(),
        "trialdb_version": __version__,
        "databases": sorted({r["database"] for r in runs if r["kind"] in ("fetch", "update")}) or [],
        "saved_searches": [s.__dict__ for s in list_saved_searches(engine)],
        "runs": runs,
        "prisma_2020": asdict(prisma_counts(engine)),
        "deduplication": (
            "by PMID: a record fetched again replaces its earlier copy, never doubles it; across PMIDs: records with the same DOI, "
            "or the same title, first author and year (case, spaces and punctuation ignored), are one publication, counted once"
        ),
    }


def _cell(value: Any) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def _code(value: str) -> str:
    """Return ``value`` as a Markdown code span that shows it exactly, backticks in it included."""
    value = value.replace("\n", " ")
    longest = max((len(m) for m in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _run_source(r: dict[str, Any]) -> list[str]:
    """Return the report lines saying what a run searched (query as typed, PubMed's translation) or read (files)."""
    if r.get("files") is not None:
        return ["- Files read, in order: " + (", ".join(_code(f) for f in r["files"]) or "none")]
    if r["kind"] in FILE_KINDS:
        return [f"- Files read, as logged: {_code(r['query'] or '')}"]
    return [
        f"- Database: {r['database']}",
        f"- Query as typed: {_code(r['query'] or '')}",
        f"- PubMed's query translation: {_code(r['query_translation']) if r['query_translation'] else 'none recorded'}",
    ]


def report_markdown(data: dict[str, Any]) -> str:
    """Return the report as Markdown."""
    out = [
        "# Search report",
        "",
        f"Generated {data['generated_at']} by trialdb {data['trialdb_version']}.",
        "",
        "## PRISMA-S: information sources and searches",
        "",
        f"- Databases searched: {', '.join(data['databases']) or 'none (records were imported from files)'}",
        "- Interface: NCBI E-utilities (esearch with the history server, efetch), queried by trialdb",
        "- Limits and filters: none beyond the query strings below",
        f"- Deduplication: {data['deduplication']}",
        "",
    ]
    if data["saved_searches"]:
        out += ["### Saved searches", "", "| name | query | created | last complete update |", "| --- | --- | --- | --- |"]
        out += [
            f"| {_cell(s['name'])} | {_code(_cell(s['query']))} | {_cell(s['created_at'])} | {_cell(s['last_success_at'] or 'never')} |"
            for s in data["saved_searches"]
        ]
        out.append("")
    out += ["### Runs", ""]
    if not data["runs"]:
        out += ["No ingest, import, fetch or update has been run.", ""]
    for r in data["runs"]:
        head = f"#### Run {r['id']}: {r['kind']}" + (f" of saved search {r['saved_search']}" if r["saved_search"] else "")
        out += [
            head,
            "",
            f"- Date: {r['started_at']} to {r['finished_at'] or '(not finished)'} (UTC); status: {r['status']}",
            *_run_source(r),
            f"- Records found {r['found']}, new {r['new']}, revised {r['revised']}, unchanged {r['unchanged']}, "
            f"deleted {r['deleted']}, failed {r['failed']}",
            f"- trialdb {r['trialdb_version']}, extractor {r['extractor_version']}",
            "",
        ]
    p = data["prisma_2020"]
    out += [
        "## PRISMA 2020 flow",
        "",
        "| stage | records |",
        "| --- | --- |",
        f"| Records identified from databases and files | {p['identified']} |",
        f"| Duplicate records removed | {p['duplicates_removed']} |",
        f"| Records removed as retracted | {p['removed_retracted']} |",
        f"| Records screened | {p['screened']} |",
        f"| Records excluded | {p['excluded']} |",
        f"| Studies included | {p['included']} |",
        f"| Records screened with reviewers in conflict | {p['conflicts']} |",
        f"| Records awaiting screening | {p['awaiting_screening']} |",
        "",
    ]
    if p["excluded_by_reason"]:
        out += ["Reasons for exclusion:", ""] + [f"- {_cell(k)}: {v}" for k, v in p["excluded_by_reason"].items()] + [""]
    if p["conflict_pmids"]:
        out += ["Records where reviewers disagree (`trialdb screen --conflicts`): " + ", ".join(p["conflict_pmids"]), ""]
    if p["duplicate_groups"]:
        out += ["Duplicates across PMIDs (one publication each; the first screened, else the lowest PMID, is kept):", ""]
        out += [f"- {' = '.join(g)}" for g in p["duplicate_groups"]] + [""]
    return "\n".join(out)
