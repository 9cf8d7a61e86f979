"""The product list over the profile's local store: the main window's body.

``StoreListModel`` pages rows out of SQLite (search, filters and sort run in SQL),
so the list is the same with or without a network. Double-click opens the
commerce editor (or the conflict dialog for a row that needs a decision); the
"Pending changes" view, pull, push and connectivity monitoring hang off the
same ``OfflineCatalog``. The host window places ``pending`` and the status
signals where it wants them. Network work runs as tasks on the qasync loop.

Whole products (issue 12): New product, Duplicate and Delete are the page's actions
(the list's context menu; Ctrl+D and Delete in the list; the host adds them to its
toolbar). A product made here is selected in the list once it is in the store, and
pushed at once when the shop is online, like a saved edit. Below the search, the
organise and stock filters narrow the same SQL query.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exchange.pull import PullProgress, PullReport
from desktop_app.exchange.push import PushProgress
from desktop_app.i18n import translate
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import SearchQuery, SearchRow
from desktop_app.store.operations import is_local
from desktop_app.store.search import SYNC_STATES
from desktop_app.ui.badges import BadgeDelegate
from desktop_app.ui.formatting import format_timestamp, status_label
from desktop_app.ui.offline.badges import SyncBadgeDelegate
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.conflict_dialog import ConflictDialog
from desktop_app.ui.offline.list_model import Col, StoreListModel, sync_label
from desktop_app.ui.offline.new_product_dialog import NewProductDialog
from desktop_app.ui.offline.no_results import NoResults, is_narrowed
from desktop_app.ui.offline.organise_filters import OrganiseFilters
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.product_prompts import DuplicateDialog, ask_delete
from desktop_app.ui.offline.push_words import (
    push_error,
    push_failures,
    push_message,
    push_results,
)
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.validation import STATUSES
from desktop_app.ui.quality.completeness_filter import CompletenessFilter
from desktop_app.ui.quality.locale_choice import ScoreLocaleChoice
from desktop_app.ui.steady_width import keep_width
from desktop_app.ui.style import icon
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.timeline.opening import close_all as close_timelines
from desktop_app.ui.timeline.opening import open_timeline
from desktop_app.ui.translations.opening import close_all as close_translations
from desktop_app.ui.translations.opening import open_translations

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150  # SQL search is ~ms: a short debounce just spares keystrokes
MONITOR_INTERVAL = 30.0
COLUMN_WIDTHS = ((Col.HANDLE, 200), (Col.STATUS, 110), (Col.VARIANTS, 80), (Col.STOCK, 70),
                 (Col.SKUS, 200), (Col.UPDATED, 160), (Col.SYNC, 170))


SEARCH_MIN_WIDTH = 160  # px: the search box at 1240 px in German


class CatalogPage(QWidget):
    activity = Signal(str)  # what runs now ("" when idle)
    message = Signal(str, int)  # a transient status-bar message and its timeout
    pulled = Signal(object)  # PullReport
    countsChanged = Signal()
    gridRequested = Signal()  # the variant grid on the selection or search (the host's)
    # A pull or push ended: "Pull"/"Push", ok, what it did, seconds (desktop notifications)
    taskEnded = Signal(str, bool, str, float)
    pushEnded = Signal(str)  # what the push did, in push_words' words (the grid says it)

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None, *,
                 close_catalog: bool = True) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._close_catalog = close_catalog
        self._pull = TaskSlot("pull")
        self._push = TaskSlot("push")
        self._override = TaskSlot("override lock")
        self._close = TaskSlot("close")
        self.editors: dict[str, CommerceEditor] = {}
        self.conflicts: dict[str, ConflictDialog] = {}
        self.new_dialog: NewProductDialog | None = None
        self.prompt: QWidget | None = None  # the open duplicate or delete question
        self.setObjectName("catalogPage")
        self._build()
        self._build_actions()
        self.pending = PendingView(catalog, self.push if self.online_capable else None)
        self.pending.resolveRequested.connect(self.open_conflicts)
        self.pending.overrideRequested.connect(self.override_lock)
        self.pending.editRequested.connect(self.open_editor)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._update_summary()

    @property
    def online_capable(self) -> bool:
        return self.catalog.shop is not None

    @property
    def busy(self) -> bool:
        return self._pull.running or self._push.running

    @property
    def pulling(self) -> bool:
        return self._pull.running

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._build_filters())
        # The table, or what says that the search or filters matched nothing.
        self.body = QStackedWidget()
        self.body.addWidget(self._build_table())
        self.no_results = NoResults()
        self.no_results.clearRequested.connect(self.clear_filters)
        self.body.addWidget(self.no_results)
        layout.addWidget(self.body, 1)

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(8)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText(
            translate("CatalogPage", "Search title, handle, SKU, description or ID…"))
        self.search_edit.setClearButtonEnabled(True)
        # German and French filters are wider, so the box narrows, but not below what
        # shows a few typed words: the completeness filter gives way first.
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_combo = QComboBox(objectName="statusCombo")
        self.status_combo.addItem(translate("CatalogPage", "All statuses"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.sync_combo = QComboBox(objectName="syncCombo")
        self.sync_combo.addItem(translate("CatalogPage", "Any sync state"), None)
        for state in SYNC_STATES:
            self.sync_combo.addItem(sync_label(state), state)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.sync_combo.currentIndexChanged.connect(self.apply_filter)
        self.organise = OrganiseFilters(self.catalog)
        self.organise.setObjectName("organiseFilters")
        self.organise.changed.connect(self.apply_filter)
        self.summary_label = QLabel(objectName="summaryLabel")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As wide as its longest count from the start: the search box keeps its width.
        widest = QLocale().toString(888888)  # six digits: the largest shops we know of
        keep_width(self.summary_label, translate("CatalogPage", "Showing {shown} of {total}")
                   .format(shown=widest, total=widest))
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.sync_combo)
        filters.addWidget(self.organise.stock_combo)
        self.completeness = CompletenessFilter(self.catalog.quality_rules())  # issue 16
        self.completeness.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.completeness)
        # The locale the Score means, on a shop with translations (hidden elsewhere).
        self.score_locale = ScoreLocaleChoice(self.catalog.quality_locales())
        self.score_locale.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.score_locale)
        filters.addStretch(1)
        filters.addWidget(self.summary_label)
        # Where a list's "add" is found (the toolbar has no room left for it).
        self.new_button = QPushButton(translate("CatalogPage", "New product"),
                                      objectName="newProductButton")
        self.new_button.setToolTip(translate(
            "CatalogPage", "Make a new product: options, variants, prices, stock (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_product)
        filters.addWidget(self.new_button)
        rows.addLayout(filters)
        # Category, collection, tag, type, channel: a row of their own, once there are any.
        rows.addWidget(self.organise)
        self.organise.setVisible(self.organise.any_terms())
        return rows

    def _build_table(self) -> QTableView:
        self.model = StoreListModel(self.catalog, self)
        table = self.table = QTableView(objectName="productTable")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(Col.TITLE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        # Fixed row heights: the view never asks every row for its size hint.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setItemDelegateForColumn(Col.STATUS, BadgeDelegate("status", table))
        table.setItemDelegateForColumn(Col.SYNC, SyncBadgeDelegate(table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {col: self._fitting(table, col, width)
                  for col, width in (*COLUMN_WIDTHS, (Col.SCORE, 70))}
        # What longer headings (a translation's) take, Handle and SKUs give back: the
        # title keeps its room at the window's default width.
        extra = sum(widths.values()) - sum(w for _c, w in COLUMN_WIDTHS) - 70
        for col in (Col.HANDLE, Col.SKUS):
            widths[col] = max(120, widths[col] - (extra + 1) // 2)
        for col, width in widths.items():
            header.resizeSection(col, width)
        table.doubleClicked.connect(self.open_index)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        return table

    @staticmethod
    def _fitting(table: QTableView, col: Col, width: int) -> int:
        """``width``, or more where a translation's header (and sort arrow) or a status
        pill is wider: "Veröffentlicht", "Bewertung" must not be cut off."""
        table.horizontalHeader().ensurePolished()
        heading = str(table.model().headerData(col, Qt.Orientation.Horizontal) or "")
        needed = table.horizontalHeader().fontMetrics().horizontalAdvance(heading) + 30
        if col is Col.STATUS:  # its pills: the widest status, as BadgeDelegate draws it
            pill = QFont(table.font())
            pill.setWeight(QFont.Weight.DemiBold)
            widest = max(QFontMetrics(pill).horizontalAdvance(status_label(s))
                         for s in STATUSES)
            needed = max(needed, widest + 2 * 9 + 16)  # the pill's padding, the cell's
        if col is Col.UPDATED:  # the locale's date and time: "Nov 27, 2026, 10:58 PM"
            table.ensurePolished()  # the stylesheet's font, as the cells are drawn
            sample = format_timestamp(datetime(2026, 12, 28, 22, 58))
            needed = max(needed, table.fontMetrics().horizontalAdvance(sample) + 32)
        return max(width, needed)

    def _build_actions(self) -> None:
        def action(text: str, tip: str, slot: object, name: str) -> QAction:
            made = QAction(text, self, objectName=name)
            made.setToolTip(tip)
            made.triggered.connect(slot)
            return made

        self.new_action = action(translate("CatalogPage", "New product…"),
                                 translate("CatalogPage", "Make a new product (Ctrl+N)"),
                                 self.new_product, "newProductAction")
        # Shown in menus; the host window owns the key (one Ctrl+N in a window).
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = action(translate("CatalogPage", "Edit product"),
                                  translate("CatalogPage",
                                            "Edit the selected product's commerce data"),
                                  self.edit_current, "editProductAction")
        self.duplicate_action = action(
            translate("CatalogPage", "Duplicate…"),
            translate("CatalogPage", "Make a new product copying the selected one (Ctrl+D)"),
            self.duplicate_selected, "duplicateAction")
        self.delete_action = action(
            translate("CatalogPage", "Delete…"),
            translate("CatalogPage", "Delete the selected products, after asking (Delete)"),
            self.delete_selected, "deleteAction")
        self.grid_action = action(
            translate("CatalogPage", "Edit in grid…"),
            translate("CatalogPage", "Variants, prices and stock of the selected products "
                      "(two or more), else of the whole search result, as a spreadsheet "
                      "(Ctrl+G)"),
            self.gridRequested.emit, "gridAction")
        # Shown in menus; the host window owns the key (one Ctrl+G: never ambiguous).
        self.grid_action.setShortcut(QKeySequence("Ctrl+G"))
        self.grid_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.timeline_action = action(
            translate("CatalogPage", "Timeline…"),
            translate("CatalogPage", "Every state of the selected product: pulled, sent and "
                      "Payload versions; compare two, restore a field"),
            self.open_timeline, "timelineAction")
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for act in (self.duplicate_action, self.delete_action):
            # Keys of the list only: Delete in the search box deletes text, not products.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(act)
        self.translations_action = action(
            translate("CatalogPage", "Translations…"),
            translate("CatalogPage", "Translate the selected product's content into the "
                      "shop's other locales, the source beside the target"),
            self.open_translations,
            "translationsAction")
        # What the host adds to the list's context menu (Edit content, say), after Edit.
        self.extra_actions: list[QAction] = []
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._update_actions)
        self._kept_current: str | None = None
        self._update_actions()

    def _remember_current(self) -> None:
        row = self.current_row()
        self._kept_current = row.product_id if row is not None else None

    def _restore_current(self) -> None:
        """A re-query (a push that created products, a new filter) keeps the product
        the merchant is on; a draft just created in Medusa is found by its new id."""
        product_id, self._kept_current = self._kept_current, None
        if product_id is None:
            return
        row = self.model.find_row(self.catalog.server_id(product_id))  # any row: counted
        if row is None:
            return
        self._make_current(row)

    def _update_actions(self) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.edit_action.setEnabled(chosen == 1)
        self.timeline_action.setEnabled(chosen == 1)
        self.duplicate_action.setEnabled(chosen == 1)
        self.delete_action.setEnabled(chosen > 0)
        self.delete_action.setText(
            translate("CatalogPage", "Delete…") if chosen < 2
            else translate("CatalogPage", "Delete %Ln products…", None, chosen))
        self.translations_action.setEnabled(chosen == 1)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu_at(pos)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The list's context menu for a click at ``pos`` (viewport coordinates)."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())  # the row under the pointer, as file managers do
        menu = QMenu(self)
        menu.setObjectName("productMenu")
        menu.addAction(self.edit_action)
        for extra in self.extra_actions:
            menu.addAction(extra)
        menu.addAction(self.grid_action)
        menu.addAction(self.timeline_action)
        menu.addAction(self.translations_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.delete_action)
        return menu

    # ------------------------------------------------------------- filtering
    def apply_filter(self) -> None:
        self._search_timer.stop()
        q = self.model.query
        statuses = (s,) if (s := self.status_combo.currentData()) else ()
        states = (s,) if (s := self.sync_combo.currentData()) else ()
        query = self.organise.narrow(SearchQuery(
            self.search_edit.text().strip(), statuses, states, q.sort, q.descending))
        self.model.set_query(self.score_locale.narrow(self.completeness.narrow(query)))
        self._update_summary()

    def clear_filters(self) -> None:
        for combo in (self.status_combo, self.sync_combo):
            combo.blockSignals(True)  # one query below, not one per box
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.organise.clear()
        self.completeness.reset()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()
        self.search_edit.setFocus()

    def show_failing(self, key: str) -> None:
        """The products failing a rule (the dashboard's bar): ``rule`` in the default
        content, ``rule/locale`` in that locale's (the Score follows it)."""
        rule, _, locale = key.partition("/")
        self.score_locale.blockSignals(True)  # one query below, not one per box
        self.score_locale.choose(locale or None)
        self.score_locale.blockSignals(False)
        self.completeness.choose(rule)  # applies the filter
        self.apply_filter()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.total_count()
        number = QLocale().toString
        self.summary_label.setText(
            translate("CatalogPage", "Showing {shown} of {total}").format(
                shown=number(shown), total=number(total)) if shown != total
            else translate("CatalogPage", "{total} shown").format(total=number(total)))
        nothing = shown == 0 and is_narrowed(self.model.query)
        if nothing:
            self.no_results.show_query(self.model.query, self.organise.describe)
        self.body.setCurrentWidget(self.no_results if nothing else self.table)
        self.countsChanged.emit()

    def total_count(self) -> int:
        return self.catalog.count(SearchQuery())

    def waiting_and_attention(self) -> tuple[int, int]:
        counts = self.catalog.outbox_counts()
        waiting = sum(counts.get(s, 0) for s in ("queued", "sending", "locked"))
        return waiting, counts.get("conflict", 0) + counts.get("failed", 0)

    def _on_changes(self, changes: Changes) -> None:
        if changes.taxonomy or changes.rows_reset:
            self.refresh_terms()
        if changes.rows_reset:  # a new translation setup: other locales to score
            chosen = self.score_locale.currentData()
            self.score_locale.set_locales(self.catalog.quality_locales())
            if self.score_locale.currentData() != chosen:
                self.apply_filter()
        if changes.outbox or changes.rows_reset or changes.product_ids:
            self._update_summary()

    def refresh_terms(self) -> None:
        """The filters' names again (a pull or a new category): a vanished one is dropped."""
        self.organise.refresh()
        self.organise.setVisible(self.organise.any_terms())

    # ------------------------------------------------------------- selection
    def current_row(self) -> SearchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        return [row.product_id for row in self.selected_rows()]

    def selected_rows(self) -> list[SearchRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = (self.model.row_at(r) for r in rows)
        return [row for row in found if row is not None]

    def select_product(self, product_id: str) -> bool:
        """Select and show a product; when the search or filters hide it, they are cleared
        (a product just made must be seen). False if it is not in the store at all."""
        row = self.model.find_row(product_id)
        if row is None and is_narrowed(self.model.query):
            self.clear_filters()
            row = self.model.find_row(product_id)
        if row is None:
            return False
        self._make_current(row, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        return True

    def _make_current(self, row: int, scroll: QAbstractItemView.ScrollHint = (
            QAbstractItemView.ScrollHint.EnsureVisible)) -> None:
        """Select just ``row`` and make it current. Through the selection model, not
        ``selectRow``: that one toggles while Ctrl is held (a Ctrl+N just pressed)."""
        index = self.model.index(row, Col.TITLE)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, scroll)

    # ------------------------------------------------------- whole products
    def new_product(self) -> NewProductDialog:
        dialog = self.new_dialog
        if dialog is None or not dialog.isVisible():
            dialog = self.new_dialog = NewProductDialog(self.catalog, self)
            dialog.created.connect(
                lambda pid: self._made(pid, translate("CatalogPage", "Created locally")))
            dialog.finished.connect(lambda _r: setattr(self, "new_dialog", None))
        dialog.open()  # window-modal but non-blocking: the loop keeps running
        return dialog

    def duplicate_selected(self) -> DuplicateDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            self.message.emit(translate("CatalogPage", "Select one product to duplicate."), 4000)
            return None
        row = rows[0]
        dialog = DuplicateDialog(self.catalog, row.product_id, row.title, row.handle, self)
        dialog.duplicated.connect(
            lambda pid: self._made(pid, translate("CatalogPage", "Duplicated locally")))
        dialog.finished.connect(dialog.deleteLater)
        self.prompt = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> QMessageBox | None:
        rows = self.selected_rows()
        if not rows:
            self.message.emit(translate("CatalogPage", "Select the products to delete first."),
                              4000)
            return None
        ids = [row.product_id for row in rows]
        drafts = sum(1 for row in rows if is_local(row.product_id))
        box = ask_delete(self, [row.title or row.handle or row.product_id for row in rows],
                         drafts, lambda: self._delete(ids))
        self.prompt = box
        return box

    def _delete(self, ids: list[str]) -> None:
        try:
            self.catalog.delete(ids)
        except ValueError as exc:  # gone meanwhile (a pull), or a create on the wire
            self.message.emit(str(exc), 8000)
            return
        for pid in ids:  # their editors would edit what is being deleted
            editor = self.editors.pop(pid, None)
            if editor is not None:
                editor.discard_and_close()
        text = (translate("CatalogPage", "Deleted") if len(ids) == 1
                else translate("CatalogPage", "Deleted %Ln products", None, len(ids)))
        self._after_local_change(text)

    def _made(self, product_id: str, text: str) -> None:
        self.select_product(product_id)
        self._after_local_change(text)

    def _after_local_change(self, text: str) -> None:
        self.message.emit(f"{text}; pushing…" if self.online_capable
                          else f"{text}; sent at the next push.", 4000)
        if self.online_capable:
            self.push()

    def open_timeline(self) -> QWidget | None:
        """The selected product's timeline (issue 16)."""
        row = self.current_row()
        if row is None:
            self.message.emit(translate("CatalogPage", "Select a product first."), 4000)
            return None
        return open_timeline(self.catalog, row.product_id, self.window())

    def open_translations(self) -> QWidget | None:
        """The selected product's translation editor (issue 16)."""
        row = self.current_row()
        if row is None:
            self.message.emit(translate("CatalogPage", "Select a product first."), 4000)
            return None
        return open_translations(self.catalog, row.product_id, self.window())

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_index(index)

    # ---------------------------------------------------------------- editors
    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        if row.sync_state in ("conflict", "failed"):
            self.open_conflicts(row.product_id)
        else:
            self.open_editor(row.product_id)

    def open_editor(self, product_id: str) -> CommerceEditor:
        editor = self.editors.get(product_id)
        if editor is None or not editor.isVisible():
            editor = CommerceEditor(self.catalog, product_id, self._saved, self)
            editor.finished.connect(lambda _r, pid=product_id: self.editors.pop(pid, None))
            self.editors[product_id] = editor
        editor.open()  # window-modal but non-blocking: the loop keeps running
        return editor

    def open_conflicts(self, product_id: str) -> ConflictDialog:
        dialog = self.conflicts.get(product_id)
        if dialog is None or not dialog.isVisible():
            dialog = ConflictDialog(self.catalog, product_id, self)
            dialog.finished.connect(lambda _r, pid=product_id: self.conflicts.pop(pid, None))
            self.conflicts[product_id] = dialog
        dialog.open()
        return dialog

    def _saved(self, product_id: str) -> None:
        self.message.emit(translate("CatalogPage", "Saved locally; pushing…")
                          if self.online_capable
                          else translate("CatalogPage", "Saved locally."), 4000)
        if self.online_capable:
            self.push()

    # ----------------------------------------------------------------- network
    def start(self) -> None:
        """Pull what changed, then keep probing (and auto-pushing) in the background."""
        if not self.online_capable:
            self.activity.emit(translate("CatalogPage", "Working from the local store only"))
            return
        self.pull()
        try:
            self.catalog.start_monitoring(MONITOR_INTERVAL)
        except RuntimeError:
            log.exception("monitoring could not start")

    def pull(self) -> None:
        if not self.online_capable:
            return
        self._pull.start(self._run_pull(), on_error=self._failed)
        self.activity.emit(translate("CatalogPage", "Pulling…"))

    async def _run_pull(self) -> None:
        def progress(p: PullProgress) -> None:
            self.activity.emit(p.message)

        started = time.monotonic()
        report: PullReport = await self.catalog.pull(progress)
        # A pull re-reads the shop's categories, channels, … (not told as a change).
        self.refresh_terms()
        self.activity.emit("" if report.ok
                           else translate("CatalogPage", "Offline: showing the local copy"))
        self.pulled.emit(report)
        errors = [f"{server}: {r.error}" for server, r in report.servers.items() if r.error]
        self.taskEnded.emit("Pull", report.ok, "; ".join(errors) or translate(
            "CatalogPage", "%Ln product(s) updated.", None, len(report.changed_ids)),
            time.monotonic() - started)

    def push(self) -> None:
        if not self.online_capable or self._push.running:
            return
        self._push.start(self._run_push(), on_error=self._push_failed)
        self.activity.emit(translate("CatalogPage", "Pushing…"))

    async def _run_push(self) -> None:
        def progress(p: PushProgress) -> None:
            self.activity.emit(p.message)

        started = time.monotonic()
        report = await self.catalog.push(progress)
        self.activity.emit("")
        results = ", ".join(push_results(report))
        self.message.emit(push_message(report), 6000)
        self.pushEnded.emit(push_message(report))
        self.taskEnded.emit("Push", not push_failures(report), results + ".",
                            time.monotonic() - started)

    def _push_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.pushEnded.emit(push_error(exc))

    def override_lock(self, product_id: str) -> None:
        """Re-send a product's 423-locked edits, breaking the Payload editor's lock."""
        if not self.online_capable:
            return
        self.activity.emit(translate("CatalogPage", "Overriding the lock…"))
        self._override.start(self._run_override(product_id), on_error=self._failed)

    async def _run_override(self, product_id: str) -> None:
        await self.catalog.push_product(product_id, override_lock=True)
        left = [e for e in self.catalog.outbox() if e.product_id == product_id]
        self.activity.emit("")
        self.message.emit(
            translate("CatalogPage", "Lock overridden; the change was sent.") if not left
            else translate("CatalogPage", "Still pending: {reason}").format(
                reason=left[0].message or left[0].state), 6000)

    def _failed(self, exc: BaseException) -> None:
        self.activity.emit("")
        self.message.emit(f"{type(exc).__name__}: {exc}", 8000)

    # ------------------------------------------------------------------ close
    def shut_down(self) -> asyncio.Task[object] | None:
        """Close dialogs, stop listening and (once its tasks end) close the catalog."""
        # A search typed just before must not query a closed store. The timer may be gone
        # already when the page itself was deleted before its shop closed (a test teardown).
        if shiboken6.isValid(self._search_timer):
            self._search_timer.stop()
        slots = (self._pull, self._push, self._override)
        tasks = [s.task for s in slots if s.task is not None]
        for slot in slots:
            slot.cancel()
        for dialog in (*self.editors.values(), *self.conflicts.values()):
            dialog.reject()
        if self.new_dialog is not None:
            self.new_dialog.discard_and_close()
        if self.prompt is not None and self.prompt.isVisible():
            self.prompt.close()
        close_timelines(self.catalog)
        close_translations(self.catalog)
        for part in (self.model, self.pending):
            part.detach()
        self._unsubscribe()
        if not self._close_catalog:
            return None
        self.catalog.begin_close()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # closed after the loop ended (a test's teardown): no tasks
            self.catalog.close_now()
            return None
        return self._close.start(self._shutdown(tasks))

    async def _shutdown(self, tasks: list[asyncio.Task[object]]) -> None:
        # A cancelled push still records its run in the store: let it finish first.
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.catalog.aclose()
