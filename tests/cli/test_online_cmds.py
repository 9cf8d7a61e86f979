"""``products create --push`` against a fake Medusa answering in recorded shapes (the
end-to-end push against the real stack is tests/e2e/products)."""

from __future__ import annotations

from tests.cli.catalog_shop import Shop
from tests.cli.fake_medusa import FakeMedusa


def test_create_push_prints_the_medusa_id(cli: Shop, medusa: FakeMedusa) -> None:
    result = cli.online(medusa.transports(), "products", "create", "--title", "Linen Shirt",
                        "--option", "Size=S,M", "--price", "eur=25", "--sku-prefix", "SH",
                        "--tag", "eco", "--push")
    assert result.code == 0, result.out
    body = result.json
    assert body["medusa_id"].startswith("prod_") and body["id"].startswith("local_prod_")
    assert body["push"]["operations"]["created"] == 1
    assert all(v["id"].startswith("variant_") for v in body["variants"])
    [(method, path, sent)] = medusa.requests
    assert (method, path) == ("POST", "/admin/products")
    assert sent["tags"] == [{"id": "ptag_eco"}]
    assert sorted(v["sku"] for v in sent["variants"]) == ["SH-M", "SH-S"]
    # The local id still names the product, now Medusa's.
    assert cli.detail(body["id"]).product_id == body["medusa_id"]
    listed = cli.json("variants", "list", body["id"]).json
    assert listed["product_id"] == body["medusa_id"]
    assert all(v["id"].startswith("variant_") for v in listed["variants"])


def test_a_refused_create_is_kept_and_reported_with_its_field(
        cli: Shop, medusa: FakeMedusa) -> None:
    medusa.handles.add("cap")
    result = cli.online(medusa.transports(), "products", "create", "--title", "Cap", "--push")
    assert result.code == 1
    body = result.json
    assert body["ok"] is False and body["medusa_id"] is None
    assert body["error"] == {"code": "push_failed", "field": "handle",
                             "message": "Not created in Medusa: Product with handle: cap, "
                                        "already exists."}
    assert cli.detail(body["id"]).draft  # still there, to fix and push again


def test_push_without_credentials_keeps_the_product(cli: Shop) -> None:
    result = cli.json("products", "create", "--title", "Cap", "--push")
    assert result.code == 1
    assert result.json["error"]["code"] == "not_connected"
    assert cli.detail(result.json["id"]).medusa["title"] == "Cap"

