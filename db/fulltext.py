"""The full-text index of titles and abstracts, one per engine, keyed by PMID.

SQLite: an external-content FTS5 table (it reads title and abstract from the
article rows and keeps no copy) whose rowid is the PMID (porter stemming, titles
weigh ten times the abstract in bm25). PostgreSQL: a narrow table ``article_search``
of (PMID, weighted tsvector) with a GIN index; the vectors stay in the row, so
ranking reads one small table instead of the wide article rows. Both are kept by
the store in the same transaction as the article rows they index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import BigInteger, Integer, String, bindparam, cast, column, exists, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import Select

from trialdb.db.planner import estimated_rows
from trialdb.db.spelling import phrase_variants
from trialdb.errors import InputError

#: The weighted vector of a stored article (title A, abstract B) on PostgreSQL.
#: Text past the first 100,000 characters of a field is not indexed: a tsvector holds at most 1 MB, and no real title or
#: abstract comes near (a hostile one of a million distinct words would make the whole batch fail).
PG_VECTOR = (
    "setweight(to_tsvector('english', left(coalesce(title, ''), 100000)), 'A') || "
    "setweight(to_tsvector('english', left(coalesce(abstract, ''), 100000)), 'B')"
)
_PG_INDEX = table("article_search", column("pmid", BigInteger), column("search_vector"))
_FTS5_INDEX = table("article_fts", column("rowid", Integer))
_TOKEN = re.compile(r'"[^"]*"|\S+')
_MAX_PMID = 2**63 - 1

Terms = list[tuple[str, str, bool]]


def parse_text_query(q: str) -> Terms:
    """Split a query into (operator, term, is_prefix): phrases in quotes, AND/OR/NOT, trailing *."""
    terms: Terms = []
    op = "AND"
    dangling = None
    for tok in _TOKEN.findall(q):
        if tok in ("AND", "OR", "NOT"):
            op = dangling = tok
            continue
        dangling = None
        prefix = tok.endswith("*") and not tok.startswith('"')
        term = tok.strip('"').rstrip("*").strip()
        if tok.startswith("-") and len(tok) > 1:
            op, term = "NOT", term[1:]
        if term:
            terms.append((op, term, prefix))
        op = "AND"
    if not terms:
        raise InputError(f"empty search text {q!r}; give words to search for")
    if dangling:
        raise InputError(f"the search {q!r} ends with {dangling}; put a word after it or leave it out")
    if terms[0][0] == "NOT":
        raise InputError("a search cannot start with NOT; put a term before it, e.g. 'stroke NOT hemorrhage'")
    return terms


def create_index(conn: Connection) -> None:
    """Create the engine's full-text index if missing, moving an older layout's entries into it."""
    if conn.dialect.name == "sqlite":
        _create_fts5(conn)
    else:
        _create_pg(conn)


#: External content: the index reads title and abstract from the article table (by pmid_number, its rowid) and keeps
#: no copy of them; the store adds and removes its entries while the article row holds the text indexed.
FTS5_TABLE = (
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, abstract, content='article', content_rowid='pmid_number', "
    "tokenize='porter unicode61')"
)


def _create_fts5(conn: Connection) -> None:
    made = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'article_fts'")).scalar()
    if made == FTS5_TABLE:
        return
    if made is not None:
        # Older layouts: a copy of the text in the index, or also the PMID as an unindexed column (deleting one record
        # scanned the whole index). The entries are made again from the article table.
        conn.execute(text("DROP TABLE article_fts"))
    conn.execute(text(FTS5_TABLE))
    # Relevance: titles weigh ten times the abstract (FTS5's rank, so ORDER BY rank LIMIT k is fast).
    conn.execute(text("INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"))
    conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"))


def _pg_has(conn: Connection, table_name: str, column_name: str | None = None) -> bool:
    sql = "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = :t"
    params = {"t": table_name}
    if column_name:
        sql += " AND column_name = :c"
        params["c"] = column_name
    return conn.execute(text(sql), params).first() is not None


def _create_pg(conn: Connection) -> None:
    if not _pg_has(conn, "article_search"):
        conn.execute(text("CREATE TABLE article_search (pmid bigint PRIMARY KEY, search_vector tsvector NOT NULL)"))
        # Keep vectors in the row (compressed), not in TOAST: ranking reads the vector of every match.
        conn.execute(text("ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE MAIN"))
        try:
            with conn.begin_nested():  # lz4 decompresses faster than pglz (PostgreSQL 14+, when built with it)
                conn.execute(text("ALTER TABLE article_search ALTER COLUMN search_vector SET COMPRESSION lz4"))
        except SQLAlchemyError:
            pass
        conn.execute(text("CREATE INDEX ix_article_search_vector ON article_search USING gin (search_vector)"))
        conn.execute(text(f"INSERT INTO article_search (pmid, search_vector) SELECT CAST(pmid AS bigint), {PG_VECTOR} FROM article"))
    if _pg_has(conn, "article", "search_vector"):
        # Older databases kept the vector as a generated column of the wide article table.
        conn.execute(text("ALTER TABLE article DROP COLUMN search_vector"))


def add(conn: Connection, pmids: Sequence[str]) -> None:
    """Index the stored title and abstract of ``pmids`` (rows already in the article table)."""
    if not pmids:
        return
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO article_fts (rowid, title, abstract) SELECT CAST(pmid AS INTEGER), title, abstract FROM article WHERE pmid IN :p"
    else:
        sql = f"INSERT INTO article_search (pmid, search_vector) SELECT CAST(pmid AS bigint), {PG_VECTOR} FROM article WHERE pmid IN :p"
    conn.execute(text(sql).bindparams(bindparam("p", expanding=True)), {"p": list(pmids)})


def remove(conn: Connection, pmids: Sequence[str]) -> None:
    """Drop ``pmids`` from the index."""
    if not pmids:
        return
    name = "article_fts WHERE rowid" if conn.dialect.name == "sqlite" else "article_search WHERE pmid"
    conn.execute(text(f"DELETE FROM {name} IN :p").bindparams(bindparam("p", expanding=True)), {"p": [int(p) for p in pmids]})


def _fts5_expression(terms: Terms) -> str:
    parts = []
    for i, (op, term, prefix) in enumerate(terms):
        spellings = ['"' + v.replace('"', '""') + '"' + ("*" if prefix else "") for v in phrase_variants(term)]
        quoted = spellings[0] if len(spellings) == 1 else "(" + " OR ".join(spellings) + ")"
        parts.append(quoted if i == 0 else f"{op} {quoted}")
    return " ".join(parts)


def _pg_term(term: str, prefix: bool):  # type: ignore[no-untyped-def]
    if prefix:
        words = re.findall(r"\w+", term)
        return func.to_tsquery("english", " & ".join(words[:-1] + [words[-1] + ":*"])) if words else None
    if " " in term:
        return func.phraseto_tsquery("english", term)
    return func.plainto_tsquery("english", term)


def _pg_tsquery(terms: Terms):  # type: ignore[no-untyped-def]
    expr = None
    for op, term, prefix in terms:
        q = None
        for variant in phrase_variants(term):  # other spellings of the term, OR-ed ("ischaemic" | "ischemic")
            one = _pg_term(variant, prefix)
            q = one if q is None or one is None else func.tsquery_or(q, one)
        if q is None:
            continue
        if expr is None:
            expr = q
        elif op == "OR":
            expr = func.tsquery_or(expr, q)
        elif op == "NOT":
            expr = func.tsquery_and(expr, func.tsquery_not(q))
        else:
            expr = func.tsquery_and(expr, q)
    return expr


def matches(dialect: str, terms: Terms) -> Select:
    """Return a SELECT of (pmid as text, score, key) for the records matching ``terms``.

    A lower score ranks higher; ties go to the higher key (the PMID as a number: the newer record).
    """
    if dialect == "sqlite":
        return (
            select(
                literal_column("CAST(article_fts.rowid AS TEXT)").label("pmid"),
                literal_column("article_fts.rank").label("score"),
                literal_column("article_fts.rowid").label("key"),
            )
            .select_from(text("article_fts"))
            .where(text("article_fts MATCH :q").bindparams(q=_fts5_expression(terms)))
        )
    tsq = _pg_tsquery(terms)
    s = _PG_INDEX.c
    return select(cast(s.pmid, String).label("pmid"), (-func.ts_rank(s.search_vector, tsq)).label("score"), s.pmid.label("key")).where(
        s.search_vector.op("@@")(tsq)
    )


def matching_keys(terms: Terms) -> Select:
    """Return the SQLite SELECT of the PMIDs (as numbers) matching ``terms``, unranked."""
    return select(_FTS5_INDEX.c.rowid).where(text("article_fts MATCH :q").bindparams(q=_fts5_expression(terms)))


def has_match(terms: Terms, key: Any) -> Any:
    """Return the SQLite condition that the record with PMID ``key`` (an integer expression) matches ``terms``."""
    return exists().where(text("article_fts MATCH :q").bindparams(q=_fts5_expression(terms)), _FTS5_INDEX.c.rowid == key)


def count_select(dialect: str, terms: Terms, within: Select | None = None) -> Select:
    """Return a SELECT of the number of indexed records matching ``terms`` (read from the index alone, nothing ranked).

    ``within``, a SELECT of PMIDs (text), counts only the matches among those (few) records, each looked up by key;
    on SQLite a prefix term costs a lookup of every word it stands for, so then the matches are listed once instead.
    """
    if dialect == "sqlite":
        match = text("article_fts MATCH :q").bindparams(q=_fts5_expression(terms))
        stmt = select(func.count()).select_from(_FTS5_INDEX).where(match)
        if within is None:
            return stmt
        keys = select(cast(within.subquery().c[0], Integer))
        if any(prefix for _, _, prefix in terms):
            found, few = select(_FTS5_INDEX.c.rowid).where(match), keys.subquery()
            return select(func.count()).select_from(few).where(few.c[0].in_(found))
        return stmt.where(_FTS5_INDEX.c.rowid.in_(keys))
    stmt = select(func.count()).select_from(_PG_INDEX).where(_PG_INDEX.c.search_vector.op("@@")(_pg_tsquery(terms)))
    return stmt if within is None else stmt.where(_PG_INDEX.c.pmid.in_(select(cast(within.subquery().c[0], BigInteger))))


def count_matches(conn: Connection, terms: Terms) -> int:
    """Return how many indexed records match ``terms``."""
    return conn.execute(count_select(conn.dialect.name, terms)).scalar_one()


#: On PostgreSQL, windows pay off only for words in at least this share of records: walking the PMID index
#: newest first then meets a window's matches soon, while ranking every match would read most rows.
PG_WINDOW_SHARE = 0.15


def windowed_total(conn: Connection, terms: Terms, size: int) -> int | None:
    """Return how many records match ``terms`` when relevance is ranked a window of ``size`` at a time, else None.

    SQLite counts (FTS5 counts without ranking, fast) and ranks by windows past ``size`` matches.
    PostgreSQL gives its planner's estimate, as counting would read every matching row, and ranks by
    windows only for words common enough (PG_WINDOW_SHARE) that the newest ``size`` are found quickly.
    """
    if conn.dialect.name == "sqlite":
        n = count_matches(conn, terms)
        return n if n > size else None
    n = estimated_rows(conn, matches(conn.dialect.name, terms))
    indexed = conn.execute(text("SELECT reltuples FROM pg_class WHERE oid = to_regclass('article_search')")).scalar() or 0
    return n if n > size and n >= PG_WINDOW_SHARE * max(indexed, n) else None


def ranked_window(conn: Connection, terms: Terms, below: int | None, size: int) -> tuple[Iterator[str], int | None]:
    """Rank the ``size`` newest matches (highest PMIDs) below PMID ``below``.

    Returns their PMIDs best first, and the lowest PMID of the window (None when it held every
    remaining match, so there is no older window).
    """
    high = _MAX_PMID if below is None else below
    if conn.dialect.name == "sqlite":
        q = _fts5_expression(terms)
        low = conn.execute(
            text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q AND rowid < :hi ORDER BY rowid DESC LIMIT 1 OFFSET :n"),
            {"q": q, "hi": high, "n": size - 1},
        ).scalar()
        ranked = conn.execute(
            text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q AND rowid >= :lo AND rowid < :hi ORDER BY rank, rowid DESC"),
            {"q": q, "lo": low or 0, "hi": high},
        )
        return (str(r) for (r,) in ranked), low
    tsq = _pg_tsquery(terms)
    s = _PG_INDEX.c
    match = s.search_vector.op("@@")(tsq)
    rank = [func.ts_rank(s.search_vector, tsq).desc(), s.pmid.desc()]
    if below is None and windowed_total(conn, terms, size) is None:
        # Rank every match in one pass over the index table.
        return (str(r) for r in conn.execute(select(s.pmid).where(match).order_by(*rank)).scalars()), None
    # One walk down the PMID index scores the window's matches as it finds them (no vectors are sorted);
    # the window is then sorted by score and streamed, so only the rows read are sent.
    newest = (
        select(s.pmid, func.ts_rank(s.search_vector, tsq).label("score")).where(match, s.pmid < high).order_by(s.pmid.desc()).limit(size)
    ).subquery()
    rows = conn.execute(
        select(newest.c.pmid, func.min(newest.c.pmid).over(), func.count().over())
        .order_by(newest.c.score.desc(), newest.c.pmid.desc())
        .execution_options(yield_per=500)
    )
    first = rows.fetchone()
    if first is None:
        return iter(()), None
    low = first[1] if first[2] == size else None
    return (str(r[0]) for r in chain([first], rows)), low
