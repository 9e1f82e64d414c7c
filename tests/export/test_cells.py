"""The one spreadsheet-cell rule: formula-like text is neutralised with a leading quote, numbers stay numbers."""

from __future__ import annotations

from typing import Any

import pytest

from trialdb.export.cells import safe_cell


@pytest.mark.parametrize("text", [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "-Toxicity of a new regimen",
    "- 0.35",
    "--0.35",
])
def test_formula_like_text_gets_a_leading_quote(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [
    -0.35, 0.35, -1, 0, 54, 2021, 1e-5, None, True, False,
    "-0.35", "+1.5", "-1", "-2.5e-3", "0.732",  # text that is a plain number is read as that number, never as a formula
    "=", "-", "+",  # a lone character computes nothing (the meta table's p_op "=")
    "Efficacy and Safety of Intravenous Mesenchymal Stem Cells for Ischemic Stroke.",
    "p = 0.732 [mRS score shift at 3 months]", "MSC: 39; control: 15", "<", "<=", "",
    "1+1", "a=b",  # a formula sign later in the text is not a formula
])
def test_numbers_and_plain_text_are_unchanged(value: Any) -> None:
    assert safe_cell(value) == value and type(safe_cell(value)) is type(value)
