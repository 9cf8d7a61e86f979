"""The editor's Medusa images tab: Medusa's own thumbnail and images, uploads online, and
the word on which images the storefront shows."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtGui import QColor, QImage

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from tests.cli.fake_medusa import recorded
from tests.exchange.fakes import FakePayload
from tests.ui.offline.conftest import PROFILE
from tests.ui.offline.whole_product import (
    PID,
    STATIC,
    medusa_record,
    open_catalog,
    payload_record,
    refuse_edit,
)
from tests.ui.qt_support import wait_until


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    cat = open_catalog(tmp_path)
    yield cat
    cat._store.close()


def open_editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.tabs.setCurrentWidget(ed.images)
    return ed


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    return open_editor(qtbot, catalog)


def urls(editor: CommerceEditor) -> list[str]:
    return editor.images.urls()


def test_the_storefront_note_says_payloads_images_are_shown(editor: CommerceEditor):
    note = editor.images.findChild(type(editor.heading), "storefrontNote")
    assert note is not None and note.isVisible()
    assert "storefront shows Payload's images, not these" in note.text()
    assert "Edit content" in note.text()


def test_thumbnail_and_images_as_medusa_holds_them(editor: CommerceEditor):
    tab = editor.images
    assert urls(editor) == [STATIC + "tee-front.jpg", STATIC + "tee-back.jpg"]
    assert [tab.images.item(r).text() for r in range(2)] == ["tee-front.jpg", "tee-back.jpg"]
    assert tab.thumbnail_url.text() == STATIC + "tee-front.jpg"
    assert not tab.upload_button.isEnabled() or tab.catalog.shop is None


def test_remove_and_set_thumbnail_are_saved_as_medusa_fields(editor: CommerceEditor,
                                                             catalog: OfflineCatalog):
    tab = editor.images
    tab.images.item(1).setSelected(True)
    tab.thumb_button.click()
    assert tab.thumbnail_url.text() == STATIC + "tee-back.jpg"
    tab.images.clearSelection()
    tab.images.item(0).setSelected(True)
    tab.remove_button.click()
    assert urls(editor) == [STATIC + "tee-back.jpg"]
    assert editor.save()
    mine = {e.field: (e.mine, e.base) for e in catalog.outbox()}
    assert mine == {
        "medusa_thumbnail": (STATIC + "tee-back.jpg", STATIC + "tee-front.jpg"),
        "medusa_images": ([STATIC + "tee-back.jpg"],
                          [STATIC + "tee-front.jpg", STATIC + "tee-back.jpg"]),
    }


def test_clearing_the_thumbnail_sends_none(editor: CommerceEditor, catalog: OfflineCatalog):
    editor.images.clear_thumbnail.click()
    assert editor.images.thumbnail.text() == "No thumbnail"
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("medusa_thumbnail", None)]


def test_a_refused_image_edit_shows_the_servers_words(editor: CommerceEditor,
                                                      catalog: OfflineCatalog):
    catalog.edit(PID, {"medusa_thumbnail": "not a url"})
    refuse_edit(catalog, "medusa_thumbnail", "Invalid url")
    assert editor.errors["medusa_images"].text() == "Thumbnail — Server: Invalid url"
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.images)) == "Medusa images •"


@pytest.fixture
async def online(qtbot, tmp_path):
    """(editor, catalog, requests): Medusa answers /admin/uploads as recorded on 2.21.2."""
    requests: list[httpx.Request] = []
    shape = recorded("upload_files")["json"]["files"][0]

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path != "/admin/uploads":
            return httpx.Response(404, json={"type": "not_found", "message": "no route"})
        names = [part.split(b'filename="')[1].split(b'"')[0].decode()
                 for part in request.content.split(b"Content-Disposition")[1:]]
        return httpx.Response(200, json={"files": [
            {**shape, "id": f"17-{n}", "url": f"{STATIC}17-{n}"} for n in names]})

    client = MedusaClient("http://medusa.test", SecretKey("sk_test"), retry_policy=NO_RETRY,
                          transport=httpx.MockTransport(handle))
    store = CatalogStore.open(tmp_path / "online.sqlite3")
    store.save_medusa([medusa_record()])
    store.save_payload([payload_record()])
    catalog = OfflineCatalog(store, Shop(PROFILE, client, FakePayload().client()))
    editor = open_editor(qtbot, catalog)
    yield editor, catalog, requests
    editor.discard_and_close()
    await catalog.aclose()


def image_file(path, colour: str):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


async def test_upload_adds_the_files_with_their_pictures(online, tmp_path):
    editor, catalog, requests = online
    tab = editor.images
    assert tab.upload_button.isEnabled()
    files = [image_file(tmp_path / "side.png", "#c0392b"), image_file(tmp_path / "top.png",
                                                                      "#2e86c1")]
    tab.upload(files)
    await wait_until(lambda: len(urls(editor)) == 4, 5, "the uploads listed")
    assert urls(editor)[2:] == [STATIC + "17-side.png", STATIC + "17-top.png"]
    assert [r.url.path for r in requests] == ["/admin/uploads"]
    # Its picture is the local file's (the UI does no HTTP for pictures).
    icon = tab.images.item(2).icon().pixmap(40, 30).toImage()
    assert QColor(icon.pixel(20, 15)).name() == "#c0392b"
    assert tab.upload_button.text() == "Upload…" and tab.upload_button.isEnabled()
    assert editor.save()
    entry = next(e for e in catalog.outbox() if e.field == "medusa_images")
    assert entry.mine[2:] == [STATIC + "17-side.png", STATIC + "17-top.png"]


async def test_an_upload_that_is_not_an_image_is_refused_in_words(online, tmp_path):
    editor, _catalog, requests = online
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    editor.images.upload([text])
    await wait_until(lambda: editor.images.upload_error.isVisible(), 5, "the refusal")
    assert editor.images.upload_error.text() == (
        "Could not upload the images: notes.txt is not an image.")
    assert requests == [] and len(urls(editor)) == 2


def test_the_order_is_changed_with_the_move_buttons(editor: CommerceEditor,
                                                    catalog: OfflineCatalog):
    tab = editor.images
    tab.images.item(1).setSelected(True)
    assert tab.earlier_button.isEnabled() and not tab.later_button.isEnabled()
    tab.earlier_button.click()
    assert urls(editor) == [STATIC + "tee-back.jpg", STATIC + "tee-front.jpg"]
    assert tab.later_button.isEnabled() and not tab.earlier_button.isEnabled()  # still chosen
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [
        ("medusa_images", [STATIC + "tee-back.jpg", STATIC + "tee-front.jpg"])]
