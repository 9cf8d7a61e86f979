"""The grid as a file (grid/files.py) and a file staged on a session (grid/file_import.py):
Qt-free, on a synthetic catalog without servers."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.grid import file_import, files
from desktop_app.grid.columns import Place, price_column, stock_column
from desktop_app.grid.loading import open_session
from desktop_app.grid.session import GridSession
from desktop_app.services.offline import OfflineCatalog
from tests.grid.synthetic import grid_catalog

KEYS = ["product", "variant", "sku", "price:eur", "price:usd", "region:reg_eu",
        "stock:sloc_main", "status", "manage_inventory"]
HEADER = ["product_id", "variant_id", *KEYS]


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[OfflineCatalog]:
    catalog = grid_catalog(tmp_path / "shop.sqlite", products=3, variants=2)
    yield catalog
    catalog.close_now()


def session_of(catalog: OfflineCatalog, locale: str = "en_US") -> GridSession:
    session, _ = open_session(catalog, [f"prod_{n:06d}" for n in range(3)], locale)
    return session


def csv_text(session: GridSession, keys: list[str] = KEYS) -> str:
    out = io.StringIO()
    files.write_csv(session, keys, out)
    return out.getvalue()


# ------------------------------------------------------------------ CSV
def test_csv_has_keys_as_header_and_machine_readable_numbers(catalog: OfflineCatalog) -> None:
    text = csv_text(session_of(catalog))
    lines = text.split("\r\n")
    assert not text.startswith("\ufeff")  # no BOM
    assert lines[0] == ",".join(HEADER)
    assert lines[1] == ("prod_000000,variant_000000_00,Product 000000,S,SKU-000000-00,"
                        "10.00,12.00,9.00,5,published,Yes")
    assert lines[5] == ("prod_000002,variant_000002_00,Product 000002,S,SKU-000002-00,"
                        "10.00,12.00,9.00,5,published,Yes")


def test_a_decimal_comma_locale_writes_semicolons_and_reads_back(catalog: OfflineCatalog
                                                                 ) -> None:
    text = csv_text(session_of(catalog, "de_DE"))
    assert text.split("\r\n")[2] == ("prod_000000;variant_000000_01;Product 000000;M;"
                                     "SKU-000000-01;11,00;13,00;10,00;6;published;Yes")
    table = files.read_csv_text(text)
    assert table.header == HEADER
    assert table.rows[1] == (3, ["prod_000000", "variant_000000_01", "Product 000000", "M",
                                 "SKU-000000-01", "11,00", "13,00", "10,00", "6",
                                 "published", "Yes"])


def test_formula_like_text_is_escaped_in_csv_and_restored_on_reading(
        catalog: OfflineCatalog) -> None:
    session = session_of(catalog)
    session.set_texts([(0, "sku", "=HYPERLINK(\"x\")"), (1, "sku", "-5")])
    text = csv_text(session, ["sku"])
    assert "'=HYPERLINK" in text and ",'-5\r\n" in text
    rows = files.read_csv_text(text).rows
    assert [r[1][2] for r in rows[:2]] == ["=HYPERLINK(\"x\")", "-5"]


def test_reading_csv_finds_the_separator_skips_blank_lines_and_counts_lines() -> None:
    text = ('\ufeffproduct_id\tvariant_id\tsku\n\np1\tv1\t"two\nlines"\n\t\t\np2\tv2\tB\n')
    table = files.read_csv_text(text)
    assert table.header == ["product_id", "variant_id", "sku"]
    assert table.rows == [(3, ["p1", "v1", "two\nlines"]), (6, ["p2", "v2", "B"])]
    with pytest.raises(files.GridFileError, match="empty"):
        files.read_csv_text("\n\n")


def test_a_csv_file_that_is_not_utf8_is_refused_with_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("product_id;variant_id;sku\np;v;Größe\n".encode("cp1252"))
    with pytest.raises(files.GridFileError, match="CSV UTF-8"):
        files.read_table(str(path), "csv")
    with pytest.raises(files.GridFileError, match="Cannot read"):
        files.read_table(str(tmp_path / "missing.csv"), "csv")


def test_format_comes_from_the_option_or_the_name() -> None:
    assert files.format_for("a.XLSX") == "xlsx"
    assert files.format_for("a.csv") == "csv"
    assert files.format_for("-") == "csv"
    assert files.format_for("a.txt", "csv") == "csv"
    for bad in (("a.txt", None), ("a.csv", "ods")):
        with pytest.raises(files.GridFileError):
            files.format_for(*bad)


def test_plain_numbers_read_as_a_spreadsheet_shows_them() -> None:
    assert files.plain_number(12) == "12"
    assert files.plain_number(19.99) == "19.99"
    assert files.plain_number(10 * 1.1) == "11"  # 11.000000000000002 in binary
    assert files.plain_number(1e16) == "10000000000000000"
    assert files.plain_number(Decimal("12.50")) == "12.5"


# ------------------------------------------------------------------ XLSX
def test_xlsx_has_numeric_prices_and_stock_a_bold_header_and_frozen_titles(
        catalog: OfflineCatalog, tmp_path: Path) -> None:
    session = session_of(catalog)
    session.set_texts([(0, "sku", "=1+1")])
    path = tmp_path / "grid.xlsx"
    assert files.write_xlsx(session, KEYS, path) == 6
    sheet = load_workbook(path).active
    assert sheet.title == "Variants"
    assert [c.value for c in sheet[1]] == HEADER
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "E2"  # the header row, the ids and the titles stay
    eur, stock, sku = sheet["F2"], sheet["I2"], sheet["E2"]
    assert (eur.value, eur.data_type, eur.number_format) == (10, "n", "0.00")
    assert (stock.value, stock.data_type, stock.number_format) == (5, "n", "0")
    assert (sku.value, sku.data_type) == ("=1+1", "s")  # text, never a formula
    assert sheet["J2"].value == "published" and sheet["K2"].value == "Yes"


def test_xlsx_reads_back_the_values_written(catalog: OfflineCatalog, tmp_path: Path) -> None:
    path = tmp_path / "grid.xlsx"
    files.write_xlsx(session_of(catalog), KEYS, path)
    table = files.read_xlsx(path)
    assert table.header == HEADER
    assert table.rows[0] == (2, ["prod_000000", "variant_000000_00", "Product 000000", "S",
                                 "SKU-000000-00", 10, 12, 9, 5, "published", "Yes"])
    assert len(table.rows) == 6 and table.problems == {}


def _workbook_with_formula(path: Path, cached: str | None) -> None:
    """A sheet whose C2 is =B2*1.1, with the value a spreadsheet app saved (or none, as
    openpyxl writes it): openpyxl cannot write a cached value, so it is put in the XML."""
    book = Workbook()
    sheet = book.active
    sheet.append(["product_id", "variant_id", "price:eur"])
    sheet.append(["p", "v", "=B3*1.1"])
    book.save(path)
    if cached is None:
        return
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode()
    xml, found = re.subn(r"(<f>B3\*1\.1</f>)(<v\s*/>|<v></v>)?", rf"\1<v>{cached}</v>", xml)
    assert found == 1
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_a_formula_counts_with_its_computed_value(tmp_path: Path) -> None:
    path = tmp_path / "computed.xlsx"
    _workbook_with_formula(path, "11.000000000000002")
    table = files.read_xlsx(path)
    assert table.rows == [(2, ["p", "v", 11.000000000000002])] and table.problems == {}
    column = price_column("eur")
    assert file_import.cell_text(column, table.rows[0][1][2], "de_DE") == "11"


def test_a_formula_without_a_computed_value_is_a_problem_of_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "never_opened.xlsx"
    _workbook_with_formula(path, None)
    table = files.read_xlsx(path)
    assert table.rows == [(2, ["p", "v", None])]
    assert table.problems == {(2, 2): files.NO_VALUE}


def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("product_id,variant_id\n")
    with pytest.raises(files.GridFileError, match="as an XLSX workbook"):
        files.read_xlsx(path)
    with pytest.raises(files.GridFileError, match=r"missing\.xlsx: No such file"):
        files.read_xlsx(tmp_path / "missing.xlsx")


def test_raw_cells_become_the_text_typed_into_the_column() -> None:
    price, stock = price_column("eur"), stock_column(Place("sloc_main", "Main"))
    assert file_import.cell_text(price, 12.5, "de_DE") == "12,5"
    assert file_import.cell_text(price, 12.5, "en_US") == "12.5"
    assert file_import.cell_text(stock, 7, "de_DE") == "7"
    assert file_import.cell_text(price, None, "en_US") == ""
    sku = file_import.normal_key  # header keys: kind and currency in lower case
    assert sku(" Price:EUR ") == "price:eur" and sku("STOCK:sloc_Main") == "stock:sloc_Main"


# ------------------------------------------------------------------ staging
def table_of(rows: list[list[object]], header: list[str] = HEADER) -> files.Table:
    return files.Table(header, [(n, list(r)) for n, r in enumerate(rows, 2)])


def exported(catalog: OfflineCatalog) -> list[list[str]]:
    return [row for _, row in files.read_csv_text(csv_text(session_of(catalog))).rows]


def staged(catalog: OfflineCatalog, table: files.Table) -> tuple[GridSession,
                                                                 file_import.FileImport]:
    session = file_import.open_for(catalog, table, "en_US")
    return session, file_import.stage(session, table)


def test_an_unchanged_export_changes_nothing(catalog: OfflineCatalog) -> None:
    session, result = staged(catalog, table_of(exported(catalog)))
    assert result.changes == [] and result.problems == 0 and result.rows == 6
    assert session.staged_cells == {}


def test_changed_cells_are_staged_and_reported_with_before_and_after(
        catalog: OfflineCatalog) -> None:
    rows = exported(catalog)
    rows[0][5] = "10.5"  # price:eur
    rows[1][8] = "0"  # stock
    rows[1][9] = "draft"  # the product's status, from its second row
    rows[2][6] = "12"  # the same value written differently: no change
    rows[3][7] = ""  # a region price removed
    session, result = staged(catalog, table_of(rows))
    assert [(c.line, c.product_id, c.variant_id, c.column, c.before, c.after)
            for c in result.changes] == [
        (2, "prod_000000", "variant_000000_00", "price:eur", "10.00", "10.50"),
        (3, "prod_000000", "variant_000000_01", "stock:sloc_main", "6", "0"),
        (3, "prod_000000", "", "status", "published", "draft"),
        (5, "prod_000001", "variant_000001_01", "region:reg_eu", "10.00", ""),
    ]
    assert result.problems == 0 and len(session.staged_cells) == 4


def test_codes_a_spreadsheet_turned_into_numbers_are_not_taken_for_edits(
        catalog: OfflineCatalog) -> None:
    """A CSV opened and saved in Excel loses a code's leading zeros and writes a long one
    as "4.00638E+12": neither may overwrite the barcodes of the shop."""
    catalog.edit("prod_000000", {"variants.variant_000000_00.barcode": "0012345678905",
                                 "variants.variant_000000_01.barcode": "4006381333931"})
    header = ["product_id", "variant_id", "barcode"]
    rows = [["prod_000000", "variant_000000_00", "12345678905"],
            ["prod_000000", "variant_000000_01", "4.00638E+12"],
            ["prod_000001", "variant_000001_00", "0099"]]  # a real change: none before
    session, result = staged(catalog, table_of(rows, header))
    assert [(c.line, c.column, c.after) for c in result.changes] == [(4, "barcode", "0099")]
    assert [(b.line, b.column, b.text) for b in result.bad] == [(3, "barcode", "4.00638E+12")]
    assert "rounded number" in result.bad[0].reason
    assert session.text(0, "barcode") == "0012345678905"


def test_bad_cells_are_reported_with_the_grids_reason_and_the_rest_is_kept(
        catalog: OfflineCatalog) -> None:
    rows = exported(catalog)
    rows[0][5] = "abc"
    rows[0][6] = "13"
    rows[1][8] = "-1"
    rows[2][4] = "SKU-000000-01"  # the next variant's SKU
    rows[3][8] = "2.5"
    _, result = staged(catalog, table_of(rows))
    assert [(b.line, b.column, b.text, b.reason) for b in result.bad] == [
        (2, "price:eur", "abc",
         "“abc” is not a number in English (United States) (the decimal sign is “.”)."),
        (3, "stock:sloc_main", "-1", "Stock cannot be negative."),
        (4, "sku", "SKU-000000-01", "Another variant of the shop has the SKU “SKU-000000-01”."),
        (5, "stock:sloc_main", "2.5", "Stock is a whole number."),
    ]
    assert [(c.line, c.column, c.after) for c in result.changes] == [(2, "price:usd", "13.00")]


def test_unknown_columns_variants_and_repeated_rows_are_reported(catalog: OfflineCatalog
                                                                 ) -> None:
    rows = [[*r, "note"] for r in exported(catalog)[:2]]
    rows[0][5] = "20"
    rows.append(["prod_000000", "variant_gone", *([""] * 10)])
    rows.append(["prod_000000", "variant_000000_00", "", "", "", "30"])
    rows.append(["", "variant_000000_01"])
    header = [*HEADER, "notes"]
    header[4] = "SKU"  # keys are read without regard to case
    _, result = staged(catalog, table_of(rows, header))
    assert [(u.name, u.position) for u in result.unknown_columns] == [("notes", 12)]
    assert [(u.line, u.variant_id) for u in result.unknown_variants] == [(4, "variant_gone")]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (5, "The variant is on line 2 already; only that row is read."),
        (6, "The row has no product_id or no variant_id.")]
    assert [(c.column, c.after) for c in result.changes] == [("price:eur", "20.00")]
    assert result.problems == 4


def test_an_unnamed_column_counts_only_when_it_holds_something(catalog: OfflineCatalog
                                                                 ) -> None:
    rows = [[*r, ""] for r in exported(catalog)]  # "…,Yes," as a trailing separator makes
    _, result = staged(catalog, table_of(rows, [*HEADER, ""]))
    assert result.problems == 0
    rows[2][-1] = "stray"
    _, result = staged(catalog, table_of(rows, [*HEADER, ""]))
    assert [(u.name, u.position) for u in result.unknown_columns] == [("", 12)]


def test_a_file_without_ids_is_refused(catalog: OfflineCatalog) -> None:
    with pytest.raises(files.GridFileError, match="no variant_id column"):
        staged(catalog, table_of([["p", "10"]], ["product_id", "price:eur"]))


def test_rows_of_one_product_asking_for_different_statuses(catalog: OfflineCatalog) -> None:
    rows = exported(catalog)
    rows[0][9] = "draft"
    rows[1][9] = "proposed"
    rows[2][9] = "archived"  # not a status
    rows[3][9] = "draft"  # the same product as the row before: they disagree
    rows[5][9] = "Draft"  # the same as the row before, written otherwise: one change
    rows[4][9] = "draft"
    _, result = staged(catalog, table_of(rows))
    assert [(c.line, c.product_id, c.after) for c in result.changes] == [
        (2, "prod_000000", "draft"), (6, "prod_000002", "draft")]
    assert [(b.line, b.reason) for b in result.bad] == [
        (3, "Line 2 sets this product's status to “draft” already."),
        (4, "“archived” is not a status (draft, proposed, published, rejected)."),
        (5, "Line 4 sets this product's status to “archived” already.")]


def test_a_currency_the_store_does_not_sell_is_refused_per_cell(catalog: OfflineCatalog
                                                               ) -> None:
    table = table_of([["prod_000000", "variant_000000_00", "5"],
                      ["prod_000000", "variant_000000_01", ""]],
                     ["product_id", "variant_id", "price:gbp"])
    _, result = staged(catalog, table)
    assert [(b.column, b.reason) for b in result.bad] == [
        ("price:gbp", "The store does not sell GBP; add the currency to the store in Medusa "
                      "first.")]
    assert result.unknown_columns == []


def test_a_read_only_cell_changed_in_the_file_is_a_bad_cell(catalog: OfflineCatalog) -> None:
    catalog.edit("prod_000000", {"variants.variant_000000_00.manage_inventory": False})
    rows = exported(catalog)
    assert rows[0][8] == "5" and rows[0][10] == "No"  # the level stays, not tracked
    rows[0][8] = "7"
    rows[1][8] = "8"
    rows[0][2] = "Renamed"  # the titles are for reading: never an edit, never an error
    _, result = staged(catalog, table_of(rows))
    assert [(b.line, b.column, b.reason) for b in result.bad] == [
        (2, "stock:sloc_main",
         "Medusa does not manage this variant's stock (Manage inventory is off).")]
    assert [(c.line, c.column, c.after) for c in result.changes] == [
        (3, "stock:sloc_main", "8")]


def test_a_level_at_a_new_location_is_a_change(catalog: OfflineCatalog) -> None:
    header = [*HEADER[:8], "stock:sloc_east", *HEADER[9:]]
    rows = [[*r[:8], "", *r[9:]] for r in exported(catalog)]
    rows[0][8] = "3"
    _, result = staged(catalog, table_of(rows, header))
    assert [(c.column, c.before, c.after) for c in result.changes] == [
        ("stock:sloc_east", "", "3")]


def test_a_formula_without_a_value_is_a_bad_cell(catalog: OfflineCatalog) -> None:
    rows = exported(catalog)
    rows[0][5] = None
    table = files.Table(HEADER, [(n, r) for n, r in enumerate(rows, 2)],
                        {(2, 5): files.NO_VALUE})
    _, result = staged(catalog, table)
    assert [(b.line, b.column, b.reason) for b in result.bad] == [(2, "price:eur",
                                                                   files.NO_VALUE)]


def test_short_rows_leave_missing_cells_alone(catalog: OfflineCatalog) -> None:
    _, result = staged(catalog, table_of([["prod_000000", "variant_000000_00", "P", "S",
                                           "SKU-000000-00", "11"]]))
    assert [(c.column, c.after) for c in result.changes] == [("price:eur", "11.00")]
    assert result.problems == 0


def test_csv_text_round_trip_through_a_spreadsheet_module() -> None:
    # What csv.writer of another program makes of the export reads the same.
    out = io.StringIO()
    csv.writer(out).writerows([HEADER[:3], ["p", "v", "P"]])
    assert files.read_csv_text(out.getvalue()).rows == [(2, ["p", "v", "P"])]
