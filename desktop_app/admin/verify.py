"""The verification report: do Medusa and Payload agree about every product?

``classify`` is pure (tests feed it rows); ``verify`` fetches both sides and
calls it. Problems are what the sync (or an admin) must fix; ``info`` findings
are expected drift: Payload owns title and subtitle after creation.
"""

from __future__ import annotations

import asyncio
import enum
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.admin.snapshot import (
    MedusaRow,
    PayloadRow,
    deleted_medusa_ids,
    fetch_medusa,
    fetch_payload,
)
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number

SUPPORTED_COLLECTIONS = ("products",)


class Kind(enum.StrEnum):
    MISSING_IN_PAYLOAD = "missing_in_payload"
    ORPHAN_IN_PAYLOAD = "orphan_in_payload"
    MISSING_PAYLOAD_ID = "missing_payload_id"
    STALE_PAYLOAD_ID = "stale_payload_id"
    DUPLICATE_MEDUSA_ID = "duplicate_medusa_id"
    OPTIONS_OUT_OF_STEP = "options_out_of_step"
    VARIANTS_OUT_OF_STEP = "variants_out_of_step"
    TITLE_DIFFERS = "title_differs"
    SUBTITLE_DIFFERS = "subtitle_differs"


class Severity(enum.StrEnum):
    PROBLEM = "problem"
    INFO = "info"


INFO_KINDS = frozenset({Kind.TITLE_DIFFERS, Kind.SUBTITLE_DIFFERS})

# The categories' names (the CLI prints them as they are; shown: translate("SyncReport", …)).
LABELS: dict[Kind, str] = {
    Kind.MISSING_IN_PAYLOAD: QT_TRANSLATE_NOOP("SyncReport", "missing in Payload"),
    Kind.ORPHAN_IN_PAYLOAD: QT_TRANSLATE_NOOP("SyncReport", "orphan in Payload"),
    Kind.MISSING_PAYLOAD_ID: QT_TRANSLATE_NOOP("SyncReport", "payload_id missing"),
    Kind.STALE_PAYLOAD_ID: QT_TRANSLATE_NOOP("SyncReport", "payload_id stale"),
    Kind.DUPLICATE_MEDUSA_ID: QT_TRANSLATE_NOOP("SyncReport", "duplicate medusa_id"),
    Kind.OPTIONS_OUT_OF_STEP: QT_TRANSLATE_NOOP("SyncReport", "options out of step"),
    Kind.VARIANTS_OUT_OF_STEP: QT_TRANSLATE_NOOP("SyncReport", "variants out of step"),
    Kind.TITLE_DIFFERS: QT_TRANSLATE_NOOP("SyncReport", "title differs (info)"),
    Kind.SUBTITLE_DIFFERS: QT_TRANSLATE_NOOP("SyncReport", "subtitle differs (info)"),
}


# How many of a kind were found: one numerus message per kind (literal, for lupdate).
_COUNTS = {
    Kind.MISSING_IN_PAYLOAD: lambda n: translate("SyncReport", "%Ln missing in Payload", None, n),
    Kind.ORPHAN_IN_PAYLOAD: lambda n: translate("SyncReport", "%Ln orphan(s) in Payload", None, n),
    Kind.MISSING_PAYLOAD_ID: lambda n: translate(
        "SyncReport", "%Ln payload_id(s) missing", None, n
    ),
    Kind.STALE_PAYLOAD_ID: lambda n: translate("SyncReport", "%Ln payload_id(s) stale", None, n),
    Kind.DUPLICATE_MEDUSA_ID: lambda n: translate(
        "SyncReport", "%Ln duplicate medusa_id(s)", None, n
    ),
    Kind.OPTIONS_OUT_OF_STEP: lambda n: translate(
        "SyncReport", "%Ln product(s) with options out of step", None, n
    ),
    Kind.VARIANTS_OUT_OF_STEP: lambda n: translate(
        "SyncReport", "%Ln product(s) with variants out of step", None, n
    ),
    Kind.TITLE_DIFFERS: lambda n: translate(
        "SyncReport", "%Ln title differs (info)|%Ln titles differ (info)", None, n
    ),
    Kind.SUBTITLE_DIFFERS: lambda n: translate(
        "SyncReport", "%Ln subtitle differs (info)|%Ln subtitles differ (info)", None, n
    ),
}


def count_text(kind: Kind, n: int) -> str:
    """``"2 orphans in Payload"``: a count of one kind of finding."""
    return _COUNTS[kind](n)


@dataclass(frozen=True)
class Finding:
    kind: Kind
    medusa_id: str | None  # None for a Payload doc without medusa_id
    payload_ids: tuple[str, ...] = ()
    detail: str = ""
    medusa_value: str | None = None
    payload_value: str | None = None
    title: str | None = None  # the product's title as merchants know it (Payload's first)

    @property
    def severity(self) -> Severity:
        return Severity.INFO if self.kind in INFO_KINDS else Severity.PROBLEM


