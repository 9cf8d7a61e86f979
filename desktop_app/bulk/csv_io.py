"""CSV export of a product list and CSV import of edits (as a plan: a dry run first).

The file has a ``product_id`` column and any of the editable ``COLUMNS``; the export
writes all of them with the values the merchant sees. Import compares each cell with
the current value: changed cells become the plan's diff, equal ones are ignored, so
an exported file re-imported unchanged plans nothing. Problems (unknown product,
bad status, empty title…) are per-row errors; an unknown column fails the whole file.

Formula cells (OWASP "CSV Injection"): a cell that starts with ``= + - @``, a tab or
a carriage return is written with a leading apostrophe, so a spreadsheet app shows it
as text instead of running it (``=HYPERLINK(…)``, ``-2+3``). A cell that really starts
with an apostrophe gets one more, so import can strip exactly the one export added:
import removes one leading apostrophe only when what follows starts with one of those
characters or an apostrophe. Export → import is lossless, and a hand-typed ``'Tis``
stays ``'Tis``. Every column is treated alike, numbers included: OWASP prefixes
whatever the type (``-1+2`` is a formula too), so ``-5`` is written ``'-5`` and a
spreadsheet shows it as text. (No exported column is numeric today.)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.bulk.errors import BulkError
from desktop_app.bulk.model import BulkPlan, FieldChange, ProductDiff, RowError
from desktop_app.bulk.planning import missing
from desktop_app.bulk.validate import value_error
from desktop_app.i18n import translate
from desktop_app.store.bulk_ops import ProductState
from desktop_app.store.fields import same

if TYPE_CHECKING:
    from desktop_app.services.offline import OfflineCatalog

ID_COLUMN = "product_id"
COLUMNS = ("handle", "status", "title", "subtitle",
           "seo.meta_title", "seo.meta_description", "seo.meta_keywords")
ENCODING = "utf-8-sig"  # a BOM, so spreadsheet apps read the file as UTF-8
# First characters that make a spreadsheet app read a cell as a formula (OWASP; tab
# and CR because some apps skip them and then read the formula behind them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
_ESCAPED_STARTS = (*FORMULA_STARTS, ESCAPE)


def neutralise(text: str) -> str:
    """``text`` as a cell no spreadsheet app runs as a formula; :func:`restore` undoes it."""
    return ESCAPE + text if text.startswith(_ESCAPED_STARTS) else text


def restore(cell: str) -> str:
    """The value of a cell written by :func:`neutralise`: the added apostrophe removed."""
    if cell.startswith(ESCAPE) and cell[1:].startswith(_ESCAPED_STARTS):
        return cell[1:]
    return cell  # not ours ("'Tis the season" typed by hand): kept as it is


def _cell(value: Any) -> str:
    return neutralise("" if value is None else str(value))


def write_csv(catalog: OfflineCatalog, product_ids: Iterable[str], out: TextIO) -> int:
    """Write one row per product (in the given order); returns the number of rows."""
    ids = list(product_ids)
    # CRLF as RFC 4180 says, and also so that csv quotes a cell holding a lone "\r"
    # (it quotes only the line terminator's characters): with "\n" such a cell split
    # its row in two on import.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((ID_COLUMN, *COLUMNS))
    rows = 0
    for start in range(0, len(ids), 2000):  # bounded memory for 100,000 products
        part = ids[start : start + 2000]
        states = catalog.product_states(part, COLUMNS)
        for pid in part:
            state = states.get(pid)
            if state is not None:
                writer.writerow((_cell(pid), *(_cell(state.current[c]) for c in COLUMNS)))
                rows += 1
    return rows


def export_csv(catalog: OfflineCatalog, product_ids: Iterable[str], path: Path | str) -> int:
    with open(path, "w", encoding=ENCODING, newline="") as out:
        return write_csv(catalog, product_ids, out)


def _header(reader: csv.DictReader[str]) -> list[str]:
    header = reader.fieldnames
    if not header:
        raise BulkError(translate("BulkOperations", "The file is empty: the first line must "
                                  "name the columns."))
    names = [h.strip() for h in header]
    if ID_COLUMN not in names:
        raise BulkError(translate("BulkOperations", "The file has no '{column}' column.").format(
            column=ID_COLUMN))
    unknown = [n for n in names if n != ID_COLUMN and n not in COLUMNS]
    if unknown:
        raise BulkError(translate("BulkOperations", "Unknown column: {names}. Editable "
                                  "columns: {editable}.|Unknown columns: {names}. Editable "
                                  "columns: {editable}.", None, len(unknown)).format(
            names=", ".join(unknown), editable=", ".join(COLUMNS)))
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise BulkError(translate("BulkOperations", "Column named twice: {names}.|Columns "
                                  "named twice: {names}.", None, len(dupes)).format(
            names=", ".join(dupes)))
    reader.fieldnames = names
    return [n for n in names if n != ID_COLUMN]


def _restored(row: dict[Any, Any]) -> dict[Any, Any]:
    # None values (too few cells) and the None key (surplus cells) are checked later.
    return {k: restore(v) if isinstance(v, str) else v for k, v in row.items()}


def _rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        for row in reader:
            yield reader.line_num, _restored(row)
    except csv.Error as exc:
        raise BulkError(translate("BulkOperations", "Line {line}: not valid CSV ({error}).")
                        .format(line=reader.line_num, error=exc)) from None


def _row_changes(
    line: int, row: dict[str, Any], columns: list[str], state: ProductState
) -> tuple[list[FieldChange], list[RowError]]:
    pid = state.product_id
    changes, errors = [], []
    for name in columns:
        value = row.get(name)
        if value is None:
            errors.append(RowError(translate("BulkOperations", "too few cells"), line, pid))
            break
        if same(name, state.current[name], value):
            continue
        if not state.has(name):
            errors.append(RowError(f"{name}: {missing(name)}", line, pid))
        elif problem := value_error(name, value):
            errors.append(RowError(f"{name}: {problem}", line, pid))
        else:
            changes.append(FieldChange(name, state.current[name], value))
    return changes, errors


def _holder(catalog: OfflineCatalog, pid: str, handle: str, moves: dict[str, Any]) -> str | None:
    """Another product that keeps ``handle`` (one the file moves off it does not count)."""
    for other in catalog.handle_holders(handle):
        if other != pid and (other not in moves or moves[other][1] == handle):
            return other
    return None


def _handle_clashes(catalog: OfflineCatalog, moves: dict[str, tuple[int, str]]) -> list[RowError]:
    """Handles Medusa would refuse at the push: taken by another product, or given twice.

    ``moves`` maps each product whose handle the file changes to (line, new handle).
    """
    errors, first = [], {}
    for pid, (line, handle) in moves.items():
        if handle in first:
            errors.append(RowError(translate(
                "BulkOperations", "handle: row {row} sets the handle '{handle}' too"
            ).format(row=first[handle], handle=handle), line, pid))
            continue
        first[handle] = line
        if other := _holder(catalog, pid, handle, moves):
            errors.append(RowError(translate(
                "BulkOperations", "handle: product {other} already has the handle '{handle}'"
            ).format(other=other, handle=handle), line, pid))
    return errors


def read_plan(catalog: OfflineCatalog, source: TextIO, name: str = "CSV") -> BulkPlan:
    """The plan of the edits in a CSV file; nothing is written (a dry run)."""
    reader = csv.DictReader(source, skipinitialspace=False)
    columns = _header(reader)
    rows = list(_rows(reader))
    ids = [(r.get(ID_COLUMN) or "").strip() for _, r in rows]
    states = catalog.product_states([i for i in ids if i], columns)
    diffs, errors, seen = [], [], set()
    moves: dict[str, tuple[int, str]] = {}
    unchanged = 0
    for (line, row), pid in zip(rows, ids, strict=True):
        if None in row:  # DictReader keeps surplus cells under the None key
            errors.append(RowError(translate("BulkOperations", "more cells than columns"), line,
                                   pid or None))
            continue
        if not pid:
            errors.append(RowError(translate("BulkOperations", "no {column}").format(
                column=ID_COLUMN), line))
            continue
        if pid in seen:
            errors.append(RowError(translate("BulkOperations", "{product} appears more than "
                                             "once").format(product=pid), line, pid))
            continue
        seen.add(pid)
        state = states.get(pid)
        if state is None:
            errors.append(RowError(translate("BulkOperations", "no product {product} in the "
                                             "local catalog").format(product=pid), line, pid))
            continue
        changes, problems = _row_changes(line, row, columns, state)
        errors += problems
        if problems:
            continue
        if changes:
            diffs.append(ProductDiff(pid, state.title, tuple(changes)))
            for change in changes:
                if change.field == "handle":
                    moves[pid] = (line, change.after)
        else:
            unchanged += 1
    if clashes := _handle_clashes(catalog, moves):
        refused = {e.product_id for e in clashes}
        diffs = [d for d in diffs if d.product_id not in refused]
        errors = sorted([*errors, *clashes], key=lambda e: e.row or 0)
    description = translate("BulkOperations", "Import {file}").format(file=name)
    return BulkPlan("csv", description, tuple(diffs), unchanged, (), tuple(errors),
                    fields=tuple(columns))


def import_csv(catalog: OfflineCatalog, path: Path | str) -> BulkPlan:
    """Read and check a CSV file of edits: the dry-run plan (apply it with ``apply``)."""
    try:
        with open(path, encoding=ENCODING, newline="") as source:
            return read_plan(catalog, source, Path(path).name)
    except UnicodeDecodeError:
        raise BulkError(translate("BulkOperations", "{file} is not UTF-8 text.").format(
            file=Path(path).name)) from None
    except OSError as exc:
        raise BulkError(translate("BulkOperations", "Cannot read {file}: {error}.").format(
            file=path, error=exc.strerror or exc)) from None
