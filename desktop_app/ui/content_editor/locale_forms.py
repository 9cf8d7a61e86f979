"""The content editor's form, one per locale (issue 16), Qt-free.

On a shop whose Payload content is localised the editor shows one locale at a time. Each
locale has its own ``FormBase`` (the server values its typing is based on) and, while
another locale is shown, the values its form held (``typed``): switching never loses
typing, and Save sends every locale's typed fields, each under its own name.

Names: the form's fields are the default locale's (``title``, ``seo.meta_title``…); a
locale's edit is recorded as ``locales.<code>.<field>`` (``store/locale_fields.py``), the
path the translation editor writes through too. The default locale keeps the plain names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop_app.services.rebase import FormBase
from desktop_app.store.locale_fields import payload_field

DEFAULT = ""  # the key of the default locale's form (the plain field names)


def qualified(locale: str, name: str) -> str:
    """The outbox name of form field ``name`` in ``locale`` (``DEFAULT``: the plain name)."""
    return name if locale == DEFAULT else payload_field(locale, name)


@dataclass
class LocaleForm:
    """One locale's form: its bases, and its values while another locale is shown."""

    locale: str
    base: FormBase = field(default_factory=FormBase)
    loaded: bool = False  # ``base`` was filled from the store
    typed: dict[str, Any] | None = None  # the form's values while it is not shown
    original: Any = None  # the Lexical description loaded (untouched blocks kept from it)

    def touched(self) -> list[str]:
        """Fields typed into (only for a form not shown: the shown one is read from widgets)."""
        return self.base.touched(self.typed) if self.typed is not None else []


class LocaleForms:
    """Every locale's form; one is ``active`` (shown in the widgets)."""

    def __init__(self) -> None:
        self._forms: dict[str, LocaleForm] = {DEFAULT: LocaleForm(DEFAULT)}
        self.active_locale = DEFAULT

    @property
    def active(self) -> LocaleForm:
        return self._forms[self.active_locale]

    def form(self, locale: str) -> LocaleForm:
        found = self._forms.get(locale)
        if found is None:
            found = self._forms[locale] = LocaleForm(locale)
        return found

    def activate(self, locale: str, shown: dict[str, Any]) -> LocaleForm:
        """Keep ``shown`` (the widgets' values) with the form being left; the new form's
        ``typed`` values are the caller's to show (None: load it from the store)."""
        self.active.typed = dict(shown)
        self.active_locale = locale
        return self.form(locale)

    def hidden(self) -> Iterator[LocaleForm]:
        """The loaded forms not shown now."""
        for form in self._forms.values():
            if form is not self.active and form.loaded and form.typed is not None:
                yield form

    def hidden_touched(self) -> dict[str, list[str]]:
        """locale -> the fields typed into, for forms not shown now."""
        return {f.locale: names for f in self.hidden() if (names := f.touched())}

    def forget_hidden(self) -> None:
        """Drop every form not shown (a revert)."""
        self._forms = {self.active_locale: self.active}


__all__ = ["DEFAULT", "LocaleForm", "LocaleForms", "qualified"]
