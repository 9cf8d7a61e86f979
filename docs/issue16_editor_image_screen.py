"""The content editor's preview with an image the description uploads (issue 16):
docs/screens/issue16-editor-image.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue16_editor_image_screen.py \\
        [--out DIR]

No network: the content tests' fakes (tests/services/content_fakes.py: Payload with a
``media`` collection and its files) and the default stack's recorded capabilities. The
description's upload node names its media doc by id, as the pull reads it; the preview
renders it from the stored doc (``catalog.upload_populate``) and loads the picture from the
Payload origin.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter  # noqa: E402

from desktop_app.richtext import editor_markdown_to_lexical  # noqa: E402
from desktop_app.services.content import ContentService  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.ui.content_editor import ContentEditor  # noqa: E402
from docs import window_shots  # noqa: E402
from docs.window_shots import PROFILE, save_grab, settle  # noqa: E402
from tests.exchange.fakes import fake_pair  # noqa: E402
from tests.publishing.fakes import KnownCapabilities  # noqa: E402
from tests.services.content_fakes import MediaPayload, upload_node  # noqa: E402
from tests.translations.fakes import default_capabilities  # noqa: E402

TITLE = "Stoneware Mug, Sea Glaze"
TEXT = """## Stoneware Mug, Sea Glaze

Thrown by hand and dipped in a **sea-green glaze** that pools darker at the rim.

The glaze close up:"""
AFTER = """- Holds 350 ml
- Dishwasher safe"""
WIDTH, HEIGHT = 520, 180


def picture() -> bytes:
    """A glaze-like gradient with a caption, as PNG (Qt only, no image library)."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(WIDTH, HEIGHT))
    gradient.setColorAt(0, QColor("#0f5257"))
    gradient.setColorAt(0.55, QColor("#3f9c8f"))
    gradient.setColorAt(1, QColor("#d8efe6"))
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), gradient)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, WIDTH, HEIGHT), Qt.AlignmentFlag.AlignCenter, "sea glaze, detail")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


async def shoot(out: Path) -> None:
    medusa, _ = fake_pair(0)
    payload = MediaPayload(clock=medusa.clock)
    product = medusa.add(1)
    media = payload.add_media("sea-glaze-detail.png", "The sea glaze, close up")
    media.update(width=WIDTH, height=HEIGHT)
    payload.files["sea-glaze-detail.png"] = picture()
    description = editor_markdown_to_lexical(TEXT)
    description["root"]["children"].append(upload_node(media["id"]))
    description["root"]["children"] += editor_markdown_to_lexical(AFTER)["root"]["children"]
    payload.add(
        product["id"],
        TITLE,
        subtitle="350 ml, hand-thrown",
        description=description,
        images=[{"id": "row-a", "image": media["id"]}],
    )
    store = CatalogStore.open(Path(tempfile.mkdtemp()) / "catalog.sqlite3")
    # The seed's default stack as detected (one locale, no drafts; replayed answers).
    caps = KnownCapabilities(await default_capabilities(), asked=True)
    catalog = OfflineCatalog(
        store, Shop(PROFILE, medusa.client(), payload.client(), capability_cache=caps)
    )
    await catalog.pull()
    service = ContentService(catalog, media_transport=payload.transport)
    editor = ContentEditor(service, product["id"], storefront="https://shop.example.com")
    editor.resize(1500, 960)
    editor.show()
    editor.start()
    for _ in range(250):  # plain sleeps while its tasks run, then the picture settles
        if editor.content is not None and not editor.asking:
            break
        await asyncio.sleep(0.02)
    for _ in range(100):
        if any("sea-glaze" in url for url in editor.preview._images):
            break
        await asyncio.sleep(0.05)
    await settle(editor, 30)
    save_grab(editor, out, "issue16-editor-image.png")
    editor.discard_and_close()
    await service.aclose()
    await catalog.aclose()


def main() -> int:
    return window_shots.main(__doc__, shoot)


if __name__ == "__main__":
    raise SystemExit(main())
