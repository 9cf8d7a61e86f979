"""A small stateful fake of Medusa's structure + stock routes for OperationPusher tests.

Shapes follow tests/fixtures/medusa (variants batch, options batch, inventory levels);
``api`` replaces ``OperationPusher.api``, ``client`` is its ``medusa`` (get_product).
"""
from __future__ import annotations

import copy
import itertools
from typing import Any

from desktop_app.api.errors import NotFound, TransportError, Validation
from desktop_app.models.medusa import MedusaProduct
from desktop_app.store import CatalogStore, records


class World:
    def __init__(self) -> None:
        self.products: dict[str, dict[str, Any]] = {}
        self.levels: dict[str, dict[str, int]] = {}  # item -> {location: stocked}
        self.ids = itertools.count(1)
        self.calls: list[tuple[str, Any]] = []
        self.faults: dict[str, list[Exception]] = {}  # method -> errors to raise next
        self.on: dict[str, Any] = {}  # method -> callback run while "on the wire"

    def _fault(self, name: str) -> None:
        hook = self.on.pop(name, None)
        if hook is not None:
            hook()
        queue = self.faults.get(name) or []
        if queue:
            raise queue.pop(0)

    # ------------------------------------------------------------- helpers
    def add_product(self, pid: str, *, option_values=("S",), stock: dict | None = None) -> None:
        item = f"iitem_{pid}_1"
        self.levels[item] = dict(stock or {"sloc_1": 4})
        self.products[pid] = {
            "id": pid, "handle": pid, "title": pid, "status": "published", "metadata": {},
            "options": [{"id": f"opt_{pid}", "title": "Size",
                         "values": [{"id": f"ov_{v}", "value": v} for v in option_values]}],
            "variants": [{"id": f"var_{pid}_1", "title": "S", "sku": f"{pid}-S",
                          "metadata": {}, "manage_inventory": True,
                          "options": [{"id": "ov_S", "value": "S", "option_id": f"opt_{pid}"}],
                          "prices": [], "inventory_items": [{"inventory_item_id": item}]}],
            "updated_at": "2026-01-01T00:00:00.000Z", "deleted_at": None,
        }

    def raw(self, pid: str) -> dict[str, Any]:
        p = self.products.get(pid)
        if p is None or p.get("deleted_at"):
            raise NotFound("Product not found", server="medusa", status=404)
        p = copy.deepcopy(p)
        for v in p["variants"]:
            for link in v.get("inventory_items") or ():
                item = link["inventory_item_id"]
                link["inventory"] = {"location_levels": [
                    {"location_id": loc, "stocked_quantity": q, "reserved_quantity": 0}
                    for loc, q in self.levels.get(item, {}).items()]}
        return p

    def store_product(self, store: CatalogStore, pid: str) -> None:
        store.save_medusa([records.medusa_record(MedusaProduct.model_validate(self.raw(pid)))])

    # -------------------------------------------------------- the client
    async def get_product(self, pid: str, *, fields: Any = None) -> MedusaProduct:
        self.calls.append(("get_product", pid))
        return MedusaProduct.model_validate(self.raw(pid))

    # ----------------------------------------------------------- the api
    async def read_product(self, pid: str) -> dict[str, Any]:
        self.calls.append(("read_product", pid))
        return self.raw(pid)

    async def store_currencies(self) -> list[str]:
        return ["eur", "usd"]

    async def batch_variants(self, pid, *, create=(), update=(), delete=()):
        self.calls.append(("batch_variants", {"create": list(create), "delete": list(delete)}))
        self._fault("batch_variants")
        p = self.products[pid]
        created = []
        for body in create:
            n = next(self.ids)
            item = f"iitem_new_{n}"
            self.levels[item] = {}
            v = {"id": f"variant_new_{n}", "title": body.get("title"), "sku": body.get("sku"),
                 "metadata": body.get("metadata"), "manage_inventory": True,
                 "options": [], "prices": [], "inventory_items": [{"inventory_item_id": item}]}
            p["variants"].append(v)
            created.append(copy.deepcopy(v))
        p["variants"] = [v for v in p["variants"] if v["id"] not in set(delete)]
        return {"created": created, "updated": [], "deleted": {"ids": list(delete)}}

    async def batch_options(self, pid, *, add=(), remove=(), update=()):
        self.calls.append(("batch_options", {"add": list(add), "remove": list(remove),
                                             "update": list(update)}))
        self._fault("batch_options")
        p = self.products[pid]
        for o in add:
            n = next(self.ids)
            p["options"].append({"id": f"opt_new_{n}", "title": o["title"],
                                 "values": [{"id": f"ov_new_{n}_{v}", "value": v}
                                            for v in o.get("values") or ()]})
        p["options"] = [o for o in p["options"] if o["id"] not in set(remove)]
        return {"id": pid, "options": p["options"]}

    async def rename_option(self, option_id: str, title: str):
        self.calls.append(("rename_option", (option_id, title)))
        self._fault("rename_option")
        for p in self.products.values():
            for o in p["options"]:
                if o["id"] == option_id:
                    o["title"] = title
                    return o
        raise NotFound(f"Product option with id: {option_id} was not found",
                       server="medusa", status=404)

    async def delete_product(self, pid: str) -> None:
        self.calls.append(("delete_product", pid))
        p = self.products.get(pid)
        if p is not None:
            p["deleted_at"] = "2026-02-01T00:00:00.000Z"
            for v in p["variants"]:  # recorded: the items go with the product
                for link in v.get("inventory_items") or ():
                    self.levels.pop(link["inventory_item_id"], None)

    async def variant_levels(self, pid: str):
        from desktop_app.api.medusa_structure import levels_of
        self.calls.append(("variant_levels", pid))
        return levels_of(self.raw(pid))

    async def inventory_levels(self, item_ids):
        self.calls.append(("inventory_levels", list(item_ids)))
        return {i: [{"id": f"ilev_{i}_{loc}", "location_id": loc, "stocked_quantity": q,
                     "reserved_quantity": 0, "available_quantity": q}
                    for loc, q in self.levels[i].items()]
                for i in item_ids if i in self.levels}

    async def batch_levels(self, *, create=(), update=(), delete=(), force=False):
        self.calls.append(("batch_levels", {"create": list(create), "update": list(update)}))
        self._fault("batch_levels")
        for kind, rows in (("create", create), ("update", update)):
            for i, row in enumerate(rows):
                if row["stocked_quantity"] < 0:  # recorded: inventory_levels_batch_negative_error
                    raise Validation(
                        f"Invalid request: Value for field '{kind}, {i}, stocked_quantity' "
                        "too small, expected at least: '0'", server="medusa", status=400)
                if row["inventory_item_id"] not in self.levels:
                    raise NotFound(f"Inventory item with id: {row['inventory_item_id']} "
                                   "was not found", server="medusa", status=404)
        for row in [*create, *update]:
            self.levels[row["inventory_item_id"]][row["location_id"]] = row["stocked_quantity"]
        return {"created": list(create), "updated": list(update), "deleted": []}


def pusher(store: CatalogStore, world: World):
    from desktop_app.exchange.operations_push import OperationPusher

    p = OperationPusher(store, world)  # type: ignore[arg-type]
    p.api = world  # type: ignore[assignment]
    return p


def timeout() -> TransportError:
    return TransportError("The server did not answer in time.", server="medusa", connected=True)
