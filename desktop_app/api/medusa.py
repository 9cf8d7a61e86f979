"""Async client for the Medusa v2 admin products API."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from desktop_app.api.errors import ApiError, BadCredentials, BatchIncomplete, MalformedResponse
from desktop_app.api.http import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    HttpCore,
    Params,
    Retry,
    RetryPolicy,
)
from desktop_app.api.medusa_auth import EmailPassword, MedusaAuth, SecretKey, jwt_expiry
from desktop_app.api.responses import (
    MEDUSA,
    medusa_error,
    parse_json,
    parse_model,
    summarise_validation,
)
from desktop_app.api.where import encode_value
from desktop_app.i18n import translate
from desktop_app.models.medusa import (
    BatchResult,
    MedusaModel,
    MedusaProduct,
    ProductEnvelope,
    ProductPage,
    ProductStatus,
    ProductVariant,
)

# Log in again this many seconds before the JWT's ``exp`` (clock skew, slow requests).
EXPIRY_MARGIN = 60.0

Fields = str | Sequence[str] | None
# Told (id or "?", reason) of each product in an unexpected shape, which is skipped.
OnMalformed = Callable[[str, str], None]
# A page read ahead, with the (id, reason) of the products it skipped.
_Fetched = tuple[ProductPage, list[tuple[str, str]]]


def _fields(fields: Fields) -> list[tuple[str, str]]:
    if fields is None:
        return []
    return [("fields", fields if isinstance(fields, str) else ",".join(fields))]


def _timestamp(value: datetime | str) -> str:
    # Medusa compares at millisecond precision; keep the ms (see reference §2.1).
    return value if isinstance(value, str) else encode_value(value)


class _VariantsBatch(MedusaModel):
    """A variants batch's answer ``{created, updated, deleted}`` (fixtures variants_batch*);
    an update-only batch needs just ``updated``."""

    updated: list[ProductVariant]


def _parse_page(body: Any, on_malformed: OnMalformed | None) -> ProductPage:
    """A product list; with ``on_malformed``, products in an unexpected shape are
    reported to it and left out instead of failing the whole page."""
    items = body.get("products") if isinstance(body, dict) else None
    if on_malformed is None or not isinstance(items, list):
        return parse_model(ProductPage, body, MEDUSA, "a product list")
    page = parse_model(ProductPage, {**body, "products": []}, MEDUSA, "a product list")
    for item in items:
        try:
            page.products.append(MedusaProduct.model_validate(item))
        except ValidationError as exc:
            raw_id = item.get("id") if isinstance(item, dict) else None
            shown = raw_id if isinstance(raw_id, str) and raw_id else "?"
            on_malformed(shown, f"unexpected shape ({summarise_validation(exc)})")
    return page


def _path_id(value: str) -> str:
    if not value:
        raise ValueError("empty id")
    return quote(value, safe="")


class MedusaClient:
    """Medusa admin API client. Use as ``async with MedusaClient(...) as medusa:``.

    ``auth`` is :class:`EmailPassword` (JWT login, re-login once on 401 or expiry)
    or :class:`SecretKey` (HTTP Basic). ``transport`` lets tests inject a fake.

    A login the server refuses (401) is not tried again by this client: every later
    request raises the same :class:`BadCredentials` at once, without a request. The
    credentials cannot change within a client, so trying again could only fail
    again, and a push of 500 products must not send 500 wrong passwords (Medusa or
    a proxy may lock the account). A new client (new credentials) starts afresh.
    """

    def __init__(
        self,
        base_url: str,
        auth: MedusaAuth,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy = DEFAULT_RETRY,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        if not isinstance(auth, (EmailPassword, SecretKey)):
            raise TypeError("auth must be EmailPassword or SecretKey")
        self._http = HttpCore(
            server=MEDUSA,
            base_url=base_url.rstrip("/"),
            transport=transport,
            timeout=timeout,
            retry_policy=retry_policy,
            sleep=sleep,
        )
        self._auth = auth
        self._clock = clock
        self._token: str | None = None
        self._token_exp: float | None = None
        self._login_lock = asyncio.Lock()
        self._login_refused: BadCredentials | None = None

    def __repr__(self) -> str:
        return f"MedusaClient(host={self._http.host!r}, auth={self._auth!r})"

    async def __aenter__(self) -> MedusaClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ auth
    async def _login(self) -> None:
        assert isinstance(self._auth, EmailPassword)
        # Logging in changes nothing on the server, so it is retried like a read.
        resp = await self._http.send(
            "POST",
            "/auth/user/emailpass",
            retry=Retry.SAFE,
            json={"email": self._auth.email, "password": self._auth.password},
        )
        if not resp.is_success:
            err = medusa_error(resp)
            if isinstance(err, BadCredentials):
                self._login_refused = err
            raise err
        body = parse_json(resp, MEDUSA)
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise MalformedResponse(
                translate("ServerErrors", "Medusa's login reply had no token."),
                server=MEDUSA,
                status=resp.status_code,
            )
        self._token = token
        self._token_exp = jwt_expiry(token)

    @property
    def login_refused(self) -> BadCredentials | None:
        """The error of a refused login, after which this client logs in no more."""
        return self._login_refused

    def _raise_if_login_refused(self) -> None:
        err = self._login_refused
        if err is not None:
            # A fresh instance: one exception object raised in many tasks would pile
            # up their tracebacks.
            raise BadCredentials(err.message, server=err.server, status=err.status)

    def _token_usable(self) -> bool:
        if self._token is None:
            return False
        return self._token_exp is None or self._token_exp - self._clock() > EXPIRY_MARGIN

    async def _authorization(self, rejected: str | None = None) -> str:
        if isinstance(self._auth, SecretKey):
            return self._auth.basic_header()
        # One login for many concurrent requests; ``rejected`` forces a new token
        # unless another task already replaced it. Tasks that waited for the lock
        # while a login was refused fail without one of their own.
        self._raise_if_login_refused()
        async with self._login_lock:
            self._raise_if_login_refused()
            if not self._token_usable() or (rejected is not None and self._token == rejected):
                await self._login()
        assert self._token is not None
        return f"Bearer {self._token}"

    async def login(self) -> None:
        """Check the credentials now (JWT: log in; secret key: a cheap authenticated read)."""
        if isinstance(self._auth, EmailPassword):
            self._raise_if_login_refused()
            async with self._login_lock:
                self._raise_if_login_refused()
                await self._login()
        else:
            await self.count_products()

    # --------------------------------------------------------------- request
    async def _request(
        self,
        method: str,
        path: str,
        *,
        retry: Retry,
        params: Params | None = None,
        json: Any = None,
    ) -> Any:
        header = await self._authorization()
        resp = await self._http.send(
            method, path, retry=retry, params=params, json=json, headers={"Authorization": header}
        )
        if resp.status_code == 401 and isinstance(self._auth, EmailPassword):
            # A 401 means the request was not processed, so resending is safe even for creates.
            header = await self._authorization(rejected=header.removeprefix("Bearer "))
            resp = await self._http.send(
                method,
                path,
                retry=retry,
                params=params,
                json=json,
                headers={"Authorization": header},
            )
        if not resp.is_success:
            err = medusa_error(resp)
            if isinstance(err, BadCredentials) and isinstance(self._auth, SecretKey):
                raise BadCredentials(
                    translate(
                        "ServerErrors",
                        "Medusa did not accept the secret API key (wrong or revoked).",
                    ),
                    server=MEDUSA,
                    status=err.status,
                )
            raise err
        return parse_json(resp, MEDUSA)

    # ----------------------------------------------------------------- reads
    async def health(self) -> None:
        """Raise unless ``GET /health`` answers 200 (no credentials needed)."""
        resp = await self._http.send("GET", "/health", retry=Retry.SAFE)
        if not resp.is_success:
            raise medusa_error(resp)

    @staticmethod
    def _list_params(
        *,
        fields: Fields,
        q: str | None,
        status: Iterable[ProductStatus | str] | None,
        ids: Iterable[str] | None,
        order: str | None,
        updated_after: datetime | str | None,
        with_deleted: bool,
        offset: int,
        limit: int,
    ) -> list[tuple[str, str]]:
        params: list[tuple[str, str]] = [
            *_fields(fields),
            ("offset", str(offset)),
            ("limit", str(limit)),
        ]
        if order:
            params.append(("order", order))
        if q:
            params.append(("q", q))
        params += [("status[]", str(s)) for s in status or ()]
        params += [("id[]", i) for i in ids or ()]
        if updated_after is not None:
            # $gte, not $gt: $gt would skip other rows sharing the same millisecond.
            params.append(("updated_at[$gte]", _timestamp(updated_after)))
        if with_deleted:
            params.append(("with_deleted", "true"))
        return params

    async def list_products(
        self,
        *,
        fields: Fields = None,
        q: str | None = None,
        status: Iterable[ProductStatus | str] | None = None,
        ids: Iterable[str] | None = None,
        order: str | None = "created_at",
        updated_after: datetime | str | None = None,
        with_deleted: bool = False,
        offset: int = 0,
        limit: int = 50,
        on_malformed: OnMalformed | None = None,
    ) -> ProductPage:
        """One page of ``GET /admin/products``; ``count`` is the total number of matches.

        A product in an unexpected shape fails the page (MalformedResponse), unless
        ``on_malformed`` is given: then it is told ``(id or "?", reason)`` and the
        product is left out of ``products`` (``count`` still counts it).
        """
        params = self._list_params(
            fields=fields,
            q=q,
            status=status,
            ids=ids,
            order=order,
            updated_after=updated_after,
            with_deleted=with_deleted,
            offset=offset,
            limit=limit,
        )
        body = await self._request("GET", "/admin/products", retry=Retry.SAFE, params=params)
        return _parse_page(body, on_malformed)

    async def count_products(self, **filters: Any) -> int:
        """Number of matching products (``limit=0``); also a cheap credentials check."""
        page = await self.list_products(fields="id", limit=0, order=None, **filters)
        return page.count

    async def iter_all_products(
        self,
        fields: Fields = None,
        *,
        page_size: int = 200,
        concurrency: int = 4,
        order: str = "id",
        q: str | None = None,
        status: Iterable[ProductStatus | str] | None = None,
        updated_after: datetime | str | None = None,
        with_deleted: bool = False,
        on_malformed: OnMalformed | None = None,
    ) -> AsyncIterator[MedusaProduct]:
        """Every matching product, in ``order``, each id once.

        The first page gives ``count``; the rest are fetched concurrently (at most
        ``concurrency`` requests in flight, a bounded read-ahead) and yielded in
        order. The default ``order="id"`` is a total order (ids are unique ULIDs),
        so offset paging is stable; ``created_at`` can tie within a millisecond.
        Wrap in ``contextlib.aclosing`` when stopping early.

        ``on_malformed`` as for :meth:`list_products`; it hears of a page's skipped
        products when that page's turn comes, not when the page is read ahead.
        """
        if page_size < 1 or concurrency < 1:
            raise ValueError("page_size and concurrency must be at least 1")
        status = list(status) if status is not None else None
        sem = asyncio.Semaphore(concurrency)

        async def fetch(offset: int) -> _Fetched:
            skipped: list[tuple[str, str]] = []
            async with sem:
                page = await self.list_products(
                    fields=fields,
                    q=q,
                    status=status,
                    order=order,
                    updated_after=updated_after,
                    with_deleted=with_deleted,
                    offset=offset,
                    limit=page_size,
                    on_malformed=(
                        (lambda pid, why: skipped.append((pid, why))) if on_malformed else None
                    ),
                )
            return page, skipped

        seen: set[str] = set()
        first, first_skipped = await fetch(0)
        target = first.count
        next_offset = page_size
        pending: deque[asyncio.Task[_Fetched]] = deque()
        page: ProductPage | None = first
        skipped = first_skipped
        try:
            while page is not None:
                for pid, why in skipped if on_malformed is not None else ():
                    on_malformed(pid, why)
                # Products created meanwhile raise the count; keep going to the new end.
                target = max(target, page.count)
                # Schedule the read-ahead before yielding, so the network works while
                # the caller processes this page.
                while next_offset < target and len(pending) < 2 * concurrency:
                    pending.append(asyncio.create_task(fetch(next_offset)))
                    next_offset += page_size
                # Products deleted meanwhile shift rows left; the id set keeps duplicates out.
                for product in page.products:
                    if product.id not in seen:
                        seen.add(product.id)
                        yield product
                page, skipped = await pending.popleft() if pending else (None, [])
        finally:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def get_product(self, product_id: str, *, fields: Fields = None) -> MedusaProduct:
        body = await self._request(
            "GET",
            f"/admin/products/{_path_id(product_id)}",
            retry=Retry.SAFE,
            params=_fields(fields),
        )
        return parse_model(ProductEnvelope, body, MEDUSA, "a product").product

    # ---------------------------------------------------------------- writes
    async def update_product(
        self, product_id: str, changes: Mapping[str, Any], *, fields: Fields = None
    ) -> MedusaProduct:
        """Partial update (``POST /admin/products/{id}``); last write wins."""
        body = await self._request(
            "POST",
            f"/admin/products/{_path_id(product_id)}",
            retry=Retry.BEFORE_SEND,
            params=_fields(fields),
            json=dict(changes),
        )
        return parse_model(ProductEnvelope, body, MEDUSA, "the updated product").product

    async def update_variants(
        self, product_id: str, updates: Sequence[Mapping[str, Any]], *, fields: Fields = None
    ) -> list[ProductVariant]:
        """Update some of a product's variants (``POST /admin/products/{id}/variants/batch``
        with ``update`` only); the updated variants. Last write wins.

        Each item carries the variant's ``id`` and the keys to set (prices given replace
        the variant's list); variants not named are left alone. ``fields`` apply to each
        variant (``prices.amount``, not ``variants.prices.amount``), not to the product.
        Medusa checks the whole update before it writes: a refusal (an SKU taken, say)
        changes none of the variants (variants_batch_update_duplicate_sku_error).
        """
        rows = [dict(update) for update in updates]
        if not rows:
            raise ValueError("an empty variants update")
        if any(not isinstance(row.get("id"), str) or not row["id"] for row in rows):
            raise ValueError("every variant update needs an 'id'")
        body = await self._request(
            "POST",
            f"/admin/products/{_path_id(product_id)}/variants/batch",
            retry=Retry.BEFORE_SEND,
            params=_fields(fields),
            json={"update": rows},
        )
        return parse_model(_VariantsBatch, body, MEDUSA, "the variants batch result").updated

    async def batch_update(
        self, updates: Sequence[Mapping[str, Any]], *, chunk_size: int = 50, fields: Fields = None
    ) -> list[MedusaProduct]:
        """Update many products via ``POST /admin/products/batch``, ``chunk_size`` per request.

        Each chunk is all-or-nothing on the server. If a chunk fails after others
        succeeded, :class:`BatchIncomplete` says which ids were saved.
        """
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        ids = []
        for update in updates:
            if not isinstance(update.get("id"), str) or not update["id"]:
                raise ValueError("every batch update needs an 'id'")
            ids.append(update["id"])
        saved: list[MedusaProduct] = []
        for start in range(0, len(updates), chunk_size):
            chunk = [dict(u) for u in updates[start : start + chunk_size]]
            try:
                body = await self._request(
                    "POST",
                    "/admin/products/batch",
                    retry=Retry.BEFORE_SEND,
                    params=_fields(fields),
                    json={"update": chunk},
                )
                result = parse_model(BatchResult, body, MEDUSA, "the batch result")
            except ApiError as exc:
                if start == 0:
                    raise
                raise BatchIncomplete(
                    server=MEDUSA,
                    cause=exc,
                    saved_ids=ids[:start],
                    failed_ids=ids[start : start + chunk_size],
                    pending_ids=ids[start + chunk_size :],
                ) from exc
            saved.extend(result.updated)
        return saved

    async def trigger_sync(self, collection: str = "products") -> str:
        """``POST /admin/payload/sync/{collection}``.

        Fire-and-forget: the 200 proves nothing; verify the outcome separately.
        """
        body = await self._request(
            "POST", f"/admin/payload/sync/{_path_id(collection)}", retry=Retry.BEFORE_SEND
        )
        message = body.get("message") if isinstance(body, dict) else None
        return message if isinstance(message, str) else ""

    # ------------------------------------------------- seeding / test helpers
    async def create_product(
        self, data: Mapping[str, Any], *, fields: Fields = None
    ) -> MedusaProduct:
        """Create a product; for tests and seeding only (the app never creates). Never retried."""
        body = await self._request(
            "POST", "/admin/products", retry=Retry.NEVER, params=_fields(fields), json=dict(data)
        )
        return parse_model(ProductEnvelope, body, MEDUSA, "the created product").product

    async def delete_product(self, product_id: str) -> None:
        """Soft-delete a product; for tests and seeding. 200 even for unknown ids."""
        await self._request(
            "DELETE", f"/admin/products/{_path_id(product_id)}", retry=Retry.BEFORE_SEND
        )
