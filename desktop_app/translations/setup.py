"""What a shop translates, taken from its detected capabilities (``api/capabilities.py``).

A ``TranslationSetup`` says which of Payload's content fields are localised and in which
locales, whether Medusa's Translation module is on (its locales and the product fields it
translates), and the *targets*: the locales to translate into, each with its Payload code
and its Medusa code. The store keeps the last one found (``store/translations.py``) so pulls,
pushes, the status and the CLI work offline; a shop without either capability has none.

Payload names locales its own way (``en``, ``de``, ``fr``), Medusa by BCP 47 (``en-US``,
``de-DE``, ``fr-FR``): a Payload locale maps to the Medusa locale of the same code, else of the
same language (``de`` → ``de-DE``; among several, the one whose region repeats the language,
then the first in order). A Medusa locale no Payload locale maps to is a target of its own
unless it is in the source language.

The source of every translation is the default locale's value: Payload's default-locale
content for ``locales.*``, Medusa's own product fields for ``translations.*``. Medusa has no
default locale, so its source language is taken to be Payload's default (``en`` when Payload
is not localised).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.api.capabilities import ShopCapabilities
from desktop_app.i18n import translate
from desktop_app.servers import Server
from desktop_app.store import locale_fields

# Medusa's translatable product fields the app edits; the store keeps Medusa's own values of
# these (the sources). ``material`` is read only where Medusa translates it (``MEDUSA_READ``):
# a shop without the module pays nothing for it.
MEDUSA_EDITED = ("title", "subtitle", "description", "material")
MEDUSA_READ = ("material",)
FALLBACK_SOURCE = "en"


def language(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


def medusa_match(code: str, medusa_locales: Iterable[str]) -> str | None:
    """The Medusa locale a Payload locale stands for (None: none of that language)."""
    options = list(medusa_locales)
    for candidate in options:
        if candidate.lower() == code.lower():
            return candidate
    same = [c for c in options if language(c) == language(code)]
    if not same:
        return None
    for candidate in same:
        parts = candidate.replace("_", "-").split("-")
        if len(parts) > 1 and parts[1].lower() == language(code):
            return candidate
    return same[0]


@dataclass(frozen=True)
class Target:
    """One locale to translate into: its code (Payload's, else Medusa's) on both servers."""

    code: str
    payload: str | None = None
    medusa: str | None = None

    @property
    def label(self) -> str:
        both = [c for c in (self.payload, self.medusa) if c]
        return " / ".join(dict.fromkeys(both)) or self.code


@dataclass(frozen=True)
class Pair:
    """A translation field and the source field it translates, on one server's record."""

    name: str  # the outbox field: locales.de.title, translations.de-DE.title
    source: str  # the field holding the source text in the same record: title
    server: str

    @property
    def rich(self) -> bool:
        return locale_fields.is_rich(self.name)

    # The keys to walk in a record (``extract`` parses the name each time; the status of
    # every product rebuilt walks these instead: bench in docs/translations.md).
    @functools.cached_property
    def path(self) -> tuple[str, ...]:
        prefix, code, base = locale_fields.split(self.name)
        if prefix == locale_fields.TRANSLATIONS:
            return (prefix, code, "values", base)
        return (prefix, code, *base.split("."))

    @functools.cached_property
    def source_path(self) -> tuple[str, ...]:
        return tuple(self.source.split("."))

    @functools.cached_property
    def read_only_here(self) -> bool:
        """A source only a translating shop's reads hold (Medusa's material): a record
        stored before has no such key, and the field's state is not known yet."""
        return self.server == Server.MEDUSA and self.source in MEDUSA_READ


