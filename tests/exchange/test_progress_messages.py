"""Progress and summary lines say "1 product", not "1 products" (push, pull, watch).

Fails on the old main: "Sending changes of 1 products…", "Sent 1 of 1 products",
"Sync finished: all 1 products agree.".
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_app.admin.watch import Agreement, Outcome, Progress, WatchResult
from desktop_app.exchange.push import PushProgress, _Progress


def test_push_progress_for_one_product() -> None:
    seen: list[PushProgress] = []
    progress = _Progress(1, seen.append)
    progress.start()
    progress.step()
    assert [p.message for p in seen] == ["Sending changes of 1 product…", "Sent 1 of 1 product"]
    more = _Progress(2000, seen.append)
    more.start()
    assert seen[-1].message == "Sending changes of 2,000 products…"


def test_watch_lines_for_one_product() -> None:
    now = datetime.now(UTC)
    agreed = WatchResult("products", Outcome.AGREED, now, now,
                         after=Agreement(1, 1, frozenset(), frozenset()))
    assert agreed.summary() == "Sync finished: the 1 product agrees."
    stalled = WatchResult("products", Outcome.STALLED, now, now,
                          after=Agreement(3, 2, frozenset({"prod_1"}), frozenset()))
    assert stalled.summary() == ("Sync stalled: 1 product still missing in Payload, 0 with a "
                                 "wrong payload_id.")
    line = Progress(0.0, 0, 1, 1, 1, 0, None, None, 0.0).line()
    assert line.startswith("0/1 product in agreement (0%), 1 Payload doc, 1 missing")
