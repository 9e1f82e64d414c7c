"""An XLSX workbook: one sheet per table (trials, arms, outcomes, p-values, effects), joined by PMID."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArmRow, EffectRow, OutcomeRow, PValueRow
from trialdb.db.search import SearchQuery, iter_match_pages, pmid_in
from trialdb.export.cells import safe_cell
from trialdb.export.rows import CSV_COLUMNS, csv_row

SHEETS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "arms": (ArmRow, ("pmid", "position", "label", "n")),
    "outcomes": (OutcomeRow, ("pmid", "position", "role", "name", "timepoint")),
    "p_values": (PValueRow, ("pmid", "position", "op", "value", "outcome", "section", "text")),
    "effects": (EffectRow, ("pmid", "position", "measure", "value", "ci_low", "ci_high", "ci_level", "outcome", "text")),
}


def xlsx_row(values: Iterable[Any]) -> list[Any]:
    """Return ``values`` as cells openpyxl writes as data: formula-like text neutralised, numbers kept numeric.

    openpyxl makes any string starting with "=" a formula, and refuses control characters XML cannot hold;
    those are written as U+FFFD so one odd record cannot stop the export.
    """
    return [ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in map(safe_cell, values)]


def write_workbook(engine: Engine, query: SearchQuery, path: Path) -> int:
    """Write the matching trials to an XLSX file at ``path``; return the number of trials."""
    wb = Workbook(write_only=True)
    trials = wb.create_sheet("trials")
    trials.append(xlsx_row(CSV_COLUMNS))
    sheets = {name: wb.create_sheet(name) for name in SHEETS}
    for name, (_, cols) in SHEETS.items():
        sheets[name].append(xlsx_row(cols))
    n = 0
    for chunk in iter_match_pages(engine, query):
        pmids = [a.pmid for a, _ in chunk]
        for article, trial in chunk:
            row = csv_row(article, trial)
            trials.append(xlsx_row(row[c] for c in CSV_COLUMNS))
            n += 1
        with engine.connect() as conn:
            for name, (table, cols) in SHEETS.items():
                stmt = select(*(getattr(table, c) for c in cols)).where(pmid_in(engine.dialect.name, table.pmid, pmids)).order_by(table.pmid, table.position)
                for r in conn.execute(stmt):
                    sheets[name].append(xlsx_row(r))
    wb.save(path)
    return n
