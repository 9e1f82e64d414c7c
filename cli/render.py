"""Rendering for the terminal (rich) and for files (CSV, JSON)."""

from __future__ import annotations

import csv
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.table import Table as _RichTable
from rich.text import Text

from trialdb.db.queries import Stats, TrialDetail
from trialdb.db.screening import UNRECORDED
from trialdb.db.search import SearchHit
from trialdb.errors import DatabaseError, InputError
from trialdb.export.cells import safe_cell

#: Duplicate groups listed by `stats` (the JSON form lists them all).
DUPLICATES_SHOWN = 20

HIT_COLUMNS = ("pmid", "year", "study_type", "total_n", "blinding", "evidence_level", "registry_ids", "journal", "title")


class Table(_RichTable):
    """A rich Table whose text cells are plain text: "[tiab]" or "[in German]" in a title is not markup."""

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:
        """Add a row, each str cell as a Text (no markup, no [style] tags read)."""
        super().add_row(*(Text(r) if isinstance(r, str) else r for r in renderables), **kwargs)



def wide_console() -> Console:
    """Return a Console for stdout; when piped (no terminal width to honour), a wide one."""
    console = Console()
    return console if console.is_terminal else Console(width=160)


def hits_title(shown: int, matched: int, offset: int = 0) -> str:
    """Return the table's title: "2 trials", or "showing 51-100 of 1,600 trials" when the page is part of the matches."""
    noun = "trial" if matched == 1 else "trials"
    if shown == matched and offset == 0:
        return f"{matched:,} {noun}"
    if shown == 0:
        return f"none shown of {matched:,} {noun} (--offset {offset:,} is past the last)"
    first = f"{shown:,}" if not offset else f"{offset + 1:,}" if shown == 1 else f"{offset + 1:,}-{offset + shown:,}"
    return f"showing {first} of {matched:,} {noun}"


def hits_table(hits: list[SearchHit], matched: int | None = None, offset: int = 0) -> Table:
    """Return a rich table of search hits, titled with how many of the matches it shows."""
    table = Table(show_lines=False, title=hits_title(len(hits), len(hits) if matched is None else matched, offset))
    for name, kw in (("PMID", {"no_wrap": True}), ("Year", {"no_wrap": True}), ("Design", {"no_wrap": True}),
                     ("N", {"justify": "right", "no_wrap": True}), ("Blinding", {"no_wrap": True}), ("Class", {"no_wrap": True}),
                     ("Registry", {}), ("Title", {"overflow": "fold", "ratio": 1, "min_width": 30})):
        table.add_column(name, **kw)
    for h in hits:
        table.add_row(
            h.pmid, str(h.year or ""), h.study_type, "" if h.total_n is None else str(h.total_n), h.blinding or "",
            h.evidence_level or "", ", ".join(h.registry_ids), h.title,
        )
    return table


def hit_dict(h: SearchHit) -> dict[str, Any]:
    """Return a search hit as a plain dict (for JSON and CSV)."""
    return {c: getattr(h, c) for c in HIT_COLUMNS}


