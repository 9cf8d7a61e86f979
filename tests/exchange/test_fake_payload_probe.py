"""The fake Payload answers the localisation probe as the real, non-localised one does.

It answered 200 with a count, so every picture over the fakes read "Could not check:
Payload answered the localisation check unexpectedly"."""

from __future__ import annotations

import httpx

from desktop_app.api.capabilities import detect_payload, field_probe_params
from tests.exchange.fakes import FakePayload
from tests.fixtures.capabilities import load


def test_the_probe_gets_the_recorded_query_error() -> None:
    recorded = load("payload", "default", "products_count_fields")["response"]
    request = httpx.Request(
        "GET", "http://payload.test/api/products/count", params=field_probe_params()
    )
    answer = FakePayload().handle(request)
    assert answer.status_code == recorded["status"] == 400
    assert answer.json() == recorded["json"]


def test_a_plain_count_still_counts() -> None:
    fake = FakePayload()
    fake.add("prod_1", "One")
    answer = fake.handle(httpx.Request("GET", "http://payload.test/api/products/count"))
    assert answer.json() == {"totalDocs": 1}


async def test_detection_over_the_fake_says_not_localised() -> None:
    async with FakePayload().client() as client:
        found = await detect_payload(client)
    assert not found.localised_content.available
    assert "not localised" in found.localised_content.reason
