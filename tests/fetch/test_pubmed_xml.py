"""The PubMed XML reader on real records: every field a reviewer sees, and hostile input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from trialdb.errors import InputError
from trialdb.fetch import Article, Deletion, check_source, iter_records, read_articles
from trialdb.fetch.article import canonical_pmid
from trialdb.fetch.files import article_from_raw

from ..conftest import PUBMED, SEED, pubmed_files


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.pmid: a for a in read_articles(pubmed_files())}


def test_seed_record_fields(articles: dict[str, Article]) -> None:
    a = articles["33472925"]
    assert a.title == "Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke."
    assert (a.journal, a.volume, a.issue, a.pages, a.year) == ("Neurology", "96", "7", "e1012-e1023", 2021)
    assert a.pub_date == "2021 Feb 16"
    assert a.doi == "10.1212/WNL.0000000000011440"
    assert [s.label for s in a.sections] == [
        "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "CLASSIFICATION OF EVIDENCE", "CLINICALTRIALSGOV IDENTIFIER",
    ]
    assert a.sections[0].category == "OBJECTIVE"
    assert a.abstract.startswith("OBJECTIVE: To test whether autologous modified mesenchymal stem cells (MSCs)")
    # Offsets of every section point at that section's text in the stored abstract.
    for sec, span in zip(a.sections, a.section_spans, strict=True):
        assert a.abstract[span.start : span.end] == sec.text
    assert "<PMID Version=\"1\">33472925</PMID>" in a.raw


def test_structured_abstract_authors_mesh_keywords(articles: dict[str, Article]) -> None:
    a = articles["28731372"]
    assert a.title.startswith("Exploring the effect of vitamin D3 supplementation on the anti-EBV antibody response")
    assert a.authors[:2] == ("Rolf L", "Muris AH") and len(a.authors) == 11
    assert a.publication_types == ("Journal Article", "Randomized Controlled Trial", "Research Support, Non-U.S. Gov't")
    assert a.doi == "10.1177/1352458517722646"
    assert (a.year, a.pub_date, a.volume, a.issue, a.pages) == (2018, "2018 Sep", "24", "10", "1280-1287")
    assert [s.label for s in a.sections] == ["BACKGROUND", "OBJECTIVES", "METHODS", "RESULTS", "CONCLUSION"]
    assert a.mesh_terms[:2] == ("Adult", "Antibodies, Viral")
    assert a.keywords[:2] == ("Antibodies", "EBNA-1")


def test_inline_markup_is_kept_as_text(articles: dict[str, Article]) -> None:
    assert articles["27797938"].title == (
        "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer."
    )
    assert articles["37167981"].title == (
        "Monte Carlo simulation of micro-x-ray fluorescence (μ-XRF) based detection of immunomagnetically labeled tumor cells."
    )
    # <sub>, <sup> and MathML inside an abstract become plain text, nothing dropped.
    text = articles["30108519"].abstract
    assert '"Minimum Lactate Equivalent" (LEmin)' in text
    assert "67.6 ± 4.1 ml·kg^-1·min^-1" in text
    assert "(P = 0.71; ES: 0.08)" in text


def test_medline_date_gives_year() -> None:
    recs = [a for a in read_articles([PUBMED / "BioMedQuery.jl__efetch_sample.xml"]) if a.pub_date and "-" in a.pub_date]
    assert recs, "the BioMedQuery sample has MedlineDate records"
    assert {(a.pub_date, a.year) for a in recs} >= {("2016 May-Jun", 2016), ("2015 Oct-Dec", 2015)}


def test_doi_is_the_articles_own_not_a_reference(articles: dict[str, Article]) -> None:
    # 35358095 has a ReferenceList full of cited papers' DOIs.
    raw = articles["35358095"].raw
    assert "<ReferenceList>" in raw
    assert articles["35358095"].doi == "10.1172/JCI154225"


def test_databank_registry_and_genbank(articles: dict[str, Article]) -> None:
    assert articles["18719013"].databank_ids == (("ISRCTN", "ISRCTN63718836"),)
    assert articles["9394824"].databank_ids[0] == ("GENBANK", "Z93128")


def test_gzip_baseline_with_delete_citation() -> None:
    recs = list(iter_records(PUBMED / "fatcat__pubmedsample_2019.xml.gz"))
    deletions = [r for r in recs if isinstance(r, Deletion)]
    assert len(recs) == 177  # 176 citations and one DeleteCitation
    assert deletions == [
        Deletion(pmids=("23203860", "23203861", "23203892", "23203893", "23203894", "23203895", "23203896"))
    ]


def test_bare_medline_citation_root() -> None:
    recs = list(read_articles([PUBMED / "jcore-base__doc_medline_test_structured_abstract.xml"]))
    assert [a.pmid for a in recs] == ["15030341"]
    assert recs[0].sections[0].label == "BACKGROUND"


def test_record_counts_of_every_fixture() -> None:
    counts = {p.name: check_source(p) for p in pubmed_files()}
    assert counts["mattgrayson-pubmed__efetch.xml"] == 50
    assert counts["seed-33472925.xml"] == 1
    assert sum(counts.values()) == 262  # 261 citations + 1 DeleteCitation notice


def test_raw_record_rebuilds_the_same_article(articles: dict[str, Article]) -> None:
    a = articles["28731372"]
    again = article_from_raw(a.raw, a.raw_format)
    assert (again.pmid, again.title, again.abstract, again.authors, again.doi) == (a.pmid, a.title, a.abstract, a.authors, a.doi)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b"<html><body>Not found</body></html>", "not PubMed XML (root element <html>)"),
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>", "not well-formed XML"),
        (b"<PubmedArticleSet><PubmedArticle></PubmedArticleSet>", "not well-formed XML"),
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>abc</PMID></MedlineCitation></PubmedArticle></PubmedArticleSet>",
         "without a numeric PMID"),
        ("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>\u00b2</PMID></MedlineCitation></PubmedArticle></PubmedArticleSet>".encode(),
         "without a numeric PMID"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        check_source(path)
    assert message in err.value.message
    assert str(path) in err.value.message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_source(tmp_path / "nope.xml")
    with pytest.raises(InputError, match="is a directory"):
        check_source(tmp_path)


def test_truncated_gzip(tmp_path: Path) -> None:
    data = (PUBMED / "fatcat__pubmedsample_2019.xml.gz").read_bytes()
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated"):
        check_source(path)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        "<ArticleTitle>A &xxe; title</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    # The reference is neither expanded nor kept: the record is refused (stored, it could not be read back).
    with pytest.raises(InputError, match="holds the entity reference &xxe;") as err:
        list(read_articles([path]))
    assert "TOP-SECRET" not in err.value.message


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path) -> None:
    lines = ['<!ENTITY a0 "boom">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    path = tmp_path / "bomb.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [{"".join(lines)}]>'
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        "<ArticleTitle>&a9;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    try:
        arts = list(read_articles([path]))
    except InputError:
        return  # refusing the file is as good as not expanding it
    assert len(arts[0].title) < 1000


def test_gzip_and_plain_give_the_same_records(tmp_path: Path) -> None:
    gz = tmp_path / "seed.xml.gz"
    gz.write_bytes(gzip.compress(SEED.read_bytes()))
    (plain,) = read_articles([SEED])
    (zipped,) = read_articles([gz])
    assert (plain.pmid, plain.abstract, plain.raw) == (zipped.pmid, zipped.abstract, zipped.raw)


@pytest.mark.parametrize(
    ("given", "canonical"), [("33472925", "33472925"), (" 033472925 ", "33472925"), ("0", None), ("\u00b2", None), ("12a", None), ("", None)]
)
def test_canonical_pmid(given: str, canonical: str | None) -> None:
    assert canonical_pmid(given) == canonical
