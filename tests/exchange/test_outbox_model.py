"""Model-based test of the outbox ("No edit is ever lost"): random interleavings of edits,
pushes (plain, two at once, slow, cancelled, crashed and taken over), pulls (one of them
reading a server before a held write lands and storing what it read after the push),
changes by others and failing writes, over the real store and the recorded-shape fakes.
The fields are Payload's title and subtitle, Medusa's status and handle (a product update)
and a variant's SKU (a variants batch, which moves the variant's ``updated_at`` and not the
product's).

The model knows only what the user did and what the servers went through:

* per field, the user's last value (``intent``), what the user was shown as the server's
  value (the editor's server copy when typing, ``theirs`` of a conflict row), and every
  change of the server's value with who made it (``us``: a request of the app, seen on
  the wire; ``others``: ``touch``).

Invariants, after every step and at the end (all faults off, one push, every conflict
kept-mine, every rejected value fixed, pushed again):

1. a field the user edited shows the user's last value while an edit of it is active
   (the row's ``mine`` and the merged view); once none is, the server held that value
   after the edit and only others changed it since: never an older value of the user;
   and unless others changed it since, the store's server copy shows what the server
   holds (a slow pull's older read does not put an older value back);
2. the moment an outbox row becomes done/sent or done/already the server holds its
   ``mine``, unless others changed the field during that very push after it did;
3. a request of the app never replaces a value set by others unless the user was shown
   that value (in the editor when typing the edit, or as a conflict's ``theirs``); at the
   end, others' last change of a field is still there unless the user saw it;
4. a conflict shows a value others set, never one of the app's own earlier writes.

Two things are left out on purpose, as no client can tell them apart without
conditional writes, which neither server offers (batch_read.py):

* a change by others between a push's re-read and its write of the same field: while a
  write is held the machine changes only fields it is not going to send (a write the
  server refused has its other fields sent again at once, on the same re-read; a variants
  batch follows the product update on the same re-read);
* others setting a field to exactly a value of the user's pending edit that a push may
  have sent: a request whose answer was lost can land at any time, so the outbox takes
  that value for its own (``inflight``) and sends the newer one over it.

``OUTBOX_MODEL_EXAMPLES`` sets the number of examples (default 500 under CI=true, else 100;
500 take about a minute on two cores).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import gc
import json
import os
import random
import shutil
import tempfile
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange.pull import pull
from desktop_app.exchange.push import Pusher
from desktop_app.services import offline
from desktop_app.services.offline import OfflineCatalog, PushBusy, Resolution
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.fields import MEDUSA, PAYLOAD, extract, same, variant_id
from desktop_app.store.outbox import Outbox, OutboxEntry
from tests.exchange.fakes import API_KEY, SECRET, FakeMedusa, FakePayload, fake_pair

T = TypeVar("T")
# Set in the task of a pull whose product reads are slow (see PullHold).
SLOW_PULL: contextvars.ContextVar[PullHold | None] = contextvars.ContextVar(
    "SLOW_PULL", default=None)

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
PIDS = ("prod_00001", "prod_00002")
# A variant key goes as a variants batch, which moves the variant's updated_at and not the
# product's (recorded); both products' first variant has this id here (see __init__).
SKU = "variants.variant_S.sku"
OWNER = {"title": PAYLOAD, "subtitle": PAYLOAD, "status": MEDUSA, "handle": MEDUSA, SKU: MEDUSA}
# Few values, so the user and others often meet on one ("already", A-B-A). "" as a title
# and "Bad Handle" are refused by the servers (400): the edit fails, visibly.
USER_VALUES = {
    "title": ("T1", "T2", ""),
    "subtitle": ("S1", "S2", ""),  # "" is the same text as the initial None
    "status": ("draft", "published", "proposed"),
    "handle": ("h-1", "h-2", "Bad Handle"),
    SKU: ("K1", "K2", "K3"),
}
REFUSED = {"title": "", "handle": "Bad Handle"}
VALID = {f: tuple(v for v in values if v != REFUSED.get(f)) for f, values in USER_VALUES.items()}
LEASE_TTL = 30.0
STEP_TIMEOUT = 30.0  # real seconds; a step takes milliseconds
EXAMPLES = int(os.environ.get("OUTBOX_MODEL_EXAMPLES",
                              "500" if os.environ.get("CI") == "true" else "100"))

pids = st.sampled_from(PIDS)
servers = st.sampled_from((MEDUSA, PAYLOAD))
user_edits = st.sampled_from([(f, v) for f, values in USER_VALUES.items() for v in values])
others_edits = st.sampled_from([(f, v) for f, values in VALID.items() for v in values])
# Faults of the next request of a kind: "lost_answer" reaches the server, then the
# connection breaks; "refused" is a server that is down (the push defers its edits).
write_faults = st.sampled_from(("503", "502", "broken", "lost_answer", "refused"))
read_faults = st.sampled_from(("503", "broken", "refused"))


class _NoIntent:
    def __repr__(self) -> str:
        return "NO_INTENT"


NO_INTENT: Any = _NoIntent()  # the user has no wish for the field (never edited, or took theirs)


@dataclass
class Change:
    who: str  # "initial" | "us" | "others"
    value: Any
    step: int


@dataclass
class FieldModel:
    name: str
    changes: list[Change]
    intent: Any = NO_INTENT
    held: bool = True  # the server held ``intent`` at some moment since it was typed
    shown: list[Any] = field(default_factory=list)  # server values the edit was based on
    typed: list[Any] = field(default_factory=list)  # values of the pending edit (inflight)
    replaced: list[tuple[Any, int]] = field(default_factory=list)  # others' values we replaced

    @property
    def last(self) -> Change:
        return self.changes[-1]

    def was_shown(self, value: Any) -> bool:
        return any(same(self.name, value, s) for s in self.shown)

    def show(self, value: Any) -> None:
        if not self.was_shown(value):
            self.shown.append(value)

    def was_typed(self, value: Any) -> bool:
        return any(same(self.name, value, t) for t in self.typed)

    def replaced_since(self, value: Any, step: int) -> bool:
        return any(same(self.name, value, v) and at >= step for v, at in self.replaced)


@dataclass
class Hold:
    """Holds the next write to one server: before it reaches the server, or (``after``)
    once it has been applied, with its answer slow to come back."""

    after: bool
    entered: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    used: bool = False
    pid: str | None = None
    fields: set[str] = field(default_factory=set)
    landed: bool = False  # the server applied the held write (not a 400 or 423)


@dataclass
class PullHold:
    """Holds a pull's read of ``server``'s products once it was answered: the pull stores
    what the server held before a write that lands meanwhile (a read that left first)."""

    server: str
    entered: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)


def _records_read(server: str, request: httpx.Request) -> bool:
    """A pull's read of product records (not a count, not the terms read)."""
    if server == MEDUSA:
        return (request.url.path == "/admin/products"
                and "variants.sku" in request.url.params.get("fields", ""))
    return request.url.path == "/api/products"


