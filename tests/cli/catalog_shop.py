"""A profile whose local store holds one pulled product and the shop's terms, for the
catalog commands (products create/duplicate/delete/assign, variants, options, stock,
categories…): every command runs through ``desktop_app.cli.main.main``, offline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from desktop_app.cli.main import build_parser, main
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.transports import Transports
from desktop_app.store import CatalogStore, taxonomy

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")

MUG = {
    "id": "prod_mug", "handle": "mug", "title": "Mug", "subtitle": None, "status": "published",
    "description": None, "metadata": {}, "categories": ["pcat_cups"], "tags": [],
    "sales_channels": ["sc_web"], "collection_id": None, "type_id": None,
    "options": [{"id": "opt_size", "title": "Size",
                 "values": [{"id": "ov_s", "value": "S"}, {"id": "ov_m", "value": "M"}]}],
    "variants": [
        {"id": "var_s", "title": "S", "sku": "MUG-S", "options": {"Size": "S"},
         "prices": [{"currency_code": "eur", "amount": 10}], "manage_inventory": True,
         "allow_backorder": False, "inventory_item_id": "iitem_s",
         "levels": {"sloc_main": {"stocked": 4, "reserved": 1}}},
        {"id": "var_m", "title": "M", "sku": "MUG-M", "options": {"Size": "M"},
         "prices": [{"currency_code": "eur", "amount": 12}], "manage_inventory": False,
         "allow_backorder": False, "inventory_item_id": None, "levels": {}},
    ],
    "updated_at": "2026-01-01T00:00:00.000Z", "deleted_at": None,
}

TERMS: dict[str, list[Any]] = {
    "category": [{"id": "pcat_cups", "name": "Cups", "handle": "cups"},
                 {"id": "pcat_tea", "name": "Tea cups", "handle": "tea-cups",
                  "parent_category_id": "pcat_cups"},
                 {"id": "pcat_sale", "name": "Sale", "handle": "sale"}],
    "collection": [{"id": "pcol_summer", "title": "Summer", "handle": "summer"}],
    "tag": [{"id": "ptag_new", "value": "new"}, {"id": "ptag_eco", "value": "eco"}],
    "type": [{"id": "ptyp_shirt", "value": "Shirts"}],
    "channel": [{"id": "sc_web", "name": "Webshop"}, {"id": "sc_pos", "name": "Shop floor"}],
    "location": [{"id": "sloc_main", "name": "Main warehouse"},
                 {"id": "sloc_back", "name": "Backroom"}],
    "currency": ["eur", "usd"],
    # As GET /admin/regions answers (tests/fixtures/medusa/regions_list.json).
    "region": [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"},
               {"id": "reg_na", "name": "North America", "currency_code": "usd"}],
}


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.out)


class Shop:
    """Runs commands and reads the store back through a catalog (as the GUI would)."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def run(self, *argv: str) -> Result:
        self.capsys.readouterr()
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return Result(code, out, err)

    def json(self, *argv: str) -> Result:
        return self.run(*argv, "--json")

    def online(self, transports: Transports, *argv: str) -> Result:
        """A command that reaches the servers, through these transports (with --json)."""
        self.capsys.readouterr()
        args = build_parser().parse_args([*argv, "--json"])
        code = args.func(args, transports)
        out, err = self.capsys.readouterr()
        return Result(code, out, err)

    def detail(self, product_id: str) -> ProductDetail | None:
        catalog = OfflineCatalog.open(PROFILE)
        try:
            return catalog.product(catalog.server_id(product_id))
        finally:
            catalog.close_now()

    def catalog_state(self) -> tuple[int, int]:
        """(active operations, active outbox edits): what a refused command must not add."""
        catalog = OfflineCatalog.open(PROFILE)
        try:
            return len(catalog.operations()), len(catalog.outbox())
        finally:
            catalog.close_now()


def seed(*, terms: bool = True) -> None:
    ProfileStore().add(PROFILE, activate=True)
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        store.save_medusa([json.loads(json.dumps(MUG))])
        if terms:
            for kind, items in TERMS.items():
                taxonomy.save_all(store.conn, kind, items)
    finally:
        store.close()
