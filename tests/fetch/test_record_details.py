"""The fields reviewers ask for beyond the citation (issue 13, point 16), read from real records in both formats:
PMC ID, electronic publication and history dates, affiliations, MeSH with UIs, qualifiers and major topics, chemicals,
grants, vernacular title, other abstracts, publication status, ISSNs, NLM journal ID, conflict-of-interest statement.
Expected values are read from each file by eye."""

from __future__ import annotations

from typing import Any

import pytest

from trialdb.fetch import Article, read_articles
from trialdb.fetch.article import canonical_pmc_id, iso_date, no_details, record_details
from trialdb.fetch.files import article_from_raw

from ..conftest import FIXTURES, PUBMED, ROOT, pubmed_files

MEDLINE = FIXTURES / "medline"
CHAPTER = ROOT / "tests" / "data" / "hostile" / "book-34662018.xml"


@pytest.fixture(scope="module")
def xml() -> dict[str, Article]:
    return {a.pmid: a for a in read_articles(pubmed_files())}


@pytest.fixture(scope="module")
def medline() -> dict[str, Article]:
    return {a.pmid: a for a in read_articles(sorted(MEDLINE.glob("*.txt")))}


# --- PubMed XML -----------------------------------------------------------------------------------------------------


def test_a_full_xml_record(xml: dict[str, Article]) -> None:
    a = xml["35358095"]  # metapub__35358095.xml
    assert (a.pmc_id, a.article_date, a.publication_status, a.nlm_journal_id) == ("PMC9106355", None, "ppublish", "7802877")
    assert a.history == (
        ("received", "2021-08-20"), ("accepted", "2022-03-29"), ("entrez", "2022-03-31"), ("pubmed", "2022-04-01"),
        ("pmc-release", "2022-05-16"), ("medline", "2022-05-18"),
    )
    assert a.issns == (("1558-8238", "Electronic"), ("0021-9738", "Linking"))
    assert a.chemicals == (("HMGB1 Protein", "D024243", "0"),)
    assert len(a.grants) == 6 and a.grants[0] == ("U24 NS107228", "NINDS NIH HHS", "United States")
    assert a.grants[-1] == ("R01 HL163019", "NHLBI NIH HHS", "United States")
    assert a.mesh_headings[0] == ("Animals", "D000818", False, ())
    assert a.mesh_headings[3] == ("HMGB1 Protein", "D024243", True, (("genetics", "Q000235", False),))
    assert [m[0] for m in a.mesh_headings if m[2]] == ["Brain Injuries", "Extracellular Traps", "HMGB1 Protein", "Ischemic Stroke", "Stroke"]
    assert len(a.affiliations) == len(a.authors) == 13
    assert a.affiliations[0] == ("Denorme F", ("Molecular Medicine Program.",))
    assert a.affiliations[6] == ("Alexander MD", ("Department of Neurology.", "Deparment of Radiology and Imaging Sciences, and."))
    # Inline markup (<b>) is text, as in titles and abstracts.
    assert a.coi_statement is not None and a.coi_statement.startswith("Conflict of interest: CCY authored a US patent (patent no. 10,232,023 B2")
    assert a.coi_statement.endswith("research support in excess of $50,000 from PEEL Therapeutics.")
    assert (a.vernacular_title, a.other_abstracts) == (None, ())


@pytest.mark.parametrize(
    ("pmid", "article_date"),
    [("33472925", "2021-01-20"), ("37167981", "2023-05-30"), ("27797938", "2016-10-21"), ("18719013", "2008-08-21"), ("35358095", None)],
)
def test_the_electronic_publication_date(xml: dict[str, Article], pmid: str, article_date: str | None) -> None:
    assert xml[pmid].article_date == article_date


@pytest.mark.parametrize(
    ("pmid", "pmc_id"),
    # 28731372's ReferenceList names other papers' PMC IDs (PMC400374, ...): only the record's own is its PMC ID.
    [("35358095", "PMC9106355"), ("28731372", "PMC6108041"), ("37167981", None), ("33472925", None)],
)
def test_the_pmc_id_is_the_records_own(xml: dict[str, Article], pmid: str, pmc_id: str | None) -> None:
    assert xml[pmid].pmc_id == pmc_id


