"""Main window: the active profile's catalog, read from its local store.

The body is a ``CatalogPage`` over the profile's ``OfflineCatalog``: the list,
search and filters come from SQLite, so they are instant and work offline; a
pull (at start, on Refresh, and the connectivity monitor's auto-push) keeps the
store fresh. Per-server banners say when a server is unreachable or its
credentials are wrong; the toolbar reaches the pending changes, the content
editor and the admin tools. Every server call runs as a task on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import ConfigError, Profile
from desktop_app.exchange.connectivity import Reach
from desktop_app.exchange.pull import PullReport
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.app_services import AppServices
from desktop_app.services.demo import DEMO_PROFILE, DemoError
from desktop_app.services.profiles import SaveResult
from desktop_app.services.shop import MEDUSA, PAYLOAD
from desktop_app.store import StoreError
from desktop_app.store.fields import MEDUSA as MEDUSA_KEY
from desktop_app.store.fields import PAYLOAD as PAYLOAD_KEY
from desktop_app.ui import keyboard
from desktop_app.ui.banner import Banner
from desktop_app.ui.content_editor import hook as content_hook
from desktop_app.ui.diagnostics.help_menu import Diagnostics
from desktop_app.ui.nothing_loaded import Failure, NothingLoaded
from desktop_app.ui.notifications import BackgroundNotices, default_notifier
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.connectivity_indicator import ConnectivityIndicator
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.steady_width import keep_width
from desktop_app.ui.style import icon
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.tool_windows import ToolWindows
from desktop_app.ui.welcome import WelcomePage

if TYPE_CHECKING:  # imported when opened, not at start (bench/cold_start.py): pyqtgraph
    # (the quality chart) alone cost ~0.4 s, the grid, bulk and admin windows ~0.1 s
    from desktop_app.services.admin import AdminService
    from desktop_app.ui.admin.sync_panel import SyncPanel
    from desktop_app.ui.quality.dashboard import QualityDashboard

log = logging.getLogger(__name__)

APP_TITLE = "Shop Admin"  # the product's name: not translated
DEMO_READY = QT_TRANSLATE_NOOP("MainWindow", "Demo shop ready")
LOADING = QT_TRANSLATE_NOOP("MainWindow", "Loading the catalog from Medusa and Payload…\n"
                            "It is kept on this computer, so next time it opens at once.")
SERVER_NAMES = {MEDUSA_KEY: MEDUSA, PAYLOAD_KEY: PAYLOAD}


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile: Profile | None = None
        self.page: CatalogPage | None = None
        self.connectivity: ConnectivityIndicator | None = None
        self._needs_settings: dict[str, bool] = {}
        self._quit_confirmed = False  # the unsaved-typing question was answered Discard
        self.closing: asyncio.Task[object] | None = None  # the last page's store closing
        self._demo = TaskSlot("demo set-up")
        self._settings: SettingsDialog | None = None
        self._reconnect = False  # the shown profile's secrets changed: reopen its page
        # Why the last pull of an empty store brought nothing (None: it did not fail).
        self._unloaded: dict[str, Failure] | None = None
        self._demo_news_for: str | None = None  # the profile "Demo shop ready" is about
        self._demo_starting = False  # the body says so until the set-up ends
        self.tools = ToolWindows()
        self.setWindowTitle(APP_TITLE)
        self.resize(1240, 760)
        self._build_toolbar()
        self._build_body()
        self._build_pending_dock()
        self._build_status_bar()
        self._set_page_actions()
        keyboard.install(self)  # keys for what Tab does not reach; Help › shortcuts
        self.diagnostics = Diagnostics(self, services, lambda: self.profile)  # Help menu
        # A long pull, push or sync that ends while the user is elsewhere: a notification.
        self.notices = BackgroundNotices(default_notifier(icon("app")))

    # ------------------------------------------------------------------ build
    def _action(self, name: str, tip: str, slot: object, icon_name: str | None = None,
                **kwargs: object) -> QAction:
        action = QAction(icon(icon_name), name, self) if icon_name else QAction(name, self)
        action.setToolTip(tip)
        for key, value in kwargs.items():
            getattr(action, f"set{key[0].upper()}{key[1:]}")(value)
        action.triggered.connect(slot)
        return action

    def _build_toolbar(self) -> None:
        bar = self.toolbar = QToolBar("Main", self, objectName="mainToolbar")
        # Its layout read its margins and spacing from the style when it was made, before
        # the stylesheet's QToolBar#mainToolbar rule applied: Fusion's until the first theme
        # switch re-styled every widget, then the stylesheet's, and the last buttons went
        # into ». Polished and told of the style now, it is the same before and after.
        bar.ensurePolished()
        QApplication.sendEvent(bar, QEvent(QEvent.Type.StyleChange))
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = self._action(
            translate("MainWindow", "Refresh"),
            translate("MainWindow", "Pull what changed on Medusa and Payload (F5)"),
            self.reload, "refresh",
            shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.push_action = self._action(
            translate("MainWindow", "Push now"),
            translate("MainWindow", "Send the pending changes to the servers"), self.push)
        self.pending_action = self._action(
            translate("MainWindow", "Pending changes"),
            translate("MainWindow", "Show the edits waiting to be pushed"), lambda: None,
            checkable=True)
        self.new_action = self._action(
            translate("MainWindow", "New product"),
            translate("MainWindow",
                      "Make a new product: options, variants, prices, stock (Ctrl+N)"),
            self.new_product, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.edit_action = self._action(
            translate("MainWindow", "Edit product"),
            translate("MainWindow", "Edit the selected product's commerce data (or "
                      "double-click it); the arrow offers Duplicate and Delete"),
            self.open_product_editor)
        self.content_action = self._action(
            translate("MainWindow", "Edit content"),
            translate("MainWindow", "Edit the selected product's Payload content (Ctrl+E)"),
            self.open_content_editor, shortcut=QKeySequence("Ctrl+E"))
        self.bulk_action = self._action(
            translate("MainWindow", "Bulk edit"),
            translate("MainWindow", "Change the selected products, or the whole search "
                      "result, at once: status, SEO, find/replace; CSV export and import"),
            self.open_bulk_editor)
        self.quality_action = self._action(
            translate("MainWindow", "Quality"),
            translate("MainWindow", "Content quality: completeness of descriptions, SEO, "
                      "images, prices and locales, per rule and per product"),
            self.open_quality_dashboard)
        self.grid_action = self._action(
            translate("MainWindow", "Grid"),
            translate("MainWindow", "Edit variants, prices and stock like a spreadsheet: "
                      "the selected products (two or more), else the whole search result "
                      "(Ctrl+G)"),
            self.open_grid,
            shortcut=QKeySequence("Ctrl+G"))
        self.sync_action = self._action(
            translate("MainWindow", "Sync"),
            translate("MainWindow",
                      "Trigger Medusa → Payload syncs, watch them finish, verify both sides"),
            self.open_sync_panel)
        self.doctor_action = self._action(
            translate("MainWindow", "Doctor"),
            translate("MainWindow", "Check this shop's deployment (non-destructive)"),
            self.open_doctor)
        self.settings_action = self._action(
            translate("MainWindow", "Settings"),
            translate("MainWindow", "Settings: shop profiles, connections, appearance and "
                      "language (Ctrl+,)"),
            self.open_settings, "settings")
        # The shop first: the buttons after it go to the toolbar's » menu when the window
        # is narrow, the selector never does (at the right it was cut off at 1240 px).
        shop_label = QLabel(translate("MainWindow", "Shop:"), objectName="profileLabel")
        bar.addWidget(shop_label)
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.setMinimumWidth(160)
        self.profile_combo.setToolTip(translate("MainWindow", "Active shop profile"))
        self.profile_combo.setAccessibleName(translate("MainWindow", "Shop"))
        self.profile_combo.setAccessibleDescription(
            translate("MainWindow", "The shop profile this window shows"))
        shop_label.setBuddy(self.profile_combo)
        # Before the first profile exists (a new user's first start) the box is not blank.
        self.profile_combo.setPlaceholderText(translate("MainWindow", "No shop yet"))
        self.profile_combo.activated.connect(self._profile_chosen)
        bar.addWidget(self.profile_combo)
        bar.addSeparator()
        for action in (self.refresh_action, self.push_action, self.pending_action):
            bar.addAction(action)
        # Room for "(N)" from the start: a count appearing must not move the buttons after
        # (up to 999; more is rare, and room for it pushed German's last button into »).
        keep_width(bar.widgetForAction(self.pending_action),
                   translate("MainWindow", "Pending changes ({count})").format(
                       count=QLocale().toString(888)))
        bar.addSeparator()
        # New product is a button of the list (CatalogPage.new_button); the window keeps
        # the key, so Ctrl+N works wherever the focus is.
        self.addAction(self.new_action)
        bar.addAction(self.edit_action)
        # Duplicate and Delete: the page's own actions (their keys work in the list),
        # put in this menu when a page opens (_open_page).
        self.product_menu = QMenu(self, objectName="productToolMenu")
        edit_button = bar.widgetForAction(self.edit_action)
        if isinstance(edit_button, QToolButton):
            edit_button.setMenu(self.product_menu)
            edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addAction(self.content_action)
        bar.addAction(self.bulk_action)
        bar.addAction(self.quality_action)
        # The grid is in Edit product's menu and the list's (the toolbar and the filter row
        # are full at the window's default width); the window keeps the key, so Ctrl+G
        # works wherever the focus is.
        self.addAction(self.grid_action)
        bar.addSeparator()
        bar.addAction(self.sync_action)
        bar.addAction(self.doctor_action)
        bar.addSeparator()
        bar.addAction(self.settings_action)
        # The gear alone (its tooltip names it): room for every button at 1240 px in German
        # and French too, whose toolbar words are short forms (docs/i18n.md's glossary).
        settings_button = bar.widgetForAction(self.settings_action)
        if isinstance(settings_button, QToolButton):
            settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(bar)
        find = QAction(translate("MainWindow", "Go to the search"), self,
                       shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.page is not None and self.page.focus_search())
        self.addAction(find)

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
        self.empty_label = QLabel(objectName="emptyLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.nothing_loaded = NothingLoaded()
        self.nothing_loaded.retry.connect(self.reload)
        self.nothing_loaded.openSettings.connect(self.open_settings)
        self.nothing_loaded.startDemo.connect(self.start_demo)
        # First run (no profile): the two ways in, instead of starting the demo unasked.
        self.welcome = WelcomePage(self.services.set_up_demo,
                                   demo_available=(self.services.stack_dir / "stackctl").is_dir())
        self.welcome.connectRequested.connect(self.open_settings)
        self.welcome.demoReady.connect(self._demo_ready)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.nothing_loaded)
        self.stack.addWidget(self.welcome)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _build_pending_dock(self) -> None:
        self.pending_dock = QDockWidget(translate("PendingView", "Pending changes"), self,
                                        objectName="pendingDock")
        self.pending_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.pending_dock)
        self.pending_dock.hide()
        self.pending_action.toggled.connect(self.pending_dock.setVisible)
        self.pending_dock.visibilityChanged.connect(self.pending_action.setChecked)

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
            self._set_empty(translate("MainWindow", "The settings file could not be read:\n{error}")
                            .format(error=exc))
            self.info_banner.show_message(translate("MainWindow", "Settings problem"), str(exc),
                                          kind="error")
            return
        if not data.profiles:
            self.stack.setCurrentWidget(self.welcome)
            return
        self._refresh_profiles()
        self._open_page()

    def show_keyring_status(self) -> None:
        status = self.services.profiles.secret_status
        if not status.persistent and status.message:
            self.info_banner.show_message(translate("MainWindow", "Keyring unavailable"),
                                          status.message, kind="warning")

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
        name = self.profile.name if self.profile else translate("MainWindow", "no profile")
        self.setWindowTitle(f"{name} — {APP_TITLE}")

    def _profile_chosen(self, index: int) -> None:
        from desktop_app.ui.unsaved import ask_before_closing

        name = self.profile_combo.itemData(index)
        if not name or (self.profile is not None and name == self.profile.name):
            return

        def switch() -> None:
            self.services.profiles.set_active(name)
            self._refresh_profiles()
            self._open_page()

        # The open editors belong to this shop and close with it: typing not saved is
        # asked about first; Cancel puts the shop list back on the active shop.
        ask_before_closing(self, switch, on_cancel=self._refresh_profiles)

    # ------------------------------------------------------------------- demo
    def start_demo(self) -> None:
        self._set_busy(True, translate("MainWindow", "Starting the local demo shop…"))
        self._set_empty(translate("MainWindow", "Setting up the local demo shop.\nThe first "
                                  "start installs and seeds Medusa and Payload, which can "
                                  "take a few minutes."))
        self._demo_starting = True
        self.info_banner.show_message(
            translate("MainWindow", "No shop configured") if self.profile is None
            else translate("MainWindow", "Local demo shop"),
            translate("MainWindow",
                      "Starting the local demo shop (Medusa + Payload) so you can try the app…"),
            kind="info", closable=False,
        )
        self._demo.start(self._run_demo(), on_error=self._unexpected_error)

    async def _run_demo(self) -> None:
        def on_line(line: str) -> None:
            self.activity_label.setText(line)
            self.info_banner.show_message(translate("MainWindow", "Starting the local demo shop"),
                                          line,
                                          kind="info", closable=False)

        try:
            if self.profile is not None and self.profile.name == DEMO_PROFILE:
                await self.release_store(DEMO_PROFILE)  # a new stack address moves its store
            result = await self.services.set_up_demo(on_line)
        except (DemoError, ConfigError, StoreError) as exc:
            self._demo_starting = False
            self._set_busy(False)
            self.info_banner.show_message(translate("MainWindow", "Demo shop unavailable"),
                                          str(exc), kind="error", action=None)
            if self.profile is None:
                self.stack.setCurrentWidget(self.welcome)
            elif self.page is None:  # the demo's own store was closed for the set-up
                self._open_page()
            else:  # started from a shop that could not be loaded: show it again
                self._update_counts()
            return
        finally:
            self._demo_starting = False
        self._demo_ready(result)

    def _demo_ready(self, result: SaveResult) -> None:
        text = (translate("MainWindow", "Connected to the local demo shop as profile "
                          "“{name}”. Add your own shop in Settings.") if result.persisted
                else translate("MainWindow", "Connected to the local demo shop as profile "
                               "“{name}” (its keys are kept in memory for this run only). "
                               "Add your own shop in Settings."))
        self._demo_news_for = result.profile.name
        self.diagnostics.secrets_changed()  # the demo's keys: the log never holds them
        self.info_banner.show_message(
            translate("MainWindow", DEMO_READY),
            text.format(name=result.profile.name),
            kind="info",
        )
        self._refresh_profiles()
        self._open_page()

    # ------------------------------------------------------------------- page
    def _open_page(self) -> None:
        """Show the active profile's local store and start pulling into it."""
        self._close_page()
        self.tools.close_all()  # they belong to the previous profile
        self._unloaded = None
        if self.profile is None or self.profile.name != self._demo_news_for:
            self._hide_demo_news()  # it is about another shop
        if self.profile is None:  # the last profile was removed: the first run's choices
            self.stack.setCurrentWidget(self.welcome)
            return
        self.welcome.cancel()  # a shop was saved meanwhile: it wins over the demo
        try:
            catalog = self.services.open_offline_catalog(self.profile)
        except Exception as exc:  # a broken store file must not take the app down
            log.exception("the local store of %s could not open", self.profile.name)
            self._set_empty(translate("MainWindow",
                                      "The local copy of this shop could not be opened."))
            self.info_banner.show_message(translate("MainWindow", "Local store unavailable"),
                                          str(exc), kind="error")
            return
        page = self.page = CatalogPage(catalog, self)
        page.activity.connect(self._page_activity)
        page.message.connect(self.statusBar().showMessage)
        page.pulled.connect(self._show_pull)
        page.countsChanged.connect(self._update_counts)
        page.extra_actions.append(self.content_action)  # in the list's context menu
        page.gridRequested.connect(self.open_grid)
        page.taskEnded.connect(lambda *ended: self.notices.finished(*ended))
        self.product_menu.addActions([page.grid_action, page.duplicate_action,
                                      page.delete_action])
        self.stack.addWidget(page)
        self.pending_dock.setWidget(page.pending)
        self.connectivity = ConnectivityIndicator(catalog)
        self.connectivity.changed.connect(self._reach_changed)
        self.statusBar().addPermanentWidget(self.connectivity)
        self._show_problems(catalog.shop.problems if catalog.shop else {})
        self._set_page_actions()
        # Push now is off, saying why, while every server its edits are for is offline.
        self._push_gate = ServerGate(catalog, page)
        self._push_gate.guard(self.push_action, page.pending.push_servers,
                              self.push_action.toolTip(),
                              lambda: self.page is page and page.online_capable, any_server=True)
        self._update_counts()
        page.start()

    def _close_page(self) -> None:
        page, self.page = self.page, None
        if page is None:
            return
        self.closing = page.shut_down()
        self.product_menu.clear()  # the page's actions go with it
        self.pending_dock.setWidget(QWidget())
        if self.connectivity is not None:
            self.connectivity.detach()
            self.statusBar().removeWidget(self.connectivity)
            self.connectivity.deleteLater()
            self.connectivity = None
        self.stack.removeWidget(page)
        page.deleteLater()
        for banner in self.banners.values():
            banner.hide()
        self._set_page_actions()

    def _set_page_actions(self) -> None:
        online = self.page is not None and self.page.online_capable
        for action in (self.refresh_action, self.push_action):
            action.setEnabled(online)
        for action in (self.pending_action, self.new_action, self.edit_action,
                       self.content_action, self.bulk_action, self.quality_action,
                       self.grid_action):
            action.setEnabled(self.page is not None)
        for action in (self.sync_action, self.doctor_action):
            action.setEnabled(self.profile is not None)

    # ------------------------------------------------------------------- load
    def reload(self) -> None:
        """Pull what changed into the store (the list shows the store meanwhile)."""
        if self.page is None:
            self._refresh_profiles()
            self._open_page()
            return
        self.page.pull()

    def push(self) -> None:
        if self.page is not None:
            self.page.push()

    @property
    def pulling(self) -> bool:
        return self.page is not None and self.page.pulling

    def _page_activity(self, text: str) -> None:
        if self.pulling:
            self._unloaded = None  # a new pull: loading again, not failed
        self._set_busy(self.pulling, text)
        if not text:
            self.activity_label.setText("")
        self._update_counts()

    def _show_pull(self, report: PullReport) -> None:
        if not report.ok:
            self._hide_demo_news()  # "ready" no longer holds
        failed = {SERVER_NAMES[k]: self._failure(k, r.needs_settings)
                  for k, r in report.servers.items() if r.error is not None}
        empty = self.page is None or self.page.total_count() == 0
        self._unloaded = failed if failed and empty else None
        for key, result in report.servers.items():
            server = SERVER_NAMES[key]
            if result.error is None:
                self.banners[server].hide()
                continue
            self._needs_settings[server] = result.needs_settings
            has_copy = self.page is not None and self.page.total_count() > 0
            self.banners[server].show_message(
                self._failure_title(key, server),
                result.error + (" " + translate("MainWindow", "Showing the local copy.")
                                if has_copy else ""),
                kind="error", action=translate("MainWindow", "Open Settings")
                if result.needs_settings else translate("MainWindow", "Retry"),
            )
        self._set_busy(False)
        self._update_counts()

    def _failure_title(self, key: str, server: str) -> str:
        # The status bar's dot says reachable or not; the banner must not contradict it.
        if self.page is not None and self.page.catalog.connectivity.state(key) is Reach.REACHABLE:
            return translate("MainWindow", "{server} answered with an error.").format(
                server=server)
        return translate("MainWindow", "{server} is not available.").format(server=server)

    def _failure(self, key: str, needs_settings: bool) -> Failure:
        if needs_settings:
            return Failure.CREDENTIALS
        if self.page is not None and self.page.catalog.connectivity.state(key) is Reach.REACHABLE:
            return Failure.ERROR
        return Failure.UNREACHABLE

    def _reach_changed(self) -> None:
        page = self.page
        if page is None:
            return
        reach = page.catalog.connectivity.snapshot()
        if Reach.UNREACHABLE in reach.values():
            self._hide_demo_news()
        for key, server in SERVER_NAMES.items():
            # Back (a push or the probe reached it): the dot says online, so a banner saying
            # "not available" would contradict it until the next pull.
            down = translate("MainWindow", "{server} is not available.").format(server=server)
            if reach[key] is Reach.REACHABLE and self.banners[server].title_label.text() == down:
                self.banners[server].hide()

    def _hide_demo_news(self) -> None:
        self._demo_news_for = None
        if self.info_banner.title_label.text() == translate("MainWindow", DEMO_READY):
            self.info_banner.hide()

    def _show_problems(self, problems: dict[str, str]) -> None:
        """Profile problems (a missing key): that server is never asked, say why once."""
        for server, text in problems.items():
            self._needs_settings[server] = True
            self.banners[server].show_message(
                translate("MainWindow", "{server} is not connected.").format(server=server),
                text, kind="error", action=translate("MainWindow", "Open Settings"))

    def _banner_action(self, server: str) -> None:
        if self._needs_settings.get(server):
            self.open_settings()
        else:
            self.reload()

    def _unexpected_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.info_banner.show_message(
            translate("MainWindow", "Something went wrong"), f"{type(exc).__name__}: {exc}",
            kind="error"
        )

    def _update_counts(self) -> None:
        page = self.page
        if page is None:
            self.counts_label.setText("")
            return
        total = page.total_count()
        waiting, attention = page.waiting_and_attention()
        parts = [translate("MainWindow", "%Ln product(s) in the local store", None, total)]
        if waiting:
            parts.append(translate("MainWindow", "%Ln change(s) waiting", None, waiting))
        if attention:
            parts.append(translate("MainWindow", "%Ln needs your decision|%Ln need your "
                                   "decision", None, attention))
        self.counts_label.setText("  ·  ".join(parts))
        pending = waiting + attention
        self.pending_action.setText(
            translate("MainWindow", "Pending changes ({count})").format(
                count=QLocale().toString(pending))
            if pending else translate("MainWindow", "Pending changes"))
        self._show_body(total)

    def _show_body(self, total: int) -> None:
        page = self.page
        assert page is not None
        if self._demo_starting:
            return  # the demo set-up's text stays until it ends
        if total:
            self._unloaded = None
            self.stack.setCurrentWidget(page)
        elif self._unloaded is not None:  # the pull ended (its task may not have yet)
            demo = (self.services.stack_dir / "stackctl").is_dir()
            self.nothing_loaded.show_failures(self._unloaded, demo=demo)
            self.stack.setCurrentWidget(self.nothing_loaded)
        elif page.pulling:
            self._set_empty(translate("MainWindow", LOADING))
        else:
            self.stack.setCurrentWidget(page)

    def _set_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.activity_label.setText(message)

    # ---------------------------------------------------------------- editors
    def new_product(self) -> QWidget | None:
        if self.page is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Add a shop profile first (Settings)."), 6000)
            return None
        return self.page.new_product()

    def open_product_editor(self) -> None:
        row = self.page.current_row() if self.page is not None else None
        if row is None:
            self.statusBar().showMessage(translate("MainWindow", "Select a product first."),
                                         4000)
            return
        self.page.open_index(self.page.table.currentIndex())

    def open_content_editor(self) -> None:
        row = self.page.current_row() if self.page is not None else None
        if row is None:
            self.statusBar().showMessage(translate("MainWindow", "Select a product first."),
                                         4000)
            return
        content_hook.open_for_row(self, row)

    def open_bulk_editor(self) -> QWidget | None:
        """The selected products (two or more), else the whole current search result."""
        from desktop_app.ui.bulk.dialog import BulkEditDialog

        page = self.page
        if page is None:
            return None
        ids = page.selected_ids()
        chosen = ids if len(ids) > 1 else None
        query = page.model.query
        return self.tools.show(
            "bulk", lambda: BulkEditDialog(page.catalog, chosen, None if chosen else query, self))

    def open_quality_dashboard(self) -> QWidget | None:
        """The active shop's content quality; a rule's bar narrows the list to the
        products failing it, a product opens its editor."""
        from desktop_app.ui.quality.dashboard import QualityDashboard

        page = self.page
        if page is None:
            return None

        def make() -> QualityDashboard:
            dashboard = QualityDashboard(page.catalog, self.profile.name if self.profile
                                         else "", self)
            dashboard.ruleChosen.connect(page.show_failing)
            dashboard.productChosen.connect(page.select_product)
            return dashboard

        return self.tools.show("quality", make)

    def open_grid(self) -> QWidget | None:
        """The variant grid on the selection, else the search result (one per shop: an
        open grid holding unsaved cells is raised; one without is opened anew)."""
        from desktop_app.ui.grid import GridWindow
        from desktop_app.ui.grid.opening import grid_scope

        page = self.page
        if page is None:
            return None
        open_now = self.tools.get("grid")
        if isinstance(open_now, GridWindow) and not open_now.has_unsaved_changes():
            open_now.close()
        ids, scope = grid_scope(page)
        return self.tools.show(
            "grid", lambda: GridWindow(page.catalog, ids, scope, page.push, self,
                                       push_ended=page.pushEnded))

    # ------------------------------------------------------------------ tools
    def _admin(self) -> AdminService | None:
        from desktop_app.services.admin import AdminService

        if self.profile is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Add a shop profile first (Settings)."), 6000)
            return None
        return AdminService.for_profile(self.services, self.profile)

    def open_sync_panel(self) -> QWidget | None:
        if (admin := self._admin()) is None:
            return None
        catalog = self.page.catalog if self.page is not None else None  # its connectivity
        from desktop_app.ui.admin.sync_panel import SyncPanel

        def make() -> SyncPanel:
            panel = SyncPanel(admin, self, catalog=catalog)
            panel.taskEnded.connect(lambda *ended: self.notices.finished(*ended))
            return panel

        return self.tools.show("sync", make)

    def open_doctor(self) -> QWidget | None:
        if (admin := self._admin()) is None:
            return None
        from desktop_app.ui.admin.doctor_panel import DoctorPanel

        return self.tools.show("doctor", lambda: DoctorPanel(admin, self))

    # --------------------------------------------------------------- settings
    def open_settings(self) -> None:
        if self._settings is None:
            self._settings = SettingsDialog(self.services, self,
                                            release_store=self.release_store)
            self._settings.profilesChanged.connect(self._profiles_changed)
            self._settings.secretsChanged.connect(self._secrets_changed)
        self._settings.refresh()
        self._settings.open()  # window-modal but non-blocking: the event loop keeps running

    async def release_store(self, name: str) -> None:
        """Close profile ``name``'s store if shown here, so Settings can move its files.

        As a profile switch does; Settings emits profilesChanged afterwards, which opens
        the page again (renamed, on a fresh store, or unchanged if the change failed).
        """
        if self.profile is not None and self.profile.name == name:
            self.tools.close_all()
            self._close_page()
        if self.closing is not None:
            await asyncio.wait({self.closing})  # never raises: a failed close was logged

    def _secrets_changed(self, name: str) -> None:
        # The page's clients hold the old secrets; profilesChanged follows and reopens it
        # (its store is kept: same servers), and what waits in the outbox goes then.
        self._reconnect = self.profile is not None and self.profile.name == name
        self.diagnostics.secrets_changed()  # the log's scrubber learns the new values

    def _profiles_changed(self) -> None:
        previous = self.profile
        reconnect, self._reconnect = self._reconnect, False
        self._refresh_profiles()
        if (self.profile != previous or reconnect
                or (self.page is None and self.profile is not None)):
            self._open_page()

    # ------------------------------------------------------------------ close
    def _quit_after_discard(self) -> None:
        self._quit_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop_app.ui.unsaved import ask_before_closing, unsaved_editors

        if not self._quit_confirmed and unsaved_editors(self):
            # Typing not saved in an open editor: ask (window-modal, no nested loop).
            event.ignore()
            ask_before_closing(self, self._quit_after_discard, lambda: None,
                               action="Closing the window")
            return
        self.tools.close_all()
        self._close_page()
        self._demo.cancel()
        self.welcome.cancel()
        self.diagnostics.shut_down()
        if self._settings is not None:
            self._settings.cancel_tasks()
        super().closeEvent(event)
