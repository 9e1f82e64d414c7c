"""Drawing the plots with matplotlib (Agg, no display) to PNG or SVG."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from trialdb.errors import InputError  # noqa: E402
from trialdb.export.plot_data import PlotData  # noqa: E402

DPI = 100
DESIGN_ORDER = ("rct", "non-randomized", "single-arm", "observational", "systematic-review", "meta-analysis", "other")
CLASS_ORDER = ("I", "II", "III", "IV", "not stated")


def draw(data: PlotData, path: Path, width: int = 1200, height: int = 800) -> dict[str, Any]:
    """Draw ``data`` to ``path`` (.png or .svg) at width x height pixels; return what was drawn."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise InputError(f"{path}: give a .png or .svg file name")
    if not path.parent.exists():
        raise InputError(f"{path.parent}: no such folder; create it or choose another -o")
    fig, ax = plt.subplots(figsize=(width / DPI, height / DPI), dpi=DPI)
    try:
        drawn = {"timeline": _timeline, "sizes": _sizes, "evidence": _evidence, "pvalues": _pvalues}[data.kind](ax, data)
        fig.tight_layout()
        fig.savefig(path, dpi=DPI, format=path.suffix.lower().lstrip("."))
    finally:
        plt.close(fig)
    return drawn


def _timeline(ax, data: PlotData) -> dict[str, Any]:  # type: ignore[no-untyped-def]
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
    ax.set(xlabel="publication year", ylabel="records", title="Records per year by design")
    if heights:
        ax.legend()
    return {"total": sum(bottom), "by_design": heights}


def _sizes(ax, data: PlotData) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    totals = [(y, n) for y, n, _, _ in data.points if n]
    arms = [(y, n) for y, _, ns, _ in data.points for n in ns if n]
    if totals:
        ax.scatter([y for y, _ in totals], [n for _, n in totals], label="total N", s=40)
    if arms:
        ax.scatter([y for y, _ in arms], [n for _, n in arms], label="per arm", s=12, marker="x")
    ax.set_yscale("log")
    ax.set(xlabel="publication year", ylabel="participants (log scale)", title="Sample sizes by year")
    if totals or arms:
        ax.legend()
    return {"totals": len(totals), "arms": len(arms)}


def _evidence(ax, data: PlotData) -> dict[str, Any]:  # type: ignore[no-untyped-def]
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
    ax.set(xlabel="design", ylabel="class of evidence", title="Evidence map: design x class (bubble: records and participants)")
    return {"cells": {f"{d}|{lv}": len(ns) for (d, lv), ns in cells.items()}}


def _pvalues(ax, data: PlotData) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    values = [v for v, _, _ in data.points]
    bins = [i / 40 for i in range(41)]
    counts, _, _ = ax.hist(values, bins=bins, color="tab:blue", edgecolor="white")
    ax.axvline(0.05, color="tab:red", linestyle="--", label="p = 0.05")
    ax.set(xlabel="reported p-value (thresholds such as p < 0.05 at their bound)", ylabel="p-values", title="Reported p-values")
    ax.legend()
    return {"values": len(values), "binned": int(sum(counts))}
