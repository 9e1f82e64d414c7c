"""screen, report and plot: the reviewer's side of the database."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from trialdb.cli import render, screening
from trialdb.cli.errors import user_errors
from trialdb.cli.options import DbOption, ForceOption, with_filters
from trialdb.cli.screening import ENV_REVIEWER
from trialdb.db.agreement import agreement
from trialdb.db.engine import open_database
from trialdb.db.screening import conflicts, record_decisions
from trialdb.db.search import SearchQuery
from trialdb.errors import InputError
from trialdb.export.plot_data import PLOTS, plot_data
from trialdb.export.pooling import METHODS
from trialdb.export.report import report_data, report_markdown

#: The file names each report format writes (-o must end so).
REPORT_SUFFIXES: dict[str, tuple[str, ...]] = {"md": (".md", ".markdown"), "json": (".json",)}


@with_filters(text_option=True)
def screen(
    pmids: Annotated[Optional[list[str]], typer.Argument(help="PMIDs to decide on.")] = None,
    include: Annotated[bool, typer.Option("--include", help="Include these records.")] = False,
    exclude: Annotated[bool, typer.Option("--exclude", help="Exclude these records (give --reason).")] = False,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why (PRISMA reports exclusions by reason).")] = None,
    reviewer: Annotated[
        Optional[str], typer.Option("--reviewer", help=f"Who decides (default: ${ENV_REVIEWER}, else your OS user name).")
    ] = None,
    next_: Annotated[
        bool, typer.Option("--next", help="Screen the records you have not decided on, one at a time (i/e/s/q); takes the search filters.")
    ] = False,
    order: Annotated[
        str, typer.Option("--order", help="For --next: newest (first), or relevance: most likely included first, by a model of your decisions.")
    ] = "newest",
    conflicts_: Annotated[bool, typer.Option("--conflicts", help="List the records where reviewers disagree.")] = False,
    agreement_: Annotated[bool, typer.Option("--agreement", help="Cohen's kappa between two reviewers.")] = False,
    reviewers: Annotated[
        Optional[str], typer.Option("--reviewers", help="The two reviewers --agreement compares, A,B (default: the two who screened most).")
    ] = None,
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
) -> None:
    """Record screening decisions by reviewer (they survive revisions and re-extraction); list conflicts; measure agreement."""
    modes = [name for name, on in (("--next", next_), ("--conflicts", conflicts_), ("--agreement", agreement_)) if on]
    if len(modes) > 1:
        raise InputError(f"give one of {', '.join(modes)}, not several")
    mode = modes[0] if modes else None
    if mode and (pmids or include or exclude or reason):
        ask = "it asks for each record" if mode == "--next" else "it reads the decisions already made"
        raise InputError(f"{mode} takes no PMIDs and no --include/--exclude/--reason; {ask}")
    chosen = {k: v for k, v in (filters or {}).items() if v not in (None, False)}
    if chosen and mode != "--next":
        raise InputError(f"--{next(iter(chosen)).replace('_', '-')} chooses the records of --next; add --next, or give PMIDs alone")
    if order != "newest" and mode != "--next":
        raise InputError("--order is for --next (the order records are shown in)")
    if reviewers is not None and mode != "--agreement":
        raise InputError("--reviewers A,B is for --agreement; a decision takes --reviewer NAME")
    if reviewer is not None and mode in ("--conflicts", "--agreement"):
        raise InputError(f"{mode} reads every reviewer's decisions; --reviewer is for recording them" +
                         ("" if mode == "--conflicts" else " (compare two with --reviewers A,B)"))
    if mode == "--conflicts":
        sys.stdout.write(screening.conflicts_text(conflicts(open_database(db, create=False))))
        return
    if mode == "--agreement":
        pair = screening.parse_reviewers(reviewers) if reviewers is not None else None
        sys.stdout.write(screening.agreement_text(agreement(open_database(db, create=False), pair)))
        return
    if mode is None and include == exclude:
        raise InputError("give --include or --exclude (one of them) with the PMIDs, or use --next")
    query = SearchQuery(limit=None, **chosen) if mode else None
    who, note = screening.resolve_reviewer(reviewer, os.environ)
    engine = open_database(db, create=False)
    if note:
        print(f"Note: {note}", file=sys.stderr)
    if query is not None:
        if order == "relevance":
            from trialdb.db.relevance import relevance_note

            if waiting := relevance_note(engine, who):
                print(f"Note: {waiting}", file=sys.stderr)
        screening.run_session(engine, query, who, order)
        return
    decision = "included" if include else "excluded"
    n = record_decisions(engine, pmids or [], decision, reason, reviewer=who)
    print(f"{decision.capitalize()} {n} record{'s' if n != 1 else ''}" + (f" ({reason})" if reason else ""))


def report(
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="A .md or .json file to write ('-' for stdout).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json")] = "md",
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Write the PRISMA-S search record and the PRISMA 2020 flow counts."""
    if format not in REPORT_SUFFIXES:
        raise InputError(f"unknown format {format!r}; use md or json")
    render.check_suffix(output, format, REPORT_SUFFIXES)
    render.check_output(output, force)
    data = report_data(open_database(db, create=False))
    with render.atomic_output(output, force) as out:
        out.write(json.dumps(data, indent=2) + "\n" if format == "json" else report_markdown(data))


