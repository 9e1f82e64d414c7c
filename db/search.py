"""One search API over both engines: full text (FTS5 / tsvector) plus filters on extracted facts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from itertools import islice
from types import SimpleNamespace
from typing import Any

from sqlalchemy import BigInteger, String, and_, any_, bindparam, cast, exists, func, literal_column, or_, select, union
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import Select

from trialdb.db import fulltext
from trialdb.db.decisions import consensus_decisions
from trialdb.db.models import (
    ArticleRow,
    ArticleTagRow,
    OutcomeRow,
    PValueRow,
    RegistryIdRow,
    SavedSearchRow,
    ScreeningRow,
    SearchMemberRow,
    TrialRow,
)
from trialdb.db.planner import estimated_rows
from trialdb.errors import InputError, NotFoundError
from trialdb.extract.registry import normalise_registry_id

BLINDINGS = ("open-label", "single-blind", "double-blind", "triple-blind")
SCREENING = ("included", "excluded", "conflict", "unscreened")
SORTS = ("relevance", "year", "n")
STUDY_TYPES = ("rct", "non-randomized", "single-arm", "observational", "systematic-review", "meta-analysis", "other")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "I": "I", "II": "II", "III": "III", "IV": "IV"}


#: A filter's value: one, several (any matches) or none.
Choice = str | tuple[str, ...] | None


@dataclass(frozen=True)
class SearchQuery:
    """What to search for: free text and filters on the extracted facts.

    A filter given several values (``design=("rct", "non-randomized")``) matches any of them; different filters all
    apply. A range whose ends contradict each other is refused when the query is made.
    """

    text: str | None = None
    design: Choice = None
    min_n: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    registry: Choice = None
    evidence_class: Choice = None
    blinding: Choice = None
    phase: Choice = None
    max_n: int | None = None
    has_pvalue_below: float | None = None
    outcome: Choice = None
    mesh: Choice = None
    pubtype: Choice = None
    author: Choice = None
    journal: Choice = None
    saved_search: str | None = None
    screening: str | None = None
    include_retracted: bool = False
    sort: str | None = None
    limit: int | None = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if self.min_n is not None and self.max_n is not None and self.min_n > self.max_n:
            raise InputError(f"--min-n {self.min_n} is more than --max-n {self.max_n}: no trial can match; swap them")
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise InputError(f"--year-from {self.year_from} is after --year-to {self.year_to}: no trial can match; swap them")


def choices(value: Choice) -> tuple[str, ...]:
    """Return a filter's values as a tuple: () when unset, one value or several (any of which matches)."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(v for v in value if v)


@dataclass(frozen=True)
class SearchHit:
    """One matching trial, as a row of the results table."""

    pmid: str
    year: int | None
    title: str
    journal: str | None
    study_type: str
    total_n: int | None
    blinding: str | None
    evidence_level: str | None
    registry_ids: list[str] = field(default_factory=list)
    retracted: bool = False


def normalise_evidence_class(value: str) -> str:
    """Return 'I'..'IV' for 'III', '3', 'Class III'; raise InputError otherwise."""
    v = value.strip().upper().removeprefix("CLASS").strip()
    if v not in _ROMAN:
        raise InputError(f"unknown evidence class {value!r}; use I, II, III or IV")
    return _ROMAN[v]


def normalise_phase(value: str) -> str:
    """Return a phase as stored ('2', '1/2', '2b') for '2', 'II', 'phase II', '1/2'."""
    v = value.strip().upper().removeprefix("PHASE").strip()
    roman = {"I": "1", "II": "2", "III": "3", "IV": "4"}
    parts = re.split(r"\s*/\s*", v)
    out = []
    for p in parts:
        m = re.fullmatch(r"(IV|I{1,3}|[1-4])([AB])?", p)
        if not m:
            raise InputError(f"unknown phase {value!r}; use 1, 2, 3, 4, 1/2 or 2b")
        out.append(roman.get(m.group(1), m.group(1)) + (m.group(2) or "").lower())
    return "/".join(out)


