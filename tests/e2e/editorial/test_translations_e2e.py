"""Issue 16, translations, on the real stacks.

Editorial stack (``stack/up --editorial``; see conftest.py): a product translated into de and
fr through an XLIFF round trip (export, a translator's tool fills the targets, import, push);
Payload and Medusa hold the translations (read back directly); changing the English
description marks both outdated. Default test stack: the translation features say why they
are unavailable instead of failing.
"""

from __future__ import annotations

import time
import uuid

import pytest
from translate.storage import xliff

from desktop_app.richtext import editor_markdown_to_lexical
from desktop_app.services.offline import OfflineCatalog
from desktop_app.translations import work
from desktop_app.translations.setup import TranslationsUnavailable
from tests.e2e.editorial.conftest import catalog_for
from tests.support.stack import StackHttp, unique, wait_for
from tests.support.stack_env import use_test_stack

GERMAN = {"title": "Wanderlampe", "subtitle": "Warmes Licht",
          "description": "## Für Leser\n\nEine **dimmbare** Lampe.\n\n- leicht\n- leise",
          "seo.meta_title": "Wanderlampe kaufen", "seo.meta_description": "Eine warme Lampe",
          "medusa.description": "Eine Lampe zum Lesen.", "medusa.material": "Messing"}
FRENCH = {"title": "Lampe de voyage", "subtitle": "Lumière chaude",
          "description": "## Pour lecteurs\n\nUne lampe **réglable**.\n\n- légère\n- silencieuse",
          "seo.meta_title": "Acheter la lampe", "seo.meta_description": "Une lampe chaude",
          "medusa.description": "Une lampe pour lire.", "medusa.material": "Laiton"}


def translate(data: bytes, texts: dict[str, str], pid: str) -> bytes:
    """What a translator's tool does: fill each unit's target, keep the rest."""
    store = xliff.xlifffile.parsestring(data)
    for unit in store.units:
        key = unit.xmlelement.get("id").split("/", 1)[1]
        assert unit.xmlelement.get("id").startswith(pid + "/")
        unit.target = texts[key]
    return bytes(store)


def states(catalog: OfflineCatalog, pid: str) -> dict[str, str]:
    return {r.locale: r.status for r in catalog.translation_status([pid])}


async def test_xliff_round_trip_into_de_and_fr(editorial_stack, tmp_path) -> None:
    started = time.perf_counter()
    http = StackHttp(editorial_stack)
    product = http.create_product(unique("tr"), title=f"Travel lamp {uuid.uuid4().hex[:6]}",
                                  subtitle="Warm light", description="A lamp to read by.",
                                  material="Brass")
    pid = product["id"]
    editor = http.payload_headers("editor")
    catalog = catalog_for(editorial_stack, tmp_path / "store.sqlite3")
    try:
        doc = wait_for(lambda: (http.payload_docs_for(pid) or [None])[0], 60, what="its doc")
        http.payload.patch(f"/products/{doc['id']}", headers=editor, json={
            "description": editor_markdown_to_lexical("## For readers\n\nA **dimmable** lamp."),
            "seo": {"meta_title": "Buy the travel lamp", "meta_description": "A warm lamp"},
        }).raise_for_status()
        setup = await catalog.detect_translations()
        assert [(t.code, t.payload, t.medusa) for t in setup.targets] == [
            ("de", "de", "de-DE"), ("fr", "fr", "fr-FR")]
        await catalog.pull()
        assert states(catalog, pid) == {"de": "missing", "fr": "missing"}

        for code, texts in (("de", GERMAN), ("fr", FRENCH)):
            exported = work.export(catalog, code, "xliff", product_ids=[pid])
            # Medusa's title and subtitle are Payload's: translated once, written to both.
            assert sorted(u.key for u in exported.units) == sorted(texts)
            done = work.import_file(catalog, translate(exported.data, texts, pid), "xliff")
            assert done.plan.count(work.importing.Verdict.CHANGE) == len(texts)
            assert not done.failed and not done.plan.warnings
        assert states(catalog, pid) == {"de": "done", "fr": "done"}
        report = await catalog.push()
        assert (report.conflicts, report.failed, report.deferred) == (0, 0, 0)
        # This Payload keeps drafts: the translations are drafts, live once published.
        assert catalog.translations_as_drafts(pid)
        await catalog.publish(pid)
        report = await catalog.push()
        assert (report.sent, report.conflicts, report.failed) == (1, 0, 0)

        # Payload holds them: read back directly, per locale.
        found = http.payload.get(f"/products/{doc['id']}", headers=editor,
                                 params={"locale": "all", "depth": "0"}).json()
        for code, texts in (("de", GERMAN), ("fr", FRENCH)):
            assert found["title"][code] == texts["title"]
            assert found["subtitle"][code] == texts["subtitle"]
            assert found["seo"]["meta_title"][code] == texts["seo.meta_title"]
            assert found["seo"]["meta_description"][code] == texts["seo.meta_description"]
            assert found["description"][code] == editor_markdown_to_lexical(
                texts["description"])
        assert found["title"]["en"] == product["title"]  # the source untouched
        # Medusa holds them too.
        rows = http.medusa.get("/admin/translations", params={
            "reference_id": pid, "fields": "id,locale_code,translations"}).json()["translations"]
        held = {r["locale_code"]: r["translations"] for r in rows}
        assert held == {
            "de-DE": {"title": GERMAN["title"], "subtitle": GERMAN["subtitle"],
                      "description": GERMAN["medusa.description"],
                      "material": GERMAN["medusa.material"]},
            "fr-FR": {"title": FRENCH["title"], "subtitle": FRENCH["subtitle"],
                      "description": FRENCH["medusa.description"],
                      "material": FRENCH["medusa.material"]}}

        # The English description changes: both translations are outdated.
        catalog.edit(pid, {"description": editor_markdown_to_lexical(
            "## For readers\n\nA **dimmable** lamp, now with USB.")})
        assert states(catalog, pid) == {"de": "outdated", "fr": "outdated"}
        await catalog.push()
        await catalog.pull()
        assert states(catalog, pid) == {"de": "outdated", "fr": "outdated"}
        outdated = {f.pair.name for s in catalog.product_translations(pid).statuses
                    for f in s.fields if f.state.value == "outdated"}
        assert outdated == {"locales.de.description", "locales.fr.description"}
        again = work.export(catalog, "de", "xliff", product_ids=[pid])
        assert [u.key for u in again.units] == ["description"]  # just what to redo
    finally:
        await catalog.aclose()
        http.delete_product(pid)
        http.close()
    took = time.perf_counter() - started
    print(f"\n[translations] XLIFF round trip de+fr on the editorial stack: {took:.1f}s")
    assert took < 30


async def test_default_stack_says_why_translations_are_unavailable(tmp_path) -> None:
    use_test_stack()  # never the demo a user opens
    from tests.support.stack import ensure_stack

    info = ensure_stack()
    catalog = catalog_for(info, tmp_path / "store.sqlite3")
    try:
        with pytest.raises(TranslationsUnavailable) as refused:
            await catalog.detect_translations()
        assert "not localised" in refused.value.reason
        assert "translation" in refused.value.reason.lower()
        assert catalog.translation_setup() is None  # a pull reads no translations then
        assert catalog.translation_status() == []
        with pytest.raises(work.NotTranslatable):
            work.export(catalog, "de", "xliff")
    finally:
        await catalog.aclose()
