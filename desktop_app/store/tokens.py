"""Tokenising like the FTS5 ``unicode61 remove_diacritics 2`` tokenizer does.

Used for ``catalog_rows.search_text``: the searched columns as normalised tokens,
``" tok tok | tok …"``, so a phrase prefix is the plain substring ``" t1 t2"``.
Frequent words (half the catalog matches "shirt") are found by walking the sort
index and testing this column, which stops after one page; rare words go through
the FTS index. Both must agree on what a token is, hence this one module.
"""

from __future__ import annotations

import re
import unicodedata

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


def facets(status: str, state: str) -> str:
    return f"{facet_token('zs', status)} {facet_token('zy', state)}"
