"""The grid against overlapping work: a grid save while a push of the same variant is on
the wire, and a pull landing under a grid with staged cells. Nothing typed is lost."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from desktop_app.bulk.errors import BulkError
from desktop_app.grid.loading import open_session
from desktop_app.grid.plan import grid_plan
from desktop_app.grid.rows import variant_rows
from tests.exchange.fakes import Gate, fake_pair, writes_to
from tests.exchange.test_interleavings import PID, _pulled, catalog_on

VID = "variant_1_S"


def eur(product: dict, vid: str) -> list:
    [variant] = [v for v in product["variants"] if v["id"] == vid]
    return sorted(p["amount"] for p in variant["prices"] if p["currency_code"] == "eur")


async def test_a_grid_save_while_the_variant_batch_is_on_the_wire_is_sent_next(tmp_path):
    medusa, payload = fake_pair(2)
    gate = Gate(writes_to("POST", f"/admin/products/{PID}/variants/batch"))
    catalog = await _pulled(catalog_on(tmp_path / "g.db", medusa, payload, gate, "medusa"))
    catalog.edit(PID, {f"variants.{VID}.prices": [{"currency_code": "eur", "amount": 11}]})
    push = asyncio.ensure_future(catalog.push())
    await gate.entered.wait()
    session, _ = open_session(catalog, [PID], "en_US")
    row = session.row_of(PID, VID)
    session.set_texts([(row, "price:eur", "12")])  # typed in the grid meanwhile
    catalog.apply_grid(grid_plan(session))
    gate.release.set()
    report = await push  # the grid's newer value is sent again in the same push
    assert eur(medusa.products[PID], VID) == [12]
    assert catalog.outbox() == [] and report.conflicts == 0
    await catalog.aclose()


async def test_a_pull_under_a_grid_with_staged_cells_keeps_them_and_their_base(tmp_path):
    medusa, payload = fake_pair(2)
    catalog = await _pulled(catalog_on(tmp_path / "g.db", medusa, payload))
    session, _ = open_session(catalog, [PID], "en_US")
    row = session.row_of(PID, VID)
    session.set_texts([(row, "price:eur", "15")])
    # Someone adds a USD price in Medusa; the app pulls while the grid is open.
    [variant] = [v for v in medusa.products[PID]["variants"] if v["id"] == VID]
    variant["prices"].append({"id": "price_usd", "amount": 20, "currency_code": "usd"})
    medusa.touch(PID, updated_at=medusa.clock.tick())
    await catalog.pull()
    session.reread_rows([PID], variant_rows(catalog.grid_products([PID])))
    assert session.value(row, "price:eur") == Decimal(15)  # the staged cell stays
    result = catalog.apply_grid(grid_plan(session))
    assert not result.skipped  # based on the fresh row, not the one read before the pull
    await catalog.push()
    prices = {(p["currency_code"], p["amount"]) for p in
              next(v for v in medusa.products[PID]["variants"] if v["id"] == VID)["prices"]}
    assert prices == {("eur", 15), ("usd", 20)}  # the USD price added meanwhile is kept
    await catalog.aclose()


async def test_a_grid_plan_made_before_a_pull_does_not_overwrite_what_the_pull_brought(
        tmp_path):
    medusa, payload = fake_pair(2)
    catalog = await _pulled(catalog_on(tmp_path / "g.db", medusa, payload))
    session, _ = open_session(catalog, [PID], "en_US")
    session.set_texts([(session.row_of(PID, VID), "price:eur", "15")])
    plan = grid_plan(session)  # reviewed, not yet saved
    [variant] = [v for v in medusa.products[PID]["variants"] if v["id"] == VID]
    variant["prices"][0]["amount"] = 13  # changed in Medusa meanwhile
    medusa.touch(PID, updated_at=medusa.clock.tick())
    await catalog.pull()
    with pytest.raises(BulkError, match="changed since the preview"):
        catalog.apply_grid(plan)  # the cell's base moved: left as it is, not overwritten
    assert eur(medusa.products[PID], VID) == [13]
    assert catalog.outbox() == []
    await catalog.aclose()
