"""Tab-separated text as spreadsheets put it on the clipboard, and back.

LibreOffice, Excel and Google Sheets copy a range as rows of tab-separated cells, quoting
a cell that holds a tab, a newline or a quote (doubling the quote), and end with a
newline; the
csv module's ``excel-tab`` dialect reads and writes exactly that.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def parse_block(text: str) -> list[list[str]]:
    """The rows of cells in ``text`` (a trailing newline adds no empty row)."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if "\t" not in text and '"' not in text:  # one column: a line per cell, no quoting
        return [[line] for line in text.split("\n")]
    rows = list(csv.reader(io.StringIO(text), dialect="excel-tab"))
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def format_block(rows: Sequence[Sequence[str]]) -> str:
    """``rows`` as spreadsheets read them from the clipboard."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()
