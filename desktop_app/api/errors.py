"""Error hierarchy shared by the Medusa and Payload clients.

Every message is meant to be shown to a merchant as is. Messages never contain
credentials, tokens, request headers or request bodies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from babel.numbers import format_decimal

from desktop_app.i18n import translate
from desktop_app.money import current_locale


class ApiError(Exception):
    """Base class: something went wrong talking to ``server``.

    ``retry_after`` is the wait in seconds the server asked for (``Retry-After`` on a
    429 or 503) before the request may be sent again, or None when it said nothing.
    """

    def __init__(
        self,
        message: str,
        *,
        server: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.server = server
        self.status = status
        self.message = message
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.server}: {self.message}"

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(server={self.server!r}, status={self.status!r}, message={self.message!r})"


class BadCredentials(ApiError):
    """The server did not accept the login, secret key or API key."""


class Forbidden(ApiError):
    """Authenticated (or anonymous) but not allowed to do this."""


class NotFound(ApiError):
    """The record does not exist (the route itself exists)."""


class RouteMissing(ApiError):
    """The URL is not an API route: wrong base URL or an unexpected server version."""


class Validation(ApiError):
    """The server rejected the data.

    ``field_errors`` maps a dotted field path (``title``, ``variants.0.title``) to a
    message; several messages for one field are joined by ``\\n``. Messages that name
    no field are in ``general``.
    """

    def __init__(
        self,
        message: str,
        *,
        server: str,
        status: int | None = None,
        field_errors: Mapping[str, str] | None = None,
        general: Sequence[str] = (),
    ) -> None:
        super().__init__(message, server=server, status=status)
        self.field_errors: dict[str, str] = dict(field_errors or {})
        self.general: list[str] = list(general)


class Locked(ApiError):
    """Payload 423: the document is open in Payload admin by someone else."""

    def __init__(
        self,
        message: str,
        *,
        server: str,
        status: int | None = 423,
        doc_id: str | int | None = None,
    ) -> None:
        super().__init__(message, server=server, status=status)
        self.doc_id = doc_id


class Conflict(ApiError):
    """Medusa 409: the request raced with another one; it may be retried."""


class ServerError(ApiError):
    """5xx: the server failed while handling the request."""


class RateLimited(ApiError):
    """429: the server (or a proxy before it) refused the request for now; not applied.

    ``retry_after`` says how long to wait when the server sent ``Retry-After``.
    """


class TransportError(ApiError):
    """No usable HTTP answer was received (base for Unreachable/Timeout).

    ``connected`` is False when no connection could be opened at all (refused,
    unknown host, connect timeout): the server is down or misaddressed, which a
    caller may treat differently from one request lost on a working connection.
    """

    def __init__(
        self, message: str, *, server: str, status: int | None = None, connected: bool = True
    ) -> None:
        super().__init__(message, server=server, status=status)
        self.connected = connected


class Unreachable(TransportError):
    """Could not connect, or the connection broke."""


class Timeout(TransportError):
    """The server did not answer in time."""


class MalformedResponse(ApiError):
    """The answer was not JSON, or not in the expected shape."""


class BatchIncomplete(ApiError):
    """A chunked batch stopped part way; earlier chunks were saved.

    ``saved_ids`` were written, ``failed_ids`` is the chunk that was rejected (as a
    whole: Medusa batches are all-or-nothing) and ``pending_ids`` were not tried.
    ``cause`` is the error of the failed chunk.
    """

    def __init__(
        self,
        *,
        server: str,
        cause: ApiError,
        saved_ids: Sequence[str],
        failed_ids: Sequence[str],
        pending_ids: Sequence[str],
    ) -> None:
        total = len(saved_ids) + len(failed_ids) + len(pending_ids)
        if len(failed_ids) == 1:
            text = translate(
                "ServerErrors",
                "Saved {saved} of %Ln product(s); the next one was rejected: {error}",
                None,
                total,
            )
        else:
            text = translate(
                "ServerErrors",
                "Saved {saved} of %Ln product(s); the next group of {group} was rejected: {error}",
                None,
                total,
            )
        message = text.format(
            saved=_number(len(saved_ids)), group=_number(len(failed_ids)), error=cause.message
        )
        super().__init__(message, server=server, status=cause.status, retry_after=cause.retry_after)
        self.cause = cause
        self.saved_ids = list(saved_ids)
        self.failed_ids = list(failed_ids)
        self.pending_ids = list(pending_ids)


def _number(n: int) -> str:
    """A count as the interface's locale writes it ("1,234"; "1.234" in German)."""
    return format_decimal(n, locale=current_locale())
