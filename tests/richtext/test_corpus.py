"""Golden tests: Payload 3.90.2's own conversions of the reference corpus."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.richtext import (
    lexical_to_html,
    lexical_to_markdown,
    lexical_to_plaintext,
    markdown_to_lexical,
)

from .oracle_cases import load_corpus, without_ids, without_uuids

CASES = load_corpus()
IDS = [case["name"] for case in CASES]

pytestmark = pytest.mark.skipif(not CASES, reason="reference corpus not available")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_markdown_to_lexical(case: dict[str, Any]) -> None:
    assert without_ids(markdown_to_lexical(case["markdown"])) == without_ids(case["lexical"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_lexical_to_markdown(case: dict[str, Any]) -> None:
    assert lexical_to_markdown(case["lexical"]) == case["markdown_roundtrip"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_lexical_to_html(case: dict[str, Any]) -> None:
    assert without_uuids(lexical_to_html(case["lexical"])) == without_uuids(case["html"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_lexical_to_plaintext(case: dict[str, Any]) -> None:
    assert lexical_to_plaintext(case["lexical"]) == case["plaintext"]