def _sent_fields(body: dict[str, Any]) -> set[str]:
    """The modelled fields a write carries (a variants batch names them per variant)."""
    if "update" in body:
        return {f"variants.{row['id']}.{key}" for row in body["update"] for key in row
                if key != "id"}
    return set(body)


class Wire:
    """The transport to one fake server: planned faults, a hold, and every change our
    requests make to the modelled fields, reported to the machine."""

    def __init__(self, machine: OutboxMachine, server: str) -> None:
        self.machine = machine
        self.server = server
        self.faults: dict[str, list[str]] = {"read": [], "write": []}
        self.hold: Hold | None = None

    @property
    def fake(self) -> FakeMedusa | FakePayload:
        return self.machine.medusa if self.server == MEDUSA else self.machine.payload

    def _product(self, request: httpx.Request) -> str | None:
        """The product a write is for (Payload writes name the document id)."""
        tail = request.url.path.rsplit("/", 1)[1]
        if self.server == MEDUSA:  # /admin/products/{id}[/variants/batch]
            return request.url.path.split("/")[3]
        doc = self.machine.payload.docs.get(int(tail))
        return None if doc is None else str(doc["medusa_id"])

    async def handle(self, request: httpx.Request) -> httpx.Response:
        write = request.method in ("POST", "PATCH")
        slow = SLOW_PULL.get()
        if slow is not None and slow.server == self.server and _records_read(self.server,
                                                                              request):
            response = self.fake.handle(request)  # read now, stored after what lands meanwhile
            slow.entered.set()
            await slow.release.wait()
            return response
        kind = "write" if write else "read"
        products = "/admin/products" in request.url.path or "/api/products" in request.url.path
        fault = self.faults[kind].pop(0) if products and self.faults[kind] else None
        if fault == "503":
            return httpx.Response(503, json={"type": "unexpected_state",
                                             "message": "Service Unavailable"})
        if fault == "502":
            return httpx.Response(502, text="<html><h1>502 Bad Gateway</h1></html>",
                                  headers={"content-type": "text/html"})
        if fault == "broken":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if fault == "refused":
            raise httpx.ConnectError("connection refused", request=request)
        hold = self.hold if write and fault is None and self.hold and not self.hold.used else None
        if hold is not None:
            hold.used, hold.pid = True, self._product(request)
            hold.fields = _sent_fields(json.loads(request.content))
            if not hold.after:
                hold.entered.set()
                await hold.release.wait()
        response = self._apply(request) if write else self.fake.handle(request)
        if hold is not None:
            hold.landed = response.is_success
        if fault == "lost_answer":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if hold is not None and hold.after:
            hold.entered.set()
            await hold.release.wait()
        return response

    def _apply(self, request: httpx.Request) -> httpx.Response:
        pid = self._product(request)
        names = [f for f, s in OWNER.items() if s == self.server]
        before = {f: self.machine.server_value(pid, f) for f in names} if pid else {}
        response: httpx.Response = self.fake.handle(request)
        for name, old in before.items():
            new = self.machine.server_value(pid, name)
            if not same(name, old, new):
                self.machine.our_change(pid, name, new)
        return response


