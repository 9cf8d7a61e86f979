"""Recording a planned bulk edit in the outbox, and undoing a whole bulk edit in one step.

The shop's catalog calls these (``OfflineCatalog.apply_bulk/undo_bulk``): it is the
only writer of the store. ``apply`` writes every edit and the record of the bulk edit
(before/after per field) in one durable SQLite transaction: the edits are safe before
any network call, and they are sent by the ordinary push (read-compare-write per field).

``undo`` reverts in one transaction too, field by field:

* the bulk edit's outbox entry has not reached the server (queued, locked, failed,
  conflict) and still holds the bulk's value: it is discarded, or set back to the
  earlier pending value it replaced;
* it was sent (or is being sent): a new edit writes "before" back with base = the
  bulk's "after", so the push's three-way merge turns a field someone changed on the
  server since into a conflict instead of overwriting it;
* a field edited locally since the bulk edit is left alone (``kept``);
* a bulk value that never reached the server (discarded, "take theirs") needs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.bulk import stock_changes
from desktop_app.bulk.errors import BulkError
from desktop_app.bulk.model import BulkPlan, RowError
from desktop_app.i18n import translate
from desktop_app.store.bulk_ops import BulkChange, BulkOp, BulkOps, product_states
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.fields import same
from desktop_app.store.outbox import MERGEABLE, Outbox, OutboxEntry


@dataclass(frozen=True)
class ApplyResult:
    op: BulkOp
    skipped: tuple[RowError, ...] = ()  # changed since the preview: left as they are


@dataclass
class UndoReport:
    bulk_id: int
    discarded: int = 0  # pending edits dropped (or set back to the earlier pending value)
    reverted: int = 0  # new edits that write the old value back to the server
    kept: list[str] = field(default_factory=list)  # "product field": changed since, left
    nothing: int = 0  # the bulk value never reached the server

    def summary(self) -> str:
        text = translate("BulkOperations", "Undid bulk edit #{id}: {dropped}, {back}").format(
            id=self.bulk_id,
            dropped=translate("BulkOperations", "%Ln pending edit(s) dropped", None,
                              self.discarded),
            back=translate("BulkOperations", "%Ln field(s) to send back", None, self.reverted))
        if self.kept:
            text = translate("BulkOperations", "{summary}; %Ln field changed since was kept|"
                             "{summary}; %Ln fields changed since were kept", None,
                             len(self.kept)).format(summary=text)
        return text


def every_changed() -> str:
    return translate("BulkOperations", "Every product changed since the preview; preview again.")


def undone_with(bulk_id: int) -> str:
    """The outbox's note on an edit a bulk edit's undo dropped."""
    return translate("BulkOperations", "Undone with bulk edit #{id}").format(id=bulk_id)


def history(store: CatalogStore, limit: int = 50) -> list[BulkOp]:
    return BulkOps(store.conn).recent(limit)


def apply(store: CatalogStore, plan: BulkPlan, stock: Sequence[Any] = ()) -> ApplyResult:
    """Record the plan's edits (and ``stock``: the grid's ``StockChange``s) in the outbox
    and remember them as one bulk edit."""
    if not plan.ok:
        raise BulkError(translate("BulkOperations", "Fix the error before applying.|Fix the "
                                  "%Ln errors before applying.", None, len(plan.errors)))
    if not plan.diffs and not stock:
        raise BulkError(translate("BulkOperations", "Nothing to change."))
    names = {d.product_id: [c.field for c in d.changes] for d in plan.diffs}
    states = product_states(store.conn, plan.product_ids, names)
    edits, pending, skipped = [], [], []
    for diff in plan.diffs:
        state = states.get(diff.product_id)
        fresh = [c for c in diff.changes
                 if state is not None and state.has(c.field)
                 and same(c.field, state.current[c.field], c.before)]
        if len(fresh) < len(diff.changes):
            skipped.append(RowError(translate("BulkOperations", "changed since the preview; "
                                              "left as it is"), product_id=diff.product_id))
        if fresh and state is not None:
            edits.append((diff.product_id, {c.field: c.after for c in fresh},
                           {c.field: state.server[c.field] for c in fresh}))
            pending += [(diff.product_id, c) for c in fresh]
    if not edits and not stock:
        raise BulkError(every_changed())
    with store.outbox.durable_transaction():
        seqs = store.outbox.record_batch(edits)
        changes = [BulkChange(pid, c.field, c.before, c.after, seqs[(pid, c.field)])
                   for pid, c in pending]
        levels, stale = stock_changes.record(store, stock)
        if not changes and not levels:
            raise BulkError(every_changed())
        op = BulkOps(store.conn).insert(plan.kind, plan.description, changes + levels)
        store.refresh_rows(pid for pid, _, _ in edits)
    return ApplyResult(op, tuple(skipped + stale))


def undo(store: CatalogStore, bulk_id: int) -> UndoReport:
    """Revert every field of bulk edit ``bulk_id`` (see the module docstring)."""
    ops = BulkOps(store.conn)
    op = ops.get(bulk_id)
    if op is None:
        raise BulkError(translate("BulkOperations", "There is no bulk edit #{id}.").format(
            id=bulk_id))
    if op.undone_at:
        raise BulkError(translate("BulkOperations", "Bulk edit #{id} was already undone "
                                  "({when}).").format(id=bulk_id, when=op.undone_at))
    report = UndoReport(bulk_id)
    with store.outbox.durable_transaction():
        every = ops.changes(bulk_id)
        levels = [c for c in every if c.field.startswith(stock_changes.PREFIX)]
        changes = [c for c in every if not c.field.startswith(stock_changes.PREFIX)]
        stock_changes.undo(store, bulk_id, levels, report)
        entries = store.outbox.get_many(c.seq for c in changes)
        latest = store.outbox.latest_active((c.product_id, c.field) for c in changes)
        reverts = []
        for change in changes:
            revert = _undo_one(store.outbox, bulk_id, change, entries.get(change.seq),
                               latest.get((change.product_id, change.field)), report)
            if revert is not None:
                reverts.append(revert)
        store.outbox.record_batch(reverts)
        report.reverted += len(reverts)
        ops.mark_undone(bulk_id)
        store.refresh_rows({c.product_id for c in every})
    return report


def _undo_one(
    outbox: Outbox,
    bulk_id: int,
    change: BulkChange,
    entry: OutboxEntry | None,
    latest: int | None,
    report: UndoReport,
) -> tuple[str, dict[str, Any], dict[str, Any]] | None:
    """Settle one field; returns the revert edit to record, if one is needed."""
    name = f"{change.product_id} {change.field}"
    if latest is not None and latest != change.seq:
        report.kept.append(name)  # edited again since, in a newer entry
        return None
    if entry is None or (entry.state == "done" and entry.outcome in ("theirs", "discarded")):
        report.nothing += 1
        return None
    if entry.state != "done" and not same(change.field, entry.mine, change.after):
        report.kept.append(name)  # the same pending entry took a newer value
        return None
    if entry.state in MERGEABLE:
        # Compared with base (what the merchant saw), never theirs: a conflicted bulk
        # value is dropped, leaving the server's newer value alone.
        if same(change.field, change.before, entry.base):
            outbox.set_state([entry.seq], "done", outcome="discarded",
                             message=undone_with(bulk_id))
        else:  # the bulk edit had replaced an earlier pending value: restore it as it was
            outbox.set_state([entry.seq], entry.state, message=entry.message,
                             mine=change.before)
        report.discarded += 1
        return None
    # Sent or being sent: write "before" back, three-way merged against "after".
    return (change.product_id, {change.field: change.before}, {change.field: change.after})
