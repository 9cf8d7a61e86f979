"""One writer per shop: nothing outside the catalog writes to the store or the outbox.

The catalog is ``services/offline.py`` with the engines only it drives: the store
package, the pull/push engines in ``exchange/`` and the bulk recorder
``bulk/applying.py``. Every other module reaches the store through catalog methods,
so every write returns the change set its observers render. ``store/files.py`` moves
whole store files of a closed store (profile rename, retire) and is part of the store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "desktop_app"
CATALOG = ("services/offline.py", "store/", "exchange/", "bulk/applying.py",
           "bulk/stock_changes.py",
           # The scores in the store's rows and their upkeep (issue 16), driven by the
           # catalog only (quality_report, use_quality_rules, pull).
           "quality/stored.py", "quality/upkeep.py")

# What only the catalog may do: open the store, write rows, drive the engines.
FORBIDDEN = {
    "opens the store": re.compile(r"\bCatalogStore\b|\bStoreWriter\b|sqlite3\.connect"),
    "writes the outbox": re.compile(
        r"\.outbox\.(record|record_batch|set_state|claim|settle)\(|\bOutbox\("),
    "writes server copies": re.compile(
        r"\.(save_medusa|save_payload|refresh_rows|start_run|finish_run|mark_medusa_deleted)\("),
    "reaches into a catalog": re.compile(r"\bcatalog\._store\b|\._notify\(Changes"),
    "drives the push or pull engine": re.compile(
        r"\bPusher\(|\brefresh_products\(|from desktop_app\.exchange\.(push|pull) import [^\n]*"
        r"\b(push|pull|Pusher|refresh_products)\b"),
    "writes SQL": re.compile(r"execute(many)?\(\s*f?[\"']{1,3}\s*(INSERT|UPDATE|DELETE|REPLACE)",
                             re.IGNORECASE),
}


def _outside_the_catalog() -> list[Path]:
    return [p for p in sorted(ROOT.rglob("*.py"))
            if not p.relative_to(ROOT).as_posix().startswith(CATALOG)]


def test_the_scan_sees_the_whole_package() -> None:
    files = {p.relative_to(ROOT).as_posix() for p in _outside_the_catalog()}
    assert {"services/content.py", "ui/main_window.py", "cli/push.py"} <= files
    assert "services/offline.py" not in files


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_no_module_outside_the_catalog(what: str) -> None:
    pattern = FORBIDDEN[what]
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
             for p in _outside_the_catalog()
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == [], f"outside the catalog, code {what}:\n" + "\n".join(found)


@pytest.mark.parametrize("line", [
    "catalog.store.outbox.set_state([1], 'done')",
    "self.catalog._store.save_payload([doc])",
    "pusher = Pusher(store, None, client)",
    'conn.execute("UPDATE outbox SET state=\'done\'")',
    "store = CatalogStore.for_profile(name)",
])
def test_the_patterns_catch_the_writes_they_name(line: str) -> None:
    assert any(p.search(line) for p in FORBIDDEN.values())
