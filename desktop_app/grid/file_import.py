"""A grid file (``files.Table``) staged on a grid session: every changed cell goes through
``GridSession.set_texts``, so it is checked exactly as if typed into the grid (locale
numbers, negative stock, a currency the store does not sell, a duplicate SKU…).

Rows are matched by ``product_id`` and ``variant_id``; columns by their key in the
header. A cell whose text is what the grid shows already is no edit (so an exported
file imported unchanged changes nothing, and an empty stock cell of a variant without a
level there is not an error). The ``product`` and ``variant`` columns are for reading
and never edit anything. What cannot be used is reported, never fatal: a bad cell (with
the grid's reason), a column the shop has no such key for, a row naming no stored
variant, a variant listed twice; the good cells stay staged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel.numbers import get_decimal_symbol

from desktop_app.grid import cells
from desktop_app.grid.columns import Column, Kind
from desktop_app.grid.files import ID_COLUMNS, GridFileError, Table, plain_number
from desktop_app.grid.loading import GridLoader, columns_of, currencies_in
from desktop_app.grid.session import CellKey, GridSession

Resolve = Callable[[str], str]  # a local id made here → Medusa's, once pushed
# Codes a spreadsheet takes for numbers when it opens a CSV: "0012345678905" comes back
# as "12345678905", "4006381333931" as "4.00638E+12" (Excel, LibreOffice).
CODES = frozenset({"sku", "barcode", "ean", "upc"})
_ROUNDED = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")


@dataclass(frozen=True)
class CellChange:
    line: int
    product_id: str
    variant_id: str  # "" for a product's column (status)
    product: str
    variant: str
    column: str
    before: str
    after: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class BadCell:
    line: int
    product_id: str
    variant_id: str
    column: str
    text: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SkippedRow:
    line: int
    product_id: str
    variant_id: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnknownColumn:
    name: str
    position: int  # 1 = the first column
    reason: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FileImport:
    rows: int = 0  # rows of the file (after the header), blank ones not counted
    changes: list[CellChange] = field(default_factory=list)
    bad: list[BadCell] = field(default_factory=list)
    unknown_variants: list[SkippedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)  # listed twice, no ids
    unknown_columns: list[UnknownColumn] = field(default_factory=list)

    @property
    def problems(self) -> int:
        """Everything in the file that was not used."""
        return (len(self.bad) + len(self.unknown_variants) + len(self.skipped)
                + len(self.unknown_columns))


@dataclass(frozen=True)
class _Edit:
    line: int
    row: int
    key: str
    text: str


# ------------------------------------------------------------------ opening
def open_for(catalog: Any, table: Table, locale: str, resolve: Resolve = str) -> GridSession:
    """A session on the products the file names, with a price column for every
    currency the file has one for (a currency the store does not sell is a column
    marked unsold, so its cells are refused with the grid's reason)."""
    ids = _indexes(table.header)
    named = (_text(_at(raw, ids["product_id"])) for _, raw in table.rows)
    product_ids = dict.fromkeys(resolve(p) for p in named if p)  # a product per variant row
    rows = GridLoader(catalog, list(product_ids)).all_rows()
    priced_in = currencies_in(rows) | _file_currencies(table.header)
    session = GridSession(columns_of(catalog, sorted(priced_in)), locale,
                          catalog.sku_holders)
    session.add_rows(rows)
    return session


def _file_currencies(header: Iterable[str]) -> set[str]:
    found = set()
    for name in header:
        kind, _, code = normal_key(name).partition(":")
        if kind == "price" and len(code) == 3 and code.isalpha():
            found.add(code)
    return found


def normal_key(name: str) -> str:
    """A header cell as a column key: spaces dropped, the kind (and a currency) in lower
    case; region and location ids are kept as written."""
    kind, sep, rest = name.strip().partition(":")
    kind = kind.strip().lower()
    rest = rest.strip()
    if kind == "price":
        rest = rest.lower()
    return f"{kind}{sep}{rest}"


def _indexes(header: list[str]) -> dict[str, int]:
    keys = [normal_key(h) for h in header]
    missing = [name for name in ID_COLUMNS if name not in keys]
    if missing:
        raise GridFileError(f"The header row has no {' or '.join(missing)} column: rows are "
                            "matched by product_id and variant_id, as 'desktop-app grid "
                            "export' writes them.")
    return {name: keys.index(name) for name in ID_COLUMNS}


# ------------------------------------------------------------------ staging
def stage(session: GridSession, table: Table, label: str = "Import",
          resolve: Resolve = str) -> FileImport:
    """Stage the file's changed cells on ``session`` as one step; report the rest."""
    result = FileImport(rows=len(table.rows))
    ids = _indexes(table.header)
    columns = _map_columns(session, table, result)
    edits = _edits(session, table, ids, columns, result, resolve)
    session.set_texts(((e.row, e.key, e.text) for e in edits), label)
    _collect(session, edits, result)
    return result


def _map_columns(session: GridSession, table: Table, result: FileImport) -> dict[int, str]:
    """``{column index: key}`` of the columns to read; the rest are reported."""
    mapped: dict[int, str] = {}
    seen: set[str] = set()
    for index, name in enumerate(table.header):
        key = normal_key(name)
        if not key and not _has_data(table, index):
            continue  # a spreadsheet's stray empty column (a trailing separator)
        if key in ID_COLUMNS and key not in seen:
            seen.add(key)
            continue
        reason = _unknown_reason(session, key, seen)
        if reason:
            result.unknown_columns.append(UnknownColumn(name, index + 1, reason))
            continue
        seen.add(key)
        if session.column(key).editable:  # product and variant titles are for reading
            mapped[index] = key
    return mapped


def _has_data(table: Table, index: int) -> bool:
    return any(_text(_at(raw, index)) for _, raw in table.rows)


def _unknown_reason(session: GridSession, key: str, seen: set[str]) -> str | None:
    if key in seen:
        return "The column is in the file twice; only the first is read."
    if key not in session.columns:
        return ("The shop has no such column (keys: sku, barcode, ean, upc, status, "
                "manage_inventory, allow_backorder, price:<currency>, region:<region id>, "
                "stock:<location id>).")
    return None


def _edits(session: GridSession, table: Table, ids: dict[str, int],
           columns: dict[int, str], result: FileImport, resolve: Resolve) -> list[_Edit]:
    edits: list[_Edit] = []
    seen_rows: dict[int, int] = {}  # session row → the line that gave it
    product_cells: dict[CellKey, _Edit] = {}  # a product's status, from its first row
    for line, raw in table.rows:
        row = _match(session, line, raw, ids, seen_rows, result, resolve)
        if row is None:
            continue
        for index, key in columns.items():
            edit = _edit(session, table, line, row, index, key, raw, result)
            if edit is None:
                continue
            if session.column(key).product_level and not _first_for_product(
                    session, edit, product_cells, result):
                continue
            edits.append(edit)
    return edits


def _match(session: GridSession, line: int, raw: list[Any], ids: dict[str, int],
           seen_rows: dict[int, int], result: FileImport, resolve: Resolve) -> int | None:
    """The session row the file's row names, or None after reporting why not."""
    given_pid = _text(_at(raw, ids["product_id"]))
    given_vid = _text(_at(raw, ids["variant_id"]))
    if not given_pid or not given_vid:
        result.skipped.append(SkippedRow(line, given_pid, given_vid,
                                         "The row has no product_id or no variant_id."))
        return None
    row = session.row_of(resolve(given_pid), resolve(given_vid))
    if row is None:
        result.unknown_variants.append(SkippedRow(
            line, given_pid, given_vid, "No such variant of such a product is stored (deleted,"
            " or from another shop?); run 'desktop-app pull' if it is new."))
        return None
    if row in seen_rows:
        result.skipped.append(SkippedRow(
            line, given_pid, given_vid, f"The variant is on line {seen_rows[row]} already; "
            "only that row is read."))
        return None
    seen_rows[row] = line
    return row


def _edit(session: GridSession, table: Table, line: int, row: int, index: int, key: str,
          raw: list[Any], result: FileImport) -> _Edit | None:
    """The cell as an edit, or None when it changes nothing (or cannot, reported)."""
    if index >= len(raw):
        return None  # a short row: cells not given are left as they are
    column = session.column(key)
    problem = table.problems.get((line, index))
    text = cell_text(column, raw[index], session.locale)
    shown = session.text(row, key).strip()
    if problem is None and text.strip() == shown:
        return None
    if key in CODES and shown.isdigit():
        if text.strip().isdigit() and int(text) == int(shown):
            return None  # a spreadsheet dropped the leading zeros: the same code
        if _ROUNDED.fullmatch(text.strip()):
            problem = (f"A spreadsheet wrote the code {shown} as a rounded number; format "
                       "the column as text and save the file again.")
    reason = problem or session.read_only(row, key)
    if reason:
        _bad(session, result, line, row, key, text, reason)
        return None
    return _Edit(line, row, key, text)


def _first_for_product(session: GridSession, edit: _Edit, product_cells: dict[CellKey, _Edit],
                       result: FileImport) -> bool:
    """A product's status comes from the first of its rows that changes it; a later row
    asking for another status is a bad cell (the same one again is fine)."""
    cell = session.key(edit.row, edit.key)
    first = product_cells.setdefault(cell, edit)
    if first is edit:
        return True
    if first.text.strip().casefold() != edit.text.strip().casefold():
        _bad(session, result, edit.line, edit.row, edit.key, edit.text,
             f"Line {first.line} sets this product's {edit.key} to “{first.text}” already.")
    return False


def _bad(session: GridSession, result: FileImport, line: int, row: int, key: str, text: str,
         reason: str) -> None:
    r = session.rows[row]
    result.bad.append(BadCell(line, r.product_id, r.variant_id, key, text, reason))


def _collect(session: GridSession, edits: list[_Edit], result: FileImport) -> None:
    """What each edit became once staged: a change, a bad cell, or nothing (same value)."""
    for edit in edits:
        staged = session.staged(edit.row, edit.key)
        if staged is None:
            continue  # written differently, the same value ("10" for 10.00)
        if staged.error:
            _bad(session, result, edit.line, edit.row, edit.key, edit.text, staged.error)
            continue
        r = session.rows[edit.row]
        column = session.column(edit.key)
        result.changes.append(CellChange(
            edit.line, r.product_id, "" if column.product_level else r.variant_id,
            r.product_title, r.variant_title, edit.key,
            cells.show(column, session.original(edit.row, edit.key), session.locale),
            session.text(edit.row, edit.key)))
    result.bad.sort(key=lambda b: b.line)


# ------------------------------------------------------------------ cells
def cell_text(column: Column, raw: Any, locale: str) -> str:
    """A raw file cell as the text typed into ``column``: a spreadsheet's number in the
    session's locale (so the grid reads it back as that number), a boolean as Yes/No."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "Yes" if raw else "No"
    if isinstance(raw, int | float | Decimal):
        text = plain_number(raw)
        if column.kind in (Kind.PRICE, Kind.STOCK):
            return text.replace(".", _decimal_sign(locale))
        return text
    if isinstance(raw, dt.datetime | dt.date | dt.time):
        return raw.isoformat()  # a spreadsheet took the text for a date: refused as such
    return str(raw)


@lru_cache(maxsize=16)
def _decimal_sign(locale: str) -> str:
    return get_decimal_symbol(locale)  # Babel parses the locale on each call: cached


def _text(raw: Any) -> str:
    return "" if raw is None else (plain_number(raw) if isinstance(raw, int | float)
                                   else str(raw)).strip()


def _at(raw: list[Any], index: int) -> Any:
    return raw[index] if index < len(raw) else None
