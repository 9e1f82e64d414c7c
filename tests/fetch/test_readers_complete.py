"""The readers as complete as PubMed's own fields: Bookshelf records, superscripts, every language, MEDLINE's
collective authors, retraction and concern links and structured abstracts, one encoding rule, bounded lines."""

from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest

from trialdb.errors import InputError
from trialdb.fetch import Article, check_source, read_articles
from trialdb.fetch.files import article_from_raw, sniff_format
from trialdb.fetch.medline import MAX_LINE_CHARS

from ..conftest import FIXTURES, PUBMED, ROOT, pubmed_files

HOSTILE = ROOT / "tests" / "data" / "hostile"
MEDLINE = FIXTURES / "medline"
BOOK = HOSTILE / "book-29465922.xml"
CHAPTER = HOSTILE / "book-34662018.xml"
LINKS = HOSTILE / "medline-links-collective-languages.nbib"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.pmid: a for a in read_articles(pubmed_files())}


def _medline(name: str) -> dict[str, Article]:
    return {a.pmid: a for a in read_articles([MEDLINE / name])}


# --- PubmedBookArticle ----------------------------------------------------------------------------------------------


def test_a_whole_book_is_read_with_its_authors_year_and_doi() -> None:
    (book,) = read_articles([BOOK])
    assert book.pmid == "29465922"
    assert book.title == book.journal == "Safer Healthcare: Strategies for the Real World"
    assert book.authors == ("Vincent C", "Amalberti R")
    assert (book.year, book.pub_date, book.doi) == (2016, "2016", "10.1007/978-3-319-25559-0")
    assert (book.language, book.languages, book.publication_types) == ("eng", ("eng",), ("Review",))
    assert book.sections == () and book.abstract == ""
    assert book.raw.startswith("<PubmedBookArticle>") and book.raw_format == "pubmed-xml"


def test_a_chapter_is_read_with_its_own_title_authors_and_abstract() -> None:
    (chapter,) = read_articles([CHAPTER])
    assert (chapter.pmid, chapter.title, chapter.journal) == ("34662018", "Fertility Sparing Management In Uterine Fibroids", "StatPearls")
    assert chapter.authors == ("Rezk A", "Kahn J", "Singh M")
    assert [s.label for s in chapter.sections] == [None]
    # The no-break spaces after "[1]" and at the end of the text are whitespace, folded as every reader folds it.
    assert chapter.abstract.startswith(
        "Uterine leiomyoma (fibroids) are the most common benign gynecologic tumors, occurring in up to 70% of women by menopause.[1] While"
    )
    assert chapter.abstract.endswith("options available for women with fibroids who wish to become pregnant in the future.")
    assert (chapter.year, chapter.pub_date, chapter.languages, chapter.language) == (2022, "2022 01", ("eng",), "eng")
    assert (chapter.publication_types, chapter.doi) == (("Study Guide",), None)


@pytest.mark.parametrize("path", [BOOK, CHAPTER], ids=["book", "chapter"])
def test_a_book_record_is_counted_checked_and_rebuilt_from_its_raw_record(path: Path) -> None:
    (book,) = read_articles([path])
    assert check_source(path) == 1
    again = article_from_raw(book.raw, book.raw_format, source=book.source)
    assert again == book


