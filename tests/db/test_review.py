"""Fact filters, screening (kept across revisions), PRISMA counts, and the export row builders."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest
import rispy
from openpyxl import load_workbook
from sqlalchemy.engine import Engine

from trialdb.db.runs import add_saved_search, add_search_members
from trialdb.db.screening import next_unscreened, prisma_counts, record_decisions, screening_history
from trialdb.db.search import SearchQuery, iter_matches, normalise_phase, search
from trialdb.errors import InputError, NotFoundError
from trialdb.export.citations import PUBMED_URL, bibtex_record, iter_bibtex, iter_ris
from trialdb.export.meta import derive, iter_meta_rows, study_label
from trialdb.export.report import report_data, report_markdown
from trialdb.export.xlsx import write_workbook
from trialdb.pipeline import ingest_files

from ..conftest import PUBMED, SEED

RCTS = {"33472925", "28731372", "18719013", "17698968", "17059514", "15968009", "15030341", "11442735", "9505772", "9861576"}






def test_fact_filters(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    assert set(pmids(loaded, blinding="double-blind")) == {"18719013", "15968009", "15030341", "9861576"}
    assert pmids(loaded, design="rct", max_n=60) == ["33472925", "28731372", "17698968", "17059514", "9861576"]
    assert pmids(loaded, design="rct", has_pvalue_below=0.01) == ["18719013", "15030341", "11442735"]
    assert pmids(loaded, outcome="rankin") == ["33472925"]
    assert pmids(loaded, outcome="HOT FLUSHES") == ["18719013"]
    assert pmids(loaded, mesh="stroke") == ["35358095"]
    assert set(pmids(loaded, pubtype="Randomized Controlled Trial")) == RCTS - {"33472925"}
    assert pmids(loaded, phase="II") == []
    by_n = search(loaded, SearchQuery(design="rct", sort="n", limit=3))
    assert [(h.pmid, h.total_n) for h in by_n] == [("18719013", 3721), ("15030341", 624), ("15968009", 351)]


@pytest.mark.parametrize(("given", "stored"), [("2", "2"), ("II", "2"), ("phase II", "2"), ("1/2", "1/2"), ("I/II", "1/2"), ("2b", "2b")])
def test_phase_names(given: str, stored: str) -> None:
    assert normalise_phase(given) == stored


def test_bad_filter_values(loaded: Engine) -> None:
    for kw, message in ((dict(blinding="blind"), "unknown blinding"), (dict(sort="size"), "unknown sort"),
                        (dict(screening="maybe"), "unknown screening"), (dict(sort="relevance"), "needs search text"),
                        (dict(phase="five"), "unknown phase")):
        with pytest.raises(InputError, match=message):
            search(loaded, SearchQuery(**kw))


def test_saved_search_membership(pmids: Callable[..., list[str]], loaded: Engine) -> None:
    add_saved_search(loaded, "msc", "stem cells")
    add_search_members(loaded, "msc", {"33472925"})
    assert pmids(loaded, saved_search="msc") == ["33472925"]


def test_screening_survives_revision_and_counts_for_prisma(pmids: Callable[..., list[str]], loaded: Engine, tmp_path: Path) -> None:
    assert record_decisions(loaded, ["33472925", "28731372"], "included") == 2
    record_decisions(loaded, ["9505772"], "excluded", "wrong population")
    record_decisions(loaded, ["9861576", "15030341"], "excluded", "wrong outcome")
    record_decisions(loaded, ["15030341"], "included")  # changed mind: the latest decision counts
    revised = tmp_path / "revised.xml"
    revised.write_text(SEED.read_text().replace("( p = 0.732)", "( p = 0.041)"))
    ingest_files(loaded, [revised])
    assert [h["decision"] for h in screening_history(loaded, "15030341")] == ["excluded", "included"]
    assert set(pmids(loaded, screening="included")) == {"33472925", "28731372", "15030341"}
    assert set(pmids(loaded, screening="excluded")) == {"9505772", "9861576"}
    assert "33472925" not in pmids(loaded, screening="unscreened")
    counts = prisma_counts(loaded)
    assert (counts.identified, counts.duplicates_removed, counts.removed_retracted) == (261, 1, 3)  # 11034741 = 11406024 (one DOI)
    assert (counts.screened, counts.included, counts.excluded) == (5, 3, 2)
    assert counts.excluded_by_reason == {"wrong outcome": 1, "wrong population": 1}
    assert counts.awaiting_screening == 257 - 5
    nxt = next_unscreened(loaded)
    assert nxt is not None and nxt not in {"33472925", "28731372", "9505772", "9861576", "15030341"}


def test_screening_errors(loaded: Engine) -> None:
    with pytest.raises(NotFoundError, match="PMID 1 not in the database; nothing was screened"):
        record_decisions(loaded, ["33472925", "1"], "included")
    with pytest.raises(InputError, match="needs a reason"):
        record_decisions(loaded, ["33472925"], "excluded")
    assert screening_history(loaded, "33472925") == []


def test_meta_rows(loaded: Engine) -> None:
    rows = list(iter_meta_rows(loaded, SearchQuery(design="rct", limit=None)))
    seed = [r for r in rows if r["pmid"] == "33472925"]
    assert [(r["outcome"], r["contrast"], r["n1i"], r["n2i"], r["p_op"], r["p_value"]) for r in seed] == [
        ("mRS score shift at 3 months", "MSC vs control", 39, 15, "=", 0.732),
        ("change in the leg score of the Motricity Index", "MSC vs control", 39, 15, "=", 0.023),
    ]
    assert seed[0]["study"] == "PMID 33472925"  # the seed record carries no authors
    assert seed[0]["timepoint"] == "3 months" and seed[0]["values_stated"] == "n1i,n2i,p_value"
    (hr,) = [r for r in rows if r["pmid"] == "17059514"]
    assert (hr["study"], hr["outcome"], hr["measure"], hr["estimate"], hr["ci_low"], hr["ci_high"], hr["n1i"], hr["n2i"]) == (
        "Takagi 2006", "relapse rate", "HR", 0.4, 0.16, 0.98, 26, 25)
    assert hr["yi"] == pytest.approx(math.log(0.4), abs=1e-6)
    assert hr["sei"] == pytest.approx((math.log(0.98) - math.log(0.16)) / (2 * 1.959964), rel=1e-4)
    assert hr["vi"] == pytest.approx(hr["sei"] ** 2, rel=1e-4)
    # "[34.6% vs. 64.0%]" of arms of 26 and 25: 9/26 and 16/25 reproduce both percentages.
    assert (hr["ai"], hr["bi"], hr["ci"], hr["di"]) == (9, 17, 16, 9)
    assert hr["values_derived"] == "ai (from %),ci (from %),bi,di,yi,vi,sei"


def test_derive_on_the_mean_difference_scale() -> None:
    d = derive("MD", -0.26, -0.50, -0.01, 95.0)
    assert d["yi"] == -0.26 and d["sei"] == pytest.approx(0.49 / (2 * 1.959964), rel=1e-4)
    assert derive("OR", 1.2, None, None, None) == {}
    assert study_label(["Welton AJ", "Vickers MR"], 2008, "18719013") == "Welton 2008"
    assert study_label(["InveST Study Group"], 2014, "1") == "InveST Study Group 2014"


def test_ris_round_trip(loaded: Engine) -> None:
    text = "".join(iter_ris(loaded, SearchQuery(design="rct", limit=None)))
    entries = rispy.load(io.StringIO(text))
    assert len(entries) == 10
    by_an = {e["accession_number"]: e for e in entries}
    hrt = by_an["18719013"]
    assert hrt["type_of_reference"] == "JOUR"
    assert hrt["title"] == "Health related quality of life after combined hormone replacement therapy: randomised controlled trial."
    assert hrt["authors"][0] == "Welton, AJ" and len(hrt["authors"]) == 10
    assert (hrt["year"], hrt["volume"], hrt["start_page"], hrt["doi"]) == ("2008", "337", "a1190", "10.1136/bmj.a1190")
    assert hrt["urls"] == [PUBMED_URL.format(pmid="18719013")]
    assert hrt["abstract"].startswith("OBJECTIVE: To assess the effect of combined hormone replacement therapy")
    assert "Double-Blind Method" in hrt["keywords"]
    assert hrt["id"] == "18719013"
    seed = by_an["33472925"]
    assert (seed["start_page"], seed["end_page"], seed["number"]) == ("e1012", "e1023", "7")


def test_bibtex(loaded: Engine) -> None:
    (article, _), = list(iter_matches(loaded, SearchQuery(registry="ISRCTN63718836")))
    entry = bibtex_record(article)
    assert entry.startswith("@article{PMID18719013,\n  author = {Welton, AJ and Vickers, MR and")
    assert "  pages = {a1190}" in entry and "  doi = {10.1136/bmj.a1190}" in entry
    assert len(list(iter_bibtex(loaded, SearchQuery(design="rct", limit=None)))) == 10


def test_bibtex_braces_a_group_author(engine: Engine) -> None:
    """A collective author (PubMed's CollectiveName) is one braced name, which bibtexparser keeps whole."""
    ingest_files(engine, [PUBMED / "jcore-base__doc_medline_test_structured_abstract.xml"])
    (article, _), = [(a, h) for a, h in iter_matches(engine, SearchQuery(limit=None)) if a.pmid == "15030341"]
    entry = bibtex_record(article)
    assert " and {European Tacrolimus Ointment Group}" in entry
    assert entry.count("{European Tacrolimus Ointment Group}") == 1


def test_xlsx_has_a_sheet_per_table(loaded: Engine, tmp_path: Path) -> None:
    path = tmp_path / "trials.xlsx"
    assert write_workbook(loaded, SearchQuery(design="rct", limit=None), path) == 10
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["trials", "arms", "outcomes", "p_values", "effects"]
    arms = [r for r in wb["arms"].iter_rows(values_only=True)]
    assert arms[0] == ("pmid", "position", "label", "n")
    assert ("33472925", 0, "MSC", 39) in arms and ("33472925", 1, "control", 15) in arms
    trials = list(wb["trials"].iter_rows(values_only=True))
    assert len(trials) == 11 and trials[0][0] == "pmid"
    effects = list(wb["effects"].iter_rows(values_only=True))
    assert ("17059514", 0, "HR", 0.4, 0.16, 0.98, 95.0, "relapse rate") in [e[:8] for e in effects]


def test_report(loaded: Engine) -> None:
    record_decisions(loaded, ["9505772"], "excluded", "wrong population")
    data = report_data(loaded)
    assert data["prisma_2020"]["excluded_by_reason"] == {"wrong population": 1}
    md = report_markdown(data)
    assert "## PRISMA 2020 flow" in md and "| Records excluded | 1 |" in md and "- wrong population: 1" in md
    assert "No ingest, import, fetch or update has been run." in md
    json.dumps(data)  # plain data, ready for --format json
