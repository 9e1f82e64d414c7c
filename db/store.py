"""Idempotent upserts keyed by PMID, one transaction per batch.

An article whose raw record and extractor version are unchanged is left
untouched, so ingesting the same file twice leaves the database identical.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from trialdb.db import fulltext
from trialdb.db.engine import database_error
from trialdb.db.models import (
    CHILD_TABLES,
    ArmResultRow,
    ArmRow,
    ArticleRow,
    ArticleTagRow,
    ArticleVersionRow,
    EffectRow,
    OutcomeRow,
    ProvenanceRow,
    PValueRow,
    RegistryIdRow,
    TrialRow,
)
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.errors import DatabaseError
from trialdb.extract.facts import TrialFacts
from trialdb.fetch.article import Article, canonical_raw, record_details


@dataclass
class BatchResult:
    """What one stored batch changed: counts of new, updated, unchanged and deleted records."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def add(self, other: BatchResult) -> None:
        """Add another batch's counts to these."""
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.deleted += other.deleted


#: Called inside a batch's transaction with its connection and counts (store_batch's ``in_transaction``).
BatchHook = Callable[[Connection, BatchResult], None]


def content_hash(article: Article) -> str:
    """Return the SHA-256 of an article's raw record in canonical form, which decides whether it changed.

    The canonical form (fetch.article.canonical_raw) leaves out layout, so the same record read from another place in
    a file, another file, or an efetch answer of another size hashes the same.
    """
    return raw_hash(article.raw, article.raw_format)


def raw_hash(raw: str, raw_format: str) -> str:
    """Return the SHA-256 of a raw record in canonical form (what content_hash returns for an Article with it)."""
    return hashlib.sha256(canonical_raw(raw, raw_format).encode("utf-8")).hexdigest()


def _recognise_old_hashes(conn: Connection, existing: dict[str, str], hashes: dict[str, str]) -> None:
    """Count a stored record as unchanged when its raw form hashes as the new one does, though its stored hash differs.

    Hashes stored before raw records were canonicalised were taken of the raw record as read, layout and all; without
    this, the first run after that change would count every record as revised and keep a copy of each.
    """
    differ = [p for p, h in hashes.items() if p in existing and existing[p] != h]
    if not differ:
        return
    rows = conn.execute(
        select(ArticleRow.pmid, ArticleRow.raw, ArticleRow.raw_format).where(ArticleRow.pmid.in_(differ))  # type: ignore[attr-defined]
    ).all()
    for pmid, raw, raw_format in rows:
        if raw_hash(unpack_raw(raw), raw_format) == hashes[pmid]:
            existing[pmid] = hashes[pmid]


def article_values(article: Article) -> dict:
    """Return the article table's column values for ``article``."""
    return {
        "pmid": article.pmid,
        "version": article.version,
        "title": article.title,
        "abstract": article.abstract,
        "journal": article.journal,
        "journal_abbrev": article.journal_abbrev,
        "volume": article.volume,
        "issue": article.issue,
        "pages": article.pages,
        "year": article.year,
        "pub_date": article.pub_date,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "publication_types": json.dumps(list(article.publication_types), ensure_ascii=False),
        "mesh_terms": json.dumps(list(article.mesh_terms), ensure_ascii=False),
        "keywords": json.dumps(list(article.keywords), ensure_ascii=False),
        "doi": article.doi,
        "language": article.language,
        "raw": pack_raw(article.raw),
        "raw_format": article.raw_format,
        "content_hash": content_hash(article),
        "retracted": article.retracted,
        "expression_of_concern": article.expression_of_concern,
        "pmc_id": article.pmc_id,
        "details": json.dumps(record_details(article), ensure_ascii=False),
        "pmid_number": int(article.pmid or 0),
    }


