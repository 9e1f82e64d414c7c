"""One search API over both engines: full text (FTS5 / tsvector) plus filters on extracted facts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from itertools import islice
from types import SimpleNamespace
from typing import Any

from sqlalchemy import BigInteger, Integer, String, and_, any_, bindparam, cast, exists, func, literal_column, or_, select, union
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import CompoundSelect, Select

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


def _rare(engine: Engine, condition):  # type: ignore[no-untyped-def]
    """Tell SQLite's planner a condition holds for few rows, so it filters by its index, then sorts."""
    return func.likelihood(condition, literal_column("0.01")) if engine.dialect.name == "sqlite" else condition


def _like_escape(text: str) -> str:
    """Return ``text`` with LIKE's wildcards taken literally (SQLite and PostgreSQL both honour backslash with ESCAPE)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(engine: Engine, column: Any, pattern: str) -> Any:
    """Case-blind LIKE of a lower-case ``pattern`` (backslash escapes a wildcard): SQLite's LIKE already ignores ASCII case."""
    return column.like(pattern, escape="\\") if engine.dialect.name == "sqlite" else func.lower(column).like(pattern, escape="\\")


def _newest_first(engine: Engine) -> list:  # type: ignore[type-arg]
    # SQLite puts NULLs last in DESC order already, and only the plain form lets it walk the year index. PostgreSQL's
    # planner chooses between walking that index and sorting a filter's rows from its statistics (db/statistics.py).
    if engine.dialect.name == "sqlite":
        return [ArticleRow.year.desc(), ArticleRow.pmid]  # type: ignore[union-attr]
    return [ArticleRow.year.desc().nulls_last(), ArticleRow.pmid]  # type: ignore[union-attr]


def _folded_one_of(engine: Engine, column: Any, values: tuple[str, ...], upper: bool = False) -> Any:
    """Return ``column`` equals one of ``values``, ignoring ASCII case, in the form the engine's index serves.

    SQLite's lower() and upper() fold ASCII letters only, as NOCASE does: the same matches as comparing lower(column),
    from an index that holds the PMID too (db/indexes.py). PostgreSQL folds by lower() (or upper()), which its
    expression indexes hold.
    """
    folded = tuple(v.upper() if upper else v.lower() for v in values)
    if engine.dialect.name == "sqlite":
        # Python folds the values (non-ASCII letters too), as before NOCASE compared them with SQLite's lower().
        return _one_of(column.collate("NOCASE"), folded)
    return _one_of((func.upper if upper else func.lower)(column), folded)


def _one_of(column: Any, values: tuple[Any, ...]) -> Any:
    """Return ``column = value`` for one value (the form the indexes and plans were made for), IN for several."""
    return column == values[0] if len(values) == 1 else column.in_(values)


@dataclass
class _Parts:
    """A query's filters grouped by what they read, so that a count can read as little as one index.

    ``trial``, ``article`` and ``years`` hold conditions on those tables' columns (retraction and screening left out,
    the indexed publication year apart from the author and journal substrings); each of
    ``keys`` is one filter on a child table, as the condition the listing uses and as a SELECT of the PMIDs it admits
    (with whether every such PMID is a stored record); ``left_out`` are SELECTs of PMIDs the query leaves out
    (retracted records, screened ones for 'unscreened').
    """

    trial: list[Any] = field(default_factory=list)
    article: list[Any] = field(default_factory=list)
    years: list[Any] = field(default_factory=list)
    keys: list[tuple[Any, Select, bool]] = field(default_factory=list)
    left_out: list[Select] = field(default_factory=list)
    unscreened: Any = None


