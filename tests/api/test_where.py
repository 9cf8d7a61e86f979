"""Payload where-builder encoding (qs bracket syntax)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.api.where import Where, encode_value


def qs_parse(params: list[tuple[str, str]]) -> dict[str, Any]:
    """Minimal model of qs.parse for bracket keys (numeric keys stay strings)."""
    root: dict[str, Any] = {}
    for key, value in params:
        head, _, rest = key.partition("[")
        parts = [head] + (rest[:-1].split("][") if rest else [])
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        assert parts[-1] not in node, f"duplicate key {key}"
        node[parts[-1]] = value
    return root


def test_single_condition():
    assert Where.equals("medusa_id", "prod_1").to_params() == [
        ("where[medusa_id][equals]", "prod_1")
    ]


def test_in_is_comma_joined():
    assert Where.in_("medusa_id", ["a", "b", "c"]).to_params() == [
        ("where[medusa_id][in]", "a,b,c")
    ]


def test_in_with_commas_in_values_uses_indices():
    assert Where.in_("title", ["a,b", "c"]).to_params() == [
        ("where[title][in][0]", "a,b"),
        ("where[title][in][1]", "c"),
    ]


def test_and_or_nesting():
    w = Where.equals("a", 1) & (Where.like("title", "x") | Where.exists("thumbnail", False))
    assert qs_parse(w.to_params()) == {
        "where": {
            "and": {
                "0": {"a": {"equals": "1"}},
                "1": {
                    "or": {"0": {"title": {"like": "x"}}, "1": {"thumbnail": {"exists": "false"}}}
                },
            }
        }
    }


def test_chained_and_is_flat():
    w = Where.equals("a", 1) & Where.equals("b", 2) & Where.equals("c", 3)
    assert [k for k, _ in w.to_params()] == [
        "where[and][0][a][equals]",
        "where[and][1][b][equals]",
        "where[and][2][c][equals]",
    ]


def test_dot_path_field():
    assert Where.equals("variants.medusa_id", "variant_1").to_params() == [
        ("where[variants.medusa_id][equals]", "variant_1")
    ]


def test_value_encoding():
    assert encode_value(True) == "true" and encode_value(False) == "false"
    assert encode_value(3) == "3" and encode_value(2.5) == "2.5"
    cet = timezone(timedelta(hours=1))
    assert (
        encode_value(datetime(2026, 11, 27, 6, 0, 0, 123456, tzinfo=cet))
        == "2026-11-27T05:00:00.123Z"
    )
    assert Where.greater_than("updatedAt", datetime(2026, 11, 27, 5, tzinfo=UTC)).to_params() == [
        ("where[updatedAt][greater_than]", "2026-11-27T05:00:00.000Z")
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Where.equals("a]b", "x"),
        lambda: Where.equals("", "x"),
        lambda: Where.in_("a", []),
        lambda: Where.equals("a", datetime(2026, 1, 1)),  # naive datetime
        lambda: Where.all_of(),
    ],
)
def test_invalid_input_rejected(make):
    with pytest.raises((ValueError, TypeError)):
        make().to_params()


ids = st.text(
    alphabet=st.characters(blacklist_characters=",", blacklist_categories=("Cs",)), min_size=1
)


@given(st.lists(ids, min_size=1, max_size=30))
def test_in_roundtrips_through_payloads_comma_split(values):
    [(key, encoded)] = Where.in_("medusa_id", values).to_params()
    assert key == "where[medusa_id][in]"
    assert encoded.split(",") == values


@given(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=6), st.booleans())
def test_groups_index_every_child_once(fields, use_or):
    nodes = [Where.equals(f, i) for i, f in enumerate(fields)]
    w = Where.any_of(*nodes) if use_or else Where.all_of(*nodes)
    tree = qs_parse(w.to_params())["where"]["or" if use_or else "and"]
    assert list(tree) == [str(i) for i in range(len(fields))]
    assert [next(iter(tree[str(i)])) for i in range(len(fields))] == fields
