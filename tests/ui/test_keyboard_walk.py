"""Keyboard only: Tab (Ctrl+Tab out of text areas and tables) walks the main window and
both editors through every control a user needs, each with a name a screen reader can
say; what Tab does not reach (the toolbar's buttons) has a key, listed in the Keyboard
shortcuts dialog the Help menu opens (F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.ui.keyboard import KEYS
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.content_editor.conftest import loaded  # noqa: F401  (a fixture)
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk
from tests.ui.offline.conftest import seed
from tests.ui.qt_support import wait_until
from tests.ui.test_main_window import pulled, shop_window


def names(stops) -> set[str]:
    return {s.widget.objectName() for s in stops}


def missing(stops, required: set[str]) -> set[str]:
    return required - names(stops)


async def test_main_window_by_keyboard(qtbot, services) -> None:
    window = shop_window(qtbot, services)
    window.start()
    await pulled(window, 12)
    stops = walk(window, window.profile_combo)
    assert not missing(stops, {"profileCombo", "searchEdit", "productTable"})
    assert not nameless(stops)
    assert not described_not(stops)
    assert all(
        s.description
        for s in stops
        if s.widget.objectName() in {"profileCombo", "searchEdit", "productTable"}
    )

    # What Tab does not reach has a key, and the shortcuts dialog lists it.
    for attribute in KEYS:
        assert not getattr(window, attribute).shortcut().isEmpty(), attribute
    window.shortcuts_action.trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets() + window.findChildren(ShortcutsDialog)
        if isinstance(w, ShortcutsDialog)
    )
    listed = {(row.what, row.keys) for row in dialog.rows}
    for action in (
        window.push_action,
        window.sync_action,
        window.doctor_action,
        window.edit_action,
        window.content_action,
        window.refresh_action,
        window.shortcuts_action,
    ):
        text = action.shortcut().toString()
        assert any(keys.startswith(text) for _what, keys in listed), action.text()
    assert ("Go to the product list", "Ctrl+L") in listed
    assert all(what for what, _keys in listed)
    dialog.close()

    # Ctrl+F to the search, Ctrl+L to the list, Ctrl+Shift+D to the doctor.
    window.activateWindow()
    await wait_until(window.isActiveWindow, 2, "the window active")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.page.search_edit
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.page.table
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.page.table, Qt.Key.Key_D, shift_control)
    await wait_until(lambda: window.tools.get("doctor") is not None, 5, "the doctor")
    window.tools.close_all()


async def test_content_editor_by_keyboard(loaded) -> None:  # noqa: F811
    editor, _payload, _pid = loaded
    leave_keys()
    editor.title_edit.setText("A changed title")  # Save is enabled once there is a change
    stops = walk(editor, editor.title_edit)
    assert not missing(
        stops,
        {
            "titleEdit",
            "subtitleEdit",
            "markdownEditor",
            "metaTitleEdit",
            "metaDescriptionEdit",
            "saveButton",
        },
    )
    assert not nameless(stops)
    assert not described_not(stops)


async def test_product_editor_by_keyboard(qtbot, tmp_path) -> None:
    store = CatalogStore.open(tmp_path / "catalog.sqlite3")
    seed(store, 3)
    catalog = OfflineCatalog(store)
    editor = CommerceEditor(catalog, "prod_002")
    qtbot.addWidget(editor, before_close_func=CommerceEditor.discard_and_close)
    editor.show()
    leave_keys()
    editor.title_edit.setText("A changed title")
    stops = walk(editor, editor.title_edit)
    assert not missing(
        stops, {"titleEdit", "handleEdit", "statusCombo", "metadataTable", "saveButton"}
    )
    assert not nameless(stops)
    assert not described_not(stops)
    # Ctrl+S keeps the change (into the outbox), as in the content editor.
    editor.title_edit.setFocus()
    QTest.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("title", "A changed title")]
    editor.discard_and_close()
    store.close()


async def test_settings_dialog_controls_all_have_names(qtbot, services) -> None:
    window = shop_window(qtbot, services)
    window.open_settings()
    dialog = window._settings
    await wait_until(dialog.isVisible, 5, "the settings dialog")
    stops = walk(dialog, dialog.profile_list)
    assert not missing(stops, {"profileList", "themeCombo"})
    assert not nameless(stops)
    assert not described_not(stops)
    # A form's field is named by its row's label, not by its group box ("Medusa").
    by_name = {s.widget.objectName(): s.name for s in stops}
    assert (by_name["medusaUrl"], by_name["payloadKey"]) == ("URL", "API key")
    assert by_name["nameEdit"] == "Profile name"
    dialog.close()