def fact_rows(article: Article, facts: TrialFacts) -> dict[type, list[dict]]:
    """Return the trial row and every child row for one article and its facts, keyed by table."""
    pmid = article.pmid or ""
    d, s, ev = facts.design, facts.sample_size, facts.evidence_class
    trial = {
        "pmid": pmid,
        "extractor_version": facts.extractor_version,
        "study_type": d.study_type,
        "randomized": d.randomized,
        "controlled": d.controlled,
        "blinding": d.blinding,
        "outcome_assessor_blinded": d.outcome_assessor_blinded,
        "placebo": d.placebo,
        "phase": d.phase,
        "allocation_ratio": d.allocation_ratio,
        "multicenter": d.multicenter,
        "crossover": d.crossover,
        "total_n": s.total,
        "randomized_n": s.randomized,
        "analyzed_n": s.analyzed,
        "planned_n": s.planned,
        "evidence_scheme": ev.scheme if ev else None,
        "evidence_level": ev.level if ev else None,
        "evidence_text": ev.text if ev else None,
        "facts_json": json.dumps(facts.to_contract(), ensure_ascii=False, sort_keys=True),
    }
    return {
        TrialRow: [trial],
        ArmRow: [{"pmid": pmid, "position": i, "label": a.label, "n": a.n} for i, a in enumerate(s.arms)],
        OutcomeRow: [
            {"pmid": pmid, "position": i, "role": o.role, "name": o.name, "timepoint": o.timepoint}
            for i, o in enumerate(facts.outcomes)
        ],
        PValueRow: [{"pmid": pmid, "position": i, **p.model_dump()} for i, p in enumerate(facts.p_values)],
        EffectRow: [{"pmid": pmid, "position": i, **e.model_dump(), "outcome": e.outcome} for i, e in enumerate(facts.effects)],
        RegistryIdRow: [{"pmid": pmid, "registry_id": r} for r in dict.fromkeys(facts.registry_ids)],
        ProvenanceRow: [
            {
                "pmid": pmid, "position": i, "field_name": p.field, "value": p.value, "section": p.section,
                "start": p.start, "end": p.end, "sentence": p.sentence,
            }
            for i, p in enumerate(facts.provenance)
        ],
        ArmResultRow: [{"pmid": pmid, "position": i, **r.model_dump()} for i, r in enumerate(facts.arm_results)],
        ArticleTagRow: [
            {"pmid": pmid, "kind": kind, "value": value[:255]}
            for kind, values in (("mesh", article.mesh_terms), ("pubtype", article.publication_types))
            for value in dict.fromkeys(values)
        ],
    }


def _delete_pmids(conn: Connection, pmids: Sequence[str], keep_article: bool) -> None:
    for table in (*CHILD_TABLES, TrialRow):
        conn.execute(delete(table).where(table.pmid.in_(pmids)))  # type: ignore[attr-defined]
    # Before the article rows change: SQLite's external-content index reads the text it indexed from them to remove it.
    fulltext.remove(conn, pmids)
    if not keep_article:
        conn.execute(delete(ArticleRow).where(ArticleRow.pmid.in_(pmids)))  # type: ignore[attr-defined]


