"""SQLModel tables: articles (raw record kept), trial facts, arms, outcomes, p-values, effects,
registry IDs and the provenance of every extracted value. Child rows are keyed by (pmid, position)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel


class ArticleRow(SQLModel, table=True):
    """One PubMed record as read, with its raw XML/MEDLINE (compressed) and a hash of it for change detection."""

    __tablename__ = "article"
    pmid: str = Field(primary_key=True, max_length=16)
    version: int = 1
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    abstract: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    journal: str | None = None
    journal_abbrev: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    year: int | None = Field(default=None, index=True)
    pub_date: str | None = None
    authors: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    publication_types: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    mesh_terms: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    keywords: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    doi: str | None = None
    language: str | None = None
    raw_format: str = "pubmed-xml"
    content_hash: str = Field(max_length=64)
    retracted: bool = Field(default=False, index=True)
    expression_of_concern: bool = False
    pmc_id: str | None = Field(default=None, max_length=16)
    #: fetch.article.record_details as JSON (PMC ID, dates, affiliations, MeSH with UIs, chemicals, grants, ...);
    #: None for a record stored before they were kept, until reextract --all rewrites it.
    details: str | None = Field(default=None, sa_column=Column(Text))
    #: The PMID as a number: the rowid of SQLite's full-text index, which reads title and abstract from this table by it.
    pmid_number: int = Field(sa_column=Column(BigInteger, nullable=False, unique=True, index=True))
    #: The raw record as db/raw.py packs it (zlib-compressed UTF-8); last, so that SQLite reaches the other columns
    #: without walking the overflow pages a long record takes.
    raw: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False, default=b""))


class ArticleVersionRow(SQLModel, table=True):
    """An earlier form of a record, kept when a revised one replaced it."""

    __tablename__ = "article_version"
    pmid: str = Field(primary_key=True, max_length=16)
    content_hash: str = Field(primary_key=True, max_length=64)
    version: int = 1
    #: As db/raw.py packs it, like article.raw.
    raw: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False, default=b""))
    raw_format: str = "pubmed-xml"
    replaced_at: str = Field(max_length=32)


class SavedSearchRow(SQLModel, table=True):
    """A PubMed query kept under a name, and the start of its last complete update."""

    __tablename__ = "saved_search"
    name: str = Field(primary_key=True, max_length=100)
    query: str = Field(sa_column=Column(Text, nullable=False))
    created_at: str = Field(max_length=32)
    last_success_at: str | None = Field(default=None, max_length=32)


class RunRow(SQLModel, table=True):
    """One fetch, update or import: what PRISMA-S asks a reviewer to report."""

    __tablename__ = "run"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    saved_search: str | None = Field(default=None, max_length=100)
    query: str | None = Field(default=None, sa_column=Column(Text))
    query_translation: str | None = Field(default=None, sa_column=Column(Text))
    database: str = "PubMed"
    started_at: str = Field(max_length=32)
    finished_at: str | None = Field(default=None, max_length=32)
    status: str = Field(default="running", max_length=16)
    found: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    message: str | None = Field(default=None, sa_column=Column(Text))
    trialdb_version: str = Field(max_length=32)
    extractor_version: str = Field(max_length=32)


class TrialRow(SQLModel, table=True):
    """The design, sample size and evidence class extracted from one article."""

    __tablename__ = "trial"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    extractor_version: str = Field(index=True)
    study_type: str = Field(index=True)
    randomized: bool | None = None
    controlled: bool | None = None
    blinding: str | None = Field(default=None, index=True)
    outcome_assessor_blinded: bool | None = None
    placebo: bool | None = None
    phase: str | None = Field(default=None, index=True)
    allocation_ratio: str | None = None
    multicenter: bool | None = None
    crossover: bool | None = None
    total_n: int | None = Field(default=None, index=True)
    randomized_n: int | None = None
    analyzed_n: int | None = None
    planned_n: int | None = None
    evidence_scheme: str | None = None
    evidence_level: str | None = Field(default=None, index=True)
    evidence_text: str | None = Field(default=None, sa_column=Column(Text))
    facts_json: str = Field(sa_column=Column(Text, nullable=False))


class ArmRow(SQLModel, table=True):
    """One arm's stated size."""

    __tablename__ = "arm"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    label: str = Field(sa_column=Column(Text, nullable=False))
    n: int


