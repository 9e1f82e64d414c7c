"""Drawing the plots with matplotlib (Agg, no display) to PNG or SVG."""

from __future__ import annotations

import math
import textwrap
from collections import Counter, defaultdict
from pathlib import Path
from statistics import NormalDist
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator, NullFormatter, NullLocator  # noqa: E402

from trialdb.errors import InputError  # noqa: E402
from trialdb.export.plot_data import EXACT_OPS, PlotData  # noqa: E402
from trialdb.export.pooling import LOG_MEASURES  # noqa: E402

DPI = 100
DESIGN_ORDER = ("rct", "non-randomized", "single-arm", "observational", "systematic-review", "meta-analysis", "other")
CLASS_ORDER = ("I", "II", "III", "IV", "not stated")
#: How each bound is drawn: the caret points to the side the true p-value lies on.
BOUND_MARKERS = {"<": "<", "<=": "<", ">": ">", ">=": ">"}


def draw(data: PlotData, path: Path, width: int = 1200, height: int = 800) -> dict[str, Any]:
    """Draw ``data`` to ``path`` (.png or .svg) at width x height pixels; return what was drawn (title, N and the plot's counts)."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise InputError(f"{path}: give a .png or .svg file name")
    if not path.parent.exists():
        raise InputError(f"{path.parent}: no such folder; create it or choose another -o")
    fig = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI, layout="constrained")
    try:
        drawers = {"timeline": _timeline, "sizes": _sizes, "evidence": _evidence, "pvalues": _pvalues, "forest": _forest}
        drawn = drawers[data.kind](fig, data)
        title = _title(fig, drawn.pop("heading"), data, width)
        fig.savefig(path, dpi=DPI, format=path.suffix.lower().lstrip("."))
    finally:
        plt.close(fig)
    return {"title": title, "n": data.n, **drawn}


def _title(fig: Figure, heading: str, data: PlotData, width: int) -> str:
    """Set the figure's title: what is drawn, then the filters and N, then what was left out; return it."""
    chars = max(40, width // 9)
    lines = [heading, *textwrap.wrap(data.caption(), chars), *(w for note in data.notes for w in textwrap.wrap(note, chars))]
    title = "\n".join(lines)
    fig.suptitle(title, fontsize=11)
    return title


def _timeline(fig: Figure, data: PlotData) -> dict[str, Any]:
    ax = fig.add_subplot()
    years = sorted({y for y, _, _ in data.points})
    by_design: dict[str, dict[int, int]] = defaultdict(dict)
    for y, d, n in data.points:
        by_design[d][y] = n
    bottom = [0] * len(years)
    heights = {}
    for design in [d for d in DESIGN_ORDER if d in by_design]:
        values = [by_design[design].get(y, 0) for y in years]
        ax.bar(years, values, bottom=bottom, label=design)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        heights[design] = sum(values)
    ax.set(xlabel="publication year", ylabel="records")
    if heights:
        ax.legend()
    return {"heading": "Records per year by design", "total": sum(bottom), "by_design": heights}


def _sizes(fig: Figure, data: PlotData) -> dict[str, Any]:
    ax = fig.add_subplot()
    totals = [(y, n) for y, n, _, _ in data.points if n]
    arms = [(y, n) for y, _, ns, _ in data.points for n in ns if n]
    if totals:
        ax.scatter([y for y, _ in totals], [n for _, n in totals], label="total N", s=40)
    if arms:
        ax.scatter([y for y, _ in arms], [n for _, n in arms], label="per arm", s=12, marker="x")
    ax.set_yscale("log")
    ax.set(xlabel="publication year", ylabel="participants (log scale)")
    if totals or arms:
        ax.legend()
    return {"heading": "Sample sizes by year", "totals": len(totals), "arms": len(arms)}


def _evidence(fig: Figure, data: PlotData) -> dict[str, Any]:
    ax = fig.add_subplot()
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for design, level, n, _ in data.points:
        cells[(design, level)].append(n or 0)
    designs = [d for d in DESIGN_ORDER if any(k[0] == d for k in cells)]
    for (design, level), ns in cells.items():
        x = designs.index(design)
        y = CLASS_ORDER.index(level) if level in CLASS_ORDER else len(CLASS_ORDER)
        ax.scatter([x], [y], s=60 + 10 * len(ns) + sum(ns) ** 0.5 * 5, alpha=0.6)
        ax.annotate(f"{len(ns)} ({sum(ns)} pts)", (x, y), ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(designs)), designs, rotation=20)
    ax.set_yticks(range(len(CLASS_ORDER)), CLASS_ORDER)
    ax.set(xlabel="design", ylabel="class of evidence")
    return {"heading": "Evidence map: design x class (bubble: records and participants)", "cells": {f"{d}|{lv}": len(ns) for (d, lv), ns in cells.items()}}


