"""CSV export of a list and import of edits: a checked dry run, applied only when asked."""

from __future__ import annotations

import csv
import io

import pytest

from desktop_app import bulk
from desktop_app.bulk import csv_io

IDS = [f"prod_0000{n}" for n in range(1, 7)]
HEADER = ("product_id,handle,status,title,subtitle,seo.meta_title,seo.meta_description,"
          "seo.meta_keywords")


def exported(catalog, ids=IDS) -> list[str]:
    out = io.StringIO()
    assert bulk.write_csv(catalog, ids, out) == len(ids)
    return out.getvalue().splitlines()


def plan_of(catalog, text: str) -> bulk.BulkPlan:
    return bulk.read_plan(catalog, io.StringIO(text), "edits.csv")


async def test_export_writes_the_values_the_merchant_sees(env):
    catalog, *_ = env
    catalog.edit("prod_00001", {"title": 'Comma, "quoted" title'})
    lines = exported(catalog, IDS[:2])
    assert lines == [
        HEADER,
        'prod_00001,item-1,published,"Comma, ""quoted"" title",,,,',
        "prod_00002,item-2,published,Payload title 2,Soft cotton shirt,Old SEO 2,,",
    ]


async def test_reimporting_an_unchanged_export_plans_nothing(env, tmp_path):
    catalog, *_ = env
    path = tmp_path / "list.csv"
    assert bulk.export_csv(catalog, IDS, path) == 6
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheet apps
    plan = bulk.import_csv(catalog, path)
    assert plan.ok and plan.diffs == () and plan.unchanged == 6


async def test_changed_cells_become_the_diff_and_apply_only_when_asked(env):
    catalog, *_ = env
    text = ("product_id,status,seo.meta_title\n"
            "prod_00001,draft,\n"
            "prod_00002,published,New SEO 2\n")
    plan = plan_of(catalog, text)
    assert plan.ok and plan.description == "Import edits.csv"
    assert [(d.product_id, [(c.field, c.before, c.after) for c in d.changes])
            for d in plan.diffs] == [
        ("prod_00001", [("status", "published", "draft")]),
        ("prod_00002", [("seo.meta_title", "Old SEO 2", "New SEO 2")])]
    assert catalog.outbox() == []  # the dry run wrote nothing
    op = bulk.apply(catalog, plan).op
    assert (op.kind, op.products) == ("csv", 2)
    assert catalog.product("prod_00002").value("seo.meta_title") == "New SEO 2"


async def test_bad_rows_are_reported_per_row_and_block_apply(env):
    catalog, *_ = env
    text = ("product_id,status,title,handle,seo.meta_title\n"
            "prod_00001,live,Payload title 1,item-1,\n"          # 2: bad status
            "prod_nope,draft,X,item-x,\n"                        # 3: unknown product
            "prod_00002,draft,  ,item-2,\n"                      # 4: empty title
            "prod_00003,draft,Payload title 3,Bad Handle,\n"     # 5: bad handle
            "prod_00006,published,,item-6,SEO\n"                 # 6: no Payload doc
            "prod_00004,draft,Payload title 4,item-4,,extra\n"   # 7: surplus cell
            ",draft,x,y,\n"                                      # 8: no id
            "prod_00005,draft,Payload title 5,item-5,ok\n"       # 9: fine
            "prod_00005,draft,Payload title 5,item-5,ok\n")      # 10: duplicate
    plan = plan_of(catalog, text)
    assert [str(e) for e in plan.errors] == [
        "row 2: status: status 'live' is not one of draft, proposed, published, rejected",
        "row 3: no product prod_nope in the local catalog",
        "row 4: title: the title cannot be empty",
        "row 5: handle: handle 'Bad Handle' is not URL safe: use lowercase letters, digits "
        "and single hyphens between words",
        "row 6: seo.meta_title: no Payload document is stored; pull first",
        "row 7: more cells than columns",
        "row 8: no product_id",
        "row 10: prod_00005 appears more than once",
    ]
    assert [d.product_id for d in plan.diffs] == ["prod_00005"]
    with pytest.raises(bulk.BulkError, match="Fix the 8 error"):
        bulk.apply(catalog, plan)
    assert catalog.outbox() == []


@pytest.mark.parametrize(("text", "message"), [
    ("", "first line must name the columns"),
    ("id,title\nprod_00001,x\n", "no 'product_id' column"),
    ("product_id,price,colour\n", "Unknown columns: price, colour. Editable columns:"),
    ("product_id,title,title\n", "named twice: title"),
])
def test_bad_files_fail_as_a_whole(env, text, message):
    catalog, *_ = env
    with pytest.raises(bulk.BulkError, match=message):
        plan_of(catalog, text)


