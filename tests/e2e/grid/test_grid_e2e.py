"""The variant grid on the real stack (issue 13): 500 prices pasted and 200 stock levels
typed through the grid, reviewed, applied as one bulk edit and pushed, then read back from
Medusa directly: every new value is there and nothing else changed (the USD prices, the
region prices beside the changed EUR prices, the other stock levels, SKUs, titles).

Seeded once with Medusa's batch endpoints (one products batch, one location-levels
batch) under handles unique to the run. The products are left in place: Medusa takes
15-45 s to delete 500 variants (measured on the local stack), more than this whole test.
"""

from __future__ import annotations

import asyncio
import copy
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.grid.columns import chosen
from desktop_app.grid.loading import open_session
from desktop_app.grid.plan import grid_plan
from desktop_app.grid.review import review
from desktop_app.store import operations as ops
from desktop_app.store.fields import MEDUSA
from tests.e2e.offline.helpers import online_catalog
from tests.support.stack import StackHttp, unique

pytestmark = pytest.mark.timeout(240)

# 10 products of 50 variants (Size x Color): pushing per product, 50 products of 10 took
# 1.5-2x as long (31-46 s against 20 s on the shared local stack).
SIZES = ("XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL", "6XL")
COLORS = ("Red", "Blue", "Green", "Black", "White")
PRODUCTS, VARIANTS = 10, len(SIZES) * len(COLORS)
LOCALE = "de_DE"  # decimal commas, as a German spreadsheet copies them

# Read straight from Medusa: region rules come back only when both are asked for.
READ_FIELDS = ",".join((
    "id,handle,title,status",
    "variants.id,variants.title,variants.sku,variants.manage_inventory",
    "variants.prices.amount,variants.prices.currency_code",
    "variants.prices.price_rules.attribute,variants.prices.price_rules.value",
    "variants.inventory_items.inventory.location_levels.location_id",
    "variants.inventory_items.inventory.location_levels.stocked_quantity",
))


# ---------------------------------------------------------------- the seed
def eur(i: int, j: int) -> Decimal:
    return Decimal(10 + j) + Decimal("0.50")


def usd(i: int, j: int) -> Decimal:
    return Decimal(12 + j) + Decimal("0.25")


def region_price(i: int, j: int) -> Decimal | None:
    return Decimal(9 + j) + Decimal("0.90") if j % 3 == 0 else None  # 170 variants


def new_eur(i: int, j: int) -> Decimal:
    return Decimal(f"{20 + j}.{i:02d}")  # always another amount than eur(i, j)


def levels(i: int, j: int) -> tuple[int, int]:
    return (i * VARIANTS + j) % 40, 50 + (i + j) % 20  # at location A, at location B


def sku_of(tag: str, i: int, j: int) -> str:
    return f"{tag}-{i:02d}-V{j}".upper()


def stock_change(i: int, j: int) -> tuple[int, int] | None:
    """(0 for A, 1 for B; new quantity) for 200 of the 1,000 levels."""
    k = i * VARIANTS + j
    if k % 5 not in (0, 3):
        return None
    return k % 2, 100 + k % 150


@dataclass(frozen=True)
class Seed:
    tag: str
    region: str
    locations: tuple[str, str]
    products: tuple[str, ...]  # in seed order: product i is products[i]
    skus: dict[str, tuple[int, int]]  # SKU -> (i, j)
    seconds: float


def _post(http: StackHttp, path: str, body: dict[str, Any]) -> dict[str, Any]:
    resp = http.medusa.post(path, json=body)
    assert resp.is_success, f"{path}: {resp.status_code} {resp.text[:500]}"
    return resp.json()


