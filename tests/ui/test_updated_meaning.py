"""One meaning of "Updated" in the CLI and the GUI, and the server it comes from (issue 15).

The core and the CLI alone: tests/services/test_last_change.py.

The CLI showed Medusa's ``updated_at``; the GUI's list the later of Medusa's and Payload's
times, so a product whose content was edited in Payload showed two different times.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime

from PySide6.QtCore import Qt

from desktop_app.cli import products
from desktop_app.cli.main import build_parser
from desktop_app.config import ProfileStore
from desktop_app.secrets import Secret, SecretKind, open_secret_store
from desktop_app.servers import Server
from desktop_app.services.app_services import AppServices
from desktop_app.ui.formatting import format_timestamp
from desktop_app.ui.offline.list_model import Col, StoreListModel
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, shop_profile

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def test_cli_and_gui_show_the_same_updated_time(
    qtbot, services: AppServices, shop: FakeShop, capsys
) -> None:
    profile = shop_profile()  # 12 products, the last two without a Payload doc
    ProfileStore().add(profile, activate=True)
    for kind, value in ((SecretKind.MEDUSA_SECRET_KEY, SECRET_KEY),
                        (SecretKind.PAYLOAD_API_KEY, PAYLOAD_KEY)):
        open_secret_store().set(profile.name, kind, Secret(value))
        services.profiles.secrets.set(profile.name, kind, Secret(value))

    args = build_parser().parse_args(["products", "list", "--json"])
    assert products.cmd_list(args, transports=shop.transports) == 0
    cli = {r["medusa_id"]: r for r in json.loads(capsys.readouterr().out)}
    assert cli["prod_0000"]["updated_in"] == "payload"  # content edited after commerce
    assert cli["prod_0000"]["updated_at"].startswith("2026-11-27T05:12:22.503")
    assert cli["prod_0011"]["updated_in"] == "medusa"  # no Payload doc

    async def gui() -> dict[str, tuple[str, str]]:
        catalog = services.open_offline_catalog(profile)
        try:
            await catalog.pull()
            model = StoreListModel(catalog)
            cells = {model.row_at(r).product_id: (model.index(r, Col.UPDATED).data(),
                                                  model.index(r, Col.UPDATED).data(TOOLTIP))
                     for r in range(model.rowCount())}
            model.detach()
            return cells
        finally:
            await catalog.aclose()

    cells = asyncio.run(gui())
    assert set(cells) == set(cli)
    for pid, (shown, tip) in cells.items():
        at = format_timestamp(datetime.fromisoformat(cli[pid]["updated_at"]))
        assert shown == at, pid
        assert tip.startswith(f"Last changed in {Server(cli[pid]['updated_in']).label}: {at}")
    assert "\nMedusa: " in cells["prod_0000"][1]  # the other server's older time
