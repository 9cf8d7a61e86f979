"""The variant grid window: many products' variants, prices and stock as a spreadsheet.

Opened from the product list on the selection, the search or the whole catalog. The
first rows show at once; the rest are read a chunk per turn of the event loop. Edits
are staged in the grid (undo and redo step by step) until "Review changes…" saves
them to the outbox as one bulk edit; Push sends them, and the servers' conflicts and
refusals come back onto their cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QPoint, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app import money
from desktop_app.grid.columns import Column, Kind, chosen
from desktop_app.grid.loading import open_session
from desktop_app.i18n import translate
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui import theme
from desktop_app.ui.grid import column_memory, gc_freeze
from desktop_app.ui.grid.catalog_sync import CatalogSync
from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from desktop_app.ui.grid.column_chooser import ColumnChooser
from desktop_app.ui.grid.editing import GridEditing
from desktop_app.ui.grid.formula_dialog import FormulaDialog
from desktop_app.ui.grid.grid_view import GridView
from desktop_app.ui.grid.loader import ChunkedLoad
from desktop_app.ui.grid.model import GridModel
from desktop_app.ui.grid.ordering import GridOrder
from desktop_app.ui.grid.replace_dialog import ReplaceDialog
from desktop_app.ui.grid.saving import GridSaver

WIDTHS = {Kind.LABEL: 110, Kind.TEXT: 140, Kind.PRICE: 110, Kind.STOCK: 110,
          Kind.STATUS: 110, Kind.FLAG: 120}
LEAST = {"product": 230, "sku": 170}
CLEAR_LINK = "<a href='clear' style='color:@accent@'>{text}</a>"
TOOLBAR_STYLE = ("QToolBar#gridToolbar { background: @surface@; border: none; "
                 "border-bottom: 1px solid @line@; padding: 4px 10px; spacing: 4px; }"
                 "QToolBar#gridToolbar QToolButton { padding: 4px 9px; border-radius: 6px; }"
                 "QToolBar#gridToolbar QToolButton:hover { background: @hover@; }"
                 "QToolBar#gridToolbar QToolButton:checked { background: @selection@; }"
                 "QToolBar#gridToolbar QToolButton:disabled { color: @disabled@; }"
                 "QToolButton#reviewButton { background: @accent_fill@; color: @on_accent@; "
                 "font-weight: 600; }"
                 "QToolButton#reviewButton:hover { background: @accent_fill_hover@; }"
                 "QToolButton#reviewButton:disabled { background: @accent_fill_off@; "
                 "color: @on_accent@; }")


class GridWindow(QMainWindow):
    def __init__(self, catalog: OfflineCatalog, product_ids: Sequence[str], scope: str,
                 push: Callable[[], None] | None = None,
                 parent: QWidget | None = None, *,
                 push_ended: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.catalog = catalog
        self.scope = scope
        session, loader = open_session(catalog, product_ids, money.current_locale(),
                                       eager=False)
        self.session = session
        self.all_columns = list(session.columns.values())
        self.model = GridModel(session, chosen(self.all_columns, column_memory.load(catalog)),
                               self)
        self.view = GridView()
        self.view.setModel(self.model)
        self.editing = GridEditing(self.view, self.model, self)
        self.sync = CatalogSync(catalog, session, self)
        self.saver = GridSaver(catalog, session, self.sync, self, push, push_ended)
        self.load = ChunkedLoad(session, loader, self)
        self.order = GridOrder(self.model, self.view, lambda: self.load.done,
                               self.open_columns, self._hide_column, self)
        self.dialog: QWidget | None = None  # the open replace, formula or columns dialog
        self.setWindowTitle(translate("Grid", "Grid — {scope}").format(scope=scope))
        self.resize(1320, 820)
        self._build()
        self._connect()
        self._size_columns()
        self._update()
        gc_freeze.hold()
        self._released = False
        QTimer.singleShot(0, self.load.start)  # the first rows paint before the rest load

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        body = QWidget(objectName="gridBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.scope_label = QLabel(objectName="gridScope")
        theme.style(self.scope_label, "font-weight: 600;")
        self.filter_label = QLabel(objectName="gridFilters")
        theme.style(self.filter_label, "color: @muted@;")
        self.filter_label.linkActivated.connect(lambda _l: self.order.clear_filters())
        self.loading_label = QLabel(objectName="gridLoading")
        theme.style(self.loading_label, "color: @muted@;")
        top.addWidget(self.scope_label)
        top.addSpacing(16)
        top.addWidget(self.filter_label, 1)
        top.addWidget(self.loading_label)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.setAccessibleName(translate("Grid", "Variant grid"))
        self.view.setAccessibleDescription(translate(
            "Grid", "Variants, prices and stock: typing replaces a cell, Tab goes to the next "
            "cell, Ctrl+Tab leaves the grid; Shift+F10 sorts or filters the current column"))
        self.setCentralWidget(body)
        self._build_actions()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.changed_label = QLabel(objectName="gridChanged")
        self.attention_label = QLabel(objectName="gridAttention")
        theme.style(self.attention_label, "color: @danger@; font-weight: 600;")
        self.attention_label.setToolTip(translate("Grid", "F8 goes to the next one"))
        self.problem_label = QLabel(objectName="gridProblems")
        theme.style(self.problem_label, "color: @warning@; font-weight: 600;")
        for label in (self.changed_label, self.attention_label, self.problem_label):
            bar.addPermanentWidget(label)

    def _action(self, text: str, tip: str, slot: Callable[[], object], name: str,
                keys: Sequence[QKeySequence | QKeySequence.StandardKey | str] = ()) -> QAction:
        action = QAction(text, self, objectName=name)
        shortcuts = [QKeySequence(k) for k in keys]
        action.setShortcuts(shortcuts)
        if shortcuts:
            tip += f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # "toolbar": German and French take short forms there so Review changes… stays in view.
        key = QKeySequence.StandardKey
        a = self._action
        self.undo_action = a(
            translate("Grid", "Undo"), translate("Grid", "Undo the last step"),
            self.undo, "gridUndo", [key.Undo])
        self.redo_action = a(
            translate("Grid", "Redo"), translate("Grid", "Redo the step undone"),
            self.redo, "gridRedo", ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.copy_action = a(
            translate("Grid", "Copy"),
            translate("Grid", "Copy the selection as tab-separated text"),
            self.copy, "gridCopy", [key.Copy])
        self.paste_action = a(
            translate("Grid", "Paste"),
            translate("Grid", "Paste tab-separated text from a spreadsheet"),
            self.paste, "gridPaste", [key.Paste])
        self.fill_action = a(
            translate("Grid", "Fill down", "toolbar"),
            translate("Grid", "Copy each selected column's first cell into the cells below it"),
            self.fill_down, "gridFillDown", ["Ctrl+D"])
        self.clear_action = a(
            translate("Grid", "Clear"),
            translate("Grid", "Empty the selected cells (removes prices)"),
            self.clear_cells, "gridClear", [key.Delete])
        self.replace_action = a(
            translate("Grid", "Replace…"), translate("Grid", "Find and replace within a column"),
            self.open_replace, "gridReplace", ["Ctrl+H"])
        self.formula_action = a(
            translate("Grid", "Formula…"),
            translate("Grid", "+/− %, add an amount, round to .99, or set to another column, "
                      "on the selected cells"),
            self.open_formula, "gridFormula", ["Ctrl+M"])
        self.group_action = a(
            translate("Grid", "Group by product", "toolbar"),
            translate("Grid", "Variants under their product (folding), or one flat list"),
            lambda: self._set_grouped(self.group_action.isChecked()), "gridGroup",
            ["Ctrl+Shift+G"])
        self.group_action.setCheckable(True)
        self.group_action.setChecked(True)
        self.fold_action = a(
            translate("Grid", "Fold all", "toolbar"),
            translate("Grid", "Show only the products' header lines"),
            lambda: self.order.fold_all(True), "gridFoldAll", ["Ctrl+Shift+F"])
        self.unfold_action = a(
            translate("Grid", "Unfold all", "toolbar"), translate("Grid", "Show every variant"),
            lambda: self.order.fold_all(False), "gridUnfoldAll", ["Ctrl+Shift+E"])
        self.columns_action = a(
            translate("Grid", "Columns…"),
            translate("Grid", "Choose and order the columns (remembered for this shop)"),
            self.open_columns, "gridColumns", ["Ctrl+Shift+L"])
        self.next_action = a(
            translate("Grid", "Next problem"),
            translate("Grid", "Go to the next cell that needs attention"),
            self.next_problem, "gridNextProblem", ["F8"])
        self.review_action = a(
            translate("Grid", "Review changes…"),
            translate("Grid", "See what the changes amount to, then save them to the outbox"),
            self.review, "gridReview", ["Ctrl+S"])
        self.undo_save_action = a(
            translate("Grid", "Undo last save", "toolbar"),
            translate("Grid", "Take the last save back out of the outbox (or set the servers "
                      "back)"),
            self.saver.ask_undo, "gridUndoSave", ["Ctrl+Alt+Z"])
        self.push_action = a(
            translate("Grid", "Push"), translate("Grid", "Send the outbox to Medusa"),
            self.saver.push, "gridPush", ["Ctrl+Shift+P"])
        # The header's menu (sort, filter, hide) for the current cell's column, by key.
        self.column_menu_action = a(
            translate("Grid", "Column menu"),
            translate("Grid", "Sort, filter or hide the current cell's column"),
            self.open_column_menu, "gridColumnMenu", ["Shift+F10", Qt.Key.Key_Menu])
        bar = self.toolbar = QToolBar(translate("Grid", "Grid"), self, objectName="gridToolbar")
        bar.setMovable(False)
        theme.style(bar, TOOLBAR_STYLE)
        for group in ((self.undo_action, self.redo_action),
                      (self.fill_action, self.replace_action, self.formula_action),
                      (self.group_action, self.fold_action, self.unfold_action,
                       self.columns_action)):
            bar.addActions(group)
            bar.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([self.undo_save_action, self.push_action])
        bar.addAction(self.review_action)
        bar.widgetForAction(self.review_action).setObjectName("reviewButton")
        self.addToolBar(bar)

    def _connect(self) -> None:
        self.model.stepped.connect(self._stepped)
        self.load.read.connect(self._rows_read)
        self.load.finished.connect(self._loaded)
        self.order.changed.connect(self._update)
        self.model.headerDataChanged.connect(lambda *_a: self._fit_headers())
        self.order.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.sync.rows_changed.connect(self._rows_refreshed)
        self.sync.problems_changed.connect(self._problems_changed)
        self.saver.saved.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.saver.changed.connect(self._update)

    def _fit_headers(self) -> None:
        """A header that grew (a filter written after its name) widens its column."""
        header = self.view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for col in range(self.model.columnCount()):
            text = self.model.headerData(col, Qt.Orientation.Horizontal)
            needed = metrics.horizontalAdvance(text) + 40
            if header.sectionSize(col) < needed:
                header.resizeSection(col, needed)

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.view.horizontalHeader().font())
        for col, column in enumerate(self.model.columns):
            least = LEAST.get(column.key, WIDTHS[column.kind])
            width = max(least, metrics.horizontalAdvance(column.label) + 40)
            self.view.horizontalHeader().resizeSection(col, width)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.sync_columns()
        self.order.show_sort()

    # ---------------------------------------------------------------- status
    def _update(self) -> None:
        session = self.session
        staged = len(session.staged_cells)
        bad = session.error_count
        self.undo_action.setEnabled(session.can_undo)
        self.redo_action.setEnabled(session.can_redo)
        # The step's name in the tooltip: the toolbar keeps its width (and its place).
        self.undo_action.setToolTip(translate("Grid", "Undo {step} (Ctrl+Z)").format(
            step=session.undo_label() or ""))
        self.redo_action.setToolTip(translate("Grid", "Redo {step} (Ctrl+Shift+Z)").format(
            step=session.redo_label() or ""))
        self.review_action.setEnabled(staged > bad)
        self.undo_save_action.setEnabled(self.saver.last_op is not None)
        self.push_action.setEnabled(self.saver.can_push)
        if not self.saver.can_push:
            self.push_action.setToolTip(translate(
                "Grid", "This shop has no servers connected here: the outbox is sent by the "
                "main window's Push."))
        good = staged - bad
        self.changed_label.setText(translate("Grid", "%Ln cell(s) changed, not saved", None,
                                             good) if good else "")
        self.attention_label.setText(translate("Grid", "%Ln cell needs attention|%Ln cells "
                                               "need attention", None, bad) if bad else "")
        problems = len(session.problems)
        self.problem_label.setText(translate("Grid", "%Ln cell(s) in conflict or refused", None,
                                             problems) if problems else "")
        self._update_scope()

    def _update_scope(self) -> None:
        read, total = self.load.progress
        variants = len(self.session.rows)
        self.scope_label.setText(translate("Grid", "{scope} · %Ln variant(s)", None,
                                           variants).format(scope=self.scope))
        if not self.load.done:
            number = QLocale().toString
            self.loading_label.setText(translate("Grid", "Reading products… {read} of {total}")
                                       .format(read=number(read), total=number(total)))
        elif self.order.busy:
            self.loading_label.setText(translate("Grid", "Sorting…"))
        else:
            self.loading_label.setText("")
        if self.order.filters:
            shown = len(self.editing.filtered_rows())
            words = " · ".join(f"{self.session.columns[k].label} {self.model.filter_texts[k]}"
                               for k in self.order.filters)
            link = CLEAR_LINK.format(text=translate("Grid", "Clear filters"))
            self.filter_label.setText(translate(
                "Grid", "Filtered: {filters} — %Ln variant(s) shown {clear}", None,
                shown).format(filters=words, clear=link))
        else:
            self.filter_label.setText("")

    def _stepped(self, step: object, how: str) -> None:
        summary = step.summary()  # type: ignore[attr-defined]
        if how == "undo":
            summary = translate("Grid", "Undone: {step}").format(step=summary)
        elif how == "redo":
            summary = translate("Grid", "Redone: {step}").format(step=summary)
        self.statusBar().showMessage(summary, 10000)
        self._update()

    # ---------------------------------------------------------------- loading
    def _rows_read(self, _start: int) -> None:  # the lines know which rows they hold
        self.order.rows_read()
        self._update_scope()

    def _loaded(self) -> None:
        self.order.loaded()
        self._update()

    # ------------------------------------------------------------ group, fold
    def _set_grouped(self, grouped: bool) -> None:
        self.fold_action.setEnabled(grouped)
        self.unfold_action.setEnabled(grouped)
        self.order.set_grouped(grouped)

    # ---------------------------------------------------------------- columns
    def open_columns(self) -> ColumnChooser:
        chooser = ColumnChooser(self.all_columns, self.model.keys, self)
        chooser.accepted.connect(lambda: self.set_columns(chooser.keys()))
        chooser.finished.connect(chooser.deleteLater)
        self.dialog = chooser
        chooser.open()
        return chooser

    def set_columns(self, keys: Sequence[str]) -> None:
        """Show these columns (remembered for the shop); a hidden column's filter goes."""
        columns: list[Column] = chosen(self.all_columns, keys)
        self.model.set_columns(columns)
        column_memory.save(self.catalog, self.model.keys)
        self.order.drop_filters([c.key for c in self.all_columns if c.key not in self.model.keys])
        self._size_columns()
        self._update()

    def _hide_column(self, key: str) -> None:
        self.set_columns([k for k in self.model.keys if k != key])

    # ---------------------------------------------------------------- editing
    def undo(self) -> None:
        self.editing.undo()

    def redo(self) -> None:
        self.editing.redo()

    def copy(self) -> None:
        cells = self.editing.copy()
        if cells:
            self.statusBar().showMessage(translate("Grid", "Copied %Ln cell(s)", None, cells),
                                         5000)

    def paste(self) -> None:
        if self.editing.paste() is None:
            self.statusBar().showMessage(
                translate("Grid", "Nothing to paste, or no cell to paste on."), 5000)

    def fill_down(self) -> None:
        if self.editing.fill_down() is None:
            self.statusBar().showMessage(
                translate("Grid", "Select the cells to fill, with the value on top."), 5000)

    def clear_cells(self) -> None:
        self.editing.clear()

    def open_column_menu(self) -> QMenu:
        """The current column's header menu, under its header (the keyboard's right
        click)."""
        current = self.view.currentIndex()
        col = current.column() if current.isValid() else 0
        frozen = col < self.view.frozen_count
        header = (self.view.frozen if frozen else self.view).horizontalHeader()
        menu = self.order.header_menu_for(col, header)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(QPoint(header.sectionViewportPosition(col),
                                             header.height())))
        return menu

    def open_replace(self) -> ReplaceDialog:
        current = self.view.currentIndex()
        key = self.model.keys[current.column()] if current.isValid() else None
        dialog = ReplaceDialog(self.model.columns, key, len(self.editing.selected_rows()), self)

        def replace(key: str, find: str, repl: str, case: bool, whole: bool,
                    selected: bool) -> None:
            step = self.editing.replace(key, find, repl, match_case=case, whole_cell=whole,
                                        selected_only=selected)
            dialog.show_result(translate("Grid", "{step}.").format(step=step.summary())
                               if step.cells else translate("Grid", "No cell matched."))

        dialog.replaceRequested.connect(replace)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_formula(self) -> FormulaDialog | None:
        cells = len(self.editing.selected_cells())
        if not cells:
            self.statusBar().showMessage(
                translate("Grid", "Select the cells to apply a formula to."), 5000)
            return None
        dialog = FormulaDialog(self.model.columns, cells, self.session.locale, self)
        dialog.accepted.connect(lambda: dialog.formula is not None
                                and self.editing.apply_formula(dialog.formula))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def next_problem(self) -> bool:
        """The current cell moves to the next bad or conflicted cell below it."""
        start = self.view.currentIndex()
        lines, cols = self.model.rowCount(), self.model.columnCount()
        first = (start.row() * cols + start.column() + 1) if start.isValid() else 0
        for n in range(lines * cols):
            at = (first + n) % (lines * cols)
            index = self.model.index(*divmod(at, cols))
            if index.data(STATE_ROLE) in (State.BAD, State.PROBLEM):
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                self.statusBar().showMessage(index.data(Qt.ItemDataRole.ToolTipRole), 10000)
                return True
        return False

    # ------------------------------------------------------------ save, push
    def review(self) -> None:
        self.saver.open_review()

    def _rows_refreshed(self, rebuilt: bool) -> None:
        gc_freeze.freeze()  # the rows read again stay out of full collections too
        if rebuilt:  # row indices moved: the lines must be made again now
            self.order.arrange_now()
        else:
            self.model.refresh()
        self._update()

    def _problems_changed(self) -> None:
        self.model.refresh()
        self._update()

    # ------------------------------------------------------------------ close
    def has_unsaved_changes(self) -> bool:
        return bool(self.session.staged_cells)

    def discard_and_close(self) -> None:
        self.session.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes():
            event.ignore()
            self._ask_discard()
            return
        self.load.stop()
        self.order.stop()
        self.sync.detach()
        self.saver.cancel()
        if not self._released:
            self._released = True
            gc_freeze.release()
        super().closeEvent(event)

    def _ask_discard(self) -> QMessageBox:
        count = len(self.session.staged_cells)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Grid", "Unsaved grid changes"),
                          translate("Grid", "%Ln changed cell is not saved to the outbox.|%Ln "
                                    "changed cells are not saved to the outbox.", None, count),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("gridUnsaved")
        box.setInformativeText(translate("Grid", "Review changes saves them; Discard closes "
                                         "the grid without."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        discard = box.button(QMessageBox.StandardButton.Discard)
        box.buttonClicked.connect(lambda b: b is discard and self.discard_and_close())
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box
