"""The one door user-visible text goes through to be translated (Qt-free).

Core and UI mark a message as ``translate("Context", "Text")``; Qt's ``lupdate``
finds those calls (scripts/i18n.py update) and the translators fill in
resources/i18n/*.ts. Until the GUI installs Qt's translator as the backend
(desktop_app/ui/translator.py, at start) text comes back unchanged, so the CLI and
the tests read English. f-strings cannot be looked up: write
``translate("Ctx", "Saved {name}").format(name=...)``.

Counts use Qt's numerus messages, ``translate("Ctx", "%Ln product(s)", None, count)``
(%Ln: the number with the locale's digit grouping; %n: without). The translations
hold each language's forms. English has no catalog, so its two forms are resolved
here: "(s)" is dropped for one and "s" otherwise, and where English needs more than
an "s" the source holds both forms split by "|": "%n needs a decision|%n need a
decision".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None
_PLURAL_S = re.compile(r"\(s\)")
# Set inside ``in_english()``: per thread and asyncio task, so other tasks stay translated.
_english: ContextVar[bool] = ContextVar("english", default=False)


def install_backend(backend: Backend | None) -> Backend | None:
    """Look text up with ``backend`` from now on (None: untranslated); returns the old one."""
    global _backend
    previous, _backend = _backend, backend
    return previous


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; with ``n`` >= 0 the numerus form for ``n``."""
    backend = None if _english.get() else _backend
    out = backend(context, text, disambiguation, n) if backend is not None else text
    if n < 0:
        return out
    return english_forms(out, n).replace("%Ln", f"{n:,}").replace("%n", str(n))


@contextmanager
def in_english() -> Iterator[None]:
    """English text inside the block (and the asyncio tasks it starts), whatever the
    interface's language: for what support reads, e.g. the doctor's lines of
    Help › Copy diagnostics."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)


def english_forms(text: str, n: int) -> str:
    """The English form of a numerus source for ``n`` (a translation passes unchanged)."""
    if "|" in text:
        one, _, many = text.partition("|")
        text = one if n == 1 else many
    return _PLURAL_S.sub("" if n == 1 else "s", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is defined; ``translate`` it where shown."""
    del context
    return text
