"""What a push did, in words (desktop_app/ui/offline/push_words.py)."""

from __future__ import annotations

from desktop_app.exchange.push import PushReport
from desktop_app.ui.offline.push_words import push_message


def test_a_push_that_lost_its_lease_says_another_process_took_over() -> None:
    message = push_message(PushReport(sent=1, deferred=2, taken_over=True))
    assert message == "Push: 1 sent, 2 kept for later, another process took over the push"
    assert "took over" not in push_message(PushReport(sent=1))
