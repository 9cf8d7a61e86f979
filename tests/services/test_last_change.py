"""One meaning of "Updated": the later of Medusa's and Payload's times, and whose it is.

Issue 15: ``desktop-app products list`` showed Medusa's ``updated_at`` while the GUI's list
showed the later of both servers' times. The GUI side: tests/ui/test_updated_meaning.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop_app.cli import products
from desktop_app.cli.main import build_parser
from desktop_app.config import ProfileStore
from desktop_app.last_change import last_change
from desktop_app.secrets import Secret, SecretKind, open_secret_store
from desktop_app.servers import Server
from desktop_app.services.live_listing import ListingRow
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, fake_shop, shop_profile

MEDUSA_TIME = "2026-11-27T05:09:24.797Z"  # fake_servers' product 26
PAYLOAD_TIME = "2026-11-27T05:12:22.503Z"  # every fake Payload doc


def test_the_later_server_time_wins_and_is_named() -> None:
    change = last_change(MEDUSA_TIME, PAYLOAD_TIME)
    assert change.server is Server.PAYLOAD
    assert change.at == datetime(2026, 11, 27, 5, 12, 22, 503000, tzinfo=UTC)
    assert change.other() == (Server.MEDUSA, datetime(2026, 11, 27, 5, 9, 24, 797000, tzinfo=UTC))
    assert last_change(MEDUSA_TIME, None).server is Server.MEDUSA
    assert last_change(None, "") == last_change(None, None)
    assert last_change(MEDUSA_TIME, MEDUSA_TIME).server is Server.MEDUSA  # a tie


def test_cli_json_gives_the_later_time_and_its_server(capsys) -> None:
    shop = fake_shop(count=6, linked=5)  # prod_0005 has no Payload doc
    profile = shop_profile()
    ProfileStore().add(profile, activate=True)
    secrets = open_secret_store()  # the root conftest's in-memory keyring
    secrets.set(profile.name, SecretKind.MEDUSA_SECRET_KEY, Secret(SECRET_KEY))
    secrets.set(profile.name, SecretKind.PAYLOAD_API_KEY, Secret(PAYLOAD_KEY))
    args = build_parser().parse_args(["products", "list", "--json"])
    assert products.cmd_list(args, transports=shop.transports) == 0
    rows = {r["medusa_id"]: r for r in json.loads(capsys.readouterr().out)}
    # Medusa says 2026-11-01, its Payload doc was edited on 2026-11-27: the product changed then.
    assert rows["prod_0000"]["updated_at"] == "2026-11-27T05:12:22.503000+00:00"
    assert rows["prod_0000"]["updated_in"] == "payload"
    assert rows["prod_0005"]["updated_at"].startswith("2026-11-06T05:09:24.797")
    assert rows["prod_0005"]["updated_in"] == "medusa"


def test_cli_table_names_the_server() -> None:
    at = datetime(2026, 11, 27, 5, 12, tzinfo=UTC)
    table = products.format_table([ListingRow("prod_1", "Shirt", "shirt", "published", 1, at,
                                              True, "1", "payload")])
    local = at.astimezone().strftime("%Y-%m-%d %H:%M")  # as the GUI: local time
    assert f"{local} (Payload)" in table.splitlines()[2]
