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
