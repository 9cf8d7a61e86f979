"""The timeline of a product with a diff (issue 16): docs/screens/issue16-timeline-diff.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue16_timeline_screens.py \
        [--out DIR]

No network: the tests' in-process fake Medusa and a fake Payload that keeps versions as the
editorial stack does (tests/timeline/fakes.py). A product is pulled; an editor in Payload
admin saves two drafts (one by autosave) and publishes; a colleague changes the handle in
Medusa; the merchant changes the subtitle here and the push sends it; the next pull reads it
all back. The window compares the first state pulled with the published version: the title,
the subtitle and the description by block (a paragraph reworded, a list item changed, one
added), with Restore this field on each.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from desktop_app.richtext import markdown_to_lexical  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.timeline.points import Kind  # noqa: E402
from desktop_app.ui.timeline.window import TimelineWindow  # noqa: E402
from docs import window_shots  # noqa: E402
from docs.window_shots import PROFILE, save_grab, settle  # noqa: E402
from tests.exchange.fakes import Clock, FakeMedusa  # noqa: E402
from tests.timeline.fakes import FixedCapabilities, VersionedPayload, capabilities  # noqa: E402

TITLE = "Bamboo Toothbrush 4-Pack"
FIRST = """## Bamboo Toothbrush 4-Pack

Soft bristles. Made from **bamboo** and designed to be used *every day* for years.

### Features

- Plant-based bristles
- Compostable handle
- Plastic-free box"""
PUBLISHED = """## Bamboo Toothbrush 4-Pack

Soft, rounded bristles. Made from FSC-certified **bamboo** and designed to be used *every day*.

### Features

- Plant-based bristles
- Compostable handle, oiled by hand
- Plastic-free box
- A travel case for one brush"""


class Days(Clock):
    """The servers' clock over the last days (the fakes' own moves by milliseconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.t = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=777)

    def tick(self) -> str:
        self.t += timedelta(minutes=97)
        return self.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def servers() -> tuple[FakeMedusa, VersionedPayload, str, int]:
    clock = Days()
    medusa, payload = FakeMedusa(clock=clock), VersionedPayload(clock=clock)
    product = medusa.add(1, title=TITLE, handle="bamboo-toothbrush-4-pack")
    doc = payload.add(product["id"], TITLE, subtitle="Soft bristles",
                      description=markdown_to_lexical(FIRST))
    payload._add(doc["id"], dict(doc), draft=False, autosave=False)  # Medusa's create
    return medusa, payload, product["id"], doc["id"]


async def shoot(out: Path) -> None:
    medusa, payload, pid, doc_id = servers()
    store = CatalogStore.open(Path(tempfile.mkdtemp()) / "catalog.sqlite3")
    shop = Shop(PROFILE, medusa.client(), payload.client(),
                capability_cache=FixedCapabilities(capabilities(True)))
    catalog = OfflineCatalog(store, shop)
    await catalog.pull()
    draft = FIRST.replace("Soft bristles.", "Soft, rounded bristles.")
    payload.version(doc_id, draft=True, description=markdown_to_lexical(draft))
    payload.version(doc_id, draft=True, autosave=True, title="Bamboo Toothbrush, 4 pack")
    payload.version(doc_id, title="Bamboo Toothbrush 4-Pack — Family Set",
                    description=markdown_to_lexical(PUBLISHED))
    medusa.touch(pid, handle="bamboo-toothbrush-family")
    await catalog.pull()
    catalog.edit(pid, {"subtitle": "Soft bristles, compostable handle"})
    await catalog.push()
    await catalog.pull()

    window = TimelineWindow(catalog, pid)
    window.resize(1500, 940)
    window.show()
    window.start()
    for _ in range(100):
        if window.versions.state.value != "not_asked":
            break
        await asyncio.sleep(0.05)
    first = [p for p in window.timeline.points if p.kind is Kind.PULLED
             and p.server == "payload"][-1]
    published = next(p for p in window.timeline.points
                     if p.kind is Kind.VERSION and p.status == "published"
                     and window.timeline.state(p.id)["title"].endswith("Family Set"))
    window.points.pick(published.id, first.id)
    await settle(window)
    save_grab(window, out, "issue16-timeline-diff.png")
    window.close()
    await catalog.aclose()


def main() -> int:
    return window_shots.main(__doc__, shoot)


if __name__ == "__main__":
    raise SystemExit(main())
