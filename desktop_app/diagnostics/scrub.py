"""Remove secrets from text that leaves the process: log records and the diagnostics report.

Two nets: the exact values the keyring holds for the profiles (whatever their shape),
and patterns for every kind of secret the app handles, so a key that never went
through the keyring (an env var, a pasted header, a server's echo) is caught too.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable
from urllib.parse import quote, quote_plus

from desktop_app.secrets import REDACTED

# Shorter values would blank out ordinary words; no real key or password is that short
# in practice, and the patterns below still catch the shapes.
MIN_KNOWN_LENGTH = 4

_HEADER_NAMES = (
    r"(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key"
    r"|x-medusa-api-key)"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # Authorization: Bearer …, Basic …, users API-Key …; Cookie: a=b; c=d (to line end)
    (re.compile(rf"(?im)(\b{_HEADER_NAMES}\b[\"']?\s*[:=]\s*)[^\r\n]+"), rf"\g<1>{REDACTED}"),
    # Payload's scheme on its own: "<collection> API-Key <key>"
    (re.compile(r"(?i)(\bAPI-Key\s+)\S+"), rf"\g<1>{REDACTED}"),
    (re.compile(r"(?i)(\bBearer\s+)[A-Za-z0-9._~+/=-]+"), rf"\g<1>{REDACTED}"),
    (re.compile(r"(?i)(\bBasic\s+)[A-Za-z0-9+/=]{8,}"), rf"\g<1>{REDACTED}"),
    # JSON Web Tokens (Medusa's session tokens, Payload's login tokens)
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*"), REDACTED),
    # Medusa secret API keys (sk_…) and publishable keys (pk_…)
    (re.compile(r"\b[sp]k_[A-Za-z0-9_]{6,}"), REDACTED),
    # Payload API keys are UUIDs
    (
        re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I),
        REDACTED,
    ),
    # user:password@ in URLs (any scheme, including postgres://)
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"), rf"\g<1>{REDACTED}@"),
    # password=…, "password": "…", secret/token/api_key keys in JSON, forms and env lines
    (
        re.compile(
            r"(?i)([\"']?\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|apikey)"
            r"[\w-]*[\"']?\s*[:=]\s*)"
            # a quoted value ends at its closing quote, not at an escaped one inside
            r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s,;&}\]]+)"
        ),
        lambda m: m.group(1) + _quoted_like(m.group(2)),
    ),
)


# A known value's base64 found inside a longer base64 text takes the whole run with it.
_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
# Base64 cores shorter than this would match ordinary base64 by chance.
MIN_BASE64_CORE = 8


def _escaped(value: str) -> set[str]:
    """How the value reads inside JSON (ASCII or not) and a Python repr."""
    return {
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        repr(value)[1:-1],
        # inside a longer text holding both quotes, repr escapes the single ones
        repr(value + '"')[1:-2],
    }


def _written_forms(value: str) -> set[str]:
    """The value as it can reach text: as is, escaped once or twice (JSON inside an
    exception's repr), percent-encoded in a URL or a form body."""
    once = {value, quote(value, safe=""), quote(value), quote_plus(value)} | _escaped(value)
    twice = {form for first in _escaped(value) for form in _escaped(first)}
    return {form for form in once | twice if form}


def _base64_cores(value: str) -> set[str]:
    """The base64 characters that encode only the value's bytes, at each of the three
    alignments it can have inside a longer encoded text ("user:password" of Basic)."""
    raw = value.encode()
    cores = set()
    for start in range(3):
        whole = raw[start : start + (len(raw) - start) // 3 * 3]
        core = base64.b64encode(whole).decode()
        if len(core) >= MIN_BASE64_CORE:
            cores |= {core, core.replace("+", "-").replace("/", "_")}
    return cores


def _base64_runs(cores: re.Pattern[str], text: str) -> str:
    """Replaces each base64 run holding a core, widened by hand (a regex widening both
    ways backtracks quadratically over long base64-like text)."""
    spans: list[tuple[int, int]] = []
    for found in cores.finditer(text):
        start, end = found.span()
        if spans and start < spans[-1][1]:
            continue  # inside the run just taken
        while start > 0 and text[start - 1] in _B64_CHARS:
            start -= 1
        while end < len(text) and (text[end] in _B64_CHARS or text[end] == "="):
            end += 1
        spans.append((start, end))
    for start, end in reversed(spans):
        text = text[:start] + REDACTED + text[end:]
    return text


def _quoted_like(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return f"{value[0]}{REDACTED}{value[0]}"
    return REDACTED


def _pieces(value: str) -> set[str]:
    """The value, without the blank a paste left around it, and each of its lines: a
    value stored with a newline (a pasted key, a PEM) is used and shown line by line."""
    return {value, value.strip(), *(line.strip() for line in value.splitlines())} - {""}


def _alternatives(values: set[str]) -> re.Pattern[str]:
    # Longest first, so a value containing another is removed whole.
    return re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))


class Scrubber:
    """Replaces known secret values and secret-shaped text with ``REDACTED``."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._known: set[str] = set()
        self._known_re: re.Pattern[str] | None = None
        self._base64_re: re.Pattern[str] | None = None
        self.add_known(known)

    def add_known(self, values: Iterable[str]) -> None:
        """Exact values to remove wherever they appear (the keyring's, for instance)."""
        pieces = {piece for value in values for piece in _pieces(value)}
        fresh = {v for v in pieces if len(v) >= MIN_KNOWN_LENGTH} - self._known
        if not fresh:
            return
        self._known |= fresh
        forms = {form for value in self._known for form in _written_forms(value)}
        cores = {core for value in self._known for core in _base64_cores(value)}
        self._known_re = _alternatives(forms)
        self._base64_re = _alternatives(cores) if cores else None

    def __call__(self, text: str) -> str:
        if self._known_re is not None:
            text = self._known_re.sub(REDACTED, text)
        if self._base64_re is not None:
            text = _base64_runs(self._base64_re, text)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text
