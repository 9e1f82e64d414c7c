"""The plots as a reviewer reads them: titles that say the filters and N, p-value bounds drawn as bounds, and the forest plot."""

from __future__ import annotations

import csv
import json
import math
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.cli.plots import draw
from trialdb.db.engine import open_database
from trialdb.db.search import SearchQuery, search
from trialdb.export.plot_data import describe_filters, plot_data

from ..conftest import PG_ENV, fresh_schema, pubmed_files

METAFOR = Path(__file__).resolve().parent.parent / "data" / "metafor"
#: The README's forest example: the bundled records hold no outcome with a CI in two studies, so it pools one study's three TERT SNP odds ratios.
README_FOREST = ("--text", "TERT", "--outcome", "rs")


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Every bundled PubMed record, ingested once per engine for this module."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('plots') / 'trialdb.sqlite'}"
        code, _, err = run("ingest", *pubmed_files(), "--db", url, "-q")
        assert code == 0, err
        yield url
        return
    if not os.environ.get(PG_ENV):
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    with fresh_schema(os.environ[PG_ENV]) as url:
        code, _, err = run("ingest", *pubmed_files(), "--db", url, "-q")
        assert code == 0, err
        yield url


def metafor_fit(dataset: str, method: str) -> dict[str, float]:
    row = next(r for r in csv.DictReader((METAFOR / "figures.csv").open()) if (r["dataset"], r["method"]) == (dataset, method))
    return {k: float(v) for k, v in row.items() if k not in ("dataset", "method")}


def test_filters_are_described_compactly() -> None:
    query = SearchQuery(text="stem cells", design=("rct", "non-randomized"), year_from=2010, year_to=2020, min_n=100, author="Lee JS", limit=None)
    assert describe_filters(query) == "text \"stem cells\" · design rct or non-randomized · year 2010–2020 · n ≥ 100 · author 'Lee JS'"
    assert describe_filters(SearchQuery(max_n=50, include_retracted=True, has_pvalue_below=0.01)) == "n ≤ 50 · has p < 0.01 · retracted included"
    assert describe_filters(SearchQuery()) == "all records"


@pytest.mark.parametrize("kind", ["timeline", "sizes", "evidence", "pvalues"])
def test_titles_say_the_filters_and_n(loaded: str, tmp_path: Path, kind: str) -> None:
    filters = ("--design", "rct", "--year-from", "2000", "--min-n", "20")
    query = SearchQuery(design="rct", year_from=2000, min_n=20, limit=None)
    engine = open_database(loaded)
    hits = search(engine, query)
    data = plot_data(engine, kind, query)
    drawn = draw(data, tmp_path / f"{kind}.svg", 900, 600)
    caption = drawn["title"].splitlines()[1]
    if kind == "pvalues":
        per_record = [json.loads(run("show", h.pmid, "-f", "json", "--db", loaded)[1])["facts"]["p_values"] for h in hits]
        stored, with_p = sum(len(p) for p in per_record), sum(1 for p in per_record if p)
        assert stored > 5 and caption == f"design rct · year ≥ 2000 · n ≥ 20 · N = {stored} p-values from {with_p} records"
    else:
        assert len(hits) > 3 and all(h.total_n >= 20 and h.year >= 2000 for h in hits)
        assert caption == f"design rct · year ≥ 2000 · n ≥ 20 · N = {len(hits)} records" and drawn["n"] == len(hits)
    code, _, err = run("plot", kind, *filters, "-o", tmp_path / f"{kind}.png", "--db", loaded)
    assert code == 0 and err.endswith(f"({caption}) to {tmp_path / f'{kind}.png'}\n")


def test_pvalue_bounds_are_drawn_as_bounds_not_as_values(loaded: str, tmp_path: Path) -> None:
    engine = open_database(loaded)
    hits = search(engine, SearchQuery(limit=None))
    stored = [p for h in hits for p in json.loads(run("show", h.pmid, "-f", "json", "--db", loaded)[1])["facts"]["p_values"]]
    exact = [p for p in stored if p["op"] == "="]
    bounds = Counter(f"{p['op']} {p['value']:g}" for p in stored if p["op"] != "=")
    assert len(exact) > 10 and bounds["< 0.05"] > 0 and bounds["< 0.001"] > 0
    drawn = draw(plot_data(engine, "pvalues", SearchQuery(limit=None)), tmp_path / "p.png")
    # The histogram holds the exact values only: "p < 0.05" is never binned as if it were 0.05.
    assert drawn["exact"] == drawn["binned"] == len(exact)
    assert drawn["bounds"] == sum(bounds.values()) and drawn["bound_groups"] == dict(bounds)
    assert drawn["title"].startswith(f"Reported p-values: {len(exact)} exact, {sum(bounds.values())} stated as bounds\n")


