"""``desktop-app sync`` and ``doctor`` against the real stack, with planted faults.

The legacy switch reproduces the official sync's paging defects: ``trigger --wait``
must end with a report naming exactly the products it skipped; with the fixed
module it must end with zero drift. The doctor must find each planted fault.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from desktop_app.cli.main import main
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import Secret, SecretKind, open_secret_store
from desktop_app.services.transports import Transports
from tests.stack import sync_support as sync
from tests.support.stack import StackHttp, StackInfo, ensure_stack, unique, wait_for

# Creating and mirroring 1,500 products takes minutes on two cores.
pytestmark = [pytest.mark.e2e, pytest.mark.timeout(2400)]

BULK = 1500  # > 1,000: the official loop's page size, so there is a second page
LEGACY_PAGE = 1000


def legacy_reach(sorted_ids: list[str], unsynced: set[str]) -> set[str]:
    """The products the official loop creates docs for (integration-behaviour.md §5).

    Worked out here, independently of the app, from the loop's published logic:
    pages of 1,000 by id, only products without payload_id, stop at the first page
    without any, and the ``count > offset + limit`` condition skips the last page.
    """
    reached: set[str] = set()
    offset = 0
    while True:
        page = sorted_ids[offset : offset + LEGACY_PAGE]
        offset += LEGACY_PAGE
        todo = [pid for pid in page if pid in unsynced]
        if not todo:
            break
        reached.update(todo)
        if not len(sorted_ids) > offset + LEGACY_PAGE:
            break
    return reached


def use_profile(info: StackInfo, *, name: str = "admin-e2e", payload_key: str | None = None,
                medusa_url: str | None = None) -> Profile:
    profile = Profile(name=name, medusa_url=medusa_url or info.medusa_url,
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url=info.payload_url)
    ProfileStore().add(profile, activate=True)
    secrets = open_secret_store()  # the root conftest's in-memory keyring
    secrets.set(name, SecretKind.MEDUSA_SECRET_KEY, Secret(info.medusa_secret_key))
    secrets.set(name, SecretKind.PAYLOAD_API_KEY, Secret(payload_key or info.editor_key))
    return profile


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.fixture(scope="module")
def bulk_ids(stack_http: StackHttp) -> Iterator[list[str]]:
    ids = sync.create_bulk(stack_http, unique("adm"), BULK)
    wait_for(lambda: not sync.audit(stack_http).missing, 1200, interval=3,
             what="Payload docs for the bulk products")
    yield ids
    delete_gently(stack_http, ids)


def delete_gently(http: StackHttp, ids: list[str], batch: int = 20) -> None:
    """Delete in small batches, waiting for Payload to follow.

    Hundreds of concurrent product.deleted events exhausted Payload's connection
    pool (transactions left "idle in transaction", every request hanging), which
    would break the tests that run after this module.
    """
    for start in range(0, len(ids), batch):
        part = ids[start : start + batch]
        sync.delete_bulk(http, part, batch=batch)
        for _ in range(60):
            resp = http.payload.get(
                "/products/count", params={"where[medusa_id][in]": ",".join(part)},
                headers=http.payload_headers("integration"), timeout=60)
            if resp.json()["totalDocs"] == 0:
                break
            time.sleep(0.5)


def test_legacy_sync_report_names_exactly_the_skipped_products(
    bulk_ids: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    info = ensure_stack("--legacy-paging", "--no-seed")
    http = StackHttp(info)
    try:
        use_profile(info)
        code, before = run_cli(capsys, "sync", "verify", "--json")
        assert before["counts"]["missing_in_payload"] == 0, before["summary"]
        assert before["medusa_count"] >= BULK

        sorted_ids = sorted(p["id"] for p in sync.medusa_products(http))
        first_page = set(sorted_ids[:LEGACY_PAGE])
        early = [pid for pid in bulk_ids if pid in first_page][:3]
        late = bulk_ids[-5:]  # ids grow with creation time: the last page
        stale = [*bulk_ids[-10:-5], bulk_ids[5]]  # doc gone, payload_id kept
        sync.plant_missing(http, early + late)
        sync.plant_stale(http, stale)
        reached = legacy_reach(sorted_ids, set(early + late))
        skipped = (set(early) | set(late) | set(stale)) - reached
        assert set(late) <= skipped and set(stale) <= skipped  # the defect is exercised

        code, result = run_cli(capsys, "sync", "trigger", "--wait", "--json",
                               "--poll", "2", "--stall-after", "30", "--timeout", "600")

        assert result["outcome"] == "stalled" and code == 1, result["summary"]
        assert set(result["missing_ids"]) == skipped
        report = result["report"]
        missing = {f["medusa_id"] for f in report["findings"]
                   if f["kind"] == "missing_in_payload"}
        assert missing == skipped
        stale_found = {f["medusa_id"] for f in report["findings"]
                       if f["kind"] == "stale_payload_id"}
        assert stale_found == set(stale)
        for pid in reached:  # the part of the catalog the loop did reach was synced
            assert len(http.payload_docs_for(pid)) == 1
    finally:
        http.close()
        ensure_stack("--no-seed")


def test_fixed_sync_ends_with_zero_drift(
    stack_http: StackHttp, bulk_ids: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    info = ensure_stack("--no-seed")
    use_profile(info)
    sync.plant_missing(stack_http, bulk_ids[10:13] + bulk_ids[-3:])
    sync.plant_stale(stack_http, bulk_ids[20:22])
    sync.set_payload_id(stack_http, bulk_ids[30], "999999999")  # points at no doc
    code, before = run_cli(capsys, "sync", "verify", "--json")
    assert code == 3 and not before["ok"]

    code, result = run_cli(capsys, "sync", "trigger", "--wait", "--json",
                           "--poll", "2", "--stall-after", "60", "--timeout", "600")

    assert result["outcome"] == "agreed", result["summary"]
    assert result["report"]["ok"], result["report"]["summary"]
    assert result["missing_ids"] == [] and code == 0
    assert result["before"]["missing"] >= 8 and result["after"]["missing"] == 0

    code, history = run_cli(capsys, "sync", "history", "--json")
    assert history[0]["outcome"] == "agreed"
    assert history[0]["before"]["missing"] >= 8 and history[0]["after"]["missing"] == 0


def test_repair_points_payload_id_back_at_the_doc(
    stack_http: StackHttp, bulk_ids: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    info = ensure_stack("--no-seed")
    use_profile(info)
    pid = bulk_ids[40]
    doc_id = str(stack_http.payload_docs_for(pid)[0]["id"])
    sync.set_payload_id(stack_http, pid, "123456789")

    code, plan = run_cli(capsys, "sync", "repair", "--yes", "--no-trigger", "--json")

    assert code == 0
    assert [r["medusa_id"] for r in plan["applied"]["done"]] == [pid]
    product = stack_http.medusa_product(pid)
    assert product is not None and product["metadata"]["payload_id"] == doc_id


# ---------------------------------------------------------------- doctor
def test_doctor_reports_healthy_on_the_correct_stack(
    stack: StackInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    info = ensure_stack("--no-seed")
    use_profile(info)
    code, report = run_cli(capsys, "doctor", "--json")
    assert code == 0, report
    found = {c["id"]: c["status"] for c in report["checks"]}
    # Other tests leave products without a document on purpose (sync repairs): the link
    # check may warn on this shared stack, never fail (tests/admin/test_doctor.py has it).
    assert found.pop("new_products_linked") in ("ok", "warn", "skipped")
    assert found == {
        "medusa_reachable": "ok", "payload_reachable": "ok", "medusa_credentials": "ok",
        "payload_credentials": "ok", "sync_route": "ok", "products_fields": "ok",
        "anonymous_create": "ok", "clock_skew": "ok",
    }


def test_doctor_finds_a_wrong_payload_key(
    stack: StackInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    use_profile(stack, name="wrong-key", payload_key="00000000-0000-4000-8000-000000000000")
    code, report = run_cli(capsys, "doctor", "--json")
    checks = {c["id"]: c for c in report["checks"]}
    assert code == 1
    assert checks["payload_credentials"]["status"] == "fail"
    assert "not recognised" in checks["payload_credentials"]["detail"]
    assert checks["medusa_credentials"]["status"] == "ok"


class NoSyncRoute(httpx.AsyncBaseTransport):
    """The real Medusa, minus the integration's admin route (Express's 404 for it)."""

    def __init__(self) -> None:
        self.real = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/admin/payload/"):
            return httpx.Response(
                404, headers={"content-type": "text/html; charset=utf-8"},
                text=f"<pre>Cannot {request.method} {request.url.path}</pre>")
        return await self.real.handle_async_request(request)

    async def aclose(self) -> None:
        await self.real.aclose()


def test_doctor_finds_a_missing_sync_route(stack: StackInfo) -> None:
    import asyncio

    from desktop_app.admin.doctor import Status, run_doctor
    from desktop_app.cli.products import EnvFallbackSecrets

    profile = use_profile(stack, name="no-route")
    report = asyncio.run(run_doctor(profile, EnvFallbackSecrets(open_secret_store()),
                                    Transports(medusa=NoSyncRoute())))
    assert report.get("sync_route").status is Status.FAIL
    assert report.get("medusa_credentials").status is Status.OK  # the rest is real and fine
    assert not report.ok


def test_doctor_finds_the_anonymous_create_hole(capsys: pytest.CaptureFixture[str]) -> None:
    info = ensure_stack("--anonymous-medusa", "--no-seed")
    http = StackHttp(info)
    try:
        use_profile(info)
        docs_before = http.payload.get("/products/count",
                                       headers=http.payload_headers("integration")).json()
        code, report = run_cli(capsys, "doctor", "--json")
        checks = {c["id"]: c for c in report["checks"]}
        assert code == 1
        assert checks["anonymous_create"]["status"] == "fail"
        docs_after = http.payload.get("/products/count",
                                      headers=http.payload_headers("integration")).json()
        assert docs_after == docs_before  # the probe created nothing
    finally:
        http.close()
        ensure_stack("--no-seed")
