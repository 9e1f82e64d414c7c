"""Shared fixtures: paths to the real PubMed fixtures and database engines on SQLite and PostgreSQL."""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from trialdb.db.engine import init_db, make_engine

from .eutils_server import EutilsServer, load_corpus

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
PUBMED = FIXTURES / "pubmed"
SEED = PUBMED / "seed-33472925.xml"
PG_ENV = "TRIALDB_TEST_POSTGRES_URL"


def pubmed_files() -> list[Path]:
    """Every bundled PubMed XML fixture (plain and gzipped), sorted."""
    return sorted([*PUBMED.glob("*.xml"), *PUBMED.glob("*.xml.gz")])


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'trialdb.sqlite'}"


def _postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (CI sets it; e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    return url


#: The bundled records the recorded E-utilities server serves, read once per test session.
_corpus = functools.cache(load_corpus)


@contextmanager
def fresh_schema(base: str, prefix: str = "t_") -> Iterator[str]:
    """Yield the URL of a new, empty schema on the PostgreSQL server at ``base`` (search_path set to it); drop it after."""
    schema = f"{prefix}{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty schema on the test PostgreSQL server, as a URL whose search_path points at it."""
    with fresh_schema(_postgres_url()) as url:
        yield url


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[EutilsServer]:
    """The recorded E-utilities server on 127.0.0.1, set as TRIALDB_EUTILS_URL (with an email and a private cache)."""
    with EutilsServer(corpus=dict(_corpus())) as srv:
        monkeypatch.setenv("TRIALDB_EUTILS_URL", srv.url)
        monkeypatch.setenv("TRIALDB_EMAIL", "reviewer@example.org")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        yield srv


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    init_db(eng)
    yield eng
    eng.dispose()
