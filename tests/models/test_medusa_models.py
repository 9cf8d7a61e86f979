"""Medusa product models parse the recorded 2.21.2 shapes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop_app.api.errors import MalformedResponse
from desktop_app.api.responses import parse_model
from desktop_app.models.medusa import MedusaProduct, ProductPage, ProductStatus
from tests.api import fakes


def test_full_default_product():
    p = MedusaProduct.model_validate(fakes.medusa_product())
    assert p.status is ProductStatus.PUBLISHED
    assert p.updated_at == datetime(2026, 11, 27, 5, 14, 13, 476000, tzinfo=UTC)
    assert p.options[0].values[0].value == "S"
    variant = p.variants[0]
    assert variant.sku == "PROBE-M-WHITE"
    assert variant.options[0].option.title == "Size"
    assert variant.prices[0].amount == Decimal("10")
    assert variant.prices[0].currency_code == "eur"
    assert p.tags == [] and p.type is None


def test_amounts_stay_exact():
    data = fakes.medusa_product()
    data["variants"][0]["prices"][0]["amount"] = 12.34
    price = MedusaProduct.model_validate(data).variants[0].prices[0]
    assert price.amount == Decimal("12.34")


def test_narrow_fields_leave_relations_unfetched_not_empty():
    p = MedusaProduct.model_validate({"id": "prod_1", "title": "T"})
    assert p.variants is None and p.options is None and p.metadata is None


def test_unknown_fields_and_future_status_are_tolerated():
    p = MedusaProduct.model_validate(
        {"id": "prod_1", "status": "archived", "payload_product": {"id": 3}}
    )
    assert p.status == "archived" and not isinstance(p.status, ProductStatus)
    assert p.model_extra == {"payload_product": {"id": 3}}


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"payload_id": 7}, "7"),
        ({"payload_id": "12"}, "12"),
        ({"payload_id": ""}, None),
        ({}, None),
        (None, None),
    ],
)
def test_payload_id_is_compared_as_string(metadata, expected):
    assert MedusaProduct(id="prod_1", metadata=metadata).payload_id == expected


def test_list_envelope():
    page = ProductPage.model_validate(
        {
            "products": [{"id": "prod_01M8DPGVCZ9BYN71WJNH6A1C1G", "title": "Probe T-Shirt v2"}],
            "count": 299,
            "offset": 0,
            "limit": 1,
        }
    )
    assert page.count == 299 and page.products[0].title == "Probe T-Shirt v2"


def test_bad_server_data_becomes_malformed_response():
    data = fakes.medusa_product()
    data["variants"][0]["prices"][0]["amount"] = "ten"
    with pytest.raises(MalformedResponse) as info:
        parse_model(MedusaProduct, data, "Medusa", "a product")
    assert "variants.0.prices.0.amount" in info.value.message
