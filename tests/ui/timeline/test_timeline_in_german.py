"""The timeline window in German: its words, the points' labels and dates, and restore's
reasons (translated where shown, still told apart inside: they are compared in English)."""

from __future__ import annotations

import re

from desktop_app.timeline import restore
from tests.ui.timeline.test_timeline_window import catalog, window_for  # noqa: F401


def test_the_timeline_speaks_german(qtbot, german, catalog) -> None:  # noqa: F811
    window = window_for(qtbot, catalog)
    assert window.windowTitle() == "Verlauf — Bigger mug"
    header = window.points.headerItem()
    assert [header.text(i) for i in range(4)] == ["Wann", "Server", "Was", "Wer · Notiz"]
    rows = [window.points.topLevelItem(i) for i in range(window.points.topLevelItemCount())]
    assert [r.text(2) for r in rows] == [
        "Jetzt",
        *["Abgerufen von Payload"] * 3,
        "Abgerufen von Medusa",
    ]
    assert rows[0].text(1) == "Beide" and rows[0].text(3) == "Sie · so, wie Sie es sehen"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d", rows[1].text(0))  # de_DE
    assert window.diff_view.message == (
        "Kein Feld unterscheidet sich zwischen diesen beiden Ständen."
    )

    first = [p.id for p in window.timeline.points if p.server == "payload"][-1]
    window.points.pick(first)
    assert window.restore_all_button.text() == "Alle auf A zurücksetzen (3)"
    assert list(window.diff_view.sections) == ["title", "subtitle", "description"]
    assert "Absatz" in window.diff_view.sections["description"].body.text()  # block kinds
    # Fields that hold A's value already are left out quietly, as in English.
    assert restore.plan(window.timeline, first).skipped == {}

    window.points.pick(window.timeline.points[1].id, window.timeline.points[-1].id)
    window.unchanged_box.setChecked(True)
    title = window.diff_view.sections["title"]
    assert title.restore_button.text() == "Dieses Feld wiederherstellen"
    assert title.restore_button.toolTip() == (
        "Wiederherstellen nicht möglich: dieser Stand kennt dieses Feld nicht"
    )
    assert "zu diesem Stand noch nicht gelesen" in title.body.text()