def _screening_filter(stmt: Select, screening: str) -> Select:
    if screening not in SCREENING:
        raise InputError(f"unknown screening state {screening!r}; use one of {', '.join(SCREENING)}")
    current = consensus_decisions()  # two reviewers who disagree: neither included nor excluded, but 'conflict'
    if screening == "unscreened":
        return stmt.where(~exists().where(ScreeningRow.pmid == ArticleRow.pmid))
    return stmt.where(exists().where(and_(current.c.pmid == ArticleRow.pmid, current.c.decision == screening)))


def _rare(engine: Engine, condition):  # type: ignore[no-untyped-def]
    """Tell SQLite's planner a condition holds for few rows, so it filters by its index, then sorts."""
    return func.likelihood(condition, literal_column("0.01")) if engine.dialect.name == "sqlite" else condition


def _like_escape(text: str) -> str:
    """Return ``text`` with LIKE's wildcards taken literally (SQLite and PostgreSQL both honour backslash with ESCAPE)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(engine: Engine, column: Any, pattern: str) -> Any:
    """Case-blind LIKE of a lower-case ``pattern`` (backslash escapes a wildcard): SQLite's LIKE already ignores ASCII case."""
    return column.like(pattern, escape="\\") if engine.dialect.name == "sqlite" else func.lower(column).like(pattern, escape="\\")


def _newest_first(engine: Engine, rare_filter: bool = False) -> list:  # type: ignore[type-arg]
    # SQLite puts NULLs last in DESC order already, and only the plain form lets it walk the year index.
    if engine.dialect.name == "sqlite":
        return [ArticleRow.year.desc(), ArticleRow.pmid]  # type: ignore[union-attr]
    # On PostgreSQL, with a rare filter, sorting its few rows beats walking the year index past most rows.
    year = (ArticleRow.year + 0) if rare_filter else ArticleRow.year
    return [year.desc().nulls_last(), ArticleRow.pmid]  # type: ignore[union-attr]


def _one_of(column: Any, values: tuple[Any, ...]) -> Any:
    """Return ``column = value`` for one value (the form the indexes and plans were made for), IN for several."""
    return column == values[0] if len(values) == 1 else column.in_(values)


