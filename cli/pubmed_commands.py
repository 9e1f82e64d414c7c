"""Commands that bring records in from PubMed or PubMed's files: fetch, searches, update, log, import."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.text import Text

from trialdb.cli import render
from trialdb.cli.errors import user_errors
from trialdb.cli.executors import Executor, ExecutorOption, SchedulerOption, WorkersOption, extraction_stages
from trialdb.cli.extract_warnings import warning_extractor
from trialdb.cli.options import DbOption, QuietOption
from trialdb.cli.progress import progress_bar
from trialdb.cli.render import Table
from trialdb.db.engine import open_database
from trialdb.db.runs import FILE_KINDS, add_saved_search, get_saved_search, list_runs, list_saved_searches, remove_saved_search
from trialdb.errors import InputError
from trialdb.fetch.eutils import ENV_EMAIL, EutilsClient, EutilsConfig
from trialdb.pipeline.ingest import count_records
from trialdb.pipeline.runs import RunReport, fetch_by_pmid, fetch_query, import_files, update_searches

NCBI_NOTE = (
    "Records come from NCBI's E-utilities. Use them under NCBI's usage policy and disclaimer "
    "(https://www.ncbi.nlm.nih.gov/home/about/policies/ and https://www.ncbi.nlm.nih.gov/books/NBK25497/): "
    "at most 3 requests/s, 10/s with NCBI_API_KEY; set TRIALDB_EMAIL so NCBI can reach you; run large jobs "
    "on weekends or between 9 pm and 5 am US Eastern time. NCBI does not endorse trialdb."
)

searches_app = typer.Typer(help="Saved PubMed searches, kept up to date by 'trialdb update'.", no_args_is_help=True)

RetriesOption = Annotated[int, typer.Option("--retries", min=1, max=20, help="Attempts per request before giving up.")]
BatchOption = Annotated[Optional[int], typer.Option("--batch-size", min=1, max=10000, help="Records per efetch request.")]


def _client(retries: int, quiet: bool) -> EutilsClient:
    config = EutilsConfig.from_env(max_attempts=retries)
    if not config.email and not quiet:
        print(
            f"trialdb: note: ${ENV_EMAIL} is not set; NCBI asks every tool to send an e-mail address "
            "so it can reach you before blocking traffic (export TRIALDB_EMAIL=you@example.org)",
            file=sys.stderr,
        )
    return EutilsClient(config)


def _summary(r: RunReport) -> str:
    c = r.counts()
    head = f"Run {r.run_id} ({r.kind}{' ' + r.saved_search if r.saved_search else ''}): "
    return (
        head + f"{c['found']} records found, {c['new']} new, {c['revised']} revised, {c['unchanged']} unchanged, "
        f"{c['deleted']} deleted, {c['failed']} failed."
        + (f"\nPubMed's translation: {r.query_translation}" if r.query_translation else "")
    )


def fetch(
    query: Annotated[Optional[str], typer.Argument(help="A PubMed query, as typed in PubMed's search box.")] = None,
    pmid: Annotated[Optional[list[str]], typer.Option("--pmid", help="A PMID to fetch (repeatable).")] = None,
    pmid_file: Annotated[Optional[Path], typer.Option("--pmid-file", help="A file of PMIDs, one per line.")] = None,
    batch_size: BatchOption = None,
    retries: RetriesOption = 6,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Search PubMed (or take PMIDs), fetch the records, extract and store them; the run is logged."""
    pmids = list(pmid or [])
    if pmid_file is not None:
        try:
            lines = pmid_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"{pmid_file}: cannot be read ({exc.strerror}); give a file with one PMID per line") from None
        pmids += [ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()]
    if bool(query) == bool(pmids):
        raise InputError("give either a PubMed query or --pmid/--pmid-file, not both and not neither")
    engine = open_database(db, create=True)
    with warning_extractor() as extractor, _client(retries, quiet) as client, progress_bar("fetching", quiet) as bar:
        if query:
            report = fetch_query(engine, client, query, batch_size=batch_size, extractor=extractor, on_total=bar.set_total, on_progress=bar.advance)
        else:
            report = fetch_by_pmid(engine, client, pmids, extractor=extractor, on_total=bar.set_total, on_progress=bar.advance)
    if not quiet:
        print(_summary(report))


fetch.__doc__ = f"{fetch.__doc__}\n\n{NCBI_NOTE}"


@searches_app.command("add")
@user_errors
def searches_add(
    name: Annotated[str, typer.Argument(help="A short name, e.g. msc-stroke.")],
    query: Annotated[str, typer.Argument(help="The PubMed query.")],
    db: DbOption = None,
) -> None:
    """Save a PubMed query under a name; 'trialdb update' fetches what is new for it."""
    # Run before the first update, so it may make the database.
    s = add_saved_search(open_database(db, create=True), name, query)
    print(f"Saved search {s.name!r}: {s.query}")


@searches_app.command("list")
@user_errors
def searches_list(db: DbOption = None) -> None:
    """List the saved searches and when each was last brought up to date."""
    table = Table(title="Saved searches")
    for col in ("name", "last complete update", "query"):
        table.add_column(col, overflow="fold")
    for s in list_saved_searches(open_database(db, create=False)):
        # Text, not markup: rich would take "[tiab]" for a style and drop it.
        table.add_row(Text(s.name), s.last_success_at or "never", Text(s.query))
    render.wide_console().print(table)


