"""The search record a reviewer cites (PRISMA-S): queries exactly as typed, and every run, ingest and import included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

import trialdb.pipeline.ingest as ingest_module
from trialdb import __version__
from trialdb.cli.app import app
from trialdb.db.engine import make_engine
from trialdb.db.lock import run_is_live
from trialdb.db.models import RunRow, SavedSearchRow
from trialdb.db.runs import ENDED_MESSAGE
from trialdb.extract.version import EXTRACTOR_VERSION

from ..conftest import FIXTURES, SEED, pubmed_files
from ..eutils_server import EutilsServer

#: Queries as a reviewer types them in PubMed's search box, field tags and all.
QUERIES = [
    '"stem cells"[tiab] AND stroke[tiab]',
    "stroke[mh] AND randomized controlled trial[pt]",
    '(msc*[tiab] OR "stem cell*"[tiab]) AND stroke[ti]',
]


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def query_cells(table: str, joiner: str = " ") -> list[str]:
    """The 'query or files' cell of each row of `trialdb log`'s table, its lines joined (rich wraps words at spaces, folds paths anywhere)."""
    rows: list[list[str]] = []
    for line in table.splitlines():
        if line.startswith(("┡", "├")):
            rows.append([])
        elif line.startswith("│") and rows:
            rows[-1].append(line.split("│")[-2].strip())
    return [joiner.join(part for part in row if part) for row in rows]


def logged(url: str) -> list[dict]:
    """The run log as `trialdb log --format json` gives it, oldest first."""
    code, out, err = run("log", "--format", "json", "--db", url)
    assert code == 0, err
    return list(reversed(json.loads(out)))




# --- the query as typed ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", QUERIES)
def test_a_saved_search_is_stored_listed_logged_and_reported_as_typed(server: EutilsServer, sqlite_url: str, query: str) -> None:
    code, out, err = run("searches", "add", "msc-stroke", query, "--db", sqlite_url)
    assert (code, out) == (0, f"Saved search 'msc-stroke': {query}\n"), err
    code, out, _ = run("searches", "list", "--db", sqlite_url)
    assert code == 0 and f"│ msc-stroke │ never                │ {query} " in out
    code, out, _ = run("searches", "show", "msc-stroke", "--db", sqlite_url)
    assert json.loads(out)["query"] == query
    code, _, err = run("update", "--quiet", "--db", sqlite_url)
    assert code == 0, err

    (entry,) = logged(sqlite_url)
    # The test server translates a first update's query word for word, as PubMed does a query it needs not expand.
    assert (entry["kind"], entry["saved_search"], entry["query"], entry["query_translation"], entry["files"]) == (
        "update", "msc-stroke", query, query, None,
    )
    code, out, _ = run("log", "--db", sqlite_url)
    assert code == 0 and query_cells(out) == [f"as typed: {query} PubMed's translation: {query}"]

    code, md, _ = run("report", "--db", sqlite_url)
    assert code == 0
    assert f"| msc-stroke | `{query}` |" in md
    assert f"- Query as typed: `{query}`\n- PubMed's query translation: `{query}`\n" in md
    code, out, _ = run("report", "--format", "json", "--db", sqlite_url)
    (reported,) = json.loads(out)["runs"]
    assert (reported["query"], reported["query_translation"]) == (query, query)
    assert json.loads(out)["saved_searches"][0]["query"] == query


def test_a_fetch_shows_its_query_and_pubmeds_translation_labelled(server: EutilsServer, sqlite_url: str) -> None:
    code, _, err = run("fetch", "stroke[tiab]", "--quiet", "--db", sqlite_url)
    assert code == 0, err
    code, out, _ = run("log", "--db", sqlite_url)
    assert query_cells(out) == ["as typed: stroke[tiab] PubMed's translation: stroke[tiab]"]
    code, md, _ = run("report", "--db", sqlite_url)
    assert "- Database: PubMed\n- Query as typed: `stroke[tiab]`\n- PubMed's query translation: `stroke[tiab]`\n" in md


