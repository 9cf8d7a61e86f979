"""The variant grid as a file: CSV or XLSX written from a session, read back as raw cells.

Both formats have a header row of column keys (``product_id``, ``variant_id``, then the
grid's keys: ``sku``, ``price:eur``, ``stock:sloc_…``…), so an import maps columns by
name, whatever their order.

* **CSV**: UTF-8 without a BOM, one row per variant. Numbers are written as the locale
  writes them, without grouping: ``en_US`` (the default) gives "." decimals and a comma
  between cells, which any program reads; a locale whose decimal sign is "," (``de_DE``)
  gets ";" between cells, as spreadsheets of that locale write CSV. Text cells that a
  spreadsheet would run as a formula get a leading apostrophe (``bulk.csv_io``), which
  reading removes again. A BOM (Excel's "CSV UTF-8") is accepted on reading; the cell
  separator is found from the header row (",", ";" or a tab).
* **XLSX** (openpyxl): prices and stock are numeric cells (formatted with the currency's
  decimals), everything else text; the header is bold, and the header row with the id
  and title columns stays in view when scrolling.

Reading gives raw cells (text for CSV; for XLSX whatever the cell holds: text, a number,
a boolean, a date, or None for an empty cell); ``file_import`` reads them per column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from zipfile import BadZipFile

from babel.numbers import get_currency_precision, get_decimal_symbol

from desktop_app.bulk.csv_io import neutralise, restore
from desktop_app.grid.columns import FROZEN, Kind
from desktop_app.grid.session import GridSession

FORMATS = ("csv", "xlsx")
ID_COLUMNS = ("product_id", "variant_id")
DELIMITERS = (",", ";", "\t")
SHEET_TITLE = "Variants"
NO_VALUE = ("A formula without a computed value: open the file in a spreadsheet app and "
            "save it again, or type the value.")


class GridFileError(ValueError):
    """A file that cannot be read as a grid (or written); nothing was changed."""


@dataclass(frozen=True)
class Table:
    """A file's header and rows, each row with the line (or sheet row) it starts on."""

    header: list[str]
    rows: list[tuple[int, list[Any]]]
    # (line, column index) → why the cell has no value to read (an uncomputed formula)
    problems: dict[tuple[int, int], str] = field(default_factory=dict)


def format_for(path: str, given: str | None = None) -> str:
    """``given`` (``csv``/``xlsx``), else the file's suffix; ``-`` (a pipe) is CSV."""
    if given:
        if given.lower() not in FORMATS:
            raise GridFileError(f"Unknown format {given!r}; use csv or xlsx.")
        return given.lower()
    if path == "-":
        return "csv"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise GridFileError(f"Cannot tell the format of {path} from its name; name it .csv or "
                        ".xlsx, or give --format csv|xlsx.")


def header(keys: Sequence[str]) -> list[str]:
    return [*ID_COLUMNS, *keys]


def delimiter_for(locale: str) -> str:
    """"," between cells, unless the locale's decimal sign is "," (then ";")."""
    return ";" if get_decimal_symbol(locale) == "," else ","


# ------------------------------------------------------------------- writing
def write_csv(session: GridSession, keys: Sequence[str], out: TextIO) -> int:
    """One row per variant of the session, cells as the grid shows them in its locale;
    returns the number of rows."""
    # CRLF as RFC 4180 says (and so csv quotes a cell holding a lone "\r": bulk.csv_io).
    writer = csv.writer(out, delimiter=delimiter_for(session.locale), lineterminator="\r\n")
    writer.writerow(header(keys))
    for index, row in enumerate(session.rows):
        cells = [_csv_cell(session, index, key) for key in keys]
        writer.writerow([neutralise(row.product_id), neutralise(row.variant_id), *cells])
    return len(session.rows)


def _csv_cell(session: GridSession, row: int, key: str) -> str:
    text = session.text(row, key)
    # Numbers are never negative here and must stay numbers for a spreadsheet.
    return text if session.column(key).numeric else neutralise(text)


def write_xlsx(session: GridSession, keys: Sequence[str], target: str | Path | BinaryIO
               ) -> int:
    """The session's rows as a workbook of one sheet; returns the number of rows."""
    from openpyxl import Workbook  # imported here: most commands never need openpyxl
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)  # streamed: 20,000 variants without a cell tree
    sheet = book.create_sheet(SHEET_TITLE)
    names = header(keys)
    # The header row, the ids and the titles stay in view, as the grid's frozen columns.
    frozen = 1 + max((names.index(k) for k in FROZEN if k in names), default=1)
    sheet.freeze_panes = f"{get_column_letter(frozen + 1)}2"
    for i, name in enumerate(names, 1):
        sheet.column_dimensions[get_column_letter(i)].width = _width(name)
    cells = _XlsxCells(sheet)
    sheet.append([cells.header(name) for name in names])
    for index, row in enumerate(session.rows):
        sheet.append([cells.text(row.product_id), cells.text(row.variant_id),
                      *(cells.value(session, index, k) for k in keys)])
    try:
        book.save(target)
    except OSError as exc:
        raise GridFileError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    return len(session.rows)


