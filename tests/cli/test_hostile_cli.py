"""Long records and complete readers as a user meets them: exit codes, the one-line messages, what is stored,
and a database left exactly as before when a file is refused."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import make_engine
from trialdb.db.models import ArticleRow

from ..conftest import FIXTURES, PUBMED, ROOT, SEED
from ..db.test_store import dump

HOSTILE = ROOT / "tests" / "data" / "hostile"
OTHER = PUBMED / "metapub__35358095.xml"


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def digest(url: str) -> dict[str, list[tuple]]:
    """Every stored row but the run log's (which gains an entry per ingest)."""
    engine = make_engine(url)
    try:
        return {k: v for k, v in dump(engine).items() if k != "run"}
    finally:
        engine.dispose()


def stored(url: str, pmid: str) -> ArticleRow:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(ArticleRow).where(ArticleRow.pmid == pmid)).one()
    finally:
        engine.dispose()


def long_seed(tmp_path: Path, length: int) -> Path:
    """The seed record with its first abstract section's own text repeated to ``length`` characters."""
    xml = SEED.read_text(encoding="utf-8")
    m = re.search(r"(<AbstractText[^>]*>)(.*?)(</AbstractText>)", xml, re.S)
    assert m is not None
    text = (m.group(2) + " ") * (length // len(m.group(2)) + 1)
    path = tmp_path / f"long-{length}.xml"
    path.write_text(xml.replace(m.group(0), m.group(1) + text[:length] + m.group(3), 1), encoding="utf-8")
    return path


def warning_lines(err: str) -> list[str]:
    assert "Traceback" not in err, err
    return [line for line in err.splitlines() if line]


# --- (1), (4): an abstract over spaCy's max_length, a 9 MB text node -------------------------------------------------


def test_an_abstract_over_max_length_is_stored_with_empty_facts_and_a_warning(db_url: str, tmp_path: Path) -> None:
    long = long_seed(tmp_path, 1_200_000)
    code, out, err = run("ingest", OTHER, long, "--db", db_url, "--batch-size", "1")
    assert code == 0, err
    assert "Read 2 records from 2 files: 2 new, 0 updated, 0 unchanged, 0 deleted." in out
    (line,) = warning_lines(err)
    assert line.startswith("trialdb: warning: PMID 33472925: ") and "more than the extractor reads (1,000,000)" in line

    code, out, _ = run("show", "33472925", "--format", "json", "--db", db_url)
    shown = json.loads(out)
    assert code == 0 and shown["citation"]["title"] == "Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke."
    assert shown["facts"]["design"]["study_type"] == "other" and shown["facts"]["registry_ids"] == []
    assert shown["facts"]["p_values"] == [] and shown["facts"]["sample_size"]["total"] is None
    assert len(stored(db_url, "33472925").abstract) > 1_200_000
    # The other record is extracted as always.
    code, out, _ = run("show", "35358095", "--format", "json", "--db", db_url)
    assert code == 0 and json.loads(out)["extractor_version"]

    # Every rerun finishes the same way and changes nothing.
    before = digest(db_url)
    code, out, err = run("ingest", OTHER, long, "--db", db_url)
    assert code == 0 and "0 new, 0 updated, 2 unchanged" in out
    assert len(warning_lines(err)) == 1
    assert digest(db_url) == before


@pytest.mark.parametrize("length", [9_000_000], ids=["9MB-text-node"])
def test_a_huge_text_node_is_stored_not_a_spacy_traceback(sqlite_url: str, tmp_path: Path, length: int) -> None:
    code, out, err = run("ingest", long_seed(tmp_path, length), "--db", sqlite_url)
    assert code == 0 and "1 new" in out
    (line,) = warning_lines(err)
    assert line.startswith("trialdb: warning: PMID 33472925: ") and "E088" not in line


def test_extract_prints_empty_facts_and_the_warning(tmp_path: Path) -> None:
    code, out, err = run("extract", OTHER, long_seed(tmp_path, 1_100_000))
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["pmid"] == "35358095" and second["pmid"] == "33472925"
    assert second["design"]["study_type"] == "other" and second["registry_ids"] == [] and second["p_values"] == []
    (line,) = warning_lines(err)
    assert line.startswith("trialdb: warning: PMID 33472925: ")


# --- (1): a MEDLINE file with one 100 MB line ------------------------------------------------------------------------


@pytest.mark.parametrize("length", [1_000_001, 100_000_000], ids=["just-over", "100MB"])
def test_a_medline_line_over_the_bound_is_refused_and_changes_nothing(sqlite_url: str, tmp_path: Path, length: int) -> None:
    code, _, err = run("ingest", SEED, "--db", sqlite_url)
    assert code == 0, err
    before = digest(sqlite_url)
    lines = (FIXTURES / "medline" / "biopython__pubmed_result1.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    huge = tmp_path / "huge.nbib"
    with huge.open("w", encoding="utf-8") as fh:
        fh.writelines(lines[:14])
        fh.write("AB  - " + "x" * length + "\n")
        fh.writelines(lines[14:])
    code, out, err = run("ingest", FIXTURES / "medline" / "biopython__pubmed_result2.txt", huge, "--db", sqlite_url)
    assert code == 2 and out == ""
    assert err == (
        f"trialdb: error: {huge}: line 15 is longer than 1,000,000 characters, which no MEDLINE field is; "
        "the file is not a PubMed-format (.nbib) export. Nothing from it was stored.\n"
    )
    assert digest(sqlite_url) == before


# --- (4): one encoding rule -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf16-bom.xml", lambda s: b"\xff\xfe" + s.encode("utf-16-le")),
        ("utf16-no-bom.xml", lambda s: s.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16-le")),
        ("utf16be-bom.xml", lambda s: b"\xfe\xff" + s.encode("utf-16-be")),
        ("utf8-bom.xml", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
    ],
)
def test_the_same_record_in_utf16_is_read_alike_and_unchanged(
    sqlite_url: str, tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    code, _, err = run("ingest", OTHER, "--db", sqlite_url)
    assert code == 0, err
    before = digest(sqlite_url)
    path = tmp_path / name
    path.write_bytes(encode(OTHER.read_text(encoding="utf-8")))
    code, out, err = run("ingest", path, "--db", sqlite_url)
    assert (code, err) == (0, "")
    assert "Read 1 records from 1 file: 0 new, 0 updated, 1 unchanged, 0 deleted." in out
    assert digest(sqlite_url) == before


# --- (13): PubmedBookArticle ----------------------------------------------------------------------------------------


def test_book_records_are_stored_shown_and_searched(db_url: str) -> None:
    code, out, err = run("ingest", HOSTILE / "book-29465922.xml", OTHER, HOSTILE / "book-34662018.xml", "--db", db_url)
    assert code == 0, err
    assert "Read 3 records from 3 files: 3 new, 0 updated, 0 unchanged, 0 deleted." in out

    code, out, _ = run("show", "34662018", "--format", "json", "--db", db_url)
    citation = json.loads(out)["citation"]
    assert (citation["title"], citation["journal"], citation["year"]) == ("Fertility Sparing Management In Uterine Fibroids", "StatPearls", 2022)
    assert citation["authors"] == ["Rezk A", "Kahn J", "Singh M"]
    assert stored(db_url, "34662018").abstract.startswith("Uterine leiomyoma (fibroids) are the most common benign gynecologic tumors")

    code, out, _ = run("search", "Safer Healthcare", "--format", "json", "--db", db_url)
    assert code == 0 and [hit["pmid"] for hit in json.loads(out)] == ["29465922"]


# --- (14): superscripts ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def baseline_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """NLM's 2019 sample baseline file, ingested once into SQLite."""
    url = f"sqlite:///{tmp_path_factory.mktemp('baseline') / 'trialdb.sqlite'}"
    code, _, err = run("ingest", PUBMED / "fatcat__pubmedsample_2019.xml.gz", "--db", url)
    assert code == 0, err
    return url


def test_exponents_are_stored_searchable_and_exported(baseline_db: str) -> None:
    assert "2.4×10^28 cells" in stored(baseline_db, "27687974").abstract
    code, out, _ = run("search", "10^28", "--format", "json", "--db", baseline_db)
    assert code == 0 and [hit["pmid"] for hit in json.loads(out)] == ["27687974"]
    code, out, _ = run("search", "1028", "--format", "json", "--db", baseline_db)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("export", "--format", "ris", "-o", "-", "--db", baseline_db)
    assert code == 0 and "reach a global estimated population size of 2.4×10^28 cells" in out


# --- (15): languages, collective authors, retraction and concern notices in MEDLINE ---------------------------------


def test_medline_notices_flag_the_record_as_xml_does(db_url: str) -> None:
    code, _, err = run("ingest", HOSTILE / "medline-links-collective-languages.nbib", "--db", db_url)
    assert code == 0, err
    code, out, _ = run("show", "12230038", "--format", "json", "--db", db_url)
    citation = json.loads(out)["citation"]
    assert (citation["retracted"], citation["expression_of_concern"]) == (True, True)
    assert citation["authors"] == ["Mangalam H", "Bio* Toolkits Review Group"]
    # Languages joined in the one language column the schema has.
    assert stored(db_url, "12230038").language == "eng; ger"
    # Left out of exports unless asked for, as a retracted XML record is.
    code, out, _ = run("export", "--format", "csv", "-o", "-", "--db", db_url)
    assert code == 0 and "12230038" not in out
    code, out, _ = run("export", "--format", "csv", "--include-retracted", "-o", "-", "--db", db_url)
    assert code == 0 and "12230038" in out


@pytest.mark.parametrize(("pmid", "languages"), [("10083987", "eng; fre"), ("11442735", "eng; fre; ger"), ("27687974", "eng")])
def test_every_xml_language_is_stored(baseline_db: str, pmid: str, languages: str) -> None:
    assert stored(baseline_db, pmid).language == languages