def store_batch(
    engine: Engine, items: Sequence[tuple[Article, TrialFacts]], deleted: Iterable[str] = (), force: bool = False,
    in_transaction: BatchHook | None = None,
) -> BatchResult:
    """Upsert a batch of (article, facts) and apply deletions, all in one transaction.

    ``force`` rewrites the facts even when record and extractor version are unchanged (reextract --all).
    ``in_transaction`` is called with the connection and this batch's counts before the commit, so what it writes
    (a run log's counts) is stored together with the batch or not at all.

    Returns the counts; raises DatabaseError (and changes nothing) if the write fails.
    """
    result = BatchResult()
    # Later records of the same PMID in one batch replace earlier ones, as in PubMed update files.
    latest: dict[str, tuple[Article, TrialFacts]] = {}
    for article, facts in items:
        if article.pmid:
            latest[article.pmid] = (article, facts)
    deleted = [p for p in dict.fromkeys(deleted)]
    try:
        with engine.begin() as conn:
            if latest:
                existing = dict(
                    conn.execute(
                        select(ArticleRow.pmid, ArticleRow.content_hash).where(ArticleRow.pmid.in_(list(latest)))  # type: ignore[attr-defined]
                    ).all()
                )
                versions = dict(
                    conn.execute(
                        select(TrialRow.pmid, TrialRow.extractor_version).where(TrialRow.pmid.in_(list(latest)))  # type: ignore[attr-defined]
                    ).all()
                )
                hashes = {pmid: content_hash(article) for pmid, (article, _) in latest.items()}
                _recognise_old_hashes(conn, existing, hashes)
                changed: list[tuple[Article, TrialFacts]] = []
                for pmid, (article, facts) in latest.items():
                    same = existing.get(pmid) == hashes[pmid] and versions.get(pmid) == facts.extractor_version
                    if same and not force:
                        result.unchanged += 1
                        continue
                    if pmid in existing:
                        result.updated += 1
                    else:
                        result.new += 1
                    changed.append((article, facts))
                _write(conn, changed, existing)
            if deleted:
                present = [
                    p for (p,) in conn.execute(select(ArticleRow.pmid).where(ArticleRow.pmid.in_(deleted))).all()  # type: ignore[attr-defined]
                ]
                if present:
                    _delete_pmids(conn, present, keep_article=False)
                result.deleted = len(present)
            if in_transaction is not None:
                in_transaction(conn, result)
    except OperationalError as exc:  # busy, timed out, connection lost: say which
        raise DatabaseError(f"{database_error(exc).message} (nothing from this batch was stored)") from None
    except SQLAlchemyError as exc:
        msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise DatabaseError(f"writing to the database failed ({msg[0] if msg else exc}); nothing from this batch was stored") from None
    return result


def _keep_versions(conn: Connection, pmids: Sequence[str]) -> None:
    """Copy the stored form of records about to be replaced into article_version (raw as packed, not unpacked)."""
    rows = conn.execute(
        select(ArticleRow.pmid, ArticleRow.content_hash, ArticleRow.version, ArticleRow.raw, ArticleRow.raw_format)
        .where(ArticleRow.pmid.in_(pmids))  # type: ignore[attr-defined]
    ).all()
    kept = set(
        conn.execute(
            select(ArticleVersionRow.pmid, ArticleVersionRow.content_hash).where(ArticleVersionRow.pmid.in_(pmids))  # type: ignore[attr-defined]
        ).all()
    )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    fresh = [
        {"pmid": p, "content_hash": h, "version": v, "raw": raw, "raw_format": fmt, "replaced_at": now}
        for p, h, v, raw, fmt in rows
        if (p, h) not in kept
    ]
    if fresh:
        conn.execute(insert(ArticleVersionRow), fresh)


def _write(conn: Connection, changed: Sequence[tuple[Article, TrialFacts]], existing: dict[str, str]) -> None:
    if not changed:
        return
    pmids = [a.pmid for a, _ in changed if a.pmid]
    old = [p for p in pmids if p in existing]
    if old:
        revised = {a.pmid for a, _ in changed if a.pmid in existing and existing[a.pmid] != content_hash(a)}
        if revised:
            _keep_versions(conn, sorted(revised))
        _delete_pmids(conn, old, keep_article=True)
    new_rows = [article_values(a) for a, _ in changed if a.pmid not in existing]
    if new_rows:
        conn.execute(insert(ArticleRow), new_rows)
    for article, _ in changed:
        if article.pmid in existing:
            values = article_values(article)
            conn.execute(ArticleRow.__table__.update().where(ArticleRow.pmid == article.pmid).values(**values))  # type: ignore[attr-defined]
    rows: dict[type, list[dict]] = {}
    for article, facts in changed:
        for table, table_rows in fact_rows(article, facts).items():
            rows.setdefault(table, []).extend(table_rows)
    for table in (TrialRow, *CHILD_TABLES):
        if rows.get(table):
            conn.execute(insert(table), rows[table])
    fulltext.add(conn, pmids)
