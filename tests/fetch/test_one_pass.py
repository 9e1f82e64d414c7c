"""The check before storing goes through a PubMed XML file once, without building its records, and still refuses
every record that reading refuses, with the same one line: a file that passes stores whole, one that fails stores
nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

import trialdb.fetch.pubmed_xml as pubmed_xml
from trialdb.cli.app import app
from trialdb.errors import InputError
from trialdb.fetch import check_source, iter_records

from ..conftest import PUBMED, ROOT, SEED, pubmed_files
from ..db.test_store import dump

HOSTILE = ROOT / "tests" / "data" / "hostile"
#: 50 real records, before or after the changed seed record.
OTHERS = PUBMED / "mattgrayson-pubmed__efetch.xml"
DECLARED = '<!DOCTYPE PubmedArticleSet [<!ENTITY xxe "v">]>'
runner = CliRunner()


def outcome(action: Callable[[], int]) -> int | str:
    """Return what ``action`` returns, or the message of the InputError it raises."""
    try:
        return action()
    except InputError as exc:
        return exc.message


def check(path: Path) -> int | str:
    return outcome(lambda: check_source(path))


def read(path: Path) -> int | str:
    return outcome(lambda: len(list(iter_records(path))))


def body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("<PubmedArticle>") : text.rindex("</PubmedArticleSet>")]


def with_seed_changed(tmp_path: Path, doctype: str, changes: list[tuple[str, str]], last: bool = True) -> Path:
    """Write OTHERS' records and the seed record with each (old, new) of ``changes`` made, after ``doctype``."""
    seed = body(SEED)
    for old, new in changes:
        assert old in seed
        seed = seed.replace(old, new)
    records = [body(OTHERS), seed] if last else [seed, body(OTHERS)]
    path = tmp_path / "records.xml"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}<PubmedArticleSet>{"".join(records)}</PubmedArticleSet>\n', encoding="utf-8")
    return path


def test_the_check_counts_every_record_without_building_one(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [*pubmed_files(), *sorted(HOSTILE.glob("book-*.xml")), HOSTILE / "seed-moved-and-reindented.xml"]
    counts = [read(p) for p in files]
    assert all(isinstance(n, int) for n in counts) and sum(counts) > 260  # type: ignore[arg-type]

    def no_record(*_: object, **__: object) -> None:
        raise AssertionError("the check built a record")

    monkeypatch.setattr(pubmed_xml, "parse_record", no_record)
    monkeypatch.setattr(pubmed_xml, "Article", no_record)
    assert [check(p) for p in files] == counts


@pytest.mark.parametrize("path", [*pubmed_files(), *sorted(p for p in HOSTILE.iterdir() if p.suffix != ".md")], ids=lambda p: p.name)
def test_the_check_and_the_reader_agree_on_every_bundled_file(path: Path) -> None:
    assert check(path) == read(path)


#: Records the reader refuses: (DOCTYPE, changes to the seed record, words of the refusal).
REFUSED = [
    # An entity in an attribute value leaves no entity node: only the record's serialisation shows it.
    (DECLARED, [('<PMID Version="1">', '<PMID Version="1" Source="&xxe;">')], "PMID 33472925 holds the entity reference &xxe;"),
    (DECLARED, [("<ArticleTitle>", "<ArticleTitle>&xxe; ")], "PMID 33472925 holds the entity reference &xxe;"),
    # A name longer than any entity PubMed could mean is refused too (its stored record could not be read back).
    (f'<!DOCTYPE PubmedArticleSet [<!ENTITY {"e" * 80} "v">]>', [("<ArticleTitle>", f"<ArticleTitle>&{'e' * 80};")],
     "PMID 33472925 holds the entity reference &eeeeeeeeeeeeeeeeeeeeeee..."),
    ("", [(">33472925</PMID>", ">1000033472925</PMID>")], "PMID 1000033472925 has 13 digits"),
    ("", [('<PMID Version="1">', '<PMID Version="x1">')], "PMID 33472925 has Version 'x1'"),
    ("", [("<MedlineCitation ", "<Citation "), ("</MedlineCitation>", "</Citation>")], "a PubmedArticle without MedlineCitation"),
]


@pytest.mark.parametrize(("doctype", "changes", "words"), REFUSED, ids=[f"refused-{i}" for i in range(len(REFUSED))])
@pytest.mark.parametrize("last", [True, False], ids=["last", "first"])
def test_a_record_the_reader_refuses_is_refused_by_the_check_in_the_same_words(
    tmp_path: Path, doctype: str, changes: list[tuple[str, str]], words: str, last: bool
) -> None:
    path = with_seed_changed(tmp_path, doctype, changes, last)
    refused = read(path)
    assert isinstance(refused, str) and words in refused
    assert check(path) == refused


def test_a_file_that_declares_an_entity_it_does_not_use_passes(tmp_path: Path) -> None:
    path = with_seed_changed(tmp_path, DECLARED, [])
    assert check(path) == read(path) == 51


def test_a_blank_version_is_version_1_for_the_check_and_the_reader(tmp_path: Path) -> None:
    path = with_seed_changed(tmp_path, "", [('<PMID Version="1">', '<PMID Version=" ">')])
    assert check(path) == read(path) == 51
    assert [r.version for r in iter_records(path) if getattr(r, "pmid", None) == "33472925"] == [1]


def test_ingest_stores_nothing_from_a_file_whose_last_record_is_refused(tmp_path: Path, engine: Engine, db_url: str) -> None:
    assert runner.invoke(app, ["ingest", str(SEED), "--db", db_url]).exit_code == 0
    before = {k: v for k, v in dump(engine).items() if k != "run"}
    path = with_seed_changed(tmp_path, DECLARED, [('<PMID Version="1">', '<PMID Version="2" Source="&xxe;">')])
    result = runner.invoke(app, ["ingest", "--batch-size", "1", str(path), "--db", db_url])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"trialdb: error: {path}: PMID 33472925 holds the entity reference &xxe;")
    assert {k: v for k, v in dump(engine).items() if k != "run"} == before
