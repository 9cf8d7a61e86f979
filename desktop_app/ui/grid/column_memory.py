"""The grid columns a merchant chose, remembered per shop.

Kept as the app keeps a shop's other files: in the profile's data directory, beside
its store (``<data dir>/profiles/<shop>/catalog.sqlite3``, the sync panel's
``sync-runs.jsonl``), written atomically like ``profiles.json``. A shop whose store is
in memory (no file) remembers the choice for this run only. The keys are the grid's
column keys; ``columns.chosen`` drops those the shop no longer has.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from desktop_app.config.atomic import atomic_write_text

log = logging.getLogger(__name__)

FILE = "grid-columns.json"
_in_memory: dict[int, list[str]] = {}  # by catalog, for stores without a file


def _file(catalog: Any) -> Path | None:
    path = getattr(catalog, "path", None)
    return None if path is None else Path(path).parent / FILE


def load(catalog: Any) -> list[str] | None:
    """The remembered keys, or None when nothing was chosen yet (the defaults apply)."""
    path = _file(catalog)
    if path is None:
        return _in_memory.get(id(catalog))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:  # unreadable: the defaults, said in the log
        log.warning("grid columns in %s could not be read: %s", path, exc)
        return None
    keys = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(keys, list):
        return None
    return [str(k) for k in keys]


def save(catalog: Any, keys: list[str]) -> None:
    path = _file(catalog)
    if path is None:
        _in_memory[id(catalog)] = list(keys)
        return
    try:
        atomic_write_text(path, json.dumps({"columns": list(keys)}, indent=1) + "\n")
    except OSError as exc:  # a full disk must not break the grid: this run keeps them
        log.warning("grid columns could not be saved to %s: %s", path, exc)