@dataclass(frozen=True)
class TranslationSetup:
    source: str  # the source locale (Payload's default)
    payload_fields: tuple[str, ...] = ()  # Payload's localised content fields
    payload_locales: tuple[str, ...] = ()  # all of Payload's locales, the default first
    medusa_fields: tuple[str, ...] = ()  # Medusa's translatable fields the app edits
    medusa_locales: tuple[str, ...] = ()
    targets: tuple[Target, ...] = field(default=())

    @property
    def payload_on(self) -> bool:
        return bool(self.payload_fields)

    @property
    def medusa_on(self) -> bool:
        return bool(self.medusa_fields and self.medusa_locales)

    @property
    def medusa_read_fields(self) -> tuple[str, ...]:
        """Product fields a Medusa read asks for only because they are translated here."""
        return tuple(f for f in MEDUSA_READ if f in self.medusa_fields) if self.medusa_on else ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.targets)

    def target(self, code: str) -> Target | None:
        """The target named by any of its codes (``de``, ``de-DE``), case aside."""
        wanted = code.lower()
        for target in self.targets:
            if wanted in {c.lower() for c in (target.code, target.payload, target.medusa) if c}:
                return target
        return None

    def pairs(self, target: Target) -> tuple[Pair, ...]:
        """The fields a product has to translate into ``target``, Payload's first."""
        return _pairs(self, target)

    def all_pairs(self) -> tuple[tuple[Target, Pair], ...]:
        return tuple((t, p) for t in self.targets for p in self.pairs(t))

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "payload": {"fields": list(self.payload_fields), "locales": list(self.payload_locales)},
            "medusa": {"fields": list(self.medusa_fields), "locales": list(self.medusa_locales)},
            "targets": [
                {"code": t.code, "payload": t.payload, "medusa": t.medusa} for t in self.targets
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TranslationSetup:
        payload, medusa = data.get("payload") or {}, data.get("medusa") or {}
        return cls(
            source=str(data["source"]),
            payload_fields=tuple(payload.get("fields") or ()),
            payload_locales=tuple(payload.get("locales") or ()),
            medusa_fields=tuple(medusa.get("fields") or ()),
            medusa_locales=tuple(medusa.get("locales") or ()),
            targets=tuple(
                Target(t["code"], t.get("payload"), t.get("medusa"))
                for t in data.get("targets") or ()
            ),
        )


@functools.lru_cache(maxsize=64)
def _pairs(setup: TranslationSetup, target: Target) -> tuple[Pair, ...]:
    found: list[Pair] = []
    if target.payload:
        found += [
            Pair(locale_fields.payload_field(target.payload, f), f, Server.PAYLOAD)
            for f in setup.payload_fields
        ]
    if target.medusa:
        found += [
            Pair(locale_fields.medusa_field(target.medusa, f), f, Server.MEDUSA)
            for f in setup.medusa_fields
        ]
    return tuple(found)


def build(
    *,
    source: str | None,
    payload_fields: Iterable[str] = (),
    payload_locales: Iterable[str] = (),
    medusa_fields: Iterable[str] = (),
    medusa_locales: Iterable[str] = (),
) -> TranslationSetup | None:
    """The setup of these capabilities; None when neither server translates anything."""
    payload_fields = tuple(f for f in locale_fields.PAYLOAD_FIELDS if f in set(payload_fields))
    payload_locales = tuple(payload_locales)
    source = source or FALLBACK_SOURCE
    if not payload_fields or len(payload_locales) < 2:
        payload_fields, payload_locales = (), ()
    medusa_fields = tuple(f for f in MEDUSA_EDITED if f in set(medusa_fields))
    medusa_locales = tuple(medusa_locales) if medusa_fields else ()
    targets: list[Target] = []
    taken: set[str] = set()
    for code in payload_locales:
        if code == source:
            continue
        medusa = medusa_match(code, medusa_locales) if medusa_locales else None
        if medusa is not None:
            taken.add(medusa)
        targets.append(Target(code, code, medusa))
    for code in medusa_locales:
        if code not in taken and language(code) != language(source):
            targets.append(Target(code, None, code))
    if not targets:
        return None
    return TranslationSetup(
        source, payload_fields, payload_locales, medusa_fields, medusa_locales, tuple(targets)
    )


def from_capabilities(caps: ShopCapabilities) -> TranslationSetup | None:
    """The setup ``caps`` describe (None: nothing to translate on this shop)."""
    payload = caps.localised_content.available and caps.default_locale
    medusa = caps.medusa_translations.available
    return build(
        source=caps.default_locale if payload else None,
        payload_fields=caps.localised_fields if payload else (),
        payload_locales=caps.locales if payload else (),
        medusa_fields=caps.medusa_translatable_fields if medusa else (),
        medusa_locales=caps.medusa_locales if medusa else (),
    )


class TranslationsUnavailable(Exception):
    """Nothing to translate on this shop, or it could not be asked: ``reason`` says which."""

    def __init__(self, caps: ShopCapabilities) -> None:
        self.capabilities = caps
        self.reason = unavailable_reason(caps)
        super().__init__(self.reason)


def unavailable_reason(caps: ShopCapabilities) -> str:
    """Why a shop has nothing to translate, in the capabilities' own words."""
    reasons = [c.reason for c in (caps.localised_content, caps.medusa_translations) if c.reason]
    if not reasons:
        return translate(
            "Translations", "This shop has no locale besides its default one to translate into."
        )
    return " ".join(reasons)
