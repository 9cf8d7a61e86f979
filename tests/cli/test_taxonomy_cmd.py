"""``desktop-app categories | collections | tags | types | channels | locations |
currencies``: listing offline, creating in Medusa (a fake answering in recorded shapes)."""

from __future__ import annotations

from desktop_app.cli import taxonomy_cmd
from desktop_app.cli.main import build_parser
from tests.cli.catalog_shop import Shop, seed
from tests.cli.fake_medusa import FakeMedusa


def test_every_group_lists_and_all_but_currencies_create() -> None:
    parser = build_parser()
    for group in taxonomy_cmd.GROUPS:
        assert parser.parse_args([group, "list"]).func is taxonomy_cmd.cmd_list
    for group in ("categories", "collections", "tags", "types", "channels", "locations"):
        assert parser.parse_args([group, "create", "x"]).func is taxonomy_cmd.cmd_create


def test_list_as_json_and_text(cli: Shop) -> None:
    result = cli.json("channels", "list")
    assert result.json == {"ok": True, "kind": "channel", "terms": [
        {"id": "sc_pos", "name": "Shop floor", "parent_id": None, "handle": None},
        {"id": "sc_web", "name": "Webshop", "parent_id": None, "handle": None}]}
    assert [t["id"] for t in cli.json("currencies", "list").json["terms"]] == ["eur", "usd"]
    lines = cli.run("categories", "list", "--tree").out.splitlines()
    assert lines[0].split() == ["Id", "Name", "Handle"]
    assert lines[3].split() == ["pcat_tea", "Tea", "cups", "tea-cups"]
    assert lines[3].index("Tea") > lines[2].index("Cups")  # indented under its parent


def test_an_empty_store_says_where_terms_come_from(capsys) -> None:
    seed(terms=False)
    result = Shop(capsys).run("tags", "list")
    assert (result.code, result.out) == (0, "")
    assert "No tags stored; 'desktop-app pull' reads them." in result.err


def test_terms_are_created_in_medusa_and_usable_offline_at_once(
        cli: Shop, medusa: FakeMedusa) -> None:
    tag = cli.online(medusa.transports(), "tags", "create", "summer")
    assert tag.code == 0, tag.out
    assert tag.json["term"]["name"] == "summer"
    child = cli.online(medusa.transports(), "categories", "create", "Espresso cups",
                       "--parent", "Cups")
    assert child.json["term"]["parent_id"] == "pcat_cups"
    assert medusa.requests[-1][2]["parent_category_id"] == "pcat_cups"

    assert cli.json("products", "assign", "prod_mug", "--tag", "summer").code == 0
    assert cli.detail("prod_mug").medusa["tags"] == [tag.json["term"]["id"]]
    tree = cli.json("categories", "list", "--tree").json["terms"]
    assert [(t["name"], t["depth"]) for t in tree] == [
        ("Cups", 0), ("Espresso cups", 1), ("Tea cups", 1), ("Sale", 0)]


def test_creating_a_term_offline_is_a_clear_error(cli: Shop) -> None:
    result = cli.json("collections", "create", "Winter")
    assert result.code == 1
    assert result.json["error"]["code"] == "not_connected"
