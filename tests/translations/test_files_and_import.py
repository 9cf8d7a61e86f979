"""Export and import for translators (issue 16): XLIFF 1.2 and CSV round trips, what an
import does with each unit, a dry run, and the edits it records through the catalog."""

from __future__ import annotations

import csv
import io

import pytest
from translate.storage import xliff

from desktop_app.config import MedusaAuth, Profile
from desktop_app.richtext import editor_markdown_to_lexical, lexical_to_editor_markdown
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.translations import files, work
from desktop_app.translations.importing import ImportRefused, Verdict
from desktop_app.translations.setup import Pair
from desktop_app.translations.status import State
from desktop_app.translations.units import Unit
from tests.translations.fakes import (
    FixedCapabilities,
    editorial_capabilities,
    editorial_pair,
)

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
P1, P2 = "prod_00001", "prod_00002"
MARKDOWN = "## Lamp <b>\n\nA **warm** light & *soft* glow.\n\n- one\n- two"
UNITS = [
    Unit(P1, "description", (Pair("locales.de.description", "description", "payload"),),
         MARKDOWN, "", State.MISSING),
    Unit(P1, "title", (Pair("locales.de.title", "title", "payload"),
                       Pair("translations.de-DE.title", "title", "medusa")),
         "Lamp \"Nova\"", "Lampe", State.OUTDATED),
    Unit(P2, "medusa.description", (Pair("translations.de-DE.description", "description",
                                         "medusa"),), "plain, text\r\nline", "", State.MISSING),
]


@pytest.mark.parametrize("fmt", files.FORMATS)
def test_a_file_gives_back_what_was_written(fmt: str) -> None:
    data = files.write(fmt, UNITS, "en", "de", {P1: "Lamp", P2: "Mug"})
    found = files.read(fmt, data)
    assert [(u.product_id, u.key, u.source, u.target, u.target_locale) for u in found] == [
        (u.product_id, u.key, u.source, u.target, "de") for u in UNITS]


def test_xliff_is_1_2_with_notes_and_states() -> None:
    data = files.write_xliff(UNITS, "en", "de", {P1: "Lamp"}).decode()
    assert 'xmlns="urn:oasis:names:tc:xliff:document:1.2"' in data and 'version="1.2"' in data
    assert "document:1.1" not in data
    assert 'source-language="en"' in data and 'target-language="de"' in data
    assert f'id="{P1}/title"' in data
    assert '<target state="needs-review-translation">Lampe</target>' in data  # outdated
    assert "Lamp — Description (Markdown: keep the markup)" in data
    store = xliff.xlifffile.parsestring(data.encode())  # what a translator's tool reads
    assert [u.source for u in store.units] == [u.source for u in UNITS]


def test_a_csv_from_a_spreadsheet_with_a_bom_is_read() -> None:
    data = "\ufeffproduct_id,unit,target\r\nprod_1,title,Lampe\r\n".encode()
    [unit] = files.read_csv(data)
    assert (unit.product_id, unit.key, unit.target, unit.source) == ("prod_1", "title", "Lampe", "")


@pytest.mark.parametrize(("fmt", "data", "why"), [
    ("xliff", b"<not xliff", "not an XLIFF file"),
    ("csv", b"a,b\n1,2\n", "needs the columns"),
    ("csv", "product_id,unit,target\n".encode("utf-16"), "not UTF-8"),
])
def test_unreadable_files_say_why(fmt: str, data: bytes, why: str) -> None:
    with pytest.raises(files.FileError, match=why):
        files.read(fmt, data)


def test_the_format_comes_from_the_name() -> None:
    assert files.format_of("a.XLF") == "xliff" and files.format_of("a.csv") == "csv"
    assert files.format_of("a.txt", "csv") == "csv"
    with pytest.raises(files.FileError):
        files.format_of("a.txt")


# ------------------------------------------------------------------ through the catalog
@pytest.fixture
async def env(tmp_path):
    medusa, payload = editorial_pair(2)
    payload.touch(P1, description=editor_markdown_to_lexical(MARKDOWN))
    shop = Shop(PROFILE, medusa.client(), payload.client(),
                capability_cache=FixedCapabilities(await editorial_capabilities()))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    await catalog.pull()
    await catalog.detect_translations()
    yield catalog, medusa, payload
    await catalog.aclose()