def test_an_older_database_shows_what_it_holds_and_invents_nothing(sqlite_url: str) -> None:
    # As an earlier trialdb may have left them: a query without its field tags, no translation, an import's names joined by spaces.
    assert run("ingest", SEED, "--db", sqlite_url)[0] == 0
    engine = make_engine(sqlite_url)
    common = {"started_at": "2024-05-01T02:00:00+00:00", "finished_at": "2024-05-01T02:01:00+00:00", "status": "completed",
              "trialdb_version": "0.0.9", "extractor_version": "0.9.0"}
    with engine.begin() as conn:
        conn.execute(insert(SavedSearchRow).values(name="old", query='"stem cells" AND stroke', created_at="2024-05-01T01:00:00+00:00"))
        conn.execute(insert(RunRow).values(kind="update", saved_search="old", query='"stem cells" AND stroke', **common))
        conn.execute(insert(RunRow).values(kind="import", query="pubmed25n1300.xml.gz pubmed25n1301.xml.gz", **common))
    engine.dispose()

    code, out, _ = run("searches", "list", "--db", sqlite_url)
    assert '│ old  │ never                │ "stem cells" AND stroke ' in out
    old_update, old_import = logged(sqlite_url)[1:]
    assert (old_update["query"], old_update["query_translation"], old_update["files"]) == ('"stem cells" AND stroke', None, None)
    assert (old_import["query"], old_import["files"]) == ("pubmed25n1300.xml.gz pubmed25n1301.xml.gz", None)
    code, out, _ = run("log", "--db", sqlite_url)
    assert query_cells(out)[:2] == ["files: pubmed25n1300.xml.gz pubmed25n1301.xml.gz", 'as typed: "stem cells" AND stroke']
    code, md, _ = run("report", "--db", sqlite_url)
    assert "- Query as typed: `\"stem cells\" AND stroke`\n- PubMed's query translation: none recorded\n" in md
    assert "- Files read, as logged: `pubmed25n1300.xml.gz pubmed25n1301.xml.gz`\n" in md


# --- ingest and import are runs ----------------------------------------------------------------------------


def test_ingest_and_import_are_logged_and_reported_with_their_files_and_counts(db_url: str, tmp_path: Path) -> None:
    files = pubmed_files()
    code, out, err = run("ingest", *files, "--db", db_url)
    assert code == 0 and out.startswith("Read 262 records from 18 files: 261 new, 0 updated, 0 unchanged, 0 deleted."), err
    revised = tmp_path / "update-1.xml"
    revised.write_text(SEED.read_text().replace("( p = 0.732)", "( p = 0.041)"))
    deletion = tmp_path / "update-2.xml"
    deletion.write_text('<PubmedArticleSet><DeleteCitation><PMID Version="1">28731372</PMID></DeleteCitation></PubmedArticleSet>')
    code, out, err = run("import", revised, deletion, "--db", db_url)
    assert code == 0 and out == "Run 2 (import): 1 records found, 0 new, 1 revised, 0 unchanged, 1 deleted, 0 failed.\n", err
    code, out, err = run("ingest", SEED, "--db", db_url)
    assert code == 0 and out.startswith("Read 1 records from 1 file: 0 new, 1 updated, 0 unchanged, 0 deleted."), err

    first, second, third = logged(db_url)
    assert [(r["id"], r["kind"], r["status"], r["query"], r["query_translation"]) for r in (first, second, third)] == [
        (1, "ingest", "completed", None, None), (2, "import", "completed", None, None), (3, "ingest", "completed", None, None),
    ]
    assert (first["files"], second["files"], third["files"]) == ([str(f) for f in files], [str(revised), str(deletion)], [str(SEED)])
    counts = ("found", "new", "revised", "unchanged", "deleted", "failed")
    assert [tuple(r[k] for k in counts) for r in (first, second, third)] == [(261, 261, 0, 0, 0, 0), (1, 0, 1, 0, 1, 0), (1, 0, 1, 0, 0, 0)]
    assert all((r["trialdb_version"], r["extractor_version"]) == (__version__, EXTRACTOR_VERSION) for r in (first, second, third))
    assert all(r["started_at"] and r["finished_at"] and r["database"] == "PubMed" for r in (first, second, third))

    code, out, _ = run("log", "--db", db_url)
    assert code == 0 and query_cells(out, "") == ["files:" + "".join(map(str, names)) for names in ([SEED], [revised, deletion], files)]
    first_row = out[out.rindex("├"):].splitlines()[1:7]
    assert [line.split("│")[1:-1][3:6] for line in first_row] == [
        [" ingest ", " found 261   ", f" trialdb {__version__}   "], [" " * 8, " new 261     ", f" extractor {EXTRACTOR_VERSION} "],
        *([" " * 8, f" {k:<11} ", " " * 17] for k in ("revised 0", "unchanged 0", "deleted 0", "failed 0")),
    ]

    code, md, _ = run("report", "--db", db_url)
    assert code == 0 and "No ingest, import, fetch or update has been run." not in md
    assert "- Databases searched: none (records were imported from files)" in md
    assert md.count("#### Run ") == 3 and "#### Run 1: ingest\n" in md and "#### Run 2: import\n" in md and "#### Run 3: ingest\n" in md
    assert "- Files read, in order: " + ", ".join(f"`{f}`" for f in files) + "\n" in md
    assert f"- Files read, in order: `{revised}`, `{deletion}`\n" in md
    assert "- Records found 261, new 261, revised 0, unchanged 0, deleted 0, failed 0\n" in md
    assert "- Records found 1, new 0, revised 1, unchanged 0, deleted 1, failed 0\n" in md
    assert f"- trialdb {__version__}, extractor {EXTRACTOR_VERSION}\n" in md
    code, out, _ = run("report", "--format", "json", "--db", db_url)
    assert [r["kind"] for r in json.loads(out)["runs"]] == ["ingest", "import", "ingest"]


