"""Read-compare-write decisions, pure: which edits to send, which are done, which conflict.

For each pending edit of a field, against the freshly re-read server value:

* server == mine → nothing to send, the edit is done (also the crash-replay case:
  a request that reached the server before the crash is never applied twice);
* server == base → the server did not change the field: send mine (likewise when
  the server holds one of our own earlier values that may have landed, ``inflight``);
* otherwise the server changed it differently → conflict; nothing is sent for it.

Edits of different fields merge on their own: only the edited fields are sent.
Several edits of one field are taken in edit order against a working copy, so a
later edit sees the value the earlier one will write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.store.fields import apply, extract, same
from desktop_app.store.outbox import OutboxEntry


@dataclass
class Plan:
    send: dict[str, Any] = field(default_factory=dict)  # field -> value for the request
    send_seqs: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    conflicts: list[tuple[int, Any]] = field(default_factory=list)  # (seq, theirs)


def decide(entries: Iterable[OutboxEntry], record: dict[str, Any]) -> Plan:
    plan = Plan()
    working = dict(record)
    for entry in sorted(entries, key=lambda e: e.seq):
        theirs = extract(working, entry.field)
        if same(entry.field, theirs, entry.mine):
            if entry.field in plan.send:
                # An earlier edit in this request writes this very value: done with it.
                plan.send_seqs.append(entry.seq)
            else:
                plan.already.append(entry.seq)
        elif same(entry.field, theirs, entry.base) or any(
                same(entry.field, theirs, ours) for ours in entry.inflight):
            plan.send[entry.field] = entry.mine
            plan.send_seqs.append(entry.seq)
            working = apply(working, entry.field, entry.mine)
        else:
            plan.conflicts.append((entry.seq, extract(record, entry.field)))
    return plan