@dataclass
class VerifyReport:
    collection: str
    medusa_count: int
    payload_count: int
    findings: list[Finding] = field(default_factory=list)
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.PROBLEM]

    @property
    def ok(self) -> bool:
        """True when nothing but informational differences was found."""
        return not self.problems

    def counts(self) -> dict[str, int]:
        counter = Counter(f.kind for f in self.findings)
        return {kind.value: counter.get(kind, 0) for kind in Kind}

    def ids(self, kind: Kind) -> list[str]:
        return sorted({f.medusa_id for f in self.findings if f.kind is kind and f.medusa_id})

    @property
    def in_agreement(self) -> int:
        """Medusa products with no problem finding at all."""
        troubled = {f.medusa_id for f in self.problems if f.kind is not Kind.ORPHAN_IN_PAYLOAD}
        return self.medusa_count - len(troubled)

    @property
    def information(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.INFO]

    def summary(self) -> str:
        """What to act on first: the problems and their kinds, then how many agree."""
        problems = self.problems
        if not problems:
            docs = translate("SyncReport", "%Ln Payload doc(s)", None, self.payload_count)
            text = translate(
                "SyncReport",
                "Medusa and Payload agree: %Ln product(s), {docs}.",
                None,
                self.medusa_count,
            ).format(docs=docs)
            info = len(self.information)
            if info:
                text += " " + translate(
                    "SyncReport",
                    "%Ln difference is for information "
                    "only.|%Ln differences are for information only.",
                    None,
                    info,
                )
            return text
        counter = Counter(f.kind for f in problems)
        parts = [count_text(k, counter[k]) for k in Kind if counter[k]]
        agreement = translate(
            "SyncReport", "{agree} of %Ln product(s) in agreement.", None, self.medusa_count
        ).format(agree=format_number(self.in_agreement))
        return translate(
            "SyncReport", "%Ln problem(s) to fix: {kinds}; {agreement}", None, len(problems)
        ).format(kinds=", ".join(parts), agreement=agreement)


def _norm_text(value: str | None) -> str:
    # Medusa sends null for an empty subtitle, Payload null or "": same meaning.
    return (value or "").strip()


def _counts_differ(name: str, medusa: int, payload: int) -> str:
    if name == "options":
        text = translate("SyncReport", "Medusa has %Ln option(s), Payload {payload}", None, medusa)
    else:
        text = translate("SyncReport", "Medusa has %Ln variant(s), Payload {payload}", None, medusa)
    return text.format(payload=format_number(payload))


def _row_diff(name: str, medusa_ids: tuple[str, ...], payload_ids: tuple[str | None, ...]) -> str:
    """``name``: "options" or "variants"."""
    parts = []
    if len(medusa_ids) != len(payload_ids):
        parts.append(_counts_differ(name, len(medusa_ids), len(payload_ids)))
    absent = sorted(set(medusa_ids) - {i for i in payload_ids if i})
    extra = sorted(
        {i or translate("SyncReport", "(no medusa_id)") for i in payload_ids} - set(medusa_ids)
    )
    if absent:
        parts.append(translate("SyncReport", "not in Payload: {ids}").format(ids=", ".join(absent)))
    if extra:
        parts.append(translate("SyncReport", "only in Payload: {ids}").format(ids=", ".join(extra)))
    return translate("SyncReport", "; ", "between the items of a list").join(parts)


def _title(product: MedusaRow | None, docs: Iterable[PayloadRow]) -> str | None:
    """The title merchants see: Payload's (it owns the title after creation), else Medusa's."""
    return next((d.title for d in docs if d.title), None) or (product.title if product else None)


def _sort_key(doc_id: str) -> tuple[int, int | str]:
    # Payload ids are integers on SQL adapters, strings on MongoDB: numbers first.
    return (0, int(doc_id)) if doc_id.isdigit() else (1, doc_id)


