"""Main window: toolbar, search + status filter, product table, banners, status bar.

Every server call runs as an asyncio task on the qasync loop (see TaskSlot);
a new load cancels the previous one, so the UI never waits on the network.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import ConfigError, Profile
from desktop_app.models.medusa import ProductStatus
from desktop_app.services.app_services import AppServices
from desktop_app.services.catalog import Catalog, CatalogRow, LoadProgress
from desktop_app.services.demo import DemoError
from desktop_app.services.shop import MEDUSA, PAYLOAD
from desktop_app.ui.badges import BadgeDelegate
from desktop_app.ui.banner import Banner
from desktop_app.ui.content_editor.hook import install as install_content_editor
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.window import OfflineWindow
from desktop_app.ui.product_model import Column, ProductTableModel
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.style import icon
from desktop_app.ui.tasks import TaskSlot

log = logging.getLogger(__name__)

APP_TITLE = "Shop Admin"
SEARCH_DEBOUNCE_MS = 250


class MainWindow(QMainWindow):
    catalogLoaded = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile: Profile | None = None
        self.catalog: Catalog | None = None
        self._load = TaskSlot("catalog load")
        self._demo = TaskSlot("demo set-up")
        self._settings: SettingsDialog | None = None
        self.offline_windows: dict[str, OfflineWindow] = {}

        self.setWindowTitle(APP_TITLE)
        self.resize(1180, 720)
        self._build_toolbar()
        self._build_body()
        self._build_status_bar()
        install_content_editor(self)  # double-click a row: edit its Payload content
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filter)

    # ------------------------------------------------------------------ build
    def _build_toolbar(self) -> None:
        bar = QToolBar("Main", self, objectName="mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = QAction(icon("refresh"), "Refresh", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip("Reload the catalog from Medusa and Payload (F5)")
        self.refresh_action.triggered.connect(self.reload)
        self.settings_action = QAction(icon("settings"), "Settings", self)
        self.settings_action.setToolTip("Shop profiles and connections")
        self.settings_action.triggered.connect(self.open_settings)
        self.offline_action = QAction("Offline catalog", self)
        self.offline_action.setToolTip(
            "Browse and edit the local copy of the catalog; works without a network")
        self.offline_action.triggered.connect(self.open_offline_catalog)
        bar.addAction(self.refresh_action)
        bar.addAction(self.settings_action)
        bar.addAction(self.offline_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(QLabel("Shop:", objectName="profileLabel"))
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.setMinimumWidth(180)
        self.profile_combo.setToolTip("Active shop profile")
        self.profile_combo.activated.connect(self._profile_chosen)
        bar.addWidget(self.profile_combo)
        self.addToolBar(bar)

    def _build_body(self) -> None:
        body = QWidget(objectName="body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)

        self.progress = QProgressBar(objectName="loadingBar")
        self.progress.setRange(0, 0)  # indeterminate
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(3)
        self.progress.hide()
        layout.addWidget(self.progress)

        # One banner per server, so both failures can show at once, plus one for
        # app-level news (demo set-up, keyring fallback).
        self.banners = {MEDUSA: Banner("error"), PAYLOAD: Banner("error")}
        self.info_banner = Banner("info")
        for banner in (self.info_banner, *self.banners.values()):
            layout.addWidget(banner)
        for server, banner in self.banners.items():
            banner.actionTriggered.connect(lambda server=server: self._banner_action(server))

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText("Search title, handle or ID…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        find = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()))
        self.addAction(find)
        self.status_combo = QComboBox(objectName="statusCombo")
        self.status_combo.addItem("All statuses", None)
        for status in ProductStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.summary_label = QLabel(objectName="summaryLabel")
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo, 0)
        filters.addStretch(1)
        filters.addWidget(self.summary_label, 0)
        layout.addLayout(filters)

        self.model = ProductTableModel(self)
        self.table = QTableView(objectName="productTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(Column.STATUS, BadgeDelegate("status", self.table))
        self.table.setItemDelegateForColumn(Column.PAYLOAD, BadgeDelegate("link", self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.HANDLE, 260), (Column.STATUS, 120), (Column.VARIANTS, 90),
            (Column.UPDATED, 170), (Column.PAYLOAD, 120),
        ):
            header.resizeSection(column, width)

        self.empty_label = QLabel(objectName="emptyLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.counts_label = QLabel(objectName="countsLabel")
        self.activity_label = QLabel(objectName="activityLabel")
        bar.addWidget(self.counts_label, 1)
        bar.addPermanentWidget(self.activity_label)

    # ---------------------------------------------------------------- startup
    def start(self) -> None:
        """Show the active profile's catalog, or set up the local demo shop if none exists."""
        self.show_keyring_status()
        try:
            data = self.services.profiles.load()
        except ConfigError as exc:
            self._set_empty(f"The settings file could not be read:\n{exc}")
            self.info_banner.show_message("Settings problem", str(exc), kind="error")
            return
        if not data.profiles:
            self.start_demo()
            return
        self._refresh_profiles()
        self.reload()

    def show_keyring_status(self) -> None:
        status = self.services.profiles.secret_status
        if not status.persistent and status.message:
            self.info_banner.show_message("Keyring unavailable", status.message, kind="warning")

    def _refresh_profiles(self) -> None:
        data = self.services.profiles.load()
        self.profile = data.find(data.active) if data.active else None
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in data.profiles:
            self.profile_combo.addItem(p.name, p.name)
        if self.profile is not None:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(self.profile.name))
        self.profile_combo.blockSignals(False)
        self.profile_combo.setEnabled(bool(data.profiles))
        name = self.profile.name if self.profile else "no profile"
        self.setWindowTitle(f"{name} — {APP_TITLE}")

    def _profile_chosen(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if not name or (self.profile is not None and name == self.profile.name):
            return
        self.services.profiles.set_active(name)
        self._refresh_profiles()
        self.model.set_rows(())
        self.reload()

    # ------------------------------------------------------------------- demo
    def start_demo(self) -> None:
        self._set_busy(True, "Starting the local demo shop…")
        self._set_empty("Setting up the local demo shop.\nThe first start installs and seeds "
                        "Medusa and Payload, which can take a few minutes.")
        self.info_banner.show_message(
            "No shop configured",
            "Starting the local demo shop (Medusa + Payload) so you can try the app…",
            kind="info", closable=False,
        )
        self._demo.start(self._run_demo(), on_error=self._unexpected_error)

    async def _run_demo(self) -> None:
        def on_line(line: str) -> None:
            self.activity_label.setText(line)
            self.info_banner.show_message("Starting the local demo shop", line,
                                          kind="info", closable=False)

        try:
            result = await self.services.set_up_demo(on_line)
        except DemoError as exc:
            self._set_busy(False)
            self._set_empty("No shop is connected. Add a shop profile in Settings.")
            self.info_banner.show_message("Demo shop unavailable", str(exc), kind="error",
                                          action=None)
            return
        note = "" if result.persisted else " (its keys are kept in memory for this run only)"
        self.info_banner.show_message(
            "Demo shop ready",
            f"Connected to the local demo shop as profile “{result.profile.name}”{note}. "
            "Add your own shop in Settings.",
            kind="info",
        )
        self._refresh_profiles()
        self.reload()

    # ------------------------------------------------------------------- load
    def reload(self) -> None:
        """(Re)load the active profile's catalog, cancelling a load in flight."""
        if self.profile is None:
            self._refresh_profiles()
        if self.profile is None:
            self._set_empty("No shop profile yet. Add one in Settings.")
            return
        self._set_busy(True, f"Loading {self.profile.name}…")
        self._load.start(self._run_load(self.profile), on_error=self._unexpected_error)

    async def _run_load(self, profile: Profile) -> None:
        def progress(p: LoadProgress) -> None:
            self.activity_label.setText(p.message)

        def medusa_rows(rows: tuple[CatalogRow, ...]) -> None:
            self.catalog = None
            self.model.set_rows(rows)
            self._update_counts()
            self.counts_label.setText(f"{len(rows)} products  ·  checking Payload…")

        self._show_catalog(await self.services.load_catalog(profile, progress, medusa_rows))

    def _show_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._set_busy(False)
        for server, banner in self.banners.items():
            failure = catalog.failure(server)
            if failure is None:
                banner.hide()
                continue
            other = PAYLOAD if server == MEDUSA else MEDUSA
            consequence = (
                f" Showing what {other} has." if other in catalog.servers_ok and catalog.rows
                else ""
            )
            banner.show_message(
                f"{server} is not available.", failure.message + consequence,
                kind="error", action="Open Settings" if failure.needs_settings else "Retry",
            )
        self.model.set_rows(catalog.rows)
        self._update_counts()
        self.catalogLoaded.emit(catalog)

    def _banner_action(self, server: str) -> None:
        failure = self.catalog.failure(server) if self.catalog is not None else None
        if failure is not None and failure.needs_settings:
            self.open_settings()
        else:
            self.reload()

    def _unexpected_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.info_banner.show_message(
            "Something went wrong", f"{type(exc).__name__}: {exc}", kind="error"
        )

    # ----------------------------------------------------------------- filter
    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search_edit.text().strip(), self.status_combo.currentData())
        self._update_counts()

    def _update_counts(self) -> None:
        visible, total = self.model.rowCount(), self.model.total_count
        catalog = self.catalog
        parts = [f"{total} product{'s' if total != 1 else ''}"]
        if catalog is not None and MEDUSA in catalog.servers_ok and PAYLOAD in catalog.servers_ok:
            parts.append(f"{catalog.linked_count} linked to Payload")
            if catalog.missing_count:
                parts.append(f"{catalog.missing_count} missing in Payload")
        self.counts_label.setText("  ·  ".join(parts))
        self.summary_label.setText(
            f"Showing {visible} of {total}" if visible != total else f"{total} shown"
        )
        if total and not visible:
            self._set_empty("No products match the search.")
        elif not total and catalog is not None:
            self._set_empty("No products to show." if not catalog.failures
                            else "Nothing could be loaded. See the messages above.")
        else:
            self.stack.setCurrentWidget(self.table)

    def _set_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.activity_label.setText(message if busy else "")

    # --------------------------------------------------------------- settings
    def open_settings(self) -> None:
        if self._settings is None:
            self._settings = SettingsDialog(self.services, self)
            self._settings.profilesChanged.connect(self._profiles_changed)
        self._settings.refresh()
        self._settings.open()  # window-modal but non-blocking: the event loop keeps running

    def _profiles_changed(self) -> None:
        previous = self.profile
        self._refresh_profiles()
        if self.profile != previous:
            self.model.set_rows(())
            self.reload()

    # ---------------------------------------------------------------- offline
    def open_offline_catalog(self) -> OfflineWindow | None:
        """The active profile's offline window (one per profile), pulling as it opens."""
        if self.profile is None:
            self.statusBar().showMessage("Add a shop profile first (Settings).", 6000)
            return None
        name = self.profile.name
        window = self.offline_windows.get(name)
        if window is None:
            try:
                catalog = self.services.open_offline_catalog(self.profile)
            except Exception as exc:  # a broken store file must not take the app down
                log.exception("offline catalog for %s could not open", name)
                self.info_banner.show_message("Offline catalog unavailable", str(exc),
                                              kind="error")
                return None
            window = OfflineWindow(catalog, f"{name} — Offline catalog — {APP_TITLE}")
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_a, n=name: self.offline_windows.pop(n, None))
            self.offline_windows[name] = window
            window.show()
            window.start()
        else:
            window.show()
            window.activateWindow()
        return window

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.offline_windows.values()):
            window.close()
        self._load.cancel()
        self._demo.cancel()
        if self._settings is not None:
            self._settings.cancel_tasks()
        super().closeEvent(event)

    @property
    def load_task(self) -> asyncio.Task[object] | None:
        return self._load.task
