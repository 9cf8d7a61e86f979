"""Whole products on the real stack (issue 12): a product made offline reaches Medusa once,
with its variants, prices and stock, and Payload gets the linked document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.new_product import ProductDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.store.db import store_path
from tests.e2e.offline.helpers import RecordingProxy, offline_catalog, online_catalog, profile
from tests.support.stack import REPO, unique, wait_for

pytestmark = pytest.mark.timeout(600)


def location(http, name: str) -> str:
    resp = http.medusa.post("/admin/stock-locations", json={"name": name})
    resp.raise_for_status()
    return resp.json()["stock_location"]["id"]


def medusa_read(http, product_id: str) -> dict:
    resp = http.medusa.get(f"/admin/products/{product_id}", params={"fields": (
        "id,handle,metadata,*options,*options.values,*variants,*variants.options,"
        "*variants.prices,*variants.inventory_items,"
        "*variants.inventory_items.inventory.location_levels")})
    resp.raise_for_status()
    return resp.json()["product"]


def by_handle(http, handle: str) -> list[dict]:
    resp = http.medusa.get("/admin/products", params={"handle": handle, "fields": "id"})
    resp.raise_for_status()
    return resp.json()["products"]


async def test_a_product_made_offline_is_created_once_with_variants_prices_and_stock(
    stack, stack_http, tmp_path
):
    db = tmp_path / "catalog.db"
    handle = unique("offline-shirt")
    near, far = location(stack_http, unique("Near")), location(stack_http, unique("Far"))
    offline = offline_catalog(stack, db)
    try:
        pid = offline.create_product(ProductDraft(
            title="Offline Shirt", handle=handle,
            options=[("Size", ["S", "M", "L"]), ("Color", ["Red", "Blue"])],
            prices=[{"currency_code": "eur", "amount": 25}]))
        detail = offline.product(pid)
        assert detail is not None and detail.draft and len(detail.medusa["variants"]) == 6
        first = detail.medusa["variants"][0]["id"]
        offline.set_stock([(pid, first, near, 7), (pid, first, far, 3)])
        report = await offline.push()
        assert report.operations.created == 0 and offline.product(pid).draft  # still queued
    finally:
        await offline.aclose()

    online = online_catalog(stack, db)
    try:
        report = await online.push()
        assert report.operations.created == 1, report.operations
        new_id = online.server_id(pid)
        assert new_id.startswith("prod_")
        product = medusa_read(stack_http, new_id)
        assert len(product["variants"]) == 6
        assert all(p["amount"] == 25 for v in product["variants"] for p in v["prices"])
        levels = {lv["location_id"]: lv["stocked_quantity"]
                  for v in product["variants"] for item in v["inventory_items"]
                  for lv in item["inventory"]["location_levels"]}
        assert levels == {near: 7, far: 3}
        docs = wait_for(lambda: stack_http.payload_docs_for(new_id), 60,
                        what="the Payload document of the new product")
        assert len(docs[0]["variants"]) == 6
        assert len(by_handle(stack_http, handle)) == 1
        assert online.outbox_counts() == {}
    finally:
        await online.aclose()


async def test_kill_9_while_a_create_is_on_the_wire_still_makes_one_product(
    stack, stack_http, app_dirs, tmp_path
):
    name = "Create-crash-e2e"
    handle = unique("crash-create")
    # Medusa's answer to each write is held 5 s: the push is killed after the create
    # landed and before the app could store Medusa's answer.
    proxy = RecordingProxy(stack.medusa_url, write_answer_delay=5.0)
    try:
        ProfileStore(app_dirs.config).add(profile(proxy.url, stack.payload_url, name=name),
                                          activate=True)
        db = store_path(name)
        catalog = online_catalog(stack, db)
        pid = catalog.create_product(ProductDraft(
            title="Crash Shirt", handle=handle, options=[("Size", ["S", "M"])],
            prices=[{"currency_code": "eur", "amount": 9}]))
        await catalog.aclose()

        env = {**os.environ, "DESKTOP_APP_CONFIG_DIR": str(app_dirs.config),
               "DESKTOP_APP_DATA_DIR": str(app_dirs.data),
               SecretKind.MEDUSA_SECRET_KEY.env_var: stack.medusa_secret_key,
               SecretKind.PAYLOAD_API_KEY.env_var: stack.editor_key}
        command = [sys.executable, "-c",
                   "import sys; from desktop_app.cli.main import main; sys.exit(main())",
                   "push", "--quiet"]
        proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        wait_for(lambda: proxy.writes["/admin/products"] == 1, 60,
                 what="the create to reach Medusa")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        proxy.drain()
        assert len(by_handle(stack_http, handle)) == 1  # it landed...
        peek = OfflineCatalog(CatalogStore.open(db))
        assert peek.product(pid).draft  # ...and the app never heard of it
        peek.close_now()

        proxy.write_answer_delay = 0.0
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert len(by_handle(stack_http, handle)) == 1  # still one product
        assert proxy.writes["/admin/products"] == 1  # the replay looked, it did not create
        after = OfflineCatalog(CatalogStore.open(db))
        try:
            new_id = after.server_id(pid)
            assert new_id == by_handle(stack_http, handle)[0]["id"]
            assert after.product(pid) is None and after.product(new_id) is not None
            [create] = [op for op in after.operations(None) if op.kind == "create"]
            assert (create.state, create.outcome) == ("done", "already")
        finally:
            after.close_now()
    finally:
        proxy.close()
