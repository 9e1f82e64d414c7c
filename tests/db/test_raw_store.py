"""The lean store: raw records kept compressed, read back as they were read; on SQLite a full-text index without a
copy of the text; and a database at the previous revision (0002) upgraded to it with every raw record the same and
every search finding the same records with the same scores."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db import fulltext
from trialdb.db.engine import init_db, make_engine
from trialdb.db.migrations.runner import _transaction, alembic_config, upgrade_database
from trialdb.db.models import ArticleRow, ArticleVersionRow
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.db.store import content_hash
from trialdb.errors import DatabaseError
from trialdb.fetch import Article, read_articles

from ..conftest import PUBMED, SEED, pubmed_files

runner = CliRunner()
#: Searches of every kind the query language has, most of them matching many of the bundled records.
QUERIES = ["stroke", "patients", "randomized OR placebo", '"stem cells"', "rat*", "stroke NOT ischemic", "cell* AND trial", "ischaemic"]


def run(*args: object) -> tuple[int, str, str]:
    r = runner.invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def searches(conn: Connection) -> dict[str, list[tuple[str, float]]]:
    """Each query's matches as (PMID, score), best first, read from the full-text index as search reads it."""
    out = {}
    for q in QUERIES:
        sub = fulltext.matches(conn.dialect.name, fulltext.parse_text_query(q)).subquery()
        out[q] = [(p, s) for p, s, _ in conn.execute(select(sub).order_by(sub.c.score, sub.c.key.desc()))]
    return out


def raws(conn: Connection) -> dict[tuple[str, str], str]:
    """Every stored raw record's text, by (table, PMID and content hash)."""
    unpacked = {("article", p, h): unpack_raw(r) for p, h, r in conn.execute(select(ArticleRow.pmid, ArticleRow.content_hash, ArticleRow.raw))}
    versions = conn.execute(select(ArticleVersionRow.pmid, ArticleVersionRow.content_hash, ArticleVersionRow.raw))
    return unpacked | {("article_version", p, h): unpack_raw(r) for p, h, r in versions}  # type: ignore[return-value]


def fts_check(conn: Connection) -> None:
    """Raise unless SQLite's index holds exactly the entries of the article rows (FTS5's own integrity check)."""
    conn.execute(text("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"))


def previous_revision_database(engine: Engine, articles: list[Article]) -> None:
    """Make the database of ``engine`` at revision 0002 holding ``articles`` as trialdb stored them then.

    Raw text in the raw columns, the full-text index with its own copy of title and abstract (SQLite), and the first
    article also kept in article_version with another hash, as a revised record is.
    """
    with _transaction(engine) as conn:
        command.upgrade(alembic_config(conn), "0002")
        for a in articles:
            conn.execute(
                text(
                    "INSERT INTO article (pmid, version, title, abstract, year, authors, publication_types, mesh_terms, keywords, raw, raw_format, "
                    "content_hash, retracted, expression_of_concern) VALUES (:pmid, :version, :title, :abstract, :year, '[]', '[]', '[]', '[]', "
                    ":raw, :raw_format, :hash, :retracted, false)"
                ),
                {"pmid": a.pmid, "version": a.version, "title": a.title, "abstract": a.abstract, "year": a.year, "raw": a.raw,
                 "raw_format": a.raw_format, "hash": content_hash(a), "retracted": a.retracted},
            )
        first = articles[0]
        conn.execute(
            text("INSERT INTO article_version (pmid, content_hash, version, raw, raw_format, replaced_at) VALUES (:p, :h, 1, :r, :f, '2024-01-02')"),
            {"p": first.pmid, "h": "0" * 64, "r": first.raw.replace("<ArticleTitle>", "<ArticleTitle>Earlier: "), "f": first.raw_format},
        )
        if conn.dialect.name == "sqlite":
            conn.execute(text("INSERT INTO article_fts (rowid, title, abstract) SELECT CAST(pmid AS INTEGER), title, abstract FROM article"))
        else:
            conn.execute(text(f"INSERT INTO article_search (pmid, search_vector) SELECT CAST(pmid AS bigint), {fulltext.PG_VECTOR} FROM article"))


