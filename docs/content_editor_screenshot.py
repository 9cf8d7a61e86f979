"""Render the content editor on a real product and save docs/content-editor.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/content_editor_screenshot.py

Needs the running local stack. Uses its own product (handle ``content-editor-sample``,
created through Medusa on the first run) so the seeded demo catalog is never edited;
a temporary config/data dir and an in-memory secret store keep the user's profiles
and keyring out of it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HANDLE = "content-editor-sample"
TITLE = "Organic Cotton Hoodie"
DESCRIPTION = """## Made to be lived in

A **heavyweight 400 g/m² fleece** in *certified organic cotton*, brushed on the
inside for warmth without bulk. Garment-dyed, so every hoodie has its own
slightly weathered tone.

### Details

- Double-layer hood with flat cotton drawcords
- Kangaroo pocket with hidden phone sleeve
- Ribbed cuffs and hem that keep their shape
- ~~Polyester blend~~ 100 % cotton, pre-shrunk

### Care

1. Wash cold, inside out
2. Dry flat in the shade
3. Iron on low if you must

> “The one I reach for every single morning.” — a customer in Oslo

Read more about our [sourcing](https://example.com/sourcing) or check the `size guide`.
"""


def product_png(path: Path, hue: int) -> None:
    """A simple studio-style product shot (gradient and a hoodie silhouette)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath

    image = QImage(640, 640, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QLinearGradient(0, 0, 0, 640)
    background.setColorAt(0, QColor("#f4f1ec"))
    background.setColorAt(1, QColor("#e2ddd4"))
    painter.fillRect(image.rect(), background)
    body = QColor.fromHsv(hue, 90, 150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 28))
    painter.drawEllipse(QRectF(150, 560, 340, 40))  # floor shadow
    painter.setBrush(body)
    shape = QPainterPath()
    shape.moveTo(230, 170)
    shape.cubicTo(QPointF(250, 90), QPointF(390, 90), QPointF(410, 170))  # hood
    shape.lineTo(500, 210)
    shape.lineTo(560, 470)  # right sleeve
    shape.lineTo(505, 485)
    shape.lineTo(460, 330)
    shape.lineTo(455, 560)
    shape.lineTo(185, 560)
    shape.lineTo(180, 330)
    shape.lineTo(135, 485)
    shape.lineTo(80, 470)  # left sleeve
    shape.lineTo(140, 210)
    shape.closeSubpath()
    painter.drawPath(shape)
    painter.setBrush(body.darker(125))
    painter.drawRoundedRect(QRectF(245, 400, 150, 90), 18, 18)  # pocket
    painter.drawEllipse(QRectF(270, 150, 100, 70))  # hood opening
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def ensure_product(stack_http) -> str:
    """The sample product, re-created under a new handle if its Payload doc never came
    (the integration only mirrors a product when it is created)."""
    import uuid

    found = stack_http.medusa.get("/admin/products", params={"q": HANDLE, "fields": "id"})
    found.raise_for_status()
    for product in found.json()["products"]:
        if stack_http.payload_docs_for(product["id"]):
            return product["id"]
    handle = f"{HANDLE}-{uuid.uuid4().hex[:6]}"
    return stack_http.create_product(handle, title=TITLE)["id"]


async def wait_for(predicate, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def shoot(editor, images: list[Path], out: Path) -> None:
    from desktop_app.services.content import GALLERY, THUMBNAIL

    editor.resize(1560, 960)
    editor.show()
    editor.start()
    await wait_for(lambda: editor.content is not None, 60, "the product")
    if editor.content.thumbnail is None:
        editor.upload_files(images[:1], THUMBNAIL)
        await wait_for(lambda: editor.content.thumbnail is not None
                       or editor.images.error.isVisible(), 60, "thumbnail")
        if editor.images.error.isVisible():
            raise RuntimeError(editor.images.error.text())
    if len(editor.content.images) < 2:
        editor.upload_files(images[1:], GALLERY)
        await wait_for(lambda: len(editor.content.images) >= 2, 60, "gallery")
    editor.title_edit.setText(TITLE)
    editor.subtitle_edit.setText("Heavyweight fleece, garment-dyed in small batches")
    editor.editor.setPlainText(DESCRIPTION)
    editor.seo.title_edit.setText("Organic Cotton Hoodie – Heavyweight Fleece | Northwind")
    editor.seo.description_edit.setPlainText(
        "A 400 g/m² organic cotton hoodie, brushed inside and garment-dyed. "
        "Free shipping and 60-day returns.")
    editor.seo.keywords_edit.setText("hoodie, organic cotton, heavyweight fleece")
    editor.save()
    await wait_for(lambda: editor.last_result is not None, 60, "save")
    # One unsaved edit with a selection, as a merchant would be mid-way.
    editor.subtitle_edit.setText("Heavyweight fleece, garment-dyed in small batches in Portugal")
    cursor = editor.editor.textCursor()
    start = DESCRIPTION.index("certified organic cotton")
    cursor.setPosition(start)
    cursor.setPosition(start + len("certified organic cotton"), cursor.MoveMode.KeepAnchor)
    editor.editor.setTextCursor(cursor)
    editor.editor.setFocus()
    await wait_for(lambda: not editor.renderer.pending, 10, "preview")
    await wait_for(lambda: bool(editor.preview._images), 20, "preview image")
    await asyncio.sleep(0.5)  # let the last paint settle
    editor.grab().save(str(out))
    print(f"saved {out} ({editor.last_result.status})")
    editor._close_confirmed = True
    editor.close()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    import qasync
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from desktop_app.config import MedusaAuth, Profile, ProfileStore
    from desktop_app.secrets import InMemorySecretStore, Secret
    from desktop_app.services.content import open_content_service
    from desktop_app.services.profiles import ProfileService
    from desktop_app.ui.content_editor import ContentEditor
    from desktop_app.ui.style import apply_style
    from tests.support.stack import StackHttp, read_stack_info
    from tests.support.stack import wait_for as wait_sync

    app = QApplication(sys.argv[:1])
    apply_style(app)
    info = read_stack_info()
    http = StackHttp(info)
    product_id = ensure_product(http)
    wait_sync(lambda: http.payload_docs_for(product_id), 120, what="the Payload doc")
    http.close()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESKTOP_APP_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["DESKTOP_APP_DATA_DIR"] = str(Path(tmp) / "data")
        profiles = ProfileService(ProfileStore(Path(tmp) / "config"), InMemorySecretStore())
        profile = Profile(name="Local-demo", medusa_url=info.medusa_url,
                          medusa_auth=MedusaAuth.SECRET_KEY, payload_url=info.payload_url)
        profiles.save(profile, medusa_secret=Secret(info.medusa_secret_key),
                      payload_secret=Secret(info.editor_key))
        images = []
        for n, hue in enumerate((28, 205, 140)):
            path = Path(tmp) / f"hoodie-{('sand', 'navy', 'sage')[n]}.png"
            product_png(path, hue)
            images.append(path)
        service = open_content_service(profile, profiles.secrets)
        editor = ContentEditor(service, product_id, storefront="https://northwind.example")
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(shoot(editor, images, REPO / "docs" / "content-editor.png"))
            runner.run(service.aclose())
        shiboken6.delete(editor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
