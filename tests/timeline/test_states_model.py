"""Model-based: any interleaving of pulls (new content, the same content, a bumped stamp, a
late older copy), edits and pushes settling records exactly the changes the store kept, per
product and server, bounded, and the timeline rebuilds the stored copies and "now".

``TIMELINE_MODEL_EXAMPLES`` sets the number of examples (default 200 under CI=true, else 60).
"""

from __future__ import annotations

import itertools
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore, timeline_states
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.timeline import build
from desktop_app.timeline.content import content_hash, content_of
from desktop_app.timeline.points import Kind
from tests.timeline.helpers import medusa, payload

KEEP = 4
PRODUCTS = ("prod_1", "prod_2")
# "price_kept_stamp": Medusa's variants batch changes a price and keeps the product's
# updated_at (tests/fixtures/medusa/product_stamps_after_variants_batch.json).
CHANGES = ("same", "title", "description", "metadata", "price", "price_kept_stamp", "bump",
           "older")


def _stamp(tick: int) -> str:
    return f"2026-03-01T{10 + tick // 3600:02d}:{tick // 60 % 60:02d}:{tick % 60:02d}.000Z"


class StatesMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._keep = timeline_states.KEEP
        timeline_states.KEEP = KEEP
        self.store = CatalogStore.open(":memory:")
        self.catalog = OfflineCatalog(self.store)
        self.tick = 100
        self.copies: dict[tuple[str, str], dict[str, Any]] = {}  # what the store holds
        self.expected: dict[tuple[str, str], list[str]] = {}  # hashes recorded, oldest first
        self.dropped: dict[tuple[str, str], int] = {}
        for pid in PRODUCTS:
            self._save(pid, MEDUSA, medusa(0, id=pid, updated_at=_stamp(self.tick)))
            self._save(pid, PAYLOAD, payload(0, id=pid[-1], medusa_id=pid,
                                             updated_at=_stamp(self.tick)))

    def teardown(self) -> None:
        timeline_states.KEEP = self._keep
        self.store.close()

    def _save(self, pid: str, server: str, record: dict[str, Any]) -> None:
        key = (pid, server)
        held = self.copies.get(key)
        if server == MEDUSA:
            self.store.save_medusa([record])
        else:
            self.store.save_payload([record])
        if held is not None and record["updated_at"] < held["updated_at"]:
            return  # the store keeps the newer copy: no state either
        self.copies[key] = record
        digest = content_hash(content_of(server, record))
        hashes = self.expected.setdefault(key, [])
        if not hashes or hashes[-1] != digest:
            hashes.append(digest)
            if len(hashes) > KEEP:
                hashes.pop(0)
                self.dropped[key] = self.dropped.get(key, 0) + 1

    @rule(pid=st.sampled_from(PRODUCTS), server=st.sampled_from((MEDUSA, PAYLOAD)),
          change=st.sampled_from(CHANGES), word=st.sampled_from(("red", "green", "blue")))
    def pull(self, pid: str, server: str, change: str, word: str) -> None:
        record = dict(self.copies[(pid, server)])
        self.tick += 1
        record["updated_at"] = _stamp(self.tick)
        if change == "older":
            record["updated_at"] = _stamp(self.tick - 50)
            record["title" if server == PAYLOAD else "handle"] = f"stale {word}"
        elif change == "title":
            record["title" if server == PAYLOAD else "handle"] = f"title {word}"
        elif change == "description" and server == PAYLOAD:
            record["description"] = payload(markdown=f"A {word} mug.\n\n- {word}")["description"]
        elif change == "metadata" and server == MEDUSA:
            record["metadata"] = {**(record.get("metadata") or {}), "color": word}
        elif change in ("price", "price_kept_stamp") and server == MEDUSA:
            if change == "price_kept_stamp":
                record["updated_at"] = self.copies[(pid, server)]["updated_at"]
            variant = dict(record["variants"][0])
            variant["prices"] = [{"currency_code": "eur", "amount": len(word)}]
            record["variants"] = [variant]
        elif change == "same":
            record["updated_at"] = self.copies[(pid, server)]["updated_at"]
        self._save(pid, server, record)

    @rule(pid=st.sampled_from(PRODUCTS), word=st.sampled_from(("one", "two")))
    def edit(self, pid: str, word: str) -> None:
        self.catalog.edit(pid, {"subtitle": f"edited {word}", "metadata.size": word})

    @invariant()
    def states_are_the_changes_kept(self) -> None:
        for pid in PRODUCTS:
            seen = timeline_states.load(self.store.conn, pid)
            for server in (MEDUSA, PAYLOAD):
                got = [s.hash for s in seen if s.server == server]
                assert got == self.expected[(pid, server)]
                assert all(a != b for a, b in itertools.pairwise(got))
            dropped = {d.server: d.count for d in timeline_states.dropped(self.store.conn, pid)}
            assert dropped == {s: n for (p, s), n in self.dropped.items() if p == pid}

    @invariant()
    def the_timeline_rebuilds_the_copies_and_now(self) -> None:
        for pid in PRODUCTS:
            timeline = build.local(self.catalog, pid)
            pulled = [p for p in timeline.points if p.kind is Kind.PULLED]
            for server in (MEDUSA, PAYLOAD):
                newest = next(p for p in pulled if p.server == server)
                state = timeline.state(newest.id)
                held = content_of(server, self.copies[(pid, server)])
                assert {k: state[k] for k in held} == held
            detail = self.catalog.product(pid)
            assert detail is not None
            assert timeline.state("now") == {**content_of(MEDUSA, detail.medusa),
                                             **content_of(PAYLOAD, detail.payload)}
            times = [p.at for p in timeline.points[1:]]
            assert times == sorted(times, reverse=True)


EXAMPLES = int(os.environ.get("TIMELINE_MODEL_EXAMPLES",
                              "200" if os.environ.get("CI") == "true" else "60"))
StatesMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestStates = StatesMachine.TestCase