def test_books_and_articles_in_one_file_keep_their_order(tmp_path: Path) -> None:
    article = next(iter(read_articles([PUBMED / "metapub__35358095.xml"])))
    body = BOOK.read_text(encoding="utf-8").split("<PubmedArticleSet>")[1].split("</PubmedArticleSet>")[0]
    mixed = tmp_path / "mixed.xml"
    mixed.write_text(f"<PubmedArticleSet>{body}{article.raw}{body.replace('29465922', '29465923')}</PubmedArticleSet>", encoding="utf-8")
    assert [a.pmid for a in read_articles([mixed])] == ["29465922", "35358095", "29465923"]
    assert check_source(mixed) == 3


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("<PMID Version=\"1\">29465922</PMID>", "<PMID Version=\"1\">abc</PMID>"), "a record without a numeric PMID"),
        (("<BookDocument>", "<Nothing>"), "not well-formed XML"),
    ],
    ids=["no-pmid", "broken"],
)
def test_a_broken_book_record_is_refused_in_the_check(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(BOOK.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        check_source(bad)


# --- superscripts and subscripts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pmid", "written"),
    [
        ("27687974", "global estimated population size of 2.4×10^28 cells"),  # 2.4×10<sup>28</sup>
        ("30108519", "67.6 ± 4.1 ml·kg^-1·min^-1"),  # kg<sup>-1</sup>·min<sup>-1</sup>
        ("30108519", "precision of 0.20 km·h^-1."),
        ("27797938", "(linkage disequilibrium r^2<0.25)"),  # r<sup>2</sup>&lt;0.25
        ("29869631", "mg·g^-1"),
    ],
)
def test_superscripts_keep_their_exponent(articles: dict[str, Article], pmid: str, written: str) -> None:
    assert written in articles[pmid].abstract
    # The same text comes back from the stored raw record (re-extraction).
    assert written in article_from_raw(articles[pmid].raw, "pubmed-xml").abstract


@pytest.mark.parametrize(
    ("pmid", "written"),
    [
        ("27763809", "calibrated to the WHO 3rd international standard"),  # 3<sup>rd</sup>: an ordinal, not 3 to the power rd
        ("30108519", '"Minimum Lactate Equivalent" (LEmin)'),  # LE<sub>min</sub>: subscripts as before
        ("30108519", "Determined BLRTs"),  # BL<sub>R</sub>Ts
        ("27797938", "95% CI 1.07 to 2.78; ptrend=0.048)"),  # p<sub>trend</sub>
    ],
)
def test_ordinals_and_subscripts_read_as_before(articles: dict[str, Article], pmid: str, written: str) -> None:
    assert written in articles[pmid].abstract


def test_the_1028_bug_is_gone(articles: dict[str, Article]) -> None:
    assert all("×1028" not in a.abstract for a in articles.values())


# --- languages ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pmid", "languages"),
    [("10083987", ("eng", "fre")), ("11442735", ("eng", "fre", "ger")), ("33472925", ("eng",)), ("35358095", ("eng",))],
)
def test_every_xml_language_is_kept(articles: dict[str, Article], pmid: str, languages: tuple[str, ...]) -> None:
    assert articles[pmid].languages == languages
    assert articles[pmid].language == "; ".join(languages)


# --- MEDLINE --------------------------------------------------------------------------------------------------------


def test_medline_collective_author_languages_and_notices() -> None:
    (a,) = read_articles([LINKS])
    assert a.authors == ("Mangalam H", "Bio* Toolkits Review Group")
    assert (a.languages, a.language) == (("eng", "ger"), "eng; ger")
    assert set(a.comments_corrections) == {("RetractionIn", "900000002"), ("ExpressionOfConcernIn", "900000003"), ("ErratumIn", "")}
    assert a.retracted and a.expression_of_concern
    again = article_from_raw(a.raw, a.raw_format)
    assert (again.authors, again.languages, again.comments_corrections) == (a.authors, a.languages, a.comments_corrections)


def test_the_unedited_medline_record_has_no_notices() -> None:
    (a,) = read_articles([MEDLINE / "biopython__pubmed_result1.txt"])
    assert (a.authors, a.languages, a.comments_corrections) == (("Mangalam H",), ("eng",), ())
    assert not a.retracted and not a.expression_of_concern


@pytest.mark.parametrize(
    ("name", "pmid", "labels"),
    [
        ("biopython__pubmed_result2.txt", "16403221", ["BACKGROUND", "RESULTS", "CONCLUSION"]),
        ("biopython__pubmed_result2.txt", "16377612", ["SUMMARY", "AVAILABILITY", "SUPPLEMENTARY INFORMATION"]),
        ("biopython__pubmed_result2.txt", "14630660", [None, "AVAILABILITY"]),
        ("biopython__pubmed_result3.txt", "23039619", ["PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS"]),
        (
            "dreamytang-Pubmed_Author_Ranking__pubmed_result.txt", "30037276",
            ["OBJECTIVE", "DESIGN", "SETTING", "SUBJECTS", "INTERVENTIONS", "MAIN MEASURES", "RESULTS", "CONCLUSION"],
        ),
        ("dreamytang-Pubmed_Author_Ranking__pubmed_result.txt", "30036691", ["BACKGROUND AND OBJECTIVE", "MATERIALS AND METHODS", "RESULTS", "CONCLUSION"]),
        # "Objective: ..." in mixed case is the authors' own text, not a PubMed label: one section, as the XML gives it.
        ("dreamytang-Pubmed_Author_Ranking__pubmed_result.txt", "30038950", [None]),
        ("biopython__pubmed_result1.txt", "12230038", [None]),
    ],
)
def test_medline_structured_abstract_keeps_its_sections(name: str, pmid: str, labels: list[str | None]) -> None:
    a = _medline(name)[pmid]
    assert [s.label for s in a.sections] == labels
    # Stored as the XML reader stores it: "LABEL: text" per section, one per line; offsets point at each text.
    for sec, span in zip(a.sections, a.section_spans, strict=True):
        assert a.abstract[span.start : span.end] == sec.text and not sec.text.startswith(" ")
    assert a.abstract.count("\n") == len(labels) - 1
    assert article_from_raw(a.raw, a.raw_format).sections == a.sections


