"""Translations through the shop's catalog, on fakes of the editorial stack (issue 16):
detection keeps a setup, pulls read the other locales, edits are durable, the push writes
per locale (read-compare-write), and the status follows the source."""

from __future__ import annotations

import json

import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.translations.setup import TranslationsUnavailable
from tests.translations.fakes import editorial_capabilities, editorial_pair

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
P1 = "prod_00001"


@pytest.fixture
async def env(tmp_path):
    medusa, payload = editorial_pair(2)
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    caps = await editorial_capabilities()

    async def capabilities(*, refresh: bool = False):
        return caps

    catalog.capabilities = capabilities  # type: ignore[method-assign]
    await catalog.pull()
    yield catalog, medusa, payload
    await catalog.aclose()


def states(catalog: OfflineCatalog, product_id: str = P1) -> dict[str, str]:
    return {r.locale: r.status for r in catalog.translation_status([product_id])}


async def test_detect_pull_edit_push_and_outdated(env):
    catalog, medusa, payload = env
    setup = await catalog.detect_translations()
    assert [(t.code, t.payload, t.medusa) for t in setup.targets] == [
        ("de", "de", "de-DE"), ("fr", "fr", "fr-FR")]
    assert states(catalog) == {"de": "missing", "fr": "missing"}

    catalog.edit(P1, {"locales.de.title": "Titel 1", "locales.de.subtitle": "Unter 1",
                      "locales.de.seo.meta_title": "Meta DE",
                      "translations.de-DE.title": "Titel 1",
                      "translations.de-DE.subtitle": "Unter 1"})
    assert payload.writes() == [] and medusa.writes() == []  # durable first, nothing sent
    assert states(catalog) == {"de": "missing", "fr": "missing"}  # Medusa's description
    catalog.edit(P1, {"translations.de-DE.description": "Schlichte Beschreibung 1"})
    assert states(catalog) == {"de": "done", "fr": "missing"}
    report = await catalog.push()
    assert report.sent == 6 and report.conflicts == 0 and report.failed == 0
    assert payload.locale_value(P1, "de", "title") == "Titel 1"
    assert payload.locale_value(P1, "de", "seo.meta_title") == "Meta DE"
    assert payload.by_medusa(P1)["title"] == "Payload title 1"  # English untouched
    assert medusa.translation(P1, "de-DE")["translations"] == {
        "title": "Titel 1", "subtitle": "Unter 1", "description": "Schlichte Beschreibung 1"}
    patch = next(r for r in payload.writes() if r.url.params.get("locale") == "de")
    assert json.loads(patch.content) == {"title": "Titel 1", "subtitle": "Unter 1",
                                         "seo": {"meta_title": "Meta DE"}}

    payload.touch(P1, title="New English title")  # the source changes in Payload
    await catalog.pull()
    assert states(catalog) == {"de": "outdated", "fr": "missing"}
    detail = catalog.product_translations(P1)
    de = next(s for s in detail.statuses if s.target.code == "de")
    assert {f.pair.name: f.state.value for f in de.fields}["locales.de.title"] == "outdated"


async def test_pulls_read_what_changed_in_either_server(env):
    catalog, medusa, payload = env
    medusa.set_translation(P1, "de-DE", title="Lampe")
    await catalog.detect_translations()  # a first, full read
    assert catalog.product(P1).value("translations.de-DE.title") == "Lampe"
    payload.set_locale(P1, "de", title="Lampe")  # in Payload's admin: moves updatedAt
    medusa.set_translation("prod_00002", "fr-FR", title="Titre")  # Medusa: moves nothing
    before = len(payload.requests)
    report = await catalog.pull()
    assert {P1, "prod_00002"} <= report.changed_ids
    assert catalog.product(P1).value("locales.de.title") == "Lampe"
    assert catalog.product("prod_00002").value("translations.fr-FR.title") == "Titre"
    assert catalog.product(P1).value("translations.de-DE.title") == "Lampe"  # kept
    localised = [r for r in payload.requests[before:] if r.url.params.get("locale") == "all"]
    assert len(localised) == 1  # one incremental read ...
    assert "where[updatedAt][greater_than_equal]" in localised[0].url.params  # ... since last
    translations = [r for r in medusa.requests if r.url.path == "/admin/translations"]
    assert translations[-1].url.params["order"] == "-updated_at"  # the latest first


async def test_nothing_is_read_for_a_shop_without_a_setup(tmp_path):
    medusa, payload = editorial_pair(1)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    try:
        await catalog.pull()
        assert not any(r.url.params.get("locale") for r in payload.requests)
        assert not any(r.url.path.startswith("/admin/translations") for r in medusa.requests)
        assert catalog.translation_setup() is None and catalog.translation_status() == []
        assert catalog.product_translations(P1) is None
    finally:
        await catalog.aclose()


async def test_a_shop_without_translations_says_why_and_keeps_none(tmp_path):
    from tests.translations.fakes import default_capabilities

    medusa, payload = editorial_pair(1)
    caps = await default_capabilities()
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))

    async def capabilities(*, refresh: bool = False):
        return caps

    catalog.capabilities = capabilities  # type: ignore[method-assign]
    try:
        await catalog.pull()
        with pytest.raises(TranslationsUnavailable) as refused:
            await catalog.detect_translations()
        assert "not localised" in refused.value.reason
        assert catalog.translation_setup() is None
    finally:
        await catalog.aclose()


async def test_a_setup_known_from_before_serves_while_the_shop_cannot_be_asked(env):
    catalog, _medusa, _payload = env
    found = await catalog.detect_translations()
    from desktop_app.api.capabilities import Capability, Feature, Support

    caps = await catalog.capabilities()
    unknown = Capability(Feature.LOCALISED_CONTENT, Support.UNKNOWN, "Could not check: down")

    async def offline(*, refresh: bool = False):
        from dataclasses import replace

        return replace(caps, localised_content=unknown)

    catalog.capabilities = offline  # type: ignore[method-assign]
    assert await catalog.detect_translations() == found  # kept, not replaced by a guess
    assert catalog.translation_setup() == found