def build_select(engine: Engine, query: SearchQuery) -> Select:
    """Return the SELECT of the matching PMIDs, in display order (relevance with text, else newest first).

    Only keys are selected and sorted; callers fetch the columns they need for the PMIDs of a page.
    """
    stmt = select(ArticleRow.pmid).join(TrialRow, TrialRow.pmid == ArticleRow.pmid)
    order = _newest_first(engine)
    if query.text:
        found = fulltext.matches(engine.dialect.name, fulltext.parse_text_query(query.text)).subquery()
        on = found.c.pmid == ArticleRow.pmid
        if engine.dialect.name != "sqlite":
            # The same key as a number, so that filters applied first can look records up in the index table.
            on = and_(on, found.c.key == cast(ArticleRow.pmid, BigInteger))
        stmt = stmt.join(found, on)
        order = [found.c.score, found.c.key.desc()]
    if not query.include_retracted:
        stmt = stmt.where(ArticleRow.retracted.is_(False))  # type: ignore[attr-defined]
    if designs := choices(query.design):
        if unknown := [d for d in designs if d not in STUDY_TYPES]:
            raise InputError(f"unknown design {unknown[0]!r}; use one of {', '.join(STUDY_TYPES)}")
        stmt = stmt.where(_one_of(TrialRow.study_type, designs))
    if query.min_n is not None:
        stmt = stmt.where(TrialRow.total_n >= query.min_n)  # type: ignore[operator]
    if query.max_n is not None:
        stmt = stmt.where(TrialRow.total_n <= query.max_n)  # type: ignore[operator]
    if blindings := choices(query.blinding):
        if unknown := [b for b in blindings if b not in BLINDINGS]:
            raise InputError(f"unknown blinding {unknown[0]!r}; use one of {', '.join(BLINDINGS)}")
        stmt = stmt.where(_rare(engine, _one_of(TrialRow.blinding, blindings)))
    if phases := choices(query.phase):
        stmt = stmt.where(_rare(engine, _one_of(TrialRow.phase, tuple(normalise_phase(p) for p in phases))))
    if query.has_pvalue_below is not None:
        stmt = stmt.where(
            exists().where(
                and_(PValueRow.pmid == ArticleRow.pmid, PValueRow.value < query.has_pvalue_below, PValueRow.op.in_(("=", "<", "<=")))  # type: ignore[attr-defined]
            )
        )
    if outcomes := choices(query.outcome):
        likes = [f"%{_like_escape(o.lower())}%" for o in outcomes]
        # One set of PMIDs from both tables (read once), not two correlated lookups per candidate record.
        named = union(
            select(OutcomeRow.pmid).where(or_(*[_contains(engine, OutcomeRow.name, like) for like in likes])),
            select(PValueRow.pmid).where(or_(*[_contains(engine, PValueRow.outcome, like) for like in likes])),
        )
        stmt = stmt.where(ArticleRow.pmid.in_(named))  # type: ignore[attr-defined]
    for kind, value in (("mesh", query.mesh), ("pubtype", query.pubtype)):
        if values := choices(value):
            stmt = stmt.where(
                exists().where(
                    and_(ArticleTagRow.pmid == ArticleRow.pmid, ArticleTagRow.kind == kind,
                         _one_of(func.lower(ArticleTagRow.value), tuple(v.lower() for v in values)))
                )
            )
    if authors := choices(query.author):
        # Authors are stored as a JSON list of "Last Initials": a name matches from the start of an entry ("Lee" ~ "Lee JS").
        stmt = stmt.where(or_(*[_contains(engine, ArticleRow.authors, f'%"{_like_escape(a.lower())}%') for a in authors]))
    if journals := choices(query.journal):
        likes = [f"%{_like_escape(j.lower())}%" for j in journals]
        stmt = stmt.where(or_(*[or_(_contains(engine, ArticleRow.journal, x), _contains(engine, ArticleRow.journal_abbrev, x)) for x in likes]))
    if query.saved_search:
        stmt = stmt.where(
            exists().where(and_(SearchMemberRow.pmid == ArticleRow.pmid, SearchMemberRow.saved_search == query.saved_search))
        )
    if query.screening:
        stmt = _screening_filter(stmt, query.screening)
    if query.year_from is not None:
        stmt = stmt.where(ArticleRow.year >= query.year_from)  # type: ignore[operator]
    if query.year_to is not None:
        stmt = stmt.where(ArticleRow.year <= query.year_to)  # type: ignore[operator]
    if registries := choices(query.registry):
        rids = tuple((normalise_registry_id(r) or r.strip()).upper() for r in registries)
        stmt = stmt.where(
            exists().where(and_(RegistryIdRow.pmid == ArticleRow.pmid, _one_of(func.upper(RegistryIdRow.registry_id), rids)))
        )
    if classes := choices(query.evidence_class):
        stmt = stmt.where(_one_of(TrialRow.evidence_level, tuple(normalise_evidence_class(c) for c in classes)))
    if query.text is None and (query.blinding or query.phase):
        order = _newest_first(engine, rare_filter=True)
    if query.sort:
        if query.sort not in SORTS:
            raise InputError(f"unknown sort {query.sort!r}; use one of {', '.join(SORTS)}")
        if query.sort == "year":
            order = _newest_first(engine, rare_filter=bool(query.blinding or query.phase))
        elif query.sort == "n":
            order = [TrialRow.total_n.desc().nulls_last(), ArticleRow.pmid]  # type: ignore[union-attr, attr-defined]
        elif not query.text:
            raise InputError("--sort relevance needs search text")
    stmt = stmt.order_by(*order)
    if query.offset:
        stmt = stmt.offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return stmt


