"""Ids Payload gives new nodes: 24-hex ObjectIds (bson-objectid layout)."""

from __future__ import annotations

import itertools
import os
import time

_PROCESS_RANDOM = os.urandom(5).hex()
_COUNTER = itertools.count(int.from_bytes(os.urandom(3), "big"))


def new_object_id() -> str:
    """4-byte timestamp + 5 random bytes + 3-byte counter, like `new ObjectID()`."""
    seconds = int(time.time()) & 0xFFFFFFFF
    counter = next(_COUNTER) & 0xFFFFFF
    return f"{seconds:08x}{_PROCESS_RANDOM}{counter:06x}"
