"""Fake HTTP servers and response shapes recorded on real servers.

Shapes are copied from /work/shared/reference (Medusa 2.21.2, Payload 3.90.2).
"""

from __future__ import annotations

import base64
import copy
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

Handler = Callable[[httpx.Request], Any]


def json_response(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


def html_404(method: str, path: str) -> httpx.Response:
    # Express' default for unknown routes, as recorded on Medusa.
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n'
        f"</head>\n<body>\n<pre>Cannot {method} {path}</pre>\n</body>\n</html>\n"
    )
    return httpx.Response(404, text=html, headers={"content-type": "text/html; charset=utf-8"})


_NGINX_REASONS = {429: "Too Many Requests", 503: "Service Temporarily Unavailable"}


def proxy_refusal(status: int, retry_after: str | None = None) -> httpx.Response:
    """A 429/503 from a rate limiter in front of the shop (Medusa and Payload send neither).

    The body is nginx's built-in error page (``limit_req_status``); the header is what
    ``add_header Retry-After … always`` adds.
    """
    title = f"{status} {_NGINX_REASONS[status]}"
    html = (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    headers = {"content-type": "text/html", "server": "nginx"}
    if retry_after is not None:
        headers["retry-after"] = retry_after
    return httpx.Response(status, text=html, headers=headers)


class FakeServer:
    """Routes ``(method, path)`` to handlers; records every request.

    A handler returns an ``httpx.Response``, a list of them (served in turn, the
    last one repeated), raises an httpx exception, or is an async function.
    Unknown routes answer like Express: 404 HTML.
    """

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Any] = {}
        self.requests: list[httpx.Request] = []

    def route(self, method: str, path: str, handler: Any) -> None:
        if isinstance(handler, list):
            queue = list(handler)

            def serve(_: httpx.Request) -> Any:
                item = queue.pop(0) if len(queue) > 1 else queue[0]
                if isinstance(item, Exception):
                    raise item
                return item

            self.routes[(method, path)] = serve
        else:
            self.routes[(method, path)] = handler

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # The desktop client must never send the flag that bypasses Payload access control.
        assert "is_from_medusa" not in str(request.url)
        assert b"is_from_medusa" not in request.content
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return html_404(request.method, request.url.path)
        if isinstance(handler, httpx.Response):
            return handler
        result = handler(request)
        if inspect.isawaitable(result):
            result = await result
        return result

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


