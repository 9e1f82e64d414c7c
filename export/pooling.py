"""Random-effects pooling of yi/vi, as R's metafor computes it for an intercept-only model (rma.uni).

REML (metafor's default) estimates tau^2 by Fisher scoring from the Hedges starting value, with metafor's step
halving, convergence threshold (1e-5), iteration limit (100) and check against the likelihood at tau^2 = 0;
DerSimonian-Laird is the closed-form alternative. The pooled estimate is on the scale of yi (log for ratio
measures); ``Pooled.display`` back-transforms it. tests/data/metafor/ holds metafor's own figures for a check.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from trialdb.errors import InputError

METHODS = ("REML", "DL")
#: Measures whose yi is a log: their pooled estimate and CI are shown exponentiated.
LOG_MEASURES = frozenset({"OR", "RR", "HR", "IRR"})
_THRESHOLD = 1e-5
_MAXITER = 100
_LL_TOL = 2.220446049250313e-16**0.25  # R's .Machine$double.eps^0.25, metafor's ll0check tolerance


@dataclass(frozen=True)
class Pooled:
    """A random-effects pooled estimate and its heterogeneity figures (named as metafor prints them)."""

    method: str
    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    zval: float
    pval: float
    tau2: float
    se_tau2: float
    i2: float
    h2: float
    q: float
    q_p: float
    #: Each study's share of the pooled estimate, in percent (metafor's weights()): 1/(vi + tau2), normalised.
    weights: tuple[float, ...]
    iterations: int
    measure: str | None = None
    level: float = 95.0

    def display(self) -> tuple[float, float, float]:
        """Return (estimate, ci_low, ci_high) on the natural scale: exponentiated for ratio measures (log yi)."""
        if self.measure in LOG_MEASURES:
            return math.exp(self.estimate), math.exp(self.ci_low), math.exp(self.ci_high)
        return self.estimate, self.ci_low, self.ci_high


def pool(yi: Sequence[float], vi: Sequence[float], method: str = "REML", measure: str | None = None, level: float = 95.0) -> Pooled:
    """Return the random-effects pooled estimate of ``yi`` with sampling variances ``vi`` (k >= 2, every vi > 0)."""
    if method not in METHODS:
        raise InputError(f"unknown pooling method {method!r}; use one of {', '.join(METHODS)}")
    if len(yi) != len(vi):
        raise InputError(f"{len(yi)} estimates but {len(vi)} variances; give one variance per estimate")
    k = len(yi)
    if k < 2:
        raise InputError(f"pooling needs at least 2 estimates with a variance; there {'is' if k == 1 else 'are'} {k}")
    if any(not (v > 0 and math.isfinite(v)) for v in vi) or any(not math.isfinite(y) for y in yi):
        raise InputError("every estimate needs a finite value and a positive, finite variance to be pooled")
    # metafor centres yi first; the intercept-only projections below do not depend on it, the rounding does.
    centre = math.fsum(yi) / k
    y = [v - centre for v in yi]
    if method == "DL":
        tau2, iterations, se_tau2 = _dersimonian_laird(y, vi)
    else:
        tau2, iterations, se_tau2 = _reml(y, vi)
    w = [1 / (v + tau2) for v in vi]
    sw = math.fsum(w)
    mu = centre + math.fsum(wi * yc for wi, yc in zip(w, y, strict=True)) / sw
    se = math.sqrt(1 / sw)
    crit = NormalDist().inv_cdf(1 - (1 - level / 100) / 2)
    q, q_p, vt = _heterogeneity(y, vi)
    return Pooled(
        method=method, k=k, estimate=mu, se=se, ci_low=mu - crit * se, ci_high=mu + crit * se,
        zval=mu / se, pval=2 * NormalDist().cdf(-abs(mu) / se),
        tau2=tau2, se_tau2=se_tau2, i2=100 * tau2 / (vt + tau2), h2=tau2 / vt + 1, q=q, q_p=q_p,
        weights=tuple(100 * wi / sw for wi in w), iterations=iterations, measure=measure, level=level,
    )


def _projections(y: Sequence[float], w: Sequence[float]) -> tuple[float, float, float, float]:
    """Return (y'P y, y'P P y, tr P, tr P P) for P = W - W 1 (1'W 1)^-1 1'W, the intercept-only projection."""
    sw = math.fsum(w)
    mu = math.fsum(a * b for a, b in zip(w, y, strict=True)) / sw
    py = [a * (b - mu) for a, b in zip(w, y, strict=True)]
    ypy = math.fsum(a * b for a, b in zip(py, y, strict=True))
    yppy = math.fsum(a * a for a in py)
    sw2 = math.fsum(a * a for a in w)
    tr_p = sw - sw2 / sw
    tr_pp = sw2 - 2 * math.fsum(a**3 for a in w) / sw + (sw2 / sw) ** 2
    return ypy, yppy, tr_p, tr_pp


def _dersimonian_laird(y: Sequence[float], vi: Sequence[float]) -> tuple[float, int, float]:
    k = len(y)
    q, _, tr_p, tr_pp = _projections(y, [1 / v for v in vi])
    tau2 = max(0.0, (q - (k - 1)) / tr_p)
    se_tau2 = math.sqrt(1 / tr_p**2 * (2 * (k - 1) + 4 * tau2 * tr_p + 2 * tau2**2 * tr_pp))
    return tau2, 0, se_tau2


def _reml(y: Sequence[float], vi: Sequence[float]) -> tuple[float, int, float]:
    k = len(y)
    # Hedges' estimator starts the scoring: (RSS - tr(P V)) / (k - 1) with the unweighted projection.
    mean = math.fsum(y) / k
    rss = math.fsum((v - mean) ** 2 for v in y)
    tau2 = max(0.0, (rss - math.fsum(vi) * (1 - 1 / k)) / (k - 1))
    change, iterations = _THRESHOLD + 1, 0
    while change > _THRESHOLD:
        iterations += 1
        old = tau2
        _, yppy, tr_p, tr_pp = _projections(y, [1 / (v + tau2) for v in vi])
        adj = (yppy - tr_p) / tr_pp
        while tau2 + adj < 0:
            adj /= 2
        tau2 += adj
        change = abs(old - tau2)
        if iterations > _MAXITER:
            raise InputError("the REML estimate of tau^2 did not converge (Fisher scoring, 100 iterations); try --method DL")
    # As metafor: if the restricted likelihood is higher at tau^2 = 0, scoring stopped at a local maximum.
    if tau2 > _THRESHOLD and _reml_loglik(y, vi, 0.0) - _reml_loglik(y, vi, tau2) > _LL_TOL:
        tau2 = 0.0
    _, _, _, tr_pp = _projections(y, [1 / (v + tau2) for v in vi])
    return tau2, iterations, math.sqrt(2 / tr_pp)


def _reml_loglik(y: Sequence[float], vi: Sequence[float], tau2: float) -> float:
    w = [1 / (v + tau2) for v in vi]
    rss, _, _, _ = _projections(y, w)
    k = len(y)
    return -0.5 * (k - 1) * math.log(2 * math.pi) - 0.5 * math.fsum(math.log(v + tau2) for v in vi) - 0.5 * math.log(math.fsum(w)) - 0.5 * rss


def _heterogeneity(y: Sequence[float], vi: Sequence[float]) -> tuple[float, float, float]:
    """Return Cochran's Q, its chi-square p-value (k - 1 df) and metafor's typical within-study variance."""
    k = len(y)
    q, _, tr_p, _ = _projections(y, [1 / v for v in vi])
    q = max(0.0, q)
    return q, _chi2_sf(q, k - 1), (k - 1) / tr_p


def _chi2_sf(x: float, df: int) -> float:
    """Return P(X > x) for X ~ chi-square(df): the regularised upper incomplete gamma Q(df/2, x/2)."""
    a, z = df / 2, x / 2
    if z <= 0:
        return 1.0
    log_front = a * math.log(z) - z - math.lgamma(a)
    if z < a + 1:  # the series for P(a, z) converges fast here
        term = total = 1 / a
        n = a
        while abs(term) > abs(total) * 1e-16:
            n += 1
            term *= z / n
            total += term
        return max(0.0, 1 - total * math.exp(log_front))
    # Lentz's continued fraction for Q(a, z).
    tiny = 1e-300
    b = z + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return math.exp(log_front) * h
