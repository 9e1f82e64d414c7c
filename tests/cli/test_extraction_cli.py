"""evaluate and reextract from the command line."""

from __future__ import annotations

import json

from sqlalchemy import select
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import open_database
from trialdb.db.models import TrialRow
from trialdb.extract import Extractor
from trialdb.pipeline import ingest_files

from ..conftest import FIXTURES, SEED, pubmed_files


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def test_evaluate_table_and_json() -> None:
    code, out, _ = run("evaluate", FIXTURES / "gold" / "dev")
    assert code == 0 and "Extraction against 359 gold records" in out and "non-RCTs called RCT: 4/98 (4.1%)" in out
    assert "macro:" in out and "planned_n" in out
    code, out, _ = run("evaluate", FIXTURES / "gold" / "dev", "--format", "json")
    data = json.loads(out)
    p = next(f for f in data["fields"] if f["field"] == "p_values")
    assert data["records"] == 359 and (p["tp"], p["fp"]) == (589, 1)
    # A folder of splits scores every split, never the second readings.
    code, out, _ = run("evaluate", FIXTURES / "gold", "--format", "json")
    assert code == 0 and json.loads(out)["records"] == 500


def test_evaluate_bad_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("evaluate", tmp_path)
    assert code == 2 and "holds no *.json gold files" in err
    (tmp_path / "x.json").write_text("{}")
    code, _, err = run("evaluate", tmp_path)
    assert code == 2 and "needs 'source'" in err


def test_reextract_brings_old_versions_up_to_date(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    old = Extractor()
    old.version = "0.9.0"
    ingest_files(engine, pubmed_files(), extractor=old)
    ingest_files(engine, [SEED])  # already current after this: raw unchanged, version current
    code, out, _ = run("reextract", "--older-than", "1.0.0", "--quiet", "--db", sqlite_url)
    assert (code, out) == (0, "")
    with engine.connect() as conn:
        versions = {v for (v,) in conn.execute(select(TrialRow.extractor_version))}
    assert versions == {Extractor().version}
    code, out, _ = run("reextract", "--db", sqlite_url)
    assert code == 0 and out == "Re-extracted 0 records (0 already current).\n"
    code, out, _ = run("reextract", "--all", "--db", sqlite_url)
    assert code == 0 and out == "Re-extracted 261 records (0 already current).\n"
    code, _, err = run("reextract", "--all", "--older-than", "1.0", "--db", sqlite_url)
    assert code == 2 and "not both" in err
