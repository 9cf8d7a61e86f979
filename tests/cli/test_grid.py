"""``desktop-app grid export | import``: the variant grid as CSV and XLSX, offline, on a
synthetic shop (tests/grid/synthetic.py) in the active profile's store."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.cli.main import build_parser
from desktop_app.config import ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store.db import store_path
from tests.cli.catalog_shop import Shop
from tests.exchange.fakes import API_KEY, SECRET, fake_pair
from tests.grid import synthetic

PRICES = ("price:eur", "price:usd", "region:reg_eu")


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str]) -> Shop:
    """25 products × 4 variants (prices in EUR, USD and Europe's EUR, stock at the main
    warehouse), currencies, regions and two locations."""
    ProfileStore().add(synthetic.PROFILE, activate=True)
    synthetic.build_store(store_path(synthetic.PROFILE.name), products=25, variants=4).close()
    return Shop(capsys)


def read_rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def write_rows(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def row_of(rows: list[dict[str, str]], variant_id: str) -> dict[str, str]:
    return next(r for r in rows if r["variant_id"] == variant_id)


class Store:
    """The profile's catalog read back as the GUI would."""

    def __enter__(self) -> OfflineCatalog:
        self.catalog = OfflineCatalog.open(synthetic.PROFILE)
        return self.catalog

    def __exit__(self, *exc: object) -> None:
        self.catalog.close_now()


def outbox() -> dict[tuple[str, str], Any]:
    with Store() as catalog:
        return {(e.product_id, e.field): e.mine for e in catalog.outbox()}


def stock_operations() -> list[dict[str, Any]]:
    with Store() as catalog:
        return [op.args for op in catalog.operations() if op.kind == "stock.set"]


def bulk_ids() -> list[int]:
    with Store() as catalog:
        return [op.id for op in catalog.bulk_history() if not op.undone_at]


def price(prices: list[dict[str, Any]], currency: str, region: str | None = None) -> Any:
    found = [p["amount"] for p in prices
             if p["currency_code"] == currency and p.get("region_id") == region]
    return found[0] if found else None


# ------------------------------------------------------------------ round trip
def test_commands_are_registered() -> None:
    parser = build_parser()
    for argv in (["grid", "export", "g.csv", "--status", "draft", "--category", "Shirts"],
                 ["grid", "export", "-", "--product", "p1", "--columns", "all"],
                 ["grid", "import", "g.xlsx", "--dry-run", "--strict", "--locale", "de_DE"]):
        assert callable(parser.parse_args(argv).func)


