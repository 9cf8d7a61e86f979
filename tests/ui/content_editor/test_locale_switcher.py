"""The content editor's locale switcher (issue 16): a real OfflineCatalog over the fakes of
the editorial stack (Payload localised in en, de, fr, as recorded) and the default stack's
recorded capabilities."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop_app.richtext import editor_markdown_to_lexical
from desktop_app.services.content import ContentService, SaveStatus
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.content_editor import ContentEditor
from tests.services.content_fakes import PROFILE
from tests.translations.fakes import (
    FixedCapabilities,
    default_capabilities,
    editorial_capabilities,
    editorial_pair,
)
from tests.ui.content_editor.conftest import close
from tests.ui.qt_support import wait_until

P1 = "prod_00001"
ENGLISH = "## Lamp\n\nA **warm** light."
GERMAN = "## Lampe\n\nEin **warmes** Licht."


async def open_editor(tmp_path, caps):  # type: ignore[no-untyped-def]
    medusa, payload = editorial_pair(1)
    payload.touch(P1, description=editor_markdown_to_lexical(ENGLISH))
    payload.set_locale(P1, "de", title="Lampe", description=editor_markdown_to_lexical(GERMAN))
    shop = Shop(
        PROFILE, medusa.client(), payload.client(), capability_cache=FixedCapabilities(caps)
    )
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    await catalog.pull()
    service = ContentService(catalog)
    editor = ContentEditor(service, P1)
    editor.show()
    editor.start()
    await wait_until(lambda: editor.content is not None, 5, "content loaded")
    await wait_until(
        lambda: (editor.locale_bar.available or editor.locale_bar.reason) and not editor.asking,
        5,
        "the locales",
    )
    return editor, payload, catalog


async def localised_capabilities():  # type: ignore[no-untyped-def]
    """The editorial stack's localisation without its drafts (the locale tests' fakes keep
    no drafts): Payload localised in en, de, fr, versions and drafts as on the default stack."""
    editorial, default = await editorial_capabilities(), await default_capabilities()
    return replace(
        editorial,
        versions=default.versions,
        drafts=default.drafts,
        schedule_publish=default.schedule_publish,
    )


@pytest.fixture
async def editorial(tmp_path):
    editor, payload, catalog = await open_editor(tmp_path, await localised_capabilities())
    yield editor, payload, catalog
    await close(editor, catalog)


def choose(editor: ContentEditor, locale: str) -> None:
    """Pick ``locale`` in the switcher as the merchant does ("" for the default)."""
    box = editor.locale_bar.box
    index = box.findData(locale)
    assert index >= 0, f"{locale!r} not offered"
    box.setCurrentIndex(index)


async def rendered(editor: ContentEditor) -> None:
    await wait_until(lambda: not editor.renderer.pending, 5, "preview rendered")


async def test_switching_shows_the_locale_text_and_preview(editorial) -> None:
    editor, _payload, _catalog = editorial
    box = editor.locale_bar.box
    assert [box.itemText(i) for i in range(box.count())] == ["en (default)", "de", "fr"]
    assert box.accessibleName() == "Content locale"
    assert editor.title_edit.text() == "Payload title 1"
    choose(editor, "de")
    assert editor.locale == "de"
    assert editor.title_edit.text() == "Lampe"
    assert editor.editor.toPlainText() == GERMAN
    assert editor.subtitle_edit.text() == ""  # German has none yet
    assert editor.subtitle_edit.placeholderText() == "en: Sub 1"
    await rendered(editor)
    page = editor.preview.toPlainText()
    assert "Ein warmes Licht." in page and "A warm light." not in page
    assert "Sub 1" in page  # the storefront's fallback for the empty German subtitle
    assert editor.fallback_note.isVisibleTo(editor)
    assert "Shown in en: subtitle" in editor.fallback_note.text()
    assert editor.heading.text() == "Payload title 1"  # the product, not the locale
    choose(editor, "fr")  # nothing in French: all of it falls back
    assert editor.title_edit.text() == "" and editor.editor.toPlainText() == ""
    await rendered(editor)
    assert "A warm light." in editor.preview.toPlainText()
    assert "title, subtitle, description" in editor.fallback_note.text()
    choose(editor, "")
    assert editor.title_edit.text() == "Payload title 1"
    assert not editor.fallback_note.isVisibleTo(editor)
    assert not editor.dirty


async def test_an_edit_in_de_goes_to_the_outbox_as_a_de_edit(editorial) -> None:
    editor, payload, catalog = editorial
    choose(editor, "de")
    editor.subtitle_edit.setText("Warmes Licht")
    assert editor.changes() == {"locales.de.subtitle": "Warmes Licht"}
    payload.locked.add(payload.by_medusa(P1)["id"])  # open in Payload's admin
    editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert editor.last_result.status is SaveStatus.LOCKED
    assert [(e.field, e.mine, e.state) for e in catalog.outbox()] == [
        ("locales.de.subtitle", "Warmes Licht", "locked")
    ]
    assert not editor.dirty  # durable: the typing is the outbox's now
    editor.last_result = None
    assert editor.banner.second.text() == "Override"
    editor.banner.second.click()
    await wait_until(lambda: editor.last_result is not None, 5, "sent")
    assert editor.last_result.status is SaveStatus.SAVED
    assert payload.locale_value(P1, "de", "subtitle") == "Warmes Licht"
    patch = payload.writes()[-1]
    assert patch.url.params["locale"] == "de"
    assert patch.url.params["overrideLock"] == "true"
    assert json.loads(patch.content) == {"subtitle": "Warmes Licht"}
    assert payload.by_medusa(P1)["subtitle"] == "Sub 1"  # English untouched
    assert catalog.outbox() == []


async def test_switching_with_unsaved_text_loses_nothing(editorial) -> None:
    editor, payload, _catalog = editorial
    editor.title_edit.setText("Reading lamp")
    choose(editor, "de")
    assert editor.title_edit.text() == "Lampe"
    editor.editor.setPlainText(GERMAN + "\n\nMit Schirm.")
    assert editor.state_label.text() == "2 unsaved changes (de, en)"
    choose(editor, "")
    assert editor.title_edit.text() == "Reading lamp"  # kept while German was shown
    choose(editor, "de")
    assert editor.editor.toPlainText() == GERMAN + "\n\nMit Schirm."
    assert editor.has_unsaved_changes()
    assert set(editor.changes()) == {"title", "locales.de.description"}
    editor.save()  # every locale's typing, in one push
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert editor.last_result.status is SaveStatus.SAVED, editor.last_result.message
    assert payload.by_medusa(P1)["title"] == "Reading lamp"
    german = payload.locale_value(P1, "de", "description")
    assert german == editor_markdown_to_lexical(GERMAN + "\n\nMit Schirm.")
    assert not editor.dirty and editor.state_label.text() == "Saved"


async def test_a_colleague_change_reaches_a_hidden_locale(editorial) -> None:
    editor, payload, catalog = editorial
    choose(editor, "de")
    editor.subtitle_edit.setText("Mein Untertitel")
    choose(editor, "")
    payload.set_locale(P1, "de", title="Tischlampe")  # in Payload's admin meanwhile
    await catalog.pull()
    await wait_until(
        lambda: editor.forms.form("de").typed["title"] == "Tischlampe",
        5,
        "the hidden locale rebased",
    )
    choose(editor, "de")
    assert editor.title_edit.text() == "Tischlampe"
    assert editor.subtitle_edit.text() == "Mein Untertitel"  # the typing stays


async def test_a_locale_without_a_title_says_so_before_sending(editorial) -> None:
    editor, payload, _catalog = editorial
    choose(editor, "fr")
    editor.subtitle_edit.setText("Lumière chaude")
    assert not editor.save()
    assert editor.banner.isVisibleTo(editor)
    assert "title in fr" in editor.banner.text.text()
    assert payload.writes() == []


async def test_the_default_stack_says_why_there_is_one_locale(tmp_path) -> None:
    editor, _payload, catalog = await open_editor(tmp_path, await default_capabilities())
    try:
        bar = editor.locale_bar
        assert not bar.available and not bar.box.isVisibleTo(editor)
        assert bar.note.isVisibleTo(editor)
        assert "not localised" in bar.note.toolTip()
        assert bar.note.accessibleDescription() == bar.note.toolTip()
        caps = await default_capabilities()
        publish = editor.publish_bar
        assert publish.badge.text() == "No drafts"
        assert caps.drafts.reason in publish.badge.toolTip()
        editor.title_edit.setText("Typed")  # typing does not turn them on
        for button in publish.buttons.values():
            assert not button.isEnabled()
            assert caps.drafts.reason in button.toolTip()
            assert button.accessibleDescription() == button.toolTip()
        assert editor.save_button.isVisible() and editor.save_button.isEnabled()
    finally:
        await close(editor, catalog)


async def test_closing_with_typing_in_a_hidden_locale_asks(editorial) -> None:
    editor, payload, _catalog = editorial
    choose(editor, "de")
    editor.subtitle_edit.setText("Warmes Licht")
    choose(editor, "")  # the German typing is out of sight
    assert editor.changed_fields() == [] and editor.has_unsaved_changes()
    editor.close()
    assert editor.isVisible() and editor.unsaved_box is not None
    editor.unsaved_box.button(QMessageBox.StandardButton.Save).click()  # saves every locale
    await wait_until(lambda: not editor.isVisible(), 5, "closed once saved")
    assert payload.locale_value(P1, "de", "subtitle") == "Warmes Licht"


async def test_the_switcher_is_reachable_by_keyboard(editorial) -> None:
    editor, _payload, _catalog = editorial
    bar = editor.locale_bar
    assert bar.label.buddy() is bar.box and bar.label.text() == "&Locale"  # Alt+L
    assert bar.box.focusPolicy() & Qt.FocusPolicy.TabFocus
    bar.box.setFocus()
    QTest.keyClick(bar.box, Qt.Key.Key_Down)  # the next locale, as arrow keys choose
    assert editor.locale == "de" and editor.title_edit.text() == "Lampe"
