"""``desktop-app products create | duplicate | delete | assign``, offline."""

from __future__ import annotations

import io
import json

import pytest

from desktop_app.cli import product_assign, product_cmds
from desktop_app.cli.main import build_parser
from tests.cli.catalog_shop import Shop, seed


def test_the_commands_are_registered() -> None:
    parser = build_parser()
    assert parser.parse_args(["products", "create", "--title", "x"]).func is \
        product_cmds.cmd_create
    assert parser.parse_args(["products", "duplicate", "p", "--handle", "h"]).func is \
        product_cmds.cmd_duplicate
    assert parser.parse_args(["products", "delete", "p"]).func is product_cmds.cmd_delete
    assert parser.parse_args(["products", "assign", "p", "--tag", "t"]).func is \
        product_assign.cmd_assign


def test_create_offline_makes_every_combination_with_skus_prices_and_terms(cli: Shop) -> None:
    result = cli.json("products", "create", "--title", "Linen Shirt", "--option", "Size=S,M",
                      "--option", "Color=Red, Light Blue", "--price", "eur=25",
                      "--price", "usd=27.50", "--sku-prefix", "SHIRT", "--channel", "Webshop",
                      "--category", "tea-cups", "--tag", "ptag_eco,new",
                      "--collection", "Summer", "--type", "ptyp_shirt")
    assert result.code == 0, result.out
    body = result.json
    assert set(body) == {"ok", "id", "title", "handle", "status", "variants", "medusa_id"}
    assert body["ok"] is True and body["medusa_id"] is None
    assert body["id"].startswith("local_prod_")
    assert (body["handle"], body["status"]) == ("linen-shirt", "draft")
    assert sorted(v["sku"] for v in body["variants"]) == [
        "SHIRT-M-Light-Blue", "SHIRT-M-Red", "SHIRT-S-Light-Blue", "SHIRT-S-Red"]

    record = cli.detail(body["id"]).medusa
    assert record["sales_channels"] == ["sc_web"]  # names and handles became ids
    assert record["categories"] == ["pcat_tea"]
    assert record["tags"] == ["ptag_eco", "ptag_new"]
    assert (record["collection_id"], record["type_id"]) == ("pcol_summer", "ptyp_shirt")
    assert all(v["prices"] == [{"currency_code": "eur", "amount": 25},
                               {"currency_code": "usd", "amount": 27.5}]
               for v in record["variants"])
    assert [op.kind for op in cli.detail(body["id"]).operations] == ["create"]


def test_create_prints_just_the_local_id_as_text(cli: Shop) -> None:
    result = cli.run("products", "create", "--title", "Plain Mug")
    assert result.code == 0
    [pid] = result.out.split()
    assert pid.startswith("local_prod_")
    assert "'desktop-app push' creates it in Medusa" in result.err
    assert cli.detail(pid).medusa["title"] == "Plain Mug"


def test_a_draft_error_names_its_field_in_json_and_stores_nothing(cli: Shop) -> None:
    before = cli.catalog_state()
    result = cli.json("products", "create", "--title", "  ")
    assert result.code == 1
    assert result.json == {"ok": False, "error": {
        "code": "invalid_draft", "field": "title", "message": "A product needs a title."}}
    result = cli.json("products", "create", "--title", "Mug")  # the stored product's handle
    assert result.json["error"]["field"] == "handle"
    assert cli.catalog_state() == before


@pytest.mark.parametrize("argv, code, field", [
    (["--option", "Size"], "usage", "--option"),
    (["--price", "eur=-1"], "usage", "prices"),
    (["--price", "euro=1"], "usage", "prices"),
    (["--price", "gbp=3"], "invalid", "prices"),  # the store sells in EUR and USD only
    (["--category", "Nope"], "unknown_term", "category"),
])
def test_bad_values_are_json_errors_before_anything_is_stored(
        cli: Shop, argv: list[str], code: str, field: str) -> None:
    before = cli.catalog_state()
    result = cli.json("products", "create", "--title", "Cap", *argv)
    assert result.code in (1, 2) and result.json["ok"] is False
    assert (result.json["error"]["code"], result.json["error"]["field"]) == (code, field)
    assert cli.catalog_state() == before


def test_errors_without_json_are_one_line_on_stderr(cli: Shop) -> None:
    result = cli.run("products", "delete", "prod_nope", "--yes")
    assert result.code == 1 and result.out == ""
    assert result.err.strip().splitlines() == [
        "error: No product prod_nope is stored; check the id or run 'desktop-app pull'."]


def test_duplicate_copies_structure_under_a_new_handle(cli: Shop) -> None:
    result = cli.json("products", "duplicate", "prod_mug", "--handle", "mug-2",
                      "--title", "Mug II")
    assert result.code == 0, result.out
    body = result.json
    assert (body["title"], body["handle"], body["status"]) == ("Mug II", "mug-2", "draft")
    assert [v["sku"] for v in body["variants"]] == [None, None]  # SKUs are unique: not copied
    assert cli.detail(body["id"]).medusa["categories"] == ["pcat_cups"]
    taken = cli.json("products", "duplicate", "prod_mug", "--handle", "mug-2")
    assert taken.code == 1 and taken.json["error"]["field"] == "handle"


