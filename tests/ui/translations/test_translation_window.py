"""The translation editor: source left, target right; saved through the outbox, pushed per
locale; it says why where the shop has nothing to translate (issue 16)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from desktop_app.config import MedusaAuth, Profile
from desktop_app.richtext import editor_markdown_to_lexical
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.translations.opening import open_translations
from desktop_app.ui.translations.window import TranslationWindow
from tests.translations.fakes import (
    FixedCapabilities,
    default_capabilities,
    editorial_capabilities,
    editorial_pair,
)
from tests.ui.list_menu import product_menu
from tests.ui.qt_support import wait_until

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
P1 = "prod_00001"
ENGLISH = "## Lamp\n\nA **warm** light."


async def catalog_for(tmp_path, caps):  # type: ignore[no-untyped-def]
    medusa, payload = editorial_pair(2)
    payload.touch(P1, description=editor_markdown_to_lexical(ENGLISH))
    shop = Shop(PROFILE, medusa.client(), payload.client(),
                capability_cache=FixedCapabilities(caps))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    await catalog.pull()
    return catalog, medusa, payload


@pytest.fixture
async def editorial(tmp_path):
    catalog, medusa, payload = await catalog_for(tmp_path, await editorial_capabilities())
    yield catalog, medusa, payload
    await catalog.aclose()


async def opened(qtbot, catalog, locale=None,  # type: ignore[no-untyped-def]
                 track: bool = True) -> TranslationWindow:
    window = open_translations(catalog, P1, locale=locale)
    if track:  # the test closes an untracked one itself (it deletes itself on close)
        qtbot.addWidget(window)
    await wait_until(lambda: window.rows or window.reason_label.isVisible(), 5, "the form")
    return window


def row(window: TranslationWindow, key: str):  # type: ignore[no-untyped-def]
    return next(r for r in window.rows if r.unit.key == key)


async def test_the_shop_is_asked_once_and_each_text_is_a_row(qtbot, editorial) -> None:
    catalog, _medusa, _payload = editorial
    window = await opened(qtbot, catalog)
    assert window.windowTitle() == "Translations — Payload title 1"
    assert [window.locale_box.itemData(i) for i in range(window.locale_box.count())] == [
        "de", "fr"]
    assert window.locale_box.currentText() == "de / de-DE"
    assert [r.unit.key for r in window.rows] == [
        "title", "subtitle", "description", "seo.meta_title", "medusa.description"]
    title = row(window, "title")
    assert isinstance(title.source, QLineEdit) and title.source.isReadOnly()
    assert title.source.text() == "Payload title 1" and title.target.text() == ""
    assert "Payload and Medusa" in title.label.text()  # Medusa's title is Payload's
    description = row(window, "description")
    assert isinstance(description.target, QPlainTextEdit)
    assert description.source.toPlainText() == ENGLISH  # the lossless markdown
    assert title.state_label.text() == "missing" and window.status_label.text() == "missing"
    assert not window.save_button.isEnabled()
    assert open_translations(catalog, P1) is window  # asked again: the same window


async def test_typing_saves_through_the_outbox_and_sends_per_locale(qtbot, editorial) -> None:
    catalog, medusa, payload = editorial
    window = await opened(qtbot, catalog)
    row(window, "title").set_text("Lampe")
    row(window, "description").set_text("## Lampe\n\nEin **warmes** Licht.")
    assert window.has_unsaved_changes() and window.save_button.isEnabled()
    assert row(window, "title").edited_label.isVisibleTo(window)
    assert window.changes() == {
        "locales.de.title": "Lampe", "translations.de-DE.title": "Lampe",
        "locales.de.description": editor_markdown_to_lexical("## Lampe\n\nEin **warmes** Licht.")}
    assert window.save()
    assert {e.field for e in catalog.outbox(None)} == {
        "locales.de.title", "translations.de-DE.title", "locales.de.description"}
    await wait_until(lambda: window.message_label.text() == "Saved and sent.", 5, "the push")
    assert payload.locale_value(P1, "de", "title") == "Lampe"
    assert medusa.translation(P1, "de-DE")["translations"] == {"title": "Lampe"}
    assert row(window, "title").state_label.text() == "done"
    assert not window.has_unsaved_changes()


async def test_another_locale_and_a_source_that_moves(qtbot, editorial) -> None:
    catalog, _medusa, payload = editorial
    catalog.edit(P1, {"locales.fr.title": "Lampe"})
    window = await opened(qtbot, catalog, locale="fr")
    assert window.locale_box.currentData() == "fr"
    assert row(window, "title").target.text() == "Lampe"
    row(window, "subtitle").set_text("Lumière")  # typing, not saved
    payload.touch(P1, title="Reading lamp")  # the English title changes in Payload
    await catalog.pull()
    await wait_until(lambda: row(window, "title").source.text() == "Reading lamp", 5,
                     "the new source")
    assert row(window, "title").state_label.text() == "outdated: the source changed"
    assert row(window, "subtitle").text() == "Lumière"  # the typing was kept
    window.locale_box.setCurrentIndex(0)
    assert row(window, "title").target.text() == ""


async def test_closing_with_typing_asks(qtbot, editorial) -> None:
    catalog, _medusa, _payload = editorial
    window = await opened(qtbot, catalog, track=False)
    row(window, "title").set_text("Lampe")
    window.close()
    assert window.isVisible() and window.confirm_box is not None
    window.confirm_box.button(QMessageBox.StandardButton.Discard).click()
    await wait_until(lambda: not shiboken6.isValid(window) or not window.isVisible(), 5,
                     "closed")
    assert catalog.outbox() == []


async def test_a_shop_without_translations_says_why(qtbot, tmp_path) -> None:
    catalog, _medusa, _payload = await catalog_for(tmp_path, await default_capabilities())
    try:
        window = await opened(qtbot, catalog)
        assert window.reason_label.isVisible()
        assert "not localised" in window.reason_label.text()
        assert "translation routes" in window.reason_label.text()
        assert not window.area.isVisible() and not window.save_button.isVisible()
    finally:
        await catalog.aclose()


async def wait_rows(window: TranslationWindow):  # type: ignore[no-untyped-def]
    await wait_until(lambda: window.rows, 5, "the rows")
    return row(window, "title")


async def test_opened_from_the_product_list_and_closed_with_its_shop(qtbot, editorial) -> None:
    catalog, _medusa, _payload = editorial
    page, actions = product_menu(qtbot, catalog, P1)
    assert page.translations_action in actions and page.translations_action.isEnabled()
    page.translations_action.trigger()
    window = open_translations(catalog, P1)
    assert window.isVisible() and window.product_id == P1
    row = await wait_rows(window)
    row.set_text("Lampe")
    from desktop_app.ui.unsaved import unsaved_editors

    class Host:  # what unsaved_editors asks of the main window
        tools = type("Tools", (), {"windows": staticmethod(lambda: [])})()
        findChildren = page.findChildren

    assert unsaved_editors(Host()) == [window]  # a switch of shop asks about the typing
    page.shut_down()  # then closes the shop's translation editors
    await wait_until(lambda: not shiboken6.isValid(window) or not window.isVisible(), 5,
                     "closed with the shop")
    assert catalog.outbox() == []


async def test_on_a_drafts_shop_payloads_translations_are_saved_as_drafts(qtbot, tmp_path) -> None:
    from tests.exchange.fakes import Clock
    from tests.publishing.fakes import DraftsPayload, KnownCapabilities
    from tests.translations.fakes import TranslatingMedusa

    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), DraftsPayload(clock)
    payload.add(medusa.add(1, title="Lamp")["id"], "Lamp")
    shop = Shop(PROFILE, medusa.client(), payload.client(),
                capability_cache=KnownCapabilities(await editorial_capabilities(), asked=True))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    try:
        await catalog.pull()
        window = await opened(qtbot, catalog, track=False)  # closed here, before the catalog
        row(window, "title").set_text("Lampe")
        assert window.save()
        assert "as drafts in Payload (live when the product is published" in \
            window.message_label.text()
        assert {e.field for e in catalog.outbox(None)} == {
            "draft.locales.de.title", "translations.de-DE.title"}
        await wait_until(lambda: window.message_label.text() == "Saved and sent.", 5, "the push")
        assert payload.draft_locale_value(P1, "de", "title") == "Lampe"
        assert payload.locale_value(P1, "de", "title") is None  # live once published
        assert medusa.translation(P1, "de-DE")["translations"] == {"title": "Lampe"}
        assert row(window, "title").target.text() == "Lampe"  # the draft's, shown
        assert not window.has_unsaved_changes()
        window.close()
    finally:
        await catalog.aclose()