def test_export_edit_dry_run_shows_exactly_the_diff_then_import_applies(
        shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    export = shop.run("grid", "export", str(path), "--product", "prod_000001,prod_000002")
    assert export.code == 0, export.err
    assert export.out == "Wrote 8 variants of 2 products to " + str(path) + ".\n"
    rows = read_rows(path)
    assert list(rows[0]) == ["product_id", "variant_id", "product", "variant", "sku",
                             "barcode", "price:eur", "price:usd", "region:reg_eu",
                             "region:reg_us", "stock:sloc_east", "stock:sloc_main", "status",
                             "manage_inventory"]
    row_of(rows, "variant_000001_00")["price:eur"] = "12.50"
    row_of(rows, "variant_000001_01")["sku"] = "NEW-SKU"
    row_of(rows, "variant_000002_00")["status"] = "draft"
    row_of(rows, "variant_000002_00")["region:reg_eu"] = ""
    row_of(rows, "variant_000002_03")["stock:sloc_main"] = "20"
    write_rows(path, rows)

    dry = shop.run("grid", "import", str(path), "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out.splitlines() == [
        "Product 000001 (prod_000001)",
        "  S (variant_000001_00)",
        "    price:eur: 10.00 → 12.50",
        "  M (variant_000001_01)",
        "    sku: SKU-000001-01 → NEW-SKU",
        "Product 000002 (prod_000002)",
        "  status: published → draft",
        "  S (variant_000002_00)",
        "    region:reg_eu: 9.00 → (empty)",
        "  XL (variant_000002_03)",
        "    stock:sloc_main: 8 → 20",
        "5 cells change in 2 products (4 variants): 2 prices (0 added, 1 removed), "
        "1 stock level, 2 other cells.",
        "Largest price moves:",
        "  +25.0 %  Product 000001 / S  Price EUR  10.00 → 12.50",
    ]
    assert shop.catalog_state() == (0, 0) and bulk_ids() == []

    done = shop.run("grid", "import", str(path))
    assert done.code == 0, done.err
    assert done.out.splitlines()[-2:] == [
        "Recorded as bulk edit #1; undo it with 'desktop-app bulk undo 1'.",
        "The edits wait in the outbox: 'desktop-app push' sends them."]
    edits = outbox()
    assert set(edits) == {("prod_000001", "variants.variant_000001_00.prices"),
                          ("prod_000001", "variants.variant_000001_01.sku"),
                          ("prod_000002", "status"),
                          ("prod_000002", "variants.variant_000002_00.prices")}
    assert edits["prod_000001", "variants.variant_000001_00.prices"] == [
        {"currency_code": "eur", "amount": 12.5}, {"currency_code": "usd", "amount": 12},
        {"currency_code": "eur", "amount": 9, "region_id": "reg_eu"}]
    assert edits["prod_000001", "variants.variant_000001_01.sku"] == "NEW-SKU"
    assert edits["prod_000002", "status"] == "draft"
    assert edits["prod_000002", "variants.variant_000002_00.prices"] == [
        {"currency_code": "eur", "amount": 10}, {"currency_code": "usd", "amount": 12}]
    assert stock_operations() == [{"variant_id": "variant_000002_03",
                                   "location_id": "sloc_main", "quantity": 20}]

    # A new export carries the pending changes; importing it again changes nothing.
    shop.run("grid", "export", str(path), "--product", "prod_000001,prod_000002")
    assert row_of(read_rows(path), "variant_000001_00")["price:eur"] == "12.50"
    again = shop.run("grid", "import", str(path))
    assert (again.code, again.out.splitlines()[-1]) == (0, "Nothing to change.")

    undo = shop.run("bulk", "undo", "1")
    assert undo.code == 0, undo.err
    assert outbox() == {} and stock_operations() == []


def test_an_unchanged_export_imports_as_nothing_to_change(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "all.csv"
    assert shop.run("grid", "export", str(path), "--columns", "all").code == 0
    assert len(read_rows(path)) == 100
    result = shop.json("grid", "import", str(path))
    assert result.code == 0, result.out
    body = result.json
    assert (body["ok"], body["applied"], body["changes"], body["rows"]) == (True, False, [],
                                                                             100)
    assert shop.catalog_state() == (0, 0) and bulk_ids() == []


def test_xlsx_round_trip_with_numeric_cells(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "grid.xlsx"
    result = shop.json("grid", "export", str(path), "--search", "Product 000003",
                       "--columns", "sku,price:eur,stock:sloc_main")
    assert result.code == 0, result.out
    assert result.json == {"ok": True, "file": str(path), "format": "xlsx",
                           "locale": "en_US", "products": 1, "variants": 4,
                           "columns": ["product_id", "variant_id", "product", "variant",
                                       "sku", "price:eur", "stock:sloc_main"]}
    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]] == result.json["columns"]
    assert all(c.font.b for c in sheet[1]) and sheet.freeze_panes == "E2"
    eur, stock = sheet["F2"], sheet["G2"]
    assert (eur.value, eur.data_type, eur.number_format) == (10, "n", "0.00")
    assert (stock.value, stock.data_type) == (5, "n")
    eur.value = 19.99
    stock.value = 12
    sheet["E3"] = "X-1"
    sheet["F4"] = 12  # the same amount as before (12.00): no change
    book.save(path)

    imported = shop.json("grid", "import", str(path))
    assert imported.code == 0, imported.out
    assert [(c["variant_id"], c["column"], c["before"], c["after"])
            for c in imported.json["changes"]] == [
        ("variant_000003_00", "price:eur", "10.00", "19.99"),
        ("variant_000003_00", "stock:sloc_main", "5", "12"),
        ("variant_000003_01", "sku", "SKU-000003-01", "X-1")]
    edits = outbox()
    assert price(edits["prod_000003", "variants.variant_000003_00.prices"], "eur") == 19.99
    assert edits["prod_000003", "variants.variant_000003_01.sku"] == "X-1"
    assert stock_operations() == [{"variant_id": "variant_000003_00",
                                   "location_id": "sloc_main", "quantity": 12}]


def test_three_bad_cells_of_300_keep_297_and_report_3(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    shop.run("grid", "export", str(path), "--columns", ",".join(PRICES))
    rows = read_rows(path)
    assert len(rows) * len(PRICES) == 300
    for row in rows:
        for key in PRICES:
            row[key] = str(Decimal(row[key]) + 1)
    bad = {("variant_000004_02", "price:usd"): "abc",  # no number
           ("variant_000010_00", "region:reg_eu"): "-1",  # negative
           ("variant_000020_03", "price:eur"): "1,5"}  # a decimal comma in en_US
    for (vid, key), text in bad.items():
        row_of(rows, vid)[key] = text
    write_rows(path, rows)

    result = shop.json("grid", "import", str(path))
    assert result.code == 1
    body = result.json
    assert body["ok"] is False and body["applied"] is True and body["bulk_id"] == 1
    assert body["error"] == {"code": "invalid", "field": "file", "message":
                             f"Not used from {path}: 3 bad cells; the other cells were "
                             "applied."}
    assert len(body["changes"]) == 297 and body["review"]["cells"] == 297
    assert {(b["variant_id"], b["column"], b["text"]) for b in body["bad_cells"]} == {
        (vid, key, text) for (vid, key), text in bad.items()}
    reasons = {b["column"]: b["reason"] for b in body["bad_cells"]}
    assert reasons["region:reg_eu"] == "A price cannot be negative."
    assert "is not a number in English" in reasons["price:eur"]

    edits = outbox()
    assert len(edits) == 100  # one price list per variant
    raised = kept = 0
    for (_pid, field), prices in edits.items():
        vid = field.split(".")[1]
        v = int(vid[-2:])
        for key, currency, region, base in (("price:eur", "eur", None, 10),
                                            ("price:usd", "usd", None, 12),
                                            ("region:reg_eu", "eur", "reg_eu", 9)):
            amount = price(prices, currency, region)
            if (vid, key) in bad:
                assert amount == base + v
                kept += 1
            else:
                assert amount == base + v + 1
                raised += 1
    assert (raised, kept) == (297, 3)


def test_strict_applies_nothing_when_anything_is_bad(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    shop.run("grid", "export", str(path), "--product", "prod_000005")
    rows = read_rows(path)
    rows[0]["price:eur"] = "15"
    rows[1]["stock:sloc_main"] = "-4"
    write_rows(path, rows)
    result = shop.run("grid", "import", str(path), "--strict")
    assert result.code == 1
    assert "stock:sloc_main “-4”: Stock cannot be negative." in result.out
    assert result.err.strip() == (f"error: Not used from {path}: 1 bad cell; nothing was "
                                  "applied (--strict).")
    assert shop.catalog_state() == (0, 0) and bulk_ids() == []


def test_unknown_columns_and_variants_are_reported_not_fatal(shop: Shop, tmp_path: Path
                                                             ) -> None:
    path = tmp_path / "grid.csv"
    shop.run("grid", "export", str(path), "--product", "prod_000006", "--columns", "sku")
    rows = [{**r, "notes": "call supplier", "stock:sloc_gone": "3"} for r in read_rows(path)]
    rows[0]["sku"] = "NEW-6"
    rows.append({**rows[1], "variant_id": "variant_deleted"})
    rows.append({**rows[1], "product_id": "prod_999999"})
    write_rows(path, rows)
    text = shop.run("grid", "import", str(path), "--dry-run")
    assert text.code == 1
    assert "Unknown columns:\n  notes (column 6): The shop has no such column" in text.out
    assert "  stock:sloc_gone (column 7): The shop has no such column" in text.out
    assert "Unknown variants:\n  line 6  prod_000006 variant_deleted: No such variant" in (
        text.out)
    assert "  line 7  prod_999999 variant_000006_01: No such variant" in text.out

    result = shop.json("grid", "import", str(path))
    assert result.code == 1
    body = result.json
    assert [(u["name"], u["position"]) for u in body["unknown_columns"]] == [
        ("notes", 6), ("stock:sloc_gone", 7)]
    assert [(u["line"], u["product_id"], u["variant_id"]) for u in body["unknown_variants"]] == [
        (6, "prod_000006", "variant_deleted"), (7, "prod_999999", "variant_000006_01")]
    assert body["error"]["message"] == (f"Not used from {path}: 2 unknown columns, 2 unknown "
                                        "variants; the other cells were applied.")
    assert outbox() == {("prod_000006", "variants.variant_000006_00.sku"): "NEW-6"}


def test_a_german_spreadsheets_csv_with_decimal_commas(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "export_de.csv"
    # As LibreOffice/Excel in German save it: a BOM, ";" between cells, decimal commas.
    path.write_bytes("\ufeffproduct_id;variant_id;price:eur;region:reg_eu;stock:sloc_main\r\n"
                     "prod_000007;variant_000007_00;12,50;1.234,5;7\r\n"
                     "prod_000007;variant_000007_01;11;10,00;6\r\n".encode())
    german = shop.json("grid", "import", str(path), "--locale", "de_DE", "--dry-run")
    assert german.code == 0, german.out
    assert [(c["variant_id"], c["column"], c["before"], c["after"])
            for c in german.json["changes"]] == [
        ("variant_000007_00", "price:eur", "10,00", "12,50"),
        ("variant_000007_00", "region:reg_eu", "9,00", "1234,50"),
        ("variant_000007_00", "stock:sloc_main", "5", "7")]
    assert german.json["locale"] == "de_DE"

    english = shop.json("grid", "import", str(path), "--dry-run")
    assert english.code == 1
    assert [(b["column"], b["text"]) for b in english.json["bad_cells"]] == [
        ("price:eur", "12,50"), ("region:reg_eu", "1.234,5"), ("region:reg_eu", "10,00")]

    applied = shop.json("grid", "import", str(path), "--locale", "de-DE")
    assert applied.code == 0, applied.out
    prices = outbox()["prod_000007", "variants.variant_000007_00.prices"]
    assert (price(prices, "eur"), price(prices, "eur", "reg_eu")) == (12.5, 1234.5)


def test_export_in_a_german_locale_writes_decimal_commas(shop: Shop) -> None:
    result = shop.run("grid", "export", "-", "--product", "prod_000008", "--locale", "de_DE",
                      "--columns", "price:eur")
    assert result.code == 0
    assert result.out.splitlines()[:2] == [
        "product_id;variant_id;product;variant;price:eur",
        "prod_000008;variant_000008_00;Product 000008;S;10,00"]
    assert result.err == "Wrote 4 variants of 1 product to standard output.\n"


# ------------------------------------------------------------------ options and errors
def test_export_chooses_products_like_the_list(shop: Shop) -> None:
    def variants(*argv: str) -> list[str]:
        result = shop.run("grid", "export", "-", "--columns", "sku", *argv)
        assert result.code == 0, result.err
        return sorted({line.split(",")[0] for line in result.out.splitlines()[1:]})

    assert variants("--search", "Product 000012") == ["prod_000012"]
    assert variants("--product", "prod_000003", "--product", "prod_000001") == [
        "prod_000001", "prod_000003"]
    assert len(variants()) == 25
    assert variants("--status", "draft") == []
    with Store() as catalog:
        catalog.edit("prod_000004", {"status": "draft"})
    assert variants("--status", "draft") == ["prod_000004"]


def test_bad_options_are_usage_errors(shop: Shop, tmp_path: Path) -> None:
    def error(*argv: str) -> tuple[int, dict[str, Any]]:
        result = shop.json("grid", *argv)
        return result.code, result.json["error"]

    code, err = error("export", "-")
    assert (code, err["code"], err["field"]) == (2, "usage", "file")
    code, err = error("export", "g.ods")
    assert (code, err["code"], err["field"]) == (2, "usage", "format")
    code, err = error("export", "g.csv", "--columns", "sku,price:gbp")
    assert (code, err["field"]) == (2, "columns")
    assert "no column price:gbp" in err["message"]
    code, err = error("export", "g.csv", "--locale", "xx_nowhere")
    assert (code, err["field"]) == (2, "locale")
    code, err = error("export", "g.csv", "--product", "prod_000001", "--search", "x")
    assert (code, err["field"]) == (2, "product")
    code, err = error("export", "g.csv", "--product", "prod_404")
    assert (code, err["code"]) == (1, "unknown_product")
    code, err = error("export", "g.csv", "--category", "Nothing")
    assert (code, err["code"]) == (1, "unknown_term")
    code, err = error("import", str(tmp_path / "missing.csv"))
    assert (code, err["code"], err["field"]) == (1, "invalid", "file")
    headless = tmp_path / "noids.csv"
    headless.write_text("sku,price:eur\nA,1\n")
    code, err = error("import", str(headless))
    assert (code, err["field"]) == (1, "file")
    assert "no product_id or variant_id column" in err["message"]
    assert not (tmp_path / "g.csv").exists()
    assert shop.catalog_state() == (0, 0)


def test_import_json_shape(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    shop.run("grid", "export", str(path), "--product", "prod_000009")
    rows = read_rows(path)
    rows[0]["price:usd"] = "24"
    rows[1]["price:usd"] = "x"
    write_rows(path, rows)
    body = shop.json("grid", "import", str(path)).json
    assert set(body) == {"ok", "error", "file", "format", "locale", "dry_run", "strict",
                         "rows", "changes", "bad_cells", "unknown_columns",
                         "unknown_variants", "skipped_rows", "review", "applied", "bulk_id",
                         "undo", "changed_since_preview"}
    assert body["changes"] == [{"line": 2, "product_id": "prod_000009",
                                "variant_id": "variant_000009_00", "product": "Product 000009",
                                "variant": "S", "column": "price:usd", "before": "12.00",
                                "after": "24.00"}]
    assert body["bad_cells"][0] == {
        "line": 3, "product_id": "prod_000009", "variant_id": "variant_000009_01",
        "column": "price:usd", "text": "x",
        "reason": "“x” is not a number in English (United States) (the decimal sign is “.”)."}
    assert body["review"] == {
        "cells": 1, "products": 1, "variants": 1, "prices": 1, "stock": 0, "other": 0,
        "bad": 1, "prices_added": 0, "prices_removed": 0,
        "largest_moves": [{"product": "Product 000009", "variant": "S",
                           "column": "Price USD", "before": 12, "after": 24,
                           "percent": 100.0}],
        "summary": "1 cell changes in 1 product (1 variant): 1 price (0 added, 0 removed), "
                   "0 stock levels, 0 other cells."}
    assert (body["undo"], body["changed_since_preview"]) == ("desktop-app bulk undo 1", [])


def test_csv_from_standard_input(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(
        "product_id,variant_id,price:eur\nprod_000010,variant_000010_01,99\n"))
    result = shop.json("grid", "import", "-", "--dry-run")
    assert result.code == 0, result.out
    assert [c["after"] for c in result.json["changes"]] == ["99.00"]


def test_push_without_credentials_keeps_the_edits_for_later(shop: Shop, tmp_path: Path
                                                            ) -> None:
    path = tmp_path / "grid.csv"
    path.write_text("product_id,variant_id,status\nprod_000011,variant_000011_00,draft\n")
    result = shop.json("grid", "import", str(path), "--push")
    assert result.code == 1
    assert result.json["applied"] is True and result.json["error"]["code"] == "not_connected"
    assert outbox() == {("prod_000011", "status"): "draft"}


def test_import_push_sends_the_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ProfileStore().add(synthetic.PROFILE, activate=True)
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    medusa, payload = fake_pair(2)
    transports = Transports(medusa.transport, payload.transport)
    online = Shop(capsys)
    pulled = online.online(transports, "pull", "--quiet")
    assert pulled.code == 0, pulled.err
    path = tmp_path / "grid.csv"
    path.write_text("product_id,variant_id,status,price:eur\n"
                    "prod_00002,variant_2_M,draft,11.5\n")
    result = online.online(transports, "grid", "import", str(path), "--push", "--quiet")
    assert result.code == 0, result.out
    assert result.json["push"]["sent"] >= 1
    assert medusa.products["prod_00002"]["status"] == "draft"
    assert medusa.products["prod_00001"]["status"] == "published"
    [variant] = [v for v in medusa.products["prod_00002"]["variants"] if v["id"] == "variant_2_M"]
    assert [(p["currency_code"], p["amount"]) for p in variant["prices"]] == [("eur", 11.5)]
    assert online.catalog_state() == (0, 0)

