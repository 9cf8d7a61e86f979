"""The points of a product's timeline, merged from the three sources in time order.

Each point carries its server's content: a whole copy for a pulled state, a stored copy and a
Payload version, only the fields sent for a push. ``Timeline.state`` rebuilds the whole
product (both servers) as it was at any point: walking from the oldest point, each server's
content is the last whole copy seen, with the edits sent since applied on top. "Now" is what
the merchant sees: the stored copies with the edits still waiting applied.

Times: a pulled state is placed at its server's ``updated_at`` (when the state was made, not
when the app read it), never before the previous state of the same server (Medusa keeps a
product's ``updated_at`` when only its variants change: the app's clock then places it);
sent edits at the time the push settled them (the app's clock); versions at Payload's
``updatedAt`` of the version. Clocks of a shop and the app's machine agree to well under the
minute a merchant reads, so the order is what happened.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.i18n import translate
from desktop_app.servers import Server
from desktop_app.store.outbox import OutboxEntry
from desktop_app.store.timeline_states import KEEP, Dropped, SeenState
from desktop_app.timeline.content import Content, content_of

SENT_OUTCOMES = ("sent", "already")  # "theirs" and "discarded" were never sent
SENT_WINDOW_MS = 3000  # rows of one push settle within this of each other: one point


class Kind(enum.StrEnum):
    NOW = "now"  # what the merchant sees: stored copies with waiting edits applied
    PULLED = "pulled"  # a server copy the store saved (pull, refresh, re-read after a push)
    STORED = "stored"  # the copy stored before the timeline was kept (no state recorded)
    SENT = "sent"  # edits a push sent (the outbox's settled rows)
    VERSION = "version"  # one of Payload's versions


@dataclass(frozen=True)
class Point:
    id: str  # "now", "p<state id>", "s<first outbox seq>", "v<version id>", "stored-<server>"
    kind: Kind
    server: str | None  # None for "now" (both)
    at: str  # ISO UTC with ms: the time it is ordered by
    content: Mapping[str, Any]
    who: str = ""  # who made it, where the server says (a version's user, "autosave")
    note: str = ""  # a line for people: the fields sent, a version's status…
    status: str | None = None  # a Payload version's _status (draft | published)
    autosave: bool = False
    seen_at: str | None = None  # pulled: when the app saved it

    @property
    def label(self) -> str:
        server = Server(self.server).label if self.server else ""
        if self.kind is Kind.NOW:
            return translate("Timeline", "Now")
        if self.kind is Kind.PULLED:
            return translate("Timeline", "Pulled from {server}").format(server=server)
        if self.kind is Kind.STORED:
            return translate("Timeline", "Stored copy ({server})").format(server=server)
        if self.kind is Kind.SENT:
            return translate("Timeline", "Sent to {server}").format(server=server)
        return translate("Timeline", "Payload version {number}").format(number=self.id[1:])

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "server": self.server,
            "at": self.at,
            "label": self.label,
            "who": self.who,
            "note": self.note,
            "status": self.status,
            "autosave": self.autosave,
            "seen_at": self.seen_at,
            "fields": sorted(self.content),
        }


@dataclass(frozen=True)
class History:
    """What the store keeps of a product's past (``OfflineCatalog.product_history``)."""

    states: tuple[SeenState, ...] = ()  # oldest first
    entries: tuple[OutboxEntry, ...] = ()  # every outbox row of the product, settled too
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True)
class Timeline:
    """The points, and the whole product at any of them. A state is built when asked (the
    last whole copy of each server at or before the point, the edits sent since on top), so
    opening a long timeline decodes only the two points a diff shows."""

    product_id: str
    points: tuple[Point, ...]  # newest first, "now" first of all
    versions: Any = None  # versions.VersionsRead: whether Payload's versions are in, and why
    dropped: tuple[Dropped, ...] = ()
    now_known: frozenset[str] = frozenset()  # servers "now" holds a copy of
    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _states: dict[str, Content] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({p.id: i for i, p in enumerate(self.points)})

    def point(self, point_id: str) -> Point:
        return self.points[self._index[point_id]]

    def state(self, point_id: str) -> Content:
        """The whole product (both servers' fields) as it was at ``point_id``."""
        if point_id not in self._states:
            self._states[point_id] = self._build(point_id)
        return dict(self._states[point_id])

    def _build(self, point_id: str) -> Content:
        at = self._index[point_id]
        if point_id == "now":
            return dict(self.points[0].content)
        out: Content = {}
        for server in (Server.MEDUSA, Server.PAYLOAD):
            content: Content = {}
            sent: list[Point] = []
            for point in self.points[at:]:  # newest first: back to the last whole copy
                if point.server != server:
                    continue
                if point.kind is not Kind.SENT:
                    content = dict(point.content)
                    break
                sent.append(point)
            for point in reversed(sent):
                content.update(point.content)
            out.update(content)
        return out

    def knows(self, point_id: str, server: str) -> bool:
        """Whether any copy of ``server`` had been seen by ``point_id`` (else its fields are
        unknown there, not empty)."""
        if point_id == "now":
            return server in self.now_known
        return any(
            p.server == server and p.kind is not Kind.SENT
            for p in self.points[self._index[point_id] :]
        )

    @property
    def now(self) -> Point:
        return self.points[0]

    def notes(self) -> list[str]:
        """What the list of points leaves out, in sentences."""
        out = []
        for gone in self.dropped:
            out.append(
                translate(
                    "Timeline",
                    "%Ln older state(s) of {server} let go (the last {keep} are kept).",
                    None,
                    gone.count,
                ).format(server=Server(gone.server).label, keep=KEEP)
            )
        if self.versions is not None and self.versions.summary:
            out.append(self.versions.summary)
        return out


