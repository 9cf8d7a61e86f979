"""Whole-product structure endpoints of the Medusa v2 admin API (issue 12); Qt-free.

Creating and deleting products, their variants and options, stock per location, the
organising records (categories, collections, tags, types, sales channels), uploads and
images. Wraps a :class:`MedusaClient` (its auth, retries and error mapping) and returns
plain dicts exactly as Medusa sent them. Shapes, and their surprises, are recorded in
``tests/fixtures/medusa`` and summarised in ``docs/medusa-endpoints.md``.

Retries: creates and uploads are never repeated (``Retry.NEVER``); updates and deletes
only when provably not applied (``Retry.BEFORE_SEND``); reads like any read
(``Retry.SAFE``). A batch that creates anything counts as a create.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.api.errors import ApiError, BadCredentials, MalformedResponse
from desktop_app.api.http import Params, Retry
from desktop_app.api.medusa import MedusaClient, _path_id
from desktop_app.api.medusa_auth import EmailPassword, SecretKey
from desktop_app.api.responses import MEDUSA, medusa_error, parse_json

# What a whole-product read asks for. Only ``*relation`` entries: one bare field name
# (the endpoints doc lists ``thumbnail``) makes Medusa drop every default field (title,
# handle, status, ...); ``thumbnail`` is a default field anyway.
PRODUCT_FIELDS = ",".join(
    [
        "*options",
        "*options.values",
        "*variants",
        "*variants.options",
        "*variants.prices",
        # A region price's rule: ``*variants.prices`` alone answers ``rules: {}`` for it
        # (product_read_region_prices_star); this keeps the default fields.
        "*variants.prices.price_rules",
        "*variants.inventory_items",
        "*variants.inventory_items.inventory.location_levels",
        "*sales_channels",
        "*categories",
        "*collection",
        "*tags",
        "*type",
        "*images",
    ]
)
# Just enough of a product for its variants' stock levels.
LEVELS_FIELDS = ",".join(
    [
        "id",
        "variants.id",
        "*variants.inventory_items",
        "*variants.inventory_items.inventory.location_levels",
    ]
)
OPTIONS_FIELDS = "id,*options,*options.values"
IMAGES_FIELDS = "id,thumbnail,*images"
ITEM_LEVELS_FIELDS = "id,*location_levels"
REGION_FIELDS = "id,name,currency_code"
LEVEL_KEYS = ("id", "location_id", "stocked_quantity", "reserved_quantity", "available_quantity")

PAGE_SIZE = 200  # list endpoints default to 10-50 rows, differently per route: always send it
ITEM_IDS_PER_READ = 100  # 100 ids make a URL of about 4.3 KB, well within Node's limit
LEVELS_PER_BATCH = 500

Json = dict[str, Any]


class LevelsBatchIncomplete(ApiError):
    """A chunked stock-level batch stopped part way; earlier chunks were saved.

    ``result`` is what the saved chunks returned (merged like a whole result),
    ``failed`` the operations of the rejected chunk (re-read the levels before
    sending them again: whether a refused chunk saved part of itself is not
    recorded) and ``pending`` those not sent, each as ``(kind, operation)``;
    ``cause`` is the rejected chunk's error.
    """

    def __init__(
        self,
        *,
        cause: ApiError,
        result: Json,
        saved: int,
        failed: Sequence[tuple[str, Any]],
        pending: Sequence[tuple[str, Any]],
    ) -> None:
        total = saved + len(failed) + len(pending)
        super().__init__(
            f"Saved {saved} of {total} stock changes; the next group of {len(failed)} "
            f"was rejected: {cause.message}",
            server=MEDUSA,
            status=cause.status,
            retry_after=cause.retry_after,
        )
        self.cause = cause
        self.result = result
        self.failed = list(failed)
        self.pending = list(pending)


def _take(body: Any, key: str, what: str) -> Any:
    """``body[key]``, or MalformedResponse naming ``what`` was expected."""
    if not isinstance(body, dict) or key not in body:
        raise MalformedResponse(f"Medusa's reply had no {what}.", server=MEDUSA)
    return body[key]


def _rows(body: Any, key: str, what: str) -> list[Json]:
    rows = _take(body, key, what)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise MalformedResponse(f"Medusa's {what} was not a list of records.", server=MEDUSA)
    return rows


def _level(raw: Mapping[str, Any]) -> Json:
    return {key: raw.get(key) for key in LEVEL_KEYS}


def levels_of(product: Mapping[str, Any]) -> list[Json]:
    """Per variant of a product read with the inventory fields (``PRODUCT_FIELDS`` or
    ``LEVELS_FIELDS``): ``{variant_id, inventory_item_id, levels}``.

    ``inventory_item_id`` is None for a variant without an inventory item (one whose
    stock Medusa does not manage). A variant may link several items (a kit); its
    first is taken. ``levels`` are ``{id, location_id, stocked_quantity,
    reserved_quantity, available_quantity}``, one per stock location that has one.
    """
    result = []
    for variant in product.get("variants") or []:
        items = variant.get("inventory_items") or []
        first = items[0] if items else None
        inventory = (first or {}).get("inventory") or {}
        result.append(
            {
                "variant_id": variant.get("id"),
                "inventory_item_id": first.get("inventory_item_id") if first else None,
                "levels": [_level(lv) for lv in inventory.get("location_levels") or []],
            }
        )
    return result


class MedusaStructure:
    """Structure endpoints over an open :class:`MedusaClient`: ``MedusaStructure(client)``."""

    def __init__(self, client: MedusaClient, *, page_size: int = PAGE_SIZE) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._client = client
        self._page_size = page_size

    # ------------------------------------------------------------- plumbing
    async def _get(self, path: str, params: Params = ()) -> Any:
        return await self._client._request("GET", path, retry=Retry.SAFE, params=params)

    async def _post(self, path: str, body: Any, *, retry: Retry, params: Params = ()) -> Any:
        return await self._client._request("POST", path, retry=retry, params=params, json=body)

    async def _delete(self, path: str) -> None:
        await self._client._request("DELETE", path, retry=Retry.BEFORE_SEND)

    async def _list_all(self, path: str, key: str, fields: str, what: str) -> list[Json]:
        """Every row of a list endpoint, ``page_size`` per request, until ``count``."""
        rows: list[Json] = []
        while True:
            params = [
                ("fields", fields),
                ("limit", str(self._page_size)),
                ("offset", str(len(rows))),
            ]
            body = await self._get(path, params)
            page = _rows(body, key, what)
            rows.extend(page)
            count = body.get("count")
            if not page or not isinstance(count, int) or len(rows) >= count:
                return rows

    async def _send_files(self, path: str, parts: list[tuple[str, tuple[str, bytes, str]]]) -> Any:
        """A multipart POST with the client's auth and errors (``_request`` sends JSON only)."""
        client = self._client
        header = await client._authorization()
        resp = await client._http.send(
            "POST", path, retry=Retry.NEVER, files=parts, headers={"Authorization": header}
        )
        if resp.status_code == 401 and isinstance(client._auth, EmailPassword):
            # A 401 was not processed: sending again with a fresh token duplicates nothing.
            header = await client._authorization(rejected=header.removeprefix("Bearer "))
            resp = await client._http.send(
                "POST", path, retry=Retry.NEVER, files=parts, headers={"Authorization": header}
            )
        if not resp.is_success:
            err = medusa_error(resp)
            if isinstance(err, BadCredentials) and isinstance(client._auth, SecretKey):
                raise BadCredentials(
                    "Medusa did not accept the secret API key (wrong or revoked).",
                    server=MEDUSA,
                    status=err.status,
                )
            raise err
        return parse_json(resp, MEDUSA)

    # ------------------------------------------------------------- products
    async def create_product(self, data: Mapping[str, Any]) -> Json:
        """``POST /admin/products``; the created product. Never retried.

        Each ``manage_inventory`` variant gets an inventory item, but the reply does
        not show it: read the product for ``inventory_items``.
        """
        body = await self._post("/admin/products", dict(data), retry=Retry.NEVER)
        return _take(body, "product", "product")

    async def find_by_handle(self, handle: str, fields: str = "id,handle,metadata") -> list[Json]:
        """``GET /admin/products?handle=``: the products with exactly this handle (0 or 1)."""
        if not handle:
            raise ValueError("empty handle")  # Medusa would ignore the filter: every product
        body = await self._get("/admin/products", [("handle", handle), ("fields", fields)])
        return _rows(body, "products", "product list")

    async def read_product(self, product_id: str) -> Json:
        """``GET /admin/products/{id}?fields=PRODUCT_FIELDS``: the whole product.

        Default fields plus options with values, variants with options, prices and
        inventory items (each item's ``inventory.location_levels``), sales channels,
        categories, collection, tags, type and images. No ``inventory_quantity``:
        Medusa computes it on the variant routes only.
        """
        body = await self._get(
            f"/admin/products/{_path_id(product_id)}", [("fields", PRODUCT_FIELDS)]
        )
        return _take(body, "product", "product")

    async def delete_product(self, product_id: str) -> None:
        """``DELETE /admin/products/{id}``; its variants' inventory items go with it.

        Medusa answers 200 ``{id, object, deleted: true}`` also for an id that does not
        exist or is already deleted, so this raises no NotFound for those.
        """
        await self._delete(f"/admin/products/{_path_id(product_id)}")

    # ------------------------------------------------------------- variants and options
    async def batch_variants(
        self,
        product_id: str,
        *,
        create: Sequence[Mapping[str, Any]] = (),
        update: Sequence[Mapping[str, Any]] = (),
        delete: Sequence[str] = (),
    ) -> Json:
        """``POST /admin/products/{id}/variants/batch``; the body ``{created, updated, deleted}``.

        ``create`` items are ``{title, sku, options: {Title: value}, prices, ...}`` (a region
        price with ``rules: {region_id}``), ``update`` items carry their ``id`` (prices given
        replace the list), ``delete`` is variant ids. ``deleted`` is ``{ids, object:
        "variant", deleted}``. Never retried when it creates. Not all or nothing: a batch
        refused for its ``create`` left an ``update``'s variant without prices
        (variants_batch_refused_update.json), so send updates and creates apart.
        """
        body: Json = {}
        for key, items in (("create", create), ("update", update)):
            if items:
                body[key] = [dict(item) for item in items]
        if delete:
            body["delete"] = list(delete)
        if not body:
            raise ValueError("an empty variants batch")
        return await self._post(
            f"/admin/products/{_path_id(product_id)}/variants/batch",
            body,
            retry=Retry.NEVER if create else Retry.BEFORE_SEND,
        )

    async def batch_options(
        self,
        product_id: str,
        *,
        add: Sequence[Mapping[str, Any]] = (),
        remove: Sequence[str] = (),
        update: Sequence[Mapping[str, Any]] = (),
    ) -> Json:
        """``POST /admin/products/{id}/options/batch``; the product with its options.

        ``add``: new options ``{title, values: [str]}``; they are global in Medusa
        (titles unique store-wide, they outlive the product: see :meth:`delete_option`).
        ``remove``: option ids (a 400 while variants use the option). ``update``:
        ``{product_option_id, add: [new value], remove: [value ids]}``; a plain string
        in ``add`` is wrapped as ``{"value": s}``, because Medusa would take it for an
        existing value's id.
        """
        body: Json = {}
        if add:
            body["add"] = [dict(option) for option in add]
        if remove:
            body["remove"] = list(remove)
        if update:
            body["update"] = [_option_update(change) for change in update]
        if not body:
            raise ValueError("an empty options batch")
        creates = bool(add) or any(change.get("add") for change in update)
        result = await self._post(
            f"/admin/products/{_path_id(product_id)}/options/batch",
            body,
            retry=Retry.NEVER if creates else Retry.BEFORE_SEND,
            params=[("fields", OPTIONS_FIELDS)],
        )
        return _take(result, "product", "product")

    async def rename_option(self, option_id: str, title: str) -> Json:
        """``POST /admin/product-options/{id} {title}``; the option (with values and the
        products using it)."""
        body = await self._post(
            f"/admin/product-options/{_path_id(option_id)}",
            {"title": title},
            retry=Retry.BEFORE_SEND,
        )
        return _take(body, "product_option", "product option")

    async def delete_option(self, option_id: str) -> None:
        """``DELETE /admin/product-options/{id}``: a global option removed from its product
        stays in the store until deleted. 200 also for an option already deleted."""
        await self._delete(f"/admin/product-options/{_path_id(option_id)}")

    # ------------------------------------------------------------- stock
    async def variant_levels(self, product_id: str) -> list[Json]:
        """Stock per variant and location from ``GET /admin/products/{id}?fields=LEVELS_FIELDS``
        (see :func:`levels_of`, which reads the same from a :meth:`read_product` result)."""
        body = await self._get(
            f"/admin/products/{_path_id(product_id)}", [("fields", LEVELS_FIELDS)]
        )
        product = _take(body, "product", "product")
        return levels_of(product)

    async def inventory_levels(self, inventory_item_ids: Sequence[str]) -> dict[str, list[Json]]:
        """Current levels per item: ``GET /admin/inventory-items?id[]=…``, 100 ids a request.

        An item that does not exist (deleted with its product) is absent from the
        result; one without levels maps to ``[]``.
        """
        ids = list(dict.fromkeys(inventory_item_ids))
        result: dict[str, list[Json]] = {}
        for start in range(0, len(ids), ITEM_IDS_PER_READ):
            chunk = ids[start : start + ITEM_IDS_PER_READ]
            params = [("id[]", i) for i in chunk]
            # The default limit is 20: without it, items 21-100 would be left out.
            params += [("fields", ITEM_LEVELS_FIELDS), ("limit", str(len(chunk)))]
            body = await self._get("/admin/inventory-items", params)
            for item in _rows(body, "inventory_items", "inventory item list"):
                result[item["id"]] = [_level(lv) for lv in item.get("location_levels") or []]
        return result

    async def batch_levels(
        self,
        *,
        create: Sequence[Mapping[str, Any]] = (),
        update: Sequence[Mapping[str, Any]] = (),
        delete: Sequence[str] = (),
        force: bool = False,
        chunk_size: int = LEVELS_PER_BATCH,
    ) -> Json:
        """``POST /admin/inventory-items/location-levels/batch``, ``chunk_size`` operations
        a request; the merged ``{created: [level], updated: [level], deleted: [level id]}``.

        ``create``/``update`` items are ``{inventory_item_id, location_id,
        stocked_quantity}``; ``update`` never creates (404 "Item … is not stocked at
        location …"). ``delete`` is level ids (``ilev_…``); a level with stock is only
        deleted with ``force`` (else 400 "… Use force flag to delete anyway."). Do not
        read ``available_quantity`` from the result: ``created`` levels have none and
        ``updated`` ones carry the value from before the update. If a later chunk
        fails, :class:`LevelsBatchIncomplete` tells what was saved; a first failure
        raises the chunk's own error.
        """
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        ops: list[tuple[str, Any]] = [("create", dict(c)) for c in create]
        ops += [("update", dict(u)) for u in update]
        ops += [("delete", d) for d in delete]
        merged: Json = {"created": [], "updated": [], "deleted": []}
        for start in range(0, len(ops), chunk_size):
            chunk = ops[start : start + chunk_size]
            body: Json = {}
            for kind, op in chunk:
                body.setdefault(kind, []).append(op)
            if force and "delete" in body:
                body["force"] = True
            try:
                result = await self._post(
                    "/admin/inventory-items/location-levels/batch",
                    body,
                    retry=Retry.NEVER if "create" in body else Retry.BEFORE_SEND,
                )
                if not isinstance(result, dict):
                    raise MalformedResponse("Medusa's reply had no batch result.", server=MEDUSA)
            except ApiError as exc:
                if start == 0:
                    raise
                raise LevelsBatchIncomplete(
                    cause=exc,
                    result=merged,
                    saved=start,
                    failed=chunk,
                    pending=ops[start + chunk_size :],
                ) from exc
            for key in ("created", "updated", "deleted"):  # ``deleted`` is left out when empty
                merged[key].extend(result.get(key) or [])
        return merged

    async def set_level(
        self, inventory_item_id: str, location_id: str, stocked_quantity: int, *, exists: bool
    ) -> Json:
        """One level, one request (the baseline :meth:`batch_levels` is measured against).

        ``exists``: ``POST /admin/inventory-items/{iid}/location-levels/{location_id}
        {stocked_quantity}``; otherwise ``POST …/location-levels {location_id,
        stocked_quantity}`` (never retried). Either returns the inventory item with all
        its ``location_levels``, not the level.
        """
        base = f"/admin/inventory-items/{_path_id(inventory_item_id)}/location-levels"
        if exists:
            body = await self._post(
                f"{base}/{_path_id(location_id)}",
                {"stocked_quantity": stocked_quantity},
                retry=Retry.BEFORE_SEND,
            )
        else:
            body = await self._post(
                base,
                {"location_id": location_id, "stocked_quantity": stocked_quantity},
                retry=Retry.NEVER,
            )
        return _take(body, "inventory_item", "inventory item")

    async def stock_locations(self) -> list[Json]:
        """``GET /admin/stock-locations``: every location (a new stack has none)."""
        return await self._list_all(
            "/admin/stock-locations",
            "stock_locations",
            "id,name,*address,*sales_channels",
            "stock location list",
        )

    async def create_stock_location(self, name: str) -> Json:
        """``POST /admin/stock-locations {name}``; the location. Never retried."""
        body = await self._post("/admin/stock-locations", {"name": name}, retry=Retry.NEVER)
        return _take(body, "stock_location", "stock location")

    # ------------------------------------------------------------- organising
    async def categories(self) -> list[Json]:
        """``GET /admin/product-categories``: every category, flat, with ``id, name, handle,
        parent_category_id`` (None at the top)."""
        return await self._list_all(
            "/admin/product-categories",
            "product_categories",
            "id,name,handle,parent_category_id",
            "category list",
        )

    async def create_category(
        self, name: str, *, parent_id: str | None = None, handle: str | None = None
    ) -> Json:
        """``POST /admin/product-categories {name, handle?, parent_category_id?}``; the category
        (with ``parent_category`` and ``category_children``). Never retried."""
        data: Json = {"name": name}
        if handle is not None:
            data["handle"] = handle
        if parent_id is not None:
            data["parent_category_id"] = parent_id
        body = await self._post("/admin/product-categories", data, retry=Retry.NEVER)
        return _take(body, "product_category", "category")

    async def delete_category(self, category_id: str) -> None:
        """``DELETE /admin/product-categories/{id}``. Products assigned it later lose it
        silently (200): check the categories in the reply of such an update."""
        await self._delete(f"/admin/product-categories/{_path_id(category_id)}")

    async def collections(self) -> list[Json]:
        """``GET /admin/collections``: every collection (``id, title, handle``)."""
        return await self._list_all(
            "/admin/collections", "collections", "id,title,handle", "collection list"
        )

    async def create_collection(self, title: str, *, handle: str | None = None) -> Json:
        """``POST /admin/collections {title, handle?}``. Never retried."""
        data: Json = {"title": title}
        if handle is not None:
            data["handle"] = handle
        body = await self._post("/admin/collections", data, retry=Retry.NEVER)
        return _take(body, "collection", "collection")

    async def tags(self) -> list[Json]:
        """``GET /admin/product-tags``: every tag (``id, value``)."""
        return await self._list_all("/admin/product-tags", "product_tags", "id,value", "tag list")

    async def create_tag(self, value: str) -> Json:
        """``POST /admin/product-tags {value}``. Products take tags as ``[{id}]`` only."""
        body = await self._post("/admin/product-tags", {"value": value}, retry=Retry.NEVER)
        return _take(body, "product_tag", "tag")

    async def types(self) -> list[Json]:
        """``GET /admin/product-types``: every product type (``id, value``)."""
        return await self._list_all(
            "/admin/product-types", "product_types", "id,value", "product type list"
        )

    async def create_type(self, value: str) -> Json:
        """``POST /admin/product-types {value}``. Never retried."""
        body = await self._post("/admin/product-types", {"value": value}, retry=Retry.NEVER)
        return _take(body, "product_type", "product type")

    async def sales_channels(self) -> list[Json]:
        """``GET /admin/sales-channels``: every channel (``id, name, is_disabled``)."""
        return await self._list_all(
            "/admin/sales-channels", "sales_channels", "id,name,is_disabled", "sales channel list"
        )

    async def create_sales_channel(self, name: str) -> Json:
        """``POST /admin/sales-channels {name}``. Never retried."""
        body = await self._post("/admin/sales-channels", {"name": name}, retry=Retry.NEVER)
        return _take(body, "sales_channel", "sales channel")

    async def regions(self) -> list[Json]:
        """``GET /admin/regions``: every region (``id, name, currency_code``). A region price
        is a price with the rule ``region_id`` (tests/fixtures/medusa/regions_list.json)."""
        return await self._list_all("/admin/regions", "regions", REGION_FIELDS, "region list")

    async def store_currencies(self) -> list[str]:
        """Lower-case codes of the store's ``supported_currencies`` (``GET /admin/stores``).

        Medusa accepts prices in any code (even ``zzz``); check them against these.
        """
        body = await self._get("/admin/stores", [("fields", "id,*supported_currencies")])
        codes: list[str] = []
        for store in _rows(body, "stores", "store list"):
            for currency in store.get("supported_currencies") or []:
                code = currency.get("currency_code") if isinstance(currency, dict) else None
                if isinstance(code, str) and code.lower() not in codes:
                    codes.append(code.lower())
        return codes

    # ------------------------------------------------------------- images
    async def upload(self, files: Sequence[tuple[str, bytes, str]]) -> list[Json]:
        """``POST /admin/uploads``, multipart, one ``files`` part per ``(name, content,
        mime)``; ``[{id, url}]`` in order. Never retried."""
        if not files:
            raise ValueError("nothing to upload")
        parts = [("files", (name, content, mime)) for name, content, mime in files]
        body = await self._send_files("/admin/uploads", parts)
        return _rows(body, "files", "uploaded file list")

    async def set_images(
        self, product_id: str, *, thumbnail: str | None, images: Sequence[str]
    ) -> Json:
        """``POST /admin/products/{id} {thumbnail, images: [{url}]}``; the product's ``id,
        thumbnail, images`` (each with an ``img_`` id and its ``rank``). ``images``
        replaces the product's list."""
        body = await self._post(
            f"/admin/products/{_path_id(product_id)}",
            {"thumbnail": thumbnail, "images": [{"url": url} for url in images]},
            retry=Retry.BEFORE_SEND,
            params=[("fields", IMAGES_FIELDS)],
        )
        return _take(body, "product", "product")


def _option_update(change: Mapping[str, Any]) -> Json:
    """An ``options/batch`` update with new values as ``{value}`` objects."""
    update = dict(change)
    if "add" in update:
        update["add"] = [{"value": v} if isinstance(v, str) else dict(v) for v in update["add"]]
    return update
