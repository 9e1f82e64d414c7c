"""The `trialdb` command: ingest, extract, search, show, export, stats."""

from __future__ import annotations

import gc
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from trialdb import __version__
from trialdb.cli import db_commands, extraction_commands, pubmed_commands, query_commands, render, review_commands
from trialdb.cli.errors import user_errors
from trialdb.cli.executors import Executor, ExecutorOption, SchedulerOption, WorkersOption, extraction_stages
from trialdb.cli.extract_warnings import print_warnings
from trialdb.cli.options import DbOption
from trialdb.cli.progress import progress_bar
from trialdb.db.duplicates import describe_groups, duplicate_groups, new_groups
from trialdb.db.engine import display_url, open_database, resolve_database_url
from trialdb.db.queries import get_trial, stats
from trialdb.extract import new_extractor
from trialdb.pipeline.extract_files import extract_files
from trialdb.pipeline.ingest import count_records
from trialdb.pipeline.runs import import_files

app = typer.Typer(
    name="trialdb",
    help="A living, queryable database of clinical-trial evidence from PubMed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



class ShowFormat(str, Enum):
    text = "text"
    json = "json"


class ExtractFormat(str, Enum):
    json = "json"


def _version(value: bool) -> None:
    if value:
        print(f"trialdb {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """A living, queryable database of clinical-trial evidence from PubMed."""


@app.command()
@user_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PubMed XML files (efetch, baseline, update; .gz allowed) or MEDLINE (.nbib).")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Records per transaction.")] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    workers: WorkersOption = None,
    executor: ExecutorOption = Executor.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Read PubMed records, extract their trial facts, and store them (idempotent); the run is logged."""
    with extraction_stages(workers, executor, scheduler) as stages:
        total = count_records(paths, stages)  # a bad file is refused before the database is opened (or made)
        engine = open_database(db, create=True)
        duplicates_before = [] if quiet else duplicate_groups(engine)
        with progress_bar("ingesting", quiet) as bar:
            report = import_files(
                engine, paths, batch_size=batch_size, stages=stages, on_total=bar.set_total, on_progress=bar.advance, kind="ingest", total=total,
            )
    s = report.stored
    if not quiet:
        found = new_groups(duplicates_before, duplicate_groups(engine))
        print(
            f"Read {report.read} records from {len(paths)} file{'s' if len(paths) != 1 else ''}: "
            f"{s.new} new, {s.updated} updated, {s.unchanged} unchanged, {s.deleted} deleted. "
            + (f"{len(found)} new duplicate group{'s' if len(found) != 1 else ''} across PMIDs (same DOI, or title, first author and year): "
               f"{describe_groups(found)} (trialdb stats lists them). " if found else "")
            + f"Database: {display_url(resolve_database_url(db))}"
        )


@app.command()
@user_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="PubMed XML (.gz allowed), MEDLINE/.nbib, or text (first line title).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format: JSON Lines.")] = ExtractFormat.json,
    provenance: Annotated[bool, typer.Option(help="Add each value's section, sentence and offsets.")] = False,
) -> None:
    """Print the trial facts of each record as JSON Lines; no database needed."""
    extractor = new_extractor()
    for facts in extract_files(paths, extractor):
        record = facts.to_contract()
        if provenance:
            record["provenance"] = [p.model_dump() for p in facts.provenance]
            record["extractor_version"] = facts.extractor_version
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        print_warnings(extractor.warnings)


@app.command()
@user_errors
def show(
    pmid: Annotated[str, typer.Argument(help="The PMID of a stored record.")],
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    db: DbOption = None,
) -> None:
    """Show one trial: every fact with the sentence it came from."""
    detail = get_trial(open_database(db, create=False), pmid)
    if format is ShowFormat.json:
        print(json.dumps({"pmid": detail.pmid, "citation": detail.citation, "facts": detail.facts,
                          "extractor_version": detail.extractor_version, "provenance": detail.provenance,
                          "screening": detail.screening},
                         ensure_ascii=False, indent=2))
    else:
        render.print_detail(render.wide_console(), detail)


@app.command("stats")
@user_errors
def stats_command(
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    db: DbOption = None,
) -> None:
    """Count the stored records by design, year and evidence class."""
    s = stats(open_database(db, create=False))
    if format is ShowFormat.json:
        print(json.dumps(s.__dict__, indent=2))
    else:
        render.print_stats(render.wide_console(), s)


pubmed_commands.register(app)
query_commands.register(app)
review_commands.register(app)
extraction_commands.register(app)
db_commands.register(app)


#: click's UsageError, the base of every command-line mistake (typer >= 0.24 vendors click, so it is found, not imported).
_USAGE_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def main() -> None:
    """Run the trialdb command line."""
    # The imported libraries (spaCy, SQLAlchemy, ...) are a large, long-lived object graph: keep the
    # cyclic garbage collector from walking it again and again during a command.
    gc.freeze()
    try:
        code = app(standalone_mode=False)
    except _USAGE_ERROR as exc:  # a mistyped option or value: one line, exit 2, not click's boxed block
        if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:
            print(exc.ctx.get_help())
            sys.exit(0)
        where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        message = " ".join(exc.format_message().split())
        print(f"trialdb: error: {message}{where}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        print("trialdb: error: interrupted", file=sys.stderr)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
