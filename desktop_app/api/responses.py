"""Turn HTTP responses into JSON values or into the error hierarchy.

Only the response status, content type and body are read; request headers
(credentials) never reach an error message.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    Conflict,
    Forbidden,
    Locked,
    MalformedResponse,
    NotFound,
    RateLimited,
    RouteMissing,
    ServerError,
    Validation,
)
from desktop_app.api.http import retry_after
from desktop_app.i18n import translate
from desktop_app.servers import Server

MEDUSA = Server.MEDUSA.label  # errors name the server as people do
PAYLOAD = Server.PAYLOAD.label

M = TypeVar("M", bound=BaseModel)


def is_json(response: httpx.Response) -> bool:
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return ctype == "application/json" or ctype.endswith("+json")


def parse_json(response: httpx.Response, server: str) -> Any:
    """Body as JSON, or MalformedResponse when it is not JSON."""
    if not is_json(response):
        ctype = response.headers.get("content-type", "no content type").split(";")[0]
        raise MalformedResponse(
            translate(
                "ServerErrors",
                "The server answered with {type} instead of JSON. "
                "Check that the {server} address is correct.",
            ).format(type=ctype, server=server),
            server=server,
            status=response.status_code,
        )
    try:
        return json.loads(response.content)
    except ValueError:
        raise MalformedResponse(
            translate("ServerErrors", "{server} sent a reply that is not valid JSON.").format(
                server=server
            ),
            server=server,
            status=response.status_code,
        ) from None


def parse_model(model: type[M], data: Any, server: str, what: str) -> M:
    """Validate server data; failures become MalformedResponse with a short, readable reason."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise MalformedResponse(
            f"{server} sent {what} in an unexpected shape ({summarise_validation(exc)}).",
            server=server,
        ) from None


def summarise_validation(exc: ValidationError, limit: int = 3) -> str:
    """The first ``limit`` problems of ``exc`` as "path: message; …", without input values."""
    # include_input=False: the offending values are shop data, not needed to diagnose.
    parts = []
    for err in exc.errors(include_url=False, include_input=False)[:limit]:
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{loc}: {err['msg']}")
    more = exc.error_count() - limit
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts)


def _safe_body(response: httpx.Response) -> Any:
    if not is_json(response):
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _route_missing(response: httpx.Response, server: str) -> RouteMissing:
    try:
        path = response.request.url.path
    except RuntimeError:  # response built without a request (tests)
        path = "?"
    return RouteMissing(
        translate(
            "ServerErrors",
            "{server} has no API route {path}. "
            "Check the {server} address and that the server version is supported.",
        ).format(server=server, path=path),
        server=server,
        status=response.status_code,
    )


def wait_text(seconds: float) -> str:
    """A wait as a merchant reads it: "12 s", "5 min", "2 h" (rounded up, never "0 s")."""
    if seconds < 90:
        return f"{max(1, math.ceil(seconds))} s"
    if seconds < 90 * 60:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


def _refusal(response: httpx.Response, server: str) -> ApiError | None:
    """Error for a 429, or a 503 with ``Retry-After``: a refusal for a while, not a fault.

    Neither Medusa nor Payload answers these itself (a rate limiter or proxy in front
    does), so the body says nothing useful; the wait goes on the error as ``retry_after``.
    """
    status = response.status_code
    wait = retry_after(response)
    if status == 429:
        if wait is None:
            busy = translate("ServerErrors", "{server} is busy (HTTP 429); try again in a moment.")
        else:
            busy = translate("ServerErrors", "{server} is busy (HTTP 429); retry in {wait}.")
        return RateLimited(
            busy.format(server=server, wait=wait_text(wait or 0)),
            server=server,
            status=status,
            retry_after=wait,
        )
    if status == 503 and wait is not None:
        return ServerError(
            translate(
                "ServerErrors", "{server} is unavailable for now (HTTP 503); retry in {wait}."
            ).format(server=server, wait=wait_text(wait)),
            server=server,
            status=status,
            retry_after=wait,
        )
    return None


# --------------------------------------------------------------------------- Medusa

