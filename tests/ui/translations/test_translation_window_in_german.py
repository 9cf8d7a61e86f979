"""The translation editor in German: its words and the translations' states."""

from __future__ import annotations

from tests.ui.translations.test_translation_window import editorial, opened, row  # noqa: F401


async def test_the_translation_editor_speaks_german(qtbot, german, editorial) -> None:  # noqa: F811
    catalog, _medusa, _payload = editorial
    window = await opened(qtbot, catalog)
    assert window.windowTitle() == "Übersetzungen — Payload title 1"
    assert window.source_head.text() == "Quelle (en)"
    assert window.target_head.text() == "Übersetzung (de)"
    title = row(window, "title")
    assert title.label.text() == "Titel · Payload und Medusa"
    assert title.state_label.text() == "fehlt" and window.status_label.text() == "fehlt"
    assert row(window, "medusa.description").label.text() == "Medusa-Beschreibung"
    assert title.target.placeholderText() == "Noch nicht übersetzt"
    title.target.setText("Lampe")
    assert window.message_label.text() == "1 Text bearbeitet, nicht gespeichert."
    assert window.save_button.text() == "Speichern"
    window.revert()
