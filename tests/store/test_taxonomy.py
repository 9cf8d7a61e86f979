"""The shop's organising terms in the store, from Medusa's recorded list replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.store import CatalogStore, taxonomy
from desktop_app.store.taxonomy import Term

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"


def rows(name: str, key: str) -> list[dict]:
    return json.loads((FIXTURES / f"{name}.json").read_text())["response"]["json"][key]


@pytest.fixture
def conn():
    store = CatalogStore.open(":memory:")
    yield store.conn
    store.close()


def test_each_kind_is_read_from_medusas_own_shape(conn):
    taxonomy.save_all(conn, "category", rows("categories_list", "product_categories"))
    taxonomy.save_all(conn, "collection", rows("collections_list", "collections"))
    taxonomy.save_all(conn, "tag", rows("tags_list", "product_tags"))
    taxonomy.save_all(conn, "type", rows("types_list", "product_types"))
    taxonomy.save_all(conn, "channel", rows("sales_channels_list", "sales_channels"))
    taxonomy.save_all(conn, "location", rows("stock_locations_list", "stock_locations"))
    taxonomy.save_all(conn, "currency", ["eur", "USD"])
    taxonomy.save_all(conn, "region", rows("regions_list", "regions"))
    top, sub = taxonomy.load(conn, "category")[::-1]  # "Rec Sub" sorts before "Rec Top"
    assert top.parent_id is None and sub.parent_id == top.id and sub.handle.startswith("rec-sub")
    assert taxonomy.load(conn, "collection")[0].name.startswith("Rec Coll")
    assert taxonomy.load(conn, "tag")[0].name.startswith("rec-t-")
    assert taxonomy.load(conn, "type")[0].name.startswith("Rec T ")
    assert taxonomy.load(conn, "channel")[0].name == "Default Sales Channel"
    assert len(taxonomy.load(conn, "location")) == 2
    assert taxonomy.load(conn, "currency") == [Term("currency", "eur", "EUR"),
                                               Term("currency", "usd", "USD")]
    [region] = taxonomy.load(conn, "region")
    assert region.name.startswith("Rec Europe") and region.id.startswith("reg_")
    assert region.currency == "eur"  # a region sells in one currency
    assert all(taxonomy.read_at(conn, k) for k in taxonomy.KINDS)
    assert 0 <= taxonomy.age(conn) < 60


def test_save_all_replaces_only_that_kind(conn):
    taxonomy.save_all(conn, "tag", [{"id": "ptag_1", "value": "old"}])
    taxonomy.save_all(conn, "type", [{"id": "ptyp_1", "value": "kept"}])
    taxonomy.save_all(conn, "tag", [{"id": "ptag_2", "value": "new"}, {"value": "no id"}])
    assert taxonomy.names(conn, "tag") == {"ptag_2": "new"}
    assert taxonomy.names(conn, "type") == {"ptyp_1": "kept"}
    with pytest.raises(ValueError, match="unknown taxonomy kind"):
        taxonomy.load(conn, "brand")


def test_a_category_tree_reply_is_flattened_and_walked_depth_first(conn):
    taxonomy.save_all(conn, "category", rows("categories_tree", "product_categories"))
    tree = taxonomy.category_tree(conn)
    assert [(depth, term.name.split()[1]) for depth, term in tree] == [
        (0, "Clothing"), (1, "Shirts")]
    assert taxonomy.descendants(conn, tree[0][1].id) == {tree[1][1].id}


def test_tree_order_descendants_orphans_and_cycles(conn):
    taxonomy.save_all(conn, "category", [
        {"id": "c_b", "name": "Books", "parent_category_id": None},
        {"id": "c_a", "name": "Apparel", "parent_category_id": None},
        {"id": "c_t10", "name": "Tees 10", "parent_category_id": "c_a"},
        {"id": "c_t2", "name": "Tees 2", "parent_category_id": "c_a"},
        {"id": "c_v", "name": "V-neck", "parent_category_id": "c_t2"},
        {"id": "c_o", "name": "Orphan", "parent_category_id": "c_deleted"},
        {"id": "c_x", "name": "Loop X", "parent_category_id": "c_y"},
        {"id": "c_y", "name": "Loop Y", "parent_category_id": "c_x"},
    ])
    tree = [(depth, term.id) for depth, term in taxonomy.category_tree(conn)]
    assert tree == [(0, "c_a"), (1, "c_t2"), (2, "c_v"), (1, "c_t10"), (0, "c_b"),
                    (0, "c_o"), (0, "c_x"), (1, "c_y")]  # natural order: "Tees 2" first
    assert taxonomy.descendants(conn, "c_a") == {"c_t2", "c_t10", "c_v"}
    assert taxonomy.descendants(conn, "c_v") == set()
    assert taxonomy.descendants(conn, "c_x") == {"c_y"}  # a cycle ends
    assert taxonomy.descendants(conn, "c_unknown") == set()


def test_unknown_refs_finds_a_term_made_since_the_last_read(conn):
    taxonomy.save_all(conn, "category", [{"id": "pcat_1", "name": "A"}])
    taxonomy.save_all(conn, "collection", [{"id": "pcol_1", "title": "C"}])
    known = {"categories": ["pcat_1"], "collection_id": "pcol_1", "tags": []}
    assert not taxonomy.unknown_refs(conn, [known, {"id": "old record"}])
    assert taxonomy.unknown_refs(conn, [{**known, "categories": ["pcat_1", "pcat_2"]}])
    assert taxonomy.unknown_refs(conn, [{"type_id": "ptyp_new"}])
