"""Settings: list, add, edit and remove shop profiles; test their connections.

Secrets are typed into password fields and handed straight to the
ProfileService, which stores them in the SecretStore (never in profiles.json).
When editing, a blank secret field keeps the stored secret.

A profile's local store may hold edits not sent yet. Saving a new server URL, or
removing the profile, says so and asks first; the store is then retired to a backup
(never sent to the new server). A store that moves (rename, new server) must not be
open: the main window passes ``release_store``, which closes its catalog first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import ConfigError, MedusaAuth, Profile
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.secrets import Secret, SecretKind, SecretStoreUnavailable
from desktop_app.services.app_services import AppServices
from desktop_app.services.connection_check import CheckResult
from desktop_app.services.profiles import (
    HostChangeWithPendingEdits,
    RemoveWithPendingEdits,
    SaveResult,
    changed_servers,
)
from desktop_app.services.shop import MEDUSA, PAYLOAD
from desktop_app.store import StoreError
from desktop_app.store.files import backups_dir
from desktop_app.ui.appearance import AppearanceBox
from desktop_app.ui.diagnostics.log_level import LogLevelBox
from desktop_app.ui.language_box import LanguageBox
from desktop_app.ui.tasks import TaskSlot

# Closes the named profile's store wherever this process has it open (see MainWindow).
StoreRelease = Callable[[str], Awaitable[None]]

AUTH_CHOICES = (
    (MedusaAuth.SECRET_KEY, QT_TRANSLATE_NOOP("SettingsDialog", "Secret API key")),
    (MedusaAuth.EMAIL_PASSWORD, QT_TRANSLATE_NOOP("SettingsDialog", "E-mail and password")),
)


BUSY_TEXT = QT_TRANSLATE_NOOP("SettingsDialog", "Closing the local store…")
RESULT_LINES = 2  # kept for each server's test result: most messages fit
LABEL_WIDTH = 120
FORM_SPACING = 8


def _wrapping(label: QLabel, lines: int = 0) -> QLabel:
    """A word-wrapped label that takes the width the form gives it instead of widening
    the form (a long test error squeezed the profile list and the fields), with
    ``lines`` lines of height kept for it, so a short result moves nothing below."""
    label.setWordWrap(True)
    policy = label.sizePolicy()  # keeps the height-for-width the word wrap set
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    if lines:
        label.ensurePolished()  # the stylesheet's font
        label.setMinimumHeight(lines * label.fontMetrics().lineSpacing())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _label(text: str) -> QLabel:
    # One width for every form's labels, so fields of all groups line up.
    label = QLabel(text)
    label.setFixedWidth(LABEL_WIDTH)
    return label


class ResultRow(QWidget):
    """``Medusa  ✓ Connected…`` — one server's Test connection outcome."""

    def __init__(self, server: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.server_label = QLabel(server, objectName="resultServer")
        self.server_label.setMinimumWidth(70)
        self.text_label = _wrapping(QLabel(objectName="resultText"), RESULT_LINES)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.server_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        self.ok: bool | None = None
        self.clear()

    def clear(self) -> None:
        self.ok = None
        self.text_label.setText(translate("SettingsDialog", "Not tested yet."))
        self._state("idle")

    def testing(self) -> None:
        self.ok = None
        self.text_label.setText(translate("SettingsDialog", "Testing…"))
        self._state("busy")

    def show_result(self, result: CheckResult) -> None:
        self.ok = result.ok
        mark = "✓" if result.ok else "✗"
        self.text_label.setText(f"{mark}  {result.detail}")
        self._state("ok" if result.ok else "failed")

    def _state(self, state: str) -> None:
        self.text_label.setProperty("state", state)
        self.text_label.style().unpolish(self.text_label)
        self.text_label.style().polish(self.text_label)


@dataclass(frozen=True)
class _SaveRequest:
    """What Save was clicked with; the questions asked before saving do not change it."""

    profile: Profile
    original: Profile | None
    medusa_secret: Secret | None
    payload_secret: Secret | None
    tested: tuple[CheckResult, ...]  # the last test of exactly these settings, if any

    @property
    def moves_store(self) -> bool:
        old = self.original
        return old is not None and (old.name != self.profile.name
                                    or bool(changed_servers(old, self.profile)))


class SettingsDialog(QDialog):
    profilesChanged = Signal()
    # A saved profile got new secrets (emitted before profilesChanged): clients built
    # with the old ones, such as the main window's catalog, must be built again.
    secretsChanged = Signal(str)

    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        release_store: StoreRelease | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.services = services
        self.release_store = release_store
        self._editing: str | None = None  # name of the profile in the form, None = new
        self._test = TaskSlot("connection test")
        self._store_change = TaskSlot("profile store change")
        # The last test's results and a digest of the form they were made with: they
        # survive Save, and only describe the settings while the form is unchanged.
        self._tested: tuple[CheckResult, ...] = ()
        self._tested_form: str | None = None
        self._confirm_box: QMessageBox | None = None
        self.setWindowTitle(translate("SettingsDialog", "Settings — Shop profiles"))
        self.resize(860, 680)  # room for two lines of test result per server
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 12)
        root.setSpacing(12)

        self.keyring_label = QLabel(objectName="keyringWarning")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.hide()
        root.addWidget(self.keyring_label)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("SettingsDialog", "Profiles"), objectName="sectionTitle"))
        self.profile_list = QListWidget(objectName="profileList")
        self.profile_list.setMinimumWidth(200)
        self.profile_list.currentItemChanged.connect(self._item_selected)
        left.addWidget(self.profile_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("SettingsDialog", "Add"), objectName="addProfile")
        self.add_button.setToolTip(translate("SettingsDialog", "Add a shop profile"))
        self.add_button.clicked.connect(self.new_profile)
        self.remove_button = QPushButton(translate("SettingsDialog", "Remove"),
                                         objectName="removeProfile")
        self.remove_button.setToolTip(translate(
            "SettingsDialog", "Remove the chosen profile and its keys from the keyring"))
        self.remove_button.clicked.connect(self._confirm_remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        left.addWidget(AppearanceBox(self))  # app-wide, not per profile
        left.addWidget(LogLevelBox(self))  # app-wide too
        left.addWidget(LanguageBox(self))  # applies at the next start
        columns.addLayout(left, 0)
        columns.addWidget(self._scrolling(self._build_form()), 1)
        root.addLayout(columns, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setIcon(QIcon())
        close_button.setToolTip(translate("SettingsDialog", "Close the settings"))
        root.addWidget(close)
        # Only Save reacts to Enter; otherwise whichever button had focus would.
        for button in (self.add_button, self.remove_button, self.test_button, close_button):
            button.setAutoDefault(False)

    @staticmethod
    def _scrolling(form: QWidget) -> QScrollArea:
        """The form scrolls when long messages make it taller than the window, instead of
        its fields being squeezed over one another."""
        area = QScrollArea(objectName="profileFormScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(form)
        return area

    def _build_form(self) -> QWidget:
        panel = QFrame(objectName="profileForm")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        general = QFormLayout()
        general.setHorizontalSpacing(FORM_SPACING)
        general.setContentsMargins(20, 0, 20, 0)  # line up with the group boxes' fields
        self.name_edit = QLineEdit(
            objectName="nameEdit", placeholderText=translate("SettingsDialog", "e.g. my-shop"))
        self.name_edit.setToolTip(translate(
            "SettingsDialog", "A name for this shop, shown in the profile list and the toolbar"))
        general.addRow(_label(translate("SettingsDialog", "Profile name")), self.name_edit)
        layout.addLayout(general)

        medusa = QGroupBox("Medusa")
        form = QFormLayout(medusa)
        form.setHorizontalSpacing(FORM_SPACING)
        self.medusa_url_edit = QLineEdit(objectName="medusaUrl",
                                         placeholderText="https://shop.example.com:9000")
        self.auth_combo = QComboBox(objectName="authCombo")
        for kind, label in AUTH_CHOICES:
            self.auth_combo.addItem(translate("SettingsDialog", label), kind)
        self.auth_combo.setToolTip(translate(
            "SettingsDialog", "How the app signs in to Medusa: a secret API key, or an "
            "administrator's e-mail and password"))
        self.auth_combo.currentIndexChanged.connect(self._auth_changed)
        self.email_edit = QLineEdit(objectName="emailEdit", placeholderText="admin@example.com")
        self.medusa_secret_edit = QLineEdit(objectName="medusaSecret")
        self.medusa_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_label(translate("SettingsDialog", "URL")), self.medusa_url_edit)
        form.addRow(_label(translate("SettingsDialog", "Sign in with")), self.auth_combo)
        form.addRow(_label(translate("SettingsDialog", "E-mail")), self.email_edit)
        self.medusa_secret_label = _label(translate("SettingsDialog", "Secret key"))
        form.addRow(self.medusa_secret_label, self.medusa_secret_edit)
        self._medusa_form = form
        layout.addWidget(medusa)

        payload = QGroupBox("Payload")
        form = QFormLayout(payload)
        form.setHorizontalSpacing(FORM_SPACING)
        self.payload_url_edit = QLineEdit(objectName="payloadUrl",
                                          placeholderText="https://cms.example.com")
        self.collection_edit = QLineEdit("users", objectName="collectionEdit")
        self.collection_edit.setToolTip(translate(
            "SettingsDialog", "The Payload collection whose user owns the API key (usually "
            "users)"))
        self.payload_key_edit = QLineEdit(objectName="payloadKey")
        self.payload_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_label(translate("SettingsDialog", "URL")), self.payload_url_edit)
        form.addRow(_label(translate("SettingsDialog", "Auth collection")), self.collection_edit)
        form.addRow(_label(translate("SettingsDialog", "API key")), self.payload_key_edit)
        layout.addWidget(payload)

        self.error_label = _wrapping(QLabel(objectName="formError"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.note_label = _wrapping(QLabel(objectName="formNote"))  # e.g. a retired store
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.hide()
        layout.addWidget(self.note_label)

        actions = QHBoxLayout()
        self.test_button = QPushButton(translate("SettingsDialog", "Test connection"),
                                       objectName="testButton")
        self.test_button.setToolTip(translate(
            "SettingsDialog", "Try both servers with what is filled in, without saving"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(translate("SettingsDialog", "Save"), objectName="saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate(
            "SettingsDialog", "Save the profile; its keys go to the keyring"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(objectName="savedLabel")
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.saved_label)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)

        results = QGroupBox(translate("SettingsDialog", "Connection test"))
        grid = QGridLayout(results)
        self.results = {MEDUSA: ResultRow(MEDUSA), PAYLOAD: ResultRow(PAYLOAD)}
        grid.addWidget(self.results[MEDUSA], 0, 0)
        grid.addWidget(self.results[PAYLOAD], 1, 0)
        layout.addWidget(results)
        layout.addStretch(1)
        self._auth_changed()
        return panel

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Reload the list from disk and show the keyring status."""
        status = self.services.profiles.secret_status
        self.keyring_label.setVisible(not status.persistent and bool(status.message))
        self.keyring_label.setText(status.message or "")
        data = self.services.profiles.load()
        keep = self._editing or data.active
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for p in data.profiles:
            active = translate("SettingsDialog", "{name}  (active)").format(name=p.name)
            label = active if p.name == data.active else p.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        match = self._find_item(keep) if keep else None
        if match is not None:
            self.profile_list.setCurrentItem(match)
            self._fill(data.find(keep))
        elif not data.profiles:
            self.new_profile()
        self.remove_button.setEnabled(bool(data.profiles))

    def _find_item(self, name: str) -> QListWidgetItem | None:
        for i in range(self.profile_list.count()):
            item = self.profile_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def _item_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        self._fill(self.services.profiles.load().find(name))

    def _fill(self, profile: Profile | None) -> None:
        self._test.cancel()
        for row in self.results.values():
            row.clear()
        self._tested, self._tested_form = (), None
        self.error_label.hide()
        self.note_label.hide()
        self.saved_label.clear()
        self._editing = profile.name if profile else None
        self.name_edit.setText(profile.name if profile else "")
        self.medusa_url_edit.setText(profile.medusa_url if profile else "")
        auth = profile.medusa_auth if profile else MedusaAuth.SECRET_KEY
        self.auth_combo.setCurrentIndex(self.auth_combo.findData(auth))
        self.email_edit.setText((profile.medusa_email or "") if profile else "")
        self.payload_url_edit.setText(profile.payload_url if profile else "")
        default_collection = "users"  # Payload's slug, not words
        self.collection_edit.setText(
            profile.payload_auth_collection if profile else default_collection)
        self.medusa_secret_edit.clear()
        self.payload_key_edit.clear()
        self._update_secret_placeholders()

    def new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentItem(None)
        self.profile_list.clearSelection()
        self.profile_list.blockSignals(False)
        self._fill(None)
        self.name_edit.setFocus()

    def _auth_changed(self) -> None:
        email = self.auth_combo.currentData() == MedusaAuth.EMAIL_PASSWORD
        self._medusa_form.setRowVisible(self.email_edit, email)
        self.medusa_secret_label.setText(
            translate("SettingsDialog", "Password") if email
            else translate("SettingsDialog", "Secret key"))
        self._update_secret_placeholders()

    def _update_secret_placeholders(self) -> None:
        stored = translate("SettingsDialog", "Stored in the keyring; leave blank to keep")
        if not self.services.profiles.secret_status.persistent:
            stored = translate("SettingsDialog", "Kept for this session; leave blank to keep")
        editing = self._editing is not None
        email = self.auth_combo.currentData() == MedusaAuth.EMAIL_PASSWORD
        self.medusa_secret_edit.setPlaceholderText(
            stored if editing
            else (translate("SettingsDialog", "Admin password") if email else "sk_…")
        )
        self.payload_key_edit.setPlaceholderText(
            stored if editing else translate("SettingsDialog", "API key of a Payload user"))

    # ------------------------------------------------------------ form → data
    def _profile_from_form(self) -> Profile:
        auth = self.auth_combo.currentData()
        return Profile.parse(
            {
                "name": self.name_edit.text(),
                "medusa_url": self.medusa_url_edit.text(),
                "medusa_auth": auth,
                "medusa_email": self.email_edit.text() if auth == MedusaAuth.EMAIL_PASSWORD
                else None,
                "payload_url": self.payload_url_edit.text(),
                "payload_auth_collection": self.collection_edit.text() or "users",
                # Not on this form: an edit keeps the profile's content-quality rules.
                "quality": self._kept_quality(),
            },
            source="Profile",
        )

    def _kept_quality(self) -> dict[str, object]:
        edited = self.services.profiles.load().find(self._editing) if self._editing else None
        return edited.quality.model_dump(mode="json") if edited is not None else {}

    @staticmethod
    def _secret(edit: QLineEdit) -> Secret | None:
        return Secret(edit.text()) if edit.text() else None

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _form_digest(self) -> str:
        # A digest, not the texts: the secret fields must not be copied around.
        fields = (self.name_edit, self.medusa_url_edit, self.email_edit, self.medusa_secret_edit,
                  self.payload_url_edit, self.collection_edit, self.payload_key_edit)
        text = "\0".join([str(self.auth_combo.currentData()), *(f.text() for f in fields)])
        return hashlib.sha256(text.encode()).hexdigest()

    def _current_results(self) -> tuple[CheckResult, ...]:
        """The last test's results if they were made with the form as it is now."""
        return self._tested if self._tested_form == self._form_digest() else ()

    # ---------------------------------------------------------------- actions
    def save(self) -> bool:
        """Save the form, after asking what needs asking; True if it was saved right away."""
        self.error_label.hide()
        self.note_label.hide()
        self.saved_label.clear()
        try:
            request = _SaveRequest(
                self._profile_from_form(),
                self.services.profiles.load().find(self._editing) if self._editing else None,
                self._secret(self.medusa_secret_edit), self._secret(self.payload_key_edit),
                self._current_results(),
            )
        except ConfigError as exc:
            self._show_error(str(exc))
            return False
        return self._check_failed_test(request)

    def _check_failed_test(self, request: _SaveRequest) -> bool:
        failed = [r for r in request.tested if not r.ok]
        if not failed:
            return self._check_host_change(request)
        lines = "\n".join(f"• {r.server}: {r.detail}" for r in failed)
        return self._ask(
            "confirmFailedTest", translate("SettingsDialog", "Connection test failed"),
            translate("SettingsDialog", "The connection test of these settings failed:\n"
                      "{lines}\n\nSave them anyway?").format(lines=lines),
            translate("SettingsDialog", "Save anyway"),
            lambda: self._check_host_change(request),
        )

    def _check_host_change(self, request: _SaveRequest) -> bool:
        old = request.original
        if old is None or not changed_servers(old, request.profile):
            return self._commit(request, confirm=False)
        try:
            self.services.profiles.check_host_change(old, request.profile)
        except HostChangeWithPendingEdits as exc:
            text = str(exc)
        except StoreError as exc:
            text = f"{exc}\n\n" + translate(
                "SettingsDialog", "It may hold edits that were not sent. They will not be sent "
                "to the new server; the store is kept in a backup in {folder}.").format(
                    folder=backups_dir())
        else:  # no edits waiting: the old shop's cache is retired without asking
            return self._commit(request, confirm=False)
        return self._ask("confirmHostChange", translate("SettingsDialog", "Change the server"),
                         f"{text}\n\n"
                         + translate("SettingsDialog", "Change the server anyway?"),
                         translate("SettingsDialog", "Change the server"),
                         lambda: self._commit(request, confirm=True))

    def _ask(self, name: str, title: str, text: str, yes: str,
             then: Callable[[], object]) -> bool:
        """Ask without a nested event loop; ``then`` runs if the user agrees. Returns False."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per question asked
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        for button in box.buttons():
            button.setIcon(QIcon())  # as the Close button: words, no stock icons
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not discard
        # buttonClicked, not accepted: QMessageBox finishes with the button's code.
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
            and then()
        )
        self._confirm_box = box
        box.open()
        return False

    def _commit(self, request: _SaveRequest, *, confirm: bool) -> bool:
        if request.moves_store and self.release_store is not None:
            assert request.original is not None
            self._released(request.original.name, lambda: self._save_now(request, confirm))
            return False
        return self._save_now(request, confirm)

    def _save_now(self, request: _SaveRequest, confirm: bool) -> bool:
        try:
            result = self.services.profiles.save(
                request.profile,
                medusa_secret=request.medusa_secret,
                payload_secret=request.payload_secret,
                original_name=request.original.name if request.original else None,
                confirm_host_change=confirm,
            )
        except (ConfigError, SecretStoreUnavailable, StoreError) as exc:
            self._show_error(str(exc))
            return False
        self._editing = result.profile.name
        self.refresh()
        self._show_saved(result, request.tested)
        if request.medusa_secret is not None or request.payload_secret is not None:
            self.secretsChanged.emit(result.profile.name)
        self.profilesChanged.emit()
        return True

    def _show_saved(self, result: SaveResult, tested: Sequence[CheckResult]) -> None:
        # The test described exactly what was saved: keep showing it (Save used to wipe it).
        for check in tested:
            self.results[check.server].show_result(check)
        self._tested, self._tested_form = tuple(tested), self._form_digest()
        self.saved_label.setText(
            translate("SettingsDialog", "Saved.") if result.persisted
            else translate("SettingsDialog", "Saved (secrets kept for this session only)."))
        if result.backup is not None:
            self.note_label.setText(
                translate("SettingsDialog", "The local copy made with the previous settings "
                          "was kept as a backup: {path}").format(path=result.backup))
            self.note_label.show()

    def _released(self, name: str, action: Callable[[], bool]) -> None:
        """Run ``action`` once ``name``'s store is closed in this process."""
        self._set_busy(True)
        self._store_change.start(self._release_then(name, action),
                                 on_error=lambda exc: self._show_error(str(exc)))

    async def _release_then(self, name: str, action: Callable[[], bool]) -> None:
        try:
            assert self.release_store is not None
            await self.release_store(name)
        finally:
            self._set_busy(False)
        if not action():
            self.profilesChanged.emit()  # its store was closed for us: let it reopen

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.add_button, self.remove_button,
                       self.profile_list):
            widget.setEnabled(not busy)
        if busy:
            self.saved_label.setText(translate("SettingsDialog", BUSY_TEXT))
        elif self.saved_label.text() == translate("SettingsDialog", BUSY_TEXT):
            self.saved_label.clear()

    def test_connection(self) -> None:
        self.error_label.hide()
        try:
            profile = self._profile_from_form()
        except ConfigError as exc:
            self._show_error(str(exc))
            return
        medusa_secret = self._secret(self.medusa_secret_edit)
        payload_secret = self._secret(self.payload_key_edit)
        if self._editing is not None:
            stored = self.services.profiles
            original = stored.load().find(self._editing)
            if original is not None:
                if medusa_secret is None and original.medusa_auth is profile.medusa_auth:
                    medusa_secret = stored.secret(original, original.medusa_secret)
                if payload_secret is None:
                    payload_secret = stored.secret(original, SecretKind.PAYLOAD_API_KEY)
        for row in self.results.values():
            row.testing()
        self.test_button.setEnabled(False)
        self._tested, self._tested_form = (), self._form_digest()
        self._test.start(self._run_test(profile, medusa_secret, payload_secret),
                         on_error=self._test_failed)

    async def _run_test(
        self, profile: Profile, medusa_secret: Secret | None, payload_secret: Secret | None
    ) -> None:
        try:
            results = await self.services.check_connection(profile, medusa_secret, payload_secret)
        finally:
            self.test_button.setEnabled(True)
        for result in results:
            self.results[result.server].show_result(result)
        self._tested = tuple(results)

    def _test_failed(self, exc: BaseException) -> None:
        self._show_error(translate("SettingsDialog", "The test could not run: {error}")
                         .format(error=f"{type(exc).__name__}: {exc}"))
        for row in self.results.values():
            row.clear()

    def _confirm_remove(self) -> None:
        item = self.profile_list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        text = translate("SettingsDialog",
                         "Remove the profile “{name}” and its stored secrets?").format(name=name)
        confirmed = False  # nothing waiting: the service refuses if edits appear meanwhile
        try:
            self.services.profiles.check_remove(name)
        except RemoveWithPendingEdits as exc:
            text += f"\n\n{exc}"
            confirmed = True
        except StoreError as exc:
            text += f"\n\n{exc}\n" + translate(
                "SettingsDialog", "It may hold edits that were not sent; it is kept in a "
                "backup in {folder}.").format(folder=backups_dir())
            confirmed = True
        self._ask("confirmRemove", translate("SettingsDialog", "Remove profile"), text,
                  translate("SettingsDialog", "Remove"),
                  lambda: self.remove_profile(name, confirmed=confirmed))

    def remove_profile(self, name: str, *, confirmed: bool = False) -> bool:
        """Remove ``name`` (``confirmed``: even with edits not sent); True if done now."""
        self.error_label.hide()
        self.note_label.hide()
        if self.release_store is not None:
            self._released(name, lambda: self._remove_now(name, confirmed))
            return False
        return self._remove_now(name, confirmed)

    def _remove_now(self, name: str, confirmed: bool) -> bool:
        try:
            result = self.services.profiles.remove(name, confirm_pending_edits=confirmed)
        except (ConfigError, SecretStoreUnavailable, StoreError) as exc:
            self._show_error(str(exc))
            return False
        self._editing = None
        self.refresh()
        if result.backup is not None:
            self.note_label.setText(
                translate("SettingsDialog", "The local copy of “{name}” was kept as a backup: "
                          "{path}").format(name=name, path=result.backup))
            self.note_label.show()
        self.profilesChanged.emit()
        return True

    def cancel_tasks(self) -> None:
        self._test.cancel()

    def done(self, result: int) -> None:
        self._test.cancel()
        super().done(result)
