"""Payload models parse the recorded 3.90.2 shapes."""

from __future__ import annotations

from typing import Any

from desktop_app.models.payload import (
    DocEnvelope,
    FindPage,
    PayloadMe,
    PayloadMedia,
    PayloadProduct,
)
from tests.api import fakes


def test_created_product_shape():
    p = PayloadProduct.model_validate(fakes.PAYLOAD_PRODUCT)
    assert p.id == 2 and p.medusa_id == "b"
    assert p.seo.meta_title is None
    assert p.images == [] and p.options == [] and p.variants == []
    assert p.updated_at.microsecond == 503000


def test_full_product_depth_zero():
    p = PayloadProduct.model_validate(fakes.PAYLOAD_PRODUCT_FULL)
    assert p.thumbnail == 1
    assert p.images[0].id == "6b091137fd801d71523e1c78" and p.images[0].image == 2
    assert p.description == fakes.LEXICAL_DESCRIPTION  # kept raw
    assert p.options[0].id == "6b091136fd801d71523e1c75"
    row = p.variants[0].option_values[0]
    assert (row.medusa_option_id, row.value) == ("opt_01M8DPGVCZT07R6FJBQ0GHE18N", "M")


def test_populated_uploads_become_media():
    data = {
        **fakes.PAYLOAD_PRODUCT_FULL,
        "thumbnail": fakes.PAYLOAD_MEDIA,
        "images": [{"id": "6b09", "image": {**fakes.PAYLOAD_MEDIA, "id": 2}}],
    }
    p = PayloadProduct.model_validate(data)
    assert isinstance(p.thumbnail, PayloadMedia) and p.thumbnail.mime_type == "image/png"
    assert isinstance(p.images[0].image, PayloadMedia) and p.images[0].image.id == 2


def test_patch_payload_round_trips_with_camel_case_keys():
    p = PayloadProduct.model_validate(fakes.PAYLOAD_PRODUCT_FULL)
    dumped = p.model_dump(by_alias=True, mode="json")
    assert dumped["updatedAt"] == "2026-11-27T05:12:23.728000Z"
    assert dumped["variants"][0]["id"] == "6b091136fd801d71523e1c76"  # row ids preserved


def test_version_b_relationship_options_accepted():
    p = PayloadProduct.model_validate({"id": 1, "handle": "shirt", "options": [4, 5]})
    assert p.options == [4, 5] and p.handle == "shirt"


def test_find_envelope_generic():
    page = FindPage[PayloadProduct].model_validate(
        fakes.payload_find([fakes.PAYLOAD_PRODUCT], limit=10)
    )
    assert page.total_docs == 1 and page.limit == 10 and page.docs[0].title == "Product B"
    raw = FindPage[dict[str, Any]].model_validate(
        fakes.payload_find([{"id": 2, "medusa_id": "anon1"}], limit=0)
    )
    assert raw.docs == [{"id": 2, "medusa_id": "anon1"}] and raw.total_pages == 1


def test_media_upload_envelope():
    env = DocEnvelope[PayloadMedia].model_validate(
        {"doc": fakes.PAYLOAD_MEDIA, "message": "Media successfully created."}
    )
    assert env.doc.url == "/api/media/file/red.png" and env.doc.focal_x == 50


def test_me_with_key_and_anonymous():
    me = PayloadMe.model_validate(fakes.PAYLOAD_ME_KEY)
    assert me.user.has_api_key is True and me.user.strategy == "api-key"
    assert PayloadMe.model_validate(fakes.PAYLOAD_ME_ANON).user is None


def test_me_with_jwt_does_not_keep_token_in_repr():
    token = "eyJhbGciOiJIUzI1NiJ9.secret-token-body.sig"
    me = PayloadMe.model_validate({**fakes.PAYLOAD_ME_KEY, "token": token, "exp": 1795763541})
    assert token not in repr(me) and token not in str(me.model_dump())
