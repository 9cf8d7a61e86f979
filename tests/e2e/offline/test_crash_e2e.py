"""kill -9 during a push of 200 edits, several times: nothing lost, nothing applied twice.

A subprocess runs ``desktop-app push`` through recording proxies (one per server)
and is killed at random moments. The proxies count every write the servers
accepted, including those whose answer the dead process never read. After the
trials a last push completes; then every product must hold the intended values and
every (server, product) must have been written exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.store import CatalogStore
from desktop_app.store.db import store_path
from tests.e2e.offline.helpers import RecordingProxy, online_catalog, profile
from tests.support.stack import REPO, unique, wait_for

PRODUCTS = 40  # x 5 edits (3 Medusa metadata keys, 2 Payload fields) = 200 edits
EDITS = 200
TRIALS = 5


def create_products(http, prefix: str, count: int, batch: int = 8) -> list[str]:
    """Small batches, each waited for: every product.created event makes Medusa's
    subscriber create a Payload doc, and a burst of them can exhaust Payload's
    database pool (seen on this stack: requests hung in 'idle in transaction')."""
    ids: list[str] = []
    for start in range(0, count, batch):
        body = {"create": [
            {"title": f"Crash {prefix} {n}", "handle": f"{prefix}-{n}",
             "options": [{"title": "Size", "values": ["S"]}],
             "variants": [{"title": "S", "sku": f"{prefix}-{n}-S".upper(),
                           "options": {"Size": "S"},
                           "prices": [{"currency_code": "eur", "amount": 5}],
                           "manage_inventory": False}]}
            for n in range(start, min(count, start + batch))]}
        resp = http.medusa.post("/admin/products/batch", json=body, params={"fields": "id"})
        resp.raise_for_status()
        new = [p["id"] for p in resp.json()["created"]]
        wait_for(lambda new=new: linked_count(http, new) == len(new), 60,
                 what="Payload docs for a batch of crash products")
        ids += new
    return ids


def done_count(db) -> int:
    store = CatalogStore.open(db)
    try:
        return len(store.outbox.entries(("done",)))
    finally:
        store.close()


def linked_count(http, ids: list[str]) -> int:
    resp = http.payload.post(
        "/products", headers={**http.payload_headers("integration"),
                              "X-Payload-HTTP-Method-Override": "GET",
                              "Content-Type": "application/x-www-form-urlencoded"},
        content="&".join([f"where[medusa_id][in]={','.join(ids)}", "limit=0", "depth=0",
                          "select[medusa_id]=true"]).encode())
    resp.raise_for_status()
    return resp.json()["totalDocs"]


@pytest.mark.timeout(1800)
async def test_kill_9_during_push_loses_nothing_and_applies_nothing_twice(
    stack, stack_http, app_dirs, tmp_path
):
    prefix = unique("crash")
    ids = create_products(stack_http, prefix, PRODUCTS)

    medusa_proxy = RecordingProxy(stack.medusa_url)
    payload_proxy = RecordingProxy(stack.payload_url)
    try:
        name = "Crash-e2e"
        prof = profile(medusa_proxy.url, payload_proxy.url, name=name)
        ProfileStore(app_dirs.config).add(prof, activate=True)
        db = store_path(name)
        catalog = online_catalog(stack, db)
        await catalog.refresh(ids)
        token = unique("v")
        intended = {}
        for n, pid in enumerate(ids):
            intended[pid] = {
                "metadata.crash_a": f"{token}-a{n}", "metadata.crash_b": f"{token}-b{n}",
                "metadata.crash_c": f"{token}-c{n}", "subtitle": f"{token} sub {n}",
                "seo.meta_title": f"{token} seo {n}",
            }
            catalog.edit(pid, intended[pid])
        assert len(catalog.outbox()) == EDITS
        await catalog.aclose()

        env = {**os.environ,
               "DESKTOP_APP_CONFIG_DIR": str(app_dirs.config),
               "DESKTOP_APP_DATA_DIR": str(app_dirs.data),
               SecretKind.MEDUSA_SECRET_KEY.env_var: stack.medusa_secret_key,
               SecretKind.PAYLOAD_API_KEY.env_var: stack.editor_key}
        command = [sys.executable, "-c",
                   "import sys; from desktop_app.cli.main import main; sys.exit(main())",
                   "push", "--quiet"]
        rng = random.Random()
        killed_with_work_left = 0
        progress = []  # (finished edits, edits left 'sending') after each kill
        for _ in range(TRIALS):
            proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            # Kill at a random point of the push: once a random number of further edits
            # has been finished (start-up alone takes a second or two on this machine).
            before = done_count(db)
            target = rng.randint(before + 1, min(before + 40, EDITS - 1))
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline:
                if done_count(db) >= target:
                    time.sleep(rng.uniform(0, 0.05))  # not always right after a commit
                    break
                time.sleep(0.01)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                killed_with_work_left += 1
            proc.wait(30)
            # A request the dead process had sent still reaches the server; wait for it.
            medusa_proxy.drain()
            payload_proxy.drain()
            peek = CatalogStore.open(db)
            progress.append((len(peek.outbox.entries(("done",))),
                             len(peek.outbox.entries(("sending",)))))
            peek.close()
        print("after each kill (done, sending):", progress)
        assert killed_with_work_left >= 1, "every push finished before the kill; nothing tested"
        assert sum(0 < d < EDITS for d, _ in progress) >= 3, progress  # mid-push kills

        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr

        store = CatalogStore.open(db)
        left = store.outbox.entries()
        assert left == [], left[:3]
        outcomes = {e.outcome for e in store.outbox.entries(None)}
        assert outcomes <= {"sent", "already"}
        store.close()

        # The servers hold exactly the intended values...
        for pid in ids:
            meta = stack_http.medusa_product(pid)["metadata"]
            for key in ("crash_a", "crash_b", "crash_c"):
                assert meta[key] == intended[pid][f"metadata.{key}"], pid
        resp = stack_http.payload.post(
            "/products", headers={**stack_http.payload_headers("integration"),
                                  "X-Payload-HTTP-Method-Override": "GET",
                                  "Content-Type": "application/x-www-form-urlencoded"},
            content=f"where[medusa_id][in]={','.join(ids)}&limit=0&depth=0".encode())
        docs = {d["medusa_id"]: d for d in resp.json()["docs"]}
        for pid in ids:
            assert docs[pid]["subtitle"] == intended[pid]["subtitle"], pid
            assert docs[pid]["seo"]["meta_title"] == intended[pid]["seo.meta_title"], pid

        # ...and each was written exactly once: 0 lost, 0 applied twice.
        medusa_writes = {p.rsplit("/", 1)[1]: n for p, n in medusa_proxy.writes.items()
                         if p.startswith("/admin/products/")}
        assert medusa_writes == dict.fromkeys(ids, 1)
        doc_ids = {str(docs[pid]["id"]) for pid in ids}
        payload_writes = {p.rsplit("/", 1)[1]: n for p, n in payload_proxy.writes.items()
                          if p.startswith("/api/products/")}
        assert payload_writes == dict.fromkeys(doc_ids, 1)
    finally:
        medusa_proxy.close()
        payload_proxy.close()
