"""The `trialdb` command: ingest, extract, search, show, export, stats."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from trialdb.cli import pubmed_commands, render
from trialdb.cli.errors import user_errors
from trialdb.cli.options import DbOption
from trialdb.cli.progress import progress_bar
from trialdb.db.engine import open_database, resolve_database_url
from trialdb.db.export import CSV_COLUMNS, iter_contract_records, iter_csv_rows
from trialdb.db.queries import get_trial, stats
from trialdb.db.search import SearchQuery
from trialdb.db.search import search as run_search
from trialdb.pipeline import extract_files, ingest_files
from trialdb.pipeline.ingest import count_records

from trialdb import __version__

app = typer.Typer(
    name="trialdb",
    help="A living, queryable database of clinical-trial evidence from PubMed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"


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
) -> None:
    """Read PubMed records, extract their trial facts, and store them (idempotent)."""
    total = count_records(paths)
    engine = open_database(db)
    with progress_bar("ingesting", quiet) as bar:
        bar.set_total(total)
        report = ingest_files(engine, paths, batch_size=batch_size, on_progress=bar.advance, checked=True)
    s = report.stored
    if not quiet:
        print(
            f"Read {report.records} records from {report.files} file{'s' if report.files != 1 else ''}: "
            f"{s.new} new, {s.updated} updated, {s.unchanged} unchanged, {s.deleted} deleted. "
            f"Database: {resolve_database_url(db)}"
        )


@app.command()
@user_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="PubMed XML (.gz allowed), MEDLINE/.nbib, or text (first line title).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format: JSON Lines.")] = ExtractFormat.json,
    provenance: Annotated[bool, typer.Option(help="Add each value's section, sentence and offsets.")] = False,
) -> None:
    """Print the trial facts of each record as JSON Lines; no database needed."""
    for facts in extract_files(paths):
        record = facts.to_contract()
        if provenance:
            record["provenance"] = [p.model_dump() for p in facts.provenance]
            record["extractor_version"] = facts.extractor_version
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _query(text, design, min_n, year_from, year_to, registry, evidence_class, limit, include_retracted) -> SearchQuery:  # type: ignore[no-untyped-def]
    return SearchQuery(
        text=text, design=design, min_n=min_n, year_from=year_from, year_to=year_to, registry=registry,
        evidence_class=evidence_class, limit=limit, include_retracted=include_retracted,
    )


TextArg = Annotated[Optional[str], typer.Argument(help='Full text: words, "phrases", AND/OR/NOT, prefix*.')]
DesignOpt = Annotated[Optional[str], typer.Option("--design", help="rct, non-randomized, single-arm, observational, systematic-review, meta-analysis, other.")]
MinNOpt = Annotated[Optional[int], typer.Option("--min-n", min=0, help="Smallest total sample size.")]
YearFromOpt = Annotated[Optional[int], typer.Option("--year-from", help="First publication year.")]
YearToOpt = Annotated[Optional[int], typer.Option("--year-to", help="Last publication year.")]
RegistryOpt = Annotated[Optional[str], typer.Option("--registry", help="A trial registry ID, e.g. NCT01716481.")]
EvidenceOpt = Annotated[Optional[str], typer.Option("--evidence-class", help="AAN class I, II, III or IV.")]
RetractedOpt = Annotated[bool, typer.Option("--include-retracted", help="Also list retracted records (left out by default).")]


@app.command()
@user_errors
def search(
    text: TextArg = None,
    design: DesignOpt = None,
    min_n: MinNOpt = None,
    year_from: YearFromOpt = None,
    year_to: YearToOpt = None,
    registry: RegistryOpt = None,
    evidence_class: EvidenceOpt = None,
    include_retracted: RetractedOpt = False,
    limit: Annotated[int, typer.Option(min=1, help="Most rows to show.")] = 50,
    format: Annotated[SearchFormat, typer.Option("--format", "-f")] = SearchFormat.table,
    db: DbOption = None,
) -> None:
    """Search the stored trials by full text and extracted facts."""
    engine = open_database(db)
    hits = run_search(engine, _query(text, design, min_n, year_from, year_to, registry, evidence_class, limit, include_retracted))
    if format is SearchFormat.json:
        print(json.dumps([render.hit_dict(h) for h in hits], ensure_ascii=False, indent=2))
    elif format is SearchFormat.csv:
        render.write_csv((render.hit_dict(h) for h in hits), render.HIT_COLUMNS, sys.stdout)
    else:
        render.wide_console().print(render.hits_table(hits))


@app.command()
@user_errors
def show(
    pmid: Annotated[str, typer.Argument(help="The PMID of a stored record.")],
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    db: DbOption = None,
) -> None:
    """Show one trial: every fact with the sentence it came from."""
    detail = get_trial(open_database(db), pmid)
    if format is ShowFormat.json:
        print(json.dumps({"pmid": detail.pmid, "citation": detail.citation, "facts": detail.facts,
                          "extractor_version": detail.extractor_version, "provenance": detail.provenance},
                         ensure_ascii=False, indent=2))
    else:
        render.print_detail(render.wide_console(), detail)


@app.command()
@user_errors
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv: one row per trial; json: the contract, as an array.")] = ExportFormat.csv,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="File to write ('-' for stdout).")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="Full-text filter, as in search.")] = None,
    design: DesignOpt = None,
    min_n: MinNOpt = None,
    year_from: YearFromOpt = None,
    year_to: YearToOpt = None,
    registry: RegistryOpt = None,
    evidence_class: EvidenceOpt = None,
    include_retracted: RetractedOpt = False,
    db: DbOption = None,
) -> None:
    """Export the stored trials (all, or those matching the filters)."""
    engine = open_database(db)
    query = _query(text, design, min_n, year_from, year_to, registry, evidence_class, None, include_retracted)
    with render.atomic_output(output) as out:
        if format is ExportFormat.csv:
            n = render.write_csv(iter_csv_rows(engine, query), CSV_COLUMNS, out)
        else:
            n = render.write_json_array(iter_contract_records(engine, query), out)
    if output not in (None, "-"):
        print(f"Wrote {n} trial{'s' if n != 1 else ''} to {output}", file=sys.stderr)


@app.command("stats")
@user_errors
def stats_command(
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.text,
    db: DbOption = None,
) -> None:
    """Count the stored records by design, year and evidence class."""
    s = stats(open_database(db))
    if format is ShowFormat.json:
        print(json.dumps(s.__dict__, indent=2))
    else:
        render.print_stats(render.wide_console(), s)


pubmed_commands.register(app)


def main() -> None:
    """Run the trialdb command line."""
    app()
