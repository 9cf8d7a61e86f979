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

from babel.dates import format_datetime
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.publishing import Publication, PublicationState, Schedule
from desktop_app.ui import theme
from desktop_app.ui.formatting import format_timestamp

# Badge text per state; a schedule replaces it (the state stays in the tooltip).
BADGES = {
    PublicationState.PUBLISHED: QT_TRANSLATE_NOOP("ContentPublish", "Published"),
    PublicationState.CHANGED: QT_TRANSLATE_NOOP("ContentPublish", "Draft — unpublished changes"),
    PublicationState.DRAFT: QT_TRANSLATE_NOOP("ContentPublish", "Draft — not published"),
    PublicationState.UNKNOWN: QT_TRANSLATE_NOOP("ContentPublish", "Publication not read yet"),
    PublicationState.UNAVAILABLE: QT_TRANSLATE_NOOP("ContentPublish", "No drafts"),
}
# The state in the badge's tooltip (the words of publishing.state's labels).
STATES = {
    PublicationState.PUBLISHED: QT_TRANSLATE_NOOP("ContentPublish", "Published"),
    PublicationState.CHANGED: QT_TRANSLATE_NOOP("ContentPublish", "Draft (unpublished changes)"),
    PublicationState.DRAFT: QT_TRANSLATE_NOOP("ContentPublish", "Draft only / never published"),
    PublicationState.UNKNOWN: QT_TRANSLATE_NOOP("ContentPublish", "Not read yet"),
    PublicationState.UNAVAILABLE: QT_TRANSLATE_NOOP("ContentPublish", "Drafts are off"),
}
TIPS = {
    "draft": QT_TRANSLATE_NOOP(
        "ContentPublish",
        "Save your changes as a draft in Payload: the storefront keeps the published "
        "content until you publish (Ctrl+S)",
    ),
    "publish": QT_TRANSLATE_NOOP(
        "ContentPublish", "Make the latest draft (with your changes) what the storefront shows"
    ),
    "unpublish": QT_TRANSLATE_NOOP(
        "ContentPublish", "Take the product off the storefront: it becomes a draft"
    ),
    "schedule": QT_TRANSLATE_NOOP(
        "ContentPublish", "Publish or unpublish at a date and time you choose"
    ),
}
BUTTONS = (  # (action, text, object name)
    ("draft", QT_TRANSLATE_NOOP("ContentPublish", "Save as &draft"), "saveDraftButton"),
    ("publish", QT_TRANSLATE_NOOP("ContentPublish", "&Publish"), "publishButton"),
    ("unpublish", QT_TRANSLATE_NOOP("ContentPublish", "&Unpublish"), "unpublishButton"),
    ("schedule", QT_TRANSLATE_NOOP("ContentPublish", "Sc&hedule…"), "scheduleButton"),
)
CHECKING = QT_TRANSLATE_NOOP("ContentPublish", "Asking the shop whether it keeps drafts")

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
    """A schedule's moment in the merchant's time zone, short: ``12 Dec 10:00`` (English),
    ``12. Dez. 10:00`` (German): the language's pattern, the locale's month names."""
    pattern = translate("ContentPublish", "d MMM HH:mm", "the badge's date: a CLDR date pattern")
    return format_datetime(at.astimezone(), pattern, locale=money.current_locale())


def badge_text(publication: Publication) -> str:
    schedule = publication.schedule
    if schedule is not None:
        if schedule.action == "publish":
            text = translate("ContentPublish", "Scheduled {when}")
        else:
            text = translate("ContentPublish", "Unpublish scheduled {when}")
        return text.format(when=when(schedule.at))
    return translate("ContentPublish", BADGES[publication.state])


def schedule_tip(schedule: Schedule) -> str:
    """The schedule in the badge's tooltip, its date as the locale writes it."""
    if schedule.action == "publish":
        text = translate("ContentPublish", "Scheduled for {time}")
    else:
        text = translate("ContentPublish", "Unpublish scheduled for {time}")
    return text.format(time=format_timestamp(schedule.at))


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
        self.badge.setAccessibleName(translate("ContentPublish", "Publication state"))
        # Reachable with Tab, so a screen reader reads the state and why actions are off.
        self.badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        theme.style(self, PUBLISH_QSS)
        row.addWidget(self.badge)
        self.buttons: dict[str, QPushButton] = {}
        for action, source, name in BUTTONS:
            text = translate("ContentPublish", source)
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
        asking = translate("ContentPublish", CHECKING)
        self._badge(translate("ContentPublish", "Checking drafts…"), "unknown", asking)
        for button in self.buttons.values():
            self._enable(button, False, asking + "…")

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
                or translate("ContentPublish", "Drafts are not available for this shop.")
            )
            self._badge(
                translate("ContentPublish", BADGES[PublicationState.UNAVAILABLE]),
                "unavailable",
                translate("ContentPublish", "Drafts are off: {reason}").format(reason=reason),
            )
            for button in self.buttons.values():
                self._enable(button, False, reason)
            return
        state = publication.state
        shown = translate("ContentPublish", STATES[state])
        if publication.schedule is not None:
            tip = translate("ContentPublish", "In Payload: {state}; {schedule}").format(
                state=shown, schedule=schedule_tip(publication.schedule)
            )
        else:
            tip = translate("ContentPublish", "In Payload: {state}").format(state=shown)
        if publication.pending:
            tip += " " + translate("ContentPublish", "(changes waiting to be sent)")
        self._badge(badge_text(publication), badge_kind(publication), tip)
        idle = not self.busy
        draft_typed = typed if draft_typed is None else draft_typed
        self._enable(
            self.buttons["draft"],
            idle and draft_typed,
            translate("ContentPublish", TIPS["draft"]),
        )
        self._enable(
            self.buttons["publish"],
            idle and (typed or state is not PublicationState.PUBLISHED),
            translate("ContentPublish", TIPS["publish"]),
        )
        self._enable(
            self.buttons["unpublish"],
            idle and state is not PublicationState.DRAFT,
            translate("ContentPublish", TIPS["unpublish"]),
        )
        if self.schedule_reason:
            self._enable(
                self.buttons["schedule"],
                False,
                translate(
                    "ContentPublish", "Scheduled publishing is not available: {reason}"
                ).format(reason=self.schedule_reason),
            )
        else:
            self._enable(
                self.buttons["schedule"], idle, translate("ContentPublish", TIPS["schedule"])
            )

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
