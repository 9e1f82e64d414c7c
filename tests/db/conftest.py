"""A database loaded with every bundled record, on each engine, and a PMID lister for searches."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.engine import Engine

from trialdb.db.search import SearchQuery, search
from trialdb.pipeline import ingest_files

from ..conftest import pubmed_files


@pytest.fixture
def loaded(engine: Engine) -> Engine:
    ingest_files(engine, pubmed_files(), batch_size=100)
    return engine


@pytest.fixture
def pmids() -> Callable[..., list[str]]:
    """Return a function: the PMIDs that a search with these filters lists (no limit)."""

    def listed(engine: Engine, **kw: object) -> list[str]:
        return [h.pmid for h in search(engine, SearchQuery(limit=None, **kw))]  # type: ignore[arg-type]

    return listed
