"""Property-based tests: whatever bytes a file holds, the readers give records or one InputError, nothing else.

Files are arbitrary bytes, or real PubMed XML and MEDLINE records cut, repeated, reordered and salted with what a
hostile or broken file holds (entity references and DTDs, control characters, stray tags, odd PMIDs and versions,
other encodings, gzip, truncation). A file that passes the check reads the same records again, every record it
yields can be read back from its stored raw form (as reextract does), and no file outside the input is ever read.
"""

from __future__ import annotations

import gzip
import re
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trialdb.errors import InputError
from trialdb.fetch import Article, Deletion, check_source, iter_records
from trialdb.fetch.article import canonical_pmid
from trialdb.fetch.files import article_from_raw

from ..conftest import FIXTURES, PUBMED, ROOT, SEED

#: Derandomized: every run tries the same examples, so CI never fails on a draw; the database is off, so no .hypothesis/.
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".xml", ".xml.gz", ".nbib", ".txt", ""]
#: A file next to the input that an external entity or a DTD might name: its content must never reach a record.
SECRET = "trialdb-secret-7f3a9c"
MEDLINE_FILE = FIXTURES / "medline" / "biopython__pubmed_result1.txt"


@cache
def secret_dir() -> Path:
    """A folder holding the secret file (kept for the session: hypothesis examples cannot use pytest's tmp_path)."""
    folder = Path(tempfile.mkdtemp(prefix="trialdb-props-"))
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    (folder / "secret.dtd").write_text(f'<!ENTITY xxe "{SECRET}">', encoding="utf-8")
    return folder


#: Real PubMed XML files to start from: an efetch record, a book chapter, several records with MeSH and history.
XML_SOURCES = [SEED, ROOT / "tests" / "data" / "hostile" / "book-29465922.xml", PUBMED / "biopython__pubmed1.xml"]


@cache
def xml_pieces(index: int) -> tuple[str, ...]:
    """One of XML_SOURCES as tags and texts, in file order."""
    text = XML_SOURCES[index].read_text(encoding="utf-8")
    return tuple(re.findall(r"<[^>]*>|[^<]+", text))


@cache
def medline_lines() -> tuple[str, ...]:
    """The lines of a real MEDLINE file (two records)."""
    return tuple(MEDLINE_FILE.read_text(encoding="utf-8").splitlines(keepends=True))


def hostile_xml() -> list[str]:
    """What a hostile or broken XML file holds in place of, or beside, real pieces."""
    folder = secret_dir()
    return [
        "&xxe;", "&amp;", "&lt;", "&#0;", "&#x1F600;", "&#xD800;", "&#65;", "&nbsp;", "&", "<", ">", "]]>", "\x00", "\x01", "\ufeff",
        "\r\n", "\u2028", "\ud7ff", "\uffff",
        f'<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file://{folder}/secret.txt">]>',
        f'<!DOCTYPE PubmedArticleSet SYSTEM "file://{folder}/secret.dtd">',
        '<!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        "<![CDATA[p < 0.05 & more]]>", "<?xml-stylesheet href='x'?>", "<!-- a comment -->", "<?xml version='1.0'?>",
        "<PubmedArticleSet>", "</PubmedArticleSet>", "<PubmedArticle>", "</PubmedArticle>", "<MedlineCitation>", "</MedlineCitation>",
        "<PubmedBookArticle><BookDocument><PMID>29465922</PMID></BookDocument></PubmedBookArticle>",
        "<PubmedBookArticle>", "<BookDocument>", "<DeleteCitation><PMID>1</PMID></DeleteCitation>", "<DeleteCitation>",
        "<PMID>", "</PMID>", '<PMID Version="1">', '<PMID Version="  ">', '<PMID Version="-1">', '<PMID Version="99999999999">',
        '<PMID Version="٣">', "0", "00000000", "1000033472925", "9" * 20, "9" * 5000, "33472925", "-5", "٣٣٤", " ",
        "<sup>28</sup>", "<sup>", "</sup>", "<i>", "</i>", "<AbstractText>", '<AbstractText Label="">', "</AbstractText>",
        "<ArticleTitle>", "</ArticleTitle>", "<Year>", "</Year>", "<Year>99999999999999999999</Year>", "<Month>Foo</Month>",
        "<Day>0</Day>", "<Language>", "</Language>", '<ArticleId IdType="pmc">', "</ArticleId>",
        '<CommentsCorrections RefType="RetractionIn">', "<x:y xmlns:x='urn:x'>", "</x:y>", "<a b='1' b='2'>", "x" * 3000,
    ]