async def test_unreadable_files_are_clear_errors(env, tmp_path):
    catalog, *_ = env
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("product_id,title\nprod_00001,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(bulk.BulkError, match="not UTF-8"):
        bulk.import_csv(catalog, latin)
    with pytest.raises(bulk.BulkError, match="Cannot read"):
        bulk.import_csv(catalog, tmp_path / "missing.csv")


# ------------------------------------------------------- formula cells (CSV injection)
TRICKY = {
    "prod_00001": {"subtitle": '=HYPERLINK("http://evil.test","Click")',
                   "seo.meta_title": "+1", "seo.meta_description": "-5"},
    "prod_00002": {"subtitle": "@SUM(A1:A9)", "seo.meta_title": "\tTabbed",
                   "seo.meta_description": "\r=1+2"},
    "prod_00003": {"subtitle": "'quoted", "seo.meta_title": "''twice",
                   "seo.meta_description": "'=already escaped"},
    "prod_00004": {"subtitle": "'", "seo.meta_title": "a=b, -c",
                   "seo.meta_description": "plain", "seo.meta_keywords": "one\rtwo"},
}


def _cells(catalog, ids: list[str]) -> dict[str, dict[str, str]]:
    out = io.StringIO(newline="")
    bulk.write_csv(catalog, ids, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    return {r["product_id"]: r for r in rows}


async def test_formula_cells_are_exported_behind_an_apostrophe(env):
    catalog, *_ = env
    for pid, values in TRICKY.items():
        catalog.edit(pid, values)
    cells = _cells(catalog, list(TRICKY))
    assert cells["prod_00001"]["subtitle"] == '\'=HYPERLINK("http://evil.test","Click")'
    assert cells["prod_00001"]["seo.meta_title"] == "'+1"
    assert cells["prod_00001"]["seo.meta_description"] == "'-5"  # numbers too (OWASP)
    assert cells["prod_00002"]["subtitle"] == "'@SUM(A1:A9)"
    assert cells["prod_00002"]["seo.meta_title"] == "'\tTabbed"
    assert cells["prod_00002"]["seo.meta_description"] == "'\r=1+2"
    # A value that starts with an apostrophe gets one more, so import can tell.
    assert cells["prod_00003"]["subtitle"] == "''quoted"
    assert cells["prod_00003"]["seo.meta_title"] == "'''twice"
    assert cells["prod_00003"]["seo.meta_description"] == "''=already escaped"
    assert cells["prod_00004"]["subtitle"] == "''"
    assert cells["prod_00004"]["seo.meta_title"] == "a=b, -c"  # not at the start: as is
    assert cells["prod_00004"]["handle"] == "item-4"
    assert cells["prod_00004"]["seo.meta_keywords"] == "one\rtwo"  # quoted, one row


async def test_export_then_import_is_lossless_for_formula_like_values(env, tmp_path):
    catalog, *_ = env
    for pid, values in TRICKY.items():
        catalog.edit(pid, values)
    path = tmp_path / "tricky.csv"
    bulk.export_csv(catalog, IDS, path)
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    plan = bulk.import_csv(catalog, path)
    assert plan.ok and plan.diffs == () and plan.unchanged == 6


async def test_import_strips_only_the_apostrophe_an_export_adds(env):
    catalog, *_ = env
    text = ("product_id,subtitle,seo.meta_title,seo.meta_description\n"
            "prod_00001,'=1+2,'Tis the season,''quoted\n")
    [diff] = plan_of(catalog, text).diffs
    assert {c.field: c.after for c in diff.changes} == {
        "subtitle": "=1+2",                   # as a spreadsheet saves our export
        "seo.meta_title": "'Tis the season",  # typed by hand: nothing to undo
        "seo.meta_description": "'quoted",
    }


@pytest.mark.parametrize("value", ["", "=", "'", "''", "'=", "-", "@@", "\t", "\r\n", "x'",
                                   "'x", "+1", "-1.5", " =padded", "=a'b"])
def test_neutralise_and_restore_round_trip(value):
    cell = csv_io.neutralise(value)
    assert not cell.startswith(csv_io.FORMULA_STARTS)
    assert csv_io.restore(cell) == value


async def test_a_handle_another_product_has_is_refused_before_the_push(env):
    """Medusa refuses a taken handle at the push (product_create_duplicate_handle.json);
    the dry run says so first, as 'products create' does."""
    catalog, *_ = env
    text = ("product_id,handle\n"
            "prod_00001,item-2\n"      # 2: prod_00002's handle
            "prod_00003,item-new\n"    # 3: free, but…
            "prod_00004,item-new\n"    # 4: …set twice in the file
            "prod_00005,item-6\n"      # 5: freed by row 6 in the same file: fine
            "prod_00006,item-six\n")
    plan = plan_of(catalog, text)
    assert [str(e) for e in plan.errors] == [
        "row 2: handle: product prod_00002 already has the handle 'item-2'",
        "row 4: handle: row 3 sets the handle 'item-new' too",
    ]
    assert [d.product_id for d in plan.diffs] == ["prod_00003", "prod_00005", "prod_00006"]


def test_a_taken_handle_is_found_among_many_products_matching_its_words(tmp_path):
    """The holder of 'shirt' sorts after 60 products whose titles say shirt: the check
    looks the handle up exactly, not among a search's first rows."""
    from desktop_app.services.offline import OfflineCatalog
    from desktop_app.store import CatalogStore

    store = CatalogStore.open(tmp_path / "c.sqlite3")
    stamp = "2026-11-01T00:00:00.000Z"
    store.save_medusa([{"id": f"prod_{n:03d}", "handle": f"aa-{n}", "title": f"A shirt {n}",
                        "status": "published", "updated_at": stamp} for n in range(60)]
                      + [{"id": "prod_zzz", "handle": "shirt", "title": "Zebra tee",
                          "status": "published", "updated_at": stamp}])
    plan = plan_of(OfflineCatalog(store), "product_id,handle\nprod_001,shirt\n")
    assert [str(e) for e in plan.errors] == [
        "row 2: handle: product prod_zzz already has the handle 'shirt'"]
    assert plan.diffs == ()
    store.close()