def _ms(stamp: str) -> int:
    """Milliseconds of an ISO stamp as the app writes them (2026-01-02T03:04:05.678Z)."""
    try:
        return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return 0


def pulled_points(states: Iterable[SeenState]) -> list[Point]:
    """A point per recorded state, each server's never before its previous one."""
    last: dict[str, str] = {}
    points = []
    for state in states:
        at = state.server_at or state.seen_at
        before = last.get(state.server)
        if before is not None and at <= before:
            at = max(state.seen_at, before)
        last[state.server] = at
        points.append(
            Point(
                f"p{state.id}", Kind.PULLED, state.server, at, state.content, seen_at=state.seen_at
            )
        )
    return points


def sent_points(entries: Iterable[OutboxEntry]) -> list[Point]:
    """The settled rows of each push, one point per server and push."""
    sent = sorted(
        (e for e in entries if e.state == "done" and e.outcome in SENT_OUTCOMES),
        key=lambda e: (e.server, e.updated_at, e.seq),
    )
    groups: list[list[OutboxEntry]] = []
    for entry in sent:
        group = groups[-1] if groups else None
        if (
            group is not None
            and group[-1].server == entry.server
            and _ms(entry.updated_at) - _ms(group[-1].updated_at) <= SENT_WINDOW_MS
        ):
            group.append(entry)
        else:
            groups.append([entry])
    points = []
    for group in groups:
        content = {e.field: e.mine for e in group}
        already = [e.field for e in group if e.outcome == "already"]
        note = (
            translate(
                "Timeline", "%Ln field(s) ({already} already there)", None, len(content)
            ).format(already=len(already))
            if already
            else translate("Timeline", "%Ln field(s)", None, len(content))
        )
        points.append(
            Point(
                f"s{group[0].seq}",
                Kind.SENT,
                group[0].server,
                group[-1].updated_at,
                content,
                who=translate("Timeline", "this app"),
                note=note,
            )
        )
    return points


_ORDER = {Kind.STORED: 0, Kind.VERSION: 1, Kind.PULLED: 2, Kind.SENT: 3}


def _sort_key(point: Point) -> tuple[str, int, int]:
    return (point.at, _ORDER.get(point.kind, 4), int(point.id[1:]) if point.id[1:].isdigit() else 0)


def assemble(
    product_id: str,
    history: History,
    *,
    current: Mapping[str, Mapping[str, Any] | None],
    stored: Mapping[str, Mapping[str, Any] | None],
    versions: Any = None,
    waiting: int = 0,
    now_at: str = "",
) -> Timeline:
    """The timeline of ``product_id``: ``current`` and ``stored`` are the merged view and the
    stored copies per server (records), ``versions`` a ``versions.VersionsRead``."""
    points = [*pulled_points(history.states), *sent_points(history.entries)]
    seen = {state.server for state in history.states}
    for server in (Server.MEDUSA, Server.PAYLOAD):
        record = stored.get(server)
        if server not in seen and record is not None:  # stored before states were kept
            points.append(
                Point(
                    f"stored-{server}",
                    Kind.STORED,
                    server,
                    record.get("updated_at") or "",
                    content_of(server, record),
                )
            )
    if versions is not None:
        points.extend(versions.points)
    points.sort(key=_sort_key)
    mine = {
        **content_of(Server.MEDUSA, current.get(Server.MEDUSA)),
        **content_of(Server.PAYLOAD, current.get(Server.PAYLOAD)),
    }
    note = (
        translate("Timeline", "%Ln edit(s) waiting to be sent", None, waiting)
        if waiting
        else translate("Timeline", "as you see it")
    )
    first = Point("now", Kind.NOW, None, now_at, mine, who=translate("Timeline", "you"), note=note)
    known = frozenset(s for s in (Server.MEDUSA, Server.PAYLOAD) if current.get(s))
    return Timeline(product_id, (first, *reversed(points)), versions, tuple(history.dropped), known)


def pick(timeline: Timeline, given: str) -> Point:
    """A point named as the CLI and the list name them: its id, or its place (1 = now)."""
    text = given.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(timeline.points):
        return timeline.points[int(text) - 1]
    try:
        return timeline.point(text)
    except KeyError:
        raise KeyError(f"No point {given!r} in this timeline.") from None


def ordered(points: Sequence[Point]) -> list[Point]:
    """``points`` oldest first ("now" last)."""
    return sorted(points, key=lambda p: (p.kind is Kind.NOW, *_sort_key(p)))
