"""Repairs that stay within each side's rules.

The app may write ``metadata.payload_id`` in Medusa (Medusa owns metadata) and
press the sync route. It never creates or deletes Payload products and never
sends ``is_from_medusa``: duplicates and orphans are listed for a Payload admin.

Each write re-reads the product first and is skipped if its ``payload_id``
changed since the verification (the sync may have fixed it meanwhile).
"""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass, field

from desktop_app.admin.snapshot import payload_id_of
from desktop_app.admin.verify import LABELS, Finding, Kind, VerifyReport
from desktop_app.api.errors import ApiError, NotFound
from desktop_app.api.medusa import MedusaClient
from desktop_app.i18n import translate

# "" deletes a metadata key in Medusa (medusa-admin-api.md §5.1).
CLEAR = ""


class Action(enum.StrEnum):
    SET_PAYLOAD_ID = "set_payload_id"  # app: point Medusa at the existing doc
    CLEAR_PAYLOAD_ID = "clear_payload_id"  # app: the doc is gone; let the sync recreate it
    TRIGGER_SYNC = "trigger_sync"  # app: the sync creates missing docs / realigns rows
    DELETE_IN_PAYLOAD = "delete_in_payload"  # a Payload admin, by hand


@dataclass(frozen=True)
class Repair:
    action: Action
    medusa_id: str | None
    value: str | None = None  # the payload_id to set, or the Payload doc to delete
    expected: str | None = None  # the payload_id the verification saw
    reason: str = ""

    def describe(self) -> str:
        if self.action is Action.SET_PAYLOAD_ID:
            text = translate(
                "SyncReport", "{product}: set metadata.payload_id to {value} ({reason})"
            )
        elif self.action is Action.CLEAR_PAYLOAD_ID:
            text = translate(
                "SyncReport", "{product}: clear metadata.payload_id {expected} ({reason})"
            )
        elif self.action is Action.DELETE_IN_PAYLOAD:
            text = translate(
                "SyncReport", "Payload doc {value}: delete in Payload admin ({reason})"
            )
        else:
            text = translate("SyncReport", "{product}: re-run the sync ({reason})")
        return text.format(
            product=self.medusa_id, value=self.value, expected=self.expected, reason=self.reason
        )


@dataclass
class RepairPlan:
    metadata: list[Repair] = field(default_factory=list)  # the app writes these
    sync_needed: list[Repair] = field(default_factory=list)  # fixed by triggering the sync
    for_admin: list[Repair] = field(default_factory=list)  # a person deletes these in Payload

    @property
    def trigger(self) -> bool:
        return bool(self.sync_needed) or any(
            r.action is Action.CLEAR_PAYLOAD_ID for r in self.metadata
        )

    @property
    def empty(self) -> bool:
        return not (self.metadata or self.sync_needed or self.for_admin)


def _duplicate_repairs(finding: Finding) -> list[Repair]:
    ids = list(finding.payload_ids)
    keep = finding.medusa_value if finding.medusa_value in ids else ids[0]
    return [
        Repair(
            Action.DELETE_IN_PAYLOAD,
            finding.medusa_id,
            doc_id,
            reason=translate("SyncReport", "duplicate of doc {doc} for {product}").format(
                doc=keep, product=finding.medusa_id
            ),
        )
        for doc_id in ids
        if doc_id != keep
    ]