async def _no_wait(_delay: float) -> None:
    await asyncio.sleep(0)  # the retry passes of a push, without their seconds of backoff


class FastPusher(Pusher):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("sleep", _no_wait)
        kwargs.setdefault("rng", random.Random(0))
        super().__init__(*args, **kwargs)


def _scratch_dir() -> str | None:
    # Every edit fsyncs (synchronous=FULL); durability is not what this test checks, and
    # thousands of fsyncs would dominate its runtime. tmpfs where there is one.
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


class OutboxMachine(RuleBasedStateMachine):
    active: OutboxMachine | None = None  # for the settle spy

    def __init__(self) -> None:
        super().__init__()
        self.runner = asyncio.Runner()
        self.dir = Path(tempfile.mkdtemp(prefix="outbox-model-", dir=_scratch_dir()))
        self.path = self.dir / "store.sqlite3"
        self.medusa, self.payload = fake_pair(len(PIDS))
        for product in self.medusa.products.values():
            for variant in product["variants"]:
                variant["id"] = f"variant_{variant['title']}"
        self.wires = {MEDUSA: Wire(self, MEDUSA), PAYLOAD: Wire(self, PAYLOAD)}
        self.now = 1_000_000.0  # the lease clock, which processes share
        self.step = 0
        self.clean = True  # False once a step raised: teardown then only cleans up
        self.violations: list[str] = []
        self.model = {
            (pid, name): FieldModel(name, [Change("initial", self.server_value(pid, name), 0)])
            for pid in PIDS for name in OWNER
        }
        self.gui = self._catalog()
        self.cli = self._catalog()  # a `desktop-app` process on the same store
        self._run(self.gui.pull())
        OutboxMachine.active = self

    # ------------------------------------------------------------ plumbing
    def _catalog(self) -> OfflineCatalog:
        medusa = MedusaClient("http://medusa.test", SecretKey(SECRET), retry_policy=NO_RETRY,
                              transport=httpx.MockTransport(self.wires[MEDUSA].handle))
        payload = PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                                transport=httpx.MockTransport(self.wires[PAYLOAD].handle))
        catalog = OfflineCatalog(CatalogStore.open(self.path), Shop(PROFILE, medusa, payload),
                                 lease_ttl=LEASE_TTL)
        catalog._lease._clock = lambda: self.now
        return catalog

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        """One step on this example's loop; steps number the changes (invariant 2)."""
        self.step += 1
        self.clean = False
        # A step that waits forever (a lease never released) fails instead of hanging.
        result = self.runner.run(asyncio.wait_for(work, STEP_TIMEOUT))
        self.clean = True
        return result

    def server_value(self, pid: str, name: str) -> Any:
        if OWNER[name] == MEDUSA:
            return extract(self.medusa.products[pid], name)
        return self.payload.by_medusa(pid)[name]

    def _active(self, catalog: OfflineCatalog, pid: str, name: str) -> list[OutboxEntry]:
        return [e for e in catalog.outbox() if e.product_id == pid and e.field == name]

    def violation(self, text: str) -> None:
        self.violations.append(f"step {self.step}: {text}")

    # ---------------------------------------------- what the servers went through
    def our_change(self, pid: str, name: str, value: Any) -> None:
        """A request of the app changed the field (seen on the wire, as it lands)."""
        m = self.model[(pid, name)]
        if m.last.who == "others":
            if m.was_shown(m.last.value) or m.was_typed(m.last.value):
                m.replaced.append((m.last.value, self.step))
            else:
                self.violation(f"{pid}.{name}: others' {m.last.value!r} replaced by {value!r} "
                               f"although the user was never shown it (shown: {m.shown!r})")
        m.changes.append(Change("us", value, self.step))
        if m.intent is not NO_INTENT and same(name, value, m.intent):
            m.held = True

    def others_change(self, pid: str, name: str, value: Any) -> None:
        before = self.server_value(pid, name)
        if variant_id(name) is not None:  # as a variants batch: only the variant's stamp moves
            variant = next(v for v in self.medusa.products[pid]["variants"]
                           if v["id"] == variant_id(name))
            variant[name.rsplit(".", 1)[1]] = value
            variant["updated_at"] = self.medusa.clock.tick()
        elif OWNER[name] == MEDUSA:
            self.medusa.touch(pid, **{name: value})
        else:
            self.payload.touch(pid, **{name: value})
        if same(name, before, value):
            return  # saved unchanged: nothing to overwrite
        m = self.model[(pid, name)]
        m.changes.append(Change("others", value, self.step))
        if m.intent is not NO_INTENT and same(name, value, m.intent):
            m.held = True

    def settled_done(self, entry: OutboxEntry) -> None:
        """Invariant 2, at the moment a row became done/sent or done/already."""
        m = self.model[(entry.product_id, entry.field)]
        if same(entry.field, self.server_value(entry.product_id, entry.field), entry.mine):
            return
        held_at = [i for i, c in enumerate(m.changes) if same(entry.field, c.value, entry.mine)]
        later = m.changes[held_at[-1] + 1:] if held_at else m.changes
        if held_at and all(c.who == "others" and c.step == self.step for c in later):
            return  # held, then changed by others during this very push
        self.violation(f"{entry.product_id}.{entry.field}: row {entry.seq} marked "
                       f"{entry.outcome} with {entry.mine!r}, the server holds "
                       f"{self.server_value(entry.product_id, entry.field)!r}")

    def settled_conflict(self, entry: OutboxEntry) -> None:
        """A conflict shows a value others set: our own writes are never taken for
        somebody else's change (a crash replay, an edit typed in flight)."""
        m = self.model[(entry.product_id, entry.field)]
        held_at = [i for i, c in enumerate(m.changes) if same(entry.field, c.value, entry.theirs)]
        if held_at and m.changes[held_at[-1]].who == "others" and all(
                c.who == "others" and c.step == self.step for c in m.changes[held_at[-1] + 1:]):
            return
        self.violation(f"{entry.product_id}.{entry.field}: row {entry.seq} in conflict with "
                       f"theirs {entry.theirs!r}, which others did not set (mine "
                       f"{entry.mine!r}, base {entry.base!r}; changes {m.changes})")

    # ------------------------------------------------------- the user's side
    def _observe_conflicts(self) -> None:
        """The pending-changes dock shows every conflict's server value to the user."""
        for e in self.gui.outbox(("conflict",)):
            self.model[(e.product_id, e.field)].show(e.theirs)

    def _edit(self, catalog: OfflineCatalog, pid: str, name: str, value: Any) -> None:
        self._observe_conflicts()
        m = self.model[(pid, name)]
        shown = catalog.product(pid).server_value(name)  # what the editor shows as the server's
        if not self._active(catalog, pid, name):
            m.shown, m.typed = [], []  # a new edit, based on what is shown now
        m.show(shown)
        catalog.edit(pid, {name: value})
        m.typed.append(value)
        m.intent = value
        m.held = same(name, self.server_value(pid, name), value)

    def _resolve(self, entry: OutboxEntry, how: str, value: Any = None) -> None:
        m = self.model[(entry.product_id, entry.field)]
        if how == "take_theirs":
            self.gui.resolve(entry.seq, Resolution.TAKE_THEIRS)
            m.intent = NO_INTENT
        elif how == "keep_mine":
            self.gui.resolve(entry.seq, Resolution.KEEP_MINE)
        else:
            self.gui.resolve(entry.seq, Resolution.CUSTOM, value)
            m.typed.append(value)
            m.intent = value
            m.held = same(entry.field, self.server_value(entry.product_id, entry.field), value)

    # ------------------------------------------------------------------ rules
    @rule(pid=pids, edit=user_edits, via_cli=st.booleans())
    def edit(self, pid: str, edit: tuple[str, Any], via_cli: bool) -> None:
        async def work() -> None:  # synchronous, but a step (numbered, see _run)
            self._edit(self.cli if via_cli else self.gui, pid, *edit)

        self._run(work())

    @rule(pid=pids, edit=others_edits)
    def others_edit(self, pid: str, edit: tuple[str, Any]) -> None:
        async def work() -> None:
            self.others_change(pid, *edit)

        self._run(work())

    @rule(via_cli=st.booleans())
    def push(self, via_cli: bool) -> None:
        self._run((self.cli if via_cli else self.gui).push())

    @rule(via_cli=st.booleans())
    def pull(self, via_cli: bool) -> None:
        self._run((self.cli if via_cli else self.gui).pull())

    @rule()
    def two_pushes_at_once(self) -> None:
        async def work() -> None:
            await asyncio.gather(self.gui.push(), self.cli.push())

        self._run(work())

    @rule(server=servers, fault=write_faults)
    def next_write_fails(self, server: str, fault: str) -> None:
        self.wires[server].faults["write"].append(fault)

    @rule(server=servers, fault=read_faults)
    def next_read_fails(self, server: str, fault: str) -> None:
        self.wires[server].faults["read"].append(fault)

    @rule(pid=pids)
    def payload_lock_toggles(self, pid: str) -> None:
        doc_id = self.payload.by_medusa(pid)["id"]
        self.payload.locked ^= {doc_id}  # someone opens (or closes) it in Payload admin

    @rule(pick=st.integers(0, 7), how=st.sampled_from(("keep_mine", "take_theirs", "fix")))
    def resolve(self, pick: int, how: str) -> None:
        async def work() -> None:
            self._resolve_one(pick, how)

        self._run(work())

    def _resolve_one(self, pick: int, how: str) -> None:
        self._observe_conflicts()
        rows = self.gui.outbox(("conflict", "failed"))
        if rows:
            entry = rows[pick % len(rows)]
            valid = VALID[entry.field]
            self._resolve(entry, how, valid[pick % len(valid)])

    @rule(
        first=st.tuples(pids, user_edits),
        after=st.booleans(),
        meanwhile=st.lists(
            st.one_of(
                st.tuples(st.just("retype"), st.integers(0, 2), st.booleans()),
                st.tuples(st.just("edit"), pids, user_edits, st.booleans()),
                st.tuples(st.just("others"), others_edits),
                st.just(("busy",)),
                st.just(("cli_push",)),
                st.just(("pull",)),
                st.tuples(st.just("slow_pull"), servers, st.booleans()),
                st.tuples(st.just("resolve"), st.integers(0, 7),
                          st.sampled_from(("keep_mine", "take_theirs", "fix"))),
            ),
            max_size=3,
        ),
    )
    def push_with_a_slow_write(
        self, first: tuple[str, tuple[str, Any]], after: bool, meanwhile: list[tuple[Any, ...]]
    ) -> None:
        """The user edits and pushes; the write to that field's server is slow, and the
        user (in the GUI or a terminal) and others act while it is held. A slow pull reads
        a server now and stores what it read after the push ended; a resolve settles a
        conflict or failure left by an earlier push."""
        pid, (name, value) = first
        server = OWNER[name]

        async def work() -> None:
            self._edit(self.gui, pid, name, value)
            hold = self.wires[server].hold = Hold(after)
            push = asyncio.ensure_future(self.gui.push())
            if not await self._held(hold, push):
                return
            assert hold.pid is not None
            waiting: list[asyncio.Future[Any]] = []
            slow: PullHold | None = None
            pulling: asyncio.Future[Any] | None = None
            for action in meanwhile:
                if action[0] == "retype":  # a field of the request on the wire, typed again
                    _, index, via_cli = action
                    retyped = sorted(hold.fields & set(OWNER))[0]
                    values = USER_VALUES[retyped]
                    self._edit(self.cli if via_cli else self.gui, hold.pid, retyped,
                               values[index % len(values)])
                elif action[0] == "edit":
                    _, other_pid, (other, other_value), via_cli = action
                    self._edit(self.cli if via_cli else self.gui, other_pid, other, other_value)
                elif action[0] == "others":
                    _, (other, other_value) = action
                    # Only the held product's fields of that server (its unit is stuck
                    # here), and not the ones still to be written (see the module
                    # docstring): a refused write's other fields are sent again at once.
                    if OWNER[other] == server and other not in self._unwritten(hold, server):
                        self.others_change(hold.pid, other, other_value)
                elif action[0] == "busy" and not waiting:
                    # (Not after "cli_push": that waiting push holds the terminal's lock.)
                    with pytest.raises(PushBusy):
                        await self.cli.push(wait=False)
                elif action[0] == "cli_push":
                    waiting.append(asyncio.ensure_future(self.cli.push()))
                    await _turns(5)
                    assert not waiting[-1].done(), "a second pusher did not wait for the lease"
                elif action[0] == "slow_pull" and slow is None:
                    slow = PullHold(action[1])
                    pulling = asyncio.ensure_future(
                        self._slow_pull(slow, self.cli if action[2] else self.gui))
                    await _first(slow.entered.wait(), pulling)
                elif action[0] == "resolve":  # a conflict or failure of an earlier push
                    self._resolve_one(action[1], action[2])
                elif action[0] == "pull" and slow is None:  # (it would wait for the slow one)
                    await self.gui.pull()
            hold.release.set()
            await push
            if slow is not None and pulling is not None:
                slow.release.set()
                await pulling
            await asyncio.gather(*waiting)

        self._run(work())

    @rule(first=st.tuples(pids, user_edits), after=st.booleans(),
          retyped=st.none() | st.integers(0, 2))
    def push_cancelled_mid_write(
        self, first: tuple[str, tuple[str, Any]], after: bool, retyped: int | None
    ) -> None:
        """The user quits the app while a write is on the wire (maybe typing the field
        again first)."""
        pid, (name, value) = first

        async def work() -> None:
            self._edit(self.gui, pid, name, value)
            hold = self.wires[OWNER[name]].hold = Hold(after)
            push = asyncio.ensure_future(self.gui.push())
            if not await self._held(hold, push):
                return
            if retyped is not None and hold.pid is not None:
                field_ = sorted(hold.fields & set(OWNER))[0]
                values = USER_VALUES[field_]
                self._edit(self.gui, hold.pid, field_, values[retyped % len(values)])
            push.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await push

        self._run(work())

    @rule(first=st.tuples(pids, user_edits), after=st.booleans())
    def cli_killed_mid_write_and_gui_takes_over(
        self, first: tuple[str, tuple[str, Any]], after: bool
    ) -> None:
        """kill -9 of a `desktop-app push` while a write is on the wire: its rows stay
        claimed and its lease is never released; the GUI's push waits until it expires."""
        pid, (name, value) = first

        async def work() -> None:
            dead = self.cli
            self._edit(dead, pid, name, value)
            assert dead._lease.acquire() is None, "no push runs between steps"
            shop = dead.shop
            assert shop is not None
            pusher = FastPusher(dead._store, shop.medusa, shop.payload)
            hold = self.wires[OWNER[name]].hold = Hold(after)
            run = asyncio.ensure_future(pusher.run())
            await self._held(hold, run)
            # Cancelling runs the pusher's finally blocks (a run record, list rows) but no
            # settle and no lease release: as far as the outbox goes, a kill.
            run.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run
            dead.close_now()
            await shop.aclose()
            self.cli = self._catalog()  # started again later
            push = asyncio.ensure_future(self.gui.push())
            await _turns(5)
            assert not push.done(), "the GUI pushed while a live lease was held"
            self.now += LEASE_TTL + 1
            await push

        self._run(work())

    def _unwritten(self, hold: Hold, server: str) -> set[str]:
        """The held product's fields this unit is still to write (the held request's, until
        it lands; the rest of the claimed rows, a variants batch after the product update)."""
        claimed = {e.field for e in self.gui.outbox(("sending",))
                   if e.product_id == hold.pid and e.server == server}
        return claimed - hold.fields if hold.landed else claimed | hold.fields

    async def _slow_pull(self, hold: PullHold, catalog: OfflineCatalog) -> None:
        SLOW_PULL.set(hold)  # this task's reads of hold.server wait (Wire.handle)
        await catalog.pull(full=True)

    async def _held(self, hold: Hold, task: asyncio.Future[Any]) -> bool:
        """Wait until the write is held; False (hold removed) when the task ended first."""
        entered = asyncio.ensure_future(hold.entered.wait())
        await asyncio.wait([entered, task], return_when=asyncio.FIRST_COMPLETED)
        if hold.entered.is_set():
            return True
        entered.cancel()
        for wire in self.wires.values():
            if wire.hold is hold:
                wire.hold = None
        await task
        return False

    # ------------------------------------------------------------- invariants
    @invariant()
    def nothing_is_lost(self) -> None:
        self.clean = False
        self._observe_conflicts()
        self._check_fields()
        self.clean = True

    def _check_fields(self) -> None:
        assert not self.violations, "\n".join(self.violations)
        rows = self.gui.outbox()
        for (pid, name), m in self.model.items():
            active = [e for e in rows if e.product_id == pid and e.field == name]
            assert len(active) <= 1, f"{pid}.{name}: several active rows {active}"
            if m.intent is NO_INTENT:
                assert not active, f"{pid}.{name}: an edit the user gave up is active {active}"
                continue
            if active:
                # Invariant 1 while pending: the user sees (and will send) their last value.
                assert same(name, active[0].mine, m.intent), (pid, name, active, m.intent)
                shown = self.gui.product(pid).value(name)
                assert same(name, shown, m.intent), f"{pid}.{name}: shows {shown!r}, not " \
                    f"the last edit {m.intent!r}"
                continue
            # Invariant 1 once finished: the server held the last value, and only others
            # changed it since.
            server = self.server_value(pid, name)
            assert m.held, f"{pid}.{name}: finished, but the server never held {m.intent!r} " \
                f"(it holds {server!r}; changes {m.changes})"
            assert same(name, server, m.intent) or m.last.who == "others", (
                f"{pid}.{name}: the server holds {server!r}, an older value, not the last "
                f"edit {m.intent!r} (changes {m.changes})")
            if m.last.who != "others":  # the push stored what it wrote or found
                stored = self.gui.product(pid).server_value(name)
                assert same(name, stored, server), (
                    f"{pid}.{name}: the store shows {stored!r} as the server's, not the "
                    f"{server!r} the app wrote there (changes {m.changes})")

    # ---------------------------------------------------------------- the end
    def teardown(self) -> None:
        try:
            if self.clean:
                self._run(self._finish())
                self._check_fields()
                self._check_others_kept()
        finally:
            OutboxMachine.active = None
            self.runner.run(self._close())
            self.runner.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    async def _finish(self) -> None:
        """All faults off; push; keep mine on every conflict, fix every refused value;
        push again until nothing is left."""
        for wire in self.wires.values():
            wire.faults = {"read": [], "write": []}
            wire.hold = None
        self.payload.locked.clear()
        for _ in range(4):
            await self.gui.push()
            self._observe_conflicts()
            left = self.gui.outbox()
            if not left:
                return
            for entry in left:
                if entry.state == "conflict":
                    self._resolve(entry, "keep_mine")
                elif entry.state == "failed":
                    if entry.mine in VALID[entry.field]:
                        self._resolve(entry, "keep_mine")
                    else:
                        self._resolve(entry, "fix", VALID[entry.field][0])
        assert self.gui.outbox() == [], f"left after the final pushes: {self.gui.outbox()}"

    def _check_others_kept(self) -> None:
        """Invariant 3, as the final state: others' last change of a field survives, unless
        it was replaced knowingly (the user was shown it: a conflict, then kept mine) or
        it is one of the pending edit's own values (see the module docstring)."""
        for (pid, name), m in self.model.items():
            others = [c for c in m.changes if c.who == "others"]
            if not others:
                continue
            final = self.server_value(pid, name)
            if same(name, final, others[-1].value):
                continue
            assert m.replaced_since(others[-1].value, others[-1].step), (
                f"{pid}.{name}: others' {others[-1].value!r} is gone (final {final!r}) and "
                f"the user never saw it; changes {m.changes}")

    async def _close(self) -> None:
        for catalog in (self.gui, self.cli):
            if not catalog.closed:
                await catalog.aclose()


