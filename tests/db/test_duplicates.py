"""Duplicates across PMIDs: found by DOI or by title, first author and year; flagged by ingest and stats; removed in PRISMA."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.duplicates import duplicate_groups, merge_groups, new_groups
from trialdb.db.models import ArticleRow
from trialdb.db.queries import stats
from trialdb.db.screening import prisma_counts, record_decisions
from trialdb.pipeline import ingest_files

from ..conftest import PUBMED, ROOT, pubmed_files

ORIGINAL = PUBMED / "metapub__pmid_28731372.xml"
#: The same record with only its PMID changed (tests/data/duplicates/README.md).
COPY = ROOT / "tests" / "data" / "duplicates" / "copy-28731372-as-928731372.xml"
#: Two versions of one Cochrane review under one DOI (10.1002/14651858.CD002020), both in the bundled baseline sample.
COCHRANE = ["11034741", "11406024"]


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def pair(engine: Engine) -> Engine:
    ingest_files(engine, [ORIGINAL, COPY])
    return engine


def test_the_bundled_records_hold_one_duplicate_pair(loaded: Engine) -> None:
    assert duplicate_groups(loaded) == [COCHRANE]


def test_a_copy_under_another_pmid_is_a_duplicate(pair: Engine) -> None:
    assert duplicate_groups(pair) == [["28731372", "928731372"]]


@pytest.mark.parametrize(("change", "duplicate"), [
    ({"doi": None}, True),  # title, first author and year still agree
    ({"doi": None, "title": "EXPLORING the effect of vitamin D3 supplementation on the anti-EBV antibody response in "
                            "relapsing remitting multiple sclerosis"}, True),  # case, hyphen, final period
    ({"doi": "https://doi.org/10.1177/1352458517722646".upper(), "title": "Another title"}, True),  # the DOI as a link
    ({"doi": None, "year": 2017}, False),
    ({"doi": None, "authors": json.dumps(["Muris AH", "Rolf L"])}, False),  # another first author
    ({"doi": None, "title": "Another title"}, False),
    ({"doi": None, "title": "[Not Available]."}, False),
], ids=["no-doi", "title-written-otherwise", "doi-link", "other-year", "other-first-author", "other-title", "placeholder-title"])
def test_which_records_are_one_publication(pair: Engine, change: dict[str, object], duplicate: bool) -> None:
    with pair.begin() as conn:
        conn.execute(update(ArticleRow).where(ArticleRow.pmid == "928731372").values(**change))
        if change.get("title") == "[Not Available].":
            conn.execute(update(ArticleRow).where(ArticleRow.pmid == "28731372").values(doi=None, title="[Not Available]."))
    assert duplicate_groups(pair) == ([["28731372", "928731372"]] if duplicate else [])


@pytest.mark.parametrize(("sets", "groups"), [
    ([["2", "1"], ["3", "2"], ["5", "4"]], [["1", "2", "3"], ["4", "5"]]),  # one DOI and one title link three records
    ([["10", "9"], ["10", "9"]], [["9", "10"]]),  # by PMID's number, found twice
    ([["11406024", "11034741"]], [["11034741", "11406024"]]),
    ([], []),
])
def test_groups_merge_where_they_share_a_pmid(sets: list[list[str]], groups: list[list[str]]) -> None:
    assert merge_groups(sets) == groups


def test_new_groups_are_those_with_a_pmid_not_seen_before() -> None:
    assert new_groups([COCHRANE], [COCHRANE, ["28731372", "928731372"]]) == [["28731372", "928731372"]]
    assert new_groups([["1", "2"]], [["1", "2", "3"]]) == [["1", "2", "3"]]
    assert new_groups([COCHRANE], [COCHRANE]) == []


def test_stats_counts_the_groups(pair: Engine) -> None:
    s = stats(pair)
    assert (s.articles, s.duplicate_groups, s.duplicate_records, s.duplicates) == (2, 1, 2, [["28731372", "928731372"]])


@pytest.mark.parametrize(("decisions", "counts"), [
    # (pmid, decision) in order -> (duplicates removed, screened, included, excluded, awaiting)
    ([], (1, 0, 0, 0, 1)),
    ([("928731372", "excluded")], (1, 1, 0, 1, 0)),  # the copy was screened: it stands for the group
    ([("28731372", "included"), ("928731372", "excluded")], (1, 1, 1, 0, 0)),  # the lowest PMID screened is kept
], ids=["unscreened", "copy-screened", "both-screened"])
def test_prisma_counts_a_group_once(pair: Engine, decisions: list[tuple[str, str]], counts: tuple[int, ...]) -> None:
    for pmid, decision in decisions:
        record_decisions(pair, [pmid], decision, "duplicate publication" if decision == "excluded" else None, reviewer="alice")
    p = prisma_counts(pair)
    assert (p.identified, p.removed_retracted) == (2, 0)
    assert (p.duplicates_removed, p.screened, p.included, p.excluded, p.awaiting_screening) == counts
    assert p.duplicate_groups == [["28731372", "928731372"]]


def test_ingest_stats_and_report_flag_the_duplicates(db_url: str, tmp_path: Path) -> None:
    code, out, err = run("ingest", *pubmed_files(), "--db", db_url)
    assert code == 0, err
    assert "1 new duplicate group across PMIDs (same DOI, or title, first author and year): 11034741 = 11406024 (trialdb stats lists them)." in out
    code, out, err = run("ingest", COPY, "--db", db_url)
    assert code == 0, err
    assert out.startswith("Read 1 records from 1 file: 1 new, 0 updated, 0 unchanged, 0 deleted. "
                          "1 new duplicate group across PMIDs (same DOI, or title, first author and year): 28731372 = 928731372 ")
    code, out, _ = run("ingest", COPY, "--db", db_url)  # nothing new the second time
    assert code == 0 and "duplicate" not in out
    code, out, _ = run("stats", "--db", db_url)
    lines = out.splitlines()
    assert lines[1].startswith("duplicates: 2 groups, 4 records") and lines[2:4] == ["  11034741 = 11406024", "  28731372 = 928731372"]
    code, out, _ = run("stats", "--format", "json", "--db", db_url)
    s = json.loads(out)
    assert (s["articles"], s["duplicate_groups"], s["duplicate_records"], s["duplicates"]) == (262, 2, 4, [COCHRANE, ["28731372", "928731372"]])
    code, out, _ = run("report", "--format", "json", "--db", db_url)
    flow = json.loads(out)["prisma_2020"]
    removed_by_pmid = flow["identified"] - 262
    assert flow["duplicates_removed"] == removed_by_pmid + 2
    assert flow["awaiting_screening"] == 262 - 2 - flow["removed_retracted"]
    code, out, _ = run("report", "--db", db_url)
    assert f"| Duplicate records removed | {removed_by_pmid + 2} |" in out
    assert "- 11034741 = 11406024\n- 28731372 = 928731372\n" in out
