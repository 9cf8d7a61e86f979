"""One profile's sync administration: trigger, watch, verify, repair, history, doctor.

The Sync and Doctor panels and the ``desktop-app sync``/``doctor`` commands all
go through ``AdminService``. Each operation opens the profile's clients for its
own duration and always closes them, so cancelling the task that awaits it
leaves nothing open. Progress is reported through plain callbacks (no Qt).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.admin.doctor import DoctorReport, run_doctor
from desktop_app.admin.export import report_to_csv, report_to_dict
from desktop_app.admin.history import (
    JsonlRunHistory,
    RunHistory,
    StoreRunHistory,
    SyncRun,
    recorded,
)
from desktop_app.admin.repairs import (
    Action,
    RepairOutcome,
    RepairPlan,
    apply_repairs,
    plan_repairs,
)
from desktop_app.admin.verify import SUPPORTED_COLLECTIONS, Kind, VerifyReport, verify
from desktop_app.admin.watch import ProgressCallback, WatchOptions, WatchResult, trigger_and_watch
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.config import Profile
from desktop_app.config.paths import data_dir
from desktop_app.i18n import translate
from desktop_app.services.shop import SecretLookup, open_shop
from desktop_app.services.transports import Transports

if TYPE_CHECKING:
    from desktop_app.services.app_services import AppServices

log = logging.getLogger(__name__)

# Findings the app may repair itself, by writing metadata.payload_id in Medusa.
PAYLOAD_ID_KINDS = frozenset({Kind.MISSING_PAYLOAD_ID, Kind.STALE_PAYLOAD_ID})


class ShopUnavailable(Exception):
    """A client cannot be built (a secret is missing or malformed); ``problems`` says why."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{server}: {text}" for server, text in problems.items()))


class HistoryUnavailable(Exception):
    """The run history could not be read (the store is locked, damaged or unreadable)."""


@dataclass(frozen=True)
class Clients:
    medusa: MedusaClient
    payload: PayloadClient


def open_history(profile: Profile) -> RunHistory:
    """The store's run table; a JSON-lines file if the store cannot be opened."""
    try:
        from desktop_app.services.offline import OfflineCatalog

        return StoreRunHistory(OfflineCatalog.open(profile))
    except Exception as exc:  # history must never stop a sync
        log.warning("run history falls back to a file (%s)", exc)
        return JsonlRunHistory(data_dir() / "profiles" / profile.name / "sync-runs.jsonl")


def _close(history: RunHistory) -> None:
    getattr(history, "close", lambda: None)()


def check_collection(collection: str) -> None:
    if collection not in SUPPORTED_COLLECTIONS:
        raise ValueError(
            f"Only {', '.join(SUPPORTED_COLLECTIONS)} can be synced and verified; "
            f"the integration has no '{collection}' sync."
        )


def payload_id_plan(report: VerifyReport, medusa_ids: Collection[str] | None = None) -> RepairPlan:
    """The metadata.payload_id repairs of ``report``, limited to ``medusa_ids`` if given."""
    plan = plan_repairs(report)
    chosen = [r for r in plan.metadata if medusa_ids is None or r.medusa_id in medusa_ids]
    return RepairPlan(metadata=chosen)


def orphan_list(report: VerifyReport) -> list[str]:
    """One line per Payload doc an admin should delete by hand (orphans and duplicates)."""
    return [
        r.describe() for r in plan_repairs(report).for_admin if r.action is Action.DELETE_IN_PAYLOAD
    ]


EXPORT_FORMATS = ("csv", "json")