def test_medline_structured_text_is_all_kept() -> None:
    a = _medline("biopython__pubmed_result2.txt")["16403221"]
    assert a.abstract.startswith("BACKGROUND: Benchmarking algorithms in structural bioinformatics")
    assert "\nRESULTS: We have designed" in a.abstract and "\nCONCLUSION: The modules make" in a.abstract


# --- one encoding rule ----------------------------------------------------------------------------------------------

_XML = (PUBMED / "metapub__35358095.xml").read_text(encoding="utf-8")
_XML_NO_DECL = _XML.split("?>", 1)[1].lstrip()
_NBIB = (MEDLINE / "biopython__pubmed_result2.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("le-bom.xml", b"\xff\xfe" + _XML.encode("utf-16-le")),
        ("be-bom.xml", b"\xfe\xff" + _XML.encode("utf-16-be")),
        ("le.xml", _XML.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16-le")),
        ("be.xml", _XML.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16-be")),
        ("le-no-declaration.xml", _XML_NO_DECL.encode("utf-16-le")),
        ("le-bom-no-declaration.xml", b"\xff\xfe" + _XML_NO_DECL.encode("utf-16-le")),
        ("utf8-bom.xml", b"\xef\xbb\xbf" + _XML.encode("utf-8")),
        ("le-bom.xml.gz", gzip.compress(b"\xff\xfe" + _XML.encode("utf-16-le"))),
        ("be-no-declaration.xml.gz", gzip.compress(_XML_NO_DECL.encode("utf-16-be"))),
    ],
)
def test_xml_in_utf16_with_or_without_bom_reads_as_utf8(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    expected = list(read_articles([PUBMED / "metapub__35358095.xml"]))
    assert sniff_format(path) == "pubmed-xml" and check_source(path) == 1
    got = list(read_articles([path]))
    assert [(a.pmid, a.title, a.abstract, a.raw) for a in got] == [(a.pmid, a.title, a.abstract, a.raw) for a in expected]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.nbib", _NBIB.encode("utf-16")),
        ("le.nbib", _NBIB.encode("utf-16-le")),
        ("be.nbib", _NBIB.encode("utf-16-be")),
        ("utf8-bom.nbib", b"\xef\xbb\xbf" + _NBIB.encode("utf-8")),
    ],
)
def test_medline_in_utf16_or_with_a_utf8_bom_reads_as_utf8(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    expected = list(read_articles([MEDLINE / "biopython__pubmed_result2.txt"]))
    assert sniff_format(path) == "medline" and check_source(path) == 4
    assert [(a.pmid, a.title, a.abstract) for a in read_articles([path])] == [(a.pmid, a.title, a.abstract) for a in expected]


# --- MEDLINE lines are read with a bound ----------------------------------------------------------------------------


def _with_long_line(tmp_path: Path, length: int) -> Path:
    lines = (MEDLINE / "biopython__pubmed_result1.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("AB  - "))
    path = tmp_path / "long.nbib"
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(lines[:at])
        fh.write("AB  - " + "x" * (length - 6) + "\n")
        fh.writelines(lines[at:])
    return path


def test_a_line_at_the_bound_is_read(tmp_path: Path) -> None:
    path = _with_long_line(tmp_path, MAX_LINE_CHARS)
    (a,) = read_articles([path])
    assert a.pmid == "12230038" and len(a.abstract) > MAX_LINE_CHARS - 10


@pytest.mark.parametrize("length", [MAX_LINE_CHARS + 1, 100_000_000], ids=["bound+1", "100MB"])
def test_a_longer_line_is_refused_naming_file_and_line_in_bounded_memory(tmp_path: Path, length: int) -> None:
    path = _with_long_line(tmp_path, length)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as err:
            check_source(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"{path}: line 15 is longer than 1,000,000 characters" in err.value.message
    assert "Nothing from it was stored" in err.value.message
    assert peak < 40_000_000  # a few line buffers, never the 100 MB line
