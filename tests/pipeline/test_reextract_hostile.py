"""reextract over a database that holds a record it cannot read (stored by an earlier trialdb, before the readers
refused what it holds, or damaged since): it skips that record with one warning naming the PMID and goes on."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import make_engine
from trialdb.db.models import ArticleRow, TrialRow
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.extract import EXTRACTOR_VERSION

from ..conftest import FIXTURES, PUBMED, SEED
from ..db.test_store import dump

runner = CliRunner()
MEDLINE_FILE = FIXTURES / "medline" / "biopython__pubmed_result1.txt"
OTHERS = {"28731372", "12230038"}  # metapub__pmid_28731372.xml and the MEDLINE file: readable, re-extracted

#: How a stored record was damaged (PMID, change to its raw record) and what the warning then says.
DAMAGE: list[tuple[str, str, Callable[[str], str], str]] = [
    # What trialdb stored for tests/data/hostile/entity-internal-subset.xml before the check refused it.
    ("entity", "33472925", lambda raw: raw.replace("Intravenous", "Intravenous &xxe;"), "Entity 'xxe' not defined"),
    # What it stored on SQLite for tests/data/hostile/pmid-13-digits.xml.
    ("pmid-13-digits", "33472925", lambda raw: raw.replace(">33472925</PMID>", ">1000033472925</PMID>"),
     "PMID 1000033472925 has 13 digits"),
    ("version-not-a-number", "33472925", lambda raw: raw.replace('Version="1"', 'Version="one"', 1), "has Version 'one'"),
    ("truncated", "33472925", lambda raw: raw[: len(raw) // 2], "not well-formed XML"),
    ("medline-not-json", "12230038", lambda raw: raw[:-1], "cannot be read (JSONDecodeError"),
    ("medline-nul", "12230038", lambda raw: json.dumps({**json.loads(raw), "TI": "A\u0000B"}), "has a NUL character"),
]


def run(*args: object) -> tuple[int, str, str]:
    r = runner.invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def loaded(db_url: str) -> str:
    code, out, err = run("ingest", SEED, PUBMED / "metapub__pmid_28731372.xml", MEDLINE_FILE, "--db", db_url)
    assert code == 0 and "3 new" in out, err
    return db_url


def damage(engine: Engine, pmid: str, change: Callable[[str], str]) -> None:
    with engine.begin() as conn:
        raw = unpack_raw(conn.execute(select(ArticleRow.raw).where(ArticleRow.pmid == pmid)).scalar_one())
        conn.execute(update(ArticleRow).where(ArticleRow.pmid == pmid).values(raw=pack_raw(change(raw))))


def versions(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(TrialRow.pmid, TrialRow.extractor_version)).all())


@pytest.mark.parametrize(("kind", "pmid", "change", "reason"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_reextract_all_skips_an_unreadable_record_and_goes_on(
    loaded: str, kind: str, pmid: str, change: Callable[[str], str], reason: str
) -> None:
    engine = make_engine(loaded)
    damage(engine, pmid, change)
    before = dump(engine)
    code, out, err = run("reextract", "--all", "--db", loaded)
    assert code == 0
    assert out.strip() == "Re-extracted 2 records (0 already current, 1 skipped: its stored record could not be read)."
    assert err.startswith(f"trialdb: warning: PMID {pmid}: its stored record cannot be read (stored record: ") and reason in err
    assert err.endswith(f"); skipped, its facts are left as they were (fetch it again to replace it: trialdb fetch --pmid {pmid})\n")
    assert err.count("\n") == 1 and "Traceback" not in err
    # Re-extracting the readable records with the same extractor rewrites them as they were; the skipped one is untouched.
    assert dump(engine) == before
    engine.dispose()


@pytest.mark.parametrize(("kind", "pmid", "change", "reason"), DAMAGE[:1] + DAMAGE[-2:-1], ids=["entity", "medline-not-json"])
def test_reextract_of_stale_records_brings_the_others_up_to_date(
    loaded: str, kind: str, pmid: str, change: Callable[[str], str], reason: str
) -> None:
    engine = make_engine(loaded)
    damage(engine, pmid, change)
    with engine.begin() as conn:
        conn.execute(update(TrialRow).values(extractor_version="0.0.1"))
    code, out, err = run("reextract", "--batch-size", "1", "--db", loaded)
    assert code == 0 and "Re-extracted 2 records" in out
    assert f"PMID {pmid}" in err and reason in err and err.count("\n") == 1
    assert versions(engine) == {pmid: "0.0.1", **{p: EXTRACTOR_VERSION for p in {"33472925", *OTHERS} - {pmid}}}
    engine.dispose()