def export_report(report: VerifyReport, path: Path | str, fmt: str) -> Path:
    """Write the report as CSV or JSON; a failed write leaves an existing file intact."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; use CSV or JSON.")
    target = Path(path)
    if fmt == "csv":
        # utf-8-sig: spreadsheet programs then read non-ASCII titles correctly.
        text, encoding = report_to_csv(report), "utf-8-sig"
    else:
        text, encoding = json.dumps(report_to_dict(report), indent=2, ensure_ascii=False), "utf-8"
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(text, encoding=encoding, newline="")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


class AdminService:
    """Everything the sync and doctor tools do for one profile."""

    def __init__(
        self,
        profile: Profile,
        secrets: SecretLookup,
        transports: Transports = Transports(),
        *,
        history: Callable[[Profile], RunHistory] = open_history,
    ) -> None:
        self.profile = profile
        self.secrets = secrets
        self.transports = transports
        self._open_history = history

    @classmethod
    def for_profile(cls, services: AppServices, profile: Profile) -> AdminService:
        """What the GUI's composition root hands the panels: runs go to the shop's catalog."""

        def history(p: Profile) -> RunHistory:
            # The window's own catalog when its shop is open; never a second one beside it.
            catalog = services.catalogs.get(p.name)
            return open_history(p) if catalog is None else StoreRunHistory(catalog, owned=False)

        return cls(profile, services.profiles.secrets, services.transports, history=history)

    @asynccontextmanager
    async def clients(self) -> AsyncIterator[Clients]:
        """Both clients for one operation; ``ShopUnavailable`` if either cannot be built."""
        async with open_shop(self.profile, self.secrets, self.transports) as shop:
            if shop.medusa is None or shop.payload is None:
                raise ShopUnavailable(shop.problems)
            yield Clients(shop.medusa, shop.payload)

    # ------------------------------------------------------------------ sync
    async def trigger(self, collection: str = "products") -> str:
        """Press the sync route only; returns Medusa's message (which proves nothing)."""
        async with self.clients() as c:
            return await c.medusa.trigger_sync(collection)

    async def watch(
        self,
        collection: str = "products",
        *,
        options: WatchOptions | None = None,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> WatchResult:
        """Trigger, watch until agreement or a stall, verify; recorded in the run history.

        Server errors end the run as ``Outcome.FAILED`` (in the result, not raised);
        cancelling the awaiting task records a cancelled run and re-raises.
        """
        check_collection(collection)
        options = options or WatchOptions()
        extra: dict[str, Any] = {}
        if clock is not None:
            extra["clock"] = clock
        if sleep is not None:
            extra["sleep"] = sleep

        async with self.clients() as c:
            history = self._open_history(self.profile)
            try:
                return await recorded(
                    history,
                    collection,
                    lambda: trigger_and_watch(
                        c.medusa,
                        c.payload,
                        collection,
                        options=options,
                        on_progress=on_progress,
                        **extra,
                    ),
                )
            finally:
                _close(history)

    async def verify(self, collection: str = "products") -> VerifyReport:
        check_collection(collection)
        async with self.clients() as c:
            return await verify(c.medusa, c.payload, collection)

    # --------------------------------------------------------------- repairs
    async def repair(self, plan: RepairPlan, *, trigger: bool = True) -> RepairOutcome:
        """Apply the Medusa-side repairs of ``plan`` (never touches Payload docs)."""
        async with self.clients() as c:
            return await apply_repairs(c.medusa, plan, trigger=trigger)

    async def fix_payload_ids(
        self, report: VerifyReport, medusa_ids: Collection[str] | None = None
    ) -> RepairOutcome:
        """Correct metadata.payload_id for ``medusa_ids`` (all of them if None).

        A cleared id (its doc is gone) only helps once the sync recreates the doc,
        so the sync route is pressed then.
        """
        return await self.repair(payload_id_plan(report, medusa_ids))

    # --------------------------------------------------------------- history
    def history(self, limit: int = 20) -> list[SyncRun]:
        """Recent sync runs of this profile, newest first."""
        history = self._open_history(self.profile)
        try:
            return history.recent(limit)
        except Exception as exc:  # sqlite3 or file errors: the caller just says so
            raise HistoryUnavailable(
                translate("SyncReport", "The sync history could not be read: {error}").format(
                    error=exc
                )
            ) from exc
        finally:
            _close(history)

    # ---------------------------------------------------------------- doctor
    async def doctor(self) -> DoctorReport:
        """The non-destructive deployment checks (never raises for a server problem)."""
        return await run_doctor(self.profile, self.secrets, self.transports)
