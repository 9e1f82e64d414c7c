"""screen, report and plot: the reviewer's side of the database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from trialdb.cli import render
from trialdb.cli.errors import user_errors
from trialdb.cli.options import DbOption, ForceOption, with_filters
from trialdb.db.engine import open_database
from trialdb.db.plot_data import PLOTS, plot_data
from trialdb.db.queries import get_trial
from trialdb.db.report import report_data, report_markdown
from trialdb.db.screening import next_unscreened, record_decisions
from trialdb.db.search import SearchQuery
from trialdb.errors import InputError

#: The file names each report format writes (-o must end so).
REPORT_SUFFIXES: dict[str, tuple[str, ...]] = {"md": (".md", ".markdown"), "json": (".json",)}


def screen(
    pmids: Annotated[Optional[list[str]], typer.Argument(help="PMIDs to decide on.")] = None,
    include: Annotated[bool, typer.Option("--include", help="Include these records.")] = False,
    exclude: Annotated[bool, typer.Option("--exclude", help="Exclude these records (give --reason).")] = False,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why (PRISMA reports exclusions by reason).")] = None,
    next_: Annotated[bool, typer.Option("--next", help="Screen unscreened records one at a time: i/e/s/q.")] = False,
    db: DbOption = None,
) -> None:
    """Record screening decisions; they survive revisions and re-extraction."""
    engine = open_database(db)
    if next_:
        if pmids or include or exclude:
            raise InputError("--next takes no PMIDs and no --include/--exclude; it asks for each record")
        _interactive(engine)
        return
    if include == exclude:
        raise InputError("give --include or --exclude (one of them) with the PMIDs, or use --next")
    decision = "included" if include else "excluded"
    n = record_decisions(engine, pmids or [], decision, reason)
    print(f"{decision.capitalize()} {n} record{'s' if n != 1 else ''}" + (f" ({reason})" if reason else ""))


def _interactive(engine) -> None:  # type: ignore[no-untyped-def]
    console = render.wide_console()
    skipped: list[str] = []
    done = 0
    while (pmid := next_unscreened(engine, skipped)) is not None:
        detail = get_trial(engine, pmid)
        console.rule(f"PMID {pmid}")
        render.print_screening_card(console, detail)
        key = typer.prompt("[i]nclude, [e]xclude, [s]kip, [q]uit", default="s").strip().lower()[:1]
        if key == "q":
            break
        if key == "i":
            record_decisions(engine, [pmid], "included")
            done += 1
        elif key == "e":
            why = typer.prompt("Reason for exclusion").strip()
            record_decisions(engine, [pmid], "excluded", why)
            done += 1
        else:
            skipped.append(pmid)
    print(f"Screened {done} record{'s' if done != 1 else ''}; {len(skipped)} skipped.")


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
    data = report_data(open_database(db))
    with render.atomic_output(output, force) as out:
        out.write(json.dumps(data, indent=2) + "\n" if format == "json" else report_markdown(data))


@with_filters(text_option=True)
def plot(
    kind: Annotated[str, typer.Argument(help="timeline, sizes, evidence or pvalues.")],
    output: Annotated[str, typer.Option("--output", "-o", help="A .png or .svg file.")],
    width: Annotated[int, typer.Option(min=200, max=10000, help="Width in pixels.")] = 1200,
    height: Annotated[int, typer.Option(min=200, max=10000, help="Height in pixels.")] = 800,
    force: ForceOption = False,
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
) -> None:
    """Plot the trials matching the filters: timeline, sizes, evidence map, or p-value distribution."""
    if kind not in PLOTS:
        raise InputError(f"unknown plot {kind!r}; use one of {', '.join(PLOTS)}")
    if Path(output).suffix.lower() not in (".png", ".svg"):
        raise InputError(f"{output}: give a .png or .svg file name")
    render.check_output(output, force)
    data = plot_data(open_database(db), kind, SearchQuery(limit=None, **(filters or {})))

    from trialdb.cli.plots import draw  # matplotlib only for this command

    with render.atomic_path(output, force) as tmp:
        draw(data, tmp, width, height)
    Console(stderr=True).print(f"Wrote {kind} plot of {len(data.points)} points to {output}", markup=False)


def register(app: typer.Typer) -> None:
    """Add screen, report and plot to the trialdb app."""
    app.command("screen")(user_errors(screen))
    app.command("report")(user_errors(report))
    app.command("plot")(user_errors(plot))
