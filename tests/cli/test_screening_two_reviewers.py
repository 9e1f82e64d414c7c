"""Screening two reviewers can share, as they run it: reviewer names, screen --next, conflicts, agreement, show, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from getpass import getuser
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from typer.testing import CliRunner

from trialdb.cli import screening as session
from trialdb.cli.app import app
from trialdb.cli.screening import resolve_reviewer
from trialdb.db.agreement import cohen_kappa
from trialdb.db.decisions import consensus_decisions
from trialdb.db.engine import make_engine, open_database
from trialdb.db.models import ScreeningRow
from trialdb.db.runs import add_saved_search, add_search_members
from trialdb.db.screening import consensus, latest_decisions, prisma_counts, record_decisions
from trialdb.errors import InputError

from ..conftest import PUBMED, SEED, pubmed_files

#: 13 real bundled records: 3 RCTs (33472925, 28731372, 15030341), 10 of other designs.
SMALL = [SEED, PUBMED / "metapub__pmid_28731372.xml", PUBMED / "BioMedQuery.jl__efetch_sample.xml",
         PUBMED / "jcore-base__doc_medline_test_structured_abstract.xml"]
RCTS = ["33472925", "28731372", "15030341"]  # newest first, the order of screen --next
OTHERS = ["27373039", "27373092", "27382686", "27382691", "27396095", "27396098", "27396145", "27483622", "27451590"]


def run(*args: object, input: str | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args], input=input, env=env)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(autouse=True)
def no_reviewer_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIALDB_REVIEWER", raising=False)


@pytest.fixture(scope="module")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "small.sqlite"
    code, _, err = run("ingest", *SMALL, "--db", path)
    assert code == 0, err
    return path


@pytest.fixture
def small(small_template: Path, tmp_path: Path) -> str:
    """A SQLite database of the SMALL records (a copy of one ingest, so each test starts from it)."""
    target = tmp_path / "small.sqlite"
    source, copy = sqlite3.connect(small_template), sqlite3.connect(target)
    source.backup(copy)  # the WAL's pages too, which a file copy would miss
    source.close()
    copy.close()
    return str(target)


@pytest.fixture
def small_any(db_url: str) -> str:
    """The SMALL records ingested on SQLite and on PostgreSQL."""
    code, _, err = run("ingest", *SMALL, "--db", db_url)
    assert code == 0, err
    return db_url


def decisions_csv(db: str) -> list[dict[str, str]]:
    code, out, err = run("export", "--format", "screening", "--include-retracted", "--db", db)
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def flow(db: str) -> dict[str, object]:
    code, out, err = run("report", "--format", "json", "--db", db)
    assert code == 0, err
    return json.loads(out)["prisma_2020"]


# --- who decides --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "env", "reviewer", "note"), [
    (["--reviewer", "alice"], {}, "alice", None),
    (["--reviewer", "  alice  "], {"TRIALDB_REVIEWER": "bob"}, "alice", None),
    ([], {"TRIALDB_REVIEWER": "bob"}, "bob", "Note: recording decisions as reviewer 'bob' ($TRIALDB_REVIEWER)\n"),
    ([], {}, getuser(), f"Note: recording decisions as reviewer '{getuser()}' (the OS user name; "
                                "give --reviewer NAME or set $TRIALDB_REVIEWER to choose)\n"),
], ids=["option", "option-over-env", "env", "os-user"])
def test_every_decision_records_its_reviewer(small: str, args: list[str], env: dict[str, str], reviewer: str, note: str | None) -> None:
    code, out, err = run("screen", "33472925", "--include", *args, "--db", small, env=env)
    assert (code, out, err) == (0, "Included 1 record\n", note or "")
    assert [(r["pmid"], r["reviewer"], r["decision"]) for r in decisions_csv(small)] == [("33472925", reviewer, "included")]


def test_no_reviewer_name_at_all_is_an_error() -> None:
    with pytest.raises(InputError, match=r"no reviewer name: give --reviewer NAME or set \$TRIALDB_REVIEWER"):
        resolve_reviewer(None, {}, lambda: None)


@pytest.mark.parametrize(("args", "code", "message"), [
    (["33472925", "--include", "--reviewer", "a,b"], 2, "bad reviewer name 'a,b': no commas or control characters"),
    (["33472925", "--include", "--reviewer", " "], 2, "the reviewer name is empty; give --reviewer NAME"),
    (["33472925", "--include", "--reviewer", "x" * 101], 2, "the reviewer name is 101 characters long; use at most 100"),
    (["33472925", "--next"], 2, "--next takes no PMIDs and no --include/--exclude/--reason; it asks for each record"),
    (["33472925", "--include", "--design", "rct"], 2, "--design chooses the records of --next; add --next, or give PMIDs alone"),
    (["--conflicts", "--include", "33472925"], 2, "--conflicts takes no PMIDs and no --include/--exclude/--reason"),
    (["--next", "--agreement"], 2, "give one of --next, --agreement, not several"),
    (["--agreement", "--reviewer", "alice"], 2, "--agreement reads every reviewer's decisions; --reviewer is for recording them"),
    (["33472925", "--include", "--reviewers", "alice,bob"], 2, "--reviewers A,B is for --agreement"),
    (["--agreement", "--reviewers", "alice"], 2, "--reviewers 'alice': give two names separated by a comma"),
    (["--agreement", "--reviewers", "alice,alice"], 2, "--reviewers names 'alice' twice"),
    (["--agreement", "--reviewers", "alice,zoe"], 3, "no decisions by reviewer 'zoe'; reviewers (records screened): alice (1)"),
    (["--agreement"], 2, "agreement needs two reviewers; decisions so far are by alice"),
    (["--next", "--saved-search", "nope", "--reviewer", "bob"], 3, "no saved search named 'nope'"),
    (["--next", "--min-n", "100", "--max-n", "10", "--reviewer", "bob"], 2, "--min-n 100 is more than --max-n 10"),
])
def test_bad_screening_commands_are_one_line_and_change_nothing(small: str, args: list[str], code: int, message: str) -> None:
    assert run("screen", "15030341", "--include", "--reviewer", "alice", "--db", small)[0] == 0
    before = decisions_csv(small)
    got, out, err = run("screen", *args, "--db", small)
    assert got == code and err.startswith(f"trialdb: error: {message}") and err.count("\n") == 1, err
    assert out == "" and decisions_csv(small) == before


# --- screen --next ------------------------------------------------------------------------------------------------

def test_next_takes_the_filters_counts_what_is_left_and_sums_up(small: str) -> None:
    code, out, err = run("screen", "--next", "--design", "rct", "--reviewer", "alice", "--db", small,
                         input="x\ni\ne\n\nnot a trial\ns\nq\n")
    assert code == 0, err
    assert [f"PMID {p} ({n} left)" in out for p, n in zip(RCTS, (3, 2, 1), strict=True)] == [True, True, True]
    assert "'x' is not one of the keys: type i (include), e (exclude), s (skip) or q (quit)" in out
    assert out.count("PMID 33472925 (3 left)") == 1  # asked again, not shown again
    assert "an exclusion needs a reason" not in out  # an empty answer is asked again by the prompt itself
    assert out.endswith("Screened 2 records; 1 skipped.\nThis session as alice: 1 included, 1 excluded, 1 skipped; 1 left to screen.\n")
    assert [(r["pmid"], r["reviewer"], r["decision"], r["reason"]) for r in decisions_csv(small)] == [
        ("33472925", "alice", "included", ""), ("28731372", "alice", "excluded", "not a trial")]
    # Bob screens the same records independently: alice's decisions leave them on his list.
    code, out, _ = run("screen", "--next", "--design", "rct", "--reviewer", "bob", "--db", small, input="q\n")
    assert code == 0 and "PMID 33472925 (3 left)" in out and "3 left to screen." in out
    # Alice's list goes on where she left it: the skipped RCT, then nothing.
    code, out, _ = run("screen", "--next", "--design", "rct", "--reviewer", "alice", "--db", small, input="i\n")
    assert code == 0 and "PMID 15030341 (1 left)" in out and "Nothing left for alice to screen." in out
    assert out.endswith("This session as alice: 1 included, 0 excluded, 0 skipped; 0 left to screen.\n")


@pytest.mark.parametrize(("filters", "first", "left"), [
    (["--design", "rct"], "33472925", 3),
    (["--text", "vitamin"], "28731372", 1),
    (["--text", "sleep apnoea", "--year-from", "2016"], "27373039", 6),  # apnea too; newest first, then by PMID
    (["--saved-search", "msc"], "33472925", 1),
    ([], "33472925", 13),
], ids=["design", "text", "text-and-year", "saved-search", "none"])
def test_next_shows_only_what_the_filters_match(small: str, filters: list[str], first: str, left: int) -> None:
    engine = open_database(small)
    add_saved_search(engine, "msc", '"stem cells"[tiab]')
    add_search_members(engine, "msc", {"33472925"})
    code, out, err = run("screen", "--next", *filters, "--reviewer", "alice", "--db", small, input="q\n")
    assert code == 0, err
    assert f"PMID {first} ({left} left)" in out and out.endswith(f"{left} left to screen.\n")


def test_end_of_input_keeps_the_decisions_and_exits_130(small: str) -> None:
    code, out, err = run("screen", "--next", "--design", "rct", "--reviewer", "alice", "--db", small, input="i\n")
    assert code == 130 and err == "trialdb: error: interrupted; the 1 decision made this session is kept\n"
    assert "This session as alice: 1 included, 0 excluded, 0 skipped; 2 left to screen." in out
    assert [r["pmid"] for r in decisions_csv(small)] == ["33472925"]


def test_ctrl_c_keeps_the_decisions_and_exits_130(small: str, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["i", "e", "wrong population"])

    def ask(question: str) -> str:
        answer = next(answers, None)
        if answer is None:
            raise KeyboardInterrupt
        return answer

    monkeypatch.setattr(session, "ask", ask)
    code, out, err = run("screen", "--next", "--design", "rct", "--reviewer", "alice", "--db", small)
    assert code == 130 and err == "trialdb: error: interrupted; the 2 decisions made this session are kept\n"
    assert "This session as alice: 1 included, 1 excluded, 0 skipped; 1 left to screen." in out
    assert [(r["pmid"], r["decision"]) for r in decisions_csv(small)] == [("33472925", "included"), ("28731372", "excluded")]


# --- two reviewers: conflicts, consensus, PRISMA ------------------------------------------------------------------

def test_two_reviewers_conflicts_consensus_and_prisma(small_any: str) -> None:
    db = small_any
    assert run("screen", "33472925", "28731372", "15030341", "--include", "--reviewer", "alice", "--db", db)[0] == 0
    assert run("screen", "33472925", "--include", "--reviewer", "bob", "--db", db)[0] == 0
    assert run("screen", "28731372", "--exclude", "--reason", "wrong population", "--reviewer", "bob", "--db", db)[0] == 0
    code, out, _ = run("screen", "--conflicts", "--db", db)
    assert code == 0 and out == (
        "1 record where reviewers disagree (each reviewer's latest decision):\n"
        "28731372  alice: included; bob: excluded (wrong population)\n"
    )
    # 15030341: alice alone screened it, and her decision is its consensus.
    p = flow(db)
    assert (p["screened"], p["included"], p["excluded"], p["conflicts"], p["conflict_pmids"]) == (3, 2, 0, 1, ["28731372"])
    assert p["awaiting_screening"] == 13 - 3
    code, out, _ = run("report", "--db", db)
    assert "| Records screened with reviewers in conflict | 1 |" in out and "(`trialdb screen --conflicts`): 28731372" in out
    code, out, _ = run("screen", "--agreement", "--db", db)
    assert code == 0 and out.splitlines()[0] == "Agreement of alice and bob on 2 records both screened:"
    # Alice comes round to bob's view: both exclude it now, and it counts under the latest exclusion's reason.
    assert run("screen", "28731372", "--exclude", "--reason", "not a trial", "--reviewer", "alice", "--db", db)[0] == 0
    code, out, _ = run("screen", "--conflicts", "--db", db)
    assert out == "No conflicts: the reviewers agree on every record they screened.\n"
    p = flow(db)
    assert (p["screened"], p["included"], p["excluded"], p["conflicts"], p["excluded_by_reason"]) == (3, 2, 1, 0, {"not a trial": 1})
    # The same consensus in SQL (for the --screening filter), on each engine.
    engine = open_database(db)
    agreed = consensus_decisions()
    with engine.connect() as conn:
        in_sql = dict(conn.execute(select(agreed.c.pmid, agreed.c.decision)).all())
    assert in_sql == {pmid: consensus(ds) for pmid, ds in latest_decisions(engine).items()} == {
        "33472925": "included", "28731372": "excluded", "15030341": "included"}


@pytest.mark.parametrize(("a", "b", "c", "d", "observed", "expected", "kappa"), [
    (5, 1, 2, 4, 9 / 12, 72 / 144, 0.5),  # p_e = (6*7 + 6*5) / 144
    (20, 5, 10, 15, 0.7, 0.5, 0.4),  # Wikipedia's "Cohen's kappa" worked example
    (45, 15, 25, 15, 0.6, 0.54, 0.06 / 0.46),  # p_e = (60*70 + 40*30) / 10000
    (0, 2, 2, 0, 0.0, 0.5, -1.0),  # always disagree
    (3, 0, 0, 3, 1.0, 0.5, 1.0),
    (4, 0, 0, 0, 1.0, 1.0, None),  # both included everything: kappa undefined
])
def test_cohen_kappa_against_hand_computed_values(a: int, b: int, c: int, d: int, observed: float, expected: float, kappa: float | None) -> None:
    got = cohen_kappa(a, b, c, d)
    assert got[:2] == pytest.approx((observed, expected))
    assert got[2] == (None if kappa is None else pytest.approx(kappa))


def test_agreement_prints_the_table_and_kappa_of_the_two_who_screened_most(small: str) -> None:
    ids = RCTS + OTHERS  # 12 records: alice / bob give 5 both-included, 1 alice-only, 2 bob-only, 4 both-excluded
    alice_in, bob_in = ids[0:6], ids[0:5] + ids[6:8]
    for who, included in (("alice", alice_in), ("bob", bob_in)):
        run("screen", *included, "--include", "--reviewer", who, "--db", small)
        run("screen", *[p for p in ids if p not in included], "--exclude", "--reason", "off topic", "--reviewer", who, "--db", small)
    run("screen", ids[0], "--exclude", "--reason", "off topic", "--reviewer", "carol", "--db", small)  # screened least
    expected = (
        "Agreement of alice and bob on 12 records both screened:\n"
        "                   bob: included  bob: excluded\n"
        "  alice: included              5              1\n"
        "  alice: excluded              2              4\n"
        "Observed agreement 0.750, expected by chance 0.500; Cohen's kappa 0.500\n"
    )
    assert run("screen", "--agreement", "--db", small)[1:] == (expected, "")
    assert run("screen", "--agreement", "--reviewers", "alice,bob", "--db", small)[1] == expected
    code, out, _ = run("screen", "--agreement", "--reviewers", "bob,carol", "--db", small)
    assert code == 0 and out.splitlines()[0] == "Agreement of bob and carol on 1 record both screened:"
    assert out.endswith("Observed agreement 0.000, expected by chance 0.000; Cohen's kappa 0.000\n")


# --- show and export ----------------------------------------------------------------------------------------------

def test_show_lists_every_decision_with_reviewer_reason_and_time(small: str) -> None:
    engine = open_database(small)
    record_decisions(engine, ["28731372"], "included", reviewer="alice", clock=lambda: "2024-05-01T09:00:00+00:00")
    record_decisions(engine, ["28731372"], "excluded", "wrong comparator", reviewer="bob", clock=lambda: "2024-05-02T10:30:00+00:00")
    code, out, _ = run("show", "28731372", "-f", "json", "--db", small)
    assert code == 0 and json.loads(out)["screening"] == [
        {"reviewer": "alice", "decision": "included", "reason": None, "decided_at": "2024-05-01T09:00:00+00:00"},
        {"reviewer": "bob", "decision": "excluded", "reason": "wrong comparator", "decided_at": "2024-05-02T10:30:00+00:00"},
    ]
    code, out, _ = run("show", "28731372", "--db", small)
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in out.splitlines() if "2024-05-0" in line]
    assert rows == [["alice", "included", "", "2024-05-01T09:00:00+00:00"], ["bob", "excluded", "wrong comparator", "2024-05-02T10:30:00+00:00"]]
    assert "Screening: no decisions yet" in run("show", "33472925", "--db", small)[1]


def test_export_screening_is_a_neutralised_csv_of_every_decision(small_any: str, tmp_path: Path) -> None:
    engine = open_database(small_any)
    record_decisions(engine, ["33472925", "15030341"], "included", reviewer="alice", clock=lambda: "2024-05-01T09:00:00+00:00")
    record_decisions(engine, ["15030341"], "excluded", '=HYPERLINK("http://x","y")', reviewer="@bob", clock=lambda: "2024-05-02T10:00:00+00:00")
    record_decisions(engine, ["27396095"], "excluded", "not a trial", reviewer="alice", clock=lambda: "2024-05-03T11:00:00+00:00")
    target = tmp_path / "decisions.csv"
    code, _, err = run("export", "--format", "screening", "-o", target, "--db", small_any)
    assert code == 0 and err == f"Wrote 4 decisions to {target}\n"
    with target.open(newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["pmid", "reviewer", "decision", "reason", "time"],
        ["33472925", "alice", "included", "", "2024-05-01T09:00:00+00:00"],
        ["15030341", "alice", "included", "", "2024-05-01T09:00:00+00:00"],
        ["15030341", "'@bob", "excluded", "'=HYPERLINK(\"http://x\",\"y\")", "2024-05-02T10:00:00+00:00"],
        ["27396095", "alice", "excluded", "not a trial", "2024-05-03T11:00:00+00:00"],
    ]
    # The filters of search choose the records whose decisions are written.
    code, out, _ = run("export", "--format", "screening", "--design", "rct", "--db", small_any)
    assert [r.split(",")[0] for r in out.splitlines()[1:]] == ["33472925", "15030341", "15030341"]
    code, _, err = run("export", "--format", "screening", "-o", tmp_path / "decisions.txt", "--db", small_any)
    assert code == 2 and "--format screening writes a .csv file; name it decisions.csv" in err


# --- an older database ----------------------------------------------------------------------------------------------

@pytest.fixture
def old_database(db_url: str) -> Iterator[str]:
    """A database made before reviewers were kept: its screening table has no reviewer column, and holds one decision."""
    code, _, err = run("ingest", SEED, "--db", db_url)
    assert code == 0, err
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE screening DROP COLUMN reviewer"))
        conn.execute(text("DROP TABLE alembic_version"))  # made before trialdb recorded schema revisions
        conn.execute(insert(ScreeningRow.__table__).values(pmid="33472925", decision="excluded", reason="wrong population",
                                                           decided_at="2023-01-02T03:04:05+00:00"))
    engine.dispose()
    yield db_url


def test_an_older_database_gains_the_reviewer_column_and_keeps_its_decisions(old_database: str) -> None:
    code, _, err = run("show", "33472925", "-f", "json", "--db", old_database)
    assert code == 5 and "schema revision 0001, this trialdb needs 0003); run `trialdb db upgrade --db " in err
    assert run("db", "upgrade", "--db", old_database)[0] == 0
    code, out, err = run("show", "33472925", "-f", "json", "--db", old_database)
    assert code == 0, err
    assert json.loads(out)["screening"] == [
        {"reviewer": None, "decision": "excluded", "reason": "wrong population", "decided_at": "2023-01-02T03:04:05+00:00"}]
    assert run("screen", "33472925", "--include", "--reviewer", "alice", "--db", old_database)[0] == 0
    code, out, _ = run("screen", "--conflicts", "--db", old_database)
    assert out.splitlines()[1] == "33472925  (not recorded): excluded (wrong population); alice: included"
    assert prisma_counts(open_database(old_database)).conflicts == 1


def test_screen_next_by_relevance(sqlite_url: str) -> None:
    """`screen --next --order relevance` waits for 5 includes and 5 excludes, then shows the most include-like record first."""
    code, _, err = run("ingest", *pubmed_files(), "--db", sqlite_url)
    assert code == 0, err
    included = ["27373039", "27382686", "27396145", "27451590"]  # sleep apnoea (BioMedQuery.jl's efetch sample)
    excluded = ["11056631", "27687974", "11909345", "29869639", "12742519"]  # epitaxial islands, plankton, B mesons, Florida Bay, rats
    assert run("screen", *included, "--include", "--reviewer", "ann", "--db", sqlite_url)[0] == 0
    assert run("screen", *excluded, "--exclude", "--reason", "off topic", "--reviewer", "ann", "--db", sqlite_url)[0] == 0
    code, _, err = run("screen", "--next", "--order", "relevance", "--reviewer", "ann", "--db", sqlite_url, input="q\n")
    assert code == 0 and "newest first" in err  # 4 includes: not enough to fit on yet
    assert run("screen", "27396098", "--include", "--reviewer", "ann", "--db", sqlite_url)[0] == 0
    code, out, err = run("screen", "--next", "--order", "relevance", "--reviewer", "ann", "--db", sqlite_url, input="q\n")
    assert code == 0, err
    first = out.split("PMID ", 1)[1].split()[0]
    assert first in {"27373092", "27382691", "27451595", "27396095"}  # the sleep-apnoea records left
