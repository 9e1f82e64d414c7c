"""search and export: the same filters, to the terminal or to a file."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from trialdb.cli import render
from trialdb.cli.errors import user_errors
from trialdb.cli.options import DbOption, ForceOption, SortOpt, with_filters
from trialdb.db.engine import open_database
from trialdb.db.screening import SCREENING_COLUMNS, iter_screening_rows
from trialdb.db.search import SearchQuery, count_matches, ranking_note
from trialdb.db.search import search as run_search
from trialdb.errors import InputError
from trialdb.export.citations import iter_bibtex, iter_ris
from trialdb.export.meta import META_COLUMNS, iter_meta_rows
from trialdb.export.rows import CSV_COLUMNS, iter_contract_records, iter_csv_rows


class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    ids = "ids"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    meta = "meta"
    ris = "ris"
    bibtex = "bibtex"
    screening = "screening"


#: The file names each export format writes (-o must end so: a .csv file never holds a workbook).
EXPORT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "csv": (".csv",), "meta": (".csv",), "json": (".json",), "xlsx": (".xlsx",), "ris": (".ris",), "bibtex": (".bib",),
    "screening": (".csv",),
}


#: Rows of the search table when no --limit is given.
TABLE_PAGE = 50


@with_filters(text_option=False)
def search(
    text: Annotated[
        Optional[list[str]],
        typer.Argument(help='Full text: words (all of them, as a search box does; no quotes needed), "phrases", AND/OR/NOT, prefix*.'),
    ] = None,
    sort: SortOpt = None,
    limit: Annotated[
        Optional[int], typer.Option(min=1, help="Most rows to show (default: 50 in the table, every match with --format csv, json or ids).")
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Rows to skip (for paging).")] = 0,
    format: Annotated[SearchFormat, typer.Option("--format", "-f")] = SearchFormat.table,
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
) -> None:
    """Search the stored trials by full text and extracted facts."""
    if limit is None and format is SearchFormat.table:
        limit = TABLE_PAGE
    query = SearchQuery(text=" ".join(text) if text else None, sort=sort, limit=limit, offset=offset, **(filters or {}))
    engine = open_database(db, create=False)
    hits = run_search(engine, query)
    if format is SearchFormat.json:
        print(json.dumps([render.hit_dict(h) for h in hits], ensure_ascii=False, indent=2))
    elif format is SearchFormat.csv:
        render.write_csv((render.hit_dict(h) for h in hits), render.HIT_COLUMNS, sys.stdout)
    elif format is SearchFormat.ids:
        sys.stdout.write("".join(f"{h.pmid}\n" for h in hits))
    else:
        matched = len(hits) if offset == 0 and len(hits) < (limit or 0) else count_matches(engine, query)
        render.wide_console().print(render.hits_table(hits, matched, offset))
        note = ranking_note(engine, query)
        if note:
            print(f"Note: {note}", file=sys.stderr)


@with_filters(text_option=True)
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, json (the contract), xlsx (a sheet per table), meta (metafor), ris, bibtex, screening.")
    ] = ExportFormat.csv,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="File to write, named for its format (.csv, .json, .xlsx, .ris, .bib); '-' for stdout.")
    ] = None,
    force: ForceOption = False,
    sort: SortOpt = None,
    db: DbOption = None,
    filters: dict[str, Any] | None = None,
) -> None:
    """Export the stored trials (all, or those matching the same filters as search)."""
    if format is ExportFormat.xlsx and output in (None, "-"):
        raise InputError("xlsx needs a file: add -o trials.xlsx")
    render.check_suffix(output, format.value, EXPORT_SUFFIXES)
    render.check_output(output, force)
    engine = open_database(db, create=False)
    query = SearchQuery(sort=sort, limit=None, **(filters or {}))
    if format is ExportFormat.xlsx:
        from trialdb.export.xlsx import write_workbook  # openpyxl only for xlsx

        with render.atomic_path(output, force) as tmp:
            n = write_workbook(engine, query, tmp)
    else:
        with render.atomic_output(output, force) as out:
            if format is ExportFormat.csv:
                n = render.write_csv(iter_csv_rows(engine, query), CSV_COLUMNS, out)
            elif format is ExportFormat.meta:
                n = render.write_csv(iter_meta_rows(engine, query), META_COLUMNS, out)
            elif format is ExportFormat.screening:
                n = render.write_csv(iter_screening_rows(engine, query), SCREENING_COLUMNS, out)
            elif format is ExportFormat.json:
                n = render.write_json_array(iter_contract_records(engine, query), out)
            else:
                n = 0
                for record in iter_ris(engine, query) if format is ExportFormat.ris else iter_bibtex(engine, query):
                    out.write(record + ("\n" if format is ExportFormat.bibtex else ""))
                    n += 1
    if output not in (None, "-"):
        noun = "decision" if format is ExportFormat.screening else "trial"
        unit = "rows" if format is ExportFormat.meta else noun if n == 1 else f"{noun}s"
        print(f"Wrote {n} {unit} to {output}", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add search and export to the trialdb app."""
    app.command("search")(user_errors(search))
    app.command("export")(user_errors(export))



