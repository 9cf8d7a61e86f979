"""Content quality per locale: a product's facts as one locale shows it.

A locale's content is the product's translated text (Payload's localised description and
SEO, or Medusa's translated description where the product has no Payload document), over
what every locale shares: images and their alt texts, the thumbnail, the prices. So a
locale's facts are the product's facts (``facts.measure``) with the description's words and
the SEO lengths measured in that locale, and ``l`` naming the locale when its translation is
done (``translations.status``). Scored with the same rules under a context whose locales are
that one locale (``stored.RowScorer.score_locales``): "every locale translated" becomes "this
locale translated".

A locale only Medusa translates (no Payload locale of its language) has no SEO of its own:
the storefront shows Payload's, so the product's SEO lengths stand.

Kept per product and locale in ``quality_locales`` (schema migration 11) so the list sorts
and filters by a locale's score in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from desktop_app.quality.facts import Facts, words


class LocaleTarget(Protocol):
    """A locale to translate into (``translations.setup.Target``)."""

    code: str
    payload: str | None
    medusa: str | None


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _length(value: Any) -> int:
    return len(value.strip()) if isinstance(value, str) else 0


def measure(
    facts: Facts,
    medusa: Mapping[str, Any] | None,
    payload: Mapping[str, Any] | None,
    targets: Iterable[LocaleTarget],
    plain_text: Callable[[Any], str],
) -> dict[str, Facts]:
    """Each target's facts (by its code). ``facts`` are the product's (default locale, with
    ``l``: the locales done); the records are as the merchant sees them (pending edits on);
    ``plain_text`` renders a Lexical description as the list shows it."""
    done = set(facts.get("l") or ())
    localised = _dict((payload or {}).get("locales"))
    translated = _dict((medusa or {}).get("translations"))
    found: dict[str, Facts] = {}
    for target in targets:
        mine: Facts = {**facts, "l": [target.code] if target.code in done else []}
        if payload is not None and target.payload:
            values = _dict(localised.get(target.payload))
            seo = _dict(values.get("seo"))
            mine["w"] = words(plain_text(values.get("description")))
            mine["t"] = _length(seo.get("meta_title"))
            mine["d"] = _length(seo.get("meta_description"))
        else:
            values = _dict(_dict(translated.get(target.medusa)).get("values"))
            text = values.get("description")
            mine["w"] = words(text) if isinstance(text, str) else 0
        found[target.code] = mine
    return found