def _width(key: str) -> float:
    return 28.0 if key in ("product", "variant") else max(10.0, len(key) + 2.0)


class _XlsxCells:
    """Cells of a write-only sheet: text typed as text, prices and stock as numbers."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.sheet = sheet
        self.make = WriteOnlyCell
        self.bold = Font(bold=True)

    def header(self, name: str) -> Any:
        cell = self.text(name)
        cell.font = self.bold
        return cell

    def text(self, text: str) -> Any:
        cell = self.make(self.sheet, value=text)
        cell.data_type = "s"  # openpyxl makes a text starting with "=" a formula
        return cell

    def value(self, session: GridSession, row: int, key: str) -> Any:
        column = session.column(key)
        if not column.numeric:
            return self.text(session.text(row, key))
        cell = self.make(self.sheet, value=session.value(row, key))
        places = _places(column.currency or "") if column.kind is Kind.PRICE else 0
        cell.number_format = "0." + "0" * places if places else "0"
        return cell


@lru_cache(maxsize=64)
def _places(currency: str) -> int:
    try:
        return int(get_currency_precision(currency.upper()))
    except Exception:  # a code Babel does not know: cents, as most currencies have
        return 2


# ------------------------------------------------------------------- reading
def read_table(path: str, fmt: str, stdin: TextIO | None = None) -> Table:
    """The file at ``path`` (``-``: CSV from ``stdin``) as a ``Table``."""
    if fmt == "xlsx":
        if path == "-":
            raise GridFileError("An XLSX workbook is read from a file, not standard input.")
        return read_xlsx(path)
    if path == "-":
        return read_csv_text((stdin or io.StringIO()).read())
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise GridFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GridFileError(f"{path} is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or "
                            "with the character set UTF-8 (LibreOffice).") from None
    return read_csv_text(text)


def read_csv_text(text: str) -> Table:
    text = text.removeprefix("\ufeff")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Any]]] = []
    head: list[str] | None = None
    start = 1
    for cells in reader:
        line, start = start, reader.line_num + 1  # a quoted cell may span lines
        if not any(c.strip() for c in cells):
            continue
        if head is None:
            head = [c.strip() for c in cells]
        else:
            rows.append((line, [restore(c) for c in cells]))
    if head is None:
        raise GridFileError("The file is empty: it needs a header row of column keys.")
    return Table(head, rows)


def _delimiter(text: str) -> str:
    """The separator that makes the header row name ``variant_id``."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    for delimiter in DELIMITERS:
        names = next(csv.reader([first], delimiter=delimiter), [])
        if "variant_id" in (n.strip().lower() for n in names):
            return delimiter
    return ","


def read_xlsx(path: str | Path | BinaryIO) -> Table:
    """The first sheet of a workbook; a formula counts with the value the spreadsheet app
    computed and saved (a file never opened in one has none: that cell is a problem)."""
    rows, formulas = _sheet_rows(path, data_only=False)
    problems: dict[tuple[int, int], str] = {}
    if formulas:
        computed = dict(_sheet_rows(path, data_only=True)[0])
        cells_at = dict(rows)
        for line, col in formulas:
            value = _at(computed.get(line, []), col)
            if value is None:
                problems[(line, col)] = NO_VALUE
            cells_at[line][col] = value
    non_empty = [(line, cells) for line, cells in rows
                 if any(c is not None and str(c).strip() for c in cells)]
    if not non_empty:
        raise GridFileError("The workbook's first sheet is empty: it needs a header row of "
                            "column keys.")
    (_, head), *body = non_empty
    return Table(["" if c is None else str(c).strip() for c in head], body, problems)


def _sheet_rows(path: str | Path | BinaryIO, *, data_only: bool
                ) -> tuple[list[tuple[int, list[Any]]], list[tuple[int, int]]]:
    """``[(sheet row, values)]`` and where the formulas are (when not ``data_only``)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if hasattr(path, "seek"):
        path.seek(0)  # type: ignore[union-attr]
    try:
        book = load_workbook(path, read_only=True, data_only=data_only)
    except OSError as exc:
        raise GridFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except (InvalidFileException, BadZipFile, KeyError, ValueError) as exc:
        raise GridFileError(f"Cannot read {path} as an XLSX workbook: {exc}.") from None
    try:
        sheet = book.worksheets[0]
        # Some writers declare a wrong sheet size, which would cut rows off: read them all.
        sheet.reset_dimensions()
        rows, formulas = [], []
        for line, cells in enumerate(sheet.iter_rows(), 1):
            values = [getattr(c, "value", None) for c in cells]
            formulas += [(line, i) for i, c in enumerate(cells)
                         if getattr(c, "data_type", None) == "f"]
            rows.append((line, values))
        return rows, formulas
    finally:
        book.close()


def _at(cells: list[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


def plain_number(value: int | float | Decimal) -> str:
    """A number as plain digits with "." decimals; a float as a spreadsheet shows it
    (15 significant digits), so 11.000000000000002 from "=A2*1.1" (A2 = 10) reads as 11."""
    if isinstance(value, int):
        return str(value)
    number = Decimal(format(value, ".15g")) if isinstance(value, float) else value
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