def classify(
    medusa: Iterable[MedusaRow],
    payload: Iterable[PayloadRow],
    deleted: Mapping[str, str] | None = None,
    *,
    collection: str = "products",
    compare_content: bool = True,
) -> VerifyReport:
    """Compare the two sides. ``deleted`` maps soft-deleted product ids to ``deleted_at``."""
    medusa = list(medusa)
    payload = list(payload)
    deleted = deleted or {}
    report = VerifyReport(collection, len(medusa), len(payload))
    add = report.findings.append

    docs_by_medusa_id: dict[str, list[PayloadRow]] = defaultdict(list)
    for doc in payload:
        if doc.medusa_id is None:
            add(
                Finding(
                    Kind.ORPHAN_IN_PAYLOAD,
                    None,
                    (doc.id,),
                    translate("SyncReport", "the Payload doc has no medusa_id"),
                    title=doc.title,
                )
            )
        else:
            docs_by_medusa_id[doc.medusa_id].append(doc)
    for docs in docs_by_medusa_id.values():
        docs.sort(key=lambda d: _sort_key(d.id))

    by_id = {p.id: p for p in medusa}
    for medusa_id, docs in docs_by_medusa_id.items():
        doc_ids = tuple(d.id for d in docs)
        if len(docs) > 1:
            linked = by_id[medusa_id].payload_id if medusa_id in by_id else None
            add(
                Finding(
                    Kind.DUPLICATE_MEDUSA_ID,
                    medusa_id,
                    doc_ids,
                    translate(
                        "SyncReport",
                        "%Ln Payload doc has this medusa_id|%Ln Payload docs share this medusa_id",
                        None,
                        len(docs),
                    ),
                    medusa_value=linked,
                    title=_title(by_id.get(medusa_id), docs),
                )
            )
        if medusa_id not in by_id:
            when = deleted.get(medusa_id)
            detail = (
                translate("SyncReport", "the product was deleted in Medusa ({when})").format(
                    when=when
                )
                if when
                else translate("SyncReport", "no Medusa product has this id")
            )
            add(
                Finding(
                    Kind.ORPHAN_IN_PAYLOAD, medusa_id, doc_ids, detail, title=_title(None, docs)
                )
            )

    for product in medusa:
        docs = docs_by_medusa_id.get(product.id, [])
        title = _title(product, docs)
        if not docs:
            add(
                Finding(
                    Kind.MISSING_IN_PAYLOAD,
                    product.id,
                    (),
                    translate("SyncReport", "no Payload doc"),
                    medusa_value=product.title,
                    title=title,
                )
            )
            if product.payload_id is not None:
                add(
                    Finding(
                        Kind.STALE_PAYLOAD_ID,
                        product.id,
                        (),
                        translate("SyncReport", "payload_id {id} points at no Payload doc").format(
                            id=product.payload_id
                        ),
                        medusa_value=product.payload_id,
                        title=title,
                    )
                )
            continue
        doc_ids = [d.id for d in docs]
        if product.payload_id is None:
            add(
                Finding(
                    Kind.MISSING_PAYLOAD_ID,
                    product.id,
                    (doc_ids[0],),
                    translate(
                        "SyncReport", "metadata.payload_id is not set; the Payload doc is {doc}"
                    ).format(doc=doc_ids[0]),
                    payload_value=doc_ids[0],
                    title=title,
                )
            )
        elif product.payload_id not in doc_ids:
            add(
                Finding(
                    Kind.STALE_PAYLOAD_ID,
                    product.id,
                    (doc_ids[0],),
                    translate("SyncReport", "payload_id {id}, but the Payload doc is {doc}").format(
                        id=product.payload_id, doc=doc_ids[0]
                    ),
                    medusa_value=product.payload_id,
                    payload_value=doc_ids[0],
                    title=title,
                )
            )
        doc = docs[0]
        for kind, name, mine, theirs in (
            (Kind.OPTIONS_OUT_OF_STEP, "options", product.option_ids, doc.option_ids),
            (Kind.VARIANTS_OUT_OF_STEP, "variants", product.variant_ids, doc.variant_ids),
        ):
            if mine is None or theirs is None:
                continue  # not fetched, or relationship rows we cannot compare
            diff = _row_diff(name, mine, theirs)
            if diff:
                add(
                    Finding(
                        kind,
                        product.id,
                        (doc.id,),
                        diff,
                        medusa_value=str(len(mine)),
                        payload_value=str(len(theirs)),
                        title=title,
                    )
                )
        if compare_content:
            for kind, mine_text, theirs_text in (
                (Kind.TITLE_DIFFERS, product.title, doc.title),
                (Kind.SUBTITLE_DIFFERS, product.subtitle, doc.subtitle),
            ):
                if _norm_text(mine_text) != _norm_text(theirs_text):
                    add(
                        Finding(
                            kind,
                            product.id,
                            (doc.id,),
                            translate("SyncReport", "Payload owns this text after creation"),
                            medusa_value=mine_text,
                            payload_value=theirs_text,
                            title=title,
                        )
                    )
    return report


async def verify(
    medusa: MedusaClient, payload: PayloadClient, collection: str = "products"
) -> VerifyReport:
    """Fetch every product of both servers and classify them."""
    if collection not in SUPPORTED_COLLECTIONS:
        raise ValueError(
            f"Only {', '.join(SUPPORTED_COLLECTIONS)} can be verified; "
            f"the integration has no '{collection}' sync."
        )
    medusa_rows, payload_rows = await asyncio.gather(
        fetch_medusa(medusa, full=True), fetch_payload(payload, full=True, collection=collection)
    )
    live = {p.id for p in medusa_rows}
    candidates = {d.medusa_id for d in payload_rows if d.medusa_id and d.medusa_id not in live}
    deleted = await deleted_medusa_ids(medusa, candidates) if candidates else {}
    return classify(medusa_rows, payload_rows, deleted, collection=collection)
