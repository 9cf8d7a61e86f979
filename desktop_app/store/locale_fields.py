"""Field names for translations (issue 16), as ``edit()`` takes them and the outbox keeps them.

* Payload's localised content, one locale at a time: ``locales.<code>.<field>`` with the
  Payload locale code and a content field: ``locales.de.title``, ``locales.de.subtitle``,
  ``locales.de.description`` (Lexical, as the default-locale description),
  ``locales.de.seo.meta_title``, ``locales.de.seo.meta_description``,
  ``locales.de.seo.meta_keywords``. Owned by Payload; sent as ``PATCH /api/products/{id}
  ?locale=de`` (``exchange/translations_push.py``), never in the default-locale PATCH.
* Medusa's Translation module: ``translations.<locale code>.<field>`` with Medusa's locale
  code (BCP 47) and a translatable product field: ``translations.de-DE.title``,
  ``translations.de-DE.description`` (plain text, as Medusa's own description). Owned by
  Medusa; sent as ``POST /admin/translations/batch``.

Where the values live in the store's records (``records``; read by
``exchange/translations_read.py``):

* the Payload record's ``locales``: ``{code: {"title", "subtitle", "description",
  "seo": {"meta_title", …}}}`` for every locale but the default, whose values stay where
  they were (``title``, ``seo``…), so nothing else changes on a localised shop; a locale
  holding no value for a field has None (Payload's ``?locale=all`` answers only what each
  locale holds);
* the Medusa record's ``translations``: ``{locale code: {"id": Medusa's translation id,
  "values": {field: text}}}``; a locale without a translation is absent.

Translations are text: empty and missing are the same (Medusa takes strings only; a
cleared translation is sent as ""), as for the default-locale text fields.
"""

from __future__ import annotations

import re
from typing import Any

from desktop_app.servers import Server

LOCALES = "locales"  # the Payload record's per-locale values, and the field prefix
TRANSLATIONS = "translations"  # the Medusa record's translations, and the field prefix
PREFIXES = (LOCALES + ".", TRANSLATIONS + ".")
SEO_KEYS = ("meta_title", "meta_description", "meta_keywords")
# Payload's content fields that can be localised (api/capabilities.CONTENT_FIELDS).
PAYLOAD_FIELDS = ("title", "subtitle", "description", *(f"seo.{k}" for k in SEO_KEYS))
RICH = "description"  # the one Lexical field of Payload's; Medusa's description is text
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,35}$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def is_localised(field: str) -> bool:
    """Whether ``field`` names a translation (either server's)."""
    return field.startswith(PREFIXES)


def split(field: str) -> tuple[str, str, str]:
    """``(prefix, locale code, base field)``; ValueError for a malformed name."""
    prefix, _, rest = field.partition(".")
    code, _, base = rest.partition(".")
    if prefix == LOCALES and _CODE.match(code) and base in PAYLOAD_FIELDS:
        return prefix, code, base
    if prefix == TRANSLATIONS and _CODE.match(code) and _NAME.match(base):
        return prefix, code, base
    raise ValueError(f"'{field}' is not an editable field")


def payload_field(locale: str, base: str) -> str:
    """``locales.<locale>.<base>``, checked."""
    name = f"{LOCALES}.{locale}.{base}"
    split(name)
    return name


def medusa_field(locale: str, base: str) -> str:
    """``translations.<locale>.<base>``, checked."""
    name = f"{TRANSLATIONS}.{locale}.{base}"
    split(name)
    return name


def owner(field: str) -> str:
    prefix, _, _ = split(field)
    return Server.PAYLOAD if prefix == LOCALES else Server.MEDUSA


def locale_of(field: str) -> str:
    return split(field)[1]


def base_of(field: str) -> str:
    return split(field)[2]


def extract(record: dict[str, Any] | None, field: str) -> Any:
    """The value of a translation field in a server record (None when absent)."""
    if record is None:
        return None
    prefix, code, base = split(field)
    if prefix == LOCALES:
        values = _dict(_dict(record.get(LOCALES)).get(code))
        head, _, key = base.partition(".")
        return _dict(values.get("seo")).get(key) if head == "seo" else values.get(base)
    entry = _dict(_dict(record.get(TRANSLATIONS)).get(code))
    return _dict(entry.get("values")).get(base)


def apply(record: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with the translation ``field`` set to ``value``."""
    prefix, code, base = split(field)
    out = dict(record)
    if prefix == LOCALES:
        locales = dict(_dict(out.get(LOCALES)))
        values = dict(_dict(locales.get(code)))
        head, _, key = base.partition(".")
        if head == "seo":
            values["seo"] = {**_dict(values.get("seo")), key: value}
        else:
            values[base] = value
        locales[code] = values
        out[LOCALES] = locales
        return out
    translations = dict(_dict(out.get(TRANSLATIONS)))
    entry = dict(_dict(translations.get(code)))
    entry["values"] = {**_dict(entry.get("values")), base: value}
    translations[code] = entry
    out[TRANSLATIONS] = translations
    return out


def canonical(field: str, value: Any) -> Any:
    """A comparable form: text as text ("" for None), a Lexical description as is."""
    prefix, _, base = split(field)
    if prefix == LOCALES and base == RICH:
        return value or None  # dict equality is structural; {} and None mean "none"
    return "" if value is None else str(value)


def is_rich(field: str) -> bool:
    """A Payload description (Lexical), edited as the app's markdown."""
    prefix, _, base = split(field)
    return prefix == LOCALES and base == RICH


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
