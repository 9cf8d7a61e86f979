"""Helpers for the bulk-sync tests: create many products, plant faults, audit both sides."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from tests.support.stack import StackHttp


def create_bulk(http: StackHttp, prefix: str, count: int, batch: int = 50) -> list[str]:
    ids: list[str] = []
    for start in range(0, count, batch):
        create = [
            {
                "title": f"Sync {prefix} {n:05d}",
                "handle": f"{prefix}-{n:05d}",
                "options": [{"title": "Size", "values": ["One"]}],
                "variants": [
                    {
                        "title": "One",
                        "options": {"Size": "One"},
                        "manage_inventory": False,
                        "prices": [{"currency_code": "eur", "amount": 5}],
                    }
                ],
            }
            for n in range(start, min(start + batch, count))
        ]
        resp = http.medusa.post(
            "/admin/products/batch", params={"fields": "id"}, json={"create": create}, timeout=300
        )
        resp.raise_for_status()
        ids += [p["id"] for p in resp.json()["created"]]
    return ids


def delete_bulk(http: StackHttp, ids: list[str], batch: int = 100) -> None:
    for start in range(0, len(ids), batch):
        http.medusa.post(
            "/admin/products/batch", json={"delete": ids[start : start + batch]}, timeout=300
        ).raise_for_status()


@dataclass
class Audit:
    missing: set[str] = field(default_factory=set)  # no Payload doc
    duplicated: set[str] = field(default_factory=set)  # more than one doc
    stale: set[str] = field(default_factory=set)  # payload_id absent or not the doc's id
    total: int = 0

    @property
    def clean(self) -> bool:
        return not (self.missing or self.duplicated or self.stale)


def medusa_products(http: StackHttp) -> list[dict]:
    products: list[dict] = []
    while True:
        resp = http.medusa.get(
            "/admin/products",
            params={
                "fields": "id,metadata",
                "limit": 1000,
                "offset": len(products),
                "order": "created_at",
            },
        )
        resp.raise_for_status()
        page = resp.json()
        products += page["products"]
        if not page["products"] or len(products) >= page["count"]:
            return products


def audit(http: StackHttp) -> Audit:
    docs = http.payload.get(
        "/products",
        params={"limit": "0", "depth": "0", "select[medusa_id]": "true"},
        headers=http.payload_headers("integration"),
        timeout=120,
    ).json()["docs"]
    counts = Counter(d["medusa_id"] for d in docs)
    doc_id = {d["medusa_id"]: str(d["id"]) for d in docs}
    result = Audit()
    for product in medusa_products(http):
        pid = product["id"]
        result.total += 1
        if counts[pid] == 0:
            result.missing.add(pid)
        elif counts[pid] > 1:
            result.duplicated.add(pid)
        elif str((product.get("metadata") or {}).get("payload_id", "")) != doc_id[pid]:
            result.stale.add(pid)
    return result


def delete_doc(http: StackHttp, medusa_id: str) -> None:
    for doc in http.payload_docs_for(medusa_id):
        http.payload.delete(
            f"/products/{doc['id']}",
            params={"is_from_medusa": "true"},
            headers=http.payload_headers("integration"),
        ).raise_for_status()


def set_payload_id(http: StackHttp, medusa_id: str, value: str) -> None:
    http.medusa.post(
        f"/admin/products/{medusa_id}", json={"metadata": {"payload_id": value}}
    ).raise_for_status()


def plant_missing(http: StackHttp, ids: list[str]) -> None:
    """Never synced: no doc and no payload_id."""
    for pid in ids:
        delete_doc(http, pid)
        set_payload_id(http, pid, "")


def plant_stale(http: StackHttp, ids: list[str]) -> None:
    """The doc is gone but Medusa still holds its payload_id."""
    for pid in ids:
        delete_doc(http, pid)


def trigger_sync(http: StackHttp) -> None:
    resp = http.medusa.post("/admin/payload/sync/products")
    resp.raise_for_status()
    assert resp.json() == {"message": "Syncing products with Payload"}


def settle(http: StackHttp, timeout: float, quiet_for: float = 8) -> Audit:
    """Audit until clean, or until nothing has changed for `quiet_for` seconds."""
    deadline = time.monotonic() + timeout
    last = audit(http)
    last_change = time.monotonic()
    while time.monotonic() < deadline and not last.clean:
        time.sleep(1)
        now = audit(http)
        if (now.missing, now.stale, now.duplicated) != (last.missing, last.stale, last.duplicated):
            last_change = time.monotonic()
        elif time.monotonic() - last_change > quiet_for:
            return now
        last = now
    return last
