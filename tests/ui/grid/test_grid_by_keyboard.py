"""The grid by keyboard alone (issue 14): Tab reaches the table, every toolbar action has
a key, Shift+F10 opens the current column's menu, and the Replace, Formula, Columns and
Review dialogs are walked from their first control, every stop named and described."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.ui.grid.column_chooser import KEY_ROLE
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk
from tests.ui.grid.helpers import CTRL, cell, key, select


def names(stops) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.widget.objectName() for s in stops]


def first_stop(dialog):  # type: ignore[no-untyped-def]
    """Where Tab starts in a dialog just opened: its first control."""
    dialog.activateWindow()
    dialog.focusNextChild()
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_the_table_is_named_and_every_toolbar_action_has_a_key(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    leave_keys()
    stops = walk(window, window.view)
    assert names(stops) == ["gridTable"]  # the toolbar takes no focus: its actions have keys
    assert not nameless(stops) and not described_not(stops)
    assert stops[0].name == "Variant grid"
    assert "Ctrl+Tab leaves the grid" in stops[0].description
    for action in window.toolbar.actions():
        if action.text() and not action.isSeparator():
            assert not action.shortcut().isEmpty(), action.text()
            assert action.toolTip(), action.text()


def test_shift_f10_opens_the_current_columns_menu(qtbot, catalog, open_grid, monkeypatch):
    shown: list[QMenu] = []  # offscreen, a menu shown would warn that it cannot grab keys
    monkeypatch.setattr(QMenu, "popup", lambda menu, _at, _action=None: shown.append(menu))
    window = open_grid(catalog)
    for column in ("price:eur", "product"):  # a column that scrolls and a frozen one
        window.view.setCurrentIndex(cell(window, 1, column))
        key(window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        texts = " ".join(a.text() for a in shown[-1].actions())
        assert "Sort" in texts and "Hide" in texts
        assert shown[-1].parent() in (
            window.view.horizontalHeader(),
            window.view.frozen.horizontalHeader(),
        )
    assert len(shown) == 2


def test_the_dialogs_by_keyboard(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    leave_keys()
    select(window, (1, "price:eur"), (2, "price:eur"))
    expected = {
        "open_replace": {"replaceColumn", "replaceFind", "replaceWith", "replaceMatchCase"},
        "open_formula": {
            "formulaPercent",
            "formulaPercentValue",
            "formulaAddValue",
            "formulaEnding",
            "formulaSource",
            "formulaApply",
        },
        "open_columns": {"columnList", "defaultColumns"},
    }
    for opener, required in expected.items():
        dialog = getattr(window, opener)()
        qtbot.waitUntil(dialog.isVisible)
        stops = walk(dialog, first_stop(dialog))
        assert required <= set(names(stops)), (opener, names(stops))
        assert not nameless(stops), opener
        assert not described_not(stops), opener
        dialog.reject()

    # Review… (Ctrl+S): Save says what the changes amount to.
    window.model.stage([(window.model.row_at(1), "price:eur", "5")], "Typing")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(window, Qt.Key.Key_S, CTRL)
    dialog = window.saver.dialog
    qtbot.waitUntil(dialog.isVisible)
    stops = walk(dialog, first_stop(dialog))
    assert "reviewSave" in names(stops)
    assert not nameless(stops) and not described_not(stops)
    save = next(s for s in stops if s.widget.objectName() == "reviewSave")
    assert save.description.startswith("1 cell changes in 1 product (1 variant).")
    dialog.reject()
    window.session.clear()


def test_ctrl_up_and_down_move_a_column(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    chooser = window.open_columns()
    qtbot.waitUntil(chooser.isActiveWindow)
    listed = chooser.list

    def order() -> list[str]:
        return [listed.item(n).data(KEY_ROLE) for n in range(listed.count())]

    keys = order()
    listed.setFocus()
    listed.setCurrentRow(3)
    QTest.keyClick(listed, Qt.Key.Key_Up, CTRL)
    assert order() == [*keys[:2], keys[3], keys[2], *keys[4:]]
    assert listed.currentRow() == 2
    QTest.keyClick(listed, Qt.Key.Key_Down, CTRL)
    assert order() == keys
    listed.setCurrentRow(2)
    QTest.keyClick(listed, Qt.Key.Key_Up, CTRL)  # Product and Variant stay first
    assert order() == keys
    chooser.reject()


def test_a_screen_reader_hears_the_grid_in_german(qtbot, catalog, open_grid, german):
    window = open_grid(catalog, locale="de_DE")
    leave_keys()
    stops = walk(window, window.view)
    assert stops[0].name == "Variantentabelle"
    assert "Strg+Tab verlässt die Tabelle" in stops[0].description
    assert window.column_menu_action.text() == "Spaltenmenü"
