"""Plain-language wording of verification findings (Qt-free, so tests read it directly).

Each explanation says what is wrong in merchant words and who can fix it: this
app (metadata.payload_id in Medusa, pressing the sync), or a Payload admin (the
app never creates or deletes Payload products).
"""

from __future__ import annotations

import re
from datetime import datetime

from desktop_app.admin.verify import LABELS, Finding, Kind
from desktop_app.text import plural
from desktop_app.ui.formatting import format_timestamp

CATEGORY_LABELS: dict[Kind, str] = {
    **LABELS,
    Kind.TITLE_DIFFERS: "title differs",
    Kind.SUBTITLE_DIFFERS: "subtitle differs",
}


def _docs(finding: Finding) -> str:
    return ", ".join(finding.payload_ids) or "none"


def _quoted(value: str | None) -> str:
    return f"“{value}”" if value else "empty"


# An ISO 8601 time in a finding's detail (a deleted product's deleted_at, say).
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")


def _readable(detail: str) -> str:
    """``detail`` with its times as people read them; exports keep the exact ISO form."""

    def local(match: re.Match[str]) -> str:
        try:
            return format_timestamp(datetime.fromisoformat(match[0].replace("Z", "+00:00")))
        except ValueError:
            return match[0]

    return _ISO_TIME.sub(local, detail)


def explain(finding: Finding) -> str:
    """What the finding means and how it gets fixed, in one or two sentences."""
    kind = finding.kind
    if kind is Kind.MISSING_IN_PAYLOAD:
        return ("Payload has no document for this product, so its content cannot be edited. "
                "Fix: re-run the sync; if it stays missing, save the product in Medusa once.")
    if kind is Kind.ORPHAN_IN_PAYLOAD:
        return (f"Payload document {_docs(finding)} belongs to no Medusa product: "
                f"{_readable(finding.detail)}. Fix: a Payload admin deletes it; this app "
                "never deletes Payload products.")
    if kind is Kind.MISSING_PAYLOAD_ID:
        return (f"The Payload document exists ({_docs(finding)}) but Medusa does not record "
                "its id in metadata.payload_id. Fix: “Fix payload_id” sets it.")
    if kind is Kind.STALE_PAYLOAD_ID and finding.payload_ids:
        return (f"Medusa points at Payload document {finding.medusa_value}, but the product's "
                f"document is {_docs(finding)}. Fix: “Fix payload_id” corrects it.")
    if kind is Kind.STALE_PAYLOAD_ID:
        return (f"Medusa points at Payload document {finding.medusa_value}, which no longer "
                "exists. Fix: “Fix payload_id” clears it and presses the sync, which then "
                "creates a new document.")
    if kind is Kind.DUPLICATE_MEDUSA_ID:
        return plural(len(finding.payload_ids), "{n} Payload document ({docs}) claims this "
                      "product.", "{n} Payload documents ({docs}) claim this product.",
                      docs=_docs(finding)) + (" Fix: a Payload admin deletes the extra ones "
                                              "(see “Copy orphan list”).")
    if kind in (Kind.OPTIONS_OUT_OF_STEP, Kind.VARIANTS_OUT_OF_STEP):
        what = "options" if kind is Kind.OPTIONS_OUT_OF_STEP else "variants"
        return (f"Payload's copy of the {what} does not match Medusa's: {finding.detail}. "
                f"Medusa owns the {what}; re-saving them in Medusa sends them again.")
    field = "title" if kind is Kind.TITLE_DIFFERS else "subtitle"
    return (f"For information: Medusa has {_quoted(finding.medusa_value)}, Payload "
            f"{_quoted(finding.payload_value)}. Payload owns the {field} after creation, "
            "so this is expected and needs no fix.")


def product_label(finding: Finding) -> str:
    """The product as merchants know it: its title; the id when it has none."""
    return finding.title or finding.medusa_id or "(no medusa_id)"