class OutcomeRow(SQLModel, table=True):
    """One declared primary or secondary outcome."""

    __tablename__ = "outcome"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    role: str
    name: str = Field(sa_column=Column(Text, nullable=False))
    timepoint: str | None = None


class PValueRow(SQLModel, table=True):
    """One reported p-value with its offsets and the outcome it tests."""

    __tablename__ = "p_value"
    __table_args__ = (Index("ix_p_value_value", "value"),)
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    op: str = Field(max_length=2)
    value: float = Field(sa_column=Column(Float, nullable=False))
    text: str
    start: int
    end: int
    section: str | None = None
    outcome: str | None = Field(default=None, sa_column=Column(Text))


class EffectRow(SQLModel, table=True):
    """One reported effect estimate with its CI."""

    __tablename__ = "effect"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    measure: str
    value: float = Field(sa_column=Column(Float, nullable=False))
    ci_low: float | None = Field(default=None, sa_column=Column(Float))
    ci_high: float | None = Field(default=None, sa_column=Column(Float))
    ci_level: float | None = Field(default=None, sa_column=Column(Float))
    text: str = Field(sa_column=Column(Text, nullable=False))
    outcome: str | None = Field(default=None, sa_column=Column(Text))


class ArmResultRow(SQLModel, table=True):
    """One arm's stated result for an outcome at a time point (events of total, mean and SD, median and IQR), with its sentence."""

    __tablename__ = "arm_result"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    outcome: str | None = Field(default=None, sa_column=Column(Text))
    arm: str = Field(sa_column=Column(Text, nullable=False))
    events: int | None = None
    total: int | None = None
    mean: float | None = Field(default=None, sa_column=Column(Float))
    sd: float | None = Field(default=None, sa_column=Column(Float))
    derived: bool = False
    text: str = Field(sa_column=Column(Text, nullable=False))
    timepoint: str | None = Field(default=None, sa_column=Column(Text))
    median: float | None = Field(default=None, sa_column=Column(Float))
    q1: float | None = Field(default=None, sa_column=Column(Float))
    q3: float | None = Field(default=None, sa_column=Column(Float))
    sentence: str | None = Field(default=None, sa_column=Column(Text))


class ArticleTagRow(SQLModel, table=True):
    """A MeSH heading or publication type of an article, one row each, for indexed filters."""

    __tablename__ = "article_tag"
    __table_args__ = (Index("ix_article_tag_kind_value", "kind", "value"),)
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    kind: str = Field(primary_key=True, max_length=8)
    value: str = Field(primary_key=True, max_length=255)


class RegistryIdRow(SQLModel, table=True):
    """A trial registry ID named by an article (text or DataBank list)."""

    __tablename__ = "registry_id"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    registry_id: str = Field(primary_key=True, index=True, max_length=64)


class ProvenanceRow(SQLModel, table=True):
    """Where one extracted value came from: section, sentence, character offsets."""

    __tablename__ = "provenance"
    pmid: str = Field(primary_key=True, foreign_key="article.pmid", max_length=16)
    position: int = Field(primary_key=True)
    field_name: str
    value: str = Field(sa_column=Column(Text, nullable=False))
    section: str | None = None
    start: int
    end: int
    sentence: str = Field(sa_column=Column(Text, nullable=False))


class SearchMemberRow(SQLModel, table=True):
    """A record that a saved search brought in (kept when the record is revised)."""

    __tablename__ = "search_member"
    saved_search: str = Field(primary_key=True, max_length=100)
    pmid: str = Field(primary_key=True, max_length=16, index=True)


class ScreeningRow(SQLModel, table=True):
    """One screening decision by one reviewer; each reviewer's latest per PMID is theirs. Never touched by re-extraction.

    ``reviewer`` is None for decisions recorded before trialdb kept reviewers' names.
    """

    __tablename__ = "screening"
    id: int | None = Field(default=None, primary_key=True)
    pmid: str = Field(index=True, max_length=16)
    reviewer: str | None = Field(default=None, max_length=100)
    decision: str = Field(max_length=16)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    decided_at: str = Field(max_length=32)


#: Child tables, deleted and rewritten together when an article's facts change.
CHILD_TABLES = (ArmRow, OutcomeRow, PValueRow, EffectRow, RegistryIdRow, ProvenanceRow, ArticleTagRow, ArmResultRow)
