"""Translations pushed per locale, read-compare-write as every edit (issue 16), against fakes
that answer in the editorial stack's recorded shapes (tests/translations/fakes.py)."""

from __future__ import annotations

import json

import httpx
import pytest

from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange.push import Pusher
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import API_KEY, SECRET
from tests.translations.fakes import (
    FixedCapabilities,
    editorial_capabilities,
    editorial_pair,
    recorded,
)

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
P1 = "prod_00001"


class LoseAnswer:
    """Lets a request matching ``match`` reach the fake, then loses its answer (once)."""

    def __init__(self, fake, match) -> None:  # type: ignore[no-untyped-def]
        self.fake, self.match, self.lost = fake, match, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = self.fake.handle(request)
        if not self.lost and self.match(request):
            self.lost += 1
            raise httpx.ReadError("connection reset", request=request)
        return response


async def catalog_for(tmp_path, medusa, payload, *, medusa_transport=None,
                      payload_transport=None) -> OfflineCatalog:
    m = MedusaClient("http://medusa.test", SecretKey(SECRET),
                     transport=medusa_transport or medusa.transport, retry_policy=NO_RETRY)
    p = PayloadClient("http://payload.test", API_KEY,
                      transport=payload_transport or payload.transport, retry_policy=NO_RETRY)
    shop = Shop(PROFILE, m, p, capability_cache=FixedCapabilities(await editorial_capabilities()))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    await catalog.pull()
    await catalog.detect_translations()
    return catalog


@pytest.fixture
async def env(tmp_path):
    medusa, payload = editorial_pair(2)
    catalog = await catalog_for(tmp_path, medusa, payload)
    yield catalog, medusa, payload
    await catalog.aclose()


def locale_writes(payload) -> list[tuple[str | None, dict]]:  # type: ignore[no-untyped-def]
    return [(r.url.params.get("locale"), json.loads(r.content)) for r in payload.writes()]


def states(catalog: OfflineCatalog) -> dict[str, str]:
    return {e.field: e.state for e in catalog.outbox(None)}


async def test_one_patch_per_locale_after_the_default_one(env) -> None:
    catalog, _medusa, payload = env
    catalog.edit(P1, {"subtitle": "New sub", "locales.de.title": "Titel",
                      "locales.de.seo.meta_keywords": "Lampe", "locales.fr.title": "Titre"})
    report = await catalog.push()
    assert report.sent == 4
    assert locale_writes(payload) == [
        (None, {"subtitle": "New sub"}),
        ("de", {"title": "Titel", "seo": {"meta_keywords": "Lampe"}}),
        ("fr", {"title": "Titre"})]
    de = next(r for r in payload.writes() if r.url.params.get("locale") == "de")
    shape = recorded("payload", "product_patch_locale_de")["request"]["params"]
    assert set(de.url.params) == set(shape)  # locale, fallback-locale=none, depth, select
    assert de.url.params["fallback-locale"] == "none"
    assert payload.locale_value(P1, "de", "seo.meta_title") is None  # untouched
    stored = catalog.product(P1).server_payload
    assert stored["subtitle"] == "New sub" and stored["locales"]["de"]["title"] == "Titel"
    assert stored["locales"]["fr"]["title"] == "Titre"


async def test_a_colleagues_translation_is_a_conflict_in_its_locale_only(env) -> None:
    catalog, _medusa, payload = env
    payload.set_locale(P1, "de", title="Lampe")
    payload.set_locale(P1, "fr", title="Lampe (fr)")
    await catalog.pull()
    catalog.edit(P1, {"locales.de.title": "Leselampe", "locales.fr.subtitle": "Lumière"})
    payload.set_locale(P1, "de", title="Leuchte")  # meanwhile, in Payload's admin
    payload.set_locale(P1, "fr", seo={"meta_title": "Acheter"})  # another field: no matter
    report = await catalog.push()
    assert (report.sent, report.conflicts) == (1, 1)
    assert states(catalog) == {"locales.de.title": "conflict", "locales.fr.subtitle": "done"}
    conflict = next(e for e in catalog.outbox() if e.state == "conflict")
    assert conflict.theirs == "Leuchte"
    assert payload.locale_value(P1, "de", "title") == "Leuchte"  # never overwritten
    assert payload.locale_value(P1, "fr", "subtitle") == "Lumière"
    assert payload.locale_value(P1, "fr", "seo.meta_title") == "Acheter"


