"""The grid's staged cells: what the merchant typed, pasted, filled or computed, checked
cell by cell, with undo and redo of every step; nothing reaches the catalog until the
merchant commits the reviewed changes (``plan.grid_plan``).

Cells are addressed by a row index into ``rows`` and a column key. A product-level
column (status) stages one value per product, shown on each of its variants. A staged
cell keeps the text as typed: a bad cell shows it with the reason, and the rest of a
paste is kept. A SKU is checked against every other variant of the shop, staged ones
included: the shop's holders of a staged SKU are looked up when it is staged (the
catalog's ``sku_holders``), never read for the whole shop at opening.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.grid import cells, formulas
from desktop_app.grid.clipboard import format_block, parse_block
from desktop_app.grid.columns import Column, Kind
from desktop_app.grid.rows import VariantRow, read_only_reason, value_of
from desktop_app.i18n import translate
from desktop_app.store.fields import same

# (SKUs, products to leave out) -> the products holding each SKU (the catalog's).
SkuHolders = Callable[[Collection[str], Collection[str]], Mapping[str, Collection[str]]]
CellKey = tuple[str, str, str]  # (product id, variant id or "" for a product column, column)
Rect = tuple[int, int, int, int]  # top, left, height, width in view positions


@dataclass(frozen=True)
class Staged:
    text: str
    value: Any = None
    error: str | None = None


@dataclass
class Step:
    label: str
    cells: dict[CellKey, tuple[Staged | None, Staged | None]] = field(default_factory=dict)
    skipped: int = 0  # read-only cells the step left alone

    @property
    def errors(self) -> int:
        return sum(1 for _, after in self.cells.values() if after and after.error)

    def summary(self) -> str:
        text = translate("Grid", "{step}: %Ln cell(s)", None, len(self.cells)).format(
            step=self.label)
        if self.errors:
            text = translate("Grid", "{summary}, %Ln with an error|{summary}, %Ln with errors",
                             None, self.errors).format(summary=text)
        if self.skipped:
            text = translate("Grid", "{summary}, %Ln read-only left as it is|{summary}, %Ln "
                             "read-only left as they are", None, self.skipped).format(summary=text)
        return text


class GridSession:
    def __init__(self, columns: Sequence[Column], locale: str,
                 sku_holders: SkuHolders | None = None) -> None:
        self.columns = {c.key: c for c in columns}
        self.locale = locale
        self.rows: list[VariantRow] = []
        self._index: dict[tuple[str, str], int] = {}
        self._staged: dict[CellKey, Staged] = {}
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._sku_holders = sku_holders
        # SKU -> the products outside the grid holding it, as first asked (the grid's own
        # products are checked on their rows; a SKU is asked for once a session).
        self._holders: dict[str, frozenset[str]] = {}
        self._loaded_products: set[str] = set()
        self.problems: dict[CellKey, str] = {}  # server conflicts and refusals, by cell

    # ------------------------------------------------------------------ rows
    def add_rows(self, rows: Iterable[VariantRow]) -> int:
        """Rows read later (the grid loads in chunks); returns how many were added."""
        added = 0
        for row in rows:
            if row.key in self._index:
                continue
            self._index[row.key] = len(self.rows)
            self.rows.append(row)
            self._loaded_products.add(row.product_id)
            added += 1
        return added

    def replace_rows(self, rows: Iterable[VariantRow]) -> None:
        """Fresh rows after the catalog changed (a pull, a push); staged cells stay."""
        self.rows, self._index, self._loaded_products = [], {}, set()
        self.add_rows(rows)
        self._recheck_skus()

    def reread_rows(self, product_ids: Iterable[str], rows: Iterable[VariantRow]) -> bool:
        """``rows``: the products of ``product_ids`` read again (after a save, a push, a
        pull). A product that keeps its variants keeps its row indices (the grid's view
        stays as it is); otherwise every row is rebuilt in the same product order, a
        product gone dropped. Products not in the grid yet are left to the loader.
        Staged cells stay. Returns whether the rows were rebuilt."""
        wanted = set(product_ids)
        positions: dict[str, list[int]] = {}
        for i, row in enumerate(self.rows):
            if row.product_id in wanted:
                positions.setdefault(row.product_id, []).append(i)
        fresh: dict[str, list[VariantRow]] = {pid: [] for pid in positions}
        for row in rows:
            if row.product_id in fresh:
                fresh[row.product_id].append(row)
        if all([self.rows[i].variant_id for i in positions[pid]]
               == [r.variant_id for r in new] for pid, new in fresh.items()):
            for pid, new in fresh.items():
                for i, row in zip(positions[pid], new, strict=True):
                    self.rows[i] = row
            self._recheck_skus()
            return False
        rebuilt: list[VariantRow] = []
        for i, row in enumerate(self.rows):
            if row.product_id not in fresh:
                rebuilt.append(row)
            elif i == positions[row.product_id][0]:  # the product's rows, fresh, once
                rebuilt.extend(fresh[row.product_id])
        self.replace_rows(rebuilt)
        return True

    def row_of(self, product_id: str, variant_id: str) -> int | None:
        return self._index.get((product_id, variant_id))

    def column(self, key: str) -> Column:
        return self.columns[key]

    # ----------------------------------------------------------------- cells
    def key(self, row: int, column_key: str) -> CellKey:
        r = self.rows[row]
        return (r.product_id, "" if self.columns[column_key].product_level else r.variant_id,
                column_key)

    def original(self, row: int, column_key: str) -> Any:
        return value_of(self.rows[row], self.columns[column_key])

    def staged(self, row: int, column_key: str) -> Staged | None:
        return self._staged.get(self.key(row, column_key))

    def value(self, row: int, column_key: str) -> Any:
        """The cell's value with grid changes (a bad cell keeps the original value)."""
        staged = self.staged(row, column_key)
        if staged is not None and staged.error is None:
            return staged.value
        return self.original(row, column_key)

    def text(self, row: int, column_key: str) -> str:
        staged = self.staged(row, column_key)
        if staged is not None:
            return (staged.text if staged.error
                    else cells.show(self.columns[column_key], staged.value, self.locale))
        return cells.show(self.columns[column_key], self.original(row, column_key),
                          self.locale)

    def error(self, row: int, column_key: str) -> str | None:
        staged = self.staged(row, column_key)
        return None if staged is None else staged.error

    def problem(self, row: int, column_key: str) -> str | None:
        return self.problems.get(self.key(row, column_key))

    def read_only(self, row: int, column_key: str) -> str | None:
        return read_only_reason(self.rows[row], self.columns[column_key])

    @property
    def staged_cells(self) -> dict[CellKey, Staged]:
        return dict(self._staged)

    @property
    def error_count(self) -> int:
        return sum(1 for s in self._staged.values() if s.error)

    # ----------------------------------------------------------------- steps
    def set_texts(self, edits: Iterable[tuple[int, str, str]], label: str | None = None) -> Step:
        """One step: each ``(row, column key, text)`` as if typed into the cell."""
        step = Step(translate("Grid", "Edit") if label is None else label)
        for row, column_key, text in edits:
            self._stage(step, row, column_key, text)
        return self._finish(step)

    def set_values(self, edits: Iterable[tuple[int, str, Any]], label: str) -> Step:
        """One step of computed values (formulas, CSV imports), shown and checked as text."""
        return self.set_texts(((r, k, cells.show(self.columns[k], v, self.locale))
                               for r, k, v in edits), label)

    def _stage(self, step: Step, row: int, column_key: str, text: str) -> None:
        if self.read_only(row, column_key):
            step.skipped += 1
            return
        key = self.key(row, column_key)
        column = self.columns[column_key]
        parsed = cells.parse(column, text, self.locale)
        new: Staged | None = Staged(text, parsed.value, parsed.error)
        if parsed.ok and same_value(column, parsed.value, self.original(row, column_key)):
            new = None  # back to what the catalog holds: nothing to change
        old = self._staged.get(key)
        if old == new:
            return
        before = step.cells[key][0] if key in step.cells else old
        step.cells[key] = (before, new)
        self._put(key, new)

    def _put(self, key: CellKey, staged: Staged | None) -> None:
        if staged is None:
            self._staged.pop(key, None)
        else:
            self._staged[key] = staged

    def _finish(self, step: Step) -> Step:
        if any(k[2] == "sku" for k in step.cells):
            self._recheck_skus(step)
        if step.cells:
            self._undo.append(step)
            self._redo.clear()
        return step

    # ------------------------------------------------------------- undo/redo
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Step | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        for key, (before, _) in step.cells.items():
            self._put(key, before)
        self._redo.append(step)
        self._recheck_skus()
        return step

    def redo(self) -> Step | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        for key, (_, after) in step.cells.items():
            self._put(key, after)
        self._undo.append(step)
        self._recheck_skus()
        return step

    def clear(self, keys: Iterable[CellKey] | None = None) -> None:
        """Forget staged cells (all, or ``keys``: those the catalog took); no undo."""
        if keys is None:
            self._staged.clear()
        else:
            for key in keys:
                self._staged.pop(key, None)
        self._undo.clear()
        self._redo.clear()

    # ----------------------------------------------------- spreadsheet moves
    def copy(self, view_rows: Sequence[int], view_cols: Sequence[str], rect: Rect) -> str:
        top, left, height, width = rect
        return format_block([[self.text(view_rows[r], view_cols[c])
                              for c in range(left, left + width)]
                             for r in range(top, top + height)])

    def paste(self, text: str, view_rows: Sequence[int], view_cols: Sequence[str],
              rect: Rect) -> Step:
        """Paste clipboard text on the selection ``rect``: one value fills the whole
        selection; a block tiles a selection that is a multiple of it; otherwise the
        block goes from the selection's top left, beyond the selection if larger
        (clipped at the grid's edge)."""
        block = parse_block(text)
        if not block:
            return Step(translate("Grid", "Paste"))
        top, left, height, width = rect
        rows_n, cols_n = len(block), max(len(r) for r in block)
        if (height % rows_n == 0 and width % cols_n == 0) and (height, width) != (1, 1):
            span_h, span_w = height, width
        else:
            span_h, span_w = rows_n, cols_n
        edits = []
        for r in range(min(span_h, len(view_rows) - top)):
            for c in range(min(span_w, len(view_cols) - left)):
                line = block[r % rows_n]
                text_ = line[c % cols_n] if c % cols_n < len(line) else ""
                edits.append((view_rows[top + r], view_cols[left + c], text_))
        return self.set_texts(edits, translate("Grid", "Paste"))

    def fill_down(self, view_rows: Sequence[int], view_cols: Sequence[str],
                  rect: Rect) -> Step:
        """Each selected column's first cell copied into the selected cells below it."""
        top, left, height, width = rect
        edits = []
        for c in range(left, left + width):
            key = view_cols[c]
            first = self.text(view_rows[top], key)
            edits += [(view_rows[r], key, first) for r in range(top + 1, top + height)]
        return self.set_texts(edits, translate("Grid", "Fill down"))

    def replace(self, column_key: str, find: str, replacement: str,
                rows: Iterable[int] | None = None, *, match_case: bool = False,
                whole_cell: bool = False) -> Step:
        """Find and replace within one column (of ``rows``, or every row)."""
        edits = []
        for row in range(len(self.rows)) if rows is None else rows:
            text = self.text(row, column_key)
            new = _replaced(text, find, replacement, match_case, whole_cell)
            if new != text:
                edits.append((row, column_key, new))
        label = translate("Grid", "Replace “{find}” with “{replacement}”")
        return self.set_texts(edits, label.format(find=find, replacement=replacement))

    def apply_formula(self, formula: formulas.Formula,
                      targets: Iterable[tuple[int, str]]) -> Step:
        """A formula on each ``(row, column key)``; a cell it cannot apply to is skipped."""
        edits, skipped = [], 0
        for row, key in targets:
            column = self.columns[key]
            if formulas.check(formula, column) or self.read_only(row, key):
                skipped += 1
                continue
            source = (self.value(row, formula.column_key)
                      if isinstance(formula, formulas.CopyFrom) else None)
            value = formulas.compute(formula, self.value(row, key), column, source)
            if value is None and not isinstance(formula, formulas.CopyFrom):
                continue
            edits.append((row, key, cells.show(column, value, self.locale)))
        step = self.set_texts(edits, formula.describe(self.locale))
        step.skipped += skipped
        return step

    # -------------------------------------------------------------- checking
    def _recheck_skus(self, step: Step | None = None) -> None:
        """Mark staged SKUs another variant of the shop holds (or clear the mark).

        A row whose new SKU is refused keeps its old one, which may in turn refuse
        another row's new SKU: marks are added until nothing changes (they only grow,
        so this ends), and then no two variants hold the same SKU."""
        wanted = self._sku_candidates()
        if not wanted:
            return
        outside = self._held_outside(set(wanted.values()))
        bad = {k for k, sku in wanted.items() if sku in outside}
        while True:
            held: Counter[str] = Counter()
            for i, row in enumerate(self.rows):
                key = (row.product_id, row.variant_id, "sku")
                sku = wanted[key] if key in wanted and key not in bad else self._stored_sku(i)
                if sku:
                    held[sku] += 1
            more = {k for k, sku in wanted.items() if sku and k not in bad and held[sku] > 1}
            if not more:
                break
            bad |= more
        for key, sku in wanted.items():
            staged = self._staged[key]
            new = (Staged(staged.text, None, _duplicate(sku)) if key in bad
                   else Staged(staged.text, sku, None))
            if new != staged:
                if step is not None and key in step.cells:
                    step.cells[key] = (step.cells[key][0], new)
                self._staged[key] = new

    def _held_outside(self, skus: Collection[str]) -> set[str]:
        """Those of ``skus`` a product not in the grid holds."""
        new = [s for s in skus if s and s not in self._holders]
        if new and self._sku_holders is not None:
            found = self._sku_holders(new, self._loaded_products)
            self._holders.update({s: frozenset(found.get(s, ())) for s in new})
        return {s for s in skus if self._holders.get(s, frozenset()) - self._loaded_products}

    def _sku_candidates(self) -> dict[CellKey, str]:
        """Staged SKUs the merchant means rows to have (good or refused as taken)."""
        if "sku" not in self.columns:
            return {}
        out = {}
        # The message up to the SKU, in any language (French quotes with « », not “ ”).
        taken = _duplicate("\0").partition("\0")[0]
        for key, staged in self._staged.items():
            if key[2] != "sku" or (staged.error and not staged.error.startswith(taken)):
                continue
            # An emptied SKU is kept too: that row then holds none.
            out[key] = str(cells.parse(self.columns["sku"], staged.text, self.locale).value or "")
        return out

    def _stored_sku(self, row: int) -> str:
        return str(self.original(row, "sku") or "")


def _duplicate(sku: str) -> str:
    return translate("GridCells", "Another variant of the shop has the SKU “{sku}”.").format(
        sku=sku)


def same_value(column: Column, a: Any, b: Any) -> bool:
    if column.kind is Kind.PRICE or column.kind is Kind.STOCK:
        return (a is None) == (b is None) and (a is None or a == b)
    if column.kind is Kind.TEXT:
        return same("variants.x.sku", a, b)
    return a == b


def _replaced(text: str, find: str, replacement: str, match_case: bool, whole: bool) -> str:
    if not find:
        return text
    if whole:
        hit = text == find if match_case else text.casefold() == find.casefold()
        return replacement if hit else text
    if match_case:
        return text.replace(find, replacement)
    out, low, needle, i = [], text.casefold(), find.casefold(), 0
    while (j := low.find(needle, i)) >= 0:
        out += [text[i:j], replacement]
        i = j + len(find)
    out.append(text[i:])
    return "".join(out)
