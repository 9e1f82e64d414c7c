"""Databases made before trialdb recorded a schema revision: which revision their columns show they are at.

Frozen: trialdb has stamped every database it made since, so no later revision is ever added here.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The columns of every table at revision 0001, the schema of trialdb at commit 6256482 (2026-11-30), the last
#: before the columns of ADDED_COLUMNS.
BASELINE: dict[str, tuple[str, ...]] = {
    "arm": ("pmid", "position", "label", "n"),
    "arm_result": ("pmid", "position", "outcome", "arm", "events", "total", "mean", "sd", "derived", "text"),
    "article": (
        "pmid", "version", "title", "abstract", "journal", "journal_abbrev", "volume", "issue", "pages", "year", "pub_date", "authors",
        "publication_types", "mesh_terms", "keywords", "doi", "language", "raw", "raw_format", "content_hash", "retracted",
        "expression_of_concern",
    ),
    "article_tag": ("pmid", "kind", "value"),
    "article_version": ("pmid", "content_hash", "version", "raw", "raw_format", "replaced_at"),
    "effect": ("pmid", "position", "measure", "value", "ci_low", "ci_high", "ci_level", "text", "outcome"),
    "outcome": ("pmid", "position", "role", "name", "timepoint"),
    "p_value": ("pmid", "position", "op", "value", "text", "start", "end", "section", "outcome"),
    "provenance": ("pmid", "position", "field_name", "value", "section", "start", "end", "sentence"),
    "registry_id": ("pmid", "registry_id"),
    "run": (
        "id", "kind", "saved_search", "query", "query_translation", "database", "started_at", "finished_at", "status", "found", "new",
        "revised", "unchanged", "deleted", "failed", "message", "trialdb_version", "extractor_version",
    ),
    "saved_search": ("name", "query", "created_at", "last_success_at"),
    "screening": ("id", "pmid", "decision", "reason", "decided_at"),
    "search_member": ("saved_search", "pmid"),
    "trial": (
        "pmid", "extractor_version", "study_type", "randomized", "controlled", "blinding", "outcome_assessor_blinded", "placebo", "phase",
        "allocation_ratio", "multicenter", "crossover", "total_n", "randomized_n", "analyzed_n", "evidence_scheme", "evidence_level",
        "evidence_text", "facts_json",
    ),
}

#: The nullable columns that trialdb added to an older database on open, before migrations (revision 0002 adds
#: them): planned_n since commit 38339c9, the others since 3280dcc. Values are the columns' SQL types.
ADDED_COLUMNS: dict[str, dict[str, str]] = {
    "trial": {"planned_n": "INTEGER"},
    "article": {"pmc_id": "VARCHAR(16)", "details": "TEXT"},
    "screening": {"reviewer": "VARCHAR(100)"},
    "arm_result": {"timepoint": "TEXT", "median": "FLOAT", "q1": "FLOAT", "q3": "FLOAT", "sentence": "TEXT"},
}

#: The columns by table at each revision a database without a recorded revision can be at, oldest first.
SCHEMAS: tuple[tuple[str, dict[str, frozenset[str]]], ...] = (
    ("0001", {t: frozenset(c) for t, c in BASELINE.items()}),
    ("0002", {t: frozenset(c) | frozenset(ADDED_COLUMNS.get(t, ())) for t, c in BASELINE.items()}),
)


def detect(columns: Mapping[str, set[str]]) -> str | None:
    """Return the newest revision whose every table and column the database has (``columns`` by table), else None.

    A database some of whose tables had gained only part of ADDED_COLUMNS is at 0001: revision 0002 adds only
    the columns it lacks.
    """
    found = None
    for revision, schema in SCHEMAS:
        if all(table in columns and wanted <= columns[table] for table, wanted in schema.items()):
            found = revision
    return found
