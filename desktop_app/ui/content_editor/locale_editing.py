"""The content editor's locales (issue 16): the part of ``ContentEditor`` that asks the
shop for its locales, switches the form between them and previews a locale as the
storefront gets it (Payload's fallback to the default locale, said in a note).

A mixin of ``ContentEditor`` (editor_window.py), which holds the widgets, the per-locale
forms (``locale_forms.LocaleForms``) and the save; kept apart so each file holds one concept.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.content import TEXT_FIELDS
from desktop_app.services.offline import ProductDetail
from desktop_app.services.rebase import Outcome
from desktop_app.translations.setup import TranslationsUnavailable
from desktop_app.ui.content_editor.codec import to_source
from desktop_app.ui.content_editor.locale_forms import DEFAULT, LocaleForm
from desktop_app.ui.content_editor.rendering import Rendered, render

log = logging.getLogger(__name__)

TITLE_PLACEHOLDER = QT_TRANSLATE_NOOP("ContentEditor", "Product title (required)")
SUBTITLE_PLACEHOLDER = QT_TRANSLATE_NOOP("ContentEditor", "A short line under the title")
# The fields the fallback note names (as in its sentence: lower case).
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ContentLocales", "title"),
    "subtitle": QT_TRANSLATE_NOOP("ContentLocales", "subtitle"),
    "description": QT_TRANSLATE_NOOP("ContentLocales", "description"),
}


def shown_text(name: str, value: Any) -> str:
    """A field's value as the form shows it (the description as editor markdown)."""
    if name == "description":
        return to_source(value)
    return "" if value is None else str(value)


