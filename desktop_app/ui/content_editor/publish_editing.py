"""The content editor's drafts and publishing (issue 16, docs/drafts.md): the part of
``ContentEditor`` that follows what the shop offers (drafts, scheduled publishing), shows
the publication badge and runs Save as draft / Publish / Unpublish / Schedule… through
the catalog, and bases every locale's form on the latest draft (its locale's values).

A mixin of ``ContentEditor`` (editor_window.py), which holds the widgets and the save.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop_app.api.capabilities import Support
from desktop_app.i18n import translate
from desktop_app.publishing import Publication, PublicationState
from desktop_app.publishing.state import content as publication_content
from desktop_app.services.content import TEXT_FIELDS
from desktop_app.services.offline import ProductDetail
from desktop_app.services.rebase import Incoming
from desktop_app.store.fields import same
from desktop_app.ui.content_editor.locale_editing import shown_text
from desktop_app.ui.content_editor.locale_forms import DEFAULT, LocaleForm, qualified
from desktop_app.ui.content_editor.schedule_dialog import ScheduleDialog

log = logging.getLogger(__name__)


class PublishEditing:
    """Drafts and publishing for ``ContentEditor`` (its attributes are the editor's)."""

    def capabilities_known(self, caps: Any) -> None:
        """What the shop offers is known (drafts, locales): the controls follow it."""
        schedule = getattr(caps, "schedule_publish", None)
        on = caps.drafts.available or self._drafts_read_before(caps)
        drafts = "" if on else caps.drafts.reason
        self.publish_bar.set_reasons(
            drafts, "" if schedule is None or schedule.available else schedule.reason
        )
        if on and not self.drafts_on:
            self.drafts_on = True
            self.save_button.setToolTip(
                translate(
                    "ContentPublish",
                    "Save (Ctrl+S): every locale's changes as a draft, as Save as draft "
                    "does; Publish makes them live (all locales)",
                )
            )
            self.rebase()  # the form now shows (and is based on) the latest draft
            self._read_publication()
        self._show_reasons()
        self._update_state()

    def _drafts_read_before(self, caps: Any) -> bool:
        """Offline (drafts not checked): the store read this product's drafts before, so the
        catalog takes draft edits (docs/drafts.md) and the form edits the draft."""
        if caps.drafts.support is not Support.UNKNOWN:
            return False
        publication = self.publication()
        return publication is not None and publication.state not in (
            PublicationState.UNKNOWN,
            PublicationState.UNAVAILABLE,
        )

    def _read_publication(self) -> None:
        """Where the store has not read this product's publication yet, read it now."""
        publication = self.publication()
        if (
            self.service.catalog.shop is None
            or publication is None
            or publication.state is not PublicationState.UNKNOWN
        ):
            return

        async def run() -> None:
            try:
                await self.service.catalog.read_publication([self.product_id])
            except Exception as exc:  # offline: the badge keeps saying it was not read
                log.info("publication of %s not read: %s", self.product_id, exc)

        self._publication_read.start(run())

    def _show_reasons(self) -> None:
        """Say, in the window, why locales, drafts or scheduling are not offered."""
        lines = []
        if self.locale_bar.reason:
            lines.append(
                translate("ContentLocales", "One locale: {reason}").format(
                    reason=self.locale_bar.reason
                )
            )
        if self.publish_bar.drafts_reason:
            lines.append(
                translate("ContentPublish", "No drafts: {reason}").format(
                    reason=self.publish_bar.drafts_reason
                )
            )
        elif self.publish_bar.schedule_reason:
            lines.append(
                translate("ContentPublish", "No scheduled publishing: {reason}").format(
                    reason=self.publish_bar.schedule_reason
                )
            )
        self.editorial_note.setText("\n".join(lines))
        self.editorial_note.setVisible(bool(lines))

    def publication(self) -> Publication | None:
        """The product's draft and publishing state, from the store (docs/drafts.md)."""
        return self.service.catalog.publication(self.product_id)

    def _update_publication(self, typed: bool = False) -> None:
        if self.capabilities is None:
            return  # still asking the shop
        bar = self.publish_bar
        bar.busy = self._saving
        # Every locale's typing is saved as a draft (docs/drafts.md).
        default_typed = bool(self.changed_fields()) or bool(self.forms.hidden_touched())
        bar.show_publication(self.publication(), typed=typed, draft_typed=default_typed)

    def publication_action(self, action: str) -> bool:
        """Save as draft, Publish, Unpublish or Schedule… (the bar's buttons)."""
        catalog, product_id = self.service.catalog, self.product_id
        if action == "draft":
            return self.save()
        if action == "publish":  # the typing first, as a draft, then published with it
            return self.save(
                then=lambda: catalog.publish(product_id),
                busy=translate("ContentPublish", "Publishing…"),
            )
        if action == "unpublish":
            return self.save(
                then=lambda: catalog.unpublish(product_id),
                typing=False,
                busy=translate("ContentPublish", "Unpublishing…"),
            )
        if action == "schedule":
            self.ask_schedule()
            return True
        raise ValueError(f"unknown publishing action {action!r}")

    def ask_schedule(self) -> ScheduleDialog:
        """The date-time dialog; its answer is recorded and sent like a save."""
        dialog = ScheduleDialog(self.publish_bar.schedule, self)
        catalog, product_id = self.service.catalog, self.product_id
        dialog.chosen.connect(
            lambda at, action: self.save(
                then=lambda: catalog.schedule(product_id, at, action=action),
                typing=False,
                busy=translate("ContentPublish", "Scheduling…"),
            )
        )
        dialog.removed.connect(
            lambda: self.save(
                then=lambda: catalog.unschedule(product_id),
                typing=False,
                busy=translate("ContentPublish", "Scheduling…"),
            )
        )
        dialog.finished.connect(lambda _code: setattr(self, "schedule_dialog", None))
        self.schedule_dialog = dialog
        dialog.open()
        return dialog

    def _draft_incoming(self, detail: ProductDetail, form: LocaleForm) -> dict[str, Incoming]:
        """The latest draft's values of the form's locale (with pending draft edits), each
        based on the draft Payload holds: what a draft is edited from. A field Payload does
        not localise is the default locale's in every locale."""
        catalog = self.service.catalog
        server = publication_content(detail.server_payload, draft=True)
        out: dict[str, Incoming] = {}
        for name in TEXT_FIELDS:
            shared = form.locale != DEFAULT and name not in self.localised_fields
            stored = name if shared else qualified(form.locale, name)
            value = catalog.draft_value(self.product_id, stored)
            if name == "description" and form.loaded and same(name, value, form.base.value(name)):
                shown = form.base.shown(name)
            else:
                shown = shown_text(name, value)
            out[name] = Incoming(server.get(stored), value, shown)
        return out
