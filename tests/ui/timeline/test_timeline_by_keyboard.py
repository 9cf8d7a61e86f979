"""The timeline by keyboard alone (issue 14): Tab reaches the point list, the diff and each
Restore button, every stop named and described for a screen reader; the arrow keys pick
points as clicks do, and Space on a Restore button restores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.focus_walk import described_not, leave_keys, nameless, walk
from tests.ui.timeline.test_timeline_window import catalog, window_for  # noqa: F401

CONTROL = Qt.KeyboardModifier.ControlModifier


def oldest_payload_against_now(window) -> None:  # type: ignore[no-untyped-def]
    first = [p.id for p in window.timeline.points if p.server == "payload"][-1]
    window.points.pick(first)  # title, subtitle and description differ: a Restore each


def test_tab_reaches_every_control_with_a_name_and_a_description(qtbot, catalog) -> None:  # noqa: F811
    window = window_for(qtbot, catalog)
    oldest_payload_against_now(window)
    leave_keys()
    stops = walk(window, window.refresh_button)
    assert [s.widget.objectName() for s in stops] == [
        "refreshTimeline",
        "timelinePoints",
        "showUnchanged",
        "restoreAll",
        "timelineDiff",
        *["restoreField"] * 3,
    ]
    assert not nameless(stops)
    assert not described_not(stops)
    said = {s.widget.objectName(): (s.name, s.description) for s in stops}
    assert said["timelinePoints"][0] == "Points"
    assert said["timelineDiff"] == (
        "Differences",
        "3 fields, A's value beside B's; the arrow keys scroll, Tab goes to each "
        "Restore this field",
    )
    # The three buttons read alike on screen; a screen reader tells them apart.
    assert [s.name for s in stops if s.widget.objectName() == "restoreField"] == [
        "Restore this field: Title",
        "Restore this field: Subtitle",
        "Restore this field: Description",
    ]


def test_the_arrow_keys_pick_points_and_space_restores(qtbot, catalog) -> None:  # noqa: F811
    window = window_for(qtbot, catalog)
    ids = [p.id for p in window.timeline.points]
    points = window.points
    points.setFocus()
    QTest.keyClick(points, Qt.Key.Key_Home)
    assert points.picked_ids() == ["now"]
    assert window.diff_view.accessibleDescription() == window.diff_view.message
    QTest.keyClick(points, Qt.Key.Key_Down)  # one point: against now
    assert (window.diff.left.id, window.diff.right.id) == (ids[1], "now")
    QTest.keyClick(points, Qt.Key.Key_Down, CONTROL)  # move without picking
    QTest.keyClick(points, Qt.Key.Key_Down, CONTROL)
    QTest.keyClick(points, Qt.Key.Key_Space, CONTROL)  # a second point
    assert (window.diff.left.id, window.diff.right.id) == (ids[3], ids[1])

    oldest_payload_against_now(window)
    button = window.diff_view.sections["title"].restore_button
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("title", "Mug")]


def test_a_screen_reader_hears_the_timeline_in_german(qtbot, german, catalog) -> None:  # noqa: F811
    window = window_for(qtbot, catalog)
    oldest_payload_against_now(window)
    leave_keys()
    stops = walk(window, window.refresh_button)
    said = {s.widget.objectName(): (s.name, s.description) for s in stops}
    assert said["timelinePoints"][0] == "Stände"
    assert said["timelinePoints"][1].startswith("Neueste zuerst.")
    assert said["showUnchanged"][1].startswith("Auch die Felder zeigen")
    assert said["restoreAll"][1].startswith("Jedes abweichende Feld")
    assert said["timelineDiff"][0] == "Unterschiede"
    assert said["timelineDiff"][1].startswith("3 Felder, der Wert von A")
    assert "Dieses Feld wiederherstellen: Titel" in {s.name for s in stops}
