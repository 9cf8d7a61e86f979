"""MedusaStructure against a fake Medusa that answers with the recorded 2.21.2 pairs.

Every reply comes from ``tests/fixtures/medusa/<name>.json`` (recorded by ``record.py`` and
``record_structure.py``); the requests are checked against what was recorded too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.api.errors import NotFound, ServerError, Unreachable, Validation
from desktop_app.api.http import RetryPolicy
from desktop_app.api.medusa import EmailPassword, MedusaClient, SecretKey
from desktop_app.api.medusa_structure import (
    IMAGES_FIELDS,
    ITEM_LEVELS_FIELDS,
    LEVELS_FIELDS,
    OPTIONS_FIELDS,
    PAGE_SIZE,
    PRODUCT_FIELDS,
    LevelsBatchIncomplete,
    MedusaStructure,
    levels_of,
)
from tests.api import fakes
from tests.api.fakes import FakeServer, SleepRecorder

BASE = "http://shop.test:9000"
SK = "sk_365e1dcbaa0c856f77"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"
LEVELS_BATCH = "/admin/inventory-items/location-levels/batch"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def body_of(name: str) -> Any:
    return recorded(name)["response"]["json"]


def reply(name: str) -> httpx.Response:
    response = recorded(name)["response"]
    return httpx.Response(response["status"], json=response["json"])


def path_of(name: str) -> str:
    return recorded(name)["request"]["path"]


def params_of(request: httpx.Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.url.params.multi_items():
        params.setdefault(key, []).append(value)
    return params


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content)


def structure(server: FakeServer, auth: Any = None, **kwargs: Any) -> MedusaStructure:
    client = MedusaClient(
        BASE,
        auth or SecretKey(SK),
        transport=server.transport(),
        retry_policy=RetryPolicy(attempts=3),
        sleep=SleepRecorder(),
    )
    return MedusaStructure(client, **kwargs)


def serve(name: str) -> tuple[FakeServer, MedusaStructure]:
    """A fake that answers the recorded request of ``name`` with its recorded reply."""
    server = FakeServer()
    server.route(recorded(name)["request"]["method"], path_of(name), reply(name))
    return server, structure(server)


def only_request(server: FakeServer) -> httpx.Request:
    [request] = server.requests
    return request


# ---------------------------------------------------------------- products


async def test_create_product_sends_the_data_and_returns_the_raw_product():
    server, medusa = serve("product_create")
    data = recorded("product_create")["request"]["json"]
    product = await medusa.create_product(data)
    request = only_request(server)
    assert (request.method, request.url.path) == ("POST", "/admin/products")
    assert sent_json(request) == data
    assert product == body_of("product_create")["product"]
    assert len(product["variants"]) == 6


async def test_create_product_with_a_duplicate_handle_is_a_validation_error():
    server, medusa = serve("product_create_duplicate_handle")
    with pytest.raises(Validation) as caught:
        await medusa.create_product(recorded("product_create_duplicate_handle")["request"]["json"])
    message = body_of("product_create_duplicate_handle")["message"]
    assert caught.value.status == 400
    assert caught.value.message == message
    assert caught.value.field_errors == {"handle": message}
    assert len(server.requests) == 1


async def test_find_by_handle_filters_by_handle_and_returns_the_rows():
    server, medusa = serve("products_by_handle")
    handle = recorded("products_by_handle")["request"]["params"]["handle"]
    found = await medusa.find_by_handle(handle)
    assert params_of(only_request(server)) == {
        "handle": [handle],
        "fields": ["id,handle,metadata"],
    }
    assert found == body_of("products_by_handle")["products"]
    assert found[0]["metadata"]["desktop_app_create_id"].startswith("local-")


async def test_find_by_handle_refuses_an_empty_handle_without_asking():
    server = FakeServer()
    with pytest.raises(ValueError):
        await structure(server).find_by_handle("")
    assert server.requests == []


async def test_read_product_asks_for_the_recorded_fields_and_keeps_the_defaults():
    name = "product_read_region_prices_structure"
    assert recorded(name)["request"]["params"] == {"fields": PRODUCT_FIELDS}
    server, medusa = serve(name)
    pid = path_of(name).rsplit("/", 1)[1]
    product = await medusa.read_product(pid)
    assert params_of(only_request(server)) == {"fields": [PRODUCT_FIELDS]}
    assert product == body_of(name)["product"]
    # The region price's rule is read back (``*variants.prices`` alone says ``{}``).
    rules = [p["rules"] for v in product["variants"] for p in v["prices"]]
    assert {} in rules and any(r.get("region_id", "").startswith("reg_") for r in rules)
    for key in ("title", "handle", "status", "thumbnail", "options", "variants", "images"):
        assert key in product
    for key in ("sales_channels", "categories", "collection", "tags", "type"):
        assert key in product
    assert all("values" in option for option in product["options"])


async def test_read_product_of_a_deleted_product_is_not_found():
    server, medusa = serve("product_read_after_delete")
    pid = path_of("product_read_after_delete").rsplit("/", 1)[1]
    with pytest.raises(NotFound, match="Product not found"):
        await medusa.read_product(pid)
    assert only_request(server).url.path == path_of("product_read_after_delete")


@pytest.mark.parametrize("name", ["product_delete", "product_delete_unknown"])
async def test_delete_product_sends_delete_and_an_unknown_id_is_no_error(name):
    server, medusa = serve(name)
    await medusa.delete_product(path_of(name).rsplit("/", 1)[1])
    request = only_request(server)
    assert (request.method, request.url.path) == ("DELETE", path_of(name))


# ---------------------------------------------------------------- variants and options


async def test_batch_variants_sends_create_update_delete_and_returns_the_body():
    server, medusa = serve("variants_batch")
    sent = recorded("variants_batch")["request"]["json"]
    pid = path_of("variants_batch").split("/")[3]
    result = await medusa.batch_variants(
        pid, create=sent["create"], update=sent["update"], delete=sent["delete"]
    )
    assert sent_json(only_request(server)) == sent
    assert result == body_of("variants_batch")
    assert result["deleted"]["ids"] == sent["delete"]


async def test_batch_variants_with_a_duplicate_sku_is_a_validation_error():
    server, medusa = serve("variants_batch_duplicate_sku_error")
    sent = recorded("variants_batch_duplicate_sku_error")["request"]["json"]
    pid = path_of("variants_batch_duplicate_sku_error").split("/")[3]
    with pytest.raises(Validation, match="already exists"):
        await medusa.batch_variants(pid, create=sent["create"])
    assert sent_json(only_request(server)) == sent


async def test_an_empty_variants_batch_sends_nothing():
    server = FakeServer()
    with pytest.raises(ValueError):
        await structure(server).batch_variants("prod_1")
    assert server.requests == []


async def test_batch_options_wraps_plain_new_values_as_value_objects():
    server, medusa = serve("options_batch_add")
    sent = recorded("options_batch_add")["request"]
    pid = path_of("options_batch_add").split("/")[3]
    [change] = sent["json"]["update"]
    result = await medusa.batch_options(
        pid,
        add=sent["json"]["add"],
        update=[{"product_option_id": change["product_option_id"], "add": ["XL"]}],
    )
    request = only_request(server)
    assert sent_json(request) == sent["json"]  # add: [{"value": "XL"}], as recorded
    assert (
        params_of(request) == {"fields": [OPTIONS_FIELDS]} == {"fields": [sent["params"]["fields"]]}
    )
    assert result == body_of("options_batch_add")["product"]


async def test_batch_options_removes_options_and_values():
    server, medusa = serve("option_value_remove_via_batch")
    sent = recorded("option_value_remove_via_batch")["request"]["json"]
    pid = path_of("option_value_remove_via_batch").split("/")[3]
    result = await medusa.batch_options(pid, update=sent["update"])
    assert sent_json(only_request(server)) == sent
    values = [v["value"] for o in result["options"] if o["title"] == "Size" for v in o["values"]]
    assert "XL" not in values


async def test_removing_an_option_the_variants_use_is_a_validation_error():
    server, medusa = serve("options_batch_remove_in_use")
    sent = recorded("options_batch_remove_in_use")["request"]["json"]
    pid = path_of("options_batch_remove_in_use").split("/")[3]
    with pytest.raises(Validation, match="Cannot unassign product option"):
        await medusa.batch_options(pid, remove=sent["remove"])
    assert sent_json(only_request(server)) == {"remove": sent["remove"]}


async def test_rename_option_posts_the_title_and_returns_the_option():
    server, medusa = serve("option_rename")
    title = recorded("option_rename")["request"]["json"]["title"]
    option = await medusa.rename_option(path_of("option_rename").rsplit("/", 1)[1], title)
    assert sent_json(only_request(server)) == {"title": title}
    assert option == body_of("option_rename")["product_option"]
    assert option["title"] == title and option["is_exclusive"] is False


@pytest.mark.parametrize("name", ["option_delete", "option_delete_missing"])
async def test_delete_option_sends_delete_and_an_already_deleted_one_is_no_error(name):
    server, medusa = serve(name)
    await medusa.delete_option(path_of(name).rsplit("/", 1)[1])
    request = only_request(server)
    assert (request.method, request.url.path) == ("DELETE", path_of(name))


# ---------------------------------------------------------------- stock


async def test_variant_levels_reads_the_levels_per_variant():
    assert recorded("product_variant_levels")["request"]["params"] == {"fields": LEVELS_FIELDS}
    server, medusa = serve("product_variant_levels")
    product = body_of("product_variant_levels")["product"]
    result = await medusa.variant_levels(product["id"])
    assert params_of(only_request(server)) == {"fields": [LEVELS_FIELDS]}
    assert [r["variant_id"] for r in result] == [v["id"] for v in product["variants"]]
    # The recorded product: one variant with a level (4 in stock), one whose item has
    # none yet, one that does not manage inventory.
    [stocked] = [r for r in result if r["levels"]]
    [unmanaged] = [r for r in result if r["inventory_item_id"] is None]
    [empty] = [r for r in result if r not in (stocked, unmanaged)]
    raw = next(v for v in product["variants"] if v["id"] == stocked["variant_id"])
    [item] = raw["inventory_items"]
    [level] = item["inventory"]["location_levels"]
    assert stocked["inventory_item_id"] == item["inventory_item_id"]
    assert stocked["levels"] == [
        {
            "id": level["id"],
            "location_id": level["location_id"],
            "stocked_quantity": 4,
            "reserved_quantity": 0,
            "available_quantity": 4,
        }
    ]
    assert empty["inventory_item_id"] is not None and empty["levels"] == []
    assert unmanaged["levels"] == []


def test_levels_of_reads_a_whole_product_read_with_two_locations():
    product = body_of("product_read_full_after")["product"]
    by_variant = {r["variant_id"]: r for r in levels_of(product)}
    blue = next(v for v in product["variants"] if v["title"] == "L / Blue")
    stock = {lv["location_id"]: lv["stocked_quantity"] for lv in by_variant[blue["id"]]["levels"]}
    assert sorted(stock.values()) == [4, 8]
    assert (
        by_variant[blue["id"]]["inventory_item_id"]
        == blue["inventory_items"][0]["inventory_item_id"]
    )


async def test_inventory_levels_reads_many_items_in_one_request():
    server, medusa = serve("inventory_items_levels_by_id")
    ids = recorded("inventory_items_levels_by_id")["request"]["params"]["id[]"]
    levels = await medusa.inventory_levels([*ids, ids[0]])  # a repeated id is asked once
    assert params_of(only_request(server)) == {
        "id[]": ids,
        "fields": [ITEM_LEVELS_FIELDS],
        "limit": ["2"],
    }
    [first, second] = body_of("inventory_items_levels_by_id")["inventory_items"]
    assert levels[second["id"]] == []
    [level] = levels[first["id"]]
    assert level["stocked_quantity"] == first["location_levels"][0]["stocked_quantity"]
    assert set(level) == {
        "id",
        "location_id",
        "stocked_quantity",
        "reserved_quantity",
        "available_quantity",
    }


async def test_inventory_levels_asks_100_ids_at_a_time_with_a_limit_to_match():
    server = FakeServer()
    # The recorded reply for ids that no longer exist: an empty list.
    server.route("GET", "/admin/inventory-items", reply("inventory_items_after_product_delete"))
    ids = [f"iitem_{n:03d}" for n in range(250)]
    levels = await structure(server).inventory_levels(ids)
    assert levels == {}  # items that do not exist are absent
    asked = [params_of(r) for r in server.requests]
    assert [len(p["id[]"]) for p in asked] == [100, 100, 50]
    assert [p["limit"] for p in asked] == [["100"], ["100"], ["50"]]
    assert [i for p in asked for i in p["id[]"]] == ids


async def test_inventory_levels_of_no_items_sends_nothing():
    server = FakeServer()
    assert await structure(server).inventory_levels([]) == {}
    assert server.requests == []


def _levels_batch_answer(request: httpx.Request) -> httpx.Response:
    """Answers each chunk with the recorded levels of the operations it carries."""
    recorded_body = body_of("inventory_levels_batch")
    sent = sent_json(request)

    def matching(kind: str, levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
        keys = {(op["inventory_item_id"], op["location_id"]) for op in sent.get(kind, [])}
        return [lv for lv in levels if (lv["inventory_item_id"], lv["location_id"]) in keys]

    return httpx.Response(
        200,
        json={
            "created": matching("create", recorded_body["created"]),
            "updated": matching("update", recorded_body["updated"]),
        },
    )


async def test_batch_levels_sends_the_recorded_batch_and_merges_the_result():
    server, medusa = serve("inventory_levels_batch")
    sent = recorded("inventory_levels_batch")["request"]["json"]
    result = await medusa.batch_levels(create=sent["create"], update=sent["update"])
    assert sent_json(only_request(server)) == sent
    recorded_body = body_of("inventory_levels_batch")
    assert "deleted" not in recorded_body  # left out by Medusa when nothing was deleted
    assert result == {
        "created": recorded_body["created"],
        "updated": recorded_body["updated"],
        "deleted": [],
    }


async def test_batch_levels_chunks_the_operations_and_merges_in_order():
    server = FakeServer()
    server.route("POST", LEVELS_BATCH, _levels_batch_answer)
    sent = recorded("inventory_levels_batch")["request"]["json"]
    result = await structure(server).batch_levels(
        create=sent["create"], update=sent["update"], chunk_size=3
    )
    bodies = [sent_json(r) for r in server.requests]
    assert bodies == [
        {"create": sent["create"][:3]},
        {"create": sent["create"][3:], "update": sent["update"]},
    ]
    recorded_body = body_of("inventory_levels_batch")
    assert result["created"] == recorded_body["created"]
    assert result["updated"] == recorded_body["updated"]


async def test_batch_levels_with_nothing_to_do_sends_nothing():
    server = FakeServer()
    assert await structure(server).batch_levels() == {"created": [], "updated": [], "deleted": []}
    assert server.requests == []


async def test_batch_levels_deletes_stocked_levels_with_force():
    server, medusa = serve("inventory_levels_batch_delete")
    sent = recorded("inventory_levels_batch_delete")["request"]["json"]
    result = await medusa.batch_levels(update=sent["update"], delete=sent["delete"], force=True)
    assert sent_json(only_request(server)) == sent
    assert result["deleted"] == sent["delete"]  # level ids
    assert result["updated"] == body_of("inventory_levels_batch_delete")["updated"]


async def test_deleting_a_stocked_level_without_force_is_refused():
    server, medusa = serve("inventory_levels_batch_delete_stocked_error")
    sent = recorded("inventory_levels_batch_delete_stocked_error")["request"]["json"]
    with pytest.raises(Validation, match="Use force flag"):
        await medusa.batch_levels(delete=sent["delete"])
    assert sent_json(only_request(server)) == sent  # no "force" unless asked


async def test_a_negative_quantity_in_a_batch_names_the_field_path():
    server, medusa = serve("inventory_levels_batch_negative_error")
    sent = recorded("inventory_levels_batch_negative_error")["request"]["json"]
    with pytest.raises(Validation) as caught:
        await medusa.batch_levels(update=sent["update"])
    assert sent_json(only_request(server)) == sent
    assert list(caught.value.field_errors) == ["update.0.stocked_quantity"]
    assert "too small" in caught.value.field_errors["update.0.stocked_quantity"]


async def test_updating_a_level_that_does_not_exist_is_not_found():
    server, medusa = serve("inventory_levels_batch_update_missing_error")
    sent = recorded("inventory_levels_batch_update_missing_error")["request"]["json"]
    with pytest.raises(NotFound, match="is not stocked at location"):
        await medusa.batch_levels(update=sent["update"])
    assert sent_json(only_request(server)) == sent  # update never falls back to create


async def test_a_later_chunk_failing_says_what_was_saved():
    server = FakeServer()
    ok_chunk = _levels_batch_answer
    refused = reply("inventory_levels_batch_negative_error")
    answers = iter([ok_chunk, lambda _: refused])
    server.route("POST", LEVELS_BATCH, lambda request: next(answers)(request))
    sent = recorded("inventory_levels_batch")["request"]["json"]
    bad = recorded("inventory_levels_batch_negative_error")["request"]["json"]["update"]
    with pytest.raises(LevelsBatchIncomplete) as caught:
        await structure(server).batch_levels(
            create=sent["create"][:2], update=[*bad, *sent["update"]], chunk_size=2
        )
    err = caught.value
    assert isinstance(err.cause, Validation)
    assert err.result["created"] == body_of("inventory_levels_batch")["created"][:2]
    assert err.failed == [("update", bad[0]), ("update", sent["update"][0])]
    assert err.pending == []
    assert "Saved 2 of 4 stock changes" in err.message
    assert len(server.requests) == 2


async def test_a_first_chunk_failing_raises_its_own_error():
    server, medusa = serve("inventory_levels_batch_negative_error")
    bad = recorded("inventory_levels_batch_negative_error")["request"]["json"]["update"]
    with pytest.raises(Validation):
        await medusa.batch_levels(update=bad * 3, chunk_size=1)
    assert len(server.requests) == 1


async def test_set_level_updates_an_existing_level():
    server, medusa = serve("inventory_level_update")
    _, _, _, iid, _, location = path_of("inventory_level_update").split("/")
    item = await medusa.set_level(iid, location, 7, exists=True)
    request = only_request(server)
    assert request.url.path == path_of("inventory_level_update")
    assert sent_json(request) == recorded("inventory_level_update")["request"]["json"]
    assert item == body_of("inventory_level_update")["inventory_item"]  # the item, not the level
    assert item["location_levels"][0]["stocked_quantity"] == 7


async def test_set_level_creates_a_new_level():
    server, medusa = serve("inventory_level_create")
    sent = recorded("inventory_level_create")["request"]["json"]
    iid = path_of("inventory_level_create").split("/")[3]
    item = await medusa.set_level(iid, sent["location_id"], 5, exists=False)
    assert sent_json(only_request(server)) == sent
    assert item["id"] == iid


async def test_set_level_to_a_negative_quantity_names_the_field():
    server, medusa = serve("inventory_level_negative_error")
    _, _, _, iid, _, location = path_of("inventory_level_negative_error").split("/")
    with pytest.raises(Validation) as caught:
        await medusa.set_level(iid, location, -1, exists=True)
    assert sent_json(only_request(server)) == {"stocked_quantity": -1}
    assert list(caught.value.field_errors) == ["stocked_quantity"]


async def test_stock_locations_lists_all_and_create_returns_the_location():
    server, medusa = serve("stock_locations_list")
    locations = await medusa.stock_locations()
    assert params_of(only_request(server)) == {
        "fields": [recorded("stock_locations_list")["request"]["params"]["fields"]],
        "limit": [str(PAGE_SIZE)],
        "offset": ["0"],
    }
    assert locations == body_of("stock_locations_list")["stock_locations"]

    server, medusa = serve("stock_location_create")
    name = recorded("stock_location_create")["request"]["json"]["name"]
    location = await medusa.create_stock_location(name)
    assert sent_json(only_request(server)) == {"name": name}
    assert location == body_of("stock_location_create")["stock_location"]


# ---------------------------------------------------------------- organising


async def test_categories_pages_until_count():
    server = FakeServer()
    pages = {"0": reply("categories_list_page1"), "1": reply("categories_list_page2")}
    server.route("GET", "/admin/product-categories", lambda r: pages[r.url.params["offset"]])
    categories = await structure(server, page_size=1).categories()
    assert [params_of(r)["offset"] for r in server.requests] == [["0"], ["1"]]
    assert all(params_of(r)["limit"] == ["1"] for r in server.requests)
    assert categories == body_of("categories_list")["product_categories"]
    top, sub = categories
    assert top["parent_category_id"] is None and sub["parent_category_id"] == top["id"]


async def test_a_list_stops_on_an_empty_page_even_if_count_says_more():
    server = FakeServer()
    page = body_of("categories_list_page1")
    pages = [
        httpx.Response(200, json=page),
        httpx.Response(200, json={**page, "product_categories": []}),
    ]
    server.route("GET", "/admin/product-categories", pages)
    categories = await structure(server, page_size=1).categories()
    assert categories == page["product_categories"]
    assert len(server.requests) == 2


LISTS = [
    ("categories", "categories_list", "product_categories"),
    ("collections", "collections_list", "collections"),
    ("tags", "tags_list", "product_tags"),
    ("types", "types_list", "product_types"),
    ("sales_channels", "sales_channels_list", "sales_channels"),
]


@pytest.mark.parametrize(("method", "name", "key"), LISTS)
async def test_lists_ask_for_the_recorded_fields_with_an_explicit_limit(method, name, key):
    server, medusa = serve(name)
    rows = await getattr(medusa, method)()
    params = params_of(only_request(server))
    assert params["fields"] == [recorded(name)["request"]["params"]["fields"]]
    # Medusa's default limits differ per route (10, 20, 50): never rely on them.
    assert params["limit"] == [str(PAGE_SIZE)] and params["offset"] == ["0"]
    assert rows == body_of(name)[key]


CREATES: list[tuple[str, Callable[[MedusaStructure, dict[str, Any]], Any], str, list[str]]] = [
    (
        "category_create_child",
        lambda m, j: m.create_category(
            j["name"], parent_id=j["parent_category_id"], handle=j["handle"]
        ),
        "product_category",
        ["name", "handle", "parent_category_id"],
    ),
    (
        "category_create_parent",
        lambda m, j: m.create_category(j["name"]),
        "product_category",
        ["name"],
    ),
    (
        "collection_create",
        lambda m, j: m.create_collection(j["title"], handle=j["handle"]),
        "collection",
        ["title", "handle"],
    ),
    ("tag_create", lambda m, j: m.create_tag(j["value"]), "product_tag", ["value"]),
    ("type_create", lambda m, j: m.create_type(j["value"]), "product_type", ["value"]),
    (
        "sales_channel_create",
        lambda m, j: m.create_sales_channel(j["name"]),
        "sales_channel",
        ["name"],
    ),
]


@pytest.mark.parametrize(("name", "call", "key", "fields"), CREATES, ids=[c[0] for c in CREATES])
async def test_creates_post_the_fields_and_return_the_record(name, call, key, fields):
    server, medusa = serve(name)
    sent = recorded(name)["request"]["json"]
    record = await call(medusa, sent)
    request = only_request(server)
    assert (request.method, request.url.path) == ("POST", path_of(name))
    assert sent_json(request) == {field: sent[field] for field in fields}
    assert record == body_of(name)[key]


async def test_delete_category_sends_delete():
    server, medusa = serve("category_delete")
    await medusa.delete_category(path_of("category_delete").rsplit("/", 1)[1])
    request = only_request(server)
    assert (request.method, request.url.path) == ("DELETE", path_of("category_delete"))


async def test_store_currencies_are_the_lower_case_supported_codes():
    server, medusa = serve("store_list")
    assert await medusa.store_currencies() == ["eur"]
    assert params_of(only_request(server)) == {"fields": ["id,*supported_currencies"]}


# ---------------------------------------------------------------- images


def _parts(request: httpx.Request) -> list[tuple[str, str, bytes]]:
    """(field, filename, content) of each part of a multipart request."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.split(b"\r\n")[0].decode()
        field = disposition.split('name="')[1].split('"')[0]
        filename = disposition.split('filename="')[1].split('"')[0]
        parts.append((field, filename, content))
    return parts


