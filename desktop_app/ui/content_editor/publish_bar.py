"""The content editor's draft and publishing controls (issue 16, docs/drafts.md).

A badge says where the product stands in Payload ("Published", "Draft — unpublished
changes", "Scheduled 12 Dec 10:00"), and four actions act on it: **Save as draft**,
**Publish**, **Unpublish**, **Schedule…**. The editor runs them (through the catalog);
this widget only shows the state it is given. Where the shop has no drafts, or no
scheduled publishing over REST, the actions stay disabled with the capability's reason
as their tooltip (and accessible description), so keyboard and screen-reader users
learn why too.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.publishing import Publication, PublicationState, Schedule
from desktop_app.ui import theme

# Badge text per state; a schedule replaces it (the state stays in the tooltip).
BADGES = {
    PublicationState.PUBLISHED: "Published",
    PublicationState.CHANGED: "Draft — unpublished changes",
    PublicationState.DRAFT: "Draft — not published",
    PublicationState.UNKNOWN: "Publication not read yet",
    PublicationState.UNAVAILABLE: "No drafts",
}
TIPS = {
    "draft": "Save your changes as a draft in Payload: the storefront keeps the published "
    "content until you publish (Ctrl+S)",
    "publish": "Make the latest draft (with your changes) what the storefront shows",
    "unpublish": "Take the product off the storefront: it becomes a draft",
    "schedule": "Publish or unpublish at a date and time you choose",
}

# The badge's colours per state: the palette's chip pairs (light and dark themes).
PUBLISH_QSS = """
QLabel#publicationChip { border-radius: 10px; padding: 3px 10px; font-weight: 600;
                         background: @grey_bg@; color: @grey_fg@; }
QLabel#publicationChip[state="published"] { background: @green_bg@; color: @green_fg@; }
QLabel#publicationChip[state="changed"] { background: @amber_bg@; color: @amber_fg@; }
QLabel#publicationChip[state="draft"] { background: @purple_bg@; color: @purple_fg@; }
QLabel#publicationChip[state="scheduled"] { background: @blue_bg@; color: @blue_fg@; }
"""


def when(at: datetime) -> str:
    """A schedule's moment in the merchant's time zone: ``12 Dec 10:00``."""
    local = at.astimezone()
    return f"{local.day} {local:%b %H:%M}"


def badge_text(publication: Publication) -> str:
    schedule = publication.schedule
    if schedule is not None:
        verb = "Scheduled" if schedule.action == "publish" else "Unpublish scheduled"
        return f"{verb} {when(schedule.at)}"
    return BADGES[publication.state]


def badge_kind(publication: Publication) -> str:
    if publication.schedule is not None:
        return "scheduled"
    return publication.state.value


class PublishBar(QWidget):
    """The badge and the actions; ``requested(action)``: draft, publish, unpublish,
    schedule."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="publishBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.badge = QLabel(objectName="publicationChip")
        self.badge.setAccessibleName("Publication state")
        # Reachable with Tab, so a screen reader reads the state and why actions are off.
        self.badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        theme.style(self, PUBLISH_QSS)
        row.addWidget(self.badge)
        self.buttons: dict[str, QPushButton] = {}
        for action, text, name in (
            ("draft", "Save as &draft", "saveDraftButton"),
            ("publish", "&Publish", "publishButton"),
            ("unpublish", "&Unpublish", "unpublishButton"),
            ("schedule", "Sc&hedule…", "scheduleButton"),
        ):
            button = QPushButton(text, objectName=name)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, a=action: self.requested.emit(a))
            self.buttons[action] = button
            row.addWidget(button)
        self.publication: Publication | None = None
        self.drafts_reason = ""
        self.schedule_reason = ""
        self.busy = False
        self.show_checking()

    @property
    def schedule(self) -> Schedule | None:
        return self.publication.schedule if self.publication is not None else None

    def show_checking(self) -> None:
        self._badge("Checking drafts…", "unknown", "Asking the shop whether it keeps drafts")
        for button in self.buttons.values():
            self._enable(button, False, "Asking the shop whether it keeps drafts…")

    def set_reasons(self, drafts: str, schedule: str) -> None:
        """Why drafts (``drafts``) or scheduling (``schedule``) are off; "" where they work."""
        self.drafts_reason = drafts
        self.schedule_reason = drafts or schedule

    def show_publication(
        self, publication: Publication | None, *, typed: bool, draft_typed: bool | None = None
    ) -> None:
        """Show ``publication``; ``typed``: the form holds unsaved typing; ``draft_typed``:
        typing a draft holds (default: all of it; every locale's, docs/drafts.md)."""
        self.publication = publication
        if publication is None or not publication.available or self.drafts_reason:
            reason = (
                self.drafts_reason
                or (publication.reason if publication else "")
                or ("Drafts are not available for this shop.")
            )
            self._badge(
                BADGES[PublicationState.UNAVAILABLE], "unavailable", f"Drafts are off: {reason}"
            )
            for button in self.buttons.values():
                self._enable(button, False, reason)
            return
        state = publication.state
        tip = f"In Payload: {state.label}"
        if publication.schedule is not None:
            tip += f"; {publication.schedule.label}"
        if publication.pending:
            tip += " (changes waiting to be sent)"
        self._badge(badge_text(publication), badge_kind(publication), tip)
        idle = not self.busy
        draft_typed = typed if draft_typed is None else draft_typed
        self._enable(
            self.buttons["draft"],
            idle and draft_typed,
            TIPS["draft"],
        )
        self._enable(
            self.buttons["publish"],
            idle and (typed or state is not PublicationState.PUBLISHED),
            TIPS["publish"],
        )
        self._enable(
            self.buttons["unpublish"],
            idle and state is not PublicationState.DRAFT,
            TIPS["unpublish"],
        )
        if self.schedule_reason:
            self._enable(
                self.buttons["schedule"],
                False,
                f"Scheduled publishing is not available: {self.schedule_reason}",
            )
        else:
            self._enable(self.buttons["schedule"], idle, TIPS["schedule"])

    def _badge(self, text: str, kind: str, tip: str) -> None:
        self.badge.setText(text)
        self.badge.setToolTip(tip)
        self.badge.setAccessibleDescription(tip)
        if self.badge.property("state") != kind:
            self.badge.setProperty("state", kind)
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)

    @staticmethod
    def _enable(button: QPushButton, enabled: bool, tip: str) -> None:
        button.setEnabled(enabled)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)


__all__ = ["PublishBar", "badge_text", "when"]
