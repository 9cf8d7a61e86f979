"""The grid's view order: grouping, collapsing, sorting and column filters (Qt-free)."""

from __future__ import annotations

import pytest

from desktop_app.grid.loading import columns_of, product_ids
from desktop_app.grid.rows import variant_rows
from desktop_app.grid.session import GridSession
from desktop_app.grid.view_order import FilterError, Sort, arrange, arranging, parse_filter
from tests.grid.conftest import session_of
from tests.grid.synthetic import grid_catalog

# 3 products × 4 variants (S, M, L, XL): EUR 10-13, USD 12-15, Europe 9-12, stock 5-8.


def titles(session, arrangement):
    """Each line as text: a product header "# title (shown/all)" or "product/variant"."""
    out = []
    for line in range(len(arrangement)):
        group = arrangement.group_at(line)
        if group is not None:
            out.append(f"# {group.title[-1]} ({len(group.shown)}/{len(group.rows)})")
        else:
            row = arrangement.row_at(line)
            out.append(f"{session.rows[row].product_title[-1]}/{session.rows[row].variant_title}")
    return out


def only(session, key, text):
    return parse_filter(session.columns[key], text, session.locale)


def test_grouped_lines_are_a_header_then_the_products_variants_in_load_order(session):
    arrangement = arrange(session)
    assert titles(session, arrangement)[:6] == ["# 0 (4/4)", "0/S", "0/M", "0/L", "0/XL",
                                                "# 1 (4/4)"]
    assert len(arrangement) == 15 and arrangement.rows == list(range(12))
    assert arrangement.line_of(4) == 6  # product 1's first variant, after two headers


def test_a_collapsed_product_shows_only_its_header(session):
    arrangement = arrange(session, collapsed={"prod_000001"})
    assert titles(session, arrangement)[5:8] == ["# 1 (4/4)", "# 2 (4/4)", "2/S"]
    assert 4 not in arrangement.rows and arrangement.line_of(4) is None


def test_grouped_sort_orders_products_by_their_best_variant_and_variants_within(session):
    session.set_texts([(9, "price:eur", "50"), (2, "price:eur", "3")])  # 2/M, 0/L
    down = arrange(session, sort=Sort("price:eur", descending=True))
    assert titles(session, down)[:3] == ["# 2 (4/4)", "2/M", "2/XL"]
    assert titles(session, down)[5:7] == ["# 0 (4/4)", "0/XL"]  # 13 beats product 1's 13
    up = arrange(session, sort=Sort("price:eur"))
    assert titles(session, up)[:3] == ["# 0 (4/4)", "0/L", "0/S"]


def test_flat_sort_puts_empty_cells_last_in_both_directions(session):
    session.set_texts([(0, "price:eur", ""), (5, "price:eur", "99")])
    up = arrange(session, grouped=False, sort=Sort("price:eur"))
    down = arrange(session, grouped=False, sort=Sort("price:eur", descending=True))
    assert up.lines[-1] == 0 and down.lines[-1] == 0
    assert down.lines[0] == 5 and up.groups == [] and len(up) == 12


def test_text_sorts_naturally_and_ties_keep_load_order(session):
    session.set_texts([(0, "sku", "A-10"), (1, "sku", "A-9"), (2, "sku", "a-100")])
    flat = arrange(session, grouped=False, sort=Sort("sku"))
    assert flat.lines[:3] == [1, 0, 2]  # 9 < 10 < 100, any case
    by_title = arrange(session, grouped=False, sort=Sort("product"))
    assert by_title.lines == list(range(12))  # equal within a product: load order


@pytest.mark.parametrize(("typed", "expected"), [
    (">12", [3, 7, 11]), ("<=10", [0, 4, 8]), ("11..12", [1, 2, 5, 6, 9, 10]),
    ("12..11", [1, 2, 5, 6, 9, 10]), ("= 13", [3, 7, 11]), ("13", [3, 7, 11]),
    ("!=10", [1, 2, 3, 5, 6, 7, 9, 10, 11]), ("empty", []),
    ("!empty", list(range(12))), ("€ 10.00", [0, 4, 8]),
])
def test_number_filters(session, typed, expected):
    flat = arrange(session, grouped=False, filters=[only(session, "price:eur", typed)])
    assert flat.lines == expected


def test_number_filters_read_the_sessions_locale(catalog):
    session = session_of(catalog, "de_DE")
    session.set_texts([(0, "price:eur", "10,5")])
    flat = arrange(session, grouped=False, filters=[only(session, "price:eur", ">10,25")])
    assert flat.lines[:2] == [0, 1]
    with pytest.raises(FilterError, match="no number filter"):
        only(session, "price:eur", ">cheap")


