"""Random-effects pooling against metafor's own figures (saved by tests/data/metafor/check.R; R is not needed here)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from trialdb.errors import InputError
from trialdb.export.pooling import pool

METAFOR = Path(__file__).resolve().parent.parent / "data" / "metafor"
#: metafor's name of each figure, and Pooled's.
FIGURES = {
    "estimate": "estimate", "se": "se", "ci.lb": "ci_low", "ci.ub": "ci_high", "zval": "zval", "pval": "pval", "tau2": "tau2",
    "se.tau2": "se_tau2", "I2": "i2", "H2": "h2", "QE": "q", "QEp": "q_p",
}


def studies(name: str) -> tuple[list[float], list[float]]:
    rows = list(csv.DictReader((METAFOR / f"{name}.csv").open(encoding="utf-8")))
    return [float(r["yi"]) for r in rows], [float(r["vi"]) for r in rows]


def metafor_fits() -> list[dict[str, str]]:
    return list(csv.DictReader((METAFOR / "figures.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("fit", metafor_fits(), ids=lambda f: f"{f['dataset']}-{f['method']}")
def test_pooling_matches_metafor(fit: dict[str, str]) -> None:
    yi, vi = studies(fit["dataset"])
    got = pool(yi, vi, method=fit["method"])
    assert got.k == int(fit["k"]) == len(yi)
    for theirs, ours in FIGURES.items():
        assert getattr(got, ours) == pytest.approx(float(fit[theirs]), abs=1e-4, rel=1e-4), theirs
    weights = [float(w["weight"]) for w in csv.DictReader((METAFOR / "weights.csv").open()) if (w["dataset"], w["method"]) == (fit["dataset"], fit["method"])]
    assert list(got.weights) == pytest.approx(weights, abs=1e-4)
    assert sum(got.weights) == pytest.approx(100)


def test_the_saved_figures_are_metafors_printed_ones() -> None:
    printed = (METAFOR / "check.out").read_text(encoding="utf-8")
    assert "metafor 3.8.1" in printed
    # The BCG example as metafor's documentation prints it: REML tau^2 0.3132, I^2 92.22%, estimate -0.7145.
    assert "0.3132 (SE = 0.1664)" in printed and "92.22%" in printed and "-0.7145  0.1798  -3.9744" in printed
    bcg = next(f for f in metafor_fits() if (f["dataset"], f["method"]) == ("bcg", "REML"))
    assert round(float(bcg["tau2"]), 4) == 0.3132 and round(float(bcg["estimate"]), 4) == -0.7145


def test_reml_stops_at_zero_without_heterogeneity_and_dl_is_closed_form() -> None:
    yi, vi = studies("hine1989")
    reml, dl = pool(yi, vi), pool(yi, vi, method="DL")
    assert reml.tau2 == dl.tau2 == 0 and reml.i2 == 0 and reml.h2 == 1
    assert reml.estimate == pytest.approx(dl.estimate) == pytest.approx(0.0294443203447639, abs=1e-9)
    assert dl.iterations == 0 and reml.iterations >= 1


def test_ratio_measures_are_shown_back_transformed() -> None:
    yi, vi = studies("bcg")
    rr = pool(yi, vi, measure="RR")
    est, lo, hi = rr.display()
    # metafor: predict(fit, transf = exp) prints pred 0.4894, ci 0.3441 to 0.6962.
    assert (round(est, 4), round(lo, 4), round(hi, 4)) == (0.4894, 0.3441, 0.6962)
    md = pool(yi, vi, measure="MD")
    assert md.display() == (md.estimate, md.ci_low, md.ci_high)


def test_pooling_refuses_what_it_cannot_pool() -> None:
    with pytest.raises(InputError, match="at least 2 estimates"):
        pool([0.2], [0.01])
    with pytest.raises(InputError, match="positive, finite variance"):
        pool([0.2, 0.3], [0.01, 0.0])
    with pytest.raises(InputError, match="unknown pooling method 'PM'"):
        pool([0.2, 0.3], [0.01, 0.02], method="PM")
    assert math.isclose(pool([0.1, 0.1], [0.01, 0.01]).q, 0.0, abs_tol=1e-15)