def test_an_unknown_product_is_a_json_error(cli: Shop) -> None:
    result = cli.json("products", "duplicate", "prod_nope", "--handle", "x")
    assert result.code == 1
    assert result.json["error"]["code"] == "unknown_product"


def test_delete_refuses_without_a_terminal_unless_yes(cli: Shop) -> None:
    result = cli.json("products", "delete", "prod_mug")  # pytest's stdin is no terminal
    assert result.code == 1
    assert result.json["error"]["code"] == "confirmation_required"
    assert cli.catalog_state() == (0, 0)


def test_delete_asks_at_a_terminal(cli: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    result = cli.run("products", "delete", "prod_mug")
    assert result.code == 1 and "Delete 1 product: Mug (prod_mug)?" in result.err
    assert "error: Nothing deleted." in result.err
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert cli.run("products", "delete", "prod_mug").code == 0
    assert [op.kind for op in cli.detail("prod_mug").operations] == ["delete"]


def test_delete_drops_an_unpushed_draft_and_queues_a_server_delete(cli: Shop) -> None:
    draft = cli.json("products", "create", "--title", "Tmp").json["id"]
    result = cli.json("products", "delete", draft, "prod_mug", "--yes")
    assert result.code == 0
    assert result.json == {"ok": True, "deleted": [draft, "prod_mug"],
                           "queued": ["prod_mug"], "dropped": [draft]}
    assert cli.detail(draft) is None
    # Once deleting, the product is no longer something to change.
    gone = cli.json("variants", "list", "prod_mug")
    assert gone.json["error"]["code"] == "unknown_product"


def test_assign_adds_removes_and_clears_for_many_products(cli: Shop) -> None:
    draft = cli.json("products", "create", "--title", "Cup", "--category", "Sale",
                     "--collection", "pcol_summer").json["id"]
    result = cli.json("products", "assign", "prod_mug", draft, "--category", "pcat_tea",
                      "--remove-category", "Cups", "--tag", "new", "--channel", "sc_pos",
                      "--remove-channel", "sc_web", "--collection", "none")
    assert result.code == 0, result.out
    changed = {c["id"]: c["changes"] for c in result.json["changed"]}
    assert changed["prod_mug"] == {"categories": ["pcat_tea"], "tags": ["ptag_new"],
                                   "sales_channels": ["sc_pos"]}
    assert changed[draft]["collection_id"] is None
    mug = cli.detail("prod_mug")
    assert {e.field for e in mug.edits} == {"categories", "tags", "sales_channels"}
    assert mug.medusa["categories"] == ["pcat_tea"]
    assert cli.detail(draft).medusa["categories"] == ["pcat_sale", "pcat_tea"]

    again = cli.json("products", "assign", "prod_mug", "--tag", "ptag_new")
    assert again.json["changed"] == [] and again.json["unchanged"] == ["prod_mug"]


def test_assign_checks_every_id_before_changing_any(cli: Shop) -> None:
    result = cli.json("products", "assign", "prod_mug", "prod_nope", "--tag", "new")
    assert result.code == 1 and result.json["error"]["code"] == "unknown_product"
    nothing = cli.json("products", "assign", "prod_mug")
    assert nothing.code == 2 and nothing.json["error"]["code"] == "usage"
    assert cli.catalog_state() == (0, 0)


def test_no_profile_is_a_json_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli.main import main

    assert main(["products", "create", "--title", "x", "--json"]) == 2
    out = capsys.readouterr().out
    assert '"code": "no_profile"' in out


@pytest.mark.parametrize("argv, words", [
    (["products", "create", "--title", "x", "--status", "weird"], "invalid choice: 'weird'"),
    (["products", "create"], "the following arguments are required: --title"),
    (["stock", "list"], "the following arguments are required: PRODUCT"),
])
def test_argument_errors_are_json_too(cli: Shop, argv: list[str], words: str) -> None:
    with pytest.raises(SystemExit) as info:
        cli.json(*argv)
    assert info.value.code == 2
    error = json.loads(cli.capsys.readouterr().out)["error"]
    assert error["code"] == "usage" and words in error["message"]


def test_before_a_pull_terms_are_taken_by_id_not_by_name(capsys) -> None:
    seed(terms=False)
    shop = Shop(capsys)
    by_name = shop.json("products", "create", "--title", "Cap", "--category", "Cups")
    assert by_name.json["error"]["code"] == "unknown_term"
    assert "run 'desktop-app pull', or give its id (pcat_…)" in by_name.json["error"]["message"]
    by_id = shop.json("products", "create", "--title", "Cap", "--category", "pcat_x")
    assert shop.detail(by_id.json["id"]).medusa["categories"] == ["pcat_x"]