def _parts(engine: Engine, query: SearchQuery) -> _Parts:
    """Return the conditions of ``query``'s filters (its text aside), checking each value; raise InputError on a bad one."""
    parts = _Parts()
    if not query.include_retracted:
        parts.left_out.append(select(ArticleRow.pmid).where(_rare(engine, ArticleRow.retracted.is_(True))))  # type: ignore[attr-defined]
    if designs := choices(query.design):
        if unknown := [d for d in designs if d not in STUDY_TYPES]:
            raise InputError(f"unknown design {unknown[0]!r}; use one of {', '.join(STUDY_TYPES)}")
        parts.trial.append(_one_of(TrialRow.study_type, designs))
    if query.min_n is not None:
        parts.trial.append(TrialRow.total_n >= query.min_n)  # type: ignore[operator]
    if query.max_n is not None:
        parts.trial.append(TrialRow.total_n <= query.max_n)  # type: ignore[operator]
    if blindings := choices(query.blinding):
        if unknown := [b for b in blindings if b not in BLINDINGS]:
            raise InputError(f"unknown blinding {unknown[0]!r}; use one of {', '.join(BLINDINGS)}")
        parts.trial.append(_one_of(TrialRow.blinding, blindings))
    if phases := choices(query.phase):
        parts.trial.append(_one_of(TrialRow.phase, tuple(normalise_phase(p) for p in phases)))
    if query.has_pvalue_below is not None:
        small = and_(PValueRow.value < query.has_pvalue_below, PValueRow.op.in_(("=", "<", "<=")))  # type: ignore[attr-defined]
        parts.keys.append((exists().where(and_(PValueRow.pmid == ArticleRow.pmid, small)), select(PValueRow.pmid).where(small), True))
    if outcomes := choices(query.outcome):
        likes = [f"%{_like_escape(o.lower())}%" for o in outcomes]
        # One set of PMIDs from both tables (read once), not two correlated lookups per candidate record.
        named = union(
            select(OutcomeRow.pmid).where(or_(*[_contains(engine, OutcomeRow.name, like) for like in likes])),
            select(PValueRow.pmid).where(or_(*[_contains(engine, PValueRow.outcome, like) for like in likes])),
        )
        parts.keys.append((ArticleRow.pmid.in_(named), named, True))  # type: ignore[attr-defined]
    for kind, value in (("mesh", query.mesh), ("pubtype", query.pubtype)):
        if values := choices(value):
            tagged = and_(ArticleTagRow.kind == kind, _folded_one_of(engine, ArticleTagRow.value, values))
            parts.keys.append((exists().where(and_(ArticleTagRow.pmid == ArticleRow.pmid, tagged)), select(ArticleTagRow.pmid).where(tagged), True))
    if authors := choices(query.author):
        # Authors are stored as a JSON list of "Last Initials": a name matches from the start of an entry ("Lee" ~ "Lee JS").
        parts.article.append(or_(*[_contains(engine, ArticleRow.authors, f'%"{_like_escape(a.lower())}%') for a in authors]))
    if journals := choices(query.journal):
        likes = [f"%{_like_escape(j.lower())}%" for j in journals]
        parts.article.append(
            or_(*[or_(_contains(engine, ArticleRow.journal, x), _contains(engine, ArticleRow.journal_abbrev, x)) for x in likes])
        )
    if query.saved_search:
        member = SearchMemberRow.saved_search == query.saved_search
        # A saved search's members include PMIDs whose records were never stored (or were deleted since).
        parts.keys.append((exists().where(and_(SearchMemberRow.pmid == ArticleRow.pmid, member)), select(SearchMemberRow.pmid).where(member), False))
    if query.screening:
        if query.screening not in SCREENING:
            raise InputError(f"unknown screening state {query.screening!r}; use one of {', '.join(SCREENING)}")
        if query.screening == "unscreened":
            parts.unscreened = ~exists().where(ScreeningRow.pmid == ArticleRow.pmid)
            parts.left_out.append(select(ScreeningRow.pmid))
        else:
            current = consensus_decisions()  # two reviewers who disagree: neither included nor excluded, but 'conflict'
            decided = current.c.decision == query.screening
            parts.keys.append((exists().where(and_(current.c.pmid == ArticleRow.pmid, decided)), select(current.c.pmid).where(decided), False))
    if query.year_from is not None:
        parts.years.append(ArticleRow.year >= query.year_from)  # type: ignore[operator]
    if query.year_to is not None:
        parts.years.append(ArticleRow.year <= query.year_to)  # type: ignore[operator]
    if registries := choices(query.registry):
        rids = tuple((normalise_registry_id(r) or r.strip()).upper() for r in registries)
        registered = _folded_one_of(engine, RegistryIdRow.registry_id, rids, upper=True)
        parts.keys.append((exists().where(and_(RegistryIdRow.pmid == ArticleRow.pmid, registered)), select(RegistryIdRow.pmid).where(registered), True))
    if classes := choices(query.evidence_class):
        parts.trial.append(_one_of(TrialRow.evidence_level, tuple(normalise_evidence_class(c) for c in classes)))
    return parts