def test_readme_forest_example_pools_as_metafor_does(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "forest.png"
    code, _, err = run("plot", "forest", *README_FOREST, "-o", out, "--db", loaded)
    assert code == 0, err
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Pooled OR 1.11 [0.756, 1.62] (k = 3, tau² = 0.1055, I² = 92.7%, Q = 27.37 (p = 1.14e-06); measure OR, 95% CI)\n" in err
    assert err.endswith(f'Wrote forest plot of 3 points (text "TERT" · outcome rs · N = 3 estimates from 1 study) to {out}\n')
    data = plot_data(open_database(loaded), "forest", SearchQuery(text="TERT", outcome="rs", limit=None))
    drawn = draw(data, tmp_path / "forest.svg")
    r = metafor_fit("bao2017_tert_snps", "REML")
    pooled = drawn["pooled"]
    metafor_or = (math.exp(r["estimate"]), math.exp(r["ci.lb"]), math.exp(r["ci.ub"]))
    assert (pooled["estimate"], pooled["ci_low"], pooled["ci_high"]) == pytest.approx(metafor_or, abs=1e-4)
    assert (pooled["tau2"], pooled["i2"], pooled["q"]) == pytest.approx((r["tau2"], r["I2"], r["QE"]), abs=1e-4)
    assert [row["label"] for row in drawn["rows"]] == ["Bao 2017 · rs401681", "Bao 2017 · rs2736100", "Bao 2017 · rs2736098"]
    # Each estimate back on the OR scale, as the abstract states it: "rs401681 (per minor allele OR 1.33; 95% CI 1.12 to 1.59)".
    assert [round(row["estimate"], 2) for row in drawn["rows"]] == [1.33, 1.36, 0.75]
    assert sum(row["weight"] for row in drawn["rows"]) == pytest.approx(100)
    assert drawn["title"].splitlines() == [
        "Forest plot: rs2736098 / rs2736100 / rs401681 (OR, random effects REML)", 'text "TERT" · outcome rs · N = 3 estimates from 1 study'
    ]
    assert drawn["summary"].startswith("k = 3, tau² = 0.1055, I² = 92.7%")


def test_forest_dl_matches_metafor_dl(loaded: str, tmp_path: Path) -> None:
    data = plot_data(open_database(loaded), "forest", SearchQuery(text="TERT", outcome="rs", limit=None), method="DL")
    drawn = draw(data, tmp_path / "forest.png")
    r = metafor_fit("bao2017_tert_snps", "DL")
    assert drawn["method"] == "DL" and drawn["pooled"]["tau2"] == pytest.approx(r["tau2"], abs=1e-4)
    assert drawn["pooled"]["estimate"] == pytest.approx(math.exp(r["estimate"]), abs=1e-4)


def test_forest_pools_one_measure_and_says_what_it_left_out(loaded: str, tmp_path: Path) -> None:
    outcomes = ("--outcome", "rs2736", "--outcome", "rs401681", "--outcome", "relapse rate")
    out = tmp_path / "forest.svg"
    code, _, err = run("plot", "forest", *outcomes, "-o", out, "--db", loaded)
    assert code == 0, err
    assert "Note: 1 row left out: 1 HR, not pooled with OR\n" in err and "Pooled OR 1.11" in err
    data = plot_data(open_database(loaded), "forest", SearchQuery(outcome=("rs2736", "rs401681", "relapse rate"), limit=None))
    drawn = draw(data, tmp_path / "f.png")
    assert drawn["title"].splitlines()[-1] == "1 row left out: 1 HR, not pooled with OR" and drawn["k"] == 3
    # --measure HR chooses the Takagi 2006 hazard ratio ("HR 0.40, 95% CI 0.16-0.98"): one row, nothing to pool.
    code, _, err = run("plot", "forest", *outcomes, "--measure", "HR", "-o", tmp_path / "hr.png", "--db", loaded)
    assert code == 2 and err.startswith("trialdb: error: plot forest needs at least 2 rows with yi/vi of one measure") and err.count("\n") == 1
    assert "found 1 HR row (3 rows left out: 3 OR, not pooled with HR)" in err
    assert not (tmp_path / "hr.png").exists()


def test_forest_with_fewer_than_two_rows_writes_nothing(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "forest.png"
    code, _, err = run("plot", "forest", "--outcome", "relapse", "-o", out, "--db", loaded)
    assert code == 2
    assert err == "trialdb: error: plot forest needs at least 2 rows with yi/vi of one measure for outcome 'relapse'; found 1 HR row\n"
    code, _, err = run("plot", "forest", "--outcome", "no such outcome", "-o", out, "--db", loaded)
    assert code == 2 and err.endswith("for outcome 'no such outcome'; found no rows\n")
    code, _, err = run("plot", "forest", "-o", out, "--db", loaded)
    assert code == 2 and err == "trialdb: error: plot forest needs --outcome TEXT: the outcome whose estimates to pool (see export --format meta)\n"
    assert list(tmp_path.iterdir()) == []


def test_forest_options_belong_to_forest(loaded: str, tmp_path: Path) -> None:
    code, _, err = run("plot", "timeline", "--measure", "OR", "-o", tmp_path / "t.png", "--db", loaded)
    assert code == 2 and err == "trialdb: error: --measure is for plot forest (the meta-analysis of one outcome)\n"
    code, _, err = run("plot", "forest", *README_FOREST, "--method", "PM", "-o", tmp_path / "t.png", "--db", loaded)
    assert code == 2 and err == "trialdb: error: unknown --method 'PM'; use REML or DL\n"
    assert list(tmp_path.iterdir()) == []
