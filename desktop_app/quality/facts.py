"""What the rules look at, measured once per product: its *facts*.

Facts do not depend on the rules' thresholds, the shop's regions or the media's alt
texts, so they are measured when a product's list row is rebuilt (``records.
refresh_rows``, from the records as the merchant sees them: pending edits applied)
and kept in ``catalog_rows.quality_facts``. Scoring the whole catalog again after the
rules, the regions or alt texts changed then reads these few numbers instead of
decoding every record and rendering every Lexical description (bench/quality.py).

A product's facts, as JSON (short keys: 100,000 of them are read at once)::

    {"w": words of the description, "t": meta title length, "d": meta description
     length (characters; 0 when missing), "m": [media ids of the thumbnail and the
     gallery], "th": 1 when there is a thumbnail, "v": [[price keys] per variant] or
     None without a Medusa product, "doc": 1 when Payload has a document}

A price key is ``c:<currency>`` for a currency price and ``r:<region id>`` for a price
with Medusa's ``region_id`` rule.

Stored (``encode``/``decode``) as one line of text split at "|", not as the JSON object
above: json-decoding 100,000 such objects alone took about as long as the 1 s the issue
allows for scoring them all; splitting the line takes a tenth of that (bench/quality.py).
Variants priced alike are kept once (the rules ask "does every variant have…").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Facts = dict[str, Any]


def _length(value: Any) -> int:
    return len(value.strip()) if isinstance(value, str) else 0


def _media_ids(payload: Mapping[str, Any]) -> list[str]:
    found = [payload.get("thumbnail")]
    for row in payload.get("images") or ():
        found.append(row.get("image") if isinstance(row, Mapping) else row)
    ids = (str(i.get("id") if isinstance(i, Mapping) else i) for i in found if i is not None)
    return list(dict.fromkeys(ids))


def price_keys(variant: Mapping[str, Any]) -> list[str]:
    keys = set()
    for price in variant.get("prices") or ():
        if not isinstance(price, Mapping) or price.get("amount") is None:
            continue
        region = price.get("region_id")
        if region:
            keys.add(f"r:{region}")
        elif price.get("currency_code"):
            keys.add(f"c:{str(price['currency_code']).lower()}")
    return sorted(keys)


def words(text: str) -> int:
    """Words of a description: whitespace-separated tokens with a letter or digit in
    them (a Markdown "##" or "-" left in Medusa's plain description is no word)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def measure(
    medusa: Mapping[str, Any] | None, payload: Mapping[str, Any] | None, description: str
) -> Facts:
    """The facts of one product. ``description`` is the plain text the list row shows
    (Payload's Lexical description, else Medusa's), so both count words alike."""
    seo = (payload or {}).get("seo") or {}
    media = _media_ids(payload) if payload else []
    thumbnail = bool((payload or {}).get("thumbnail") is not None
                     or (medusa or {}).get("medusa_thumbnail"))
    variants = None
    if medusa is not None:
        variants = [price_keys(v) for v in medusa.get("variants") or ()
                    if isinstance(v, Mapping)]
    return {
        "w": words(description),
        "t": _length(seo.get("meta_title")),
        "d": _length(seo.get("meta_description")),
        "m": media,
        "th": int(thumbnail),
        "v": variants,
        "doc": int(payload is not None),
    }


NO_PRODUCT = "~"  # the variants field of a product Medusa does not have


def encode(facts: Facts) -> str:
    """``w|t|d|th|doc|media ids|variant keys;variant keys|locales`` (ids and codes hold no
    space, "|" or ";": Payload ids are numbers or hex, Medusa's ``reg_…``, currency codes)."""
    variants = facts.get("v")
    kinds = NO_PRODUCT if variants is None else ";".join(sorted({" ".join(v)
                                                                  for v in variants}))
    return "|".join((str(facts.get("w", 0)), str(facts.get("t", 0)), str(facts.get("d", 0)),
                     str(facts.get("th", 0)), str(facts.get("doc", 0)),
                     " ".join(facts.get("m") or ()), kinds, " ".join(facts.get("l") or ())))


def decode(text: str) -> Facts:
    w, t, d, th, doc, media, kinds, locales = text.split("|")
    variants = None if kinds == NO_PRODUCT else [k.split() for k in kinds.split(";")] if kinds \
        else []
    found: Facts = {"w": int(w), "t": int(t), "d": int(d), "m": media.split(), "th": int(th),
                    "v": variants, "doc": int(doc)}
    if locales:
        found["l"] = locales.split()
    return found