async def test_upload_sends_each_file_as_a_files_part():
    server, medusa = serve("upload_files")
    names = [p["filename"] for p in recorded("upload_files")["request"]["multipart"]]
    files = [(names[0], b"\x89PNG front", "image/png"), (names[1], b"\x89PNG back", "image/png")]
    uploaded = await medusa.upload(files)
    request = only_request(server)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["authorization"].startswith("Basic ")
    assert _parts(request) == [
        ("files", names[0], b"\x89PNG front"),
        ("files", names[1], b"\x89PNG back"),
    ]
    assert uploaded == body_of("upload_files")["files"]


async def test_upload_logs_in_again_once_on_401_and_resends_the_files():
    server = FakeServer()
    server.route(
        "POST",
        "/auth/user/emailpass",
        [fakes.json_response(200, {"token": fakes.medusa_jwt(exp=2**40)})],
    )
    server.route(
        "POST",
        "/admin/uploads",
        [fakes.json_response(401, fakes.MEDUSA_401), reply("upload_files")],
    )
    medusa = structure(server, EmailPassword("admin@test.local", "pw"))
    uploaded = await medusa.upload([("a.png", b"png", "image/png")])
    assert uploaded == body_of("upload_files")["files"]
    uploads = server.calls("POST", "/admin/uploads")
    assert len(uploads) == 2 and len(server.calls("POST", "/auth/user/emailpass")) == 2
    assert [_parts(r) for r in uploads] == [[("files", "a.png", b"png")]] * 2


