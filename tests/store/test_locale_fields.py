"""Field names of translations (issue 16): owners, values in records, comparison, overlay."""

from __future__ import annotations

import pytest

from desktop_app.servers import Server
from desktop_app.store import locale_fields
from desktop_app.store.fields import apply, canonical, extract, owner, request_body, same

PAYLOAD_RECORD = {
    "id": "7", "medusa_id": "prod_1", "title": "Lamp", "seo": {"meta_title": "Buy a lamp"},
    "locales": {"de": {"title": "Lampe", "seo": {"meta_title": "Lampe kaufen"},
                       "description": {"root": {"children": []}}}},
}
MEDUSA_RECORD = {"id": "prod_1", "title": "Lamp",
                 "translations": {"de-DE": {"id": "trans_1", "values": {"title": "Lampe"}}}}


@pytest.mark.parametrize(("field", "server"), [
    ("locales.de.title", Server.PAYLOAD), ("locales.de.subtitle", Server.PAYLOAD),
    ("locales.de.description", Server.PAYLOAD), ("locales.fr.seo.meta_title", Server.PAYLOAD),
    ("locales.zh-Hans.seo.meta_keywords", Server.PAYLOAD),
    ("translations.de-DE.title", Server.MEDUSA), ("translations.fr-FR.material", Server.MEDUSA),
])
def test_owner_of_a_translation(field: str, server: str) -> None:
    assert owner(field) == server


@pytest.mark.parametrize("field", [
    "locales.de.handle", "locales.de.seo.other", "locales..title", "locales.de",
    "translations.de-DE.Title", "translations.de-DE", "locales.d e.title",
    "translations.de-DE.title.extra",
])
def test_malformed_names_are_refused(field: str) -> None:
    with pytest.raises(ValueError, match="not an editable field"):
        owner(field)


def test_values_come_from_the_records() -> None:
    assert extract(PAYLOAD_RECORD, "locales.de.title") == "Lampe"
    assert extract(PAYLOAD_RECORD, "locales.de.seo.meta_title") == "Lampe kaufen"
    assert extract(PAYLOAD_RECORD, "locales.de.subtitle") is None
    assert extract(PAYLOAD_RECORD, "locales.fr.title") is None  # a locale holding nothing
    assert extract({"id": "7"}, "locales.de.title") is None  # read before the setup
    assert extract(MEDUSA_RECORD, "translations.de-DE.title") == "Lampe"
    assert extract(MEDUSA_RECORD, "translations.fr-FR.title") is None
    assert extract(PAYLOAD_RECORD, "title") == "Lamp"  # the default locale stays where it was


def test_apply_sets_one_locale_and_leaves_the_rest() -> None:
    out = apply(PAYLOAD_RECORD, "locales.de.seo.meta_description", "Eine Lampe")
    assert out["locales"]["de"]["seo"] == {"meta_title": "Lampe kaufen",
                                           "meta_description": "Eine Lampe"}
    assert PAYLOAD_RECORD["locales"]["de"]["seo"] == {"meta_title": "Lampe kaufen"}  # a copy
    out = apply(out, "locales.fr.title", "Lampe (fr)")
    assert out["locales"]["fr"] == {"title": "Lampe (fr)"} and out["title"] == "Lamp"
    medusa = apply(MEDUSA_RECORD, "translations.fr-FR.title", "Lampe")
    assert medusa["translations"]["fr-FR"] == {"values": {"title": "Lampe"}}
    assert medusa["translations"]["de-DE"]["id"] == "trans_1"


def test_text_compares_empty_as_missing_and_a_description_by_structure() -> None:
    assert same("locales.de.title", None, "")
    assert same("translations.de-DE.description", None, "")
    assert not same("locales.de.title", "Lampe", "lampe")
    doc = {"root": {"children": [{"text": "a", "type": "text"}], "type": "root"}}
    reordered = {"root": {"type": "root", "children": [{"type": "text", "text": "a"}]}}
    assert same("locales.de.description", doc, reordered)
    assert same("locales.de.description", None, {})
    assert canonical("locales.de.description", doc) == doc


def test_a_product_update_never_carries_a_translation() -> None:
    with pytest.raises(ValueError, match="per locale"):
        request_body(Server.PAYLOAD, PAYLOAD_RECORD, {"locales.de.title": "Lampe"})
    with pytest.raises(ValueError, match="per locale"):
        request_body(Server.MEDUSA, MEDUSA_RECORD, {"translations.de-DE.title": "Lampe"})


def test_builders_check_their_names() -> None:
    assert locale_fields.payload_field("de", "seo.meta_title") == "locales.de.seo.meta_title"
    assert locale_fields.medusa_field("de-DE", "title") == "translations.de-DE.title"
    assert locale_fields.is_rich("locales.de.description")
    assert not locale_fields.is_rich("translations.de-DE.description")  # Medusa's is text
    with pytest.raises(ValueError):
        locale_fields.payload_field("de", "handle")