def hostile_medline() -> list[str]:
    """What a hostile or broken MEDLINE file holds in place of, or beside, real lines."""
    return [
        "PMID- 99999999999999999\n", "PMID- 9223372036854775808\n", "PMID- 0\n", "PMID- \n", "PMID-\n", "PMID- ٣٣٤\n", "PMID- 12230038\n",
        "AB  - a\x00b\n", "TI  - \x00\n", "      continued\n", "\n", "\r\n", "LA  - \n", "LA  - eng\n", "DP  - 99999999999\n",
        "DP  - \n", "RIN - Retraction in: Foo. 2020. PMID: 99999999999999999\n", "ECI - Expression of concern in: PMID: 123\n",
        "CN  - A Group\n", "XX  - unknown tag\n", "AB  - RESULTS: p = 0.05. CONCLUSIONS: \n", "FAU - \n", "AU  - \n", "PT  - \n",
        "AID - 10.1/x [doi]\n", "AID - [doi]\n", "PMC - PMC\n", "PMC - PMC99999999999999999999\n", "PHST- 2020/99/99 [received]\n",
        "EDAT- 0000/00/00 00:00\n", "MH  - *Stroke/*therapy\n", "  - no tag\n", "PMID - 5\n", "\ufeff", "\x1a", "x" * 3000 + "\n",
    ]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if encoding == "utf-16-bom":
        return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


@st.composite
def mutated(draw: st.DrawFn, pieces: tuple[str, ...], hostile: list[str]) -> str:
    """The real pieces with a few of them cut, repeated, moved or replaced by hostile ones."""
    out = list(pieces)
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        if not out:
            break
        i = draw(st.integers(min_value=0, max_value=len(out) - 1))
        j = draw(st.integers(min_value=i, max_value=min(len(out), i + 40)))
        op = draw(st.sampled_from(["delete", "repeat", "move", "insert", "replace", "insert-random"]))
        if op == "delete":
            del out[i:j]
        elif op == "repeat":
            out[i:i] = out[i:j]
        elif op == "move":
            chunk = out[i:j]
            del out[i:j]
            k = draw(st.integers(min_value=0, max_value=len(out)))
            out[k:k] = chunk
        elif op == "insert":
            out.insert(i, draw(st.sampled_from(hostile)))
        elif op == "replace":
            out[i] = draw(st.sampled_from(hostile))
        else:
            out.insert(i, draw(st.text(max_size=30)))
    return "".join(out)


#: Text in place of a real text node: what stays well-formed XML but no real record holds.
HOSTILE_TEXT = [
    "&xxe;", "&amp;xxe;", "&#65;", "&#x1F600;", "&lt;script&gt;", "<![CDATA[p < 0.05 & x]]>", "", " ", "\t\r\n", "0", "00000000",
    "1000033472925", "9" * 13, "9" * 20, "9" * 400, "-5", "٣٣٤", "٣", "2.4×10<sup>28</sup>", "<sup>2</sup>", "<sup></sup>", "<i>x</i> <b>y</b>",
    "\u2028", "\u00a0", "\ufeff", "\uffff", "\U0001F600", "x" * 3000, "p = 0.05" * 50, "Retracted Publication", "Foo", "13", "2020",
]
#: Attribute values in place of real ones.
HOSTILE_ATTRS = ["", " ", "  2 ", "0", "-1", "one", "99999999999", "2147483648", "٣", "&amp;", "&#65;", "Y", "N", "RetractionIn", "pmc"]
#: Whole elements put between real ones.
HOSTILE_ELEMENTS = [
    "<DeleteCitation><PMID Version=\"1\">1</PMID></DeleteCitation>", "<DeleteCitation><PMID>0</PMID></DeleteCitation>",
    "<DeleteCitation></DeleteCitation>", "<DeleteCitation><PMID>99999999999999999999</PMID></DeleteCitation>",
    "<PubmedArticle></PubmedArticle>", "<PubmedArticle><MedlineCitation></MedlineCitation></PubmedArticle>",
    "<PubmedBookArticle></PubmedBookArticle>", "<PubmedBookArticle><BookDocument></BookDocument></PubmedBookArticle>",
    "<MedlineCitation><PMID>5</PMID></MedlineCitation>", "<PMID>7</PMID>", "<Abstract/>", "<AbstractText/>", "<Language/>",
    "<CommentsCorrections RefType=\"RetractionIn\"><PMID>1</PMID></CommentsCorrections>", "<!-- c -->", "<?pi x?>", "<x:y xmlns:x='urn:x'/>",
]