#: Columns read for exports and plots (everything but the raw record, which can be large).
ARTICLE_COLUMNS = [c for c in ArticleRow.__table__.columns if c.name != "raw"]  # type: ignore[attr-defined]
TRIAL_COLUMNS = list(TrialRow.__table__.columns)  # type: ignore[attr-defined]
ARTICLE_NAMES = [c.name for c in ARTICLE_COLUMNS]
TRIAL_NAMES = [c.name for c in TRIAL_COLUMNS]
PAGE = 500


def pmid_in(dialect: str, column: Any, pmids: Sequence[str]) -> Any:
    """Return the condition ``column`` is one of ``pmids``: one array parameter on PostgreSQL, an IN list elsewhere."""
    if dialect == "postgresql":
        return column == any_(bindparam("pmids", list(pmids), type_=ARRAY(String)))
    return column.in_(pmids)


def iter_matches(engine: Engine, query: SearchQuery) -> Iterator[tuple[ArticleRow, TrialRow]]:
    """Yield (article row, trial row) for each match, in order, streaming."""
    for page in iter_match_pages(engine, query):
        yield from page


def iter_match_pages(engine: Engine, query: SearchQuery) -> Iterator[list[tuple[ArticleRow, TrialRow]]]:
    """Yield the matches in order, a page (PAGE records) at a time: keys first, then the rows of each page."""
    with engine.connect() as conn:
        _check_saved_search(conn, query)
        # Streamed on this statement only (Connection.execution_options would stream every later query too).
        keys = conn.execute(build_select(engine, query).execution_options(yield_per=PAGE))
        for chunk in keys.partitions(PAGE):
            yield _rows_for(conn, [k[0] for k in chunk])


def _check_saved_search(conn: Connection, query: SearchQuery) -> None:
    if query.saved_search and conn.execute(select(SavedSearchRow.name).where(SavedSearchRow.name == query.saved_search)).first() is None:
        raise NotFoundError(f"no saved search named {query.saved_search!r}; see 'trialdb searches list'")


def _rows_for(conn: Connection, pmids: list[str]) -> list[tuple[ArticleRow, TrialRow]]:
    """Return (article, trial) records for ``pmids``, in that order."""
    rows = conn.execute(
        select(*ARTICLE_COLUMNS, *TRIAL_COLUMNS).join_from(ArticleRow, TrialRow, TrialRow.pmid == ArticleRow.pmid)
        .where(pmid_in(conn.dialect.name, ArticleRow.pmid, pmids))
    ).all()
    split = len(ARTICLE_COLUMNS)
    by_pmid = {r[0]: r for r in rows}
    # Plain attribute records: building a model per row would cost more than the query.
    return [
        (
            SimpleNamespace(**dict(zip(ARTICLE_NAMES, by_pmid[pmid][:split], strict=True))),  # type: ignore[misc]
            SimpleNamespace(**dict(zip(TRIAL_NAMES, by_pmid[pmid][split:], strict=True))),
        )
        for pmid in pmids
        if pmid in by_pmid
    ]


#: Text matches ranked together when a first page is wanted; more are ranked a window at a time, newest first.
RANK_WINDOW = 10_000


def _windowed(engine: Engine, query: SearchQuery) -> bool:
    """True when a first page by relevance is ranked window by window rather than in one query.

    On PostgreSQL, filters the planner expects to leave fewer records than a window are better
    applied first, in one query that ranks only the records they leave.
    """
    if not (query.text and query.limit is not None and query.sort in (None, "relevance")):
        return False
    if engine.dialect.name == "sqlite" or not _has_filters(query):
        return True
    with engine.connect() as conn:
        return estimated_rows(conn, _filters_only(engine, query)) >= RANK_WINDOW


_NOT_FILTERS = {"text", "include_retracted", "sort", "limit", "offset"}


def _has_filters(query: SearchQuery) -> bool:
    return any(getattr(query, f.name) is not None for f in fields(query) if f.name not in _NOT_FILTERS)


