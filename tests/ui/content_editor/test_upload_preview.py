"""Description uploads in the preview (upload_preview.py): an upload node that names its
media doc by id shows its image, rendered from the stored doc (``upload_populate``), and the
image loads from the Payload origin; a doc not stored yet is read in the background."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop_app.richtext import markdown_to_lexical
from tests.services.content_fakes import upload_node
from tests.ui.qt_support import wait_until


def with_upload(text: str, media_id: int) -> dict[str, Any]:
    description = markdown_to_lexical(text)
    description["root"]["children"].append(upload_node(media_id))
    return description


def image_url(filename: str) -> str:
    return f"http://payload.test/api/media/file/{filename}"


async def shows_image(editor, url: str) -> None:  # type: ignore[no-untyped-def]
    await wait_until(
        lambda: (
            editor.renderer.latest is not None and f'src="{url}"' in editor.renderer.latest.html
        ),
        5,
        "the upload rendered",
    )
    await wait_until(lambda: url in editor.preview.toHtml(), 5, "the <img> in the preview")
    await wait_until(lambda: url in editor.preview._images, 5, "the image loaded")
    assert editor.preview.blocked == []


async def test_an_upload_by_id_shows_its_image(loaded) -> None:
    editor, payload, pid = loaded
    detail = payload.add_media("detail.png", "stitching")
    payload.touch(pid, description=with_upload("Made by hand.", detail["id"]))
    editor.start()  # loaded again: the service reads the docs the description names
    await shows_image(editor, image_url("detail.png"))
    assert 'alt="stitching"' in editor.renderer.latest.html


async def test_a_doc_not_stored_is_read_and_the_preview_renders_again(loaded, monkeypatch) -> None:
    editor, payload, pid = loaded
    catalog = editor.service.catalog
    late = payload.add_media("late.png", "glaze")
    assert catalog.media_docs([str(late["id"])]) == {}
    gate, read = asyncio.Event(), catalog.read_media_docs

    async def slow_read(ids):  # type: ignore[no-untyped-def]
        await gate.wait()  # the docs come after the preview rendered without them
        return await read(ids)

    monkeypatch.setattr(catalog, "read_media_docs", slow_read)
    # A colleague adds an upload in Payload: the editor follows the store (a rebase).
    payload.touch(pid, description=with_upload("New text.", late["id"]))
    await catalog.refresh([pid])
    await wait_until(
        lambda: (
            editor.renderer.latest is not None
            and "New text." in editor.renderer.latest.html
            and not editor.renderer.pending
        ),
        5,
        "rendered without the doc",
    )
    assert "late.png" not in editor.renderer.latest.html  # an id alone renders as nothing
    gate.set()
    await shows_image(editor, image_url("late.png"))
    assert set(catalog.media_docs([str(late["id"])])) == {str(late["id"])}