def write_csv(rows: Iterable[dict[str, Any]], columns: Iterable[str], out: IO[str]) -> int:
    """Write rows as CSV with a header, formula-like text neutralised (db.cells), and return how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: safe_cell("; ".join(v) if isinstance(v, list) else v) for k, v in row.items()})
        n += 1
    return n


def write_json_array(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write records as one JSON array, streaming, and return how many were written."""
    n = 0
    out.write("[")
    for rec in records:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(rec, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def check_output(path: str | None, force: bool = False) -> None:
    """Return when ``path`` can be written by -o ('-' or None: stdout); raise InputError (exit 2) when it cannot.

    An existing file is replaced only with ``force``, so a re-export never silently loses a file.
    """
    if path in (None, "-"):
        return
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a directory; give a file name for -o")
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such folder; create it or choose another -o")
    if target.exists() and not target.is_file():
        raise InputError(f"{target}: not a regular file; give a file name for -o (or -o - for stdout)")
    if os.path.lexists(target) and not force:
        raise InputError(f"{target}: already exists; add --force to replace it")


def check_suffix(path: str | None, format: str, suffixes: dict[str, tuple[str, ...]]) -> None:
    """Return when ``path`` ends as ``format``'s files do (``suffixes``: format -> extensions); raise InputError otherwise."""
    if path in (None, "-"):
        return
    target = Path(path)
    wanted = suffixes.get(format)
    if not wanted or target.suffix.lower() in wanted:
        return
    other = next((f for f, ends in suffixes.items() if target.suffix.lower() in ends), None)
    raise InputError(
        f"{target}: --format {format} writes a {' or '.join(wanted)} file; name it {target.stem}{wanted[0]}"
        + (f" or use --format {other}" if other else "")
    )


def _temp_beside(target: Path) -> tuple[int, Path]:
    tmp = target.parent / f".trialdb-{secrets.token_hex(8)}{target.suffix}"
    # Not tempfile.mkstemp (always 0600): with 0o666 the kernel applies the user's umask and the folder's
    # default ACL, so co-reviewers can read the export as they can any file the user writes.
    return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp


def _finish(tmp: Path, target: Path, force: bool) -> None:
    """Move the complete ``tmp`` to ``target``: replacing it only with ``force``."""
    if force:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails if a file appeared at target meanwhile: never replaced without --force
    except FileExistsError:
        raise InputError(f"{target}: already exists; add --force to replace it") from None
    except OSError:  # a file system without hard links
        if os.path.lexists(target):
            raise InputError(f"{target}: already exists; add --force to replace it") from None
        os.replace(tmp, target)
        return
    tmp.unlink()


@contextmanager
def _written(target: Path, force: bool) -> Iterator[tuple[int, Path]]:
    """Yield (fd, temporary path) beside ``target``; on success it becomes ``target``, on any failure it is removed.

    An OSError (unwritable folder, full disk) is DatabaseError, exit 5, and leaves an existing ``target`` as it was.
    """
    existed = os.path.lexists(target)
    tmp: Path | None = None
    try:
        fd, tmp = _temp_beside(target)
        yield fd, tmp
        flush = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(flush)  # a write error the disk reports late (full disk, quota) fails here, before the old file is replaced
        finally:
            os.close(flush)
        _finish(tmp, target, force)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DatabaseError(
            f"cannot write {target}: {reason}; " + ("the existing file is unchanged" if existed else "no file was written")
        ) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


@contextmanager
def atomic_output(path: str | None, force: bool = False) -> Iterator[IO[str]]:
    """Yield a text stream for ``path`` ('-' or None: stdout); the file appears only when complete.

    An existing file is replaced only with ``force``; the new file's mode follows the user's umask.
    """
    if path in (None, "-"):
        import sys

        yield sys.stdout
        return
    check_output(path, force)
    with _written(Path(path), force) as (fd, _), os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        yield fh


@contextmanager
def atomic_path(path: str, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it becomes ``path`` only when the block completes.

    An existing file is replaced only with ``force``; the new file's mode follows the user's umask.
    """
    check_output(path, force)
    with _written(Path(path), force) as (fd, tmp):
        os.close(fd)
        yield tmp


def _yes_no(v: Any) -> str:
    return "yes" if v is True else "no" if v is False else "not stated"


def _major(name: str, major: bool) -> str:
    return f"{name}*" if major else name


def print_record_details(console: Console, x: dict[str, Any]) -> None:
    """Print a record's identifiers, dates, journal IDs, other titles and abstracts and conflict-of-interest statement
    (fetch.article.record_details), each only when the record has it; print_record_tables prints the rest."""
    ids = [label + x[key] for label, key in (("PMC ID ", "pmc_id"), ("status ", "publication_status"),
                                             ("published electronically ", "article_date")) if x.get(key)]
    if ids:
        console.print("  ".join(ids), markup=False)
    journal = [f"NLM ID {x['nlm_journal_id']}"] if x.get("nlm_journal_id") else []
    if x.get("issn"):
        journal.append("ISSN " + ", ".join(f"{i['issn']} ({i['type']})" if i["type"] else i["issn"] for i in x["issn"]))
    if journal:
        console.print("Journal: " + "; ".join(journal), markup=False)
    if x.get("history"):
        console.print("History: " + ", ".join(f"{h['status']} {h['date']}" for h in x["history"]), markup=False)
    if x.get("vernacular_title"):
        console.print(f"Vernacular title: {x['vernacular_title']}", markup=False)
    for o in x.get("other_abstracts") or []:
        kind = ", ".join(v for v in (o["type"], o["language"]) if v)
        console.print(f"Other abstract{f' ({kind})' if kind else ''}: {o['text']}", markup=False)
    if x.get("coi_statement"):
        console.print(f"Conflict of interest: {x['coi_statement']}", markup=False)


def print_record_tables(console: Console, x: dict[str, Any]) -> None:
    """Print a record's MeSH headings (with UIs and major topics marked *), chemicals, grants and affiliations as tables."""
    tables: list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]] = [
        ("MeSH headings (* major topic)", ("heading", "UI", "qualifiers"), [
            (_major(m["descriptor"], m["major"]), m["ui"] or "",
             ", ".join(_major(q["name"], q["major"]) + (f" ({q['ui']})" if q["ui"] else "") for q in m["qualifiers"]))
            for m in x.get("mesh") or []
        ]),
        ("Chemicals", ("substance", "UI", "registry number"), [(c["name"], c["ui"] or "", c["registry_number"] or "") for c in x.get("chemicals") or []]),
        ("Grants", ("grant ID", "agency", "country"), [(g["grant_id"] or "", g["agency"] or "", g["country"] or "") for g in x.get("grants") or []]),
        ("Affiliations", ("author", "affiliation"), [
            (a["author"] or "(not attributed)", "; ".join(a["affiliations"])) for a in x.get("affiliations") or []
        ]),
    ]
    for title, columns, rows in tables:
        if rows:
            t = Table(title=title)
            for col in columns:
                t.add_column(col, overflow="fold")
            for row in rows:
                t.add_row(*(Text(v) for v in row))  # Text: brackets in names and affiliations are not markup
            console.print(t)