def test_a_bad_file_is_no_run(sqlite_url: str, tmp_path: Path) -> None:
    assert run("ingest", SEED, "--db", sqlite_url)[0] == 0
    bad = tmp_path / "cut.xml"
    bad.write_text(SEED.read_text()[:2000])
    for command in ("ingest", "import"):
        code, _, err = run(command, SEED, bad, "--db", sqlite_url)
        assert code == 2 and "not well-formed XML" in err
    assert [r["kind"] for r in logged(sqlite_url)] == ["ingest"]


def test_an_ingest_stopped_by_ctrl_c_is_logged_interrupted_with_what_it_stored(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.store_batch
    batches: list[int] = []

    def stopped_at_the_third(*args, **kwargs):  # type: ignore[no-untyped-def]
        batches.append(1)
        if len(batches) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "store_batch", stopped_at_the_third)
    code, _, err = run("ingest", *pubmed_files(), "--batch-size", 20, "--quiet", "--db", db_url)
    assert (code, err) == (130, "trialdb: error: interrupted; whole batches already stored are kept, rerun to finish\n")
    (entry,) = logged(db_url)
    assert (entry["kind"], entry["status"], entry["message"], entry["new"], entry["found"]) == ("ingest", "interrupted", "interrupted", 40, 40)
    assert entry["finished_at"] is not None

    monkeypatch.setattr(ingest_module, "store_batch", real)
    code, out, err = run("ingest", *pubmed_files(), "--batch-size", 20, "--db", db_url)
    assert code == 0 and "221 new, 0 updated, 40 unchanged" in out, err
    first, second = logged(db_url)
    assert (first["status"], first["new"], second["status"], second["new"], second["unchanged"]) == ("interrupted", 40, "completed", 221, 40)


KILLED_INGEST = textwrap.dedent(
    """
    import os, signal, sys
    import trialdb.pipeline.ingest as ingest
    from trialdb.cli.app import main

    real, seen = ingest.store_batch, []

    def killed_at_the_third(*args, **kwargs):
        seen.append(1)
        if len(seen) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    ingest.store_batch = killed_at_the_third
    sys.argv = ["trialdb", *sys.argv[1:]]
    main()
    """
)


def test_a_killed_ingest_is_logged_interrupted_by_the_next_run(db_url: str) -> None:
    args = ["ingest", *map(str, pubmed_files()), "--batch-size", "20", "--quiet", "--db", db_url]
    done = subprocess.run([sys.executable, "-c", KILLED_INGEST, *args], capture_output=True, text=True, env=dict(os.environ), check=False)
    assert done.returncode == -9, done.stderr
    (entry,) = logged(db_url)
    assert (entry["kind"], entry["status"], entry["new"], entry["finished_at"]) == ("ingest", "running", 40, None)
    engine = make_engine(db_url)
    # PostgreSQL lets a dead client's lock go when it notices the closed connection: wait for that, not a clock.
    for _ in range(10000):
        if not run_is_live(engine, entry["id"]):
            break
    engine.dispose()

    code, _, err = run("import", FIXTURES / "medline" / "biopython__pubmed_result2.txt", "--db", db_url)
    assert code == 0, err
    first, second = logged(db_url)
    assert (first["status"], first["message"], first["found"], first["new"]) == ("interrupted", ENDED_MESSAGE, 40, 40)
    assert (second["kind"], second["status"]) == ("import", "completed")
