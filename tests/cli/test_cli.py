"""The trialdb command as a user runs it: output, files, exit codes and one-line errors."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialdb.cli.app import app

from ..conftest import FIXTURES, PUBMED, SEED, pubmed_files

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def loaded_db(db_url: str) -> str:
    code, out, err = run("ingest", *pubmed_files(), "--db", db_url)
    assert code == 0, err
    assert "Read 262 records from 18 files: 261 new, 0 updated, 0 unchanged, 0 deleted." in out
    return db_url


def test_ingest_search_show_export(loaded_db: str, tmp_path: Path) -> None:
    code, out, _ = run("search", "stem cells", "--design", "rct", "--format", "json", "--db", loaded_db)
    assert code == 0
    (hit,) = json.loads(out)
    assert (hit["pmid"], hit["study_type"], hit["total_n"], hit["registry_ids"]) == ("33472925", "rct", 54, ["NCT01716481"])

    code, out, _ = run("search", "stem cells", "--design", "rct", "--db", loaded_db)
    assert code == 0 and "33472925" in out and "open-label" in out and "NCT01716481" in out

    code, out, _ = run("show", "33472925", "--db", loaded_db)
    assert code == 0
    for needle in ("Efficacy and Safety of Intravenous Mesenchymal Stem Cells", "allocation ratio", "2:1", "arm: MSC",
                   "= 0.732", "mRS score shift at 3 months", "AAN III", "This study provides Class III evidence"):
        assert needle in out, needle

    code, out, _ = run("show", "33472925", "--format", "json", "--db", loaded_db)
    shown = json.loads(out)
    assert shown["facts"] == json.loads((FIXTURES / "golden" / "33472925.json").read_text())

    target = tmp_path / "trials.csv"
    code, _, err = run("export", "--format", "csv", "-o", target, "--db", loaded_db)
    assert code == 0 and "Wrote 258 trials" in err  # 261 records, 3 of them retracted
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 258 and "8655018" not in {r["pmid"] for r in rows}
    code, _, err = run("export", "--format", "csv", "--include-retracted", "-o", target, "--force", "--db", loaded_db)
    assert code == 0 and "Wrote 261 trials" in err
    seed = next(r for r in rows if r["pmid"] == "33472925")
    assert (seed["study_type"], seed["total_n"], seed["arms"], seed["registry_ids"], seed["evidence_level"]) == (
        "rct", "54", "MSC: 39; control: 15", "NCT01716481", "III")
    assert seed["p_values"] == "p = 0.732 [mRS score shift at 3 months]; p = 0.023 [change in the leg score of the Motricity Index]"

    target = tmp_path / "rcts.json"
    code, _, _ = run("export", "--format", "json", "--design", "rct", "-o", target, "--db", loaded_db)
    records = json.loads(target.read_text())
    assert len(records) == 10 and all(r["design"]["study_type"] == "rct" for r in records)


def test_stats(loaded_db: str) -> None:
    code, out, _ = run("stats", "--format", "json", "--db", loaded_db)
    s = json.loads(out)
    assert code == 0 and s["articles"] == 261 and s["by_design"]["rct"] == 10


def test_extract_prints_the_contract_as_json_lines(tmp_path: Path) -> None:
    code, out, _ = run("extract", SEED, PUBMED / "metapub__pmid_28731372.xml", "--format", "json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["pmid"] for r in lines] == ["33472925", "28731372"]
    assert lines[0] == json.loads((FIXTURES / "golden" / "33472925.json").read_text())
    assert set(lines[1]) == {"pmid", "title", "design", "sample_size", "outcomes", "p_values", "effects", "registry_ids", "evidence_class"}


def test_ingest_refuses_plain_text(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "abstract.txt"
    path.write_text("A title\nAn abstract.\n")
    code, _, err = run("ingest", path, "--db", sqlite_url)
    assert code == 2 and "plain text has no PMID" in err


def test_extract_plain_text(tmp_path: Path) -> None:
    (article,) = __import__("trialdb.fetch", fromlist=["read_articles"]).read_articles([SEED])
    path = tmp_path / "seed.txt"
    path.write_text(article.title + "\n" + article.abstract + "\n")
    code, out, _ = run("extract", path)
    record = json.loads(out)
    assert code == 0 and record["pmid"] is None
    assert record["design"]["study_type"] == "rct" and record["sample_size"]["total"] == 54
    assert record["registry_ids"] == ["NCT01716481"] and record["evidence_class"]["level"] == "III"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"this is not xml at all", "not XML (it does not start with '<')"),
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>999</PMID>", "not well-formed XML"),
        (b"<html><body>502 Bad Gateway</body></html>", "not PubMed XML"),
    ],
)
def test_bad_input_changes_nothing(loaded_db: str, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    _, before, _ = run("export", "--format", "json", "--db", loaded_db)
    # A good file listed first is not stored either: every file is checked before anything is written.
    code, out, err = run("ingest", SEED, bad, "--db", loaded_db)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    _, after, _ = run("export", "--format", "json", "--db", loaded_db)
    assert after == before


def test_unknown_pmid_and_bad_arguments(sqlite_url: str) -> None:
    assert run("ingest", SEED, "--db", sqlite_url)[0] == 0
    code, _, err = run("show", "12345", "--db", sqlite_url)
    assert (code, err) == (3, "trialdb: error: PMID 12345 is not in the database; ingest it first (trialdb ingest FILE)\n")
    code, _, err = run("show", "abc", "--db", sqlite_url)
    assert code == 2 and "is not a PMID" in err
    code, _, err = run("search", "--design", "cohort", "--db", sqlite_url)
    assert code == 2 and "unknown design 'cohort'" in err
    code, _, err = run("ingest", "/no/such/file.xml", "--db", sqlite_url)
    assert code == 2 and "no such file" in err


def test_bad_database_url() -> None:
    code, _, err = run("search", "stroke", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert code == 5 and err.startswith("trialdb: error: cannot open the database") and err.count("\n") == 1
    code, _, err = run("search", "stroke", "--db", "mysql://x@y/z")
    assert code == 2 and "unsupported database 'mysql'" in err


def test_export_to_a_missing_folder_writes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    code, _, err = run("export", "-o", tmp_path / "nope" / "x.csv", "--db", sqlite_url)
    assert code == 2 and "no such folder" in err


def test_console_script_uses_the_env_database(tmp_path: Path) -> None:
    """The installed `trialdb` command, run as a user would, with TRIALDB_DATABASE_URL."""
    env = {**os.environ, "TRIALDB_DATABASE_URL": f"sqlite:///{tmp_path / 'env.sqlite'}"}
    exe = [sys.executable, "-m", "trialdb.cli"]
    done = subprocess.run([*exe, "ingest", str(SEED)], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout and str(tmp_path / "env.sqlite") in done.stdout
    done = subprocess.run([*exe, "show", "999"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 3 and done.stderr.strip().endswith("ingest it first (trialdb ingest FILE)")
    assert "Traceback" not in done.stderr


def test_a_database_failure_mid_command_is_one_line(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import trialdb.cli.query_commands as commands

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))

    assert run("ingest", SEED, "--db", sqlite_url)[0] == 0
    monkeypatch.setattr(commands, "run_search", broken)
    code, _, err = run("search", "stroke", "--db", sqlite_url)
    assert code == 5 and err.startswith("trialdb: error: database error (server closed the connection unexpectedly)")
    assert err.count("\n") == 1


def test_not_a_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("these are my notes, not a database\n" * 100)
    code, _, err = run("search", "stroke", "--db", bad)
    assert code == 5 and ("cannot open the database" in err or "cannot set up the database" in err)


def test_search_starts_without_spacy_matplotlib_or_openpyxl(tmp_path: Path) -> None:
    """`trialdb search` imports none of the heavy modules that only extraction, plots and xlsx need."""
    url = f"sqlite:///{tmp_path / 'light.sqlite'}"
    code, _, err = run("ingest", SEED, "--db", url)
    assert code == 0, err
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from trialdb.cli.app import app\n"
        f"r = CliRunner().invoke(app, ['search', 'stroke', '--design', 'rct', '--db', {url!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'matplotlib', 'openpyxl', 'sklearn'})\n"
        "print(r.exit_code, ','.join(heavy) or 'none')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.stdout.split() == ["0", "none"], done.stderr


def test_search_words_spellings_and_counts(loaded_db: str) -> None:
    """Words without quotes all count, British and American spellings find each other, and the title says 'of how many'."""
    code, out, err = run("search", "stem", "cells", "--design", "rct", "-f", "ids", "--db", loaded_db)
    assert code == 0, err
    assert "33472925" in out.split()
    # 18719013's title says "randomised", 33472925's abstract "randomized" and "ischemic".
    _, british, _ = run("search", "randomized", "hormone", "-f", "ids", "--db", loaded_db)
    assert "18719013" in british.split()
    _, american, _ = run("search", "randomised", "ischaemic", "stroke", "-f", "ids", "--db", loaded_db)
    assert "33472925" in american.split()
    _, every, _ = run("search", "-f", "ids", "--db", loaded_db)
    assert len(every.split()) == 258  # every match without --limit (261 records, 3 retracted), not a page of 50
    _, strokes, _ = run("search", "stroke", "-f", "ids", "--db", loaded_db)
    n = len(strokes.split())
    assert n > 1
    code, table, _ = run("search", "stroke", "--limit", "1", "--db", loaded_db)
    assert code == 0 and f"showing 1 of {n} trials" in table
    _, table, _ = run("search", "stroke", "--limit", "1", "--offset", "1", "--db", loaded_db)
    assert f"showing 2 of {n} trials" in table


def test_repeated_filters_match_either_and_contradictions_are_refused(loaded_db: str) -> None:
    counts = {}
    for design in ("rct", "non-randomized"):
        _, out, _ = run("search", "--design", design, "-f", "ids", "--db", loaded_db)
        counts[design] = set(out.split())
    _, both, _ = run("search", "--design", "rct", "--design", "non-randomized", "-f", "ids", "--db", loaded_db)
    assert set(both.split()) == counts["rct"] | counts["non-randomized"] and counts["rct"] and counts["non-randomized"]
    _, two, _ = run("search", "--registry", "NCT01716481", "--registry", "ISRCTN63718836", "-f", "ids", "--db", loaded_db)
    assert set(two.split()) == {"33472925", "18719013"}
    for args, message in (
        (("--min-n", "100", "--max-n", "10"), "--min-n 100 is more than --max-n 10"),
        (("--year-from", "2020", "--year-to", "2010"), "--year-from 2020 is after --year-to 2010"),
    ):
        code, _, err = run("search", *args, "--db", loaded_db)
        assert code == 2 and err.startswith(f"trialdb: error: {message}") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [(["search", "--min-n", "x"], "Invalid value for '--min-n'"), (["serch"], "No such command 'serch'"),
     (["search", "--nope"], "No such option: --nope")],
)
def test_a_usage_error_is_one_line(args: list[str], message: str) -> None:
    """The installed command (not the test runner) prints click's usage errors as one line, exit 2."""
    done = subprocess.run([sys.executable, "-m", "trialdb.cli", *args], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith(f"trialdb: error: {message}") and len(done.stderr.strip().splitlines()) == 1


def test_brackets_in_titles_are_text_not_markup(tmp_path: Path, sqlite_url: str) -> None:
    """A title with "[in German]" or "[/x]" (PubMed writes translated titles in brackets) is shown whole, never a traceback."""
    record = (PUBMED / "metapub__pmid_28731372.xml").read_text(encoding="utf-8")
    start = record.index("<ArticleTitle>") + len("<ArticleTitle>")
    end = record.index("</ArticleTitle>")
    edited = tmp_path / "bracketed.xml"
    edited.write_text(record[:start] + "[Fibrinolysis in stroke [/x] [in German]]" + record[end:], encoding="utf-8")
    assert run("ingest", edited, "--db", sqlite_url)[0] == 0
    code, out, err = run("search", "fibrinolysis", "--db", sqlite_url)
    assert code == 0, err
    assert "[in German]" in out and "[/x]" in out
    code, out, err = run("show", "28731372", "--db", sqlite_url)
    assert code == 0 and "[Fibrinolysis in stroke [/x] [in German]]" in out, err


def test_author_and_journal_filters(loaded_db: str) -> None:
    _, out, _ = run("search", "--author", "Welton", "-f", "ids", "--db", loaded_db)
    assert out.split() == ["18719013"]  # Welton AJ, first author of the WISDOM report
    _, out, _ = run("search", "--author", "vickers mr", "--journal", "BMJ", "-f", "ids", "--db", loaded_db)
    assert out.split() == ["18719013"]
    _, both, _ = run("search", "--journal", "BMJ", "--journal", "Neurology", "-f", "ids", "--db", loaded_db)
    assert {"18719013", "33472925"} <= set(both.split())
    _, none, _ = run("search", "--author", "W%", "-f", "ids", "--db", loaded_db)
    assert none.split() == []  # a % is a character here, not a wildcard