@st.composite
def well_formed_mutated(draw: st.DrawFn) -> str:
    """A real XML file with some texts, attribute values and elements replaced or added, still well-formed (mostly)."""
    out = list(xml_pieces(draw(st.integers(min_value=0, max_value=len(XML_SOURCES) - 1))))
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        i = draw(st.integers(min_value=0, max_value=len(out) - 1))
        piece = out[i]
        op = draw(st.sampled_from(["text", "attr", "element", "copy"]))
        if op == "text" and not piece.startswith("<"):
            out[i] = draw(st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(alphabet=st.characters(exclude_characters="<&"), max_size=20)))
        elif op == "attr" and '="' in piece:
            value = draw(st.sampled_from(HOSTILE_ATTRS))
            out[i] = re.sub(r'="[^"]*"', lambda _m, v=value: f'="{v}"', piece, count=1)
        elif op == "element" and piece.startswith("</"):
            out.insert(i + 1, draw(st.sampled_from(HOSTILE_ELEMENTS)))
        elif op == "copy" and re.fullmatch(r"<(PubmedArticle|PubmedBookArticle)>", piece):
            end = next((j for j in range(i, len(out)) if out[j] == piece.replace("<", "</")), None)
            if end is not None:
                out[end + 1 : end + 1] = out[i : end + 1]
    return "".join(out)


@st.composite
def files(draw: st.DrawFn, text: st.SearchStrategy[str]) -> tuple[bytes, str]:
    """Bytes of a file (in some encoding, maybe gzipped or cut short) and its suffix."""
    data = _encode(draw(text), draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-16-bom", "latin-1"])))
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    return data, draw(st.sampled_from(SUFFIXES))


raw_bytes = st.tuples(
    st.tuples(st.sampled_from([b"", b"<", b"PMID- ", b"\x1f\x8b", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf<", b"<?xml version='1.0'?>"]),
              st.binary(max_size=600)).map(b"".join),
    st.sampled_from(SUFFIXES),
)
xml_files = files(st.deferred(lambda: st.one_of(
    well_formed_mutated(), st.integers(min_value=0, max_value=len(XML_SOURCES) - 1).flatmap(lambda i: mutated(xml_pieces(i), hostile_xml())),
)))
medline_files = files(st.deferred(lambda: mutated(medline_lines(), hostile_medline())))


def read(path: Path) -> list[Article | Deletion] | InputError:
    """Return every record of ``path`` (text allowed), or the InputError the reader raised."""
    try:
        return list(iter_records(path))
    except InputError as exc:
        return exc


def check_file(data: bytes, suffix: str) -> None:
    """Assert the reader's contract on one file's bytes."""
    with tempfile.TemporaryDirectory(dir=secret_dir()) as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        got = read(path)
        try:
            checked: int | InputError = check_source(path)
        except InputError as exc:
            checked = exc
    if isinstance(got, InputError):
        assert got.message and "\n" not in got.message.strip(), got.message
        assert isinstance(checked, InputError) and checked.message == got.message
        return
    assert checked == len(got)
    for rec in got:
        if isinstance(rec, Deletion):
            assert all(canonical_pmid(p) == p for p in rec.pmids), rec
            continue
        assert SECRET not in repr(rec)
        if rec.raw_format == "text":
            assert rec.pmid is None
            continue
        assert rec.pmid is not None and canonical_pmid(rec.pmid) == rec.pmid, rec.pmid
        assert 1 <= rec.version <= 2**31 - 1
        # What reextract does with the stored record: it reads back as the same record.
        again = article_from_raw(rec.raw, rec.raw_format)
        assert (again.pmid, again.version, again.title, again.abstract) == (rec.pmid, rec.version, rec.title, rec.abstract)


@PROPERTY_SETTINGS
@given(raw_bytes)
# Found by hypothesis: a text file of characters str.strip() takes for whitespace only gave an IndexError.
@example((b"\x1f", ".nbib"))
@example(("\u2028\n".encode(), ".txt"))
def test_arbitrary_bytes_give_records_or_one_input_error(file: tuple[bytes, str]) -> None:
    check_file(*file)


@PROPERTY_SETTINGS
@given(xml_files)
# Found by hypothesis: lxml's message for a NUL byte holds a line break, so the one-line error took two lines.
@example((b"<PubmedArticleSet>\x00\n  <PubmedArticle>\n</PubmedArticleSet>\n", ".xml"))
def test_broken_pubmed_xml_gives_records_or_one_input_error(file: tuple[bytes, str]) -> None:
    check_file(*file)


@PROPERTY_SETTINGS
@given(medline_files)
# Found by hypothesis: a continuation line after a blank line (or first in the file) gave Bio.Medline's KeyError.
@example((b"PMID- 12230038\nTI  - The Bio* toolkits.\nPG  - 296-302\n\n      Open Source BioPerl\n", ".nbib"))
@example((b"      Open Source BioPerl\nPMID- 12230038\n", ".nbib"))
def test_broken_medline_gives_records_or_one_input_error(file: tuple[bytes, str]) -> None:
    check_file(*file)


def test_the_real_files_pass_unchanged() -> None:
    """The unmutated sources of the strategies are read whole (so the mutations start from good records)."""
    check_file(SEED.read_bytes(), ".xml")
    check_file(MEDLINE_FILE.read_bytes(), ".nbib")
    check_file(gzip.compress((PUBMED / "metapub__35358095.xml").read_bytes()), ".xml.gz")
