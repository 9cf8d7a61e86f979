"""Drafts of other locales (issue 16, docs/drafts.md): ``edit_draft`` takes
``locales.<code>.<field>``; pushed as ``PATCH ?draft=true&locale=<code>`` and compared with
that locale in the latest draft; a publish publishes every locale. Over the localised drafts
fake (tests/publishing/fakes.py, shapes from tests/fixtures/payload/drafts/locales)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.api.capabilities import ShopCapabilities, Support
from desktop_app.exchange.publishing_push import NEWER_DRAFT
from desktop_app.publishing import PublicationState
from desktop_app.services.offline import OfflineCatalog
from desktop_app.translations import files, work
from desktop_app.translations.units import units
from tests.exchange.fakes import Clock
from tests.publishing.fakes import DraftsPayload, drafts_catalog
from tests.translations.fakes import TranslatingMedusa, editorial_capabilities


def lamp_catalog(
    tmp_path: Path, caps: ShopCapabilities
) -> tuple[OfflineCatalog, DraftsPayload, str]:
    """A catalog (not pulled yet) over one product, "Lamp", "Lampe" in German."""
    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), DraftsPayload(clock)
    product = medusa.add(1, title="Lamp")
    payload.add(product["id"], "Lamp")
    payload.set_locale(product["id"], "de", title="Lampe")
    return drafts_catalog(tmp_path, medusa, payload, caps), payload, product["id"]


@pytest.fixture
async def shop(tmp_path):
    catalog, payload, pid = lamp_catalog(tmp_path, await editorial_capabilities())
    await catalog.pull()
    await catalog.detect_translations()
    await catalog.read_publication()
    yield catalog, payload, pid
    await catalog.aclose()


def locale_writes(payload: DraftsPayload) -> list:
    return [r for r in payload.writes() if r.url.params.get("locale")]


async def test_a_german_draft_then_publish(shop) -> None:
    catalog, payload, pid = shop
    await catalog.edit_draft(
        pid, {"locales.de.title": "Leselampe", "locales.de.seo.meta_title": "Lampe kaufen"}
    )
    assert catalog.draft_value(pid, "locales.de.title") == "Leselampe"  # pending, offline
    report = await catalog.push()
    assert report.sent == 2 and report.failed == 0
    [write] = locale_writes(payload)
    assert (write.url.params["locale"], write.url.params["draft"]) == ("de", "true")
    assert json.loads(write.content) == {
        "title": "Leselampe",
        "seo": {"meta_title": "Lampe kaufen"},
        "_status": "draft",
    }
    assert payload.locale_value(pid, "de", "title") == "Lampe"  # published German unchanged
    assert payload.draft_locale_value(pid, "de", "title") == "Leselampe"
    pub = catalog.publication(pid)
    assert pub.state is PublicationState.CHANGED
    assert pub.draft["locales.de.title"] == "Leselampe"
    assert pub.published["locales.de.title"] == "Lampe"
    await catalog.read_publication()  # read back with every locale: the same
    assert catalog.draft_value(pid, "locales.de.title") == "Leselampe"
    await catalog.publish(pid)
    assert (await catalog.push()).sent == 1
    assert payload.locale_value(pid, "de", "title") == "Leselampe"  # all locales published
    assert catalog.publication(pid).state is PublicationState.PUBLISHED
    # The store knows it without a pull: the published German is the draft's.
    assert catalog.publication(pid).published["locales.de.title"] == "Leselampe"


async def test_compared_with_the_locales_latest_draft(shop) -> None:
    catalog, payload, pid = shop
    await catalog.edit_draft(pid, {"locales.de.title": "Mine"}, bases={"locales.de.title": "Lampe"})
    payload.save_locale_draft(pid, "de", title="A colleague's draft")
    report = await catalog.push()
    assert report.sent == 0 and not locale_writes(payload)  # nothing overwritten
    assert payload.draft_locale_value(pid, "de", "title") == "A colleague's draft"
    [entry] = [e for e in catalog.outbox() if e.field == "draft.locales.de.title"]
    assert entry.state == "conflict"


async def test_a_colleagues_other_locale_draft_stays(shop) -> None:
    catalog, payload, pid = shop
    payload.save_locale_draft(pid, "fr", title="Lampe (fr)")
    await catalog.read_publication()
    await catalog.edit_draft(pid, {"locales.de.title": "Leselampe"})
    assert (await catalog.push()).sent == 1
    assert payload.draft_locale_value(pid, "fr", "title") == "Lampe (fr)"
    assert payload.draft_locale_value(pid, "de", "title") == "Leselampe"


async def test_offline_then_pushed_and_live_locale_edits_still_wait(shop) -> None:
    catalog, payload, pid = shop
    payload.down = True
    await catalog.edit_draft(pid, {"locales.de.subtitle": "Warm"})
    assert (await catalog.push()).sent == 0
    payload.down = False
    assert (await catalog.push()).sent == 1
    assert payload.draft_locale_value(pid, "de", "subtitle") == "Warm"
    # A live write of a locale over the newer draft would publish it: kept, failed.
    catalog.edit(pid, {"locales.de.title": "Live"})
    report = await catalog.push()
    assert report.failed == 1
    [entry] = [e for e in catalog.outbox() if e.field == "locales.de.title"]
    assert entry.message == NEWER_DRAFT


async def test_a_translation_import_saves_payloads_locales_as_drafts(shop) -> None:
    catalog, payload, pid = shop
    exported = work.export(catalog, "de", "csv", everything=True, product_ids=[pid])
    rows = list(csv.DictReader(io.StringIO(exported.data.decode())))
    for row in rows:
        row["target"] = "Leselampe" if row["unit"] == "title" else row["target"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=files.CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    done = work.import_file(catalog, out.getvalue().encode(), "csv")
    assert done.drafts
    assert done.applied == {pid: ["locales.de.title", "translations.de-DE.title"]}
    # Payload's locale as a draft; Medusa's translation as it is (Medusa has no drafts).
    assert sorted(e.field for e in catalog.outbox()) == [
        "draft.locales.de.title",
        "translations.de-DE.title",
    ]
    # The translator sees the draft: the translation as imported.
    setup = catalog.translation_setup()
    [title] = [
        u
        for u in units(pid, catalog.product_translations(pid), setup.target("de"))
        if u.key == "title"
    ]
    assert title.target == "Leselampe"
    assert (await catalog.push()).sent == 2
    assert payload.locale_value(pid, "de", "title") == "Lampe"  # live after a publish only
    assert payload.draft_locale_value(pid, "de", "title") == "Leselampe"


async def test_translations_are_live_edits_where_drafts_are_off(tmp_path) -> None:
    caps = await editorial_capabilities()
    caps = replace(caps, drafts=replace(caps.drafts, support=Support.MISSING, reason="off"))
    catalog, _payload, pid = lamp_catalog(tmp_path, caps)
    try:
        await catalog.pull()
        assert not catalog.translations_as_drafts(pid)
        catalog.edit_translations(pid, {"locales.de.title": "Leselampe"})
        assert [e.field for e in catalog.outbox()] == ["locales.de.title"]
    finally:
        await catalog.aclose()


async def test_the_translation_status_is_the_latest_drafts(shop) -> None:
    # Translations are drafts here: a German subtitle drafted is done for the list and the
    # report, as the translation editor shows it, before and after it is sent.
    catalog, payload, pid = shop
    doc = payload.latest(payload._doc_id(pid))
    doc["subtitle"] = "Warm light"  # an English subtitle to translate
    await catalog.pull(full=True)
    await catalog.read_publication()

    def german() -> dict[str, str]:
        [row] = catalog.translation_status([pid], "de")
        return row.fields

    assert german()["locales.de.subtitle"] == "missing"
    catalog.edit_translations(pid, {"locales.de.subtitle": "Warmes Licht"})
    assert german()["locales.de.subtitle"] == "done"
    await catalog.push()
    assert payload.locale_value(pid, "de", "subtitle") in (None, "")  # not published yet
    assert german()["locales.de.subtitle"] == "done"