def fill(data: bytes, texts: dict[str, str]) -> bytes:
    store = xliff.xlifffile.parsestring(data)
    for unit in store.units:
        ident = unit.xmlelement.get("id")
        if ident in texts:
            unit.target = texts[ident]
    return bytes(store)


async def test_export_lists_what_is_to_do_and_import_records_edits(env) -> None:
    catalog, medusa, payload = env
    exported = work.export(catalog, "de", "xliff")
    keys = {(u.product_id, u.key) for u in exported.units}
    # Medusa's title and subtitle are Payload's: one unit each, written to both.
    assert {(P1, "title"), (P1, "subtitle"), (P1, "description"), (P1, "seo.meta_title"),
            (P1, "medusa.description")} <= keys
    assert (P1, "medusa.title") not in keys and exported.products == 2
    title = next(u for u in exported.units if u.id == f"{P1}/title")
    assert [p.name for p in title.pairs] == ["locales.de.title", "translations.de-DE.title"]
    description = next(u for u in exported.units if u.id == f"{P1}/description")
    assert description.source == lexical_to_editor_markdown(
        editor_markdown_to_lexical(MARKDOWN))

    german = "## Lampe\n\nEin **warmes** Licht."
    filled = fill(exported.data, {f"{P1}/title": "Lampe", f"{P1}/description": german})
    dry = work.import_file(catalog, filled, "xliff", dry_run=True)
    assert dry.plan.count(Verdict.CHANGE) == 2 and dry.edited == 0
    assert catalog.outbox() == []  # a dry run changes nothing
    done = work.import_file(catalog, filled, "xliff")
    assert done.applied == {P1: ["locales.de.description", "locales.de.title",
                                 "translations.de-DE.title"]}
    detail = catalog.product(P1)
    assert detail.value("locales.de.description") == editor_markdown_to_lexical(german)
    assert detail.value("translations.de-DE.title") == "Lampe"
    assert payload.writes() == [] and medusa.writes() == []  # durable, not sent yet
    again = work.import_file(catalog, filled, "xliff")  # the same file twice: nothing new
    assert again.plan.count(Verdict.SAME) == 2 and again.applied == {}


async def test_stale_unknown_and_empty_units_are_left_alone(env) -> None:
    catalog, _medusa, payload = env
    exported = work.export(catalog, "fr", "csv", product_ids=[P1])
    payload.touch(P1, title="Lamp, new")  # the source changes after the export
    await catalog.pull()
    rows = list(csv.DictReader(io.StringIO(exported.data.decode())))
    targets = {"title": "Titre", "subtitle": "Sous"}  # the rest left untranslated
    for row in rows:
        row["target"] = targets.get(row["unit"], "")
    rows += [{"product_id": P1, "unit": "handle", "target_locale": "fr", "target": "y"},
             {"product_id": "prod_nope", "unit": "title", "target_locale": "fr", "target": "y"}]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=files.CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    done = work.import_file(catalog, out.getvalue().encode(), "csv")
    verdicts = {line.key: line.verdict for line in done.plan.lines if line.product_id == P1}
    assert verdicts["title"] is Verdict.STALE  # translated from the old source
    assert verdicts["subtitle"] is Verdict.CHANGE and verdicts["handle"] is Verdict.UNKNOWN
    assert verdicts["seo.meta_title"] is Verdict.EMPTY
    assert done.plan.count(Verdict.UNKNOWN) == 2
    assert "locales.fr.title" not in catalog.product(P1).payload.get("locales", {}).get("fr", {})
    # French has no title: Payload would refuse the subtitle; the plan says so.
    assert any("needs a title in fr" in w for w in done.plan.warnings)


async def test_a_file_names_one_locale_of_the_shop(env) -> None:
    catalog, _medusa, _payload = env
    data = files.write_csv(UNITS[:1], "en", "it", {})
    with pytest.raises(ImportRefused, match="does not translate into 'it'"):
        work.import_file(catalog, data, "csv")
    mixed = files.write_csv(UNITS[:1], "en", "de", {}) + b"prod_1,,title,en,fr,missing,a,b\n"
    with pytest.raises(ImportRefused, match="mixes locales"):
        work.import_file(catalog, mixed, "csv")
    with pytest.raises(work.NotTranslatable):
        work.export(catalog, "it", "csv")
