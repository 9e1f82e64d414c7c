"""MEDLINE ("PubMed format", .nbib) files read through Bio.Medline."""

from __future__ import annotations

from pathlib import Path

import pytest

from trialdb.errors import InputError
from trialdb.fetch import read_articles
from trialdb.fetch.files import article_from_raw, sniff_format

from ..conftest import FIXTURES

MEDLINE = FIXTURES / "medline"


def test_reads_every_record_with_its_fields() -> None:
    arts = list(read_articles([MEDLINE / "biopython__pubmed_result2.txt"]))
    assert [a.pmid for a in arts] == ["16403221", "16377612", "14871861", "14630660"]
    a = arts[0]
    assert a.title == "A high level interface to SCOP and ASTRAL implemented in python."
    assert a.authors[:2] == ("Casbon JA", "Crooks GE")
    assert (a.year, a.doi, a.journal_abbrev) == (2006, "10.1186/1471-2105-7-10", "BMC Bioinformatics")
    assert a.abstract.startswith("BACKGROUND: Benchmarking algorithms in structural bioinformatics")
    assert a.raw_format == "medline"


def test_sniffed_as_medline() -> None:
    assert sniff_format(MEDLINE / "biopython__pubmed_result1.txt") == "medline"


def test_raw_rebuilds_the_same_article() -> None:
    (a,) = read_articles([MEDLINE / "biopython__pubmed_result3.txt"])
    again = article_from_raw(a.raw, a.raw_format)
    assert (again.pmid, again.title, again.abstract, again.authors) == (a.pmid, a.title, a.abstract, a.authors)


def test_record_without_pmid_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.nbib"
    path.write_text("PMID- \nTI  - A title\n")
    with pytest.raises(InputError, match="without a PMID"):
        list(read_articles([path]))
