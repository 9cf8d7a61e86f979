"""Every finding category gets a plain explanation that says who fixes it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.admin.verify import Finding, Kind
from desktop_app.ui.admin.explanations import CATEGORY_LABELS, explain, product_label
from desktop_app.ui.formatting import format_timestamp


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_has_a_label_and_an_explanation(kind: Kind) -> None:
    text = explain(Finding(kind, "prod_1", ("5",), "detail", "a", "b"))
    assert CATEGORY_LABELS[kind] and "(info)" not in CATEGORY_LABELS[kind]
    assert len(text) > 40 and text.endswith(".")


def test_a_stale_id_without_a_doc_is_cleared_not_repointed() -> None:
    gone = explain(Finding(Kind.STALE_PAYLOAD_ID, "prod_1", (), "", medusa_value="42"))
    wrong = explain(Finding(Kind.STALE_PAYLOAD_ID, "prod_1", ("7",), "", medusa_value="42"))
    assert "42, which no longer exists" in gone and "clears it" in gone
    assert "the product's document is 7" in wrong and "corrects it" in wrong


def test_orphans_and_duplicates_are_for_a_payload_admin() -> None:
    orphan = Finding(Kind.ORPHAN_IN_PAYLOAD, None, ("9",), "the Payload doc has no medusa_id")
    dup = Finding(Kind.DUPLICATE_MEDUSA_ID, "prod_1", ("3", "8"))
    assert "Payload document 9 belongs to no Medusa product" in explain(orphan)
    assert "a Payload admin deletes" in explain(orphan)
    assert "2 Payload documents (3, 8)" in explain(dup)
    assert product_label(orphan) == "(no medusa_id)"


def test_content_differences_are_information_only() -> None:
    text = explain(Finding(Kind.SUBTITLE_DIFFERS, "prod_1", ("3",), "", None, "New"))
    assert text.startswith("For information: Medusa has empty, Payload “New”.")
    assert "needs no fix" in text


def test_a_deleted_products_orphan_says_when_in_words_not_in_iso() -> None:
    """The report read "(the product was deleted in Medusa (2026-11-27T05:00:00.623000+00:00))"."""
    orphan = Finding(Kind.ORPHAN_IN_PAYLOAD, "prod_9", ("40",),
                     "the product was deleted in Medusa (2026-11-27T05:00:00.623000+00:00)")
    text = explain(orphan)
    when = format_timestamp(datetime(2026, 11, 27, 5, 0, tzinfo=UTC))
    assert ("Payload document 40 belongs to no Medusa product: the product was deleted in "
            f"Medusa ({when}). Fix:") in text
    assert "T05:00" not in text and "))" not in text
