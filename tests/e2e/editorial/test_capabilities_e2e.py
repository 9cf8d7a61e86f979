"""Issue 16 on the real stacks: the app tells the seed's configuration (the default test stack)
from the editorial one (``stack/up --editorial``), and each behaves as detected.

The editorial cases need the editorial stack: see conftest.py (up already, ``E2E_EDITORIAL=1``,
or CI).
"""

from __future__ import annotations

import time

from desktop_app.api.capabilities import CONTENT_FIELDS, Feature, Support
from tests.e2e.editorial.conftest import shop_for
from tests.support.stack import StackHttp, unique, wait_for


async def test_detection_tells_the_configurations_apart(deployment) -> None:
    name, info = deployment
    async with shop_for(info) as shop:
        started = time.perf_counter()
        found = await shop.capabilities()
        took = time.perf_counter() - started
        assert await shop.capabilities() is found  # kept for the session
    print(f"\n[editorial] detection on the {name} stack: {took * 1000:.0f} ms")
    assert found.complete and took < 10
    if name == "default":
        assert [c.feature for c in found.missing()] == [
            f for f in Feature if f is not Feature.SCHEDULE_PUBLISH]
        assert found.schedule_publish.reason.startswith("Scheduled publishing needs drafts.")
        assert all(c.support is Support.MISSING and c.reason for c in found.all())
        assert found.locales == () and found.medusa_locales == ()
        return
    assert not found.missing() and found.schedule_publish.available
    assert found.locales == ("en", "de", "fr") and found.default_locale == "en"
    assert found.localised_fields == CONTENT_FIELDS
    assert {"en-US", "de-DE", "fr-FR"} <= set(found.medusa_locales)
    assert {"title", "subtitle", "description"} <= set(found.medusa_translatable_fields)


def test_a_product_in_each_configuration(deployment) -> None:
    """What detection reports is what the servers do: per-locale content, drafts and versions
    in Payload, translations in Medusa; plain values, no versions route, no translations in
    the seed's configuration."""
    name, info = deployment
    http = StackHttp(info)
    product = http.create_product(unique("edit"))
    pid = product["id"]
    editor = http.payload_headers("editor")
    try:
        doc = wait_for(lambda: (http.payload_docs_for(pid) or [None])[0], 60, what="its doc")
        path = f"/products/{doc['id']}"

        def read(**params: str) -> dict:
            resp = http.payload.get(path, params={"depth": "0", **params}, headers=editor)
            resp.raise_for_status()
            return resp.json()

        def versions() -> int:
            resp = http.payload.get(
                "/products/versions",
                params={"where[parent][equals]": str(doc["id"]), "limit": "0", "depth": "0"},
                headers=editor,
            )
            if name == "default":
                assert resp.status_code == 500  # the route exists and fails without versions
                return 0
            resp.raise_for_status()
            return resp.json()["totalDocs"]

        translations = http.medusa.get("/admin/translations", params={"reference_id": pid})
        if name == "default":
            assert read(locale="all")["title"] == product["title"]  # a plain value
            assert "_status" not in read()
            versions()
            assert translations.status_code == 404
            return

        assert read(locale="all")["title"] == {"en": product["title"]}
        assert read()["_status"] == "published"  # what Medusa creates is published
        before = versions()
        assert before >= 1
        german = http.payload.patch(
            path, params={"locale": "de"}, json={"title": "Deutscher Titel"}, headers=editor
        )
        german.raise_for_status()
        draft = http.payload.patch(
            path, params={"draft": "true"}, json={"title": "Draft title"}, headers=editor
        )
        draft.raise_for_status()
        assert read(locale="all")["title"] == {"en": product["title"], "de": "Deutscher Titel"}
        assert read(draft="true")["title"] == "Draft title"
        assert read()["title"] == product["title"]  # the published version stays
        assert versions() >= before + 2

        assert translations.status_code == 200 and translations.json()["translations"] == []
        made = http.medusa.post(
            "/admin/translations/batch",
            json={
                "create": [
                    {
                        "reference_id": pid,
                        "reference": "product",
                        "locale_code": "de-DE",
                        "translations": {"title": "Deutscher Titel"},
                    }
                ]
            },
        )
        made.raise_for_status()
        found = http.medusa.get(
            "/admin/translations", params={"reference_id": pid, "locale_code": "de-DE"}
        ).json()["translations"]
        assert [t["translations"]["title"] for t in found] == ["Deutscher Titel"]
        http.medusa.post(
            "/admin/translations/batch", json={"delete": [t["id"] for t in found]}
        ).raise_for_status()
    finally:
        http.delete_product(pid)
        http.close()