def _pvalues(fig: Figure, data: PlotData) -> dict[str, Any]:
    """Exact p-values as a histogram; bounds ("p < 0.05") in a strip below, as carets toward where the value lies."""
    exact = [v for v, op, _ in data.points if op in EXACT_OPS]
    bounds = Counter((op, v) for v, op, _ in data.points if op not in EXACT_OPS)
    grid = fig.add_gridspec(2, 1, height_ratios=(3, max(1, min(len(bounds), 8)) * 0.35 + 0.6))
    ax = fig.add_subplot(grid[0])
    strip = fig.add_subplot(grid[1], sharex=ax)
    counts, _, _ = ax.hist(exact, bins=[i / 40 for i in range(41)], color="tab:blue", edgecolor="white", label=f"exact (p = x): {len(exact)}")
    ax.axvline(0.05, color="tab:red", linestyle="--", label="0.05")
    strip.axvline(0.05, color="tab:red", linestyle="--")
    ax.set(ylabel="exact p-values", xlim=(0, 1), ylim=(0, max(1.0, max(counts, default=0) * 1.1)))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelbottom=False)
    ordered = sorted(bounds.items(), key=lambda item: (item[0][0].startswith(">"), item[0][1]))
    for row, ((op, value), n) in enumerate(ordered):
        # A bound is drawn as the interval the value lies in, with a caret at the bound pointing into it, never as a point.
        low, high = (0.0, value) if op.startswith("<") else (value, 1.0)
        strip.barh(row, high - low, left=low, height=0.6, color="tab:orange", alpha=0.3)
        strip.plot([value], [row], marker=BOUND_MARKERS[op], color="tab:orange", markersize=9, linestyle="none")
        strip.annotate(f"p {op.replace('<=', '≤').replace('>=', '≥')} {value:g}: {n}", (value, row), xytext=(8, 0),
                       textcoords="offset points", ha="left", va="center", fontsize=8)
    strip.set_ylim(-0.7, max(len(ordered), 1) - 0.3)
    strip.set_yticks([])
    strip.set(xlabel="reported p-value", ylabel="bounds")
    n_bounds = sum(bounds.values())
    caret = strip.plot([], [], marker="<", color="tab:orange", linestyle="none", label=f"bound (p < x, p > x): {n_bounds}, the value lies in the band")[0]
    handles, labels = ax.get_legend_handles_labels()
    ax.legend([*handles, caret], [*labels, caret.get_label()], loc="upper right")
    groups = {f"{op} {value:g}": n for (op, value), n in ordered}
    heading = f"Reported p-values: {len(exact)} exact, {n_bounds} stated as bounds"
    return {"heading": heading, "exact": len(exact), "bounds": n_bounds, "bound_groups": groups, "binned": int(sum(counts))}


