"""A long pull, push or sync that ends while the app is not active: a desktop notification."""

from __future__ import annotations

import pytest

from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notifications import BackgroundNotices
from desktop_app.ui.notifications.senders import notify_message
from tests.ui.qt_support import wait_until
from tests.ui.test_main_window import shop_window


class FakeNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str, bool]] = []

    def notify(self, title: str, text: str, *, failed: bool = False) -> None:
        self.shown.append((title, text, failed))


@pytest.mark.parametrize(
    ("active", "seconds", "expected"),
    [
        (False, 12.0, True),  # long, user elsewhere: notified
        (True, 12.0, False),  # the user sees the window
        (False, 2.0, False),  # over before anyone switched away
    ],
)
def test_only_long_work_ending_while_inactive_is_notified(
    active: bool, seconds: float, expected: bool
) -> None:
    notifier = FakeNotifier()
    notices = BackgroundNotices(notifier, is_active=lambda: active)
    assert notices.finished("Push", True, "3 sent.", seconds) is expected
    assert notifier.shown == ([("Push finished", "3 sent.", False)] if expected else [])


def test_a_failure_says_failed_and_a_broken_notifier_breaks_nothing() -> None:
    notifier = FakeNotifier()
    notices = BackgroundNotices(notifier, is_active=lambda: False)
    notices.finished("Sync", False, "Medusa: no answer.", 30.0)
    assert notifier.shown == [("Sync failed", "Medusa: no answer.", True)]

    class Broken:
        def notify(self, title: str, text: str, *, failed: bool = False) -> None:
            raise OSError("no bus")

    assert (
        BackgroundNotices(Broken(), is_active=lambda: False).finished("Pull", True, "x", 30.0)
        is False
    )


def test_the_dbus_call_has_the_notification_services_signature() -> None:
    message = notify_message("Push finished", "3 sent.", failed=False)
    from jeepney.low_level import HeaderFields

    assert message.header.fields[HeaderFields.signature] == "susssasa{sv}i"
    assert message.header.fields[HeaderFields.member] == "Notify"
    assert message.body[0] == "Shop Admin" and message.body[3:5] == ("Push finished", "3 sent.")


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    return shop_window(qtbot, services)


@pytest.mark.parametrize("active", [False, True])
async def test_the_windows_pull_and_push_report_to_the_notices(
    window: MainWindow, active: bool
) -> None:
    notifier = FakeNotifier()
    # Every pull counts as long here; the window is active or not as the case says.
    window.notices = BackgroundNotices(notifier, is_active=lambda: active, min_seconds=0)
    window.start()
    await wait_until(
        lambda: (
            window.page is not None and not window.pulling and window.page.model.rowCount() == 12
        ),
        10,
        "the pull",
    )
    await wait_until(lambda: notifier.shown or active, 3, "the notice")
    if active:
        assert notifier.shown == []
        return
    assert notifier.shown == [("Pull finished", "12 products updated.", False)]
    row = window.page.model.row_at(0)
    window.page.catalog.edit(row.product_id, {"status": "draft"})
    window.push()
    await wait_until(lambda: len(notifier.shown) == 2, 10, "the push notice")
    title, text, failed = notifier.shown[1]
    assert (title, failed) == ("Push finished", False) and " sent" in text  # its counts
    window.close()
