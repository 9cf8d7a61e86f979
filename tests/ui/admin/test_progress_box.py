"""The watch strip: durations, rate/ETA wording and the done/total bar."""

from __future__ import annotations

from desktop_app.admin.watch import Progress
from desktop_app.ui.admin.progress_box import ProgressBox, format_duration, progress_details


def progress(**kw) -> Progress:
    base = dict(elapsed=10.0, done=1200, total=3800, payload_count=1250, missing=2550,
                unlinked=50, rate=12.34, eta=210.7, idle_for=0.0)
    return Progress(**{**base, **kw})


def test_format_duration() -> None:
    assert [format_duration(s) for s in (0, 44.6, 60, 185, 3600, 4830)] == [
        "0 s", "45 s", "1 min 00 s", "3 min 05 s", "1 h 00 min", "1 h 20 min"]


def test_details_name_rate_eta_and_counts() -> None:
    assert progress_details(progress()) == (
        "12.3 products/s  ·  ETA 3 min 31 s  ·  1,250 Payload docs  ·  2,550 missing  ·  "
        "50 with a wrong payload_id")


def test_a_stall_has_no_rate_or_eta_and_says_so() -> None:
    text = progress_details(progress(rate=None, eta=None, idle_for=42))
    assert text.startswith("rate —  ·  ETA —")
    assert text.endswith("no change for 42 s")


def test_the_bar_shows_done_of_total(qtbot) -> None:
    box = ProgressBox()
    qtbot.addWidget(box)
    box.busy("Triggering")
    assert (box.bar.minimum(), box.bar.maximum()) == (0, 0)  # indeterminate until a poll

    box.show_progress(progress())

    assert (box.bar.value(), box.bar.maximum()) == (1200, 3800)
    assert box.bar.format() == "1,200 / 3,800 products in agreement"
    box.finish()
    assert box.isHidden() and not box.cancel_button.isEnabled()
