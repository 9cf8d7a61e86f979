"""Files for translators: XLIFF 1.2 (through translate-toolkit) and CSV (pure, no store).

XLIFF 1.2 is what translators' tools (memoQ, Trados, OmegaT, Weblate, Poedit…) all read.
One ``<file>`` holds one target locale (``source-language``/``target-language`` are
Payload's codes, or Medusa's for a Medusa-only locale); one ``<trans-unit>`` per unit, its
``id`` ``<product id>/<unit key>`` (``prod_01…/seo.meta_title``, ``prod_01…/medusa.title``),
a note naming the product and the field (and that a description is markdown to keep as
markdown), the current translation as ``<target>`` with a state: ``needs-translation``
(missing), ``needs-review-translation`` (outdated: the source changed since), ``translated``.

CSV (UTF-8, a header row): ``product_id, product, unit, source_locale, target_locale,
status, source, target``. Only ``product_id``, ``unit``, ``target_locale``, ``source`` and
``target`` are read back; the rest is for the translator.

Reading gives ``FileUnit``s; checking them against the store is ``importing``'s.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from translate.storage import xliff

from desktop_app.i18n import translate
from desktop_app.translations.status import State
from desktop_app.translations.units import Unit

XLIFF, CSV = "xliff", "csv"
FORMATS = (XLIFF, CSV)
_XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
ORIGINAL = "desktop-app products"
XLIFF_STATES = {State.MISSING: "needs-translation", State.OUTDATED: "needs-review-translation",
                State.DONE: "translated"}
CSV_COLUMNS = ("product_id", "product", "unit", "source_locale", "target_locale", "status",
               "source", "target")


class FileError(ValueError):
    """A file that is not a translation file this app can read (says why)."""


class _Unit12(xliff.xliffunit):
    namespace = _XLIFF_12


class _Xliff12(xliff.xlifffile):
    """translate-toolkit writes XLIFF 1.1 by default; the same document as 1.2."""

    UnitClass = _Unit12
    namespace = _XLIFF_12
    XMLskeleton = f"""<?xml version="1.0" ?>
<xliff version='1.2' xmlns='{_XLIFF_12}'>
<file original='{ORIGINAL}' source-language='en' datatype='plaintext'>
<body>
</body>
</file>
</xliff>"""


@dataclass(frozen=True)
class FileUnit:
    """One unit as a translator's file holds it."""

    product_id: str
    key: str
    source: str
    target: str
    target_locale: str | None  # the file's or the row's


def format_of(path: str, wanted: str | None = None) -> str:
    if wanted:
        if wanted not in FORMATS:
            raise FileError(f"unknown format {wanted!r}: {' or '.join(FORMATS)}")
        return wanted
    lower = path.lower()
    if lower.endswith(".csv"):
        return CSV
    if lower.endswith((".xlf", ".xliff", ".xml")):
        return XLIFF
    raise FileError(f"{path}: name it .xlf, .xliff or .csv, or give --format")


def _note(unit: Unit, titles: dict[str, str]) -> str:
    what = (
        translate("Translations", "{field} (Markdown: keep the markup)").format(field=unit.label)
        if unit.rich
        else unit.label
    )
    return f"{titles.get(unit.product_id) or unit.product_id} — {what}"


def write_xliff(units: Iterable[Unit], source_locale: str, target_locale: str,
                titles: dict[str, str]) -> bytes:
    store = _Xliff12(sourcelanguage=source_locale, targetlanguage=target_locale)
    for unit in units:
        found = store.addsourceunit(unit.source, filename=ORIGINAL)
        found.setid(unit.id)
        found.addnote(_note(unit, titles), origin="developer")
        if unit.target:
            found.target = unit.target
            found.set_state_n(found.statemap[XLIFF_STATES[unit.state]])
    return bytes(store)


def read_xliff(data: bytes) -> list[FileUnit]:
    try:
        store = xliff.xlifffile.parsestring(data)
    except Exception as exc:  # lxml and the toolkit raise various errors for a bad file
        raise FileError(f"not an XLIFF file this app can read ({exc})") from None
    language = store.gettargetlanguage() or None
    found = []
    for unit in store.units:
        if unit.isheader():
            continue
        ident = (unit.xmlelement.get("id") or "").strip()
        product_id, _, key = ident.partition("/")
        found.append(FileUnit(product_id, key, str(unit.source or ""),
                              str(unit.target or ""), language))
    return found


def write_csv(units: Iterable[Unit], source_locale: str, target_locale: str,
              titles: dict[str, str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for unit in units:
        writer.writerow([unit.product_id, titles.get(unit.product_id, ""), unit.key,
                         source_locale, target_locale, unit.state.value, unit.source,
                         unit.target])
    return out.getvalue().encode("utf-8")


def read_csv(data: bytes) -> list[FileUnit]:
    try:
        text = data.decode("utf-8-sig")  # a spreadsheet may add a BOM
    except UnicodeDecodeError:
        raise FileError("not UTF-8 text: save the CSV as UTF-8") from None
    rows = csv.DictReader(io.StringIO(text))
    wanted = {"product_id", "unit", "target"}
    if rows.fieldnames is None or not wanted <= set(rows.fieldnames):
        raise FileError("a translations CSV needs the columns product_id, unit and target "
                        f"(found: {', '.join(rows.fieldnames or ()) or 'none'})")
    return [FileUnit((row.get("product_id") or "").strip(), (row.get("unit") or "").strip(),
                     row.get("source") or "", row.get("target") or "",
                     (row.get("target_locale") or "").strip() or None)
            for row in rows]


def write(fmt: str, units: Iterable[Unit], source_locale: str, target_locale: str,
          titles: dict[str, str]) -> bytes:
    writer = write_xliff if fmt == XLIFF else write_csv
    return writer(list(units), source_locale, target_locale, titles)


def read(fmt: str, data: bytes) -> list[FileUnit]:
    return read_xliff(data) if fmt == XLIFF else read_csv(data)
