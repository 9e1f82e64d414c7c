"""Baseline: the schema of trialdb at commit 6256482 (2026-11-30), before the columns of revision 0002.

Frozen: written out here, not taken from db/models.py or db/fulltext.py, which describe the head.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import SQLAlchemyError

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: The tables, children last (the order foreign keys need).
TABLES = ("article", "article_version", "run", "saved_search", "screening", "search_member", "arm", "arm_result", "article_tag", "effect",
          "outcome", "p_value", "provenance", "registry_id", "trial")


def upgrade() -> None:
    """Create the baseline tables, their indexes and the full-text index; returns None."""
    op.create_table("article",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("abstract", sa.Text(), nullable=False),
        sa.Column("journal", sa.String, nullable=True),
        sa.Column("journal_abbrev", sa.String, nullable=True),
        sa.Column("volume", sa.String, nullable=True),
        sa.Column("issue", sa.String, nullable=True),
        sa.Column("pages", sa.String, nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("pub_date", sa.String, nullable=True),
        sa.Column("authors", sa.Text(), nullable=False),
        sa.Column("publication_types", sa.Text(), nullable=False),
        sa.Column("mesh_terms", sa.Text(), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("doi", sa.String, nullable=True),
        sa.Column("language", sa.String, nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("raw_format", sa.String, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("expression_of_concern", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("pmid")
    )
    op.create_index("ix_article_retracted", "article", ["retracted"], unique=False)
    op.create_index("ix_article_year", "article", ["year"], unique=False)
    op.create_table("article_version",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("raw_format", sa.String, nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("pmid", "content_hash")
    )
    op.create_table("run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("saved_search", sa.String(length=100), nullable=True),
        sa.Column("query", sa.Text(), nullable=True),
        sa.Column("query_translation", sa.Text(), nullable=True),
        sa.Column("database", sa.String, nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("revised", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("trialdb_version", sa.String(length=32), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    op.create_table("saved_search",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("last_success_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("name")
    )
    op.create_table("screening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_screening_pmid", "screening", ["pmid"], unique=False)
    op.create_table("search_member",
        sa.Column("saved_search", sa.String(length=100), nullable=False),
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("saved_search", "pmid")
    )
    op.create_index("ix_search_member_pmid", "search_member", ["pmid"], unique=False)
    op.create_table("arm",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_table("arm_result",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("arm", sa.Text(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("mean", sa.Float(), nullable=True),
        sa.Column("sd", sa.Float(), nullable=True),
        sa.Column("derived", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_table("article_tag",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "kind", "value")
    )
    op.create_index("ix_article_tag_kind_value", "article_tag", ["kind", "value"], unique=False)
    op.create_table("effect",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String, nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("ci_low", sa.Float(), nullable=True),
        sa.Column("ci_high", sa.Float(), nullable=True),
        sa.Column("ci_level", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_table("outcome",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("timepoint", sa.String, nullable=True),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_table("p_value",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=2), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("section", sa.String, nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_index("ix_p_value_value", "p_value", ["value"], unique=False)
    op.create_table("provenance",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field_name", sa.String, nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("section", sa.String, nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "position")
    )
    op.create_table("registry_id",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid", "registry_id")
    )
    op.create_index("ix_registry_id_registry_id", "registry_id", ["registry_id"], unique=False)
    op.create_table("trial",
        sa.Column("pmid", sa.String(length=16), nullable=False),
        sa.Column("extractor_version", sa.String, nullable=False),
        sa.Column("study_type", sa.String, nullable=False),
        sa.Column("randomized", sa.Boolean(), nullable=True),
        sa.Column("controlled", sa.Boolean(), nullable=True),
        sa.Column("blinding", sa.String, nullable=True),
        sa.Column("outcome_assessor_blinded", sa.Boolean(), nullable=True),
        sa.Column("placebo", sa.Boolean(), nullable=True),
        sa.Column("phase", sa.String, nullable=True),
        sa.Column("allocation_ratio", sa.String, nullable=True),
        sa.Column("multicenter", sa.Boolean(), nullable=True),
        sa.Column("crossover", sa.Boolean(), nullable=True),
        sa.Column("total_n", sa.Integer(), nullable=True),
        sa.Column("randomized_n", sa.Integer(), nullable=True),
        sa.Column("analyzed_n", sa.Integer(), nullable=True),
        sa.Column("evidence_scheme", sa.String, nullable=True),
        sa.Column("evidence_level", sa.String, nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.Column("facts_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["pmid"], ["article.pmid"]),
        sa.PrimaryKeyConstraint("pmid")
    )
    op.create_index("ix_trial_blinding", "trial", ["blinding"], unique=False)
    op.create_index("ix_trial_evidence_level", "trial", ["evidence_level"], unique=False)
    op.create_index("ix_trial_extractor_version", "trial", ["extractor_version"], unique=False)
    op.create_index("ix_trial_phase", "trial", ["phase"], unique=False)
    op.create_index("ix_trial_study_type", "trial", ["study_type"], unique=False)
    op.create_index("ix_trial_total_n", "trial", ["total_n"], unique=False)

    _full_text_index()


def _full_text_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, abstract, tokenize='porter unicode61')")
        op.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')")
        return
    op.execute("CREATE TABLE article_search (pmid bigint PRIMARY KEY, search_vector tsvector NOT NULL)")
    op.execute("ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE MAIN")
    try:
        with bind.begin_nested():  # lz4 only where the server was built with it (PostgreSQL 14+)
            op.execute("ALTER TABLE article_search ALTER COLUMN search_vector SET COMPRESSION lz4")
    except SQLAlchemyError:
        pass
    op.execute("CREATE INDEX ix_article_search_vector ON article_search USING gin (search_vector)")


def downgrade() -> None:
    """Drop every table of the baseline and the full-text index (the database is then empty); returns None."""
    op.execute("DROP TABLE IF EXISTS article_fts" if op.get_bind().dialect.name == "sqlite" else "DROP TABLE IF EXISTS article_search")
    for table in reversed(TABLES):
        op.drop_table(table)
