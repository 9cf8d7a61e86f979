"""The content editor's upload button is off, saying why, while Payload is offline."""

from __future__ import annotations

from desktop_app.api.errors import TransportError
from desktop_app.store.fields import MEDUSA, PAYLOAD


async def test_add_images_is_off_while_payload_is_offline(loaded) -> None:
    editor, _payload, _pid = loaded
    catalog = editor.service.catalog
    button = editor.images.add_button
    assert button.isEnabled()
    catalog.connectivity.failed(PAYLOAD, TransportError("refused", server="Payload"))
    assert not button.isEnabled()
    assert button.toolTip() == "Payload is offline: this is possible again when it is back."
    assert editor.save_button.isVisible()  # saving still works: edits wait in the outbox
    catalog.connectivity.failed(MEDUSA, TransportError("refused", server="Medusa"))
    catalog.connectivity.succeeded(PAYLOAD)
    assert button.isEnabled()  # uploads need Payload only
    assert button.toolTip() == "Upload image files to Payload"


async def test_the_offline_notes_go_when_the_queued_save_reaches_payload(loaded) -> None:
    """Back online, the catalog sends what waited by itself: the editor said "Saved" but
    kept "Saved on this computer; it will be sent when Payload can be reached" and
    "Offline: Payload cannot be reached" until it was closed."""
    from tests.ui.qt_support import wait_until

    editor, payload, _pid = loaded
    catalog = editor.service.catalog
    payload.down = True
    editor.start()  # opened again while Payload is down: the stored copy
    await wait_until(
        lambda: editor.content is not None and not editor.content.online, 5, "loaded offline"
    )
    assert editor.notice.title.text() == "Offline"
    editor.title_edit.setText("Typed offline")
    editor.save()
    await wait_until(lambda: editor.state_label.text() == "Waiting to send", 5, "queued")
    assert editor.banner.isVisible() and editor.notice.isVisible()

    payload.down = False
    await catalog.push()  # what Connectivity's back-online callback runs
    await wait_until(lambda: editor.state_label.text() == "Saved", 5, "sent")
    assert not editor.banner.isVisible()
    assert not editor.notice.isVisible()


async def test_a_queued_saves_banner_says_once_that_it_is_saved_here(loaded) -> None:
    """The title says "Saved on this computer"; the text only what the title does not."""
    from tests.ui.qt_support import wait_until

    editor, payload, _pid = loaded
    payload.down = True
    editor.title_edit.setText("Typed offline")
    editor.save()
    await wait_until(lambda: editor.state_label.text() == "Waiting to send", 5, "queued")
    assert editor.banner.title.text() == "Saved on this computer"
    text = editor.banner.text.text()
    assert "Saved on this computer" not in text
    assert text.startswith("It will be sent when Payload can be reached.")
