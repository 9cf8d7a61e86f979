"""Async client for the Payload v3 REST API (API-key auth).

The client deliberately has no product create/delete and never sends
``is_from_medusa``: that flag bypasses the integration's access control, and
creating/deleting products belongs to Medusa's subscribers.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import httpx

from desktop_app.api.errors import BadCredentials, MalformedResponse, NotFound, RouteMissing
from desktop_app.api.http import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    HttpCore,
    Params,
    Retry,
    RetryPolicy,
)
from desktop_app.api.responses import PAYLOAD, parse_json, parse_model, payload_error
from desktop_app.api.where import Where
from desktop_app.i18n import translate
from desktop_app.models.payload import (
    DocEnvelope,
    DocId,
    FindPage,
    PayloadMe,
    PayloadMedia,
    PayloadProduct,
    PayloadUser,
)

T = TypeVar("T")

FORBIDDEN_PARAM = "is_from_medusa"
JOBS = "payload-jobs"
SCHEDULE_TASK = "schedulePublish"
METHOD_OVERRIDE = "X-Payload-HTTP-Method-Override"


def _select_params(select: Iterable[str] | None) -> list[tuple[str, str]]:
    # "seo.meta_title" → select[seo][meta_title]=true
    return [
        ("select" + "".join(f"[{p}]" for p in field.split(".")), "true") for field in select or ()
    ]


def _segment(value: str | int) -> str:
    text = str(value)
    if not text:
        raise ValueError("empty path segment")
    return quote(text, safe="")


class PayloadClient:
    """Payload REST client. Use as ``async with PayloadClient(...) as payload:``.

    ``base_url`` is the server origin (``http://host:3000``); a trailing ``/api``
    is accepted too. The key is sent as ``{auth_collection} API-Key {key}``.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        auth_collection: str = "users",
        api_path: str = "/api",
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy = DEFAULT_RETRY,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        max_url_length: int = 2000,
    ) -> None:
        if not api_key:
            raise ValueError("Payload API key is empty")
        origin = base_url.rstrip("/")
        api_path = "/" + api_path.strip("/")
        if origin.endswith(api_path):
            origin = origin[: -len(api_path)]
        self.origin = origin
        self._http = HttpCore(
            server=PAYLOAD,
            base_url=origin + api_path,
            transport=transport,
            timeout=timeout,
            retry_policy=retry_policy,
            sleep=sleep,
        )
        self.auth_collection = auth_collection
        self._authorization = f"{auth_collection} API-Key {api_key}"
        self.max_url_length = max_url_length

    def __repr__(self) -> str:
        return (
            f"PayloadClient(host={self._http.host!r}, "
            f"auth_collection={self.auth_collection!r}, api_key=<redacted>)"
        )

    async def __aenter__(self) -> PayloadClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def absolute_url(self, url: str) -> str:
        """Media ``url`` values are server-relative; prefix the origin."""
        return url if "://" in url else self.origin + "/" + url.lstrip("/")

    # --------------------------------------------------------------- request
    async def _request(
        self,
        method: str,
        path: str,
        *,
        retry: Retry,
        params: Params | None = None,
        json_body: Any = None,
        content: bytes | None = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        doc_id: DocId | None = None,
    ) -> Any:
        if any(k.split("[")[0] == FORBIDDEN_PARAM for k, _ in params or ()):
            raise ValueError(f"the desktop client must never send {FORBIDDEN_PARAM}")
        if isinstance(json_body, Mapping) and FORBIDDEN_PARAM in json_body:
            raise ValueError(f"the desktop client must never send {FORBIDDEN_PARAM}")
        resp = await self._http.send(
            method,
            path,
            retry=retry,
            params=params,
            json=json_body,
            content=content,
            data=data,
            files=files,
            headers={"Authorization": self._authorization, **(headers or {})},
        )
        if not resp.is_success:
            raise payload_error(resp, doc_id)
        return parse_json(resp, PAYLOAD)

    async def _read(self, path: str, params: list[tuple[str, str]]) -> Any:
        """GET, or POST with the method-override header when the query is too long for a URL."""
        encoded = urlencode(params, safe="[],$")
        if len(encoded) <= self.max_url_length:
            return await self._request("GET", path, retry=Retry.SAFE, params=params)
        return await self._request(
            "POST",
            path,
            retry=Retry.SAFE,  # the override makes this a read on the server
            content=encoded.encode("ascii"),
            headers={METHOD_OVERRIDE: "GET", "Content-Type": "application/x-www-form-urlencoded"},
        )

    # ------------------------------------------------------------------ auth
    async def me(self) -> PayloadMe:
        try:
            body = await self._request(
                "GET", f"/{_segment(self.auth_collection)}/me", retry=Retry.SAFE
            )
        except NotFound as exc:
            # A JSON 404 here means Payload runs, but the auth collection slug is wrong.
            raise RouteMissing(
                translate(
                    "ServerErrors",
                    "Payload has no user collection '{collection}'. "
                    "Check the user collection setting.",
                ).format(collection=self.auth_collection),
                server=PAYLOAD,
                status=exc.status,
            ) from None
        return parse_model(PayloadMe, body, PAYLOAD, "the account info")

    async def verify_key(self) -> PayloadUser:
        """The key's user. A bad key is not a 401 in Payload: ``/me`` answers ``user: null``."""
        me = await self.me()
        if me.user is None:
            raise BadCredentials(
                translate(
                    "ServerErrors",
                    "Payload API key not recognised. "
                    "Check the key and that API keys are enabled for the user.",
                ),
                server=PAYLOAD,
                status=200,
            )
        return me.user

    # ----------------------------------------------------------------- reads
    @staticmethod
    def _find_params(
        where: Where | None,
        limit: int,
        page: int | None,
        depth: int | None,
        sort: str | None,
        select: Iterable[str] | None,
    ) -> list[tuple[str, str]]:
        # Always an explicit limit: Payload's default of 10 silently truncates.
        params: list[tuple[str, str]] = [("limit", str(limit))]
        if page is not None:
            params.append(("page", str(page)))
        if depth is not None:
            params.append(("depth", str(depth)))
        if sort:
            params.append(("sort", sort))
        params += _select_params(select)
        if where is not None:
            params += where.to_params()
        return params

    async def find(
        self,
        collection: str,
        *,
        where: Where | None = None,
        limit: int = 100,
        page: int | None = None,
        depth: int | None = None,
        sort: str | None = None,
        select: Iterable[str] | None = None,
        model: type[T] = dict[str, Any],  # type: ignore[assignment]
        draft: bool = False,
    ) -> FindPage[T]:
        """One page of ``GET /api/{collection}``; ``limit=0`` returns every match.
        ``draft=True``: each doc's latest version (a newer draft where there is one), and
        ``where`` applies to those (collections with drafts only, docs/drafts.md)."""
        params = self._find_params(where, limit, page, depth, sort, select)
        if draft:
            params.append(("draft", "true"))
        body = await self._read(f"/{_segment(collection)}", params)
        return parse_model(FindPage[model], body, PAYLOAD, f"a {collection} list")  # type: ignore[valid-type]

    async def find_versions(
        self,
        collection: str,
        *,
        where: Where | None = None,
        limit: int = 100,
        page: int | None = None,
        depth: int | None = None,
        sort: str | None = None,
    ) -> FindPage[dict[str, Any]]:
        """One page of ``GET /api/{collection}/versions`` (``{id, parent, version, autosave,
        latest, updatedAt…}`` per doc). Ask only where the collection has versions
        (``capabilities().versions``): without them Payload 3.90 answers 500 here."""
        params = self._find_params(where, limit, page, depth, sort, None)
        body = await self._read(f"/{_segment(collection)}/versions", params)
        return parse_model(FindPage[dict[str, Any]], body, PAYLOAD, f"{collection} versions")

    async def iter_all(
        self,
        collection: str,
        *,
        where: Where | None = None,
        page_size: int = 100,
        depth: int | None = 0,
        sort: str = "id",
        select: Iterable[str] | None = None,
        model: type[T] = dict[str, Any],  # type: ignore[assignment]
    ) -> AsyncIterator[T]:
        """Every matching doc, page by page, sorted by a unique key so paging is stable."""
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        select = list(select) if select is not None else None
        seen: set[DocId] = set()
        page_no = 1
        while True:
            result = await self.find(
                collection,
                where=where,
                limit=page_size,
                page=page_no,
                depth=depth,
                sort=sort,
                select=select,
                model=model,
            )
            for doc in result.docs:
                # Rows shift when docs are deleted meanwhile; never yield one twice.
                doc_id = doc.get("id") if isinstance(doc, dict) else getattr(doc, "id", None)
                if doc_id is not None:
                    if doc_id in seen:
                        continue
                    seen.add(doc_id)
                yield doc
            if not result.has_next_page or not result.docs:
                return
            page_no += 1

    async def find_by_medusa_ids(
        self,
        ids: Iterable[str],
        *,
        chunk: int = 200,
        depth: int | None = 0,
        select: Iterable[str] | None = None,
        collection: str = "products",
    ) -> dict[str, PayloadProduct]:
        """Products keyed by ``medusa_id``; ids without a Payload doc are absent."""
        wanted = list(dict.fromkeys(ids))
        select = list(select) if select is not None else None
        if select is not None and "medusa_id" not in select:
            select.append("medusa_id")
        found: dict[str, PayloadProduct] = {}
        for start in range(0, len(wanted), chunk):
            part = wanted[start : start + chunk]
            async for doc in self.iter_all(
                collection,
                where=Where.in_("medusa_id", part),
                page_size=len(part),
                depth=depth,
                select=select,
                model=PayloadProduct,
            ):
                if doc.medusa_id is not None:
                    found[doc.medusa_id] = doc
        return found

    async def get(
        self,
        collection: str,
        doc_id: DocId,
        *,
        depth: int | None = None,
        select: Iterable[str] | None = None,
        draft: bool = False,
    ) -> dict[str, Any]:
        """One document; ``draft=True``: its latest version (the newest draft, if newer)."""
        params = ([("depth", str(depth))] if depth is not None else []) + _select_params(select)
        if draft:
            params.append(("draft", "true"))
        body = await self._request(
            "GET",
            f"/{_segment(collection)}/{_segment(doc_id)}",
            retry=Retry.SAFE,
            params=params,
            doc_id=doc_id,
        )
        if not isinstance(body, dict):
            raise MalformedResponse(
                translate(
                    "ServerErrors", "Payload sent a {collection} document that is not an object."
                ).format(collection=collection),
                server=PAYLOAD,
            )
        return body

    async def get_product(self, doc_id: DocId, *, depth: int | None = None) -> PayloadProduct:
        return parse_model(
            PayloadProduct, await self.get("products", doc_id, depth=depth), PAYLOAD, "a product"
        )

    async def count(self, collection: str, *, where: Where | None = None) -> int:
        params = where.to_params() if where is not None else []
        body = await self._read(f"/{_segment(collection)}/count", params)
        total = body.get("totalDocs") if isinstance(body, dict) else None
        if not isinstance(total, int) or isinstance(total, bool):
            raise MalformedResponse(
                translate("ServerErrors", "Payload's count reply had no totalDocs."), server=PAYLOAD
            )
        return total

    # ---------------------------------------------------------------- writes
    async def patch(
        self,
        collection: str,
        doc_id: DocId,
        data: Mapping[str, Any],
        *,
        override_lock: bool = False,
        depth: int | None = None,
        select: Iterable[str] | None = None,
        draft: bool = False,
    ) -> dict[str, Any]:
        """PATCH one document; returns the updated doc. 423 → :class:`Locked`.

        ``override_lock=True`` sends ``overrideLock=true``, which removes another
        editor's lock: only on the merchant's explicit request. ``draft=True`` sends
        ``draft=true``: with drafts on, a new draft version and the published document
        left as it is (docs/drafts.md).
        """
        if collection == "products" and "medusa_id" in data:
            raise ValueError("medusa_id belongs to Medusa and must not be patched")
        params: list[tuple[str, str]] = [("draft", "true")] if draft else []
        if override_lock:
            params.append(("overrideLock", "true"))
        if depth is not None:
            params.append(("depth", str(depth)))
        params += _select_params(select)
        body = await self._request(
            "PATCH",
            f"/{_segment(collection)}/{_segment(doc_id)}",
            retry=Retry.BEFORE_SEND,
            params=params,
            json_body=dict(data),
            doc_id=doc_id,
        )
        return parse_model(DocEnvelope[dict[str, Any]], body, PAYLOAD, "the updated document").doc

    async def patch_product(
        self,
        doc_id: DocId,
        data: Mapping[str, Any],
        *,
        override_lock: bool = False,
        depth: int | None = None,
    ) -> PayloadProduct:
        doc = await self.patch("products", doc_id, data, override_lock=override_lock, depth=depth)
        return parse_model(PayloadProduct, doc, PAYLOAD, "the updated product")

    async def upload_media(
        self,
        source: Path | str | bytes,
        filename: str | None = None,
        alt: str = "",
        *,
        content_type: str | None = None,
    ) -> PayloadMedia:
        """Upload a file to ``media``. Payload may rename it (``red-1.png``): use the result."""
        if isinstance(source, bytes):
            if not filename:
                raise ValueError("filename is required when uploading bytes")
            blob = source
        else:
            path = Path(source)
            blob = await asyncio.to_thread(path.read_bytes)
            filename = filename or path.name
        ctype = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        body = await self._request(
            "POST",
            "/media",
            retry=Retry.NEVER,  # a repeated upload would create a second media doc
            files={"file": (filename, blob, ctype)},
            # Other fields must be inside the _payload JSON string; plain form fields are ignored.
            data={"_payload": json.dumps({"alt": alt})},
        )
        return parse_model(DocEnvelope[PayloadMedia], body, PAYLOAD, "the uploaded media").doc

    # ------------------------------------------------------ scheduled publishing
    # Payload's ``schedulePublish`` jobs (``versions.drafts.schedulePublish``), over REST
    # where the deployment opens ``payload-jobs`` to its users (docs/drafts.md); Payload
    # deletes a job once it ran.
    async def schedules(self, doc_ids: Iterable[DocId] | None = None) -> list[dict[str, Any]]:
        """The upcoming (not started) publish/unpublish jobs, of ``doc_ids`` or all,
        soonest first. One document is asked for by ``equals``; several are filtered here:
        Payload 3.90 turns ``in`` on a JSON path into a jsonpath Postgres refuses (500)."""
        where = Where.all_of(Where.equals("taskSlug", SCHEDULE_TASK),
                             Where.equals("processing", False),
                             Where.exists("completedAt", False))
        wanted = None if doc_ids is None else {str(i) for i in doc_ids}
        if wanted is not None and len(wanted) == 1:
            where = where & Where.equals("input.doc.value", next(iter(wanted)))
        page = await self.find(JOBS, where=where, limit=0, depth=0, sort="waitUntil")
        return [job for job in page.docs if wanted is None or str(
            ((job.get("input") or {}).get("doc") or {}).get("value")) in wanted]

    async def queue_schedule(
        self, collection: str, doc_id: DocId, at: str, action: str = "publish"
    ) -> dict[str, Any]:
        """Queue a ``schedulePublish`` job: ``action`` (publish | unpublish) at ``at`` (ISO
        8601, UTC). Never retried after sending: a second job would run twice."""
        if action not in ("publish", "unpublish"):
            raise ValueError("action is publish or unpublish")
        body = await self._request(
            "POST", f"/{JOBS}", retry=Retry.BEFORE_SEND,
            json_body={"taskSlug": SCHEDULE_TASK, "waitUntil": at, "input": {
                "type": action, "doc": {"relationTo": collection, "value": str(doc_id)}}},
        )
        return parse_model(DocEnvelope[dict[str, Any]], body, PAYLOAD, "the scheduled job").doc

    async def cancel_schedule(self, job_id: DocId) -> None:
        """Delete an upcoming job. One that ran or was deleted answers 403 (:class:`Forbidden`)
        where only upcoming jobs may be deleted (the editorial stack, recorded)."""
        await self._request("DELETE", f"/{JOBS}/{_segment(job_id)}", retry=Retry.SAFE,
                            doc_id=job_id)