def _ranked_pmids(conn: Connection, engine: Engine, query: SearchQuery) -> list[str]:
    """Return the PMIDs of one page, ranked by relevance within windows of RANK_WINDOW text matches.

    Ranking every match of a very common word costs time in proportion to the matches, so the newest
    RANK_WINDOW matches (highest PMIDs) are ranked first, the filters applied in rank order, and older
    windows are ranked only when the page is not full yet. With fewer matches this is the full ranking.
    """
    terms = fulltext.parse_text_query(query.text or "")
    wanted = query.offset + (query.limit or 0)
    filters = _filters_only(engine, query)
    found: list[str] = []
    below: int | None = None
    while len(found) < wanted:
        ranked, low = fulltext.ranked_window(conn, terms, below, RANK_WINDOW)
        step = max(4 * wanted, 500)
        while len(found) < wanted and (chunk := list(islice(ranked, step))):
            keep = set(conn.execute(filters.where(pmid_in(engine.dialect.name, ArticleRow.pmid, chunk))).scalars())
            found.extend(p for p in chunk if p in keep)
            step *= 8
        if low is None:
            break
        below = low
    return found[query.offset : wanted]


def _filters_only(engine: Engine, query: SearchQuery) -> Select:
    """Return the unordered SELECT of the PMIDs that pass the query's filters (its text left out)."""
    return build_select(engine, replace(query, text=None, sort=None, limit=None, offset=0)).order_by(None).limit(None)


def ranking_note(engine: Engine, query: SearchQuery) -> str | None:
    """Return a one-line note when relevance was ranked window by window (many text matches), else None."""
    if not _windowed(engine, query):
        return None
    with engine.connect() as conn:
        total = fulltext.windowed_total(conn, fulltext.parse_text_query(query.text or ""), RANK_WINDOW)
    if total is None:
        return None
    about = "" if engine.dialect.name == "sqlite" else "about "
    return (
        f"the text matches {about}{total:,} records: relevance is ranked among the newest {RANK_WINDOW:,} first, then the "
        f"next {RANK_WINDOW:,}; add words or filters, or use --sort year, for one ranking"
    )


def count_matches(engine: Engine, query: SearchQuery) -> int:
    """Return how many trials match the query's text and filters, whatever its page (limit and offset)."""
    keys = build_select(engine, replace(query, sort=None, limit=None, offset=0)).order_by(None).subquery()
    with engine.connect() as conn:
        _check_saved_search(conn, query)
        return int(conn.execute(select(func.count()).select_from(keys)).scalar() or 0)


def search(engine: Engine, query: SearchQuery) -> list[SearchHit]:
    """Return the matching trials as SearchHits, best first (relevance with text, else newest)."""
    if _windowed(engine, query):
        with engine.connect() as conn:
            _check_saved_search(conn, query)
            matches = _rows_for(conn, _ranked_pmids(conn, engine, query))
    else:
        matches = list(iter_matches(engine, query))
    registries = registry_ids_for(engine, [a.pmid for a, _ in matches])
    return [
        SearchHit(
            pmid=article.pmid,
            year=article.year,
            title=article.title,
            journal=article.journal_abbrev or article.journal,
            study_type=trial.study_type,
            total_n=trial.total_n,
            blinding=trial.blinding,
            evidence_level=trial.evidence_level,
            registry_ids=registries.get(article.pmid, []),
            retracted=bool(article.retracted),
        )
        for article, trial in matches
    ]


def child_rows(engine: Engine, table: Any, pmids: list[str], order: Any) -> dict[str, list[dict[str, Any]]]:
    """Return the rows of a per-PMID child table for ``pmids``, grouped by PMID, each group ordered by ``order``."""
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for i in range(0, len(pmids), PAGE):
            stmt = select(table).where(pmid_in(engine.dialect.name, table.pmid, pmids[i : i + PAGE])).order_by(table.pmid, order)
            for row in conn.execute(stmt):
                out.setdefault(row.pmid, []).append(dict(row._mapping))
    return out


def registry_ids_for(engine: Engine, pmids: list[str]) -> dict[str, list[str]]:
    """Return the registry IDs of each PMID in ``pmids``."""
    rows = child_rows(engine, RegistryIdRow, pmids, RegistryIdRow.registry_id)
    return {pmid: [r["registry_id"] for r in group] for pmid, group in rows.items()}


