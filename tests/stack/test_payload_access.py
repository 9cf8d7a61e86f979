"""Payload's products: the example's anonymous hole is closed; editors edit content only."""

from __future__ import annotations

import pytest

from tests.support.stack import StackHttp, ensure_stack, unique, wait_for

pytestmark = pytest.mark.e2e


def test_anonymous_create_and_delete_with_flag_are_refused(stack_http: StackHttp) -> None:
    created = stack_http.payload.post(
        "/products",
        params={"is_from_medusa": "true"},
        json={"medusa_id": unique("anon"), "title": "Anonymous"},
    )
    assert created.status_code == 403

    deleted = stack_http.payload.delete(
        "/products",
        params={"is_from_medusa": "true", "where[title][equals]": "Anonymous"},
    )
    assert deleted.status_code == 403


def test_editor_key_edits_content_but_cannot_create_or_delete(stack_http: StackHttp) -> None:
    product = stack_http.create_product(unique("editor"))
    doc = wait_for(lambda: (stack_http.payload_docs_for(product["id"]) or [None])[0], 5, what="doc")
    editor = stack_http.payload_headers("editor")

    patched = stack_http.payload.patch(
        f"/products/{doc['id']}",
        headers=editor,
        json={
            "title": "Edited title",
            "description": "## Heading\n\nBody",
            "seo": {"meta_title": "Meta", "meta_description": "Desc", "meta_keywords": "a,b"},
        },
    )
    assert patched.status_code == 200, patched.text
    stored = stack_http.payload.get(f"/products/{doc['id']}", headers=editor).json()
    assert stored["title"] == "Edited title"
    assert stored["description"]["root"]["children"][0]["tag"] == "h2"
    assert stored["seo"] == {
        "meta_title": "Meta",
        "meta_description": "Desc",
        "meta_keywords": "a,b",
    }

    create = stack_http.payload.post(
        "/products",
        params={"is_from_medusa": "true"},
        headers=editor,
        json={"medusa_id": unique("ed"), "title": "Nope"},
    )
    assert create.status_code == 403
    delete = stack_http.payload.delete(
        f"/products/{doc['id']}",
        params={"is_from_medusa": "true"},
        headers=editor,
    )
    assert delete.status_code == 403
    assert len(stack_http.payload_docs_for(product["id"])) == 1


def test_editor_cannot_change_variant_rows(stack_http: StackHttp) -> None:
    product = stack_http.create_product(unique("rows"))
    doc = wait_for(lambda: (stack_http.payload_docs_for(product["id"]) or [None])[0], 5, what="doc")
    editor = stack_http.payload_headers("editor")

    resp = stack_http.payload.patch(
        f"/products/{doc['id']}",
        headers=editor,
        json={"variants": doc["variants"][:1]},
    )

    assert resp.status_code == 400
    assert "Variants cannot be changed in number" in resp.text


def test_switch_reopens_the_anonymous_hole() -> None:
    info = ensure_stack("--anonymous-medusa", "--no-seed")
    http = StackHttp(info)
    try:
        medusa_id = unique("hole")
        created = http.payload.post(
            "/products",
            params={"is_from_medusa": "true"},
            json={"medusa_id": medusa_id, "title": "Through the hole"},
        )
        assert created.status_code == 201, created.text
        http.payload.delete(
            f"/products/{created.json()['doc']['id']}",
            params={"is_from_medusa": "true"},
        ).raise_for_status()
    finally:
        http.close()
        ensure_stack("--no-seed")
