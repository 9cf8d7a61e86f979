"""Shared HTTP plumbing: one AsyncClient per server, timeouts, safe retries.

Retries follow the request's :class:`Retry` class, chosen by the caller:

* ``SAFE``: reads. Retried on connect errors, timeouts, broken connections and
  429/502/503/504, because repeating a read cannot change data.
* ``BEFORE_SEND``: updates. Retried only when the request provably was not applied:
  it never left (connection refused / could not connect / no pooled connection), or
  the answer is a refusal: 429 Too Many Requests, or 503 Service Unavailable *with*
  ``Retry-After``. Neither Medusa nor Payload sends these; a rate limiter or proxy in
  front does, before forwarding. A bare 503 is not proof: some proxies answer 503
  when the upstream dropped a request it had already received (Envoy's "reset before
  headers", Heroku's request timeout), and an update that reached the server might
  already be applied.
* ``NEVER``: creates and uploads. Never repeated: a duplicate would be created.

A 429 or 503 with ``Retry-After`` (RFC 9110 §10.2.3: delta-seconds or an HTTP-date)
is retried after exactly that wait instead of the backoff, when it is at most
``RetryPolicy.max_retry_after``; a longer wait is not slept through: the answer is
returned at once and its error carries ``retry_after`` for the caller to schedule.

A transport error says whether a connection was made at all
(``TransportError.connected``): "could not connect" means the server is down,
a broken or timed-out request on a working connection may be a passing fault.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop_app.api.errors import ApiError, Timeout, Unreachable
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# Answers worth repeating a read for: the request may pass on another try.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Answers that refuse the request for a while (rate limit, overload, maintenance);
# their Retry-After says how long.
REFUSAL_STATUSES = frozenset({429, 503})

Params = Sequence[tuple[str, str]]
# Multipart parts as httpx takes them: a mapping, or (field, file) pairs when a field repeats.
Files = Mapping[str, Any] | Sequence[tuple[str, Any]]


class Retry(enum.Enum):
    SAFE = "safe"
    BEFORE_SEND = "before_send"
    NEVER = "never"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter. ``attempts`` counts the first try.

    ``max_retry_after`` is the longest ``Retry-After`` slept through before a retry;
    a longer one ends the retries (nobody waits minutes on a progress bar).
    """

    attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, retry_number: int, rng: random.Random) -> float:
        """Delay before retry ``retry_number`` (0-based): half fixed, half random."""
        cap = min(self.max_delay, self.base_delay * (2**retry_number))
        return cap / 2 + rng.uniform(0, cap / 2)


DEFAULT_RETRY = RetryPolicy()
NO_RETRY = RetryPolicy(attempts=1)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds a ``Retry-After`` value asks to wait (never negative), None if unreadable.

    ``now`` is the current Unix time, for the HTTP-date form.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" or an obsolete form: HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def retry_after(response: httpx.Response, now: float | None = None) -> float | None:
    """The response's ``Retry-After`` wait in seconds, for a 429 or 503 only.

    Other statuses may carry the header (a 3xx), but only these two refuse the
    request for a while.
    """
    if response.status_code not in REFUSAL_STATUSES:
        return None
    return parse_retry_after(
        response.headers.get("retry-after"), time.time() if now is None else now
    )


def _retryable_status(status: int, asked: float | None, retry: Retry) -> bool:
    """Whether an answer with ``status`` (and ``Retry-After`` wait ``asked``) is retried."""
    if retry is Retry.SAFE:
        return status in RETRY_STATUSES
    if retry is Retry.BEFORE_SEND:
        # See the module docstring: a 503 refuses for sure only when it says for how long.
        return status == 429 or (status == 503 and asked is not None)
    return False


# Exceptions raised before any byte of the request was sent.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_READ = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _retryable_exc(exc: Exception, retry: Retry) -> bool:
    if retry is Retry.SAFE:
        return isinstance(exc, _RETRYABLE_READ)
    if retry is Retry.BEFORE_SEND:
        return isinstance(exc, _NOT_SENT)
    return False


def transport_error(exc: Exception, server: str, host: str) -> ApiError:
    """Merchant-readable error for an httpx exception (never includes headers)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return Timeout(
            translate(
                "ServerErrors",
                "Could not connect to {server} at {host} in time. "
                "Is the server running and the address right?",
            ).format(server=server, host=host),
            server=server,
            connected=False,
        )
    if isinstance(exc, httpx.TimeoutException):
        return Timeout(
            translate(
                "ServerErrors", "{server} at {host} did not answer in time. Try again later."
            ).format(server=server, host=host),
            server=server,
        )
    if isinstance(exc, httpx.ConnectError):
        return Unreachable(
            translate(
                "ServerErrors",
                "Could not connect to {server} at {host}. "
                "Is the server running and the address right?",
            ).format(server=server, host=host),
            server=server,
            connected=False,
        )
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return Unreachable(
            translate("ServerErrors", "The {server} address is not a valid http(s) URL.").format(
                server=server
            ),
            server=server,
            connected=False,
        )
    return Unreachable(
        translate("ServerErrors", "The connection to {server} at {host} broke. Try again.").format(
            server=server, host=host
        ),
        server=server,
    )


class HttpCore:
    """One ``httpx.AsyncClient`` plus the retry loop; knows nothing about auth or payloads."""

    def __init__(
        self,
        *,
        server: str,
        base_url: str,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy = DEFAULT_RETRY,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.server = server
        url = httpx.URL(base_url)
        # Host only: a URL may embed user:password, which must never be shown.
        self.host = f"{url.host}:{url.port}" if url.port else (url.host or base_url)
        self.retry_policy = retry_policy
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._clock = clock
        self._client = httpx.AsyncClient(
            base_url=url.copy_with(username=None, password=None) if url.host else base_url,
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": "shop-desktop-admin"},
        )

    async def send(
        self,
        method: str,
        url: str,
        *,
        retry: Retry,
        params: Params | None = None,
        json: Any = None,
        content: bytes | None = None,
        data: Mapping[str, str] | None = None,
        files: Files | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send with retries; returns any HTTP response, raises only transport errors."""
        attempts = max(1, self.retry_policy.attempts) if retry is not Retry.NEVER else 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            asked: float | None = None  # the server's Retry-After, if it sent one
            started = time.monotonic()
            try:
                response = await self._client.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    content=content,
                    data=data,
                    files=files,
                    headers=headers,
                )
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                if last or not _retryable_exc(exc, retry):
                    raise transport_error(exc, self.server, self.host) from None
                log.info(
                    "%s %s %s failed (%s), retrying", self.server, method, url, type(exc).__name__
                )
            else:
                log.debug(
                    "%s %s %s -> %s in %.0f ms",
                    self.server,
                    method,
                    url,
                    response.status_code,
                    (time.monotonic() - started) * 1000,
                )
                asked = retry_after(response, self._clock())
                if last or not _retryable_status(response.status_code, asked, retry):
                    return response
                if asked is not None and asked > self.retry_policy.max_retry_after:
                    return response  # its error tells the caller how long to wait
                log.info("%s %s %s -> %s, retrying", self.server, method, url, response.status_code)
            await self._sleep(
                asked if asked is not None else self.retry_policy.delay(attempt, self._rng)
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self._client.aclose()
