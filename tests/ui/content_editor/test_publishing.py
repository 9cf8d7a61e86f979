"""The content editor's draft and publishing controls (issue 16, docs/drafts.md): a real
OfflineCatalog over a localised Payload that keeps drafts (tests/publishing/fakes.py)
and the editorial stack's recorded capabilities (drafts on, scheduled publishing off)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from desktop_app.api.capabilities import NO_SCHEDULING, Capability, Feature, Support
from desktop_app.publishing import PublicationState, Schedule
from desktop_app.services.content import ContentService, SaveStatus
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.ui.content_editor import ContentEditor
from desktop_app.ui.content_editor.publish_bar import badge_text, when
from desktop_app.ui.content_editor.schedule_dialog import ScheduleDialog
from tests.exchange.fakes import Clock
from tests.publishing.fakes import DraftsPayload, drafts_catalog
from tests.translations.fakes import TranslatingMedusa, editorial_capabilities
from tests.ui.content_editor.conftest import close
from tests.ui.qt_support import wait_until


async def opened(tmp_path, caps, payload_type=DraftsPayload):  # type: ignore[no-untyped-def]
    """An editor on a product published in a localised Payload that keeps drafts."""
    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), payload_type(clock)
    product = medusa.add(1, title="Lamp", subtitle="Warm")
    payload.add(product["id"], "Lamp", subtitle="Warm")
    catalog = drafts_catalog(tmp_path, medusa, payload, caps)
    await catalog.pull()
    editor = ContentEditor(ContentService(catalog), product["id"])
    editor.show()
    editor.start()
    await wait_until(
        lambda: (
            editor.content is not None and editor.capabilities is not None and not editor.asking
        ),
        5,
        "loaded, capabilities known",
    )
    return editor, payload, catalog


@pytest.fixture
async def drafts(tmp_path):
    caps = await editorial_capabilities()  # drafts and scheduled publishing on
    editor, payload, catalog = await opened(tmp_path, caps)
    yield editor, payload, catalog, caps
    await close(editor, catalog)


def bar(editor: ContentEditor):  # type: ignore[no-untyped-def]
    return editor.publish_bar


async def badge_says(editor: ContentEditor, text: str) -> None:
    badge = bar(editor).badge
    try:
        await wait_until(lambda: badge.text() == text, 5, f"the badge saying {text!r}")
    except BaseException:
        print("badge:", badge.text(), badge.toolTip(), editor.publication())
        raise


async def act(editor: ContentEditor, action: str) -> None:
    editor.last_result = None
    button = bar(editor).buttons[action]
    assert button.isEnabled(), button.toolTip()
    button.click()
    await wait_until(lambda: editor.last_result is not None, 5, f"{action} answered")
    assert editor.last_result.status is SaveStatus.SAVED, editor.last_result.message


async def test_published_then_a_draft_then_published(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    await badge_says(editor, "Published")
    assert not bar(editor).buttons["draft"].isEnabled()  # nothing typed
    names = [b.accessibleName() for b in bar(editor).buttons.values()]
    assert names == ["Save as draft", "Publish", "Unpublish", "Schedule"]
    assert bar(editor).badge.focusPolicy() & Qt.FocusPolicy.TabFocus  # its state read out
    assert bar(editor).buttons["unpublish"].isEnabled()
    editor.title_edit.setText("Reading lamp")
    await act(editor, "draft")
    doc = payload.by_medusa(editor.product_id)
    assert doc["title"] == "Lamp"  # the storefront's document stays as it was
    [write] = payload.writes()
    assert write.url.params["draft"] == "true"
    assert json.loads(write.content) == {"title": "Reading lamp", "_status": "draft"}
    await badge_says(editor, "Draft — unpublished changes")
    assert editor.title_edit.text() == "Reading lamp" and not editor.dirty
    await act(editor, "publish")
    assert json.loads(payload.writes()[-1].content) == {"_status": "published"}
    assert payload.by_medusa(editor.product_id)["title"] == "Reading lamp"
    await badge_says(editor, "Published")
    assert catalog.outbox() == []


async def test_publish_saves_the_typing_first(drafts) -> None:
    editor, payload, _catalog, _caps = drafts
    editor.subtitle_edit.setText("Warm white")
    await act(editor, "publish")
    bodies = [json.loads(r.content) for r in payload.writes()]
    assert bodies == [{"subtitle": "Warm white", "_status": "draft"}, {"_status": "published"}]
    assert payload.by_medusa(editor.product_id)["subtitle"] == "Warm white"
    await badge_says(editor, "Published")


async def test_unpublish_calls_the_catalog_and_the_badge_follows(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    await badge_says(editor, "Published")
    seen: list[object] = []
    catalog.subscribe(seen.append)
    await act(editor, "unpublish")
    assert any(editor.product_id in c.product_ids for c in seen)  # the change set
    assert payload.by_medusa(editor.product_id)["_status"] == "draft"
    assert catalog.publication(editor.product_id).state is PublicationState.DRAFT
    await badge_says(editor, "Draft — not published")
    assert not bar(editor).buttons["unpublish"].isEnabled()
    assert bar(editor).buttons["publish"].isEnabled()


async def test_a_colleague_draft_shows_in_the_form_and_badge(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    payload.save_draft(editor.product_id, title="Desk lamp")
    await catalog.pull()
    await wait_until(lambda: editor.title_edit.text() == "Desk lamp", 5, "the draft shown")
    await badge_says(editor, "Draft — unpublished changes")


async def test_schedule_through_the_dialog(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    schedule = bar(editor).buttons["schedule"]
    assert schedule.isEnabled() and schedule.accessibleName() == "Schedule"
    schedule.click()
    dialog = editor.schedule_dialog
    assert dialog is not None and dialog.isVisible() and dialog.remove is None
    at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=2)
    dialog.when.setDateTime(QDateTime(at.astimezone().replace(tzinfo=None)))
    editor.last_result = None
    dialog.ok.click()
    await wait_until(lambda: editor.last_result is not None, 5, "scheduled")
    assert editor.last_result.status is SaveStatus.SAVED, editor.last_result.message
    [job] = payload.jobs
    assert job["input"]["type"] == "publish"
    assert datetime.fromisoformat(job["waitUntil"].replace("Z", "+00:00")) == at
    assert catalog.publication(editor.product_id).schedule == Schedule(at, "publish")
    assert bar(editor).badge.text() == f"Scheduled {when(at)}"
    schedule.click()  # again: the dialog offers to remove it
    assert editor.schedule_dialog.remove is not None
    editor.last_result = None
    editor.schedule_dialog.remove.click()
    await wait_until(lambda: editor.last_result is not None, 5, "unscheduled")
    assert payload.jobs == [] and bar(editor).badge.text() == "Published"


async def test_scheduling_off_says_why(tmp_path) -> None:
    editorial = await editorial_capabilities()
    off = Capability(Feature.SCHEDULE_PUBLISH, Support.MISSING, NO_SCHEDULING, "recorded")
    editor, _payload, catalog = await opened(tmp_path, replace(editorial, schedule_publish=off))
    try:
        schedule = bar(editor).buttons["schedule"]
        assert not schedule.isEnabled()
        assert NO_SCHEDULING in schedule.toolTip()
        assert NO_SCHEDULING in editor.editorial_note.text()
        assert bar(editor).buttons["unpublish"].isEnabled()  # drafts still work
        # Asked anyway (a stale button): the catalog's refusal is shown, nothing is sent.
        editor.last_result = None
        editor.save(
            then=lambda: catalog.schedule(editor.product_id, datetime.now(UTC) + timedelta(days=1)),
            typing=False,
        )
        await wait_until(lambda: editor.last_result is not None, 5, "refused")
        assert editor.last_result.status is SaveStatus.FAILED
        assert NO_SCHEDULING in editor.banner.text.text()
        assert catalog.outbox() == []
    finally:
        await close(editor, catalog)


async def test_the_schedule_dialog_answers_in_utc(qtbot) -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    dialog = ScheduleDialog(None, now=now)
    qtbot.addWidget(dialog)
    chosen: list[tuple[datetime, str]] = []
    dialog.chosen.connect(lambda at, action: chosen.append((at, action)))
    assert dialog.moment() == now + timedelta(days=1)  # tomorrow, same time
    dialog.unpublish.setChecked(True)
    dialog.ok.click()
    assert chosen == [(now + timedelta(days=1), "unpublish")]
    again = ScheduleDialog(Schedule(now + timedelta(hours=3), "publish"), now=now)
    qtbot.addWidget(again)
    assert again.remove is not None and again.moment() == now + timedelta(hours=3)
    removed: list[bool] = []
    again.removed.connect(lambda: removed.append(True))
    again.remove.click()
    assert removed == [True]


def test_badge_names_a_schedule_in_local_time() -> None:
    from desktop_app.publishing import Publication

    at = datetime(2026, 12, 12, 10, 0, tzinfo=UTC)
    publication = Publication("p", PublicationState.DRAFT, {}, {}, Schedule(at, "publish"))
    local = at.astimezone()
    assert badge_text(publication) == f"Scheduled {local.day} {local:%b %H:%M}"


async def test_publish_offline_waits_in_the_outbox(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    await badge_says(editor, "Published")
    editor.subtitle_edit.setText("Warm white")
    payload.down = True
    editor.last_result = None
    bar(editor).buttons["publish"].click()
    await wait_until(lambda: editor.last_result is not None, 5, "publish answered")
    assert editor.last_result.status is SaveStatus.QUEUED
    assert [(e.field, e.mine) for e in catalog.outbox()] == [
        ("draft.subtitle", "Warm white"),
        ("publication", "published"),
    ]
    assert not editor.dirty and editor.state_label.text() == "Waiting to send"
    assert "waiting to be sent" in bar(editor).badge.toolTip()
    payload.down = False
    await catalog.push()
    await badge_says(editor, "Published")
    assert payload.by_medusa(editor.product_id)["subtitle"] == "Warm white"
    assert catalog.outbox() == []


async def test_offline_the_drafts_read_before_are_edited(tmp_path) -> None:
    editor, _payload, catalog = await opened(tmp_path, await editorial_capabilities())
    product_id = editor.product_id
    await close(editor, catalog)
    # The same store opened without the shop's secrets: nothing can be asked.
    offline = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), None)
    editor = ContentEditor(ContentService(offline), product_id)
    editor.show()
    editor.start()
    try:
        await wait_until(
            lambda: (
                editor.content is not None and editor.capabilities is not None and not editor.asking
            ),
            5,
            "loaded offline",
        )
        assert editor.drafts_on and bar(editor).badge.text() == "Published"
        editor.title_edit.setText("Reading lamp")
        editor.last_result = None
        bar(editor).buttons["draft"].click()
        await wait_until(lambda: editor.last_result is not None, 5, "saved")
        assert editor.last_result.status is SaveStatus.QUEUED
        assert [(e.field, e.mine) for e in offline.outbox()] == [("draft.title", "Reading lamp")]
        assert bar(editor).badge.text() == "Draft — unpublished changes"
    finally:
        await close(editor, offline)


async def test_every_locales_typing_is_a_draft_and_publish_publishes_it(drafts) -> None:
    editor, payload, catalog, _caps = drafts
    await badge_says(editor, "Published")
    payload.set_locale(editor.product_id, "de", title="Lampe")
    await catalog.read_translations()
    editor.locale_bar.box.setCurrentIndex(editor.locale_bar.box.findData("de"))
    assert editor.locale == "de" and editor.title_edit.text() == "Lampe"
    editor.title_edit.setText("Leselampe")
    assert bar(editor).buttons["draft"].isEnabled()  # a locale's typing is a draft too
    await act(editor, "draft")
    [write] = payload.writes()
    assert (write.url.params["locale"], write.url.params["draft"]) == ("de", "true")
    assert json.loads(write.content) == {"title": "Leselampe", "_status": "draft"}
    assert payload.locale_value(editor.product_id, "de", "title") == "Lampe"  # live: as it was
    await badge_says(editor, "Draft — unpublished changes")
    assert editor.title_edit.text() == "Leselampe" and not editor.dirty
    await act(editor, "publish")
    assert payload.locale_value(editor.product_id, "de", "title") == "Leselampe"
    await badge_says(editor, "Published")
    assert catalog.outbox() == []


class ColleagueFirst(DraftsPayload):
    """A colleague's draft lands between the push's re-read and its draft write."""

    colleague: str | None = None

    def handle(self, request):  # type: ignore[no-untyped-def]
        if (
            self.colleague is not None
            and request.method == "PATCH"
            and request.url.params.get("draft") == "true"
        ):
            title, self.colleague = self.colleague, None
            self.save_draft(int(request.url.path.rsplit("/", 1)[1]), title=title)
        return super().handle(request)


async def test_a_draft_saved_over_a_colleagues_says_so_with_the_timeline_at_hand(
    tmp_path,
) -> None:
    caps = await editorial_capabilities()
    editor, payload, catalog = await opened(tmp_path, caps, ColleagueFirst)
    try:
        payload.colleague = "Lamp, the colleague's"
        editor.title_edit.setText("Reading lamp")
        await act(editor, "draft")
        assert editor.last_result.note.startswith("Sent, over a draft someone else saved")
        assert editor.banner.isVisible()
        assert editor.banner.title.text() == "Saved over another draft"
        doc = payload.by_medusa(editor.product_id)
        titles = [v["version"]["title"] for v in payload.history_of(doc["id"])]
        assert titles[-2:] == ["Lamp, the colleague's", "Reading lamp"]  # theirs kept
    finally:
        await close(editor, catalog)
