"""The toolbar's Push now is off, saying why, while every server its edits are for is
offline (the pending changes' Push now follows the same rule)."""

from __future__ import annotations

from desktop_app.api.errors import TransportError
from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.ui.main_window import MainWindow
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.qt_support import wait_until


async def test_push_now_follows_the_servers(qtbot, services: AppServices) -> None:
    services.profiles.save(shop_profile(name="Shop"), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() > 0, 10, "the catalog pulled")
    catalog = window.page.catalog
    product = catalog.search().rows[0].product_id
    catalog.edit(product, {"handle": "offline-handle"})  # an edit for Medusa
    action = window.push_action
    assert action.isEnabled()
    catalog.connectivity.failed(PAYLOAD, TransportError("refused", server="Payload"))
    assert action.isEnabled()  # the edit is for Medusa, which answers
    catalog.connectivity.failed(MEDUSA, TransportError("refused", server="Medusa"))
    assert not action.isEnabled()
    assert action.toolTip() == "Medusa is offline: this is possible again when it is back."
    catalog.connectivity.succeeded(MEDUSA)
    assert action.isEnabled() and action.toolTip() == "Send the pending changes to the servers"
