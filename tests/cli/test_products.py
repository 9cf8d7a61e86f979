"""``desktop-app products list``: the catalog service, headless."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import products
from desktop_app.cli.main import build_parser, main
from desktop_app.config import ProfileStore
from desktop_app.secrets import Secret, SecretKind, open_secret_store
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, fake_shop, shop_profile


@pytest.fixture
def shop() -> FakeShop:
    shop = fake_shop(count=6, linked=5, statuses=("published", "draft"))
    profile = shop_profile()
    ProfileStore().add(profile, activate=True)
    secrets = open_secret_store()  # the root conftest's in-memory keyring backend
    secrets.set(profile.name, SecretKind.MEDUSA_SECRET_KEY, Secret(SECRET_KEY))
    secrets.set(profile.name, SecretKind.PAYLOAD_API_KEY, Secret(PAYLOAD_KEY))
    return shop


def run(shop: FakeShop, *argv: str) -> int:
    args = build_parser().parse_args(["products", "list", *argv])
    assert args.func is products.cmd_list  # registered in the main parser
    return products.cmd_list(args, transports=shop.transports)


def test_json_lists_every_row(shop: FakeShop, capsys) -> None:
    assert run(shop, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 6
    assert set(rows[0]) == {"medusa_id", "title", "handle", "status", "variants", "updated_at",
                            "linked", "payload_id", "updated_in"}
    by_id = {r["medusa_id"]: r for r in rows}
    assert by_id["prod_0000"]["title"] == "Payload title prod_0000"
    assert by_id["prod_0000"]["linked"] is True
    assert by_id["prod_0005"]["linked"] is False
    assert by_id["prod_0005"]["updated_at"].startswith("2026-11-")


def test_search_and_status_filter(shop: FakeShop, capsys) -> None:
    assert run(shop, "--json", "--status", "draft") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in rows} == {"draft"} and len(rows) == 3
    assert run(shop, "--json", "--search", "demo-product-4") == 0
    assert [r["medusa_id"] for r in json.loads(capsys.readouterr().out)] == ["prod_0004"]


def test_table_output(shop: FakeShop, capsys) -> None:
    assert run(shop) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split() == ["Title", "Handle", "Status", "Variants", "Updated", "Payload"]
    assert len(lines) == 2 + 6
    assert any("Medusa title 5" in line and line.rstrip().endswith("missing") for line in lines)
    assert "6 of 6 products" in err


def test_server_failure_exits_1_but_prints_other_servers_rows(shop: FakeShop, capsys) -> None:
    shop.payload.find_status = 500
    assert run(shop, "--json") == 1
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert len(rows) == 6 and all(r["linked"] is None for r in rows)
    assert "error: Payload: Payload had an internal error, HTTP 500" in err


def test_no_profile_is_a_usage_error(capsys) -> None:
    assert main(["products", "list"]) == 2
    assert "no profile configured" in capsys.readouterr().err


def test_status_is_validated(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["products", "list", "--status", "weird"])
    assert info.value.code == 2


def test_secrets_from_environment_when_keyring_has_none(monkeypatch, capsys) -> None:
    shop = fake_shop(count=2)
    ProfileStore().add(shop_profile(), activate=True)  # nothing in the keyring
    monkeypatch.setenv("DESKTOP_APP_MEDUSA_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("DESKTOP_APP_PAYLOAD_API_KEY", PAYLOAD_KEY)
    assert run(shop, "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
