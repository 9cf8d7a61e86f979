"""A pull's translations read that left before a push's translation write and is stored
after its answer does not put the older translation back: the store keeps the pushed one
(the merchant sees what they sent) and their next edit of it is sent, not a conflict
with their own value. Medusa's translation batch moves no product stamp and answers no
stamp of its own (recorded: translations_batch_*), Payload's locale PATCH moves the
document's ``updatedAt``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import API_KEY, SECRET
from tests.translations.fakes import editorial_capabilities, editorial_pair
from tests.translations.test_catalog_translations import P1, PROFILE


class SlowRead:
    """Answers the first translations read once ``answered`` is set, as read when asked."""

    def __init__(self, fake: Any, path: str) -> None:
        self.fake, self.path = fake, path
        self.armed, self.read, self.answered = (asyncio.Event(), asyncio.Event(),
                                                asyncio.Event())

    def transport(self) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            response: httpx.Response = self.fake.handle(request)  # what the server holds now
            if (self.armed.is_set() and not self.read.is_set() and request.method == "GET"
                    and request.url.path == self.path
                    and (self.path != "/api/products" or "locale" in request.url.params)):
                self.read.set()
                await self.answered.wait()
            return response

        return httpx.MockTransport(handle)


@pytest.mark.parametrize(("field", "server"), [
    ("translations.de-DE.title", "medusa"), ("locales.de.title", "payload")])
async def test_a_translations_read_before_a_push_does_not_put_the_old_one_back(
        tmp_path, field, server):
    medusa, payload = editorial_pair(2)
    slow = (SlowRead(medusa, "/admin/translations") if server == "medusa"
            else SlowRead(payload, "/api/products"))
    m_transport = slow.transport() if server == "medusa" else medusa.transport
    p_transport = slow.transport() if server == "payload" else payload.transport
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"), Shop(
        PROFILE,
        MedusaClient("http://medusa.test", SecretKey(SECRET), retry_policy=NO_RETRY,
                     transport=m_transport),
        PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                      transport=p_transport)))
    caps = await editorial_capabilities()

    async def capabilities(*, refresh: bool = False):
        return caps

    catalog.capabilities = capabilities  # type: ignore[method-assign]
    await catalog.pull()
    await catalog.detect_translations()
    catalog.edit(P1, {field: "Titel 1"})
    slow.armed.set()
    pulling = asyncio.ensure_future(catalog.pull(full=True))
    await slow.read.wait()  # the pull read the translations: none yet
    report = await catalog.push()
    assert (report.sent, report.conflicts) == (1, 0)
    slow.answered.set()
    await pulling
    assert catalog.product(P1).server_value(field) == "Titel 1"
    assert catalog.product(P1).value(field) == "Titel 1"
    catalog.edit(P1, {field: "Titel 2"})
    report = await catalog.push()
    assert (report.sent, report.conflicts) == (1, 0), catalog.outbox()
    await catalog.pull(full=True)  # a read after the push stores what the server holds
    assert catalog.product(P1).server_value(field) == "Titel 2"
    await catalog.aclose()
