"""Plain-language wording of verification findings (Qt-free, so tests read it directly).

Each explanation says what is wrong in merchant words and who can fix it: this
app (metadata.payload_id in Medusa, pressing the sync), or a Payload admin (the
app never creates or deletes Payload products).
"""

from __future__ import annotations

import re
from datetime import datetime

from desktop_app.admin.verify import LABELS, Finding, Kind
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.formatting import format_timestamp

# The names of the categories (context "SyncReport", as verify.LABELS): ``category_label``.
CATEGORY_LABELS: dict[Kind, str] = {
    **LABELS,
    Kind.TITLE_DIFFERS: QT_TRANSLATE_NOOP("SyncReport", "title differs"),
    Kind.SUBTITLE_DIFFERS: QT_TRANSLATE_NOOP("SyncReport", "subtitle differs"),
}


def category_label(kind: Kind) -> str:
    """A category's name in the interface's language."""
    return translate("SyncReport", CATEGORY_LABELS[kind])


def _docs(finding: Finding) -> str:
    return ", ".join(finding.payload_ids) or translate("SyncReport", "none")


def _quoted(value: str | None) -> str:
    return (
        translate("SyncReport", "“{value}”").format(value=value)
        if value
        else translate("SyncReport", "empty")
    )


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
        return translate(
            "SyncReport",
            "Payload has no document for this product, so its "
            "content cannot be edited. Fix: re-run the sync; if it stays missing, "
            "save the product in Medusa once.",
        )
    if kind is Kind.ORPHAN_IN_PAYLOAD:
        return translate(
            "SyncReport",
            "Payload document {docs} belongs to no Medusa product: "
            "{why}. Fix: a Payload admin deletes it; this app never deletes "
            "Payload products.",
        ).format(docs=_docs(finding), why=_readable(finding.detail))
    if kind is Kind.MISSING_PAYLOAD_ID:
        return translate(
            "SyncReport",
            "The Payload document exists ({docs}) but Medusa does "
            "not record its id in metadata.payload_id. Fix: “Fix payload_id” sets "
            "it.",
        ).format(docs=_docs(finding))
    if kind is Kind.STALE_PAYLOAD_ID and finding.payload_ids:
        return translate(
            "SyncReport",
            "Medusa points at Payload document {id}, but the "
            "product's document is {docs}. Fix: “Fix payload_id” corrects "
            "it.",
        ).format(id=finding.medusa_value, docs=_docs(finding))
    if kind is Kind.STALE_PAYLOAD_ID:
        return translate(
            "SyncReport",
            "Medusa points at Payload document {id}, which no longer "
            "exists. Fix: “Fix payload_id” clears it and presses the sync, which "
            "then creates a new document.",
        ).format(id=finding.medusa_value)
    if kind is Kind.DUPLICATE_MEDUSA_ID:
        return translate(
            "SyncReport",
            "%Ln Payload document ({docs}) claims this product. Fix: "
            "a Payload admin deletes the extra ones (see “Copy orphan list”).|%Ln "
            "Payload documents ({docs}) claim this product. Fix: a Payload admin "
            "deletes the extra ones (see “Copy orphan list”).",
            None,
            len(finding.payload_ids),
        ).format(docs=_docs(finding))
    if kind is Kind.OPTIONS_OUT_OF_STEP:
        return translate(
            "SyncReport",
            "Payload's copy of the options does not match Medusa's: "
            "{detail}. Medusa owns the options; re-saving them in Medusa sends "
            "them again.",
        ).format(detail=finding.detail)
    if kind is Kind.VARIANTS_OUT_OF_STEP:
        return translate(
            "SyncReport",
            "Payload's copy of the variants does not match "
            "Medusa's: {detail}. Medusa owns the variants; re-saving them in "
            "Medusa sends them again.",
        ).format(detail=finding.detail)
    values = {"medusa": _quoted(finding.medusa_value), "payload": _quoted(finding.payload_value)}
    if kind is Kind.TITLE_DIFFERS:
        return translate(
            "SyncReport",
            "For information: Medusa has {medusa}, Payload "
            "{payload}. Payload owns the title after creation, so this is expected "
            "and needs no fix.",
        ).format(**values)
    return translate(
        "SyncReport",
        "For information: Medusa has {medusa}, Payload {payload}. "
        "Payload owns the subtitle after creation, so this is expected and needs "
        "no fix.",
    ).format(**values)


def product_label(finding: Finding) -> str:
    """The product as merchants know it: its title; the id when it has none."""
    return finding.title or finding.medusa_id or translate("SyncReport", "(no medusa_id)")