_SPLIT = re.compile(
    r"\n|; (?=Field |Expected|Unrecognized fields|Value for field|Invalid arguments)"
)
_FIELD_PATTERNS = (
    re.compile(r"Field '([^']*)' is required"),
    re.compile(r"for field '([^']*)'"),
    re.compile(r"Invalid arguments for '([^']*)'"),
)
_UNRECOGNIZED = re.compile(r"Unrecognized fields: '([^']*)'")
_KEYWORD_FIELDS = (
    (re.compile(r"product handle|with handle", re.I), "handle"),
    (re.compile(r"options are not provided|Option value .* does not exist", re.I), "options"),
    (re.compile(r"^Variant .* already exists", re.I), "variants"),
)


def _medusa_path(raw: str) -> str:
    # zod paths are joined with ", " ("variants, 0, title").
    return ".".join(p.strip() for p in raw.split(",") if p.strip())


def parse_medusa_validation(message: str) -> tuple[dict[str, str], list[str]]:
    """Map Medusa ``invalid_data`` text to ``{field: message}`` plus field-less messages."""
    fields: dict[str, list[str]] = {}
    general: list[str] = []
    for part in _SPLIT.split(message):
        text = part.strip()
        if text.startswith("Invalid request:"):
            text = text[len("Invalid request:") :].strip()
        if not text:
            continue
        names: list[str] = []
        if m := _UNRECOGNIZED.search(text):
            names = [_medusa_path(k) for k in m.group(1).split(",") if k.strip()]
        else:
            for pattern in _FIELD_PATTERNS:
                if m := pattern.search(text):
                    names = [_medusa_path(m.group(1))]
                    break
            else:
                names = [f for rx, f in _KEYWORD_FIELDS if rx.search(text)][:1]
        if not names:
            general.append(text)
        for name in names:
            fields.setdefault(name, []).append(text)
    return {k: "\n".join(v) for k, v in fields.items()}, general


def medusa_error(response: httpx.Response) -> ApiError:
    """Error for a non-2xx Medusa response."""
    status = response.status_code
    body = _safe_body(response)
    msg = (
        body.get("message")
        if isinstance(body, dict) and isinstance(body.get("message"), str)
        else None
    )
    kind = body.get("type") if isinstance(body, dict) else None

    if status == 404 and body is None:
        return _route_missing(response, MEDUSA)
    if 300 <= status < 400:
        return RouteMissing(
            translate(
                "ServerErrors",
                "Medusa redirected the request. Check the address (for example http vs https).",
            ),
            server=MEDUSA,
            status=status,
        )
    if status == 401:
        if msg == "Invalid email or password":
            return BadCredentials(
                translate("ServerErrors", "Medusa rejected the email or password."),
                server=MEDUSA,
                status=status,
            )
        return BadCredentials(
            translate(
                "ServerErrors", "Medusa did not accept the credentials (wrong, expired or revoked)."
            ),
            server=MEDUSA,
            status=status,
        )
    if status == 403:
        refused = (
            translate("ServerErrors", "Medusa refused this action: {message}.").format(message=msg)
            if msg
            else translate("ServerErrors", "Medusa refused this action: insufficient permissions.")
        )
        return Forbidden(
            refused,
            server=MEDUSA,
            status=status,
        )
    if status == 404:
        return NotFound(
            msg or translate("ServerErrors", "Medusa could not find this record."),
            server=MEDUSA,
            status=status,
        )
    if status == 409:
        return Conflict(
            translate(
                "ServerErrors", "Medusa was busy with a conflicting change; please try again."
            ),
            server=MEDUSA,
            status=status,
        )
    if refusal := _refusal(response, MEDUSA):
        return refusal
    if status in (400, 422) or kind == "invalid_data":
        text = msg or translate("ServerErrors", "Medusa rejected the data.")
        fields, general = parse_medusa_validation(text)
        # dict.fromkeys: one "Unrecognized fields" text can name several fields.
        shown = "\n".join(dict.fromkeys([*fields.values(), *general])) or text
        return Validation(shown, server=MEDUSA, status=status, field_errors=fields, general=general)
    if status >= 500:
        return ServerError(_internal_error(MEDUSA, status, msg), server=MEDUSA, status=status)
    return ApiError(_answered(MEDUSA, status, msg), server=MEDUSA, status=status)


# --------------------------------------------------------------------------- Payload

_LOCKED_ID = re.compile(r"Document with ID (\S+) is currently locked")