def test_history_dates_keep_their_status_in_date_order(xml: dict[str, Article]) -> None:
    assert xml["37167981"].history == (
        ("received", "2023-02-12"), ("accepted", "2023-05-11"), ("entrez", "2023-05-11"), ("pubmed", "2023-05-12"), ("medline", "2023-05-31"),
    )
    assert xml["37167981"].publication_status == "epublish"


def test_grants_without_an_id(xml: dict[str, Article]) -> None:
    assert xml["18719013"].grants == (
        (None, "British Heart Foundation", "United Kingdom"), (None, "Medical Research Council", "United Kingdom"),
        (None, "Department of Health", "United Kingdom"), ("MC_U122797165", "Medical Research Council", "United Kingdom"),
        ("G0701113", "Medical Research Council", "United Kingdom"),
    )


def test_vernacular_title_and_other_abstracts(xml: dict[str, Article]) -> None:
    assert xml["9929727"].vernacular_title == "La lucha contra el tabaco en los niños, adolescentes y jóvenes: conocimiento, prevención y actuación."
    ((kind, language, text),) = xml["23326248"].other_abstracts
    assert (kind, language) == ("Publisher", "ger")
    assert text.startswith("Obwohl die endovaskuläre Katheter-Embolisation von arteriovenösen Fisteln minimal-invasiv ist")
    ((kind, language, text),) = xml["11243089"].other_abstracts
    assert (kind, language) == ("PIP", "eng") and text.startswith("This document presents a cross-sectional survey")


def test_an_old_records_article_level_affiliation_is_not_given_to_an_author(xml: dict[str, Article]) -> None:
    # 2007 DTD (mattgrayson-pubmed__efetch.xml): one Article/Affiliation, no AffiliationInfo per author.
    assert xml["17905926"].affiliations == (
        (None, ("Department of Clinical Pharmacy, University of Tennessee Health Science Center, Memphis, Tennessee 38163, USA.",)),
    )


def test_a_book_chapter_has_its_authors_affiliations_history_and_status() -> None:
    (chapter,) = read_articles([CHAPTER])
    assert chapter.affiliations == (
        ("Rezk A", ("University of Miami Leonard M. Miller School of Medicine,",)),
        ("Kahn J", ("Montefiore Medical Center/ Albert Einstein College of Medicine",)),
        ("Singh M", ("Montefiore/Einstein",)),
    )
    assert chapter.history == (("entrez", "2021-10-19"), ("medline", "2021-10-19"), ("pubmed", "2021-10-19"))
    assert (chapter.publication_status, chapter.pmc_id, chapter.mesh_headings, chapter.issns) == ("ppublish", None, (), ())


def test_a_bare_medline_citation_has_no_pubmed_data() -> None:
    (a,) = read_articles([PUBMED / "jcore-base__doc_medline_test_structured_abstract.xml"])
    assert (a.pmc_id, a.history, a.publication_status) == (None, (), None)
    assert a.nlm_journal_id and a.mesh_headings and a.chemicals


# --- MEDLINE --------------------------------------------------------------------------------------------------------


def test_a_medline_record(medline: dict[str, Article]) -> None:
    a = medline["16403221"]  # biopython__pubmed_result2.txt
    assert (a.pmc_id, a.article_date, a.publication_status, a.nlm_journal_id) == ("PMC1373603", "2006-01-10", "epublish", "100965194")
    assert a.history == (("received", "2005-06-17"), ("accepted", "2006-01-10"), ("aheadofprint", "2006-01-10"))
    assert a.issns == (("1471-2105", "Electronic"),)
    # "MH  - Information Storage and Retrieval/*methods": the qualifier is the major topic, not the descriptor.
    assert a.mesh_headings[:3] == (
        ("Database Management Systems", None, True, ()), ("Databases, Protein", None, True, ()),
        ("Information Storage and Retrieval", None, False, (("methods", None, True),)),
    )
    # MEDLINE lists AD lines apart from the authors: not given to one.
    assert a.affiliations == ((None, (
        "Bioinformatics, Institute of Cell and Molecular Science, School of Medicine and Dentistry, Queen Mary, "
        "University of London, London EC1 6BQ, UK. j.a.casbon@qmul.ac.uk",
    )),)


