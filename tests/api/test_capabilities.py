"""Capability detection (issue 16) against the recorded answers of both stack configurations.

The fixtures (tests/fixtures/{payload,medusa}/capabilities/) hold the requests the detection
sends and what the default test stack (the seed's configuration) and the editorial stack
(``stack/up --editorial``) answered; ``Replay`` serves them and fails on any other request.
"""

from __future__ import annotations

import json

import httpx
import pytest

from desktop_app.api import capabilities as caps
from desktop_app.api.capabilities import Feature, Support, detect
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.api.responses import PAYLOAD
from tests.fixtures.capabilities import Replay, folder, load, names, response_of

SCHEDULE = Feature.SCHEDULE_PUBLISH  # refines drafts; not in ShopCapabilities.all()

MEDUSA_URL = "http://medusa.test"
PAYLOAD_URL = "http://payload.test"


def clients(transport: httpx.AsyncBaseTransport) -> tuple[MedusaClient, PayloadClient]:
    return (
        MedusaClient(MEDUSA_URL, SecretKey("sk_test"), transport=transport),
        PayloadClient(PAYLOAD_URL, "payload-key", transport=transport),
    )


async def run(replay: Replay | httpx.MockTransport, **kwargs) -> caps.ShopCapabilities:
    transport = replay.transport() if isinstance(replay, Replay) else replay
    medusa, payload = clients(transport)
    try:
        return await detect(medusa, payload, **kwargs)
    finally:
        await medusa.aclose()
        await payload.aclose()


def forbidden() -> httpx.Response:
    return httpx.Response(
        403, json={"errors": [{"message": "You are not allowed to perform this action."}]}
    )


def test_both_configurations_were_recorded() -> None:
    for config in ("default", "editorial"):
        assert {"access", "products_count_fields", "products_versions"} <= set(
            names("payload", config)
        )
        assert {"translations", "store_locales"} <= set(names("medusa", config))
    for server in ("payload", "medusa"):
        for path in folder(server, "editorial").parent.rglob("*.json"):
            text = path.read_text()
            assert "API-Key" not in text and "sk_" not in text, path  # no secret stored
            record = json.loads(text)
            assert record["request"]["method"] == "GET"  # detection only reads


def test_the_recorded_answers_differ_as_the_issue_says() -> None:
    # Payload: the versions route answers 500 (not 404) without versions, 200 with them.
    assert load("payload", "default", "products_versions")["response"]["status"] == 500
    assert load("payload", "editorial", "products_versions")["response"]["status"] == 200
    # ?locale=all: plain values without localisation, per-locale objects with it.
    plain = load("payload", "default", "products_sample_locale_all")["response"]["json"]
    per_locale = load("payload", "editorial", "products_sample_locale_all")["response"]["json"]
    assert all(isinstance(d["title"], str) for d in plain["docs"])
    assert per_locale["docs"] and all(isinstance(d["title"], dict) for d in per_locale["docs"])
    assert all("en" in d["title"] for d in per_locale["docs"])
    # /api/access: readVersions and the _status field only with versions and drafts.
    default_products = load("payload", "default", "access")["response"]["json"]["collections"][
        "products"
    ]
    editorial_products = load("payload", "editorial", "access")["response"]["json"]["collections"][
        "products"
    ]
    assert "readVersions" not in default_products and "_status" not in default_products["fields"]
    assert editorial_products["readVersions"] is True and "_status" in editorial_products["fields"]
    # Medusa: no route (an HTML 404) without the module, 200 with it.
    translations = load("medusa", "default", "translations")["response"]
    assert translations["status"] == 404 and "text/html" in translations["headers"]["content-type"]
    assert load("medusa", "editorial", "translations")["response"]["status"] == 200


async def test_the_editorial_stack_offers_everything() -> None:
    replay = Replay("editorial")
    found = await run(replay)
    assert found.complete and not found.missing()
    assert all(c.support is Support.AVAILABLE and c.reason == "" for c in found.all())
    assert found.locales == ("en", "de", "fr")
    assert found.default_locale == "en"
    assert found.translation_locales == ("de", "fr")
    assert found.localised_fields == caps.CONTENT_FIELDS
    assert found.medusa_locales == ("en-US", "de-DE", "fr-FR")
    assert found.medusa_translatable_fields == ("title", "subtitle", "description", "material")
    assert "products_versions" in replay.seen
    assert found[Feature.DRAFTS] is found.drafts and found["versions"] is found.versions


