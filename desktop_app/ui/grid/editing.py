"""The grid's spreadsheet moves on the view's selection: copy, paste, fill down, clear,
find and replace, formulas, undo and redo; each is one session step.

Copy and paste go through the real clipboard as tab-separated text, as LibreOffice,
Excel and Google Sheets write and read it (quoted cells, a trailing newline).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QApplication

from desktop_app.grid import formulas
from desktop_app.grid.session import GridSession, Step
from desktop_app.i18n import translate
from desktop_app.ui.grid.frozen_view import FrozenTableView
from desktop_app.ui.grid.model import GridModel
from desktop_app.ui.grid.selection import Block, cursor_block, selected_block


class GridEditing(QObject):
    def __init__(self, view: FrozenTableView, model: GridModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.model = model

    @property
    def session(self) -> GridSession:
        return self.model.session

    def _selection(self) -> QItemSelectionModel:
        return self.view.selectionModel()

    def block(self) -> Block | None:
        return selected_block(self.model, self._selection())

    def _step(self, step: Step) -> Step:
        self.model.step_done(step)
        return step

    # -------------------------------------------------------------- moves
    def copy(self) -> int:
        """The selection to the clipboard as tab-separated text; returns its cell count."""
        block = self.block()
        if block is None:
            return 0
        text = self.session.copy(self.model.arrangement.rows, self.model.keys, block.rect)
        QApplication.clipboard().setText(text)
        return block.cells

    def paste(self, text: str | None = None) -> Step | None:
        """The clipboard's text (or ``text``) pasted on the selection."""
        text = QApplication.clipboard().text() if text is None else text
        block = cursor_block(self.model, self._selection())
        if block is None or not text:
            return None
        return self._step(self.session.paste(text, self.model.arrangement.rows,
                                             self.model.keys, block.rect))

    def fill_down(self) -> Step | None:
        block = self.block()
        if block is None or block.rect[2] < 2:
            return None
        return self._step(self.session.fill_down(self.model.arrangement.rows,
                                                 self.model.keys, block.rect))

    def clear(self) -> Step | None:
        """The selected cells emptied (a price removed; a stock cell asks for a number)."""
        edits = [(row, key, "") for row, key in self.selected_cells()]
        if not edits:
            return None
        return self._step(self.session.set_texts(edits, translate("Grid", "Clear")))

    def replace(self, key: str, find: str, replacement: str, *, match_case: bool,
                whole_cell: bool, selected_only: bool) -> Step:
        rows = self.selected_rows() if selected_only else self.filtered_rows()
        return self._step(self.session.replace(key, find, replacement, rows,
                                               match_case=match_case, whole_cell=whole_cell))

    def apply_formula(self, formula: formulas.Formula) -> Step:
        return self._step(self.session.apply_formula(formula, self.selected_cells()))

    def undo(self) -> Step | None:
        step = self.session.undo()
        if step is not None:
            self.model.step_done(step, "undo")
        return step

    def redo(self) -> Step | None:
        step = self.session.redo()
        if step is not None:
            self.model.step_done(step, "redo")
        return step

    # ---------------------------------------------------------- selection
    def selected_cells(self) -> list[tuple[int, str]]:
        """(session row, column key) of each selected variant cell, in view order."""
        block = self.block()
        if block is None:
            return []
        selection = self._selection()
        keys = self.model.keys
        top, left, height, width = block.rect
        rows = self.model.arrangement.rows[top:top + height]
        line_of = self.model.arrangement.line_of
        found = []
        for row in rows:
            line = line_of(row)
            for col in range(left, left + width):
                if line is not None and selection.isSelected(self.model.index(line, col)):
                    found.append((row, keys[col]))
        if not found and (current := selection.currentIndex()).isValid():
            row = self.model.row_at(current.row())
            if row is not None:
                found.append((row, keys[current.column()]))
        return found

    def selected_rows(self) -> list[int]:
        return list(dict.fromkeys(row for row, _ in self.selected_cells()))

    def filtered_rows(self) -> Iterable[int]:
        """Every variant the filters let through, folded products included."""
        arrangement = self.model.arrangement
        if not arrangement.grouped:
            return list(arrangement.rows)
        return [row for group in arrangement.groups for row in group.shown]
