"""Optional HTTP transports per server, so tests can run services against fakes."""

from __future__ import annotations

from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Transports:
    """``None`` means "use the real network" for that server."""

    medusa: httpx.AsyncBaseTransport | None = None
    payload: httpx.AsyncBaseTransport | None = None
