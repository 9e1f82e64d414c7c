"""Duplicates across PMIDs: records that are one publication indexed twice (same DOI, or same title, first author and year).

PubMed sometimes holds one article under two PMIDs (a record made twice, an ahead-of-print and a final
citation). Records keyed by PMID cannot collapse them, so they are found by these two keys, computed in
SQL on both engines, and grouped: two records sharing either key are in one group.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import JSON, cast, func, select
from sqlalchemy.engine import Connection, Engine

from trialdb.db.models import ArticleRow

#: Characters left out of a title or name before comparing them, so case, spacing and punctuation do not matter.
IGNORED = (" ", ".", ",", ":", ";", "-", "(", ")", "[", "]", "'", '"', "?", "!", "/", "\u2010", "\u2013", "\u2014")
#: DOI forms written as links: the DOI itself follows them.
DOI_PREFIXES = ("https://doi.org/", "http://dx.doi.org/", "doi:")
#: Titles PubMed gives records whose title is missing: never a sign of one publication.
PLACEHOLDER_TITLES = ("notavailable", "")


def _normalised(column):  # type: ignore[no-untyped-def]
    """Return the SQL expression of ``column`` lower-cased with IGNORED characters removed."""
    expr = func.lower(column)
    for ch in IGNORED:
        expr = func.replace(expr, ch, "")
    return expr


def _doi_key():  # type: ignore[no-untyped-def]
    expr = func.lower(func.trim(ArticleRow.doi))
    for prefix in DOI_PREFIXES:
        expr = func.replace(expr, prefix, "")
    return expr


def _first_author(dialect: str):  # type: ignore[no-untyped-def]
    """Return the SQL expression of the first name in the article's authors (a JSON array)."""
    if dialect == "postgresql":
        return cast(ArticleRow.authors, JSON).op("->>")(0)
    return func.json_extract(ArticleRow.authors, "$[0]")


def _pmid_list(dialect: str):  # type: ignore[no-untyped-def]
    return func.string_agg(ArticleRow.pmid, ",") if dialect == "postgresql" else func.group_concat(ArticleRow.pmid, ",")


def _shared_keys(conn: Connection) -> list[list[str]]:
    """Return the PMIDs of each set of records sharing a DOI, and of each sharing title, first author and year."""
    dialect = conn.dialect.name
    doi = _doi_key()
    by_doi = (
        select(_pmid_list(dialect))
        .where(ArticleRow.doi.is_not(None))  # type: ignore[union-attr]
        .where(doi != "")
        .group_by(doi)
        .having(func.count() > 1)
    )
    title, author = _normalised(ArticleRow.title), _normalised(_first_author(dialect))
    by_title = (
        select(_pmid_list(dialect))
        .where(ArticleRow.year.is_not(None))  # type: ignore[union-attr]
        .where(title.not_in(PLACEHOLDER_TITLES))
        .where(author.is_not(None), author != "")
        .group_by(ArticleRow.year, title, author)
        .having(func.count() > 1)
    )
    return [joined.split(",") for stmt in (by_doi, by_title) for (joined,) in conn.execute(stmt)]


def _pmid_order(pmid: str) -> tuple[int, str]:
    return (len(pmid), pmid)  # canonical PMIDs have no leading zeros: shorter is smaller


def merge_groups(sets: Iterable[Iterable[str]]) -> list[list[str]]:
    """Return the sets merged where they share a PMID, each group sorted by PMID, groups by their first PMID."""
    parent: dict[str, str] = {}

    def root(p: str) -> str:
        while parent.setdefault(p, p) != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for members in sets:
        first, *rest = list(members)
        for other in rest:
            parent[root(other)] = root(first)
        root(first)
    groups: dict[str, list[str]] = {}
    for p in list(parent):
        groups.setdefault(root(p), []).append(p)
    return sorted((sorted(g, key=_pmid_order) for g in groups.values() if len(g) > 1), key=lambda g: _pmid_order(g[0]))


def duplicate_groups(engine: Engine) -> list[list[str]]:
    """Return the groups of PMIDs that are one publication (same DOI, or same normalised title, first author and year).

    Each group is sorted by PMID (the first is the one kept in the PRISMA flow); groups are sorted by their first PMID.
    """
    with engine.connect() as conn:
        return merge_groups(_shared_keys(conn))


def removed_duplicates(groups: Iterable[list[str]]) -> set[str]:
    """Return the PMIDs the PRISMA flow counts as duplicates removed: every member of a group but its first (lowest PMID)."""
    return {p for g in groups for p in g[1:]}


def new_groups(before: Iterable[list[str]], after: Iterable[list[str]]) -> list[list[str]]:
    """Return the groups of ``after`` that hold a PMID no group of ``before`` held (duplicates found since ``before``)."""
    seen = {p for g in before for p in g}
    return [g for g in after if any(p not in seen for p in g)]


def describe_groups(groups: list[list[str]], shown: int = 3) -> str:
    """Return e.g. '11034741 = 11406024; 28731372 = 928731372' for the first ``shown`` groups, with '...' when there are more."""
    listed = "; ".join(" = ".join(g) for g in groups[:shown])
    return listed + ("; ..." if len(groups) > shown else "")
