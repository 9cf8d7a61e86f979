"""The content editor against the real stack: a saved description and a dropped image
end up in Payload exactly as the editor showed them (both through the outbox)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6

from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.richtext import lexical_to_html, markdown_to_lexical
from desktop_app.secrets import InMemorySecretStore, Secret
from desktop_app.services.content import SaveStatus, open_content_service
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.content_editor import ContentEditor
from tests.services.content_fakes import make_png
from tests.support.stack import StackHttp, StackInfo, unique, wait_for
from tests.ui.content_editor.test_editor_window import drop_files
from tests.ui.qt_support import wait_until

MARKDOWN = """## Made to last

A **heavyweight** fleece in *organic cotton*, ~~polyester~~ free. See the
[care guide](https://example.com/care) and `size chart`.

- Double-layer hood
- Kangaroo pocket

1. Wash cold
2. Dry flat

- [x] Pre-shrunk
- [ ] Ironing needed

> Warm without bulk."""


@pytest.fixture
def product(stack_http: StackHttp) -> Iterator[dict[str, Any]]:
    created = stack_http.create_product(unique("ce"))
    # The integration mirrors a new Medusa product into Payload asynchronously.
    wait_for(lambda: stack_http.payload_docs_for(created["id"]), 90, what="its Payload doc")
    yield created
    stack_http.delete_product(created["id"])


@pytest.fixture
async def editor(qtbot, stack: StackInfo, product, tmp_path):
    profiles = ProfileService(ProfileStore(tmp_path / "config"), InMemorySecretStore())
    profile = Profile(name="Local-demo", medusa_url=stack.medusa_url,
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url=stack.payload_url)
    profiles.save(profile, medusa_secret=Secret(stack.medusa_secret_key),
                  payload_secret=Secret(stack.editor_key))
    catalog = OfflineCatalog.open(profile, profiles.secrets)  # the shop's one catalog
    service = open_content_service(catalog)
    window = ContentEditor(service, product["id"])
    qtbot.addWidget(window)
    window.show()
    window.start()
    await wait_until(lambda: window.content is not None, 60, "the product loaded")
    # What the editor asks the shop (locales, drafts) ends on this fixture's loop: a task
    # left running would be stepped while the test's own loop runs, outside its loop.
    await wait_until(lambda: not window.asking, 60, "the shop's locales and drafts asked")
    yield window
    # pytest-qt closes and deleteLater()s added widgets before fixtures are finalized; when
    # the loop ran that delete first, the window is already gone (it was closed).
    if shiboken6.isValid(window):
        window._close_confirmed = True
        window.close()
    await service.aclose()
    await catalog.aclose()


async def payload_doc(stack_http: StackHttp, product_id: str) -> dict[str, Any]:
    [doc] = await asyncio.to_thread(stack_http.payload_docs_for, product_id, "editor")
    return doc


def without_link_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_link_ids(v) for k, v in value.items()
                if not (k == "id" and value.get("type") == "link")}
    if isinstance(value, list):
        return [without_link_ids(v) for v in value]
    return value


def counter_ids():  # deterministic checkbox ids, so two HTML renders compare equal
    numbers = itertools.count()
    return lambda: f"id-{next(numbers)}"


async def test_saved_description_is_the_previewed_lexical(editor, stack_http, product) -> None:
    assert editor.title_edit.text() == product["title"]
    editor.editor.setPlainText(MARKDOWN)
    cursor = editor.editor.textCursor()
    start = MARKDOWN.index("Warm without bulk")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Warm"), cursor.MoveMode.KeepAnchor)
    editor.editor.setTextCursor(cursor)
    editor.toolbar.actions_by_name["bold"].trigger()  # a toolbar edit, as a merchant would
    await wait_until(lambda: not editor.renderer.pending, 10, "the preview")
    previewed = editor.renderer.latest
    assert "Made to last" in editor.preview.toPlainText()
    editor.seo.title_edit.setText("Heavyweight organic hoodie")

    editor.save()
    await wait_until(lambda: editor.last_result is not None, 60, "the save")
    assert editor.last_result.status is SaveStatus.SAVED, editor.last_result.message

    doc = await payload_doc(stack_http, product["id"])
    stored = doc["description"]
    assert stored == previewed.lexical  # exactly the tree the preview was rendered from
    text = editor.editor.toPlainText()
    assert "**Warm** without bulk" in text
    assert without_link_ids(stored) == without_link_ids(markdown_to_lexical(text))
    assert (lexical_to_html(stored, counter_ids())
            == lexical_to_html(previewed.lexical, counter_ids()))
    assert doc["seo"]["meta_title"] == "Heavyweight organic hoodie"
    assert editor.state_label.text() == "Saved"
    assert editor.service.catalog.outbox() == []


async def test_dropped_image_becomes_the_thumbnail(editor, stack_http, product, tmp_path) -> None:
    path = tmp_path / f"{unique('thumb')}.png"
    path.write_bytes(make_png(32, 24, (37, 99, 235)))
    assert drop_files(editor.editor.viewport(), [path])
    await wait_until(lambda: editor.content.thumbnail is not None
                     or editor.images.error.isVisible(), 60, "the upload")
    assert not editor.images.error.isVisible(), editor.images.error.text()
    media = editor.content.thumbnail
    doc = await payload_doc(stack_http, product["id"])
    assert doc["thumbnail"] == media.id
    assert media.url.startswith(stack_http.info.payload_url)
    # It went through the outbox: recorded, pushed with read-compare-write, done.
    catalog = editor.service.catalog
    assert catalog.outbox() == []
    [entry] = [e for e in catalog.outbox(states=("done",)) if e.field == "thumbnail"]
    assert (entry.mine, entry.outcome) == (media.id, "sent")
    assert catalog.product(product["id"]).server_payload["thumbnail"] == media.id  # stored
    assert await editor.service.fetch_media(media.url) == path.read_bytes()
    # The preview shows it too, loaded from the Payload host.
    await wait_until(lambda: media.url in editor.preview._images, 20, "the preview image")
    assert editor.preview.blocked == []


async def test_gallery_drops_append_rows_and_keep_their_ids(editor, stack_http, product,
                                                            tmp_path) -> None:
    paths = [tmp_path / f"{unique('gallery')}-{n}.png" for n in range(2)]
    for n, path in enumerate(paths):
        path.write_bytes(make_png(16 + n, 16, (22, 163, 74)))
    editor.images.filesDropped.emit(paths[:1], "images")  # what a drop on the gallery sends
    await wait_until(lambda: len(editor.content.images) == 1 or editor.banner.isVisible()
                     or editor.images.error.isVisible(), 60, "the first upload")
    assert not editor.banner.isVisible(), editor.banner.text.text()
    assert not editor.images.error.isVisible(), editor.images.error.text()
    first = (await payload_doc(stack_http, product["id"]))["images"]
    assert [row["image"] for row in first] == [editor.content.images[0].media_id]
    editor.images.filesDropped.emit(paths[1:], "images")
    await wait_until(lambda: len(editor.content.images) == 2 or editor.banner.isVisible()
                     or editor.images.error.isVisible(), 60, "the second upload")
    assert not editor.banner.isVisible(), editor.banner.text.text()
    assert not editor.images.error.isVisible(), editor.images.error.text()
    rows = (await payload_doc(stack_http, product["id"]))["images"]
    assert [row["image"] for row in rows] == [i.media_id for i in editor.content.images]
    assert rows[0]["id"] == first[0]["id"]  # the existing row was sent with its id (§12)
    assert editor.service.catalog.outbox() == []
