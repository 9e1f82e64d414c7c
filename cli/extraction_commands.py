"""evaluate and reextract: measuring the extractor and bringing stored facts up to its version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from trialdb.cli import render
from trialdb.cli.errors import user_errors
from trialdb.cli.executors import WorkersOption, extraction_stages
from trialdb.cli.options import DbOption, QuietOption
from trialdb.cli.progress import progress_bar
from trialdb.cli.render import Table
from trialdb.db.engine import open_database
from trialdb.errors import InputError
from trialdb.pipeline.evaluate import evaluate as run_evaluate
from trialdb.pipeline.reextract import count_stale
from trialdb.pipeline.reextract import reextract as run_reextract


def _fmt(v: float | None) -> str:
    return "" if v is None else f"{v:.3f}"


def evaluate(
    directory: Annotated[Path, typer.Argument(help="A folder of gold files (*.json: pmid, source, gold).")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Score the extractor against hand-made gold annotations, field by field."""
    if format not in ("table", "json"):
        raise InputError(f"unknown format {format!r}; use table or json")
    score = run_evaluate(directory)
    if format == "json":
        print(json.dumps(score.as_dict(), indent=2))
        return
    table = Table(title=f"Extraction against {score.records} gold records")
    for col in ("field", "precision", "recall", "F1", "accuracy", "counts"):
        table.add_column(col, justify="left" if col in ("field", "counts") else "right")
    for f in score.fields.values():
        counts = f"tp {f.tp}  fp {f.fp}  fn {f.fn}" if f.kind == "prf" else f"{f.correct}/{f.total}"
        table.add_row(f.name, _fmt(f.precision), _fmt(f.recall), _fmt(f.f1), _fmt(f.accuracy), counts)
    console = render.wide_console()
    console.print(table)
    rate = score.non_rct_as_rct_rate
    console.print(f"non-RCTs called RCT: {score.non_rct_called_rct}/{score.non_rct_total}" + (f" ({rate:.1%})" if rate is not None else ""))
    console.print(f"macro: {_fmt(score.macro)}")


def reextract(
    all_: Annotated[bool, typer.Option("--all", help="Re-extract every record, whatever its version.")] = False,
    older_than: Annotated[Optional[str], typer.Option("--older-than", help="Only records extracted by a version before this.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Records per transaction.")] = 200,
    quiet: QuietOption = False,
    db: DbOption = None,
    workers: WorkersOption = None,
) -> None:
    """Re-run extraction on stored records from their raw form, without refetching."""
    if all_ and older_than:
        raise InputError("give --all or --older-than, not both")
    engine = open_database(db, create=False)
    with extraction_stages(workers) as stages, progress_bar("re-extracting", quiet) as bar:
        bar.set_total(count_stale(engine, older_than, all_))
        result = run_reextract(engine, older_than=older_than, everything=all_, batch_size=batch_size, stages=stages, on_progress=bar.advance)
    if not quiet:
        skipped = (
            f", {result.skipped} skipped: {'its stored record' if result.skipped == 1 else 'their stored records'} could not be read"
            if result.skipped else ""
        )
        print(f"Re-extracted {result.updated} records ({result.unchanged} already current{skipped}).")


def register(app: typer.Typer) -> None:
    """Add evaluate and reextract to the trialdb app."""
    app.command("evaluate")(user_errors(evaluate))
    app.command("reextract")(user_errors(reextract))
