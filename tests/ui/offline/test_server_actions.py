"""Server actions are off, saying why, while their server is offline (edits still save)."""

from __future__ import annotations

from desktop_app.api.errors import TransportError
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from tests.ui.qt_support import wait_until

PID = "prod_00001"  # tests.exchange.fakes numbering


def offline(catalog, server: str) -> None:
    catalog.connectivity.failed(server, TransportError(
        "Connection refused", server=server.label, connected=False))


def online(catalog, server: str) -> None:
    catalog.connectivity.succeeded(server)


async def test_reload_from_server_is_off_while_a_server_is_offline(pulled, qtbot) -> None:
    _page, catalog, _medusa, _payload = pulled
    editor = CommerceEditor(catalog, PID)
    qtbot.addWidget(editor, before_close_func=CommerceEditor.discard_and_close)
    editor.show()
    assert editor.detail is not None
    button = editor.reload_button
    assert button.isEnabled() and "Read this product again" in button.toolTip()
    offline(catalog, PAYLOAD)
    assert not button.isEnabled()
    assert button.toolTip() == "Payload is offline: this is possible again when it is back."
    offline(catalog, MEDUSA)
    assert "Medusa and Payload are offline" in button.toolTip()
    online(catalog, MEDUSA)
    online(catalog, PAYLOAD)
    assert button.isEnabled() and "Read this product again" in button.toolTip()
    button.click()
    assert not button.isEnabled()  # while reloading …
    await wait_until(lambda: button.text() == "Reload from server", 5, "the reload")
    assert button.isEnabled()  # … and back after


async def test_push_now_is_off_while_every_server_it_sends_to_is_offline(pulled) -> None:
    page, catalog, _medusa, _payload = pulled
    view = page.pending
    catalog.edit(PID, {"handle": "new-handle"})  # for Medusa
    assert view.push_button.isEnabled()
    offline(catalog, PAYLOAD)
    assert view.push_button.isEnabled()  # the edit goes to Medusa
    offline(catalog, MEDUSA)
    assert not view.push_button.isEnabled()
    assert "offline" in view.push_button.toolTip()
    catalog.edit(PID, {"title": "New title"})  # for Payload
    online(catalog, PAYLOAD)
    assert view.push_button.isEnabled()  # the Payload edit can go
    online(catalog, MEDUSA)
    assert view.push_button.toolTip() == "Send the waiting changes to the servers now"