async def test_an_upload_medusa_fails_is_a_server_error():
    server, medusa = serve("upload_no_files_error")
    with pytest.raises(ServerError):
        await medusa.upload([("x.txt", b"x", "text/plain")])
    assert len(server.requests) == 1  # a 500 on an upload is not repeated


async def test_upload_of_nothing_sends_nothing():
    server = FakeServer()
    with pytest.raises(ValueError):
        await structure(server).upload([])
    assert server.requests == []


@pytest.mark.parametrize("name", ["product_set_images", "product_set_images_no_thumbnail"])
async def test_set_images_posts_thumbnail_and_image_urls(name):
    server, medusa = serve(name)
    sent = recorded(name)["request"]
    product = await medusa.set_images(
        path_of(name).rsplit("/", 1)[1],
        thumbnail=sent["json"]["thumbnail"],
        images=[image["url"] for image in sent["json"]["images"]],
    )
    request = only_request(server)
    assert sent_json(request) == sent["json"]
    assert (
        params_of(request) == {"fields": [IMAGES_FIELDS]} == {"fields": [sent["params"]["fields"]]}
    )
    assert product == body_of(name)["product"]
    assert [image["rank"] for image in product["images"]] == list(range(len(product["images"])))


# ---------------------------------------------------------------- retries

