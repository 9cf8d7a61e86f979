"""History of sync runs (start, end, counts before and after, outcome).

``RunHistory`` is the interface the watch/CLI code writes to. ``StoreRunHistory``
keeps the runs in the profile's catalog database (the store's ``runs`` table,
kind ``payload-sync``); that table has no columns for before/after counts, so
they travel as JSON in its ``message`` column. ``JsonlRunHistory`` is a
stand-alone fallback (one JSON object per line) for callers without a store.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop_app.admin.watch import CANCELLED_TEXT, WatchResult

RUN_KIND = "payload-sync"


@dataclass
class SyncRun:
    collection: str
    started_at: str  # ISO-8601 UTC
    finished_at: str | None = None
    outcome: str = "running"
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    message: str = ""
    missing_ids: list[str] = field(default_factory=list)

    @classmethod
    def from_result(cls, result: WatchResult, *, keep_ids: int = 200) -> SyncRun:
        return cls(
            collection=result.collection,
            started_at=result.started_at.isoformat(),
            finished_at=result.finished_at.isoformat(),
            outcome=result.outcome.value,
            before=result.before.as_counts() if result.before else {},
            after=result.after.as_counts() if result.after else {},
            message=result.summary(),
            # Enough to act on; the full list is in the verification report.
            missing_ids=result.missing_ids[:keep_ids],
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncRun:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class RunHistory(Protocol):
    def begin(self, collection: str, started_at: datetime) -> Any:
        """Record that a run started; returns a handle for ``finish``."""

    def finish(self, handle: Any, run: SyncRun) -> None: ...

    def recent(self, limit: int = 20) -> list[SyncRun]:
        """Newest first."""


class StoreRunHistory:
    """Runs in the profile's store, written through its catalog (the store's one writer).

    ``catalog`` has ``record_run/end_run/runs``; ``owned``: close it with this history.
    """

    def __init__(self, catalog: Any, *, owned: bool = True) -> None:
        self.catalog = catalog
        self.owned = owned

    def close(self) -> None:
        if self.owned:
            self.catalog.close_now()

    def begin(self, collection: str, started_at: datetime) -> int:
        return int(self.catalog.record_run(RUN_KIND, "payload"))

    def finish(self, handle: int, run: SyncRun) -> None:
        created = max(0, run.after.get("payload", 0) - run.before.get("payload", 0))
        self.catalog.end_run(
            handle,
            ok=run.outcome == "agreed",
            changed=created,
            message=json.dumps(run.to_dict(), ensure_ascii=False),
        )

    def recent(self, limit: int = 20) -> list[SyncRun]:
        runs: list[SyncRun] = []
        # The store mixes pull/push runs with ours; over-fetch, then filter.
        for row in self.catalog.runs(limit * 5):
            if row.get("kind") != RUN_KIND:
                continue
            try:
                data = json.loads(row.get("message") or "")
            except ValueError:
                data = {"collection": "products", "message": row.get("message") or ""}
            data.setdefault("started_at", row.get("started_at"))
            data.setdefault("finished_at", row.get("finished_at"))
            if row.get("finished_at") is None:
                data["outcome"] = "running"  # or the app died while watching
            runs.append(SyncRun.from_dict(data))
            if len(runs) >= limit:
                break
        return runs


class JsonlRunHistory:
    """Append-only JSON lines; a "started" line, then the finished run, per run id."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def _append(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")

    def begin(self, collection: str, started_at: datetime) -> str:
        handle = f"{started_at.isoformat()}/{collection}"
        self._append({"run": handle, **SyncRun(collection, started_at.isoformat()).to_dict()})
        return handle

    def finish(self, handle: str, run: SyncRun) -> None:
        self._append({"run": handle, **run.to_dict()})

    def recent(self, limit: int = 20) -> list[SyncRun]:
        if not self.path.exists():
            return []
        latest: dict[str, dict[str, Any]] = {}
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                data = json.loads(line)
            except ValueError:
                continue  # a torn last line after a crash
            latest[data.get("run", "")] = data  # later lines win
        # dicts keep first-insertion order: the order the runs began in.
        runs = [SyncRun.from_dict(d) for d in latest.values()]
        return runs[::-1][:limit]


async def recorded(
    history: RunHistory, collection: str, run: Callable[[], Awaitable[WatchResult]]
) -> WatchResult:
    """Await ``run()`` with a history entry around it, also when it is cancelled."""
    started = datetime.now(UTC)
    handle = history.begin(collection, started)
    try:
        result = await run()
    except asyncio.CancelledError:
        history.finish(
            handle,
            SyncRun(
                collection,
                started.isoformat(),
                datetime.now(UTC).isoformat(),
                "cancelled",
                message=CANCELLED_TEXT,
            ),
        )
        raise
    history.finish(handle, SyncRun.from_result(result))
    return result