async def test_a_translation_already_there_is_not_sent_again(env) -> None:
    catalog, _medusa, payload = env
    catalog.edit(P1, {"locales.de.title": "Titel"})
    payload.set_locale(P1, "de", title="Titel")  # the same value, typed there too
    report = await catalog.push()
    assert (report.sent, report.already) == (0, 1)
    assert [w for w in locale_writes(payload) if w[0]] == []


async def test_a_locale_without_a_title_fails_saying_so(env) -> None:
    catalog, _medusa, payload = env
    catalog.edit(P1, {"locales.fr.subtitle": "Lumière", "locales.fr.seo.meta_title": "Lampe"})
    report = await catalog.push()
    assert report.failed == 2
    messages = {e.field: e.message for e in catalog.outbox()}
    assert messages["locales.fr.subtitle"].startswith("Payload needs a title in fr")
    assert payload.locale_value(P1, "fr", "subtitle") is None


async def test_a_locked_document_keeps_the_translation_locked(env) -> None:
    catalog, _medusa, payload = env
    payload.locked.add(payload.by_medusa(P1)["id"])
    catalog.edit(P1, {"locales.de.title": "Titel"})
    report = await catalog.push()
    assert report.locked == 1 and states(catalog) == {"locales.de.title": "locked"}
    await catalog.push_product(P1, override_lock=True)
    assert payload.locale_value(P1, "de", "title") == "Titel"
    assert any(r.url.params.get("overrideLock") == "true" for r in payload.writes())


async def test_medusa_creates_then_updates_a_locale(env) -> None:
    catalog, medusa, _payload = env
    catalog.edit(P1, {"translations.de-DE.title": "Titel", "translations.de-DE.subtitle": "U"})
    await catalog.push()
    row = medusa.translation(P1, "de-DE")
    assert row["translations"] == {"title": "Titel", "subtitle": "U"}
    batch = [json.loads(r.content) for r in medusa.requests
             if r.url.path == "/admin/translations/batch"]
    assert batch == [{"create": [{"reference_id": P1, "reference": "product",
                                  "locale_code": "de-DE",
                                  "translations": {"title": "Titel", "subtitle": "U"}}],
                      "update": []}]
    assert set(batch[0]["create"][0]) == set(
        recorded("medusa", "translations_batch_create")["request"]["json"]["create"][0])
    catalog.edit(P1, {"translations.de-DE.subtitle": None})  # cleared: "" (strings only)
    await catalog.push()
    second = json.loads([r for r in medusa.requests
                         if r.url.path == "/admin/translations/batch"][-1].content)
    assert second == {"create": [], "update": [{"id": row["id"],
                                                "translations": {"subtitle": ""}}]}
    assert medusa.translation(P1, "de-DE")["translations"] == {"title": "Titel", "subtitle": ""}
    assert catalog.product(P1).server_medusa["translations"]["de-DE"]["id"] == row["id"]


async def test_a_colleagues_medusa_translation_is_a_conflict(env) -> None:
    catalog, medusa, _payload = env
    catalog.edit(P1, {"translations.de-DE.title": "Titel"})
    medusa.set_translation(P1, "de-DE", title="Produkt")  # meanwhile, in Medusa's admin
    report = await catalog.push()
    assert report.conflicts == 1
    assert medusa.translation(P1, "de-DE")["translations"] == {"title": "Produkt"}


async def test_a_lost_answer_is_retried_and_found_landed(tmp_path) -> None:
    medusa, payload = editorial_pair(1)
    lose_p = LoseAnswer(payload, lambda r: r.url.params.get("locale") == "de")
    lose_m = LoseAnswer(medusa, lambda r: r.url.path == "/admin/translations/batch")
    catalog = await catalog_for(tmp_path, medusa, payload,
                                payload_transport=httpx.MockTransport(lose_p),
                                medusa_transport=httpx.MockTransport(lose_m))
    pusher_sleep = []

    async def no_wait(seconds: float) -> None:
        pusher_sleep.append(seconds)

    try:
        catalog.edit(P1, {"locales.de.title": "Titel", "translations.de-DE.title": "Titel"})
        store = catalog._store  # the push engine directly: its retries without waiting
        report = await Pusher(store, catalog.shop.medusa, catalog.shop.payload,
                              sleep=no_wait).run()
        assert (lose_p.lost, lose_m.lost) == (1, 1)
        assert report.already == 2 and report.sent == 0 and report.conflicts == 0
        assert pusher_sleep  # a second pass, after a backoff
        assert len([r for r in payload.writes() if r.url.params.get("locale")]) == 1
        assert len(medusa.translations) == 1  # created once
    finally:
        await catalog.aclose()