NOT_SENT = httpx.ConnectError("[Errno 111] Connection refused")

NEVER_REPEATED: list[tuple[str, str, Callable[[MedusaStructure], Any]]] = [
    ("product_create", "POST", lambda m: m.create_product({"title": "x"})),
    ("variants_batch", "POST", lambda m: m.batch_variants("p", create=[{"title": "x"}])),
    (
        "options_batch_add",
        "POST",
        lambda m: m.batch_options("p", update=[{"product_option_id": "o", "add": ["XL"]}]),
    ),
    ("inventory_level_create", "POST", lambda m: m.set_level("i", "l", 1, exists=False)),
    (
        "inventory_levels_batch",
        "POST",
        lambda m: m.batch_levels(create=[{"inventory_item_id": "i"}]),
    ),
    ("stock_location_create", "POST", lambda m: m.create_stock_location("x")),
    ("tag_create", "POST", lambda m: m.create_tag("x")),
    ("upload_files", "POST", lambda m: m.upload([("a.png", b"", "image/png")])),
]
REPEATED_BEFORE_SEND: list[tuple[str, str, Callable[[MedusaStructure], Any]]] = [
    ("product_delete", "DELETE", lambda m: m.delete_product("p")),
    ("variants_batch", "POST", lambda m: m.batch_variants("p", delete=["v"])),
    ("option_value_remove_via_batch", "POST", lambda m: m.batch_options("p", remove=["o"])),
    ("option_rename", "POST", lambda m: m.rename_option("o", "x")),
    ("option_delete", "DELETE", lambda m: m.delete_option("o")),
    ("inventory_level_update", "POST", lambda m: m.set_level("i", "l", 1, exists=True)),
    (
        "inventory_levels_batch",
        "POST",
        lambda m: m.batch_levels(update=[{"inventory_item_id": "i"}]),
    ),
    ("product_set_images", "POST", lambda m: m.set_images("p", thumbnail=None, images=[])),
]


class AnyPath(FakeServer):
    """Answers every request with ``answers`` in turn (the last one repeated)."""

    def __init__(self, answers: list[Any]) -> None:
        super().__init__()
        self.answers = list(answers)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(item, Exception):
            raise item
        return item


@pytest.mark.parametrize(
    ("name", "method", "call"), NEVER_REPEATED, ids=[c[0] for c in NEVER_REPEATED]
)
async def test_creates_are_never_repeated(name, method, call):
    server = AnyPath([NOT_SENT, reply(name)])
    with pytest.raises(Unreachable):
        await call(structure(server))
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("name", "method", "call"), REPEATED_BEFORE_SEND, ids=[c[0] for c in REPEATED_BEFORE_SEND]
)
async def test_updates_and_deletes_are_repeated_when_not_sent(name, method, call):
    server = AnyPath([NOT_SENT, reply(name)])
    await call(structure(server))
    assert len(server.requests) == 2


async def test_reads_are_repeated_on_a_bad_gateway():
    server = AnyPath([httpx.Response(502, text="bad gateway"), reply("store_list")])
    assert await structure(server).store_currencies() == ["eur"]
    assert len(server.requests) == 2