@pytest.fixture(scope="module")
def seed(stack_http: StackHttp) -> Seed:
    started = time.perf_counter()
    tag = unique("grid")
    region = _post(stack_http, "/admin/regions",
                   {"name": f"Grid {tag}", "currency_code": "eur"})["region"]["id"]
    a, b = (_post(stack_http, "/admin/stock-locations",
                  {"name": f"Grid {name} {tag}"})["stock_location"]["id"] for name in "AB")
    combos = [(size, color) for size in SIZES for color in COLORS]  # variant j is combos[j]

    def prices(i: int, j: int) -> list[dict[str, Any]]:
        out = [{"currency_code": "eur", "amount": float(eur(i, j))},
               {"currency_code": "usd", "amount": float(usd(i, j))}]
        if (rp := region_price(i, j)) is not None:
            out.append({"currency_code": "eur", "amount": float(rp),
                        "rules": {"region_id": region}})
        return out

    create = [{
        "title": f"Grid {tag} {i:02d}", "handle": f"{tag}-{i:02d}", "status": "published",
        "options": [{"title": "Size", "values": list(SIZES)},
                    {"title": "Color", "values": list(COLORS)}],
        "variants": [{"title": f"{size} / {color}", "sku": sku_of(tag, i, j),
                      "options": {"Size": size, "Color": color},
                      "manage_inventory": True, "prices": prices(i, j)}
                     for j, (size, color) in enumerate(combos)],
    } for i in range(PRODUCTS)]
    resp = stack_http.medusa.post("/admin/products/batch", json={"create": create}, params={
        "fields": "id,handle,variants.sku,variants.inventory_items.inventory_item_id"})
    assert resp.is_success, f"products batch: {resp.status_code} {resp.text[:500]}"
    made = resp.json()["created"]
    by_handle = {p["handle"]: p["id"] for p in made}
    products = tuple(by_handle[f"{tag}-{i:02d}"] for i in range(PRODUCTS))
    item = {v["sku"]: v["inventory_items"][0]["inventory_item_id"]
            for p in made for v in p["variants"]}
    skus = {sku_of(tag, i, j): (i, j) for i in range(PRODUCTS) for j in range(VARIANTS)}
    _post(stack_http, "/admin/inventory-items/location-levels/batch", {"create": [
        {"inventory_item_id": item[s], "location_id": loc, "stocked_quantity": qty}
        for s, (i, j) in skus.items() for loc, qty in zip((a, b), levels(i, j), strict=True)]})
    return Seed(tag, region, (a, b), products, skus, time.perf_counter() - started)


# ------------------------------------------------------- Medusa, read directly
def medusa_state(http: StackHttp, product_ids: tuple[str, ...]) -> dict[str, Any]:
    """Each product's handle, title, status and variants (title, SKU, prices with their
    region, stocked quantity per location), as Medusa has them now."""
    resp = http.medusa.get("/admin/products", params=[
        *(("id[]", pid) for pid in product_ids), ("limit", str(len(product_ids))),
        ("fields", READ_FIELDS)])
    resp.raise_for_status()
    state = {}
    for p in resp.json()["products"]:
        state[p["id"]] = {
            "handle": p["handle"], "title": p["title"], "status": p["status"],
            "variants": {v["id"]: {
                "title": v["title"], "sku": v["sku"],
                "manage_inventory": v["manage_inventory"],
                "prices": sorted((pr["currency_code"], (pr.get("rules") or {}).get("region_id", ""),
                                  Decimal(str(pr["amount"]))) for pr in v["prices"]),
                "levels": {lv["location_id"]: lv["stocked_quantity"]
                           for it in v["inventory_items"]
                           for lv in it["inventory"]["location_levels"]},
            } for v in p["variants"]},
        }
    return state


def differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    out = [f"products: expected {sorted(expected)}, got {sorted(actual)}"
           ] if expected.keys() != actual.keys() else []
    for pid in expected.keys() & actual.keys():
        e, a = expected[pid], actual[pid]
        for key in ("handle", "title", "status"):
            if e[key] != a[key]:
                out.append(f"{pid} {key}: expected {e[key]!r}, got {a[key]!r}")
        for vid in e["variants"].keys() | a["variants"].keys():
            ev, av = e["variants"].get(vid), a["variants"].get(vid)
            if ev != av:
                out.append(f"{pid} {vid}: expected {ev}, got {av}")
    return out


async def read_shop(catalog: Any, product_ids: tuple[str, ...]) -> None:
    """Pull the seeded products and the shop's terms (currencies, regions and stock
    locations: the grid's columns) into the fresh store. A full pull would read every
    product the shared stack holds (thousands, seconds more for each run before this)."""
    await asyncio.gather(catalog.refresh(product_ids, servers=(MEDUSA,)),
                         catalog.refresh_terms())