def test_medline_qualifiers_chemicals_and_status(medline: dict[str, Article]) -> None:
    a = medline["14630660"]
    assert a.chemicals == (("Macromolecular Substances", None, "0"),)
    assert ("Information Storage and Retrieval", None, False, (("methods", None, True), ("standards", None, True))) in a.mesh_headings
    assert ("Database Management Systems", None, False, (("standards", None, True),)) in a.mesh_headings
    assert (a.pmc_id, a.article_date, a.history, a.publication_status) == (None, None, (), "ppublish")


@pytest.mark.parametrize(
    ("pmid", "issns", "history"),
    [
        ("30037913", (("1526-632X", "Electronic"), ("0028-3878", "Linking")), (("entrez", "2018-07-25"), ("medline", "2018-07-25"), ("pubmed", "2018-07-25"))),
        (
            "30038950", (("2333-7214", "Print"), ("2333-7214", "Linking")),
            (("received", "2016-12-14"), ("revised", "2017-12-29"), ("accepted", "2018-02-05"), ("entrez", "2018-07-25"),
             ("medline", "2018-07-25"), ("pubmed", "2018-07-25")),
        ),
    ],
)
def test_medline_issns_and_history(medline: dict[str, Article], pmid: str, issns: tuple, history: tuple) -> None:
    assert (medline[pmid].issns, medline[pmid].history) == (issns, history)


def test_medline_coi_pmc_and_electronic_date(medline: dict[str, Article]) -> None:
    a = medline["30038950"]  # dreamytang-Pubmed_Author_Ranking__pubmed_result.txt
    assert (a.pmc_id, a.article_date, a.nlm_journal_id, a.publication_status) == ("PMC6050798", "2018-07-17", "101662571", "epublish")
    assert a.coi_statement == (
        "Declaration of Conflicting Interests: The author(s) declared no potential conflicts of interest with respect to the "
        "research, authorship, and/or publication of this article."
    )


@pytest.mark.parametrize(
    ("line", "grant"),
    [
        ("T32 NS007433/NS/NINDS NIH HHS/United States", ("T32 NS007433", "NINDS NIH HHS", "United States")),
        ("R01 AG072086/AG/NIA NIH HHS/United States", ("R01 AG072086", "NIA NIH HHS", "United States")),
    ],
)
def test_medline_grant_lines(line: str, grant: tuple) -> None:
    # No bundled MEDLINE record has a GR line: these are two of PMID 37118429's (Nat Aging 2023), as PubMed writes them.
    from trialdb.fetch.medline import _grant

    assert _grant(line) == grant


# --- both formats ---------------------------------------------------------------------------------------------------


def test_every_record_is_rebuilt_with_its_details_from_the_stored_raw_record(xml: dict[str, Article], medline: dict[str, Article]) -> None:
    for a in [*xml.values(), *medline.values()]:
        again = article_from_raw(a.raw, a.raw_format, source=a.source)
        assert record_details(again) == record_details(a), a.pmid


def test_details_are_plain_json_with_the_same_keys_in_both_formats(xml: dict[str, Article], medline: dict[str, Article]) -> None:
    # No record is bundled in both forms; what both formats hold comes in one shape (ISO dates, history in date order).
    keys = list(no_details())
    for a in (xml["35358095"], medline["16403221"]):
        details: dict[str, Any] = record_details(a)
        assert list(details) == keys
        assert [h["date"] for h in details["history"]] == sorted(h["date"] for h in details["history"])
        assert details["article_date"] is None or len(details["article_date"]) == 10
    assert record_details(medline["16403221"])["mesh"][2] == {
        "descriptor": "Information Storage and Retrieval", "ui": None, "major": False, "qualifiers": [{"name": "methods", "ui": None, "major": True}],
    }


@pytest.mark.parametrize(
    ("parts", "date"),
    [(("2022", "05", "07"), "2022-05-07"), (("2021", "8", "20"), "2021-08-20"), (("2023", "May", ""), "2023-05"), (("2016", "", ""), "2016"),
     (("", "5", "1"), None)],
)
def test_iso_date(parts: tuple[str, str, str], date: str | None) -> None:
    assert iso_date(*parts) == date


@pytest.mark.parametrize(("value", "pmc"), [("PMC9106355", "PMC9106355"), ("9106355", "PMC9106355"), ("PMC", None), ("PMC12x", None), (None, None)])
def test_canonical_pmc_id(value: str | None, pmc: str | None) -> None:
    assert canonical_pmc_id(value) == pmc
