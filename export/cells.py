"""Spreadsheet cells that stay data: the one CSV/XLSX formula-injection rule every export applies.

A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula (a title ``=HYPERLINK(...)`` becomes a live link). As
OWASP's CSV-injection guidance recommends, such a cell is written with a leading single quote, so it
shows as the text it is. Numbers stay numbers: ints and floats pass unchanged, and so does text that
is a plain decimal number ("-0.35"), which a spreadsheet reads as that number and never as a formula.
A lone character ("=" in the meta table's p_op column) cannot compute anything and stays as it is, so
R and pandas read the values they always did.
"""

from __future__ import annotations

import re
from typing import Any

#: The first characters that make a spreadsheet evaluate a cell (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """Return ``value`` ready for a CSV or XLSX cell: formula-like text prefixed with ``'``, anything else unchanged."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
