"""A PubMed search, fetched whole: result sets over 9,999 records are split by creation date.

esearch and efetch stop at retstart 9,998, so a larger search is cut into
[crdt] date ranges, halved until each slice is under the cap, and the slices
are fetched one after the other; together they hold PubMed's full count.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from trialdb.errors import NetworkError
from trialdb.fetch.article import Article, Deletion
from trialdb.fetch.eutils import EutilsClient, SearchResult

#: PubMed's oldest records are from the 1780s; the first slice starts before them.
EARLIEST = date(1780, 1, 1)
#: Longest ID list sent in one efetch request (sent as POST).
ID_BATCH = 200


@dataclass(frozen=True)
class SearchPlan:
    """The search as PubMed understood it, and the slices (each under the cap) that cover it."""

    term: str
    count: int
    query_translation: str | None
    slices: tuple[SearchResult, ...]


def with_date_range(term: str, start: date, end: date, field: str = "crdt") -> str:
    """Return ``term`` restricted to records whose ``field`` date is within [start, end]."""
    return f"({term}) AND {start:%Y/%m/%d}:{end:%Y/%m/%d}[{field}]"


def plan_search(client: EutilsClient, term: str, today: date | None = None) -> SearchPlan:
    """Run esearch for ``term`` and split it by creation date until every slice is under the cap."""
    first = client.esearch(term)
    if first.count < client.config.history_cap:
        return SearchPlan(term, first.count, first.query_translation, (first,) if first.count else ())
    end = (today or date.today()) + timedelta(days=1)
    slices = _split(client, term, EARLIEST, end)
    return SearchPlan(term, first.count, first.query_translation, tuple(s for s in slices if s.count))


def _split(client: EutilsClient, term: str, start: date, end: date) -> list[SearchResult]:
    result = client.esearch(with_date_range(term, start, end))
    if result.count < client.config.history_cap:
        return [result]
    if start >= end:
        raise NetworkError(
            f"more than {client.config.history_cap - 1:,} records of this search were created on {start:%Y-%m-%d}; "
            "narrow the query so one day holds fewer"
        )
    middle = start + (end - start) // 2
    return _split(client, term, start, middle) + _split(client, term, middle + timedelta(days=1), end)


def fetch_plan(client: EutilsClient, plan: SearchPlan, batch_size: int | None = None) -> Iterator[list[Article | Deletion]]:
    """Yield the plan's records in batches of at most ``batch_size``, slice by slice."""
    size = batch_size or client.config.batch_size
    for result in plan.slices:
        for start in range(0, result.count, size):
            yield client.efetch_history(result, start, min(size, result.count - start))


def fetch_pmids(client: EutilsClient, pmids: Sequence[str], batch_size: int = ID_BATCH) -> Iterator[tuple[list[str], list[Article]]]:
    """Yield (PMIDs asked, records PubMed returned) for each batch of ``pmids``."""
    unique = list(dict.fromkeys(p.strip() for p in pmids if p.strip()))
    for i in range(0, len(unique), batch_size):
        chunk = unique[i : i + batch_size]
        yield chunk, client.efetch_ids(chunk)