def print_detail(console: Console, d: TrialDetail) -> None:
    """Print one trial: citation, every fact, and the sentence each came from."""
    c, f = d.citation, d.facts
    authors = ", ".join(c["authors"][:6]) + (" et al." if len(c["authors"]) > 6 else "")
    if c.get("retracted"):
        console.print("[bold red]RETRACTED: PubMed marks this record as retracted.[/bold red]")
    if c.get("expression_of_concern"):
        console.print("[bold yellow]An expression of concern is linked to this record.[/bold yellow]")
    console.print(Text(c["title"], style="bold"))
    cite = " ".join(x for x in (authors, f"{c['journal'] or ''} {c['year'] or ''}".strip(),
                                 f"{c['volume'] or ''}{'(' + c['issue'] + ')' if c['issue'] else ''}{':' + c['pages'] if c['pages'] else ''}") if x)
    console.print(cite, markup=False)
    console.print(f"PMID {d.pmid}" + (f"  doi:{c['doi']}" if c["doi"] else "") + f"  extractor {d.extractor_version}", markup=False)
    if c["publication_types"]:
        console.print("Publication types: " + ", ".join(c["publication_types"]), markup=False)
    print_record_details(console, c.get("details") or {})

    design = f["design"]
    t = Table(title="Design", show_header=False)
    t.add_column("field")
    t.add_column("value")
    t.add_row("study type", design["study_type"])
    for key in ("randomized", "controlled", "outcome_assessor_blinded", "placebo", "multicenter", "crossover"):
        t.add_row(key.replace("_", " "), _yes_no(design[key]))
    for key in ("blinding", "phase", "allocation_ratio"):
        t.add_row(key.replace("_", " "), design[key] or "not stated")
    console.print(t)

    size = f["sample_size"]
    t = Table(title="Sample size", show_header=False)
    t.add_column("field")
    t.add_column("value")
    for key in ("total", "randomized", "analyzed"):
        t.add_row(key, "not stated" if size[key] is None else str(size[key]))
    for arm in size["arms"]:
        t.add_row(f"arm: {arm['label']}", str(arm["n"]))
    console.print(t)

    if f["outcomes"]:
        t = Table(title="Outcomes")
        for col in ("role", "outcome", "time point"):
            t.add_column(col)
        for o in f["outcomes"]:
            t.add_row(o["role"], o["name"], o["timepoint"] or "")
        console.print(t)
    if f["p_values"]:
        t = Table(title="P-values")
        for col in ("p", "outcome", "section"):
            t.add_column(col)
        for p in f["p_values"]:
            t.add_row(f"{p['op']} {p['value']:g}", p["outcome"] or "", p["section"] or "")
        console.print(t)
    if f["effects"]:
        t = Table(title="Effect estimates")
        for col in ("measure", "value", "CI", "as written"):
            t.add_column(col)
        for e in f["effects"]:
            ci = f"{e['ci_low']:g} to {e['ci_high']:g}" if e["ci_low"] is not None and e["ci_high"] is not None else ""
            level = f" ({e['ci_level']:g}%)" if e["ci_level"] else ""
            t.add_row(e["measure"], f"{e['value']:g}", ci + level, e["text"])
        console.print(t)
    console.print("Registry IDs: " + (", ".join(f["registry_ids"]) or "none stated"), markup=False)
    ev = f["evidence_class"]
    console.print("Evidence class: " + (f"{ev['scheme']} {ev['level']}" if ev else "none stated"), markup=False)
    print_record_tables(console, c.get("details") or {})

    if d.provenance:
        t = Table(title="Where each fact came from")
        for col in ("fact", "value", "section", "sentence"):
            t.add_column(col, overflow="fold")
        for p in d.provenance:
            t.add_row(p["field"], p["value"], p["section"] or "", p["sentence"])
        console.print(t)
    print_decisions(console, d.screening)