async def _first(*work: Any) -> None:
    """Wait until one of ``work`` is done; the others go on (a wait is cancelled)."""
    futures = [asyncio.ensure_future(w) for w in work]
    await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    for future in futures:
        if not future.done() and not isinstance(work[futures.index(future)], asyncio.Future):
            future.cancel()


async def _turns(n: int) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


def _spying_settle(original: Any) -> Any:
    def settle(self: Outbox, entry: OutboxEntry, state: str, **kw: Any) -> bool:
        current = original(self, entry, state, **kw)
        machine = OutboxMachine.active
        row = self.get(entry.seq)
        if current and machine is not None and row is not None:
            if row.state == "done" and row.outcome in ("sent", "already"):
                machine.settled_done(row)
            elif row.state == "conflict":
                machine.settled_conflict(row)
        return bool(current)

    return settle


@contextlib.contextmanager
def _fast_and_watched(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # A push's retry passes and lease polls without their real waits (steps stay fast),
    # and every settle reported to the machine (invariant 2 at the moment it happens).
    monkeypatch.setattr(offline, "Pusher", FastPusher)
    monkeypatch.setattr(offline, "LEASE_POLL", 0)
    monkeypatch.setattr(Outbox, "settle", _spying_settle(Outbox.settle))
    yield


SETTINGS = settings(
    max_examples=EXAMPLES,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.timeout(900)  # hundreds of examples (see EXAMPLES), not one request
def test_no_edit_is_ever_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    with _fast_and_watched(monkeypatch):
        try:
            run_state_machine_as_test(OutboxMachine, settings=SETTINGS)
        finally:
            gc.collect()  # automatic collection is off in this suite (conftest)


# ------------------------------------------- regressions found by the machine above
# A request of ours can land without the push knowing (its answer lost, the push
# cancelled): ``inflight`` remembers the value so the next re-read does not take it for
# somebody else's change. A settle that did not end the row (locked, queued after a lost
# request) used to forget it, and the next push then showed the user a conflict with
# their own earlier value.

PID = PIDS[0]


class _LostAnswerThen503:
    """Payload: the first PATCH is applied but its answer is lost; then every request
    answers 503 until ``healed``."""

    def __init__(self, fake: FakePayload) -> None:
        self.fake = fake
        self.landed = False
        self.healed = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.healed:
            return self.fake.handle(request)
        if request.method == "PATCH" and not self.landed:
            self.landed = True
            self.fake.handle(request)
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if self.landed:
            return httpx.Response(503, json={"message": "Service Unavailable"})
        return self.fake.handle(request)

    def client(self) -> PayloadClient:
        return PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                             transport=httpx.MockTransport(self.handle))


async def _pulled_store() -> tuple[CatalogStore, FakeMedusa, FakePayload]:
    medusa, payload = fake_pair(1)
    store = CatalogStore.open(":memory:")
    await pull(store, medusa.client(), payload.client())
    return store, medusa, payload


async def test_a_write_that_landed_unanswered_and_then_was_deferred_is_not_a_conflict() -> None:
    store, medusa, payload = await _pulled_store()
    store.outbox.record(PID, {"title": "T1"}, {"title": "Payload title 1"})
    faulty = _LostAnswerThen503(payload)
    # T1 lands, its answer is lost, and every retry pass of this push fails: deferred.
    report = await FastPusher(store, medusa.client(), faulty.client()).run()
    assert report.deferred == 1 and payload.by_medusa(PID)["title"] == "T1"
    store.outbox.record(PID, {"title": "T2"}, {"title": "Payload title 1"})  # typed again
    faulty.healed = True
    report = await FastPusher(store, medusa.client(), faulty.client()).run()
    assert (report.sent, report.conflicts) == (1, 0)
    assert payload.by_medusa(PID)["title"] == "T2" and store.outbox.entries() == []
    store.close()


async def test_a_write_that_landed_before_a_crash_is_not_a_conflict_after_a_423() -> None:
    store, medusa, payload = await _pulled_store()
    store.outbox.record(PID, {"title": "T1"}, {"title": "Payload title 1"})
    store.outbox.claim(PID, PAYLOAD, "push-gone")  # a push sends T1 …
    payload.by_medusa(PID)["title"] = "T1"  # … which lands; the app is closed before the answer
    store.outbox.record(PID, {"title": "T2"}, {"title": "Payload title 1"})  # typed in flight
    payload.locked.add(payload.by_medusa(PID)["id"])  # someone opens it in Payload admin
    report = await FastPusher(store, medusa.client(), payload.client()).run()
    assert report.locked == 1
    payload.locked.clear()
    report = await FastPusher(store, medusa.client(), payload.client()).run()
    assert (report.sent, report.conflicts) == (1, 0)
    assert payload.by_medusa(PID)["title"] == "T2" and store.outbox.entries() == []
    store.close()
