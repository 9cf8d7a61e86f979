"""Queued edits go by themselves once the shop is reachable again (issue 15, "The first hour").

Not only when a server comes back while the window watches it: also when the shop's page
opens on reachable servers (the app restarted after an offline session) and after a
connection setting is corrected in Settings (a secret key fixed keeps the store, and the
page reopens with the new key). Sync fakes, so pushes really land.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from desktop_app.services.transports import Transports
from desktop_app.ui.main_window import MainWindow
from tests.exchange.fakes import API_KEY, SECRET, FakeMedusa, FakePayload, fake_pair
from tests.services.fake_servers import shop_profile
from tests.ui.qt_support import wait_until

PID = "prod_00001"


class KeyedMedusa:
    """The fake Medusa behind a check of its secret key (401 for another one)."""

    def __init__(self, fake: FakeMedusa) -> None:
        self.fake = fake
        self.key = SECRET

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/health" and self.key not in _basic(request):
            return httpx.Response(401, json={"type": "unauthorized", "message": "Unauthorized"})
        return self.fake.handle(request)


def _basic(request: httpx.Request) -> str:
    import base64

    raw = request.headers.get("authorization", "").removeprefix("Basic ").strip()
    return base64.b64decode(raw).decode() if raw else ""


@pytest.fixture
def fakes() -> tuple[KeyedMedusa, FakePayload]:
    medusa, payload = fake_pair(3)
    return KeyedMedusa(medusa), payload


@pytest.fixture
def services(fakes, tmp_path) -> AppServices:
    medusa, payload = fakes
    transports = Transports(medusa=httpx.MockTransport(medusa.handle),
                            # Looked up per request: a test may hold the fake's answers.
                            payload=httpx.MockTransport(lambda r: payload.handle(r)))
    services = AppServices(ProfileService(ProfileStore(tmp_path / "config"),
                                          InMemorySecretStore()),
                           transports=transports, stack_dir=tmp_path / "no-stack")
    services.profiles.save(shop_profile(), medusa_secret=Secret(SECRET),
                           payload_secret=Secret(API_KEY))
    return services


async def opened(qtbot, services: AppServices) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.start()
    await wait_until(lambda: win.page is not None and not win.pulling
                     and win.page.model.rowCount() == 3, 10, "first pull")
    return win


async def closed(win: MainWindow) -> None:
    win.close()
    if win.closing is not None:
        await win.closing


def waiting(win: MainWindow) -> list[tuple[str, str | None]]:
    return [(e.state, e.message) for e in win.page.catalog.outbox()]


async def test_edits_queued_offline_go_when_the_shop_reopens_online(
    qtbot, services: AppServices, fakes
) -> None:
    _medusa, payload = fakes
    win = await opened(qtbot, services)
    payload.down = True  # offline: the edit waits, with the reason
    win.page.catalog.edit(PID, {"title": "Typed offline"})
    win.push()
    await wait_until(lambda: not win.page.busy and waiting(win)
                     and waiting(win)[0][1], 10, "push deferred")
    assert waiting(win)[0][0] == "queued" and "Could not connect" in waiting(win)[0][1]
    await closed(win)

    payload.down = False  # next session, the server is there: nothing to press
    again = await opened(qtbot, services)
    await wait_until(lambda: waiting(again) == [], 10, "the queued edit sent by itself")
    assert payload.by_medusa(PID)["title"] == "Typed offline"
    assert "waiting" not in again.counts_label.text()
    await closed(again)


async def test_edits_go_after_the_key_is_corrected_in_settings(
    qtbot, services: AppServices, fakes
) -> None:
    medusa, _payload = fakes
    win = await opened(qtbot, services)
    medusa.key = "sk_rotated_on_the_server"  # the stored key stops working
    win.page.catalog.edit(PID, {"status": "draft"})
    win.push()
    await wait_until(lambda: not win.page.busy and waiting(win)
                     and waiting(win)[0][1], 10, "push refused")
    assert waiting(win)[0][0] == "queued"

    win.settings_action.trigger()
    dialog = win._settings
    dialog.medusa_secret_edit.setText("sk_rotated_on_the_server")
    assert dialog.save() is True  # same servers: the store stays, nothing asked
    await wait_until(lambda: win.page is not None and waiting(win) == [], 10,
                     "the queued edit sent with the corrected key")
    assert medusa.fake.products[PID]["status"] == "draft"
    dialog.close()
    await closed(win)


async def test_a_stale_error_is_not_shown_while_the_edit_is_sent(
    qtbot, services: AppServices, fakes
) -> None:
    _medusa, payload = fakes
    win = await opened(qtbot, services)
    payload.down = True
    win.page.catalog.edit(PID, {"title": "Typed offline"})
    win.push()
    await wait_until(lambda: not win.page.busy and waiting(win)
                     and waiting(win)[0][1], 10, "push deferred")
    payload.down = False
    gate = asyncio.Event()
    patch = payload.handle

    async def held(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            await gate.wait()  # the edit is on its way: what does the outbox say meanwhile?
        return patch(request)

    payload.handle = held  # type: ignore[method-assign]
    win.push()
    await wait_until(lambda: waiting(win)[0][0] == "sending", 10, "sending")
    assert waiting(win) == [("sending", None)]  # not "Sending" beside the old failure
    gate.set()
    await wait_until(lambda: waiting(win) == [], 10, "sent")
    await closed(win)


async def test_the_not_available_banner_goes_when_the_server_answers_again(
    qtbot, services: AppServices, fakes
) -> None:
    _medusa, payload = fakes
    win = await opened(qtbot, services)
    payload.down = True  # the laptop left the network: a refresh says so
    win.page.catalog.edit(PID, {"title": "Typed offline"})
    win.reload()
    banner = win.banners["Payload"]
    await wait_until(lambda: not win.pulling and banner.isVisible(), 10, "the banner")
    assert banner.title_label.text() == "Payload is not available."

    payload.down = False  # back: the queued edit goes, the status bar says online
    win.push()
    await wait_until(lambda: waiting(win) == [], 10, "the queued edit sent")
    assert "online" in win.connectivity.labels["payload"].text()
    assert not banner.isVisible()  # it would contradict the status bar
    await closed(win)
