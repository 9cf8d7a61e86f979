"""Server records for the store: a malformed Payload doc raises one clear exception."""

from __future__ import annotations

import copy

import pytest

from desktop_app.models.medusa import MedusaProduct
from desktop_app.store.records import MalformedRecord, medusa_record, payload_record
from tests.api import fakes


def _doc(**changes: object) -> dict:
    doc = copy.deepcopy(fakes.PAYLOAD_PRODUCT_FULL)  # as recorded on Payload 3.90.2
    doc.update(changes)
    return doc


def test_recorded_docs_are_read_at_depth_0_and_1():
    assert payload_record(_doc())["thumbnail"] == 1
    populated = _doc(thumbnail={"id": 1, "url": "/api/media/file/a.png"},
                     images=[{"id": "6b09", "image": {"id": 2, "url": "/api/media/file/b.png"}}])
    rec = payload_record(populated)
    assert (rec["thumbnail"], rec["images"]) == (1, [{"id": "6b09", "image": 2}])
    assert payload_record(copy.deepcopy(fakes.PAYLOAD_PRODUCT))["description"] is None


@pytest.mark.parametrize(("changes", "reason"), [
    ({"description": "## Markdown, not Lexical"},
     "description is text, not a Lexical rich-text object"),
    ({"description": {"root": {"type": "root"}}},
     "description is an object, not a Lexical rich-text object"),
    ({"description": ["paragraph"]}, "description is a list, not a Lexical rich-text object"),
    ({"medusa_id": 42}, "medusa_id is a number, not text"),
    ({"medusa_id": None}, "medusa_id is missing"),
    ({"medusa_id": ""}, "medusa_id is missing"),
    ({"title": 7}, "title is a number, not text"),
    ({"subtitle": ["a"]}, "subtitle is a list, not text"),
    ({"updatedAt": 1795756452}, "updatedAt is a number, not text"),
    ({"seo": "cheap shirts"}, "seo is text, not a group of fields"),
    ({"seo": {"meta_title": {"en": "T"}}}, "seo.meta_title is an object, not text"),
    ({"thumbnail": True}, "thumbnail is not a media reference"),
    ({"images": "2"}, "images is text, not a list"),
    ({"images": [{"id": "r1", "image": [2]}]},
     "images holds something that is not a media reference"),
])
def test_malformed_doc_raises_malformed_record_naming_the_field(changes, reason):
    with pytest.raises(MalformedRecord) as info:
        payload_record(_doc(**changes))
    assert info.value.record_id == "1"
    assert info.value.reason == reason
    assert str(info.value) == reason  # what the push engine shows next to the product
    assert isinstance(info.value, ValueError)


def test_a_missing_medusa_id_is_malformed():
    doc = _doc()
    del doc["medusa_id"]
    with pytest.raises(MalformedRecord, match="medusa_id is missing"):
        payload_record(doc)


@pytest.mark.parametrize("doc_id", ["missing", None, "", True, 1.5])
def test_a_doc_without_a_usable_id_is_malformed_with_id_unknown(doc_id):
    doc = _doc()
    if doc_id == "missing":
        del doc["id"]
    else:
        doc["id"] = doc_id
    with pytest.raises(MalformedRecord) as info:
        payload_record(doc)
    assert (info.value.record_id, info.value.reason) == ("?", "the document has no id")


def test_a_doc_that_is_not_an_object_is_malformed():
    with pytest.raises(MalformedRecord, match="the document is text, not an object"):
        payload_record("prod_1")  # type: ignore[arg-type]


def test_a_select_that_leaves_fields_out_is_not_malformed():
    rec = payload_record({"id": 3, "medusa_id": "prod_3", "updatedAt": "2026-11-27T05:12:23.728Z"})
    assert (rec["id"], rec["title"], rec["images"]) == ("3", None, [])


def test_a_medusa_product_with_an_empty_id_is_malformed():
    with pytest.raises(MalformedRecord, match="empty id"):
        medusa_record(MedusaProduct.model_validate(fakes.medusa_product(id="")))


def test_an_older_server_copy_never_replaces_a_newer_one() -> None:
    """A pull's read that left before a push's write may be stored after its answer."""
    from desktop_app.store import CatalogStore

    store = CatalogStore.open(":memory:")
    newer = {"id": "prod_1", "title": "After the push", "updated_at": "2026-12-06T10:00:02.000Z"}
    older = {"id": "prod_1", "title": "Before the push", "updated_at": "2026-12-06T10:00:01.000Z"}
    store.save_medusa([newer])
    store.save_medusa([older])
    assert store.medusa("prod_1")["title"] == "After the push"
    doc = {"id": "7", "medusa_id": "prod_1", "title": "Pushed",
           "updated_at": "2026-12-06T10:00:02Z"}
    store.save_payload([doc])
    store.save_payload([{**doc, "title": "Stale", "updated_at": "2026-12-06T10:00:01Z"}])
    assert store.payload("prod_1")["title"] == "Pushed"
    store.save_payload([{**doc, "title": "Later", "updated_at": "2026-12-06T10:00:03Z"}])
    assert store.payload("prod_1")["title"] == "Later"
    store.close()
