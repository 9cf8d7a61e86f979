"""The content editor's pieces in German (issue 14): the publishing bar and its badge date,
Schedule…, the formatting toolbar's key names, the SEO counters and the images panel, from
the committed catalogs (compiled as the app's are); English again afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_app.publishing import Publication, PublicationState, Schedule
from desktop_app.ui.content_editor.images_panel import ImagesPanel
from desktop_app.ui.content_editor.publish_bar import PublishBar, badge_text
from desktop_app.ui.content_editor.schedule_dialog import ScheduleDialog
from desktop_app.ui.content_editor.seo_panel import LengthCounter
from desktop_app.ui.content_editor.source_editor import FormatToolBar, MarkdownEditor

AT = datetime(2026, 12, 12, 10, 0, tzinfo=UTC)


def scheduled(action: str) -> Publication:
    return Publication("p", PublicationState.CHANGED, {}, {}, Schedule(AT, action), pending=("x",))


def test_the_publishing_bar_speaks_german(german, qtbot) -> None:
    bar = PublishBar()
    qtbot.addWidget(bar)
    bar.show_publication(Publication("p", PublicationState.CHANGED, {}, {}), typed=True)
    assert bar.badge.text() == "Entwurf — unveröffentlichte Änderungen"
    assert bar.buttons["publish"].text() == "&Veröffentlichen"
    assert bar.buttons["draft"].accessibleName() == "Als Entwurf speichern"
    assert "(Strg+S)" in bar.buttons["draft"].toolTip()
    # The schedule's date in German words and order, its tooltip as the locale writes dates.
    local = AT.astimezone()
    assert badge_text(scheduled("publish")) == f"Geplant {local.day}. Dez. {local:%H:%M}"
    bar.show_publication(scheduled("unpublish"), typed=False)
    assert bar.badge.text().startswith("Zurückziehen geplant ")
    tip = bar.badge.toolTip()
    assert tip.startswith("In Payload: Entwurf (unveröffentlichte Änderungen); ")
    assert "12.12.2026" in tip and tip.endswith("(Änderungen warten auf Übertragung)")


def test_schedule_dialog_and_editor_pieces_speak_german(german, qtbot) -> None:
    dialog = ScheduleDialog(None, now=AT)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Veröffentlichung planen"
    assert dialog.ok.text() == "Planen" and dialog.unpublish.text() == "&Zurückziehen"
    assert ". Dez. 2026 " in dialog.when.text()

    editor = MarkdownEditor()
    toolbar = FormatToolBar(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(toolbar)
    assert toolbar.actions_by_name["bold"].toolTip() == "Fett (Strg+B)"
    assert toolbar.actions_by_name["quote"].text() == "❝ Zitat"

    counter = LengthCounter(60)
    counter.update_count(70)
    assert counter.toolTip() == "Zu lang: Suchmaschinen kürzen nach etwa 60 Zeichen."
    panel = ImagesPanel()
    qtbot.addWidget(panel)
    assert panel.add_button.text() == "Bilder hinzufügen…"


def test_english_reads_as_before(qtbot) -> None:
    bar = PublishBar()
    qtbot.addWidget(bar)
    bar.show_publication(scheduled("publish"), typed=False)
    local = AT.astimezone()
    assert bar.badge.text() == f"Scheduled {local.day} {local:%b %H:%M}"
    assert bar.buttons["schedule"].text() == "Sc&hedule…"
    toolbar = FormatToolBar(MarkdownEditor())
    qtbot.addWidget(toolbar)
    assert toolbar.actions_by_name["bold"].toolTip() == "Bold (Ctrl+B)"
