"""Trigger Medusa's fire-and-forget sync route and watch both sides until they agree.

The route answers 200 before anything happened and reports nothing afterwards
(integration-behaviour.md §5), so progress is measured from the outside: each
poll lists Medusa's product ids (with ``metadata.payload_id``) and Payload's
``medusa_id``s. The run ends when every product has exactly its doc and the
right ``payload_id``, or when nothing changed for ``stall_after`` seconds (the
official sync silently skips pages), naming the products still missing.
Cancel it by cancelling the task that awaits it.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop_app.admin.snapshot import MedusaRow, PayloadRow, fetch_medusa, fetch_payload
from desktop_app.admin.verify import SUPPORTED_COLLECTIONS, VerifyReport, verify
from desktop_app.api.errors import ApiError
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number
from desktop_app.text import plural

CANCELLED_TEXT = QT_TRANSLATE_NOOP(
    "SyncReport", "Watching was cancelled (the sync may still be running in Medusa)."
)


@dataclass(frozen=True)
class Agreement:
    """The cheap comparison a poll makes (ids only, no content or structure)."""

    medusa_count: int
    payload_count: int
    missing: frozenset[str]  # Medusa products without a Payload doc
    unlinked: frozenset[str]  # a doc exists but metadata.payload_id is absent or wrong

    @property
    def done(self) -> int:
        return self.medusa_count - len(self.missing) - len(self.unlinked)

    @property
    def agreed(self) -> bool:
        return not self.missing and not self.unlinked

    def as_counts(self) -> dict[str, int]:
        return {
            "medusa": self.medusa_count,
            "payload": self.payload_count,
            "missing": len(self.missing),
            "unlinked": len(self.unlinked),
            "in_agreement": self.done,
        }


def compare_ids(medusa: Iterable[MedusaRow], payload: Iterable[PayloadRow]) -> Agreement:
    docs: dict[str, list[str]] = defaultdict(list)
    payload_count = 0
    for doc in payload:
        payload_count += 1
        if doc.medusa_id:
            docs[doc.medusa_id].append(doc.id)
    missing: set[str] = set()
    unlinked: set[str] = set()
    medusa_count = 0
    for product in medusa:
        medusa_count += 1
        doc_ids = docs.get(product.id)
        if not doc_ids:
            missing.add(product.id)
        elif product.payload_id not in doc_ids:  # strings on both sides
            unlinked.add(product.id)
    return Agreement(medusa_count, payload_count, frozenset(missing), frozenset(unlinked))


async def poll_agreement(
    medusa: MedusaClient, payload: PayloadClient, collection: str = "products"
) -> Agreement:
    medusa_rows, payload_rows = await asyncio.gather(
        fetch_medusa(medusa, full=False), fetch_payload(payload, full=False, collection=collection)
    )
    return compare_ids(medusa_rows, payload_rows)


class Outcome(enum.StrEnum):
    AGREED = "agreed"
    STALLED = "stalled"
    TIMED_OUT = "timed_out"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class WatchOptions:
    poll_interval: float = 2.0
    # The official sync fetches and creates page by page; a minute without any
    # change means it finished (or died) leaving the rest undone.
    stall_after: float = 60.0
    timeout: float | None = None  # overall limit; None waits until agreed or stalled
    rate_window: float = 30.0  # seconds of history behind the rate and the ETA
    final_report: bool = True  # run the full verification at the end


@dataclass(frozen=True)
class Progress:
    elapsed: float
    done: int
    total: int
    payload_count: int
    missing: int
    unlinked: int
    rate: float | None  # products per second over the rate window; None while stalled
    eta: float | None  # seconds, None while the rate is unknown or zero
    idle_for: float  # seconds since the last change

    def line(self) -> str:
        pct = 100.0 * self.done / self.total if self.total else 100.0
        text = (
            plural(
                self.total,
                "{done}/{n} product in agreement",
                "{done}/{n} products in agreement",
                done=self.done,
            )
            + f" ({pct:.0f}%), "
            + plural(self.payload_count, "{n} Payload doc", "{n} Payload docs")
            + f", {self.missing} missing, {self.unlinked} with a wrong payload_id"
        )
        if self.rate:
            text += f", {self.rate:.1f}/s"
        if self.eta is not None:
            text += f", ETA {self.eta:.0f} s"
        if self.idle_for >= 5:
            text += f", no change for {self.idle_for:.0f} s"
        return text


@dataclass
class WatchResult:
    collection: str
    outcome: Outcome
    started_at: datetime
    finished_at: datetime
    trigger_message: str = ""
    before: Agreement | None = None
    after: Agreement | None = None
    report: VerifyReport | None = None
    error: str | None = None
    progress: list[Progress] = field(default_factory=list)

    @property
    def missing_ids(self) -> list[str]:
        return sorted(self.after.missing) if self.after else []

    @property
    def unlinked_ids(self) -> list[str]:
        return sorted(self.after.unlinked) if self.after else []

    def summary(self) -> str:
        after = self.after
        return outcome_summary(
            self.outcome,
            after.medusa_count if after else 0,
            len(after.missing) if after else 0,
            len(after.unlinked) if after else 0,
            self.error,
        )


def outcome_summary(
    outcome: Outcome, medusa: int, missing: int, unlinked: int, error: str | None = None
) -> str:
    """How a watch ended, from its final counts (the run history renders its runs with it)."""
    if outcome is Outcome.AGREED:
        return translate(
            "SyncReport",
            "Sync finished: the %Ln product agrees.|Sync finished: all %Ln products agree.",
            None,
            medusa,
        )
    if outcome is Outcome.FAILED:
        return translate("SyncReport", "Sync failed: {error}").format(error=error)
    if outcome is Outcome.CANCELLED:
        return translate("SyncReport", CANCELLED_TEXT)
    if outcome is Outcome.STALLED:
        text = translate(
            "SyncReport",
            "Sync stalled: %Ln product(s) still missing in Payload, "
            "{unlinked} with a wrong payload_id.",
            None,
            missing,
        )
    else:
        text = translate(
            "SyncReport",
            "Sync did not finish in time: %Ln product(s) still "
            "missing in Payload, {unlinked} with a wrong payload_id.",
            None,
            missing,
        )
    return text.format(unlinked=format_number(unlinked))


ProgressCallback = Callable[[Progress], Any]


class _Rate:
    def __init__(self, window: float) -> None:
        self.window = window
        self.samples: deque[tuple[float, int]] = deque()

    def add(self, t: float, done: int) -> float | None:
        self.samples.append((t, done))
        while len(self.samples) > 2 and t - self.samples[1][0] >= self.window:
            self.samples.popleft()
        t0, d0 = self.samples[0]
        if t - t0 <= 0:
            return None
        return max(0.0, (done - d0) / (t - t0))


async def trigger_and_watch(
    medusa: MedusaClient,
    payload: PayloadClient,
    collection: str = "products",
    *,
    options: WatchOptions = WatchOptions(),
    on_progress: ProgressCallback | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
) -> WatchResult:
    """POST the sync route, then poll until agreement, a stall or the timeout.

    Errors of the trigger or of a poll end the run with ``Outcome.FAILED``;
    ``asyncio.CancelledError`` propagates (the caller records the cancellation).
    """
    if collection not in SUPPORTED_COLLECTIONS:
        raise ValueError(f"Only {', '.join(SUPPORTED_COLLECTIONS)} syncs can be watched.")
    started_at = datetime.now(UTC)
    result = WatchResult(collection, Outcome.FAILED, started_at, started_at)
    try:
        result.before = await poll_agreement(medusa, payload, collection)
        result.trigger_message = await medusa.trigger_sync(collection)
        start = clock()
        last_change = start
        rate = _Rate(options.rate_window)
        current = result.before
        rate.add(start, current.done)
        while True:
            await sleep(options.poll_interval)
            latest = await poll_agreement(medusa, payload, collection)
            now = clock()
            if (latest.missing, latest.unlinked, latest.payload_count, latest.medusa_count) != (
                current.missing,
                current.unlinked,
                current.payload_count,
                current.medusa_count,
            ):
                last_change = now
            current = latest
            per_second = rate.add(now, current.done)
            remaining = current.medusa_count - current.done
            idle_for = now - last_change
            if idle_for >= 3 * options.poll_interval:
                per_second = None  # an average over a stall would promise a false ETA
            progress = Progress(
                elapsed=now - start,
                done=current.done,
                total=current.medusa_count,
                payload_count=current.payload_count,
                missing=len(current.missing),
                unlinked=len(current.unlinked),
                rate=per_second,
                eta=remaining / per_second if per_second else (0.0 if not remaining else None),
                idle_for=idle_for,
            )
            result.progress.append(progress)
            if on_progress is not None:
                on_progress(progress)
            if current.agreed:
                result.outcome = Outcome.AGREED
                break
            if now - last_change >= options.stall_after:
                result.outcome = Outcome.STALLED
                break
            if options.timeout is not None and now - start >= options.timeout:
                result.outcome = Outcome.TIMED_OUT
                break
        result.after = current
        if options.final_report:
            result.report = await verify(medusa, payload, collection)
    except ApiError as exc:
        result.outcome = Outcome.FAILED
        result.error = str(exc)  # "Medusa: …" names the server
    result.finished_at = datetime.now(UTC)
    return result