def _forest(fig: Figure, data: PlotData) -> dict[str, Any]:
    """One row per estimate (square sized by random-effects weight, CI line), then the pooled diamond."""
    pooled = data.pooled
    assert pooled is not None  # forest_data always pools
    ratio = pooled.measure in LOG_MEASURES
    back = math.exp if ratio else (lambda x: x)
    z = NormalDist().inv_cdf(1 - (1 - pooled.level / 100) / 2)
    ax = fig.add_subplot()
    k = len(data.points)
    rows = []
    for i, (study, contrast, outcome, timepoint, _measure, yi, vi, _pmid) in enumerate(data.points):
        y = k - i
        se = math.sqrt(vi)
        est, lo, hi = back(yi), back(yi - z * se), back(yi + z * se)
        weight = pooled.weights[i]
        ax.plot([lo, hi], [y, y], color="black", lw=1)
        ax.plot([est], [y], marker="s", color="tab:blue", markersize=4 + 14 * math.sqrt(weight / 100), linestyle="none")
        label = " · ".join(x for x in (study, outcome, contrast, timepoint) if x)
        rows.append({"label": label, "estimate": est, "ci_low": lo, "ci_high": hi, "weight": weight})
    est, lo, hi = pooled.display()
    ax.fill([lo, est, hi, est], [0, 0.3, 0, -0.3], color="tab:red", label=f"random effects ({pooled.method})")
    ax.axvline(1.0 if ratio else 0.0, color="grey", lw=0.8, linestyle=":")
    ax.axvline(est, color="tab:red", lw=0.6, linestyle="--")
    if ratio:
        ax.set_xscale("log")
        _ratio_ticks(ax, [r["ci_low"] for r in rows] + [lo], [r["ci_high"] for r in rows] + [hi])
    ax.set_yticks([k - i for i in range(k)] + [0], [textwrap.shorten(r["label"], 60) for r in rows] + [f"RE model ({pooled.method})"])
    ax.set_ylim(-1, k + 1)
    for i, r in enumerate(rows):
        ax.annotate(f"{r['estimate']:.2f} [{r['ci_low']:.2f}, {r['ci_high']:.2f}]  {r['weight']:.1f}%", (1.01, k - i),
                    xycoords=("axes fraction", "data"), va="center", fontsize=8)
    ax.annotate(f"{pooled.measure} [{pooled.level:g}% CI]  weight", (1.01, k + 0.6), xycoords=("axes fraction", "data"), va="center", fontsize=8,
                weight="bold")
    ax.annotate(f"{est:.2f} [{lo:.2f}, {hi:.2f}]", (1.01, 0), xycoords=("axes fraction", "data"), va="center", fontsize=8, weight="bold")
    scale = f"{pooled.measure} (log scale)" if ratio else pooled.measure or "estimate"
    summary = (f"k = {pooled.k}, tau² = {pooled.tau2:.4g}, I² = {pooled.i2:.1f}%, Q = {pooled.q:.2f} (p = {pooled.q_p:.3g}); "
               f"measure {pooled.measure}, {pooled.level:g}% CI")
    ax.set_xlabel(f"{scale}\n{summary}")
    outcomes = sorted({str(p[2]) for p in data.points})
    heading = f"Forest plot: {textwrap.shorten(' / '.join(outcomes), 80)} ({pooled.measure}, random effects {pooled.method})"
    return {
        "heading": heading, "rows": rows, "measure": pooled.measure, "method": pooled.method, "k": pooled.k,
        "pooled": {"estimate": est, "ci_low": lo, "ci_high": hi, "tau2": pooled.tau2, "i2": pooled.i2, "q": pooled.q},
        "summary": summary,
    }


#: Tick values of a ratio axis, as readers of forest plots expect them (0.5, 1, 2 rather than powers of ten).
RATIO_TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 5, 10, 20, 50, 100)


def _ratio_ticks(ax: Any, lows: list[float], highs: list[float]) -> None:
    left, right = min([*lows, 1.0]) / 1.15, max([*highs, 1.0]) * 1.15
    ticks = [t for t in RATIO_TICKS if left <= t <= right]
    ax.set_xlim(left, right)
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xticks(ticks, [f"{t:g}" for t in ticks])
