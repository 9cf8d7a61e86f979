"""Medusa's ``material`` (issue 16): translatable by Medusa's Translation module, read only on
a shop that translates it, with its status, export/import and push like the other fields."""

from __future__ import annotations

import pytest
from translate.storage import xliff

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.translations import work
from desktop_app.translations.importing import Verdict
from tests.translations.fakes import FixedCapabilities, editorial_capabilities, editorial_pair

PROFILE = Profile(
    name="Shop",
    medusa_url="http://medusa.test",
    medusa_auth=MedusaAuth.SECRET_KEY,
    payload_url="http://payload.test",
)
P1, P2 = "prod_00001", "prod_00002"


def asked_material(medusa) -> list[bool]:
    """Per product read of Medusa's (not a count's or the terms'), whether it asked for
    material."""
    fields = [
        (r.url.params.get("fields") or "").split(",")
        for r in medusa.requests
        if r.url.path == "/admin/products" and r.method == "GET"
    ]
    return ["material" in found for found in fields if "title" in found]


@pytest.fixture
async def env(tmp_path):
    medusa, payload = editorial_pair(2)
    medusa.products[P1]["material"] = "Cotton"
    medusa.products[P2]["material"] = None
    shop = Shop(
        PROFILE,
        medusa.client(),
        payload.client(),
        capability_cache=FixedCapabilities(await editorial_capabilities()),
    )
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    yield catalog, medusa, payload
    await catalog.aclose()


def material_state(catalog: OfflineCatalog, product_id: str, locale: str = "de") -> str | None:
    detail = catalog.product_translations(product_id)
    status = next(s for s in detail.statuses if s.target.code == locale)
    return {f.pair.source: f.state.value for f in status.fields if f.pair.server == "medusa"}.get(
        "material"
    )


async def test_a_setup_with_material_reads_it_at_the_next_pull(env) -> None:
    catalog, medusa, _payload = env
    await catalog.pull()  # before the shop's setup is known: no material asked for
    assert asked_material(medusa) and not any(asked_material(medusa))
    await catalog.detect_translations()
    # Stored without material: not known yet, so neither missing nor marked done.
    assert material_state(catalog, P1) is None
    assert catalog._store.cursor("medusa").cursor is None  # the next pull reads every product
    before = len(medusa.requests)
    await catalog.pull()
    medusa.requests[:] = medusa.requests[before:]
    assert asked_material(medusa) and all(asked_material(medusa))
    assert material_state(catalog, P1) == "missing"
    assert material_state(catalog, P2) == "empty"  # no material: nothing to translate
    await catalog.pull()  # incremental again: the cursor was reset once, not every time
    assert catalog._store.cursor("medusa").cursor is not None


async def test_material_is_edited_pushed_and_outdated_like_the_others(env) -> None:
    catalog, medusa, _payload = env
    await catalog.detect_translations()
    await catalog.pull()
    catalog.edit(P1, {"translations.de-DE.material": "Baumwolle"})
    assert medusa.writes() == []  # durable first
    assert material_state(catalog, P1) == "done"
    report = await catalog.push()
    assert report.failed == 0 and report.conflicts == 0
    assert medusa.translation(P1, "de-DE")["translations"] == {"material": "Baumwolle"}
    assert catalog.product(P1).value("translations.de-DE.material") == "Baumwolle"

    medusa.touch(P1, material="Linen")  # the source changes in Medusa
    await catalog.pull()
    assert material_state(catalog, P1) == "outdated"
    assert material_state(catalog, P1, "fr") == "missing"


async def test_material_goes_out_to_translators_and_comes_back(env) -> None:
    catalog, medusa, _payload = env
    await catalog.detect_translations()
    await catalog.pull()
    exported = work.export(catalog, "fr", "xliff")
    unit = next(u for u in exported.units if u.id == f"{P1}/medusa.material")
    assert unit.source == "Cotton" and unit.label == "Medusa material"
    assert not any(u.id == f"{P2}/medusa.material" for u in exported.units)
    store = xliff.xlifffile.parsestring(exported.data)
    for found in store.units:
        if found.xmlelement.get("id") == f"{P1}/medusa.material":
            found.target = "Coton"
    done = work.import_file(catalog, bytes(store), "xliff")
    assert done.plan.count(Verdict.CHANGE) == 1
    assert done.applied == {P1: ["translations.fr-FR.material"]}
    await catalog.push()
    assert medusa.translation(P1, "fr-FR")["translations"] == {"material": "Coton"}


def test_a_read_without_material_keeps_the_stored_one(tmp_path) -> None:
    store = CatalogStore.open(tmp_path / "c.sqlite3")
    base = {"id": P1, "title": "Lamp", "updated_at": "2026-01-01T00:00:00.000Z"}
    try:
        store.save_medusa([{**base, "material": "Cotton", "translations": {}}])
        later = {**base, "updated_at": "2026-01-02T00:00:00.000Z"}
        store.save_medusa([later])  # a write's answer that did not ask for it
        assert store.medusa(P1)["material"] == "Cotton"
        store.save_medusa([{**later, "material": None}])  # asked: Medusa has none now
        assert store.medusa(P1)["material"] is None
        store.save_medusa([{**later, "title": "Lamp 2"}])
        assert store.medusa(P1)["material"] is None  # a null is kept too
    finally:
        store.close()