#: On SQLite, a filter that leaves fewer records than this is applied first (its index read, its records sorted);
#: past it, the newest-first index is walked and each record checked until the page is full. SQLite's statistics
#: hold one average per index, so "design = rct" (most records) and "design = meta-analysis" look alike to it:
#: the choice is made by counting, up to this many, the records each filter leaves.
RARE_ROWS = 2000


def _few(conn: Connection, stmt: Select) -> bool:
    """Return whether ``stmt`` has fewer than RARE_ROWS rows (read no further than that)."""
    return conn.execute(select(func.count()).select_from(stmt.limit(RARE_ROWS).subquery())).scalar_one() < RARE_ROWS


def _unindexed(condition: Any) -> Any:
    """Return ``condition`` in a form no index serves (so SQLite walks the newest-first index instead)."""
    # A function's value is opaque to the planner; coalesce keeps SQL's rule that a NULL condition selects nothing.
    return func.coalesce(condition, literal_column("0")) == literal_column("1")


def _sqlite_plan(conn: Connection, parts: _Parts) -> list[Any]:
    """Return the conditions of ``parts`` for a SQLite listing newest first: the one filter that leaves few records
    (if any) in the form that drives the query from its index, every other in a form that does not."""
    if parts.trial and _few(conn, select(TrialRow.pmid).where(*parts.trial)):
        return [*(_rare_sqlite(c) for c in parts.trial), *(listed for listed, _, _ in parts.keys), *parts.years, *parts.article]
    for i, (_, admitted, _) in enumerate(parts.keys):
        if _few(conn, admitted):
            rest = [listed for j, (listed, _, _) in enumerate(parts.keys) if j != i]
            return [ArticleRow.pmid.in_(admitted), *rest, *map(_unindexed, parts.trial), *parts.years, *parts.article]  # type: ignore[attr-defined]
    if parts.years and _few(conn, select(ArticleRow.pmid).where(*parts.years)):
        return [*(_rare_sqlite(c) for c in parts.years), *map(_unindexed, parts.trial), *(listed for listed, _, _ in parts.keys), *parts.article]
    return [*map(_unindexed, parts.trial), *(listed for listed, _, _ in parts.keys), *parts.years, *parts.article]


def _rare_sqlite(condition: Any) -> Any:
    return func.likelihood(condition, literal_column("0.001"))