def _payload_messages(body: Any) -> list[str]:
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list):
        return []
    return [
        e["message"] for e in errors if isinstance(e, dict) and isinstance(e.get("message"), str)
    ]


def parse_payload_validation(body: Any) -> tuple[dict[str, str], list[str]]:
    """Map a Payload 400 body (single-doc or bulk) to ``{path: message}`` plus other messages."""
    fields: dict[str, list[str]] = {}
    general: list[str] = []
    errors = body.get("errors") if isinstance(body, dict) else None
    for err in errors if isinstance(errors, list) else []:
        if not isinstance(err, dict):
            continue
        data = err.get("data")
        # Key on the shape, not on ``name``: production builds minify it ("m").
        details = data.get("errors") if isinstance(data, dict) else None
        if isinstance(details, list) and details:
            for d in details:
                if isinstance(d, dict) and isinstance(d.get("path"), str):
                    fields.setdefault(d["path"], []).append(
                        str(d.get("message") or translate("ServerErrors", "Invalid value."))
                    )
            continue
        message = err.get("message")
        if isinstance(message, str):
            # Bulk errors name the failing document.
            general.append(
                translate("ServerErrors", "Document {id}: {message}").format(
                    id=err["id"], message=message
                )
                if "id" in err
                else message
            )
    return {k: "\n".join(v) for k, v in fields.items()}, general


def payload_error(response: httpx.Response, doc_id: str | int | None = None) -> ApiError:
    """Error for a non-2xx Payload response."""
    status = response.status_code
    body = _safe_body(response)
    messages = _payload_messages(body)
    joined = " ".join(messages)

    if status == 404 and body is None:
        return _route_missing(response, PAYLOAD)
    if 300 <= status < 400:
        return RouteMissing(
            translate(
                "ServerErrors",
                "Payload redirected the request. Check the address (for example http vs https).",
            ),
            server=PAYLOAD,
            status=status,
        )
    if status == 401:
        return BadCredentials(
            translate("ServerErrors", "Payload did not accept the credentials."),
            server=PAYLOAD,
            status=status,
        )
    if status == 403:
        return Forbidden(
            translate(
                "ServerErrors",
                "Payload refused this action. The API key may be wrong, disabled, "
                "or belong to a user without access.",
            ),
            server=PAYLOAD,
            status=status,
        )
    if status == 404:
        return NotFound(
            translate("ServerErrors", "Payload could not find this document."),
            server=PAYLOAD,
            status=status,
        )
    if status == 423:
        m = _LOCKED_ID.search(joined)
        return Locked(
            translate(
                "ServerErrors",
                "This document is open in Payload admin by someone else and is locked. "
                "Try again later, or override the lock.",
            ),
            server=PAYLOAD,
            status=status,
            doc_id=m.group(1) if m else doc_id,
        )
    if status in (400, 422):
        fields, general = parse_payload_validation(body)
        if (
            isinstance(body, dict)
            and not fields
            and not general
            and isinstance(body.get("message"), str)
        ):
            general = [body["message"]]
        shown = "\n".join([f"{k}: {v}" for k, v in fields.items()] + general) or translate(
            "ServerErrors", "Payload rejected the data."
        )
        return Validation(
            shown, server=PAYLOAD, status=status, field_errors=fields, general=general
        )
    if refusal := _refusal(response, PAYLOAD):
        return refusal
    if status >= 500:
        return ServerError(_internal_error(PAYLOAD, status, joined), server=PAYLOAD, status=status)
    return ApiError(_answered(PAYLOAD, status, joined), server=PAYLOAD, status=status)


def _internal_error(server: str, status: int, detail: str | None) -> str:
    """A 5xx, with the server's own words when it gave any (without "(… .).")."""
    if detail:
        return translate(
            "ServerErrors", "{server} had an internal error, HTTP {status} ({detail})."
        ).format(server=server, status=status, detail=detail.rstrip("."))
    return translate("ServerErrors", "{server} had an internal error, HTTP {status}.").format(
        server=server, status=status
    )


def _answered(server: str, status: int, detail: str | None) -> str:
    """Any other status, with the server's own words when it gave any."""
    if detail:
        return translate("ServerErrors", "{server} answered HTTP {status}: {detail}.").format(
            server=server, status=status, detail=detail
        )
    return translate("ServerErrors", "{server} answered HTTP {status}.").format(
        server=server, status=status
    )
