"""The editor window over the real ContentService and fake servers (qasync loop)."""

from __future__ import annotations

import json
import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.richtext import lexical_to_html, markdown_to_lexical
from desktop_app.services.content import SaveStatus
from desktop_app.ui.content_editor.codec import LOSSLESS
from tests.services.content_fakes import PNG
from tests.ui.qt_support import wait_until


def type_text(widget, text: str) -> None:
    # QTest.keyClicks asserts on "\n": press Return for line breaks.
    for i, line in enumerate(text.split("\n")):
        if i:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


def drop_files(target, paths) -> bool:
    """Drag local files onto ``target`` as a file manager would: enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # QDragEnterEvent only has the deprecated QPoint form
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def patch_bodies(payload) -> list[dict]:
    return [json.loads(r.content) for r in payload.writes()]


async def test_loads_fields_preview_and_word_count(loaded) -> None:
    editor, _payload, _pid = loaded
    assert editor.title_edit.text() == "Payload title 1"
    assert editor.editor.toPlainText() == "## Old\n\nOld text."
    assert editor.seo.title_edit.text() == "Old meta"
    assert editor.word_count.text().startswith("3 words")
    assert "Old text." in editor.preview.toPlainText()
    assert editor.state_label.text() == "Saved" and not editor.save_button.isEnabled()
    assert editor.seo.snippet.url_label.text().endswith("/products/item-1")


async def test_typed_description_is_saved_as_the_previewed_lexical(loaded) -> None:
    editor, payload, _pid = loaded
    editor.editor.setFocus()
    cursor = editor.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.editor.setTextCursor(cursor)
    type_text(editor.editor, "\n\n- organic cotton\n- [care](https://example.com)")
    await wait_until(lambda: not editor.renderer.pending, 5, "preview rendered")
    assert "organic cotton" in editor.preview.toPlainText()
    assert editor.changed_fields() == ["description"]
    assert editor.state_label.text() == "1 unsaved change"
    previewed = editor.renderer.latest
    editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert editor.last_result.status is SaveStatus.SAVED
    [body] = patch_bodies(payload)
    assert body == {"description": previewed.lexical}  # the very tree the preview showed
    assert lexical_to_html(body["description"]) == previewed.html
    assert editor.state_label.text() == "Saved" and not editor.dirty


async def test_locked_offers_retry_and_override(loaded) -> None:
    editor, payload, pid = loaded
    payload.locked.add(payload.by_medusa(pid)["id"])
    editor.subtitle_edit.setText("Now warmer")
    editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "save answered")
    assert editor.last_result.status is SaveStatus.LOCKED
    assert editor.banner.isVisible()
    assert "Payload admin by someone else" in editor.banner.title.text()
    assert (editor.banner.first.text(), editor.banner.second.text()) == ("Retry", "Override")
    editor.last_result = None
    editor.banner.second.click()
    await wait_until(lambda: editor.last_result is not None, 5, "override answered")
    assert editor.last_result.status is SaveStatus.SAVED
    assert payload.writes()[-1].url.params["overrideLock"] == "true"
    assert payload.by_medusa(pid)["subtitle"] == "Now warmer"


async def test_conflict_offers_keep_mine_and_take_theirs(loaded) -> None:
    editor, payload, pid = loaded
    payload.touch(pid, title="Admin title")
    editor.title_edit.setText("My title")
    editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "save answered")
    assert editor.last_result.status is SaveStatus.CONFLICT
    assert editor.banner.first.text() == "Keep mine"
    editor.banner.second.click()  # take theirs: reload Payload's values
    await wait_until(lambda: editor.title_edit.text() == "Admin title", 5, "reloaded")
    assert payload.writes() == [] and service_outbox(editor) == []


def service_outbox(editor) -> list:
    return editor.service.catalog.outbox()


async def test_dropped_image_is_uploaded_and_becomes_the_thumbnail(loaded, tmp_path) -> None:
    editor, payload, pid = loaded
    path = tmp_path / "new-front.png"
    path.write_bytes(PNG)
    assert drop_files(editor.editor.viewport(), [path])
    await wait_until(lambda: editor.content.thumbnail.filename == "new-front.png", 5, "attached")
    assert editor.editor.toPlainText() == "## Old\n\nOld text."  # no "file://" text dropped in
    new_id = editor.content.thumbnail.id
    assert payload.by_medusa(pid)["thumbnail"] == new_id
    assert payload.media[new_id]["alt"] == "Payload title 1"
    await wait_until(lambda: editor.images.thumbnail.pixmap() is not None
                     and not editor.images.thumbnail.pixmap().isNull(), 5, "thumbnail shown")
    assert "1 image saved" in editor.images.status.text()


async def test_locked_image_attach_waits_in_the_outbox_then_overrides(loaded, tmp_path) -> None:
    editor, payload, pid = loaded
    payload.locked.add(payload.by_medusa(pid)["id"])
    path = tmp_path / "gallery.png"
    path.write_bytes(PNG)
    editor.upload_files([path], "images")
    await wait_until(lambda: editor.banner.isVisible(), 5, "the lock reported")
    assert "Payload admin by someone else" in editor.banner.title.text()
    [entry] = service_outbox(editor)
    assert (entry.field, entry.state) == ("images", "locked")  # durable, not lost
    assert editor.state_label.text() == "Waiting to send"
    assert [i.media.filename for i in editor.content.images][-1] == "gallery.png"
    editor.banner.second.click()  # Override: the outbox entry is sent, no second upload
    await wait_until(lambda: editor.last_result is not None, 5, "override answered")
    assert editor.last_result.status is SaveStatus.SAVED
    uploads = [r for r in payload.requests if r.url.path == "/api/media" and r.method == "POST"]
    assert len(uploads) == 1
    new_id = editor.content.images[-1].media_id
    assert [r["image"] for r in payload.by_medusa(pid)["images"]] == [1, new_id]
    assert payload.writes()[-1].url.params["overrideLock"] == "true"
    assert service_outbox(editor) == [] and editor.state_label.text() == "Saved"


async def test_non_image_drop_is_ignored(loaded, tmp_path) -> None:
    editor, payload, _pid = loaded
    path = tmp_path / "notes.txt"
    path.write_text("x")
    assert not drop_files(editor, [path])
    assert not any(r.url.path == "/api/media" and r.method == "POST" for r in payload.requests)


async def test_revert_restores_the_loaded_values(loaded) -> None:
    editor, _payload, _pid = loaded
    editor.title_edit.setText("Changed")
    editor.seo.keywords_edit.setText("a, b")
    assert set(editor.changed_fields()) == {"title", "seo.meta_keywords"}
    editor.revert()
    assert editor.changed_fields() == [] and editor.title_edit.text() == "Payload title 1"


@pytest.mark.skipif(not LOSSLESS, reason="needs the lossless editor markdown")
async def test_formatting_markdown_cannot_express_survives_an_edit(loaded) -> None:
    editor, payload, pid = loaded
    doc = markdown_to_lexical("First block.\n\nSecond block.")
    doc["root"]["children"][0]["children"][0]["format"] = 8  # underline: no markdown form
    payload.touch(pid, description=doc)
    editor.start()  # reload
    await wait_until(lambda: "<u>" in editor.editor.toPlainText(), 5, "reloaded")
    editor.editor.setPlainText(editor.editor.toPlainText().replace("Second", "Third"))
    editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    [body] = patch_bodies(payload)
    first, second = body["description"]["root"]["children"]
    assert first == doc["root"]["children"][0]  # untouched block: exactly as it was
    assert second["children"][0]["text"] == "Third block."


# ------------------------------------------------ the product changes under an open editor
SEO = {"meta_title": "Old meta", "meta_description": None, "meta_keywords": None}


async def lands(editor, pid: str) -> None:
    """A refresh of the product lands while the editor is open (as a pull would)."""
    await editor.service.catalog.refresh([pid])


async def test_regression_refresh_while_open_keeps_a_colleagues_fields(loaded) -> None:
    editor, payload, pid = loaded
    editor.title_edit.setText("My title")
    payload.touch(pid, subtitle="Admin subtitle", seo={**SEO, "meta_title": "Admin meta"})
    await lands(editor, pid)
    # The form shows the colleague's values and still holds the merchant's typing.
    assert editor.subtitle_edit.text() == "Admin subtitle"
    assert editor.seo.title_edit.text() == "Admin meta"
    assert editor.title_edit.text() == "My title"
    assert editor.changed_fields() == ["title"] and editor.conflict_notes == {}
    assert editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert editor.last_result.status is SaveStatus.SAVED
    assert patch_bodies(payload) == [{"title": "My title"}]
    doc = payload.by_medusa(pid)
    assert doc["subtitle"] == "Admin subtitle" and doc["seo"]["meta_title"] == "Admin meta"


async def test_untouched_description_takes_the_new_value(loaded) -> None:
    editor, payload, pid = loaded
    payload.touch(pid, description=markdown_to_lexical("## New\n\nNew text."))
    await lands(editor, pid)
    assert editor.editor.toPlainText() == "## New\n\nNew text."
    await wait_until(lambda: "New text." in editor.preview.toPlainText(), 5, "previewed")
    assert not editor.dirty and editor.state_label.text() == "Saved"


async def test_typed_field_changed_in_payload_shows_an_inline_conflict(loaded) -> None:
    editor, payload, pid = loaded
    editor.seo.title_edit.setText("My meta")
    payload.touch(pid, seo={**SEO, "meta_title": "Admin meta"})
    await lands(editor, pid)
    note = editor.conflict_notes["seo.meta_title"]
    assert note.isVisible() and "Admin meta" in note.text.full_text()
    assert editor.seo.title_edit.text() == "My meta"
    assert editor.save() is False  # blocked until the merchant picks
    assert editor.banner.isVisible() and "Keep mine" in editor.banner.text.text()
    assert payload.writes() == [] and service_outbox(editor) == []
    note.keep.click()
    assert editor.conflict_notes == {} and not editor.banner.isVisible()
    assert editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert editor.last_result.status is SaveStatus.SAVED  # no push-time conflict either
    assert payload.by_medusa(pid)["seo"]["meta_title"] == "My meta"


async def test_take_theirs_replaces_the_typing(loaded) -> None:
    editor, payload, pid = loaded
    editor.title_edit.setText("My title")
    editor.editor.setPlainText("## Mine\n\nMy text.")
    payload.touch(pid, title="Admin title",
                  description=markdown_to_lexical("## Theirs\n\nTheir text."))
    await lands(editor, pid)
    assert set(editor.conflict_notes) == {"title", "description"}
    editor.conflict_notes["title"].take.click()
    editor.conflict_notes["description"].take.click()
    assert editor.title_edit.text() == "Admin title"
    assert editor.editor.toPlainText() == "## Theirs\n\nTheir text."
    assert not editor.dirty and editor.conflict_notes == {}
    assert editor.save()
    await wait_until(lambda: editor.last_result is not None, 5, "saved")
    assert payload.writes() == []  # nothing of the merchant's was left to send


# ------------------------------------------------------------- unsaved typing asks
async def test_closing_with_typing_asks(loaded) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor, _payload, _pid = loaded
    editor.subtitle_edit.setText("Typed")
    editor.close()
    assert editor.isVisible() and editor.unsaved_box.isVisible()
    editor.unsaved_box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.subtitle_edit.text() == "Typed"
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.unsaved_box.isVisible()
    editor.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()


async def test_ctrl_w_with_typing_asks_and_save_closes_once_saved(loaded) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor, payload, pid = loaded
    editor.subtitle_edit.setText("Typed")
    QTest.keyClick(editor.subtitle_edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert editor.unsaved_box is not None and editor.unsaved_box.isVisible()
    editor.unsaved_box.button(QMessageBox.StandardButton.Save).click()
    await wait_until(lambda: not editor.isVisible(), 5, "saved and closed")
    assert payload.by_medusa(pid)["subtitle"] == "Typed"


async def test_closing_without_typing_does_not_ask(loaded) -> None:
    editor, _payload, _pid = loaded
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor.unsaved_box is None


async def test_the_preview_follows_the_block_being_typed(loaded, qtbot) -> None:
    editor, _payload, _pid = loaded
    text = "\n\n".join(f"## Part {n}\n\n" + "Some words here. " * 40 for n in range(30))
    editor.editor.setPlainText(text)
    await wait_until(lambda: not editor.renderer.pending, 5, "the long text rendered")
    bar = editor.preview.verticalScrollBar()
    bar.setValue(0)
    cursor = editor.editor.textCursor()
    cursor.setPosition(text.index("## Part 27") + len("## Part 27"))
    editor.editor.setTextCursor(cursor)
    qtbot.keyClicks(editor.editor, " typed")
    await wait_until(lambda: not editor.renderer.pending, 5, "the edit rendered")
    await wait_until(lambda: bar.value() > 0, 5, "the preview scrolled")
    document = editor.preview.document()
    found = document.find("Part 27 typed")
    top = document.documentLayout().blockBoundingRect(found.block()).top()
    assert bar.value() <= top <= bar.value() + editor.preview.viewport().height()
