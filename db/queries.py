"""Read-side queries: one trial in full (for `show`), and counts across the database (for `stats`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from trialdb.db.duplicates import duplicate_groups
from trialdb.db.models import ArticleRow, ProvenanceRow, RegistryIdRow, TrialRow
from trialdb.db.screening import screening_history
from trialdb.errors import InputError, NotFoundError
from trialdb.fetch.article import canonical_pmid, no_details


@dataclass
class TrialDetail:
    """Everything stored about one trial: citation, facts (the contract), provenance, and its screening decisions (oldest first)."""

    pmid: str
    citation: dict[str, Any]
    abstract: str
    facts: dict[str, Any]
    extractor_version: str
    provenance: list[dict[str, Any]] = field(default_factory=list)
    screening: list[dict[str, Any]] = field(default_factory=list)


def get_trial(engine: Engine, pmid: str) -> TrialDetail:
    """Return the stored TrialDetail of ``pmid``; raise NotFoundError if it is not in the database."""
    given, canonical = pmid.strip(), canonical_pmid(pmid)
    if canonical is None:
        raise InputError(f"{given!r} is not a PMID; a PMID is a number such as 33472925")
    pmid = canonical
    with engine.connect() as conn:
        row = conn.execute(
            select(ArticleRow, TrialRow).join(TrialRow, TrialRow.pmid == ArticleRow.pmid).where(ArticleRow.pmid == pmid)
        ).first()
        if row is None:
            raise NotFoundError(f"PMID {pmid} is not in the database; ingest it first (trialdb ingest FILE)")
        m = row._mapping
        art = {c.name: m[ArticleRow.__table__.c[c.name]] for c in ArticleRow.__table__.columns}
        trial = {c.name: m[TrialRow.__table__.c[c.name]] for c in TrialRow.__table__.columns}
        prov = conn.execute(
            select(
                ProvenanceRow.field_name, ProvenanceRow.value, ProvenanceRow.section, ProvenanceRow.start,
                ProvenanceRow.end, ProvenanceRow.sentence,
            ).where(ProvenanceRow.pmid == pmid).order_by(ProvenanceRow.position)  # type: ignore[arg-type]
        ).all()
    citation = {
        "authors": json.loads(art["authors"]),
        "year": art["year"],
        "title": art["title"],
        "journal": art["journal"] or art["journal_abbrev"],
        "volume": art["volume"],
        "issue": art["issue"],
        "pages": art["pages"],
        "doi": art["doi"],
        "publication_types": json.loads(art["publication_types"]),
        "mesh_terms": json.loads(art["mesh_terms"]),
        "retracted": bool(art["retracted"]),
        "expression_of_concern": bool(art["expression_of_concern"]),
        "details": stored_details(art["details"]),
    }
    return TrialDetail(
        pmid=pmid,
        citation=citation,
        abstract=art["abstract"],
        facts=json.loads(trial["facts_json"]),
        extractor_version=trial["extractor_version"],
        provenance=[
            {"field": f, "value": v, "section": sec, "start": a, "end": b, "sentence": sent}
            for f, v, sec, a, b, sent in prov
        ],
        screening=screening_history(engine, pmid),
    )


def stored_details(details: str | None) -> dict[str, Any]:
    """Return an article row's details column as fetch.article.record_details gives them (empty for a record stored before)."""
    return {**no_details(), **json.loads(details)} if details else no_details()


@dataclass
class Stats:
    """Counts across the database: records, trials by design, year and evidence class, and duplicates across PMIDs.

    ``duplicates`` are the groups of PMIDs that are one publication (db/duplicates.py); ``duplicate_records`` their members.
    """

    articles: int
    by_design: dict[str, int]
    by_year: dict[str, int]
    by_evidence_class: dict[str, int]
    with_registry_id: int
    duplicate_groups: int = 0
    duplicate_records: int = 0
    duplicates: list[list[str]] = field(default_factory=list)


def stats(engine: Engine) -> Stats:
    """Return the database's counts by design, publication year and evidence class, and its duplicate groups."""
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
        by_design = dict(
            conn.execute(select(TrialRow.study_type, func.count()).group_by(TrialRow.study_type).order_by(func.count().desc(), TrialRow.study_type)).all()
        )
        by_year_rows = conn.execute(select(ArticleRow.year, func.count()).group_by(ArticleRow.year).order_by(ArticleRow.year)).all()
        ev_rows = conn.execute(
            select(TrialRow.evidence_scheme, TrialRow.evidence_level, func.count())
            .where(TrialRow.evidence_level.is_not(None))  # type: ignore[union-attr]
            .group_by(TrialRow.evidence_scheme, TrialRow.evidence_level)
            .order_by(TrialRow.evidence_scheme, TrialRow.evidence_level)
        ).all()
        with_reg = conn.execute(select(func.count(func.distinct(RegistryIdRow.pmid)))).scalar_one()
    groups = duplicate_groups(engine)
    return Stats(
        articles=total,
        by_design=by_design,
        by_year={str(y) if y is not None else "unknown": n for y, n in by_year_rows},
        by_evidence_class={f"{s} {lv}": n for s, lv, n in ev_rows},
        with_registry_id=with_reg,
        duplicate_groups=len(groups),
        duplicate_records=sum(len(g) for g in groups),
        duplicates=groups,
    )
