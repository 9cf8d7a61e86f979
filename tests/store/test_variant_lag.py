"""Payload's variants lagging behind Medusa's, in words."""

from __future__ import annotations

from desktop_app.store.records import payload_record
from desktop_app.store.variant_lag import variant_lag

MEDUSA = {"variants": [{"id": "variant_1", "title": "S"}, {"id": "variant_2", "title": "M"},
                       {"id": "local_var_x", "title": "XL"}]}


def doc(*variants):
    return payload_record({"id": 7, "medusa_id": "prod_1", "title": "T", "variants": [
        {"id": "r1", "medusa_id": vid, "title": title, "option_values": []}
        for vid, title in variants]})


def test_in_step_says_nothing_and_a_local_variant_is_not_expected_there():
    assert variant_lag(MEDUSA, doc(("variant_1", "S"), ("variant_2", "M"))) is None


def test_a_missing_removed_or_renamed_variant_is_named():
    text = variant_lag(MEDUSA, doc(("variant_1", "Small"), ("variant_9", "L")))
    assert "1 variant is missing there (M)" in text
    assert "1 removed variant (L)" in text
    assert "titles differ (S)" in text


def test_a_document_read_without_variants_is_not_called_lagging():
    record = payload_record({"id": 7, "medusa_id": "prod_1", "title": "T"})
    assert record["variants"] is None and variant_lag(MEDUSA, record) is None
