"""The nullable columns that trialdb before migrations added to an older database on open (legacy.ADDED_COLUMNS).

trial.planned_n (commit 38339c9); article.pmc_id and details, screening.reviewer, and arm_result's timepoint,
median, q1, q3 and sentence (commit 3280dcc). Each is added only where missing: a database made between those
commits, or opened by a trialdb that added some of them, has a part already. Existing rows get NULL, which every
reader takes as "not recorded" (re-extraction fills details and the arm results' new fields).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Column names and types by table.
COLUMNS: dict[str, tuple[tuple[str, sa.types.TypeEngine], ...]] = {
    "trial": (("planned_n", sa.Integer()),),
    "article": (("pmc_id", sa.String(length=16)), ("details", sa.Text())),
    "screening": (("reviewer", sa.String(length=100)),),
    "arm_result": (("timepoint", sa.Text()), ("median", sa.Float()), ("q1", sa.Float()), ("q3", sa.Float()), ("sentence", sa.Text())),
}


def upgrade() -> None:
    """Add each column of COLUMNS its table lacks; returns None."""
    inspector = sa.inspect(op.get_bind())
    for table, columns in COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for name, type_ in columns:
            if name not in have:
                op.add_column(table, sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    """Drop the columns again (SQLite: by copying each table, in batch mode); returns None."""
    if op.get_bind().dialect.name == "sqlite":
        # The copy would rebuild db/indexes.py's index without its DESC; the next upgrade makes it again.
        op.execute("DROP INDEX IF EXISTS ix_article_newest")
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _ in columns:
                batch.drop_column(name)
