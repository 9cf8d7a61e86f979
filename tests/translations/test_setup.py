"""What a shop translates, from its detected capabilities (recorded on both stacks)."""

from __future__ import annotations

from desktop_app.translations.setup import (
    TranslationSetup,
    build,
    from_capabilities,
    medusa_match,
    unavailable_reason,
)
from tests.translations.fakes import default_capabilities, editorial_capabilities


async def test_the_editorial_stack_translates_de_and_fr_on_both_servers() -> None:
    setup = from_capabilities(await editorial_capabilities())
    assert setup is not None and setup.source == "en"
    assert [(t.code, t.payload, t.medusa) for t in setup.targets] == [
        ("de", "de", "de-DE"), ("fr", "fr", "fr-FR")]
    assert setup.payload_fields == ("title", "subtitle", "description", "seo.meta_title",
                                    "seo.meta_description", "seo.meta_keywords")
    assert setup.medusa_fields == ("title", "subtitle", "description", "material")
    assert setup.medusa_read_fields == ("material",)  # read only because translated
    de = setup.target("de-DE")
    assert de is setup.target("DE") and de is not None
    assert [p.name for p in setup.pairs(de)][:2] == ["locales.de.title", "locales.de.subtitle"]
    assert [p.name for p in setup.pairs(de)][-1] == "translations.de-DE.material"
    assert TranslationSetup.from_json(setup.to_json()) == setup


async def test_the_default_stack_has_nothing_to_translate_and_says_why() -> None:
    caps = await default_capabilities()
    assert from_capabilities(caps) is None
    reason = unavailable_reason(caps)
    assert "not localised" in reason and "translation routes" in reason


def test_locales_map_by_language() -> None:
    medusa = ("en-US", "de-AT", "de-DE", "pt-BR", "fr-CA")
    assert medusa_match("de", medusa) == "de-DE"  # the region repeating the language
    assert medusa_match("de-AT", medusa) == "de-AT"  # the same code first
    assert medusa_match("pt", medusa) == "pt-BR"
    assert medusa_match("fr", medusa) == "fr-CA"
    assert medusa_match("it", medusa) is None


def test_medusa_only_locales_and_one_side_shops() -> None:
    both = build(source="en", payload_fields=("title",), payload_locales=("en", "de"),
                 medusa_fields=("title", "material"), medusa_locales=("en-US", "de-DE", "it-IT"))
    assert both is not None
    assert [(t.code, t.payload, t.medusa) for t in both.targets] == [
        ("de", "de", "de-DE"), ("it-IT", None, "it-IT")]  # en-US is the source language
    medusa_only = build(source=None, medusa_fields=("title",), medusa_locales=("en-US", "fr-FR"))
    assert medusa_only is not None and not medusa_only.payload_on
    assert [t.code for t in medusa_only.targets] == ["fr-FR"]
    assert build(source="en", payload_fields=("title",), payload_locales=("en",)) is None
