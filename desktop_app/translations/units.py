"""Translation units: what a translator sees of one product in one locale (Qt-free, pure).

A unit is one text to translate: its source (the default locale's value) and its current
translation, as text. Payload's description is Lexical and is shown as the app's lossless
markdown (``richtext.lexical_to_editor_markdown``), read back with
``editor_markdown_to_lexical``, so nothing the editor keeps is lost on the way through a
translator's tool.

Unit keys name the field without the locale: ``title``, ``subtitle``, ``description``,
``seo.meta_title``, ``seo.meta_description``, ``seo.meta_keywords`` (Payload), and
``medusa.title``, ``medusa.subtitle``, ``medusa.description``, ``medusa.material`` (Medusa's
Translation module).
A Medusa field whose source is the very text of a Payload field of the product (Medusa's
title is usually Payload's) is not a unit of its own: the Payload unit writes both, so a
translator translates it once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.richtext import editor_markdown_to_lexical, lexical_to_editor_markdown
from desktop_app.servers import Server
from desktop_app.translations.setup import Pair, Target
from desktop_app.translations.status import ORDER, Evaluation, FieldState, State

MEDUSA_KEY = "medusa."
LABELS = {
    "title": QT_TRANSLATE_NOOP("Translations", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Translations", "Subtitle"),
    "description": QT_TRANSLATE_NOOP("Translations", "Description"),
    "seo.meta_title": QT_TRANSLATE_NOOP("Translations", "SEO title"),
    "seo.meta_description": QT_TRANSLATE_NOOP("Translations", "SEO description"),
    "seo.meta_keywords": QT_TRANSLATE_NOOP("Translations", "SEO keywords"),
    "material": QT_TRANSLATE_NOOP("Translations", "Material"),
}
MEDUSA_LABELS = {  # Medusa's own fields (its Translation module)
    "title": QT_TRANSLATE_NOOP("Translations", "Medusa title"),
    "subtitle": QT_TRANSLATE_NOOP("Translations", "Medusa subtitle"),
    "description": QT_TRANSLATE_NOOP("Translations", "Medusa description"),
    "material": QT_TRANSLATE_NOOP("Translations", "Medusa material"),
}


def unit_key(pair: Pair) -> str:
    return pair.source if pair.server == Server.PAYLOAD else MEDUSA_KEY + pair.source


def label(key: str) -> str:
    """The field a unit translates, in the interface's language ("Medusa title")."""
    if key.startswith(MEDUSA_KEY):
        base = key.removeprefix(MEDUSA_KEY)
        if base in MEDUSA_LABELS:
            return translate("Translations", MEDUSA_LABELS[base])
        return translate("Translations", "Medusa {field}").format(field=key.lower())
    return translate("Translations", LABELS[key]) if key in LABELS else key


def as_text(pair: Pair, value: Any) -> str:
    """A value as the translator edits it: markdown for a Lexical description."""
    if value is None:
        return ""
    if pair.rich:
        return lexical_to_editor_markdown(value) if isinstance(value, dict) else ""
    return str(value)


def from_text(pair: Pair, text: str) -> Any:
    """A translator's text as the field takes it (Lexical for Payload's description)."""
    if pair.rich:
        return editor_markdown_to_lexical(text) if text.strip() else None
    return text


def same_text(a: str, b: str) -> bool:
    """Texts compared as a translator's tool may hand them back (line endings, edges)."""
    return _norm(a) == _norm(b)


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


@dataclass(frozen=True)
class Unit:
    product_id: str
    key: str
    pairs: tuple[Pair, ...]  # the fields it writes: one, or a Payload field and Medusa's
    source: str
    target: str
    state: State

    @property
    def id(self) -> str:
        return f"{self.product_id}/{self.key}"

    @property
    def label(self) -> str:
        return label(self.key)

    @property
    def rich(self) -> bool:
        return self.pairs[0].rich

    def values(self, text: str) -> dict[str, Any]:
        """The edits that set this unit's fields to ``text``."""
        return {pair.name: from_text(pair, text) for pair in self.pairs}


def _worst(states: list[State]) -> State:
    for state in ORDER:
        if state in states:
            return state
    return State.EMPTY


def units(product_id: str, evaluation: Evaluation, target: Target) -> list[Unit]:
    """The product's units in ``target`` (fields with neither source nor translation left
    out), in the setup's field order."""
    status = next((s for s in evaluation.statuses if s.target == target), None)
    if status is None:
        return []
    payload: dict[str, FieldState] = {}
    found: list[tuple[str, list[FieldState]]] = []
    for field in status.fields:
        if field.state is State.EMPTY:
            continue
        if field.pair.server == Server.PAYLOAD:
            payload[as_text(field.pair, field.source)] = field
            found.append((unit_key(field.pair), [field]))
            continue
        source = as_text(field.pair, field.source)
        twin = payload.get(source) if source.strip() else None
        if twin is not None and twin.pair.source == field.pair.source:
            mine, theirs = as_text(field.pair, field.value), as_text(twin.pair, twin.value)
            if not mine or same_text(mine, theirs):  # translated once, written to both
                next(group for key, group in found if key == unit_key(twin.pair)).append(field)
                continue
        found.append((unit_key(field.pair), [field]))
    out = []
    for key, group in found:
        first = group[0]
        target_text = next(
            (as_text(f.pair, f.value) for f in group if f.value not in (None, "")), ""
        )
        out.append(
            Unit(
                product_id,
                key,
                tuple(f.pair for f in group),
                as_text(first.pair, first.source),
                target_text,
                _worst([f.state for f in group]),
            )
        )
    return out


def product_units(evaluations: Mapping[str, Evaluation], target: Target) -> list[Unit]:
    return [u for pid, found in evaluations.items() for u in units(pid, found, target)]