def print_decisions(console: Console, decisions: list[dict[str, Any]]) -> None:
    """Print a record's screening decisions (reviewer, decision, reason, time), oldest first, or that there are none."""
    if not decisions:
        console.print("Screening: no decisions yet", markup=False)
        return
    t = Table(title="Screening decisions (each reviewer's latest counts)")
    for col in ("reviewer", "decision", "reason", "time (UTC)"):
        t.add_column(col, overflow="fold")
    for x in decisions:
        t.add_row(x["reviewer"] or UNRECORDED, x["decision"], x["reason"] or "", x["decided_at"])
    console.print(t)


def print_screening_card(console: Console, d: TrialDetail) -> None:
    """Print what a screener needs: citation, abstract, and the extracted design and size."""
    c, f = d.citation, d.facts
    console.print(Text(c["title"], style="bold"))
    console.print(f"{', '.join(c['authors'][:3])}{' et al.' if len(c['authors']) > 3 else ''} {c['journal'] or ''} {c['year'] or ''}", markup=False)
    console.print(d.abstract or "(no abstract)", markup=False)
    size = f["sample_size"]
    arms = ", ".join(f"{a['label']} {a['n']}" for a in size["arms"])
    console.print(
        f"Design: {f['design']['study_type']}, {f['design']['blinding'] or 'blinding not stated'}; "
        f"N = {size['total'] if size['total'] is not None else 'not stated'}" + (f" ({arms})" if arms else "")
        + (f"; registry {', '.join(f['registry_ids'])}" if f["registry_ids"] else ""),
        markup=False,
    )


def print_stats(console: Console, s: Stats) -> None:
    """Print the database's counts as tables."""
    console.print(f"{s.articles} records, {s.with_registry_id} with a registry ID", markup=False)
    groups, records = s.duplicate_groups, s.duplicate_records
    console.print(
        f"duplicates: {groups} group{'s' if groups != 1 else ''}, {records} record{'s' if records != 1 else ''}"
        + (" (one publication under several PMIDs: same DOI, or same title, first author and year)" if groups else ""),
        markup=False,
    )
    for group in s.duplicates[:DUPLICATES_SHOWN]:
        console.print("  " + " = ".join(group), markup=False)
    if groups > DUPLICATES_SHOWN:
        console.print(f"  ... and {groups - DUPLICATES_SHOWN} more (trialdb stats --format json lists every group)", markup=False)
    for title, data in (("By design", s.by_design), ("By year", s.by_year), ("By evidence class", s.by_evidence_class)):
        t = Table(title=title)
        t.add_column("value")
        t.add_column("records", justify="right")
        for k, v in data.items():
            t.add_row(k, str(v))
        console.print(t)
