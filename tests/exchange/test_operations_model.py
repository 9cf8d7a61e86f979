"""Model-based test of creates ("a create is never sent twice"): random interleavings of
drafts made and changed offline, pushes whose create answers are lost or refused, pushes
killed after their request landed, and deletes, over the real store and a fake Medusa
answering in recorded shapes (fake_creates.py).

Invariants, after every step and at the end (faults off, clashing handles fixed, pushed
until nothing is left):

1. Medusa never holds two products made from one draft (one marker, one product);
2. every product Medusa holds from a draft is the one the app maps that draft to, once
   its create is settled;
3. at the end every draft the merchant kept is in Medusa exactly once with the handle
   they set last (a rename typed while the create was on the wire is sent after it, never
   lost), every one they deleted is not, and nothing is left to send.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange import create_body
from desktop_app.services.new_product import CREATE_MARKER, ProductDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.operations import Operations
from tests.exchange.fake_creates import FakeCreates

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")
HANDLES = ("mug", "cup", "jug")
EXAMPLES = int(os.environ.get("OPERATIONS_MODEL_EXAMPLES",
                              "150" if os.environ.get("CI") == "true" else "60"))


class CreateMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.runner = asyncio.Runner()
        self.medusa = FakeCreates()
        self.catalog = self._catalog()
        self.kept: dict[str, str] = {}  # local id -> its marker
        self.handles: dict[str, str] = {}  # local id -> the handle the merchant set last
        self.deleted: dict[str, str] = {}
        self.n = 0

    def _catalog(self) -> OfflineCatalog:
        return OfflineCatalog(CatalogStore.open(self.tmp / "c.db"),
                              Shop(PROFILE, self.medusa.client(), None))

    def teardown(self) -> None:
        try:
            self.finish()
        finally:
            self.runner.run(self.catalog.aclose())
            self.runner.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # --------------------------------------------------------------- rules
    @rule(handle=st.sampled_from(HANDLES))
    def create(self, handle: str) -> None:
        self.n += 1
        pid = self.catalog.create_product(ProductDraft(
            title=f"Item {self.n}", handle=f"{handle}-{self.n % 2}",
            options=[("Size", ["S", "M"])], prices=[{"currency_code": "eur", "amount": 3}]))
        self.kept[pid] = self.catalog.product(pid).medusa["metadata"][CREATE_MARKER]
        self.handles[pid] = f"{handle}-{self.n % 2}"

    @precondition(lambda self: self._drafts())
    @rule(data=st.data(), handle=st.sampled_from(HANDLES))
    def rename(self, data: st.DataObject, handle: str) -> None:
        pid = data.draw(st.sampled_from(self._drafts()))
        self.n += 1
        self.catalog.edit(pid, {"handle": f"{handle}-{self.n % 3}"})
        self.handles[pid] = f"{handle}-{self.n % 3}"

    @rule(faults=st.lists(st.sampled_from(["ok", "lost", "refused"]), max_size=4))
    def push(self, faults: list[str]) -> None:
        self.medusa.faults = list(faults)
        self.runner.run(self.catalog.push())
        self.medusa.faults = []

    @precondition(lambda self: self._drafts())
    @rule(data=st.data())
    def killed_after_the_create_landed(self, data: st.DataObject) -> None:
        """A push claims a create, sends it, Medusa makes it, the process dies."""
        pid = data.draw(st.sampled_from(self._drafts()))
        operations = Operations(self.catalog._store.conn)
        [op] = [o for o in operations.entries() if o.product_id == pid and o.kind == "create"]
        claimed = operations.claim([op.seq], "a-process-that-dies")
        if not claimed:
            return
        operations.mark_sent(claimed[0])
        draft = self.catalog.product(pid).server_medusa  # the draft as a push sends it
        if not any(p["handle"] == draft["handle"] for p in self.medusa.live()):
            self.medusa.make(create_body.body(draft))
        # The next process opens the same store (the dead one left the row 'sending').
        self.runner.run(self.catalog.aclose())
        self.catalog = self._catalog()

    @precondition(lambda self: self.kept)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        pid = data.draw(st.sampled_from(list(self.kept)))  # creation order: replayable
        current = self.catalog.server_id(pid)
        if self.catalog.product(current) is None:
            return
        self.catalog.delete([current])
        self.deleted[pid] = self.kept.pop(pid)

    def _fix(self, product_id: str, handle: str) -> None:
        self.catalog.edit(product_id, {"handle": handle})
        for pid in self.kept:
            if self.catalog.server_id(pid) == product_id or pid == product_id:
                self.handles[pid] = handle

    def _drafts(self) -> list[str]:
        # In creation order (ids are random): a shrunk example draws the same drafts.
        return [pid for pid in self.kept
                if self.catalog.server_id(pid) == pid and self.catalog.product(pid) is not None]

    # ----------------------------------------------------------- invariants
    @invariant()
    def one_product_per_draft(self) -> None:
        markers = Counter((p.get("metadata") or {}).get(CREATE_MARKER)
                          for p in self.medusa.products.values())
        markers.pop(None, None)
        assert all(n == 1 for n in markers.values()), markers

    @invariant()
    def settled_creates_map_to_what_medusa_holds(self) -> None:
        by_marker = {(p.get("metadata") or {}).get(CREATE_MARKER): p["id"]
                     for p in self.medusa.products.values()}
        for pid, marker in {**self.kept, **self.deleted}.items():
            mapped = self.catalog.server_id(pid)
            if mapped != pid:
                assert by_marker.get(marker) == mapped, (pid, mapped)

    def finish(self) -> None:
        """Faults off; a clash of handles is fixed by the merchant; push until done."""
        for round_ in range(6):
            for op in self.catalog.operations():
                if op.state == "failed" and op.field == "handle":
                    self._fix(op.product_id, f"fixed-{op.seq}-{round_}")
            for entry in self.catalog.outbox():
                if entry.state == "failed" and entry.field == "handle":
                    self._fix(entry.product_id, f"fixed-{entry.seq}-{round_}")
            self.runner.run(self.catalog.push())
            if not self.catalog.operations() and not self.catalog.outbox():
                break
        assert self.catalog.operations() == [], self.catalog.operations()
        assert self.catalog.outbox() == [], self.catalog.outbox()
        by_marker = {(p.get("metadata") or {}).get(CREATE_MARKER): p for p in self.medusa.live()}
        for pid, marker in self.kept.items():  # the merchant's last handle, never an older one
            assert by_marker[marker]["handle"] == self.handles[pid], pid
        live = {(p.get("metadata") or {}).get(CREATE_MARKER) for p in self.medusa.live()}
        for pid, marker in self.kept.items():
            assert marker in live, pid
            assert self.catalog.server_id(pid) != pid
        for marker in self.deleted.values():
            assert marker not in live
        self.one_product_per_draft()


CreateMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_creates_are_never_made_twice = CreateMachine.TestCase