def test_text_and_flag_filters(session):
    def lines(key, typed):
        return arrange(session, grouped=False, filters=[only(session, key, typed)]).lines

    session.set_texts([(1, "barcode", "400123")])
    assert lines("sku", "000001-0") == [4, 5, 6, 7]
    assert lines("sku", "=sku-000002-03") == [11]
    assert len(lines("sku", "!-03")) == 9
    assert lines("barcode", "!empty") == [1] and len(lines("barcode", "empty")) == 11
    assert lines("manage_inventory", "no") == []
    assert len(lines("manage_inventory", "yes")) == 12
    with pytest.raises(FilterError, match="yes or no"):
        only(session, "manage_inventory", "maybe")


def test_filters_combine_and_headers_count_the_variants_shown(session):
    arrangement = arrange(session, filters=[only(session, "price:eur", ">=12"),
                                            only(session, "sku", "000001")])
    assert titles(session, arrangement) == ["# 1 (2/4)", "1/L", "1/XL"]


def test_a_span_of_lines_skips_header_lines(session):
    arrangement = arrange(session)
    assert arrangement.span(3, 7) == (2, 4)  # 0/L, 0/XL, (header), 1/S, 1/M
    assert arrangement.span(0, 0) == (0, 0)  # a header alone: no variant
    assert arrangement.span(5, 5) == (4, 0)
    assert arrangement.span(5, 6) == (4, 1)


def test_arranging_in_slices_gives_what_arrange_gives(tmp_path):
    catalog = grid_catalog(tmp_path / "big.db", products=80, variants=4)
    try:
        session = session_of(catalog)
        session.set_texts([(n, "price:eur", str(n % 7)) for n in range(0, 320, 3)])
        options = {"sort": Sort("price:eur", descending=True),
                   "filters": [only(session, "sku", "!-02")], "collapsed": {"prod_000004"}}
        steps = list(arranging(session, budget=0, **options))
        assert steps[:-1] and all(step is None for step in steps[:-1])  # it did pause
        assert steps[-1].lines == arrange(session, **options).lines
    finally:
        catalog.close_now()


def first_product_only(catalog):
    """A session that has read the first product so far (the grid loads in chunks)."""
    session = GridSession(columns_of(catalog), "en_US", catalog.sku_holders)
    session.add_rows(variant_rows(catalog.grid_products(product_ids(catalog)[:1])))
    return session


def read_the_rest(catalog, session):
    session.add_rows(variant_rows(catalog.grid_products(product_ids(catalog)[1:])))


@pytest.mark.parametrize("grouped", [True, False])
def test_rows_read_later_are_appended_filtered_in_load_order(catalog, grouped):
    session = first_product_only(catalog)
    sku = only(session, "sku", "!-01")
    options = {"grouped": grouped, "filters": [sku], "collapsed": {"prod_000002"}}
    arrangement = arrange(session, **options)
    assert len(arrangement) == (4 if grouped else 3)
    read_the_rest(catalog, session)
    added = arrangement.append(session, [sku], {"prod_000002"})
    assert added == (5 if grouped else 6)  # two headers and product 1's three variants
    again = arrange(session, **options)
    assert arrangement.lines == again.lines and arrangement.rows == again.rows
    assert arrangement.span(0, len(arrangement) - 1) == (0, len(again.rows))


def test_folding_one_product_removes_its_lines_under_its_header_and_unfolding_restores(
        session):
    sorted_down = arrange(session, sort=Sort("price:eur", descending=True))
    before = list(sorted_down.lines)
    assert sorted_down.fold(1, folded=True) == (6, 4)  # product 1: lines 6-9 go
    assert titles(session, sorted_down)[4:7] == ["0/S", "# 1 (4/4)", "# 2 (4/4)"]
    assert sorted_down.line_of(7) is None and sorted_down.line_of(11) == 7
    assert sorted_down.fold(1, folded=True) == (6, 0)  # folded already: nothing more
    assert sorted_down.fold(1, folded=False) == (6, 4)
    assert sorted_down.lines == before  # the sorted order within the product again
    assert sorted_down.fold(1, folded=False) == (6, 0)


def test_refold_folds_every_product_as_asked(session):
    arrangement = arrange(session)
    arrangement.refold({"prod_000000", "prod_000001", "prod_000002"})
    assert titles(session, arrangement) == ["# 0 (4/4)", "# 1 (4/4)", "# 2 (4/4)"]
    assert arrangement.rows == [] and arrangement.header_line(2) == 2
    arrangement.refold(set())
    assert arrangement.lines == arrange(session).lines
