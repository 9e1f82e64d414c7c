"""screen, report, plot and the extra export formats, as a reviewer runs them."""

from __future__ import annotations

import csv
import json
import struct
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db import search as search_module
from trialdb.db.engine import open_database
from trialdb.db.search import SearchQuery, search
from trialdb.export.plot_data import plot_data

from ..conftest import pubmed_files


def run(*args: object, input: str | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args], input=input)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def loaded(sqlite_url: str) -> str:
    code, _, err = run("ingest", *pubmed_files(), "--db", sqlite_url)
    assert code == 0, err
    return sqlite_url


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_search_ids_and_filters(loaded: str) -> None:
    code, out, _ = run("search", "--design", "rct", "--has-pvalue-below", "0.01", "--format", "ids", "--db", loaded)
    assert code == 0 and out.split() == ["18719013", "15030341", "11442735"]
    code, out, _ = run("search", "--outcome", "rankin", "--format", "ids", "--db", loaded)
    assert out.split() == ["33472925"]
    code, _, err = run("search", "--blinding", "blind", "--db", loaded)
    assert code == 2 and "unknown blinding 'blind'" in err
    code, _, err = run("export", "--saved-search", "msc-strok", "--db", loaded)
    assert code == 3 and "no saved search named 'msc-strok'" in err



def test_search_says_when_relevance_is_ranked_in_windows(loaded: str, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("search", "patients", "--limit", "5", "--db", loaded)
    assert code == 0 and "Note:" not in err
    monkeypatch.setattr(search_module, "RANK_WINDOW", 10)
    n = len(search(open_database(loaded), SearchQuery(text="patients", limit=None, include_retracted=True)))
    code, _, err = run("search", "patients", "--limit", "5", "--db", loaded)
    assert code == 0 and f"Note: the text matches {n:,} records: relevance is ranked among the newest 10 first" in err
    code, out, err = run("search", "patients", "--limit", "5", "--format", "ids", "--db", loaded)
    assert len(out.split()) == 5 and "Note:" not in err

def test_screen_by_pmid_and_interactively(loaded: str) -> None:
    code, out, _ = run("screen", "33472925", "28731372", "--include", "--db", loaded)
    assert code == 0 and out == "Included 2 records\n"
    code, _, err = run("screen", "9505772", "--exclude", "--db", loaded)
    assert code == 2 and "needs a reason" in err
    code, out, _ = run("screen", "9505772", "--exclude", "--reason", "wrong population", "--db", loaded)
    assert code == 0
    code, _, err = run("screen", "1", "--include", "--db", loaded)
    assert code == 3 and "PMID 1 not in the database" in err
    # --next: include the first unscreened record, exclude the second with a reason, skip one, quit.
    code, out, _ = run("screen", "--next", "--db", loaded, input="i\ne\nnot a trial\ns\nq\n")
    assert code == 0 and "Screened 2 records; 1 skipped." in out
    code, out, _ = run("search", "--screening", "included", "--format", "ids", "--db", loaded)
    assert len(out.split()) == 3
    code, out, _ = run("report", "--format", "json", "--db", loaded)
    flow = json.loads(out)["prisma_2020"]
    assert (flow["included"], flow["excluded"], flow["excluded_by_reason"]) == (3, 2, {"not a trial": 1, "wrong population": 1})


def test_report_markdown_file(loaded: str, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    code, _, _ = run("report", "-o", target, "--db", loaded)
    text = target.read_text()
    assert code == 0 and text.startswith("# Search report") and "| Records identified from databases and files | 261 |" in text


@pytest.mark.parametrize("kind", ["timeline", "sizes", "evidence", "pvalues"])
def test_plots_are_real_images_of_the_querys_data(loaded: str, tmp_path: Path, kind: str) -> None:
    png = tmp_path / f"{kind}.png"
    code, _, err = run("plot", kind, "--design", "rct", "-o", png, "--width", "900", "--height", "600", "--db", loaded)
    assert code == 0, err
    assert png_size(png) == (900, 600)
    engine = open_database(loaded)
    data = plot_data(engine, kind, SearchQuery(design="rct", limit=None))
    hits = search(engine, SearchQuery(design="rct", limit=None))
    assert f"plot of {len(data.points)} points" in err
    if kind == "timeline":
        assert sum(n for _, _, n in data.points) == len(hits) == 10
    elif kind == "pvalues":
        stored = [p["value"] for h in hits for p in json.loads(run("show", h.pmid, "-f", "json", "--db", loaded)[1])["facts"]["p_values"]]
        assert sorted(v for v, _, _ in data.points) == sorted(stored)
    elif kind == "evidence":
        assert {pmid for *_, pmid in data.points} == {h.pmid for h in hits}
    else:
        assert {(pmid, n) for _, n, _, pmid in data.points if n} == {(h.pmid, h.total_n) for h in hits if h.total_n}
    svg = tmp_path / f"{kind}.svg"
    code, _, _ = run("plot", kind, "--design", "rct", "-o", svg, "--width", "900", "--height", "600", "--db", loaded)
    root = etree.parse(str(svg)).getroot()
    assert code == 0 and root.tag.endswith("svg") and (root.get("width"), root.get("height")) == ("648pt", "432pt")


def test_plot_errors(loaded: str, tmp_path: Path) -> None:
    code, _, err = run("plot", "pie", "-o", tmp_path / "x.png", "--db", loaded)
    assert code == 2 and "unknown plot 'pie'" in err
    code, _, err = run("plot", "timeline", "-o", tmp_path / "x.jpg", "--db", loaded)
    assert code == 2 and err == f"trialdb: error: {tmp_path / 'x.jpg'}: give a .png or .svg file name\n"
    assert not list(tmp_path.glob("*.jpg")) and not list(tmp_path.glob(".trialdb-*"))


def test_export_formats(loaded: str, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    code, _, err = run("export", "-f", "meta", "--design", "rct", "-o", meta, "--db", loaded)
    rows = list(csv.DictReader(meta.open()))
    assert code == 0 and f"Wrote {len(rows)} rows" in err
    assert {"study", "n1i", "n2i", "yi", "vi", "values_stated", "values_derived"} <= set(rows[0])
    ris = tmp_path / "rcts.ris"
    code, _, _ = run("export", "-f", "ris", "--design", "rct", "-o", ris, "--db", loaded)
    assert code == 0 and ris.read_text(encoding="utf-8").count("TY  - JOUR") == 10
    code, _, err = run("export", "-f", "xlsx", "--db", loaded)
    assert code == 2 and "xlsx needs a file" in err
    xlsx = tmp_path / "rcts.xlsx"
    code, _, _ = run("export", "-f", "xlsx", "--design", "rct", "-o", xlsx, "--db", loaded)
    assert code == 0 and xlsx.read_bytes()[:2] == b"PK"
    code, out, _ = run("export", "-f", "bibtex", "--registry", "NCT01716481", "--db", loaded)
    assert code == 0 and out.startswith("@article{PMID33472925,")
