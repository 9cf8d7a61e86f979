"""The requests of translations against the editorial stack's recorded answers (issue 16):
the app sends what was recorded and reads what the servers answered."""

from __future__ import annotations

import json

import httpx
import pytest

from desktop_app.api.errors import Validation
from desktop_app.api.localised import (
    batch_translations,
    find_all_locales,
    list_translations,
    patch_locale,
)
from desktop_app.api.lock_override import OverrideLock
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.exchange.translations_read import default_view, medusa_entry, split_locales
from desktop_app.translations.setup import build
from tests.translations.fakes import recorded

SETUP = build(source="en", payload_fields=("title", "subtitle", "description",
                                           "seo.meta_title", "seo.meta_description",
                                           "seo.meta_keywords"),
              payload_locales=("en", "de", "fr"))


def replaying(server: str, name: str, seen: list[httpx.Request]) -> httpx.MockTransport:
    record = recorded(server, name)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(record["response"]["status"], json=record["response"]["json"])

    return httpx.MockTransport(handle)


def payload(name: str, seen: list[httpx.Request]) -> PayloadClient:
    return PayloadClient("http://payload.test", "k", transport=replaying("payload", name, seen))


def medusa(name: str, seen: list[httpx.Request]) -> MedusaClient:
    return MedusaClient("http://medusa.test", SecretKey("sk_test"),
                        transport=replaying("medusa", name, seen))


async def test_a_locale_all_read_splits_into_the_default_and_the_other_locales() -> None:
    seen: list[httpx.Request] = []
    record = recorded("payload", "products_locale_all_after_de")
    page = await find_all_locales(payload("products_locale_all_after_de", seen),
                                  where=Where.equals("medusa_id", "x"), limit=2,
                                  select=("medusa_id", "title"))
    assert seen[0].url.params["locale"] == "all"
    doc = page.docs[0]
    assert doc == record["response"]["json"]["docs"][0]
    view = default_view(doc, SETUP)
    assert view["title"] == doc["title"]["en"] and view["subtitle"] == "Warm light"
    assert view["seo"]["meta_title"] == "Reading lamp"
    assert view["description"] == doc["description"]["en"]
    de = view["locales"]["de"]
    assert (de["title"], de["subtitle"]) == ("Leselampe", "Warmes Licht")
    assert de["seo"] == {"meta_title": "Leselampe", "meta_keywords": "Lampe"}  # null: none
    assert de["description"]["root"]["children"][0]["children"][0]["text"] == \
        "Eine Lampe zum Lesen."
    assert "fr" not in view["locales"]  # French holds nothing


def test_a_source_only_doc_has_no_other_locale() -> None:
    doc = recorded("payload", "products_locale_all_source_only")["response"]["json"]["docs"][0]
    assert split_locales(doc, SETUP) == {}
    assert default_view(doc, SETUP)["title"] == doc["title"]["en"]


async def test_a_locale_write_sends_what_was_recorded() -> None:
    seen: list[httpx.Request] = []
    record = recorded("payload", "product_patch_locale_de")
    sent = record["request"]["json"]
    answer = await patch_locale(payload("product_patch_locale_de", seen), 47, sent, "de",
                                select=("updatedAt",))
    assert dict(seen[0].url.params) == record["request"]["params"]
    assert json.loads(seen[0].content) == sent
    assert answer["updatedAt"] == record["response"]["json"]["doc"]["updatedAt"]
    await patch_locale(OverrideLock(payload("product_patch_locale_de", seen)), 47, sent, "de")
    assert seen[1].url.params["overrideLock"] == "true"


async def test_a_locale_without_a_title_is_refused_as_recorded() -> None:
    with pytest.raises(Validation) as refused:
        await patch_locale(payload("product_patch_locale_fr_without_title", []), 47,
                           {"subtitle": "Lumière chaude"}, "fr")
    assert refused.value.field_errors == {"title": "This field is required."}


async def test_medusa_translations_list_and_batch() -> None:
    seen: list[httpx.Request] = []
    record = recorded("medusa", "translations_list_one_product")
    product_id = record["request"]["params"]["reference_id[]"]
    rows, count = await list_translations(medusa("translations_list_one_product", seen),
                                          product_ids=[product_id])
    assert dict(seen[0].url.params) == record["request"]["params"]
    assert count == 1
    pid, code, entry = medusa_entry(rows[0])
    assert (pid, code) == (product_id, "de-DE")
    assert entry == {"id": rows[0]["id"], "values": {"title": "Leselampe!", "description": ""}}

    made = recorded("medusa", "translations_batch_create")
    answer = await batch_translations(medusa("translations_batch_create", seen),
                                      create=made["request"]["json"]["create"])
    assert json.loads(seen[-1].content) == made["request"]["json"]
    assert answer["created"][0]["translations"] == {"title": "Leselampe",
                                                    "description": "Eine Lampe."}


async def test_a_null_translation_is_refused_as_recorded() -> None:
    with pytest.raises(Validation) as refused:
        await batch_translations(medusa("translations_batch_update_null_error", []),
                                 update=[{"id": "trans_1", "translations": {"title": None}}])
    assert "translations, title" in refused.value.message


def test_the_product_read_carries_its_translations() -> None:
    from desktop_app.models.medusa import MedusaProduct
    from desktop_app.store.records import medusa_record

    body = recorded("medusa", "product_read_with_translations")["response"]["json"]
    record = medusa_record(MedusaProduct.model_validate(body["product"]))
    row = body["product"]["translations"][0]
    assert record["translations"] == {"de-DE": {"id": row["id"], "values": {
        "title": "Leselampe!", "description": ""}}}
    before = recorded("medusa", "product_stamps_before_translation")["response"]["json"]
    after = recorded("medusa", "product_stamps_after_translation")["response"]["json"]
    assert before["product"]["updated_at"] == after["product"]["updated_at"]
