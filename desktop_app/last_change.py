"""A product's "Updated": when either of its servers last changed it, and which one.

Medusa bumps ``updated_at`` for commerce changes, Payload ``updatedAt`` for content
(title, description, SEO, images), so neither time alone says when the product last
changed. Both lists show this one meaning: the GUI's (``catalog_rows.updated_at`` is the
later of the two stored times, ``store/records.py``) and ``desktop-app products list``,
and both say which server the time comes from (a tooltip; a JSON field and the table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.servers import Server


@dataclass(frozen=True)
class LastChange:
    at: datetime | None = None  # None: neither server gave a time
    server: Server | None = None  # where ``at`` comes from
    times: Mapping[Server, datetime] = field(default_factory=dict)  # each known time

    def other(self) -> tuple[Server, datetime] | None:
        """The other server and its (older) time, if it has one."""
        found = [(s, t) for s, t in self.times.items() if s != self.server]
        return found[0] if found else None


def parse_time(value: datetime | str | None) -> datetime | None:
    """A server time (ISO text as stored, or a parsed datetime) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def last_change(medusa: datetime | str | None, payload: datetime | str | None) -> LastChange:
    """The later of the two servers' times (Medusa's on a tie, as the store keeps it)."""
    times = {server: t for server, t in ((Server.MEDUSA, parse_time(medusa)),
                                         (Server.PAYLOAD, parse_time(payload))) if t is not None}
    if not times:
        return LastChange()
    server = max(times, key=lambda s: times[s])  # the first of equal times: Medusa
    return LastChange(times[server], server, times)