def money(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


# ------------------------------------------------------------------- the test
async def test_500_prices_and_200_stock_levels_through_the_grid_reach_medusa_and_nothing_else(
    stack, stack_http, seed, tmp_path
):
    started = time.perf_counter()
    a, b = seed.locations
    catalog = online_catalog(stack, tmp_path / "grid.db")
    try:
        # What Medusa holds before (the snapshot to compare with), read meanwhile.
        before, _ = await asyncio.gather(
            asyncio.to_thread(medusa_state, stack_http, seed.products),
            read_shop(catalog, seed.products))
        assert sum(len(p["variants"]) for p in before.values()) == PRODUCTS * VARIANTS
        pulled = time.perf_counter()

        session, loader = open_session(catalog, seed.products, LOCALE)
        assert loader.done and len(session.rows) == PRODUCTS * VARIANTS
        eur_col, usd_col, region_col = "price:eur", "price:usd", f"region:{seed.region}"
        stock_cols = (f"stock:{a}", f"stock:{b}")
        # The merchant's columns: SKU then EUR, as in their spreadsheet.
        view_cols = [c.key for c in chosen(list(session.columns.values()),
                                           ["sku", eur_col, usd_col, region_col, *stock_cols])]
        assert view_cols[:4] == ["product", "variant", "sku", eur_col]
        row_of = {session.original(r, "sku"): r for r in range(len(session.rows))}
        assert row_of.keys() == seed.skus.keys()
        for sku, (i, j) in seed.skus.items():  # the grid shows what was seeded
            r = row_of[sku]
            assert (session.original(r, eur_col), session.original(r, usd_col),
                    session.original(r, region_col)) == (eur(i, j), usd(i, j), region_price(i, j))
            assert tuple(session.original(r, k) for k in stock_cols) == levels(i, j)

        # The grid sorted by SKU; a SKU + EUR block pasted from the spreadsheet over it:
        # tabs, decimal commas, some cells with the euro sign.
        by_sku = sorted(seed.skus)
        view_rows = [row_of[sku] for sku in by_sku]
        lines = []
        for n, sku in enumerate(by_sku):
            price = money(new_eur(*seed.skus[sku]))
            lines.append(f"{sku}\t{price} €" if n % 50 == 7 else f"{sku}\t{price}")
        step = session.paste("\n".join(lines) + "\n", view_rows, view_cols,
                             (0, view_cols.index("sku"), len(view_rows), 2))
        assert (len(step.cells), step.errors, step.skipped) == (500, 0, 0)  # SKUs unchanged

        typed = [(row_of[sku], stock_cols[change[0]], str(change[1]))
                 for sku, (i, j) in seed.skus.items()
                 if (change := stock_change(i, j)) is not None]
        assert len(typed) == 200
        step = session.set_texts(typed, "Stock")
        assert (len(step.cells), step.errors) == (200, 0)

        summary = review(session)
        assert (summary.cells, summary.products, summary.variants, summary.prices,
                summary.stock, summary.other, summary.bad, summary.prices_added,
                summary.prices_removed) == (700, PRODUCTS, 500, 500, 200, 0, 0, 0, 0)
        largest = max((new_eur(i, j) - eur(i, j)) / eur(i, j) * 100
                      for i, j in seed.skus.values())
        assert summary.largest_moves[0].percent == largest

        plan = grid_plan(session)
        assert (len(plan.diffs), len(plan.stock), plan.left_out) == (PRODUCTS, 200, 0)
        result = catalog.apply_grid(plan)
        assert result.skipped == ()
        assert [(op.id, op.kind, op.products) for op in catalog.bulk_history(1)] == [
            (result.op.id, "grid", PRODUCTS)]  # one undoable step
        session.clear(plan.cells)
        assert len(catalog.outbox()) == 500
        assert sum(op.kind == ops.STOCK for op in catalog.operations()) == 200
        edited = time.perf_counter()

        report = await catalog.push()
        pushed = time.perf_counter()
        assert (report.conflicts, report.failed, report.locked, report.deferred,
                report.errors) == (0, 0, 0, 0, {}), report
        assert report.sent == 500, report
        done = report.operations
        assert (done.applied, done.failed, done.conflicts, done.deferred, done.errors) == (
            200, 0, 0, 0, []), done
        assert catalog.outbox_counts() == {}

        # Straight from Medusa: the 500 prices and 200 levels, and nothing else changed.
        expected = copy.deepcopy(before)
        variant_of = {}
        for pid, product in expected.items():
            for vid, variant in product["variants"].items():
                variant_of[variant["sku"]] = (pid, vid)
        for sku, (i, j) in seed.skus.items():
            pid, vid = variant_of[sku]
            variant = expected[pid]["variants"][vid]
            prices = variant["prices"]
            prices.remove(("eur", "", eur(i, j)))
            variant["prices"] = sorted([*prices, ("eur", "", new_eur(i, j))])
            if (change := stock_change(i, j)) is not None:
                variant["levels"][seed.locations[change[0]]] = change[1]
        after = medusa_state(stack_http, seed.products)
        wrong = differences(expected, after)
        assert not wrong, f"{len(wrong)} differences, first: {wrong[:5]}"

        # The store took Medusa's answers: the grid opened again shows the new values.
        again, _ = open_session(catalog, seed.products, LOCALE)
        again_row = {again.original(r, "sku"): r for r in range(len(again.rows))}
        for sku, (i, j) in seed.skus.items():
            r = again_row[sku]
            change = stock_change(i, j)
            want = list(levels(i, j))
            if change is not None:
                want[change[0]] = change[1]
            assert again.original(r, eur_col) == new_eur(i, j)
            assert again.original(r, region_col) == region_price(i, j)
            assert [again.original(r, k) for k in stock_cols] == want
    finally:
        await catalog.aclose()
    ended = time.perf_counter()
    print(f"\ngrid e2e: seed {seed.seconds:.1f} s, pull {pulled - started:.1f} s, "
          f"grid {edited - pulled:.1f} s, push {pushed - edited:.1f} s, "
          f"read back {ended - pushed:.1f} s; total {seed.seconds + ended - started:.1f} s")