def plan_repairs(report: VerifyReport) -> RepairPlan:
    plan = RepairPlan()
    orphan_docs: set[str] = set()
    for f in report.findings:
        if f.kind is Kind.MISSING_PAYLOAD_ID and f.payload_ids:
            plan.metadata.append(
                Repair(
                    Action.SET_PAYLOAD_ID,
                    f.medusa_id,
                    f.payload_ids[0],
                    None,
                    translate("SyncReport", "payload_id was not set"),
                )
            )
        elif f.kind is Kind.STALE_PAYLOAD_ID and f.payload_ids:
            plan.metadata.append(
                Repair(
                    Action.SET_PAYLOAD_ID,
                    f.medusa_id,
                    f.payload_ids[0],
                    f.medusa_value,
                    translate("SyncReport", "payload_id named another doc"),
                )
            )
        elif f.kind is Kind.STALE_PAYLOAD_ID:
            plan.metadata.append(
                Repair(
                    Action.CLEAR_PAYLOAD_ID,
                    f.medusa_id,
                    CLEAR,
                    f.medusa_value,
                    translate("SyncReport", "its Payload doc is gone"),
                )
            )
        elif f.kind is Kind.MISSING_IN_PAYLOAD:
            plan.sync_needed.append(
                Repair(
                    Action.TRIGGER_SYNC,
                    f.medusa_id,
                    reason=translate("SyncReport", "no Payload doc"),
                )
            )
        elif f.kind in (Kind.OPTIONS_OUT_OF_STEP, Kind.VARIANTS_OUT_OF_STEP):
            plan.sync_needed.append(
                Repair(
                    Action.TRIGGER_SYNC, f.medusa_id, reason=translate("SyncReport", LABELS[f.kind])
                )
            )
        elif f.kind is Kind.DUPLICATE_MEDUSA_ID:
            plan.for_admin.extend(_duplicate_repairs(f))
        elif f.kind is Kind.ORPHAN_IN_PAYLOAD:
            for doc_id in f.payload_ids:
                if doc_id not in orphan_docs:
                    orphan_docs.add(doc_id)
                    plan.for_admin.append(
                        Repair(
                            Action.DELETE_IN_PAYLOAD,
                            f.medusa_id,
                            doc_id,
                            reason=translate("SyncReport", "orphan: {why}").format(why=f.detail),
                        )
                    )
    # An orphan doc that is also a duplicate is listed once.
    seen: set[str | None] = set()
    unique: list[Repair] = []
    for r in plan.for_admin:
        if r.value not in seen:
            seen.add(r.value)
            unique.append(r)
    plan.for_admin = unique
    return plan


@dataclass
class RepairOutcome:
    applied: list[Repair] = field(default_factory=list)
    skipped: list[tuple[Repair, str]] = field(default_factory=list)
    failed: list[tuple[Repair, str]] = field(default_factory=list)
    sync_message: str | None = None  # set when the sync route was pressed
    for_admin: list[Repair] = field(default_factory=list)


async def _apply_one(medusa: MedusaClient, repair: Repair, outcome: RepairOutcome) -> None:
    assert repair.medusa_id is not None
    try:
        current = await medusa.get_product(repair.medusa_id, fields="id,metadata")
    except NotFound:
        outcome.skipped.append((repair, "the product no longer exists"))
        return
    except ApiError as exc:
        outcome.failed.append((repair, str(exc)))
        return
    now = payload_id_of(current.metadata)
    if now != repair.expected:
        outcome.skipped.append((repair, f"payload_id changed since the check (now {now})"))
        return
    try:
        await medusa.update_product(
            repair.medusa_id, {"metadata": {"payload_id": repair.value}}, fields="id"
        )
    except ApiError as exc:
        outcome.failed.append((repair, str(exc)))
    else:
        outcome.applied.append(repair)


async def apply_repairs(
    medusa: MedusaClient, plan: RepairPlan, *, trigger: bool = True, concurrency: int = 4
) -> RepairOutcome:
    """Write the metadata repairs, then press the sync route if anything needs it."""
    outcome = RepairOutcome(for_admin=list(plan.for_admin))
    sem = asyncio.Semaphore(concurrency)

    async def run(repair: Repair) -> None:
        async with sem:
            await _apply_one(medusa, repair, outcome)

    await asyncio.gather(*(run(r) for r in plan.metadata))
    if trigger and plan.trigger:
        outcome.sync_message = await medusa.trigger_sync("products")
    return outcome
