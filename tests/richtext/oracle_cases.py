"""Loading and comparing Payload oracle cases (corpus and generated fixtures)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = Path("/work/shared/reference/lexical-corpus")
GENERATED = REPO / "tests" / "fixtures" / "richtext" / "generated.json"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def without_ids(value: Any) -> Any:
    """Link/upload ids are random ObjectIds in Payload too; compare everything else."""
    if isinstance(value, dict):
        return {k: ("<id>" if k == "id" else without_ids(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def without_uuids(html: str) -> str:
    """Check-list items get a random UUID per render."""
    return _UUID.sub("<uuid>", html)


def load_corpus() -> list[dict[str, Any]]:
    if not CORPUS_DIR.is_dir():
        return []
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS_DIR.glob("*.json"))]


def load_generated() -> list[dict[str, Any]]:
    if not GENERATED.is_file():
        return []
    return json.loads(GENERATED.read_text(encoding="utf-8"))