@with_filters(text_option=True)
def plot(
    kind: Annotated[str, typer.Argument(help="timeline, sizes, evidence, pvalues or forest (forest needs --outcome TEXT).")],
    output: Annotated[str, typer.Option("--output", "-o", help="A .png or .svg file.")],
    width: Annotated[int, typer.Option(min=200, max=10000, help="Width in pixels.")] = 1200,
    height: Annotated[int, typer.Option(min=200, max=10000, help="Height in pixels.")] = 800,
    measure: Annotated[
        Optional[str], typer.Option("--measure", help="forest: the measure to pool (OR, RR, HR, MD...; default: the most common).")
    ] = None,
    method: Annotated[str, typer.Option("--method", help="forest: how tau^2 is estimated, REML (metafor's default) or DL.")] = "REML",
    force: ForceOption = False,
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
) -> None:
    """Plot the trials matching the filters: timeline, sizes, evidence map, p-value distribution, or a forest plot of one outcome."""
    if kind not in PLOTS:
        raise InputError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")
    if kind != "forest" and (measure is not None or method != "REML"):
        raise InputError(f"{'--measure' if measure is not None else '--method'} is for plot forest (the meta-analysis of one outcome)")
    if method not in METHODS:
        raise InputError(f"unknown --method {method!r}; use REML or DL")
    if Path(output).suffix.lower() not in (".png", ".svg"):
        raise InputError(f"{output}: give a .png or .svg file name")
    render.check_output(output, force)
    data = plot_data(open_database(db, create=False), kind, SearchQuery(limit=None, **(filters or {})), measure, method)

    from trialdb.cli.plots import draw  # matplotlib only for this command

    with render.atomic_path(output, force) as tmp:
        drawn = draw(data, tmp, width, height)
    err = Console(stderr=True, soft_wrap=True)
    for note in data.notes:
        err.print(f"Note: {note}", markup=False)
    if kind == "forest":
        p = drawn["pooled"]
        err.print(f"Pooled {drawn['measure']} {p['estimate']:.3g} [{p['ci_low']:.3g}, {p['ci_high']:.3g}] ({drawn['summary']})", markup=False)
    err.print(f"Wrote {kind} plot of {len(data.points)} points ({data.caption()}) to {output}", markup=False)


def register(app: typer.Typer) -> None:
    """Add screen, report and plot to the trialdb app."""
    app.command("screen")(user_errors(screen))
    app.command("report")(user_errors(report))
    app.command("plot")(user_errors(plot))