def build_select(engine: Engine, query: SearchQuery, conn: Connection | None = None) -> Select:
    """Return the SELECT of the matching PMIDs, in display order (relevance with text, else newest first).

    Only keys are selected and sorted; callers fetch the columns they need for the PMIDs of a page. Given ``conn``,
    a SQLite listing newest first is planned by counting what its filters leave (RARE_ROWS).
    """
    stmt = select(ArticleRow.pmid).join(TrialRow, TrialRow.pmid == ArticleRow.pmid)
    order = _newest_first(engine)
    # On SQLite, a page of records newest first whose text matches a common word: walk the newest-first index and
    # look each record up in the full-text index, rather than join and sort every match.
    walk_text = bool(
        conn is not None and engine.dialect.name == "sqlite" and query.text and query.sort == "year" and query.limit is not None
        and not _few(conn, fulltext.matching_keys(fulltext.parse_text_query(query.text)))
    )
    if walk_text:
        stmt = stmt.where(fulltext.has_match(fulltext.parse_text_query(query.text or ""), cast(ArticleRow.pmid, Integer)))
    elif query.text:
        found = fulltext.matches(engine.dialect.name, fulltext.parse_text_query(query.text)).subquery()
        on = found.c.pmid == ArticleRow.pmid
        if engine.dialect.name != "sqlite":
            # The same key as a number, so that filters applied first can look records up in the index table.
            on = and_(on, found.c.key == cast(ArticleRow.pmid, BigInteger))
        stmt = stmt.join(found, on)
        order = [found.c.score, found.c.key.desc()]
    parts = _parts(engine, query)
    if not query.include_retracted:
        stmt = stmt.where(ArticleRow.retracted.is_(False))  # type: ignore[attr-defined]
    planned = conn is not None and engine.dialect.name == "sqlite" and (walk_text or not query.text) and query.sort in (None, "year")
    conditions = (
        _sqlite_plan(conn, parts) if planned and conn is not None
        else [*parts.trial, *(listed for listed, _, _ in parts.keys), *parts.years, *parts.article]
    )
    for condition in conditions:
        stmt = stmt.where(condition)
    if parts.unscreened is not None:
        stmt = stmt.where(parts.unscreened)
    if query.sort:
        if query.sort not in SORTS:
            raise InputError(f"unknown sort {query.sort!r}; use one of {', '.join(SORTS)}")
        if query.sort == "year":
            order = _newest_first(engine)
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
        keys = conn.execute(build_select(engine, query, conn).execution_options(yield_per=PAGE))
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
    stmt = count_select(engine, query)
    with engine.connect() as conn:
        _check_saved_search(conn, query)
        return int(conn.execute(stmt).scalar() or 0)


def count_select(engine: Engine, query: SearchQuery) -> Select:
    """Return the SELECT of the number of matches (count_matches runs it), one that reads as little as it can.

    A query whose filters read one table (or the full-text index) alone is counted on that table's index, and
    the few records it leaves out (retracted, screened) are counted apart and taken away: joining article and
    trial for every match of an unselective filter costs a lookup per match. This relies on the store keeping
    one trial row per article row (both written and deleted in one transaction) and the full-text index in step.
    """
    terms = fulltext.parse_text_query(query.text) if query.text else None
    parts = _parts(engine, query)
    article = [*parts.article, *parts.years]
    alone = len(parts.trial) > 0, len(article) > 0, len(parts.keys), terms is not None
    if sum(alone) > 1:
        keys = build_select(engine, replace(query, sort=None, limit=None, offset=0)).order_by(None).subquery()
        return select(func.count()).select_from(keys)
    if terms is not None:
        whole = fulltext.count_select(engine.dialect.name, terms)
    elif parts.keys:
        _, admitted, stored = parts.keys[0]
        if stored:
            # A union is distinct already; one table's PMIDs repeat (a record with several small p-values).
            rows = admitted if isinstance(admitted, CompoundSelect) else admitted.distinct()
            whole = select(func.count()).select_from(rows.subquery())
        else:
            whole = select(func.count()).select_from(TrialRow).where(TrialRow.pmid.in_(admitted))  # type: ignore[attr-defined]
    elif article:
        whole = select(func.count()).select_from(ArticleRow).where(*article)
    else:
        whole = select(func.count()).select_from(TrialRow).where(*parts.trial)
    if not parts.left_out:
        return whole
    # The matches among the records left out, found from those few records.
    left_out = union(*parts.left_out) if len(parts.left_out) > 1 else parts.left_out[0]
    if terms is not None:
        return select(whole.scalar_subquery() - fulltext.count_select(engine.dialect.name, terms, within=left_out).scalar_subquery())
    # 'unscreened' is among the records left out; any other screening state is a filter like the rest.
    screening = None if query.screening == "unscreened" else query.screening
    among = build_select(engine, replace(query, include_retracted=True, screening=screening, sort=None, limit=None, offset=0)).order_by(None)
    among = among.where(ArticleRow.pmid.in_(left_out))  # type: ignore[attr-defined]
    return select(whole.scalar_subquery() - select(func.count()).select_from(among.subquery()).scalar_subquery())


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