class SleepRecorder:
    """Replaces asyncio.sleep in retry loops: records delays, never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def make_jwt(claims: dict[str, Any]) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{b64(json.dumps(claims).encode())}.{b64(b'not-a-real-signature')}"


def medusa_jwt(iat: int = 1795756452, exp: int = 1795842852) -> str:
    return make_jwt(
        {
            "actor_id": "user_01M8DPF2CD7W3382EDWZN3Q8DR",
            "actor_type": "user",
            "auth_identity_id": "authid_01M8DPF2JMWHQT145D63BFVVMB",
            "auth_provider": "emailpass",
            "mfa_enabled": False,
            "mfa_challenge_completed_at": None,
            "app_metadata": {"user_id": "user_01M8DPF2CD7W3382EDWZN3Q8DR"},
            "user_metadata": {},
            "iat": iat,
            "exp": exp,
        }
    )


# ----------------------------------------------------------------- Medusa shapes

_TS = "2026-11-27T05:09:24.797Z"

MEDUSA_OPTION = {
    "id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
    "title": "Size",
    "is_exclusive": True,
    "metadata": None,
    "created_at": _TS,
    "updated_at": _TS,
    "deleted_at": None,
    "values": [
        {
            "id": "optval_01M8DPGVD22V64ARQP08VHEYN3",
            "value": "S",
            "rank": None,
            "metadata": None,
            "option_id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
            "created_at": _TS,
            "updated_at": _TS,
            "deleted_at": None,
        }
    ],
}

MEDUSA_VARIANT = {
    "id": "variant_01M8DPGVES6D2MAP548ZX6CEKK",
    "title": "M / White",
    "sku": "PROBE-M-WHITE",
    "barcode": None,
    "ean": None,
    "upc": None,
    "allow_backorder": False,
    "manage_inventory": False,
    "hs_code": None,
    "origin_country": None,
    "mid_code": None,
    "material": None,
    "weight": None,
    "length": None,
    "height": None,
    "width": None,
    "metadata": None,
    "variant_rank": 0,
    "thumbnail": None,
    "product_id": "prod_01M8DPGVCZ9BYN71WJNH6A1C1G",
    "created_at": _TS,
    "updated_at": _TS,
    "deleted_at": None,
    "images": [],
    "options": [
        {
            "id": "optval_01M8DPGVD23T6C9270WTNR64E2",
            "value": "M",
            "rank": None,
            "metadata": None,
            "option_id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
            "option": {
                "id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
                "title": "Size",
                "is_exclusive": True,
                "metadata": None,
                "created_at": _TS,
                "updated_at": _TS,
                "deleted_at": None,
            },
            "created_at": _TS,
            "updated_at": _TS,
            "deleted_at": None,
        }
    ],
    "prices": [
        {
            "id": "price_01M8DPGVFFK66CXG4B65RS2E6D",
            "amount": 10,
            "currency_code": "eur",
            "min_quantity": None,
            "max_quantity": None,
            "variant_id": "variant_01M8DPGVESTWDSYVPVNGXK53CB",
            "created_at": _TS,
            "updated_at": _TS,
            "rules": {},
        }
    ],
}

MEDUSA_PRODUCT = {
    "id": "prod_01M8DPGVCZ9BYN71WJNH6A1C1G",
    "title": "Probe T-Shirt",
    "subtitle": None,
    "status": "published",
    "external_id": None,
    "description": "A probe product",
    "handle": "probe-t-shirt",
    "is_giftcard": False,
    "discountable": True,
    "thumbnail": None,
    "collection_id": None,
    "type_id": None,
    "weight": None,
    "length": None,
    "height": None,
    "width": None,
    "hs_code": None,
    "origin_country": None,
    "mid_code": None,
    "material": None,
    "created_at": "2026-11-27T05:09:24.797Z",
    "updated_at": "2026-11-27T05:14:13.476Z",
    "deleted_at": None,
    "metadata": {"source": "probe", "payload_id": 7},
    "type": None,
    "collection": None,
    "options": [MEDUSA_OPTION],
    "tags": [],
    "images": [],
    "variants": [MEDUSA_VARIANT],
    "sales_channels": [],
}

MEDUSA_401 = {"message": "Unauthorized"}
MEDUSA_WRONG_LOGIN = {"type": "unauthorized", "message": "Invalid email or password"}
MEDUSA_NOT_FOUND = {"type": "not_found", "message": "Product not found"}
MEDUSA_UNKNOWN_ERROR = {
    "code": "unknown_error",
    "type": "unknown_error",
    "message": "An unknown error occurred.",
}


def medusa_invalid(message: str) -> dict[str, str]:
    return {"type": "invalid_data", "message": message}


def medusa_product(**overrides: Any) -> dict[str, Any]:
    data = copy.deepcopy(MEDUSA_PRODUCT)
    data.update(overrides)
    return data


# ---------------------------------------------------------------- Payload shapes

PAYLOAD_MEDIA = {
    "id": 1,
    "alt": "red square",
    "updatedAt": "2026-11-27T05:12:22.940Z",
    "createdAt": "2026-11-27T05:12:22.940Z",
    "url": "/api/media/file/red.png",
    "thumbnailURL": None,
    "filename": "red.png",
    "mimeType": "image/png",
    "filesize": 75,
    "width": 8,
    "height": 8,
    "focalX": 50,
    "focalY": 50,
}

PAYLOAD_PRODUCT = {
    "id": 2,
    "medusa_id": "b",
    "title": "Product B",
    "subtitle": None,
    "description": None,
    "thumbnail": None,
    "images": [],
    "seo": {"meta_title": None, "meta_description": None, "meta_keywords": None},
    "options": [],
    "variants": [],
    "updatedAt": "2026-11-27T05:12:22.503Z",
    "createdAt": "2026-11-27T05:12:22.503Z",
}

LEXICAL_DESCRIPTION = {
    "root": {
        "type": "root",
        "format": "",
        "indent": 0,
        "version": 1,
        "direction": "ltr",
        "children": [
            {
                "type": "paragraph",
                "format": "",
                "indent": 0,
                "version": 1,
                "direction": "ltr",
                "textFormat": 0,
                "children": [
                    {
                        "type": "text",
                        "text": "Soft cotton",
                        "format": 0,
                        "mode": "normal",
                        "style": "",
                        "detail": 0,
                        "version": 1,
                    }
                ],
            }
        ],
    }
}

PAYLOAD_PRODUCT_FULL = {
    "id": 1,
    "medusa_id": "prod_01M8DPGVCZ9BYN71WJNH6A1C1G",
    "title": "Probe T-Shirt",
    "subtitle": "override",
    "description": LEXICAL_DESCRIPTION,
    "thumbnail": 1,
    "images": [{"id": "6b091137fd801d71523e1c78", "image": 2}],
    "seo": {"meta_title": "T", "meta_description": None, "meta_keywords": None},
    "options": [
        {
            "id": "6b091136fd801d71523e1c75",
            "title": "Size",
            "medusa_id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
        }
    ],
    "variants": [
        {
            "id": "6b091136fd801d71523e1c76",
            "title": "M / White",
            "medusa_id": "variant_01M8DPGVES6D2MAP548ZX6CEKK",
            "option_values": [
                {
                    "id": "6b091136fd801d71523e1c77",
                    "medusa_id": "optval_01M8DPGVD23T6C9270WTNR64E2",
                    "medusa_option_id": "opt_01M8DPGVCZT07R6FJBQ0GHE18N",
                    "value": "M",
                }
            ],
        }
    ],
    "updatedAt": "2026-11-27T05:12:23.728Z",
    "createdAt": "2026-11-27T05:12:22.503Z",
}


def payload_find(
    docs: list[dict[str, Any]], *, limit: int = 10, page: int = 1, total: int | None = None
):
    total = len(docs) if total is None else total
    pages = 1 if limit == 0 else max(1, -(-total // limit))
    return {
        "docs": docs,
        "hasNextPage": page < pages,
        "hasPrevPage": page > 1,
        "limit": limit,
        "nextPage": page + 1 if page < pages else None,
        "page": page,
        "pagingCounter": (page - 1) * limit + 1,
        "prevPage": page - 1 if page > 1 else None,
        "totalDocs": total,
        "totalPages": pages,
    }


PAYLOAD_ME_KEY = {
    "user": {
        "id": 1,
        "updatedAt": "2026-11-27T05:12:20.000Z",
        "createdAt": "2026-11-27T05:12:20.000Z",
        "enableAPIKey": True,
        "email": "admin@example.com",
        "sessions": [],
        "collection": "users",
        "hasAPIKey": True,
        "_strategy": "api-key",
    },
    "collection": "users",
    "strategy": "api-key",
    "message": "Account",
}
PAYLOAD_ME_ANON = {"user": None, "message": "Account"}
PAYLOAD_FORBIDDEN = {"errors": [{"message": "You are not allowed to perform this action."}]}
PAYLOAD_NOT_FOUND = {"errors": [{"message": "Not Found"}]}
PAYLOAD_LOCKED = {
    "errors": [
        {"message": "Document with ID 1 is currently locked by another user and cannot be updated."}
    ]
}
PAYLOAD_REQUIRED_TITLE = {
    "errors": [
        {
            "name": "ValidationError",
            "data": {
                "collection": "products",
                "errors": [
                    {"label": "Title", "message": "This field is required.", "path": "title"}
                ],
            },
            "message": "The following field is invalid: Title",
        }
    ]
}
PAYLOAD_SEVERAL_FIELDS_MINIFIED = {
    "errors": [
        {
            "name": "m",  # `next start` minifies the class name
            "data": {
                "collection": "products",
                "errors": [
                    {
                        "label": "Medusa Product ID",
                        "message": "This field is required.",
                        "path": "medusa_id",
                    },
                    {"label": "Title", "message": "This field is required.", "path": "title"},
                ],
            },
            "message": "The following fields are invalid: Medusa Product ID, Title",
        }
    ]
}
PAYLOAD_UNIQUE = {
    "errors": [
        {
            "name": "ValidationError",
            "data": {
                "collection": "products",
                "errors": [
                    {
                        "message": "Value must be unique",
                        "path": "medusa_id",
                        "tableName": "products",
                    }
                ],
            },
            "message": "The following field is invalid: medusa_id",
        }
    ]
}
PAYLOAD_BULK_LOCKED = {
    "docs": [],
    "errors": [
        {
            "id": 1,
            "isPublic": True,
            "message": "Document with ID 1 is currently locked by another user "
            "and cannot be updated.",
        }
    ],
    "message": "Unable to update 1 out of 1 Product.",
}
