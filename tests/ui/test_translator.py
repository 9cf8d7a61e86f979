"""The interface in German: our catalog, Qt's own, and numbers, prices and dates.

The catalogs are compiled from the committed .ts into a temporary folder (as
scripts/i18n.py build does for the app) and installed as app.main does at start.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app import money
from desktop_app.config import AppSettingsStore
from desktop_app.i18n import translate
from desktop_app.services.app_services import AppServices
from desktop_app.ui import translator
from desktop_app.ui.formatting import format_timestamp
from desktop_app.ui.language_box import LanguageBox
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.welcome import WelcomePage
from tests.ui.test_main_window import pulled, shop_window

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("de", "de_AT", "de_AT"),  # the user's country kept: Austrian formats
        ("de", "en_US", "de_DE"),
        ("system", "fr_CA", "fr_CA"),
        ("en", "de_DE", "en_US"),
        ("system", "C", "C"),
    ],
)
def test_the_setting_wins_over_the_system_locale(setting: str, system: str, expected: str) -> None:
    assert translator.chosen_locale(setting, QLocale(system)).name() == expected


async def test_the_main_window_speaks_german(qtbot, german, services: AppServices) -> None:
    assert german.locale.name() == "de_DE" and len(german.translators) == 2
    win = shop_window(qtbot, services)
    win.start()
    await pulled(win, 12)

    toolbar = [a.text() for a in win.toolbar.actions() if a.text()]
    assert toolbar[:3] == ["Aktualisieren", "Übertragen", "Ausstehend"]
    assert "Produkt" in toolbar and "Einstellungen" in toolbar  # short toolbar words
    assert win.push_action.toolTip() == "Die ausstehenden Änderungen an die Server übertragen"
    assert [
        m.title()
        for m in win.menuBar().findChildren(type(win.product_menu))
        if m.objectName() == "helpMenu"
    ] == ["&Hilfe"]
    assert win.counts_label.text() == "12 Produkte im lokalen Speicher"
    model = win.page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in Col]
    assert header[:3] == ["Titel", "Handle", "Status"]
    statuses = {model.index(r, Col.STATUS).data() for r in range(12)}
    assert statuses == {"Veröffentlicht", "Entwurf"}
    # Dates as German writes them (Babel, the installed locale): 27.11.2026, 05:09.
    updated = model.index(0, Col.UPDATED).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", updated), updated
    assert win.page.search_edit.placeholderText().startswith("Titel, Handle, SKU")
    win.close()


def test_prices_numbers_and_qt_dialogs_follow_the_language(german) -> None:
    assert money.current_locale() == "de_DE"
    assert money.format_money("1234.5", "eur") == "1.234,50\xa0€"
    assert QLocale().toString(1234567) == "1.234.567"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"


def test_the_welcome_page_speaks_german(qtbot, german) -> None:
    page = WelcomePage(lambda _line: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(page)
    assert page.connect_button.text() == "Mit meinem Shop verbinden…"
    assert page.demo_button.text() == "Demo-Shop ausprobieren"


def test_back_in_english_after_uninstall(qapp, catalogs: Path) -> None:
    translator.install("fr", catalogs, system=QLocale("en_US")).uninstall()
    assert translate("MainWindow", "Push now") == "Push now"
    assert format_timestamp(None) == "—"
    assert money.current_locale() == money.usable_locale(QLocale().name())


def test_french_is_there_too(catalogs: Path, qapp) -> None:
    installed = translator.install("fr", catalogs, system=QLocale("en_US"))
    try:
        assert translate("PendingView", "Push now") == "Envoyer maintenant"
        assert translate("MainWindow", "Push now") == "Envoyer"  # short in the toolbar
        assert translate("MainWindow", "%Ln product(s) in the local store", None, 1) == (
            "1 produit dans le stockage local"
        )
    finally:
        installed.uninstall()


def test_the_language_row_saves_the_choice_for_the_next_start(qtbot) -> None:
    store = AppSettingsStore()
    box = LanguageBox(store=store)
    qtbot.addWidget(box)
    box.show()
    assert box.combo.currentData() == "system"
    box.combo.setCurrentIndex(box.combo.findData("de"))
    box.combo.activated.emit(box.combo.currentIndex())
    assert store.load().language == "de"
    assert box.note.isVisible() and "started again" in box.note.text()
    box.combo.setCurrentIndex(box.combo.findData("system"))
    box.combo.activated.emit(box.combo.currentIndex())
    assert not box.note.isVisible()


def test_a_language_not_shipped_reads_english_in_its_formats(qapp, catalogs: Path) -> None:
    installed = translator.install("system", catalogs, system=QLocale("es_ES"))
    try:
        assert installed.translators == []  # not even Qt's Spanish buttons beside English
        assert translate("MainWindow", "Push now") == "Push now"
        assert QLocale().toString(1234567) == "1.234.567"
        assert money.current_locale() == "es_ES"
    finally:
        installed.uninstall()