@searches_app.command("show")
@user_errors
def searches_show(name: str, db: DbOption = None) -> None:
    """Show one saved search."""
    s = get_saved_search(open_database(db, create=False), name)
    print(json.dumps(s.__dict__, indent=2))


@searches_app.command("remove")
@user_errors
def searches_remove(name: str, db: DbOption = None) -> None:
    """Remove a saved search (its records and run log stay)."""
    remove_saved_search(open_database(db, create=False), name)
    print(f"Removed saved search {name!r}")


def update(
    name: Annotated[Optional[list[str]], typer.Argument(help="Saved searches to update (default: all).")] = None,
    batch_size: BatchOption = None,
    retries: RetriesOption = 6,
    quiet: QuietOption = False,
    db: DbOption = None,
    workers: WorkersOption = None,
) -> None:
    """Fetch what is new or revised since each saved search's last complete run (for cron).

    Exit codes: 0 done, 2 bad input, 3 unknown saved search, 4 network failure (rerun later: nothing is
    lost), 5 database error, 6 another update is running, 7 a worker process died (--workers), 130 interrupted
    (Ctrl-C), 143 stopped by SIGTERM (either way the run is logged as interrupted and a rerun finishes it).
    """
    engine = open_database(db, create=True)
    with extraction_stages(workers) as stages, _client(retries, quiet) as client, progress_bar("updating", quiet) as bar:
        reports = update_searches(
            engine, client, name or (), batch_size=batch_size, stages=stages, on_total=bar.set_total, on_progress=bar.advance
        )
    if not quiet:
        print("\n".join(_summary(r) for r in reports))


def log(
    limit: Annotated[Optional[int], typer.Option(min=1, help="Most recent runs to show.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    db: DbOption = None,
) -> None:
    """Show every run (PRISMA-S): when, the query as typed and PubMed's translation (or the files read), counts, versions."""
    if format not in ("table", "json"):
        raise InputError(f"unknown format {format!r}; use table or json")
    runs = list_runs(open_database(db, create=False), limit)
    if format == "json":
        print(json.dumps(runs, indent=2, ensure_ascii=False))
        return
    table = Table(title="Runs", show_lines=True)
    for col in ("run", "started (UTC)", "status"):
        table.add_column(col, no_wrap=True)
    table.add_column("kind", overflow="fold", max_width=12)
    for col in ("records", "versions"):
        table.add_column(col, overflow="fold", max_width=16)
    table.add_column("query or files", overflow="fold", ratio=1, min_width=30)
    for r in runs:
        # One count, one version a line: the query and PubMed's translation keep most of the width.
        counts = "\n".join(f"{k} {r[k]}" for k in ("found", "new", "revised", "unchanged", "deleted", "failed"))
        table.add_row(
            str(r["id"]), r["started_at"].replace("T", " ").removesuffix("+00:00"), r["status"],
            Text(r["kind"] + (f" {r['saved_search']}" if r["saved_search"] else "")), counts,
            f"trialdb {r['trialdb_version']}\nextractor {r['extractor_version']}", _what_was_run(r),
        )
    render.wide_console().print(table)


def _what_was_run(run: dict[str, Any]) -> Text:
    """Return a run's query as typed and PubMed's translation, or the files it read, each labelled (as plain text, not markup)."""
    if run["files"] is not None:
        return Text("\n".join(["files:", *run["files"]]))
    if run["kind"] in FILE_KINDS:
        return Text(f"files: {run['query'] or ''}")  # logged by an earlier trialdb: shown as stored
    lines = [f"as typed: {run['query'] or ''}"]
    if run["query_translation"]:
        lines.append(f"PubMed's translation: {run['query_translation']}")
    return Text("\n".join(lines))


def import_(
    paths: Annotated[list[Path], typer.Argument(help="MEDLINE/.nbib files, PubMed baseline or update files (.xml.gz).")],
    batch_size: Annotated[int, typer.Option(min=1, help="Records per transaction.")] = 200,
    quiet: QuietOption = False,
    db: DbOption = None,
    workers: WorkersOption = None,
    executor: ExecutorOption = Executor.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Import PubMed's offline files in the order given: later versions replace earlier ones, deletions apply."""
    with extraction_stages(workers, executor, scheduler) as stages:
        total = count_records(paths, stages)  # a bad file is refused before the database is opened (or made)
        engine = open_database(db, create=True)
        with progress_bar("importing", quiet) as bar:
            report = import_files(
                engine, paths, batch_size=batch_size, stages=stages, on_total=bar.set_total, on_progress=bar.advance, total=total
            )
    if not quiet:
        print(_summary(report))


def register(app: typer.Typer) -> None:
    """Add these commands to the trialdb app."""
    app.command("fetch", help=fetch.__doc__)(user_errors(fetch))
    app.add_typer(searches_app, name="searches")
    app.command("update")(user_errors(update))
    app.command("log")(user_errors(log))
    app.command("import")(user_errors(import_))