def test_a_database_at_the_previous_revision_upgrades_with_raw_records_and_searches_unchanged(db_url: str) -> None:
    articles = [a for a in read_articles([*pubmed_files(), Path(__file__).parents[1] / "data" / "hostile" / "book-29465922.xml"]) if a.pmid]
    articles = list({a.pmid: a for a in articles}.values())
    engine = make_engine(db_url)
    previous_revision_database(engine, articles)
    with engine.connect() as conn:
        before_raws = {("article", p, h): r for p, h, r in conn.execute(text("SELECT pmid, content_hash, raw FROM article"))}
        before_raws |= {("article_version", p, h): r for p, h, r in conn.execute(text("SELECT pmid, content_hash, raw FROM article_version"))}
        before = searches(conn)
    assert len(before_raws) == len(articles) + 1 > 250
    assert sum(len(m) for m in before.values()) > 100 and all(before.values())

    assert run("search", "stroke", "--db", db_url)[0] == 5  # refused until upgraded
    result = upgrade_database(engine)
    assert (result.before, result.after) == ("0002", "0003")

    with engine.connect() as conn:
        assert raws(conn) == before_raws
        assert searches(conn) == before
        stored = conn.execute(select(ArticleRow.pmid, ArticleRow.raw, ArticleRow.pmid_number)).all()
        if conn.dialect.name == "sqlite":
            fts_check(conn)
            tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'article_fts%'")).scalars())
            assert tables == {"article_fts", "article_fts_data", "article_fts_idx", "article_fts_docsize", "article_fts_config"}
    assert all(isinstance(raw, bytes) and number == int(pmid) for pmid, raw, number in stored)
    assert sum(len(raw) for _, raw, _ in stored) < 0.4 * sum(len(r.encode()) for r in before_raws.values())

    # This trialdb uses the upgraded database as its own: the same record read again is unchanged, a revised one updated.
    init_db(engine)
    code, out, err = run("ingest", SEED, "--db", db_url)
    assert code == 0 and "0 new, 1 updated" in out, err  # updated: 0002 had no trial row for it
    code, out, err = run("ingest", SEED, "--db", db_url)
    assert code == 0 and "1 unchanged" in out, err
    with engine.connect() as conn:
        assert raws(conn) == before_raws
        if conn.dialect.name == "sqlite":
            fts_check(conn)

    with _transaction(engine) as conn:  # and back: the raw records as text again, the index with its own copy
        command.downgrade(alembic_config(conn), "0002")
    with engine.connect() as conn:
        back = {("article", p, h): r for p, h, r in conn.execute(text("SELECT pmid, content_hash, raw FROM article"))}
        back |= {("article_version", p, h): r for p, h, r in conn.execute(text("SELECT pmid, content_hash, raw FROM article_version"))}
        assert back == before_raws and searches(conn) == before
    engine.dispose()


def test_raw_records_are_stored_compressed_and_read_back_as_read(engine: Engine) -> None:
    code, _, err = run("ingest", *pubmed_files(), "--db", str(engine.url.render_as_string(hide_password=False)))
    assert code == 0, err
    articles = {a.pmid: a for a in read_articles(pubmed_files()) if a.pmid}
    with engine.connect() as conn:
        stored = {p: (raw, h) for p, raw, h in conn.execute(select(ArticleRow.pmid, ArticleRow.raw, ArticleRow.content_hash))}
    assert stored.keys() == articles.keys()
    for pmid, (raw, digest) in stored.items():
        assert unpack_raw(raw) == articles[pmid].raw
        assert digest == content_hash(articles[pmid])  # the hash of the text, as before: change detection is unchanged
    packed = sum(len(raw) for raw, _ in stored.values())
    assert packed < 0.35 * sum(len(a.raw.encode()) for a in articles.values())
    assert pack_raw(articles["33472925"].raw) == stored["33472925"][0]


def test_the_index_follows_new_revised_and_deleted_records(engine: Engine, tmp_path: Path) -> None:
    url = engine.url.render_as_string(hide_password=False)
    assert run("ingest", SEED, PUBMED / "metapub__35358095.xml", PUBMED / "pubmedpy__efetch.xml", "--db", url)[0] == 0
    revised = tmp_path / "revised.xml"
    revised.write_text(SEED.read_text(encoding="utf-8").replace("<ArticleTitle>", "<ArticleTitle>Zebrafish "), encoding="utf-8")
    deletion = tmp_path / "deletion.xml"
    deletion.write_text('<PubmedArticleSet><DeleteCitation><PMID Version="1">35358095</PMID></DeleteCitation></PubmedArticleSet>')

    assert run("search", "zebrafish", "-f", "ids", "--db", url)[1] == ""
    code, out, err = run("ingest", revised, "--db", url)
    assert code == 0 and "1 updated" in out, err
    assert run("search", "zebrafish", "-f", "ids", "--db", url)[1].split() == ["33472925"]
    with engine.connect() as conn:  # the replaced form is kept, compressed, and reads back as it was
        (kept,) = conn.execute(select(ArticleVersionRow.raw)).scalars()
    assert unpack_raw(kept) == next(iter(read_articles([SEED]))).raw

    assert "35358095" in run("search", "neutrophil", "-f", "ids", "--db", url)[1].split()
    code, out, err = run("ingest", deletion, "--db", url)
    assert code == 0 and "1 deleted" in out, err
    assert "35358095" not in run("search", "neutrophil", "-f", "ids", "--db", url)[1].split()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            fts_check(conn)
            assert conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'article_fts_content'")).first() is None
        else:  # the narrow index table holds the vectors, no text
            columns = conn.execute(text("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                        "AND table_name = 'article_search' ORDER BY ordinal_position")).scalars().all()
            assert columns == ["pmid", "search_vector"]


@pytest.mark.parametrize(("damage", "reason"), [(b"", "not zlib data"), (pack_raw("x")[:-3], "not zlib data"), (zlib.compress(b"\xff"), "not UTF-8 text")])
def test_a_damaged_stored_raw_record_is_one_line_not_a_traceback(damage: bytes, reason: str) -> None:
    with pytest.raises(DatabaseError, match=rf"^a stored raw record is damaged \({reason}\); restore the database from a backup$"):
        unpack_raw(damage)
