"""The translation editor by keyboard alone (issue 14): Tab goes from the locale through
each text's source and translation to Revert and Save, every stop named and described for a
screen reader (the field, the side, the state); Ctrl+S saves; where the shop translates
nothing, the reason is reachable and said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from tests.translations.fakes import default_capabilities
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk
from tests.ui.translations.test_translation_window import (  # noqa: F401
    catalog_for,
    editorial,
    opened,
    row,
)

KEYS = ["title", "subtitle", "description", "seo.meta_title", "medusa.description"]


def labelled_by(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels a screen reader names ``widget`` by (Linux names a combo box so)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name)
        for other, _relation in face.relations(QAccessible.RelationFlag.Label)
    ]


async def test_tab_reaches_every_text_then_revert_and_save(qtbot, editorial) -> None:  # noqa: F811
    catalog, _medusa, _payload = editorial
    window = await opened(qtbot, catalog)
    leave_keys()
    row(window, "title").set_text("Lampe")  # Revert and Save are on once there is typing
    stops = walk(window, window.locale_box)
    assert [s.widget.objectName() for s in stops] == [
        "localeBox",
        *[f"{side}:{key}" for key in KEYS for side in ("source", "target")],
        "revertTranslations",
        "saveTranslations",
    ]
    assert not nameless(stops)
    assert not described_not(stops)
    said = {s.widget.objectName(): (s.name, s.description) for s in stops}
    assert said["source:title"] == ("Title, source (en)", "Read only: the text to translate")
    assert said["target:title"] == (
        "Title, translation (de)",
        "missing · edited, not saved. Ctrl+S saves.",
    )
    assert said["target:description"][1].startswith("missing. Markdown as in the content")
    assert said["localeBox"][1] == (
        "The locale to translate into from en; this product's texts there: missing"
    )
    assert labelled_by(window.locale_box) == ["Translate into"]

    # Ctrl+S from a text saves, as in the editors.
    target = row(window, "subtitle").target
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "locales.de.title" in {e.field for e in catalog.outbox(None)}
    assert not window.has_unsaved_changes()


async def test_a_shop_without_translations_says_why_by_keyboard(qtbot, tmp_path) -> None:
    catalog, _medusa, _payload = await catalog_for(tmp_path, await default_capabilities())
    try:
        window = await opened(qtbot, catalog)
        leave_keys()
        stops = walk(window, window.reason_label)
        assert [s.widget.objectName() for s in stops] == ["reasonLabel"]
        [stop] = stops
        assert stop.name == "Translations are not available for this shop."
        assert "not localised" in stop.description
    finally:
        await catalog.aclose()


async def test_a_screen_reader_hears_the_translation_editor_in_german(
    qtbot,
    german,
    editorial,  # noqa: F811
) -> None:
    catalog, _medusa, _payload = editorial
    window = await opened(qtbot, catalog)
    leave_keys()
    stops = walk(window, window.locale_box)
    said = {s.widget.objectName(): (s.name, s.description) for s in stops}
    assert said["source:title"] == ("Titel, Quelle (en)", "Nur lesbar: der zu übersetzende Text")
    assert said["target:title"] == ("Titel, Übersetzung (de)", "fehlt. Strg+S speichert.")
    assert said["target:description"][1].startswith("fehlt. Markdown wie im Inhaltseditor")
    assert said["localeBox"][1].startswith("Die Sprache, in die aus en übersetzt wird")
    assert labelled_by(window.locale_box) == ["Übersetzen in"]