async def test_the_default_stack_offers_nothing_and_says_why() -> None:
    replay = Replay("default")
    found = await run(replay)
    assert found.complete
    assert [c.feature for c in found.missing()] == [f for f in Feature if f is not SCHEDULE]
    assert found.schedule_publish.support is Support.MISSING
    assert found.schedule_publish.reason.startswith("Scheduled publishing needs drafts. ")
    assert found.versions.reason == (
        "Payload's products collection has no versions: turn on versions (with drafts: "
        "versions.drafts) in the collection config."
    )
    assert found.drafts.reason == found.versions.reason  # drafts need versions first
    assert "localization" in found.localised_content.reason
    assert "@medusajs/medusa/translation" in found.medusa_translations.reason
    assert found.medusa_translations.evidence == "GET /admin/translations: HTTP 404"
    assert found.locales == () and found.default_locale is None
    # Never asked there: the versions route (it answers 500 and logs an error without
    # versions), a sample of products, locale probes, Medusa's translation details.
    assert "products_versions" not in replay.seen
    assert not [n for n in replay.seen if n.startswith(("products_count_locales", "products_s"))]
    assert "translation_settings" not in replay.seen


async def test_without_access_rules_the_versions_route_and_a_sample_decide() -> None:
    replay = Replay("default", overrides={"access": forbidden()})
    found = await run(replay)
    assert "products_versions" in replay.seen and "products_sample_locale_all" in replay.seen
    assert found.versions.support is Support.MISSING
    assert "HTTP 500" in found.versions.evidence
    assert found.drafts.support is Support.MISSING

    replay = Replay("editorial", overrides={"access": forbidden()})
    found = await run(replay)
    assert found.versions.available and found.drafts.available


async def test_versions_a_user_may_not_read() -> None:
    access = load("payload", "editorial", "access")["response"]["json"]
    del access["collections"]["products"]["readVersions"]  # Payload drops denied permissions
    found = await run(Replay("editorial", overrides={"access": httpx.Response(200, json=access)}))
    assert found.versions.support is Support.MISSING
    assert "may not read" in found.versions.reason
    assert found.drafts.available


async def test_the_feature_flag_without_the_module() -> None:
    record = json.loads((folder("medusa", "flag-without-module") / "translations.json").read_text())
    replay = Replay("editorial", overrides={"translations": response_of(record)})
    found = await run(replay)
    assert found.medusa_translations.support is Support.MISSING
    assert found.medusa_translations.reason == caps.MEDUSA_MODULE_NOT_LOADED
    assert "translation_settings" not in replay.seen


async def test_a_server_that_cannot_be_reached_is_unknown_and_not_final() -> None:
    replay = Replay("editorial")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "payload.test":
            raise httpx.ConnectError("refused", request=request)
        return replay(request)

    found = await run(httpx.MockTransport(handler))
    assert not found.complete
    for cap in (found.versions, found.drafts, found.localised_content):
        assert cap.support is Support.UNKNOWN
        assert cap.reason.startswith("Could not check: Could not connect to Payload")
    assert found.medusa_translations.available


async def test_a_server_without_a_client_is_not_checked() -> None:
    medusa, payload = clients(Replay("editorial").transport())
    await payload.aclose()
    problem = "No Payload API key is stored for this profile. Enter it in Settings."
    try:
        found = await detect(medusa, None, problems={PAYLOAD: problem})
    finally:
        await medusa.aclose()
    assert found.versions.reason == f"Not checked: {problem}"
    assert found.medusa_translations.available and not found.complete


async def test_a_key_that_may_not_read_products() -> None:
    overrides = {"access": forbidden(), "products_count_fields": forbidden()}
    replay = Replay("default", overrides=overrides)
    replay.overrides["products_versions"] = forbidden()
    replay.overrides["products_sample_locale_all"] = forbidden()
    found = await run(replay)
    assert found.localised_content.support is Support.UNKNOWN
    assert "may not read" in found.localised_content.reason


def test_refused_paths_from_data_or_from_the_message() -> None:
    body = load("payload", "editorial", "products_count_fields")["response"]["json"]
    from_data = caps.refused_paths(caps.Answer(400, body))
    assert "title.en.zz-probe" in from_data and "medusa_id.zz-probe" not in from_data
    assert caps.localisation_from_probe(from_data) == (caps.CONTENT_FIELDS, "en")
    without_data = {"errors": [{"name": "m", "message": body["errors"][0]["message"]}]}
    assert caps.refused_paths(caps.Answer(400, without_data)) == from_data
    assert caps.refused_paths(caps.Answer(200, {"totalDocs": 3})) is None
    plain = load("payload", "default", "products_count_fields")["response"]["json"]
    assert caps.localisation_from_probe(caps.refused_paths(caps.Answer(400, plain))) == ((), None)


