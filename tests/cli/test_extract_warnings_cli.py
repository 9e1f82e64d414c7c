"""Every command that stores records says which ones were too long to extract (as ingest does), and reextract's
summary counts the stored records it skipped because they could not be read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import make_engine
from trialdb.db.models import ArticleRow
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.fetch import read_articles

from ..conftest import PUBMED, SEED
from ..eutils_server import EutilsServer, Record
from .test_hostile_cli import long_seed, warning_lines

OTHER = PUBMED / "metapub__35358095.xml"
TOO_LONG = re.compile(
    r"trialdb: warning: PMID 33472925: 1,1\d\d,\d\d\d characters of text, more than the extractor reads \(1,000,000\); kept with no facts extracted"
)


def too_long_only(err: str) -> bool:
    """Whether ``err`` is exactly one line: the warning for the too-long seed record."""
    lines = warning_lines(err)
    return len(lines) == 1 and TOO_LONG.fullmatch(lines[0]) is not None


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    return long_seed(tmp_path, 1_100_000)


@pytest.fixture
def server(long_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[EutilsServer]:
    """PubMed holding the too-long record and an ordinary one."""
    corpus = {}
    for article in read_articles([long_file, OTHER]):
        assert article.pmid is not None
        corpus[article.pmid] = Record(article.pmid, article.raw, article.title.lower(), date(2021, 1, 20), date(2021, 1, 20))
    with EutilsServer(corpus=corpus) as srv:
        monkeypatch.setenv("TRIALDB_EUTILS_URL", srv.url)
        monkeypatch.setenv("TRIALDB_EMAIL", "reviewer@example.org")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        yield srv


def test_fetch_names_the_record_too_long_to_extract(server: EutilsServer, sqlite_url: str) -> None:
    code, out, err = run("fetch", "all", "--db", sqlite_url)
    assert code == 0 and "2 records found, 2 new" in out, err
    assert too_long_only(err)
    code, out, err = run("fetch", "--pmid", "33472925", "--quiet", "--db", sqlite_url)
    assert code == 0 and out == "" and too_long_only(err)


def test_update_names_the_record_too_long_to_extract(server: EutilsServer, sqlite_url: str) -> None:
    code, _, err = run("searches", "add", "everything", "all", "--db", sqlite_url)
    assert code == 0, err
    code, out, err = run("update", "--db", sqlite_url)
    assert code == 0 and "2 records found, 2 new" in out, err
    assert too_long_only(err)


def test_import_names_the_record_too_long_to_extract(long_file: Path, sqlite_url: str) -> None:
    code, out, err = run("import", OTHER, long_file, "--batch-size", "1", "--db", sqlite_url)
    assert code == 0 and "2 new" in out, err
    assert too_long_only(err)


def test_reextract_names_the_record_too_long_to_extract(long_file: Path, sqlite_url: str) -> None:
    code, _, err = run("ingest", OTHER, long_file, "--db", sqlite_url)
    assert code == 0 and too_long_only(err)
    code, out, err = run("reextract", "--all", "--db", sqlite_url)
    assert code == 0 and out == "Re-extracted 2 records (0 already current).\n"
    assert too_long_only(err)


@pytest.mark.parametrize("damaged", [1, 2])
def test_reextract_counts_the_records_it_skipped(sqlite_url: str, damaged: int) -> None:
    code, _, err = run("ingest", SEED, OTHER, PUBMED / "metapub__pmid_28731372.xml", "--db", sqlite_url)
    assert code == 0, err
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        for pmid in ["33472925", "35358095"][:damaged]:
            raw = unpack_raw(conn.execute(select(ArticleRow.raw).where(ArticleRow.pmid == pmid)).scalar_one())
            conn.execute(update(ArticleRow).where(ArticleRow.pmid == pmid).values(raw=pack_raw(raw[: len(raw) // 2])))
    engine.dispose()
    code, out, err = run("reextract", "--all", "--db", sqlite_url)
    assert code == 0
    skipped = "1 skipped: its stored record could not be read" if damaged == 1 else "2 skipped: their stored records could not be read"
    assert out == f"Re-extracted {3 - damaged} records (0 already current, {skipped}).\n"
    assert len(warning_lines(err)) == damaged and all("its stored record cannot be read" in line for line in warning_lines(err))
