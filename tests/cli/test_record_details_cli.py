"""Record details beyond the citation (issue 13, point 16) as a user meets them: stored, shown by `show` (text and JSON),
in the JSON export, unchanged by a second ingest, and filled in by `reextract --all` for records stored before."""

from __future__ import annotations

import json

from sqlalchemy import select, text
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import make_engine
from trialdb.db.models import ArticleRow

from ..conftest import FIXTURES, PUBMED, ROOT
from ..db.test_store import dump

RECORD = PUBMED / "metapub__35358095.xml"
CHAPTER = ROOT / "tests" / "data" / "hostile" / "book-34662018.xml"
NBIB = FIXTURES / "medline" / "biopython__pubmed_result2.txt"
FILES = (RECORD, CHAPTER, NBIB)


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def _columns(url: str) -> dict[str, tuple[str | None, str | None]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {p: (pmc, d) for p, pmc, d in conn.execute(select(ArticleRow.pmid, ArticleRow.pmc_id, ArticleRow.details))}
    finally:
        engine.dispose()


def test_details_are_stored_shown_and_exported(db_url: str) -> None:
    code, _, err = run("ingest", *FILES, "--db", db_url)
    assert code == 0, err
    columns = _columns(db_url)
    assert (columns["35358095"][0], columns["16403221"][0], columns["34662018"][0]) == ("PMC9106355", "PMC1373603", None)

    code, out, _ = run("show", "35358095", "--format", "json", "--db", db_url)
    details = json.loads(out)["citation"]["details"]
    assert (details["pmc_id"], details["publication_status"], details["nlm_journal_id"]) == ("PMC9106355", "ppublish", "7802877")
    assert details["history"][0] == {"status": "received", "date": "2021-08-20"}
    assert details["issn"] == [{"issn": "1558-8238", "type": "Electronic"}, {"issn": "0021-9738", "type": "Linking"}]
    assert details["chemicals"] == [{"name": "HMGB1 Protein", "ui": "D024243", "registry_number": "0"}]
    assert details["grants"][0] == {"grant_id": "U24 NS107228", "agency": "NINDS NIH HHS", "country": "United States"}
    assert details["mesh"][3] == {
        "descriptor": "HMGB1 Protein", "ui": "D024243", "major": True, "qualifiers": [{"name": "genetics", "ui": "Q000235", "major": False}],
    }
    assert details["affiliations"][0] == {"author": "Denorme F", "affiliations": ["Molecular Medicine Program."]}
    assert details["coi_statement"].startswith("Conflict of interest: CCY authored a US patent")

    code, out, _ = run("show", "35358095", "--db", db_url)
    assert code == 0
    assert "PMC ID PMC9106355  status ppublish" in out
    assert "Journal: NLM ID 7802877; ISSN 1558-8238 (Electronic), 0021-9738 (Linking)" in out
    assert "History: received 2021-08-20, accepted 2022-03-29, entrez 2022-03-31, pubmed 2022-04-01, pmc-release 2022-05-16, medline 2022-05-18" in out
    assert "Conflict of interest: Conflict of interest: CCY authored" in out
    assert "HMGB1 Protein*" in out and "genetics (Q000235)" in out and "U24 NS107228" in out and "Deparment of Radiology and Imaging" in out

    code, out, _ = run("show", "16403221", "--db", db_url)
    assert "PMC ID PMC1373603  status epublish  published electronically 2006-01-10" in out
    assert "(not attributed)" in out and "methods*" in out

    code, out, _ = run("export", "--format", "json", "--db", db_url)
    records = {r["pmid"]: r for r in json.loads(out)}
    assert records["35358095"]["details"] == details
    assert records["34662018"]["details"]["publication_status"] == "ppublish"
    assert records["16403221"]["details"]["article_date"] == "2006-01-10"
    # The contract's keys are all still there.
    assert {"pmid", "title", "design", "sample_size", "outcomes", "p_values", "effects", "registry_ids", "evidence_class"} < set(records["35358095"])


def test_ingesting_again_changes_nothing(db_url: str) -> None:
    run("ingest", *FILES, "--db", db_url)
    engine = make_engine(db_url)
    before = dump(engine)
    code, out, _ = run("ingest", *FILES, "--db", db_url)
    assert code == 0 and "0 new, 0 updated, 6 unchanged" in out
    after = dump(engine)
    engine.dispose()
    # Every table but the run log (one entry per ingest) is as it was: no article_version row, the same details.
    assert {k: v for k, v in after.items() if k != "run"} == {k: v for k, v in before.items() if k != "run"}


def test_records_stored_before_get_their_details_from_reextract_all(db_url: str) -> None:
    """A database from before the details were kept gains the columns from `trialdb db upgrade`; `reextract --all` fills them
    from the stored raw records (plain `reextract` redoes only records of an older extractor, and leaves these as they are)."""
    run("ingest", *FILES, "--db", db_url)
    filled = _columns(db_url)
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE article DROP COLUMN details"))
        conn.execute(text("ALTER TABLE article DROP COLUMN pmc_id"))
        conn.execute(text("DROP TABLE alembic_version"))  # made before trialdb recorded schema revisions
    engine.dispose()
    assert run("db", "upgrade", "--db", db_url)[0] == 0
    assert set(_columns(db_url).values()) == {(None, None)}

    code, out, _ = run("show", "35358095", "--format", "json", "--db", db_url)
    details = json.loads(out)["citation"]["details"]
    assert code == 0 and details["pmc_id"] is None and details["mesh"] == [] and set(details) >= {"history", "grants", "coi_statement"}

    code, out, _ = run("reextract", "--db", db_url)
    assert (code, out.strip()) == (0, "Re-extracted 0 records (0 already current).")
    code, out, _ = run("reextract", "--all", "--db", db_url)
    assert (code, out.strip()) == (0, "Re-extracted 6 records (0 already current).")
    assert _columns(db_url) == filled
    code, out, _ = run("ingest", *FILES, "--db", db_url)
    assert "0 new, 0 updated, 6 unchanged" in out
