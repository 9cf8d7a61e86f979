"""How outbox values read in the pending view and the conflict dialog (Qt-free)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store.taxonomy import Term
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.field_names import field_name, variant_key_name
from desktop_app.ui.offline.validation import (
    STATUSES,
    format_prices,
    handle_error,
    parse_prices,
)

STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("OutboxState", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "Sending"),
    "locked": QT_TRANSLATE_NOOP("OutboxState", "Locked in Payload"),
    "conflict": QT_TRANSLATE_NOOP("OutboxState", "Conflict"),
    "failed": QT_TRANSLATE_NOOP("OutboxState", "Rejected"),
    "done": QT_TRANSLATE_NOOP("OutboxState", "Done"),
}


def state_label(state: str) -> str:
    """An outbox state in the interface's language ("Waiting")."""
    return translate("OutboxState", STATE_LABELS[state]) if state in STATE_LABELS else state


def variant_titles(medusa: dict[str, Any] | None) -> dict[str, str]:
    """Variant id → its title ("S / Black"), to name variant fields for people."""
    return {str(v.get("id")): str(v.get("title") or v.get("id"))
            for v in (medusa or {}).get("variants") or ()}


def field_label(name: str, variants: dict[str, str] | None = None) -> str:
    head, _, rest = name.partition(".")
    if head == "variants":
        vid, _, key = rest.partition(".")
        title = (variants or {}).get(vid, vid)
        return translate("Fields", "Variant {title} · {field}").format(
            title=title, field=variant_key_name(key))
    if head == "metadata":
        return translate("Fields", "Metadata · {key}").format(key=rest)
    if head == "seo":
        return f"SEO · {rest.replace('_', ' ')}"
    return field_name(name)


def show_value(name: str, value: Any, regions: Sequence[Term] = ()) -> str:
    """A value for people; a region price after its region's name (from ``regions``)."""
    if value is None:
        return "—" if not name.startswith("metadata.") else translate("Fields", "(removed)")
    if name.endswith(".prices"):
        names = {t.id: t.name for t in regions}
        return money.format_prices(value, regions=names) or translate("Fields", "(no prices)")
    if name == "status" and isinstance(value, str):
        return status_label(value)  # "Draft", as everywhere in the app
    if name == "description" and isinstance(value, dict):
        return translate("Fields", "(rich text)")
    if isinstance(value, str):
        return value if value else translate("Fields", "(empty)")
    return json.dumps(value, ensure_ascii=False)


def edit_text(name: str, value: Any, regions: Sequence[Term] = ()) -> str:
    """The text a merchant edits for a custom value."""
    if value is None:
        return ""
    if name.endswith(".prices"):
        return format_prices(value, regions)
    if name == "status" and isinstance(value, str):
        return status_label(value)  # as the columns above show it
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def parse_custom(
    name: str, text: str, like: Any, regions: Sequence[Term] = ()
) -> tuple[Any, str | None]:
    """The value typed for ``name`` (shaped like ``like``), or an error message."""
    if name.endswith(".prices"):
        return parse_prices(text, regions)
    if name == "description":
        return None, "Edit rich text in the content editor."
    if name == "status":  # as shown ("Published") or as stored; Medusa refuses others
        typed = text.strip().casefold()
        for status in STATUSES:
            if typed in (status, status_label(status).casefold()):
                return status, None
        return None, translate("Fields", "Choose one of: {statuses}.").format(
            statuses=", ".join(status_label(s) for s in STATUSES))
    if name == "handle" and (problem := handle_error(text)):
        return None, problem
    if isinstance(like, str) or like is None:
        return text, None
    try:
        return json.loads(text), None
    except ValueError:
        return text, None
