"""How values read in the table (kept apart from the model so the delegate shares it).

Dates follow the display locale (Babel, the locale ``money.set_locale`` was given at
start): "27.11.2026, 05:09" in German, "Nov 27, 2026, 5:09 AM" in US English.
"""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_date, format_time, get_datetime_format

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.last_change import LastChange

STATUS_LABELS = {
    "published": QT_TRANSLATE_NOOP("Formatting", "Published"),
    "draft": QT_TRANSLATE_NOOP("Formatting", "Draft"),
    "proposed": QT_TRANSLATE_NOOP("Formatting", "Proposed"),
    "rejected": QT_TRANSLATE_NOOP("Formatting", "Rejected"),
}
LINKED = QT_TRANSLATE_NOOP("Formatting", "✓ Linked")
MISSING = QT_TRANSLATE_NOOP("Formatting", "Missing")
UNKNOWN = QT_TRANSLATE_NOOP("Formatting", "Unknown")


def status_label(status: str) -> str:
    if not status:
        return "—"
    if status in STATUS_LABELS:
        return translate("Formatting", STATUS_LABELS[status])
    return status.capitalize()


def linked_label(linked: bool | None) -> str:
    return translate("Formatting", {True: LINKED, False: MISSING, None: UNKNOWN}[linked])


def format_timestamp(
    value: datetime | None, locale: str | None = None, *, seconds: bool = False
) -> str:
    """Local time as the locale writes a date with its time, to the minute (``seconds``: to
    the second, where moments a few seconds apart must read apart, as in the timeline)."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo else value
    locale = locale or money.current_locale()
    pattern = str(get_datetime_format("medium", locale=locale))
    return pattern.replace("{1}", format_date(local, "medium", locale=locale)).replace(
        "{0}", format_time(local, "medium" if seconds else "short", locale=locale)
    )


def last_change_tip(change: LastChange) -> str | None:
    """The Updated cell's tooltip: the server its time comes from, and the other's time."""
    if change.at is None or change.server is None:
        return None
    text = translate("Formatting", "Last changed in {server}: {time}").format(
        server=change.server.label, time=format_timestamp(change.at)
    )
    other = change.other()
    if other is not None:
        text += f"\n{other[0].label}: {format_timestamp(other[1])}"
    return text