class LocaleEditing:
    """Locale switching for ``ContentEditor`` (its attributes are the editor's)."""

    async def _detect_locales(self) -> None:
        """Ask the shop whether its content is localised: the switcher, or why not."""
        catalog = self.service.catalog
        caps = await catalog.capabilities()
        if not shiboken6.isValid(self):
            return
        self.capabilities = caps
        self.capabilities_known(caps)
        cap = caps.localised_content
        setup = None
        if cap.available or not caps.complete:
            try:  # also reads every locale's values once (a new setup)
                setup = await catalog.detect_translations()
            except TranslationsUnavailable:
                setup = None
            if not shiboken6.isValid(self):
                return
        if setup is not None and setup.payload_on:
            self.localised_fields = setup.payload_fields
            self.locale_bar.set_locales(setup.payload_locales, setup.source)
            self.locale_bar.select(self.locale, quiet=True)
            return
        self.locale_bar.set_unavailable(
            cap.reason or translate("ContentLocales", "This shop's content has one locale.")
        )
        self._show_reasons()

    def _locales_unknown(self, exc: BaseException) -> None:
        log.info("content locales not checked", exc_info=exc)
        self.locale_bar.set_unavailable(
            translate("ContentLocales", "Could not check the shop's locales: {error}").format(
                error=exc
            )
        )
        reason = translate(
            "ContentPublish", "Could not check whether the shop keeps drafts: {error}"
        ).format(error=exc)
        self.publish_bar.set_reasons(reason, reason)
        self.publish_bar.show_publication(None, typed=False)
        self._show_reasons()

    def switch_locale(self, locale: str) -> None:
        """Show ``locale``'s values; the typing of the locale left is kept for Save."""
        if self.content is None or locale == self.locale:
            return
        form = self.forms.activate(locale, self.values())
        self.notes.clear()
        detail = self.service.catalog.product(self.product_id)
        if not form.loaded or form.typed is None:
            if detail is None:
                return
            self._load_form(form, self._incoming(detail, locale))
        else:
            typed, form.typed = form.typed, None
            self._show_values(typed, form.original)
            self.rebase()  # what changed in the store while it was hidden
        self.locale_bar.select(locale, quiet=True)
        self._lock_fields()
        self.notes.sync(self.base.conflicts)
        self._update_state()
        self._update_page()

    def _lock_fields(self) -> None:
        """In a locale other than the default, a field Payload does not localise is the
        default locale's: shown read-only, saying so; empty fields show what the storefront
        falls back to."""
        other = self.locale != DEFAULT and self.content is not None
        for name, widget in self._field_widgets().items():
            locked = other and name not in self.localised_fields
            widget.setReadOnly(locked)
            widget.setToolTip(
                translate(
                    "ContentLocales",
                    "Not localised in Payload: the same in every locale; edit it in the default "
                    "locale.",
                )
                if locked
                else ""
            )
        if not other:
            self.title_edit.setPlaceholderText(translate("ContentEditor", TITLE_PLACEHOLDER))
            self.subtitle_edit.setPlaceholderText(translate("ContentEditor", SUBTITLE_PLACEHOLDER))
            return
        default, code = self._default_values(), self.locale_bar.code(DEFAULT)
        for name, edit in (("title", self.title_edit), ("subtitle", self.subtitle_edit)):
            edit.setPlaceholderText(f"{code}: {default[name]}" if default[name] else "")

    def _field_widgets(self) -> dict[str, Any]:
        return {
            "title": self.title_edit,
            "subtitle": self.subtitle_edit,
            "description": self.editor,
            "seo.meta_title": self.seo.title_edit,
            "seo.meta_description": self.seo.description_edit,
            "seo.meta_keywords": self.seo.keywords_edit,
        }

    def _default_values(self) -> dict[str, str]:
        """The default locale's title, subtitle and description (markdown) as the merchant
        has them: the form's typing while another locale is shown, else the store's."""
        form = self.forms.form(DEFAULT)
        if form.typed is not None:
            return {name: str(form.typed.get(name) or "") for name in TEXT_FIELDS}
        detail = self.service.catalog.product(self.product_id)
        if detail is None:
            return dict.fromkeys(TEXT_FIELDS, "")
        return {name: shown_text(name, detail.value(name)) for name in TEXT_FIELDS}

    def _fallback_render(self, markdown: str) -> Rendered:
        if self._fallback is None or self._fallback[0] != markdown:
            original = self.forms.form(DEFAULT).original
            populate = self.service.catalog.upload_populate(original)
            self._fallback = (markdown, render(markdown, 0, original, populate=populate))
        return self._fallback[1]

    def _show_fallback_note(self, fields: list[str]) -> None:
        if not fields:
            self.fallback_note.hide()
            return
        default = self.locale_bar.code(DEFAULT)
        here = self.locale_bar.code(self.locale)
        names = ", ".join(translate("ContentLocales", FIELD_NAMES[f]) for f in fields)
        self.fallback_note.setText(
            translate(
                "ContentLocales",
                "Shown in {default}: {fields}. {here} has no text there yet, so the "
                "storefront falls back to the default locale ({default}).",
            ).format(default=default, fields=names, here=here)
        )
        self.fallback_note.show()

    def _untitled_locale(self) -> str:
        """A locale (not the default) with typed fields and no title: Payload refuses it."""
        for form in (self.forms.active, *self.forms.hidden()):
            if form.locale == DEFAULT or "title" not in self.localised_fields:
                continue
            values = self.values() if form is self.forms.active else (form.typed or {})
            typed = form.touched() if form is not self.forms.active else self.changed_fields()
            if typed and not str(values.get("title") or "").strip():
                return form.locale
        return ""

    def _rebase_hidden(self, form: LocaleForm, detail: ProductDetail) -> None:
        """A locale not shown follows the store too; its conflicts wait until it is."""
        assert form.typed is not None
        for name, outcome in form.base.rebase(
            self._incoming(detail, form.locale), form.typed
        ).items():
            if outcome.outcome is Outcome.TAKE_NEW:
                form.typed[name] = outcome.incoming.shown or ""
                if name == "description":
                    form.original = outcome.incoming.value
