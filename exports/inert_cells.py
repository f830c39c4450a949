"""Spreadsheet cells that a spreadsheet will not evaluate (the OWASP CSV-injection rule).

A follow-up's text can come from a citizen's public comment. Excel, LibreOffice and Google
Sheets treat a cell that starts with ``=``, ``+``, ``-`` or ``@`` (also after a leading tab or
carriage return) as a formula: ``=HYPERLINK(…)`` or ``=cmd|' /C calc'!A0`` would run when
the clerk opens the list. CSV has no cell types, so such text gets a leading ``'`` (shown
by the spreadsheet as plain text); in XLSX the cell is written as a string with Excel's
quote-prefix style, so it stays text even when edited.
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (or a command after a tab/CR)."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """``text`` for a CSV field: formula-like text gets a leading ``'``."""
    return QUOTE + text if looks_like_formula(text) else text


def csv_row(values: list[Any]) -> list[Any]:
    """A CSV row with every string made inert (numbers are left as they are)."""
    return [csv_text(v) if isinstance(v, str) else v for v in values]


def set_text(cell: Any, text: str) -> None:
    """Put ``text`` in an openpyxl cell as a string, never a formula: openpyxl would store
    ``=…`` as a formula, so the type is set after the value, with Excel's quote prefix."""
    cell.value = text
    if looks_like_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True
