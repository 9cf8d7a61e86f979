"""The two servers of a shop, named once: a key for stores and a label for people.

``Server.MEDUSA`` is the string ``"medusa"`` (outbox rows, cursors, field owners);
``Server.MEDUSA.label`` is ``"Medusa"`` (messages, banners, error reports). Every
module takes its server names from here instead of spelling them again.
"""

from __future__ import annotations

import enum


class Server(enum.StrEnum):
    MEDUSA = "medusa"
    PAYLOAD = "payload"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {Server.MEDUSA: "Medusa", Server.PAYLOAD: "Payload"}
