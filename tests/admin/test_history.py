"""Run history: the store's runs table (via CatalogStore) and the JSON-lines fallback."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.admin.history import JsonlRunHistory, StoreRunHistory, SyncRun
from desktop_app.admin.watch import Agreement, Outcome, WatchResult
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore


def a_result(outcome: Outcome = Outcome.STALLED) -> WatchResult:
    t = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    return WatchResult(
        "products", outcome, t, t.replace(minute=3), "Syncing products with Payload",
        before=Agreement(100, 90, frozenset({f"prod_{i}" for i in range(8)}),
                         frozenset({"prod_x", "prod_y"})),
        after=Agreement(100, 97, frozenset({"prod_1", "prod_2"}), frozenset()),
    )


def test_sync_run_from_result_keeps_counts_before_and_after() -> None:
    run = SyncRun.from_result(a_result())
    assert run.before == {"medusa": 100, "payload": 90, "missing": 8, "unlinked": 2,
                          "in_agreement": 90}
    assert run.after["missing"] == 2 and run.after["in_agreement"] == 98
    assert run.outcome == "stalled" and run.missing_ids == ["prod_1", "prod_2"]
    assert "2 products still missing" in run.message


@pytest.fixture(params=["store", "jsonl"])
def history(request, tmp_path):
    if request.param == "store":
        catalog = OfflineCatalog(CatalogStore.open(":memory:"))
        yield StoreRunHistory(catalog)
        catalog.close_now()
    else:
        yield JsonlRunHistory(tmp_path / "runs.jsonl")


def test_begin_then_finish_newest_first(history) -> None:
    first = history.begin("products", datetime(2026, 11, 27, 11, tzinfo=UTC))
    history.finish(first, SyncRun.from_result(a_result(Outcome.AGREED)))
    second = history.begin("products", datetime(2026, 11, 27, 12, tzinfo=UTC))
    runs = history.recent()
    assert [r.outcome for r in runs] == ["running", "agreed"]
    history.finish(second, SyncRun.from_result(a_result()))
    runs = history.recent()
    assert [r.outcome for r in runs] == ["stalled", "agreed"]
    assert runs[0].before["missing"] == 8 and runs[0].after["payload"] == 97
    assert len(history.recent(limit=1)) == 1


def test_store_history_ignores_pull_runs_and_counts_created_docs() -> None:
    store = CatalogStore.open(":memory:")
    try:
        pull = store.start_run("pull", "medusa")
        store.finish_run(pull, ok=True, changed=5, message="pulled")
        history = StoreRunHistory(OfflineCatalog(store), owned=False)
        handle = history.begin("products", datetime.now(UTC))
        history.finish(handle, SyncRun.from_result(a_result()))
        (run,) = history.recent()
        assert run.outcome == "stalled"
        row = next(r for r in store.runs() if r["kind"] == "payload-sync")
        assert row["changed"] == 7 and row["ok"] == 0  # 90 → 97 docs
    finally:
        store.close()


def test_jsonl_survives_a_torn_last_line(tmp_path) -> None:
    history = JsonlRunHistory(tmp_path / "runs.jsonl")
    handle = history.begin("products", datetime.now(UTC))
    history.finish(handle, SyncRun.from_result(a_result(Outcome.AGREED)))
    with (tmp_path / "runs.jsonl").open("a") as fh:
        fh.write('{"run": "half')
    assert [r.outcome for r in history.recent()] == ["agreed"]
