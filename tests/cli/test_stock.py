"""``desktop-app stock list | set``, offline."""

from __future__ import annotations

from pathlib import Path

from tests.cli.catalog_shop import Shop


def test_list_is_per_variant_and_location(cli: Shop) -> None:
    result = cli.json("stock", "list", "prod_mug")
    assert result.code == 0
    body = result.json
    assert body["locations"] == [{"id": "sloc_back", "name": "Backroom"},
                                 {"id": "sloc_main", "name": "Main warehouse"}]
    rows = {(r["variant_id"], r["location_id"]): r for r in body["levels"]}
    assert len(rows) == 4
    assert rows["var_s", "sloc_main"] == {
        "variant_id": "var_s", "sku": "MUG-S", "title": "S", "managed": True,
        "location_id": "sloc_main", "location": "Main warehouse", "stocked": 4,
        "reserved": 1, "available": 3}
    assert rows["var_s", "sloc_back"]["stocked"] is None  # no level there
    assert rows["var_m", "sloc_main"]["managed"] is False
    text = cli.run("stock", "list", "prod_mug").out
    assert "not tracked" in text and "Main warehouse" in text


def test_set_one_level_by_sku_and_location_name(cli: Shop) -> None:
    result = cli.json("stock", "set", "prod_mug", "MUG-S", "Backroom", "9")
    assert result.code == 0, result.out
    assert result.json["levels"] == [{"product_id": "prod_mug", "variant_id": "var_s",
                                      "location_id": "sloc_back", "quantity": 9,
                                      "previous": None}]
    [op] = cli.detail("prod_mug").operations
    assert (op.kind, op.args) == ("stock.set", {"variant_id": "var_s",
                                                "location_id": "sloc_back", "quantity": 9})
    assert cli.run("stock", "set", "prod_mug", "var_s", "sloc_main", "0").out.strip() == \
        "prod_mug var_s sloc_main 4 -> 0"


def test_negative_stock_is_refused_before_anything_is_stored(cli: Shop) -> None:
    result = cli.json("stock", "set", "prod_mug", "var_s", "sloc_main", "-3")
    assert result.code == 1
    assert result.json["error"] == {
        "code": "invalid", "field": "quantity",
        "message": "QTY: a stocked quantity cannot be negative (-3)."}
    assert cli.json("stock", "set", "prod_mug", "var_s", "sloc_main", "2.5").code == 2
    assert cli.catalog_state() == (0, 0)


def test_set_refuses_untracked_variants_and_unknown_locations(cli: Shop) -> None:
    untracked = cli.json("stock", "set", "prod_mug", "var_m", "sloc_main", "1")
    assert untracked.json["error"]["field"] == "manage_inventory"
    unknown = cli.json("stock", "set", "prod_mug", "var_s", "Cellar", "1")
    assert unknown.json["error"]["code"] == "unknown_term"
    assert cli.json("stock", "set", "prod_mug", "var_s").json["error"]["code"] == "usage"
    assert cli.catalog_state() == (0, 0)


def test_a_csv_sets_many_levels_in_one_step(cli: Shop, tmp_path: Path) -> None:
    draft = cli.json("products", "create", "--title", "Cap", "--option", "Size=S,M",
                     "--sku-prefix", "CAP").json["id"]
    path = tmp_path / "levels.csv"
    path.write_text("product,variant,location,quantity\n"
                    "prod_mug,MUG-S,Main warehouse,20\n\n"
                    f"{draft},CAP-S,sloc_back,5\n{draft},CAP-M,sloc_back,6\n")
    result = cli.json("stock", "set", "--from-csv", str(path))
    assert result.code == 0, result.out
    assert [lv["quantity"] for lv in result.json["levels"]] == [20, 5, 6]
    assert [op.kind for op in cli.detail("prod_mug").operations] == ["stock.set"]
    stock = {v["sku"]: v["levels"] for v in cli.detail(draft).medusa["variants"]}
    assert stock == {"CAP-S": {"sloc_back": {"stocked": 5, "reserved": 0}},
                     "CAP-M": {"sloc_back": {"stocked": 6, "reserved": 0}}}


def test_one_bad_csv_row_stores_nothing(cli: Shop, tmp_path: Path) -> None:
    path = tmp_path / "levels.csv"
    path.write_text("prod_mug,MUG-S,sloc_main,20\nprod_mug,MUG-S,sloc_back,-1\n")
    result = cli.json("stock", "set", "--from-csv", str(path))
    assert result.code == 1
    assert result.json["error"]["message"].startswith(f"{path} line 2: ")
    path.write_text("prod_mug,MUG-S,sloc_main,20\nprod_mug,var_s,Main warehouse,2\n")
    twice = cli.json("stock", "set", "--from-csv", str(path))
    assert "already set on line 1" in twice.json["error"]["message"]
    missing = cli.json("stock", "set", "--from-csv", str(tmp_path / "nope.csv"))
    assert missing.json["error"]["field"] == "file"
    assert cli.catalog_state() == (0, 0)
