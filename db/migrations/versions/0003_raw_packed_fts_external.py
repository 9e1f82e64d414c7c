"""A leaner store: raw records zlib-compressed, and on SQLite a full-text index that keeps no copy of the text.

article.raw and article_version.raw become binary columns holding the record's UTF-8 text zlib-compressed at level 6
(what db/raw.py's pack_raw writes); content_hash, taken of the text, is left as it is. article gains pmid_number, the
PMID as a number with a unique index: on SQLite the FTS5 table becomes external-content, reading title and abstract
from article by it, and is rebuilt from the article rows. PostgreSQL's article_search holds vectors only and stays.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Rows converted per statement: memory stays flat on a database of any size.
BATCH = 1000
LEVEL = 6
#: The full-text index at 0003 (db/fulltext.py's FTS5_TABLE, as it was then; create_index leaves it alone when equal).
FTS5_EXTERNAL = (
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, abstract, content='article', content_rowid='pmid_number', "
    "tokenize='porter unicode61')"
)
#: The full-text index at 0002: its own copy of title and abstract, rowid the PMID.
FTS5_OWN = "CREATE VIRTUAL TABLE article_fts USING fts5(title, abstract, tokenize='porter unicode61')"
FTS5_RANK = "INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"


def pack(text: str) -> bytes:
    """Return a raw record as 0003 stores it: UTF-8, zlib level 6."""
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(stored: bytes) -> str:
    """Return the text of a raw record stored as at 0003."""
    return zlib.decompress(stored).decode("utf-8")


def _convert(table: str, key: tuple[str, ...], source: str, target: str, change: Callable[[Any], Any], extra: str = "") -> None:
    """Write ``change(source)`` into ``target`` for every row of ``table``, BATCH rows at a time in ``key`` order.

    ``extra`` is more of the SET clause (SQL on the row's own columns).
    """
    bind = op.get_bind()
    cols = ", ".join(key)
    where = " AND ".join(f"{k} = :k{i}" for i, k in enumerate(key))
    # Keyset paging on the whole key ("after the last row"), written out for one or two columns.
    after = f"{key[0]} > :a0" if len(key) == 1 else f"({key[0]} > :a0 OR ({key[0]} = :a0 AND {key[1]} > :a1))"
    update = sa.text(f"UPDATE {table} SET {target} = :v{extra} WHERE {where}")
    last: tuple[Any, ...] | None = None
    while True:
        sql = f"SELECT {cols}, {source} FROM {table}" + (f" WHERE {after}" if last else "") + f" ORDER BY {cols} LIMIT {BATCH}"
        rows = bind.execute(sa.text(sql), {f"a{i}": v for i, v in enumerate(last or ())}).all()
        if not rows:
            return
        bind.execute(update, [{**{f"k{i}": v for i, v in enumerate(row[:-1])}, "v": change(row[-1])} for row in rows])
        last = tuple(rows[-1][:-1])


def _swap(table: str, old: str, new: str) -> None:
    """Drop column ``old`` of ``table`` and give ``new`` its name, NOT NULL (on SQLite by copying the table)."""
    with op.batch_alter_table(table) as batch:
        batch.drop_column(old)
        batch.alter_column(new, new_column_name=old, nullable=False)


def _packed(table: str) -> bool:
    """Return whether ``table``'s raw column is binary already (a database of this shape placed by its columns at an
    older revision, e.g. after another column was dropped by hand: its raw records are packed, and stay so)."""
    return any(c["name"] == "raw" and isinstance(c["type"], sa.LargeBinary) for c in sa.inspect(op.get_bind()).get_columns(table))


def upgrade() -> None:
    """Compress the raw records, add article.pmid_number and make SQLite's index external-content; returns None."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TABLE IF EXISTS article_fts")
        # The table copy below would make this DESC index again without DESC; create_indexes makes it after the upgrade.
        op.execute("DROP INDEX IF EXISTS ix_article_newest")
    if not _packed("article"):
        op.add_column("article", sa.Column("pmid_number", sa.BigInteger(), nullable=True))
        op.add_column("article", sa.Column("raw_packed", sa.LargeBinary(), nullable=True))
        _convert("article", ("pmid",), "raw", "raw_packed", pack, extra=", pmid_number = CAST(pmid AS BIGINT)")
        with op.batch_alter_table("article") as batch:
            batch.drop_column("raw")
            batch.alter_column("raw_packed", new_column_name="raw", nullable=False)
            batch.alter_column("pmid_number", nullable=False)
        op.create_index("ix_article_pmid_number", "article", ["pmid_number"], unique=True)
    if not _packed("article_version"):
        op.add_column("article_version", sa.Column("raw_packed", sa.LargeBinary(), nullable=True))
        _convert("article_version", ("pmid", "content_hash"), "raw", "raw_packed", pack)
        _swap("article_version", "raw", "raw_packed")
    if sqlite:
        op.execute(FTS5_EXTERNAL)
        op.execute(FTS5_RANK)
        op.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


def downgrade() -> None:
    """Store the raw records as text again, drop pmid_number and give SQLite's index its own copy; returns None."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TABLE IF EXISTS article_fts")
        op.execute("DROP INDEX IF EXISTS ix_article_newest")
    op.drop_index("ix_article_pmid_number", table_name="article")
    for table, key in (("article", ("pmid",)), ("article_version", ("pmid", "content_hash"))):
        op.add_column(table, sa.Column("raw_text", sa.Text(), nullable=True))
        _convert(table, key, "raw", "raw_text", unpack)
    with op.batch_alter_table("article") as batch:
        batch.drop_column("raw")
        batch.drop_column("pmid_number")
        batch.alter_column("raw_text", new_column_name="raw", nullable=False)
    _swap("article_version", "raw", "raw_text")
    if sqlite:
        op.execute(FTS5_OWN)
        op.execute(FTS5_RANK)
        op.execute("INSERT INTO article_fts (rowid, title, abstract) SELECT CAST(pmid AS INTEGER), title, abstract FROM article")
