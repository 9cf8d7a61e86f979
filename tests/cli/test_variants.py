"""``desktop-app variants list | add | update | remove`` and ``options …``, offline."""

from __future__ import annotations

from tests.cli.catalog_shop import Shop


def test_list_shows_options_variants_prices_and_stock(cli: Shop) -> None:
    result = cli.json("variants", "list", "prod_mug")
    assert result.code == 0
    body = result.json
    assert body["options"] == [{"id": "opt_size", "title": "Size", "values": ["S", "M"]}]
    first = body["variants"][0]
    assert set(first) == {"id", "title", "sku", "barcode", "ean", "upc", "options", "prices",
                          "weight", "length", "height", "width", "manage_inventory",
                          "allow_backorder", "stock"}
    assert (first["id"], first["options"], first["stock"]) == (
        "var_s", {"Size": "S"}, {"sloc_main": 4})
    text = cli.run("variants", "list", "prod_mug").out.splitlines()
    assert text[0].split() == ["Id", "Title", "SKU", "Options", "Prices", "Stocked"]
    assert text[2].split() == ["var_s", "S", "MUG-S", "Size=S", "eur=10", "4"]


def test_add_a_variant_to_a_draft_and_to_a_pulled_product(cli: Shop) -> None:
    draft = cli.json("products", "create", "--title", "Shirt", "--option", "Size=S,M,L",
                     "--price", "eur=20").json["id"]
    added = cli.json("variants", "add", draft, "--option", "size=L", "--sku", "SH-L2",
                     "--price", "eur=22", "--stock", "Backroom=3")
    assert added.code == 1  # S, M and L exist already: one variant per combination
    assert added.json["error"]["field"] == "options"
    cli.json("options", "values", draft, "Size", "--add", "XL")
    added = cli.json("variants", "add", draft, "--option", "size=XL", "--sku", "SH-XL",
                     "--price", "eur=22", "--stock", "Backroom=3")
    assert added.code == 0, added.out
    assert (added.json["variant"]["sku"], added.json["variant"]["stock"]) == (
        "SH-XL", {"sloc_back": 3})
    record = cli.detail(draft).medusa  # a draft changes in place: its create sends it all
    assert [v["sku"] for v in record["variants"]][-1] == "SH-XL"
    assert [op.kind for op in cli.detail(draft).operations] == ["create"]

    result = cli.json("variants", "add", "prod_mug", "--option", "Size=S", "--sku", "X")
    assert result.json["error"]["message"].startswith("Variant var_s already has Size=S")
    cli.json("options", "values", "prod_mug", "Size", "--add", "XL")
    result = cli.json("variants", "add", "prod_mug", "--option", "Size=XL", "--sku",
                      "MUG-XL", "--stock", "Main warehouse=7")
    assert result.code == 0, result.out
    variant = result.json["variant"]
    assert variant["id"].startswith("local_var_") and variant["title"] == "XL"
    assert variant["prices"] == [{"currency_code": "eur", "amount": 10}]  # the first's
    assert variant["stock"] == {"sloc_main": 7}
    pending = cli.detail("prod_mug").operations
    assert [op.kind for op in pending] == ["option.values", "variant.add"]
    # The add carries the variant's stock until Medusa has made it.
    assert pending[1].args["variant"]["levels"] == {"sloc_main": {"stocked": 7, "reserved": 0}}


def test_add_names_a_missing_option_value_and_a_taken_sku(cli: Shop) -> None:
    missing = cli.json("variants", "add", "prod_mug", "--option", "Size=XXL")
    assert "add it with 'desktop-app options values prod_mug Size --add XXL'" in \
        missing.json["error"]["message"]
    unpicked = cli.json("variants", "add", "prod_mug")
    assert unpicked.code == 2 and "Pick a value of Size" in unpicked.json["error"]["message"]
    cli.json("options", "values", "prod_mug", "Size", "--add", "XL")
    taken = cli.json("variants", "add", "prod_mug", "--option", "Size=XL", "--sku", "MUG-S")
    assert taken.json["error"]["field"] == "sku"


def test_update_records_only_what_changes(cli: Shop) -> None:
    result = cli.json("variants", "update", "prod_mug", "MUG-S", "--price", "usd=11",
                      "--barcode", "4006381333931", "--weight", "350", "--sku", "MUG-S",
                      "--allow-backorder")
    assert result.code == 0, result.out
    assert result.json["changed"] == ["allow_backorder", "barcode", "prices", "weight"]
    variant = result.json["variant"]
    assert variant["prices"] == [{"currency_code": "eur", "amount": 10},
                                 {"currency_code": "usd", "amount": 11}]
    assert (variant["barcode"], variant["weight"], variant["allow_backorder"]) == (
        "4006381333931", 350, True)
    fields = sorted(e.field for e in cli.detail("prod_mug").edits)
    assert fields == ["variants.var_s.allow_backorder", "variants.var_s.barcode",
                      "variants.var_s.prices", "variants.var_s.weight"]

    dropped = cli.json("variants", "update", "prod_mug", "var_s", "--remove-price", "eur",
                       "--weight", "none")
    assert dropped.json["variant"]["prices"] == [{"currency_code": "usd", "amount": 11}]
    assert dropped.json["variant"]["weight"] is None


def test_update_refuses_bad_values_and_nothing_to_change(cli: Shop) -> None:
    assert cli.json("variants", "update", "prod_mug", "var_s").json["error"]["code"] == "usage"
    bad = cli.json("variants", "update", "prod_mug", "var_s", "--weight", "-2")
    assert (bad.code, bad.json["error"]["field"]) == (2, "weight")
    taken = cli.json("variants", "update", "prod_mug", "var_s", "--sku", "MUG-M")
    assert taken.json["error"]["field"] == "sku"
    unknown = cli.json("variants", "update", "prod_mug", "var_nope", "--sku", "Y")
    assert unknown.json["error"]["code"] == "unknown_variant"
    assert cli.catalog_state() == (0, 0)


def test_remove_a_variant(cli: Shop) -> None:
    result = cli.json("variants", "remove", "prod_mug", "MUG-M")
    assert result.json == {"ok": True, "product_id": "prod_mug", "removed": "var_m"}
    listed = cli.json("variants", "list", "prod_mug").json["variants"]
    assert [v["id"] for v in listed] == ["var_s"]


def test_options_add_rename_values_remove(cli: Shop) -> None:
    added = cli.json("options", "add", "prod_mug", "Material", "--values", "Clay,Glass")
    assert added.code == 0
    assert added.json["options"][-1]["values"] == ["Clay", "Glass"]
    twice = cli.json("options", "add", "prod_mug", "material", "--values", "x")
    assert twice.json["error"]["message"] == "The product already has an option Material."

    renamed = cli.json("options", "rename", "prod_mug", "size", "Mug size")
    assert [o["title"] for o in renamed.json["options"]] == ["Mug size", "Material"]
    in_use = cli.json("options", "values", "prod_mug", "opt_size", "--remove", "S")
    assert "used by MUG-S" in in_use.json["error"]["message"]
    removed = cli.json("options", "remove", "prod_mug", "Material")
    assert [o["title"] for o in removed.json["options"]] == ["Mug size"]
    kinds = [op.kind for op in cli.detail("prod_mug").operations]
    assert kinds == ["option.rename"]  # an option added and removed before a push: nothing
