"""Tokenising like the FTS5 ``unicode61 remove_diacritics 2`` tokenizer does.

Used for ``catalog_rows.search_text``: the searched columns as normalised tokens,
``" tok tok | tok …"``, so a phrase prefix is the plain substring ``" t1 t2"``.
Frequent words (half the catalog matches "shirt") are found by walking the sort
index and testing this column, which stops after one page; rare words go through
the FTS index. Both must agree on what a token is, hence this one module.

``catalog_rows.facets`` holds one token per filter value (``facets``): status,
sync state, stock state, and every category, collection, tag, type and sales
channel of the product, so a filtered count is a pure FTS5 count.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
FIELD_SEPARATOR = " |"  # never inside a token, so a phrase cannot span two fields


def tokens(text: str) -> list[str]:
    # lower(), not casefold(), and NFD, not NFKD: what unicode61 does ("ß" stays "ß").
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(stripped)


def search_text(*fields: str) -> str:
    return FIELD_SEPARATOR.join(" " + " ".join(tokens(f)) for f in fields) + " "


def needle(word: str) -> str | None:
    """The substring that matches ``word`` as a phrase prefix, or None for no tokens."""
    found = tokens(word)
    return " " + " ".join(found) if found else None


def facet_token(kind: str, value: str) -> str:
    """One FTS token per filter value (``zs`` status, ``zy`` sync state), so a filtered
    count is a pure FTS query. Values are reduced to token characters."""
    return kind + "".join(tokens(value)) if value else kind + "none"


# Facet kinds: two letters no word token of a product is likely to start with.
STATUS, SYNC, STOCK = "zs", "zy", "zk"
CATEGORY, COLLECTION, TAG, TYPE, CHANNEL = "zc", "zl", "zt", "zp", "zh"
LOW_STOCK = 5  # "low" stock: 1..LOW_STOCK available; 0 or less is "out"


def id_token(kind: str, value: str) -> str:
    """One FTS token for a server id. unicode61 splits ``pcat_01H…`` at the ``_`` and folds
    its case, so the id is not usable as it is; a fixed-length digest is one exact token
    for any id (80 bits: a collision among a shop's few thousand terms is not a concern)."""
    return kind + hashlib.blake2b(str(value).encode(), digest_size=10).hexdigest()


def stock_state(stock: int | None) -> str | None:
    """``out`` (nothing available), ``low`` (1..LOW_STOCK), ``in``; None when untracked."""
    if stock is None:
        return None
    if stock <= 0:
        return "out"
    return "low" if stock <= LOW_STOCK else "in"


def facets(
    status: str,
    state: str,
    *,
    stock: int | None = None,
    categories: Iterable[str] = (),
    collection: str | None = None,
    tags: Iterable[str] = (),
    type_id: str | None = None,
    channels: Iterable[str] = (),
) -> str:
    """The ``facets`` text of a row: space separated tokens, one per filter value."""
    parts = [facet_token(STATUS, status), facet_token(SYNC, state)]
    level = stock_state(stock)
    if level is not None:
        parts.append(STOCK + level)
    for kind, ids in ((CATEGORY, categories), (COLLECTION, [collection] if collection else ()),
                      (TAG, tags), (TYPE, [type_id] if type_id else ()), (CHANNEL, channels)):
        parts += sorted({id_token(kind, i) for i in ids if i})
    return " ".join(parts)
