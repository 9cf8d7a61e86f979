"""Remove secrets from text that leaves the process: log records and the diagnostics report.

Two nets: the exact values the keyring holds for the profiles (whatever their shape),
and patterns for every kind of secret the app handles, so a key that never went
through the keyring (an env var, a pasted header, a server's echo) is caught too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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
            r"[\w-]*[\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&}\]]+)"
        ),
        lambda m: m.group(1) + _quoted_like(m.group(2)),
    ),
)


def _quoted_like(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return f"{value[0]}{REDACTED}{value[0]}"
    return REDACTED


class Scrubber:
    """Replaces known secret values and secret-shaped text with ``REDACTED``."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._known: set[str] = set()
        self._known_re: re.Pattern[str] | None = None
        self.add_known(known)

    def add_known(self, values: Iterable[str]) -> None:
        """Exact values to remove wherever they appear (the keyring's, for instance)."""
        fresh = {v for v in values if v and len(v) >= MIN_KNOWN_LENGTH} - self._known
        if not fresh:
            return
        self._known |= fresh
        # Longest first, so a value containing another is removed whole.
        ordered = sorted(self._known, key=len, reverse=True)
        self._known_re = re.compile("|".join(re.escape(v) for v in ordered))

    def __call__(self, text: str) -> str:
        if self._known_re is not None:
            text = self._known_re.sub(REDACTED, text)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text
