"""Hostile records (tests/data/hostile/README.md, "Record checks"): the check pass refuses each one before anything is
stored, with one line and exit 2; and a record that did not change is counted unchanged wherever its file puts it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import init_db, make_engine
from trialdb.db.models import ArticleRow, ArticleVersionRow
from trialdb.db.raw import pack_raw, unpack_raw
from trialdb.fetch import check_source
from trialdb.fetch.eutils import EutilsClient, EutilsConfig
from trialdb.pipeline.runs import fetch_query

from ..conftest import PUBMED, ROOT, SEED
from ..db.test_store import dump
from ..eutils_server import EutilsServer, load_corpus

HOSTILE = ROOT / "tests" / "data" / "hostile"
#: A good file listed before the hostile one: with --batch-size 1 its record would be stored first if the check let
#: the hostile file through.
GOOD = PUBMED / "metapub__pmid_28731372.xml"
runner = CliRunner()

#: Each hostile file and the words its one-line refusal must hold (beyond the file's name).
REFUSED = [
    ("entity-internal-subset.xml", "PMID 33472925 holds the entity reference &xxe;, which PubMed never writes"),
    ("entity-undeclared.xml", "PMID 37167981 holds the entity reference &nbsp;, which PubMed never writes"),
    ("pmid-17-digits.xml", "PMID 12345678901234567 has 17 digits, more than the 12 a PMID can have"),
    ("pmid-2-63.xml", "PMID 9223372036854775808 has 19 digits, more than the 12 a PMID can have"),
    ("pmid-13-digits.xml", "PMID 1000033472925 has 13 digits, more than the 12 a PMID can have"),
    ("pmid-5000-digits.xml", "PMID 333333333333333333333333... has 5000 digits"),
    ("version-not-a-number.xml", "PMID 33472925 has Version 'one', not a whole number up to 2147483647"),
    ("version-2-31.xml", "PMID 33472925 has Version '2147483648', not a whole number up to 2147483647"),
    ("medline-pmid-2-63.txt", "PMID 9223372036854775808 has 19 digits, more than the 12 a PMID can have"),
    ("medline-nul.txt", "PMID 16403221 has a NUL character (byte 0) in its TI field"),
    ("deletion-pmid-20-digits.xml", "PMID 23203861000000000000 has 20 digits, more than the 12 a PMID can have"),
]


def run(*args: object) -> tuple[int, str, str]:
    r = runner.invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def count(engine: Engine, table: type) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def seeded(db_url: str) -> str:
    """A database (SQLite, then PostgreSQL) holding the seed record."""
    code, out, err = run("ingest", SEED, "--db", db_url)
    assert code == 0, err
    assert "1 new" in out
    return db_url


@pytest.mark.parametrize(("name", "message"), REFUSED, ids=[n for n, _ in REFUSED])
def test_hostile_record_is_refused_before_anything_is_stored(seeded: str, name: str, message: str) -> None:
    engine = make_engine(seeded)
    before = dump(engine)
    path = HOSTILE / name
    code, out, err = run("ingest", "--batch-size", "1", GOOD, path, "--db", seeded)
    assert code == 2
    assert err.startswith(f"trialdb: error: {path}: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err and out == ""
    assert dump(engine) == before
    engine.dispose()


@pytest.mark.parametrize(("name", "message"), REFUSED, ids=[n for n, _ in REFUSED])
def test_extract_refuses_them_too(name: str, message: str) -> None:
    code, out, err = run("extract", HOSTILE / name)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


def test_every_hostile_file_is_a_bundled_record_with_one_edit() -> None:
    """The README names each file this module uses, and the good files these were made from pass the same check."""
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    for name, _ in REFUSED:
        assert f"`{name}`" in readme, name
    assert "`seed-moved-and-reindented.xml`" in readme
    assert check_source(SEED) == 1 and check_source(PUBMED / "pubmedpy__efetch.xml") == 6


def test_a_twelve_digit_pmid_is_stored_found_and_reextracted(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "twelve.xml"
    path.write_text(SEED.read_text(encoding="utf-8").replace(">33472925</PMID>", ">999999999999</PMID>"), encoding="utf-8")
    code, out, err = run("ingest", path, "--db", db_url)
    assert code == 0 and "1 new" in out, err
    code, out, _ = run("search", "mesenchymal stem cells", "--format", "json", "--db", db_url)
    assert code == 0 and '"999999999999"' in out
    code, out, _ = run("show", "999999999999", "--db", db_url)
    assert code == 0 and "Efficacy and Safety of Intravenous Mesenchymal Stem Cells" in out
    code, out, err = run("reextract", "--all", "--db", db_url)
    assert (code, err) == (0, "") and "Re-extracted 1 records" in out


def test_same_record_elsewhere_and_reindented_is_unchanged(seeded: str) -> None:
    """The seed record, after another record and indented as efetch indents it: 1 new (the other), 1 unchanged."""
    engine = make_engine(seeded)
    with engine.connect() as conn:
        seed_row = conn.execute(select(ArticleRow).where(ArticleRow.pmid == "33472925")).one()
    code, out, err = run("ingest", HOSTILE / "seed-moved-and-reindented.xml", "--db", seeded)
    assert code == 0, err
    assert "Read 2 records from 1 file: 1 new, 0 updated, 1 unchanged, 0 deleted." in out
    with engine.connect() as conn:
        assert conn.execute(select(ArticleRow).where(ArticleRow.pmid == "33472925")).one() == seed_row
    assert count(engine, ArticleVersionRow) == 0
    before = {k: v for k, v in dump(engine).items() if k != "run"}  # the run log gains an entry per ingest
    code, out, _ = run("ingest", SEED, HOSTILE / "seed-moved-and-reindented.xml", "--batch-size", "1", "--db", seeded)
    assert code == 0 and "0 new, 0 updated, 3 unchanged" in out
    assert {k: v for k, v in dump(engine).items() if k != "run"} == before
    engine.dispose()


def test_stored_raw_record_ends_at_its_closing_tag(seeded: str) -> None:
    engine = make_engine(seeded)
    with engine.connect() as conn:
        raw = unpack_raw(conn.execute(select(ArticleRow.raw).where(ArticleRow.pmid == "33472925")).scalar_one())
    assert raw.startswith("<PubmedArticle>") and raw.endswith("</PubmedArticle>")
    engine.dispose()


def test_a_record_hashed_before_canonical_hashes_is_still_unchanged(seeded: str) -> None:
    """A database written before this change holds the raw record with the whitespace after it, hashed as it was."""
    engine = make_engine(seeded)
    with engine.begin() as conn:
        raw = unpack_raw(conn.execute(select(ArticleRow.raw).where(ArticleRow.pmid == "33472925")).scalar_one()) + "\n  "
        old_hash = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        conn.execute(update(ArticleRow).where(ArticleRow.pmid == "33472925").values(raw=pack_raw(raw), content_hash=old_hash))
    before = {k: v for k, v in dump(engine).items() if k != "run"}  # the run log gains an entry per ingest
    code, out, err = run("ingest", SEED, "--db", seeded)
    assert code == 0, err
    assert "0 new, 0 updated, 1 unchanged" in out
    assert {k: v for k, v in dump(engine).items() if k != "run"} == before
    code, _, err = run("reextract", "--all", "--db", seeded)
    assert code == 0, err
    assert count(engine, ArticleVersionRow) == 0
    engine.dispose()


def test_fetch_with_another_batch_size_changes_nothing(db_url: str) -> None:
    """The same records, fetched in batches of 5 and then of 3 (so each sits elsewhere in its efetch answer)."""
    corpus = load_corpus([SEED, PUBMED / "pubmedpy__efetch.xml", PUBMED / "metapub__37167981.xml", PUBMED / "biopython__pubmed1.xml"])
    engine = make_engine(db_url)
    init_db(engine)
    with EutilsServer(corpus=corpus, cap=50) as srv:
        config = EutilsConfig(base_url=srv.url, rate=200, history_cap=50, backoff=0.01)
        with EutilsClient(config, sleep=lambda s: None) as c:
            first = fetch_query(engine, c, "all", batch_size=5)
            before = {k: v for k, v in dump(engine).items() if k != "run"}
            second = fetch_query(engine, c, "all", batch_size=3)
    assert first.stored.new == len(corpus) == 10
    assert (second.stored.new, second.stored.updated, second.stored.unchanged) == (0, 0, 10)
    assert {k: v for k, v in dump(engine).items() if k != "run"} == before
    assert count(engine, ArticleVersionRow) == 0
    engine.dispose()