class FakeLocalisedPayload:
    """Payload's path validation, for codes outside the recorded candidates: ``locales``
    configured, ``title`` localised, a product holding content in ``tlh``."""

    def __init__(self, locales: tuple[str, ...]) -> None:
        self.locales = locales
        self.asked: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        from tests.fixtures.capabilities import request_params

        path = request.url.path
        params = dict(request_params(request))
        self.asked.append(path)
        if path == "/api/access":
            return httpx.Response(200, json={"collections": {"products": {"fields": {}}}})
        if path == "/api/products":
            return httpx.Response(200, json={"docs": [{"id": 1, "title": {"en": "A", "tlh": "B"}}]})
        if path == "/api/products/count":
            refused = []
            for key in params:
                field_path = key.split("][")[2]
                name, code = field_path.split(".", 1)
                if name != "title":
                    refused.append(f"{field_path}")
                elif code not in self.locales:
                    refused.append(f"title.{self.locales[0]}.{code}")
            if refused:
                data = [{"path": p} for p in refused]
                return httpx.Response(400, json={"errors": [{"name": "QueryError", "data": data}]})
            return httpx.Response(200, json={"totalDocs": 1})
        if path.startswith("/admin"):
            return httpx.Response(404, text="<html></html>", headers={"content-type": "text/html"})
        raise AssertionError(path)


async def test_a_locale_outside_the_candidates_is_found_in_content() -> None:
    fake = FakeLocalisedPayload(("en", "tlh", "de-CH", "x-house"))
    found = await run(httpx.MockTransport(fake), extra_locales=["x-house"])
    assert found.localised_fields == ("title",)
    assert found.default_locale == "en"
    # content shows tlh, the caller named x-house, de-CH is a common tag; the default first
    assert found.locales == ("en", "tlh", "x-house", "de-CH")
    assert found.drafts.support is Support.MISSING and found.versions.support is Support.MISSING


@pytest.mark.parametrize("config", ["default", "editorial"])
async def test_to_json_is_plain_data(config: str) -> None:
    found = await run(Replay(config))
    data = json.loads(json.dumps(found.to_json()))
    assert set(data["capabilities"]) == {f.value for f in Feature if f is not SCHEDULE}
    assert set(data["schedule_publish"]) == {"support", "reason", "evidence"}
    assert data["complete"] is True


def _access_with_jobs(jobs: dict | None) -> httpx.Response:
    """The editorial stack's recorded ``/api/access`` with ``payload-jobs`` as given."""
    body = load("payload", "editorial", "access")["response"]["json"]
    collections = dict(body["collections"])
    collections.pop("payload-jobs", None)
    if jobs is not None:
        collections["payload-jobs"] = jobs
    return httpx.Response(200, json={**body, "collections": collections})


async def test_scheduling_is_available_where_jobs_are_open_to_rest() -> None:
    found = await run(Replay("editorial"))
    assert found.schedule_publish.support is Support.AVAILABLE
    assert found.schedule_publish.evidence == "GET /api/access: payload-jobs create, read"
    assert found.to_json()["schedule_publish"]["support"] == "available"


@pytest.mark.parametrize(
    ("jobs", "reason"),
    [
        (None, caps.NO_SCHEDULING),  # no scheduled publishing (no job queue at all)
        ({"fields": {}}, caps.SCHEDULING_CLOSED),  # Payload's own rules: all false, dropped
        ({"read": True, "fields": {}}, caps.SCHEDULING_CLOSED),  # readable, not creatable
    ],
)
async def test_scheduling_missing_says_what_to_turn_on(jobs, reason) -> None:
    found = await run(Replay("editorial", overrides={"access": _access_with_jobs(jobs)}))
    assert found.drafts.available
    assert found.schedule_publish.support is Support.MISSING
    assert found.schedule_publish.reason == reason


async def test_scheduling_unknown_when_access_rules_cannot_be_read() -> None:
    found = await run(Replay("editorial", overrides={"access": forbidden()}))
    assert found.schedule_publish.support is not Support.AVAILABLE
    assert found.schedule_publish.reason
