"""fetch, searches, update, log and import as a user (or cron) runs them, against a local E-utilities server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialdb.cli.app import app

from ..conftest import FIXTURES
from ..eutils_server import EutilsServer


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def test_fetch_a_query_and_log_it(server: EutilsServer, sqlite_url: str) -> None:
    code, out, err = run("fetch", "stroke", "--db", sqlite_url)
    expected = len(server.state.search("stroke"))
    assert code == 0, err
    assert f"{expected} records found, {expected} new, 0 revised, 0 unchanged, 0 deleted, 0 failed." in out
    assert "PubMed's translation: stroke" in out
    code, out, _ = run("log", "--format", "json", "--db", sqlite_url)
    (entry,) = json.loads(out)
    assert (entry["kind"], entry["query"], entry["status"], entry["found"]) == ("fetch", "stroke", "completed", expected)
    code, out, _ = run("search", "stroke", "--format", "json", "--db", sqlite_url)
    assert code == 0 and len(json.loads(out)) > 0


def test_fetch_by_pmid_and_pmid_file(server: EutilsServer, sqlite_url: str, tmp_path: Path) -> None:
    code, out, _ = run("fetch", "--pmid", "33472925", "--pmid", "28731372", "--db", sqlite_url)
    assert code == 0 and "2 records found, 2 new" in out
    listing = tmp_path / "pmids.txt"
    listing.write_text("# my list\n33472925\n\n9505772\n")
    code, out, _ = run("fetch", "--pmid-file", listing, "--db", sqlite_url)
    assert code == 0 and "2 records found, 1 new" in out and "1 unchanged" in out


def test_unknown_pmid_exits_3_with_one_line(server: EutilsServer, sqlite_url: str) -> None:
    code, _, err = run("fetch", "--pmid", "99999999", "--db", sqlite_url)
    assert code == 3 and err == "trialdb: error: PubMed has no record for PMID 99999999; the other 0 were stored\n"


def test_network_failure_exits_4_and_loses_nothing(server: EutilsServer, sqlite_url: str) -> None:
    run("fetch", "--pmid", "33472925", "--db", sqlite_url)
    server.state.add_fault("500", None, times=50)
    code, _, err = run("fetch", "stroke", "--retries", "1", "--quiet", "--db", sqlite_url)
    assert code == 4 and err.startswith("trialdb: error: PubMed E-utilities esearch failed 1 times") and err.count("\n") == 1
    code, out, _ = run("search", "--format", "json", "--db", sqlite_url)
    assert [h["pmid"] for h in json.loads(out)] == ["33472925"]


def test_missing_email_is_said(server: EutilsServer, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIALDB_EMAIL")
    code, _, err = run("fetch", "--pmid", "33472925", "--db", sqlite_url)
    assert code == 0 and "TRIALDB_EMAIL is not set" in err


def test_saved_search_and_quiet_update_for_cron(server: EutilsServer, sqlite_url: str) -> None:
    code, out, _ = run("searches", "add", "msc-stroke", '"stem cells"[tiab] AND stroke[tiab]', "--db", sqlite_url)
    assert code == 0 and "Saved search 'msc-stroke'" in out
    code, _, err = run("searches", "add", "msc-stroke", "stroke", "--db", sqlite_url)
    assert code == 2 and "exists" in err
    code, out, _ = run("searches", "list", "--db", sqlite_url)
    assert "msc-stroke" in out and "never" in out
    code, out, err = run("update", "--quiet", "--db", sqlite_url)
    assert (code, out, err) == (0, "", "")
    code, out, _ = run("searches", "show", "msc-stroke", "--db", sqlite_url)
    assert json.loads(out)["last_success_at"] is not None
    code, out, _ = run("search", "--format", "json", "--db", sqlite_url)
    assert [h["pmid"] for h in json.loads(out)] == ["33472925"]
    code, _, err = run("update", "no-such-search", "--db", sqlite_url)
    assert code == 3 and "no saved search named 'no-such-search'" in err
    code, out, _ = run("searches", "remove", "msc-stroke", "--db", sqlite_url)
    assert code == 0
    code, _, err = run("update", "--db", sqlite_url)
    assert code == 3 and "no saved searches" in err


def test_import_medline_and_baseline(sqlite_url: str) -> None:
    code, out, _ = run("import", FIXTURES / "medline" / "biopython__pubmed_result2.txt",
                       FIXTURES / "pubmed" / "fatcat__pubmedsample_2019.xml.gz", "--db", sqlite_url)
    assert code == 0 and "180 records found, 180 new" in out  # 4 + 176 citations; its DeleteCitation names none of them
    code, out, _ = run("log", "--db", sqlite_url)
    assert "import" in out and "completed" in out
