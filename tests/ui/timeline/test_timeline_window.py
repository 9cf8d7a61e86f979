"""The timeline window: its points, two of them side by side, restore through the outbox."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.richtext import markdown_to_lexical
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.timeline.points import Kind
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.timeline.opening import open_timeline
from desktop_app.ui.timeline.window import TimelineWindow
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import Clock, FakeMedusa
from tests.timeline.fakes import FixedCapabilities, VersionedPayload, capabilities
from tests.timeline.helpers import PID, medusa, payload
from tests.ui.list_menu import product_menu
from tests.ui.qt_support import wait_until

BEFORE = "A sturdy mug.\n\n- Dishwasher safe\n- 300 ml"
AFTER = "A sturdy mug for tea.\n\n- Dishwasher safe\n- 450 ml\n- Gift box"


@pytest.fixture
def catalog(tmp_path):
    """Offline (no shop): the Mug pulled three times, title and description changing."""
    store = CatalogStore.open(tmp_path / "t.db")
    store.save_medusa([medusa(0)])
    store.save_payload([payload(1, markdown=BEFORE)])
    store.save_payload([payload(2, title="Big mug", markdown=BEFORE)])
    store.save_payload([payload(3, title="Bigger mug", subtitle="Red", markdown=AFTER)])
    catalog = OfflineCatalog(store)
    yield catalog
    catalog.close_now()


def window_for(qtbot, catalog, product_id=PID) -> TimelineWindow:
    window = open_timeline(catalog, product_id)
    qtbot.addWidget(window)
    return window


def test_the_points_and_the_newest_against_now(qtbot, catalog):
    window = window_for(qtbot, catalog)
    assert window.isVisible() and window.windowTitle() == "Timeline — Bigger mug"
    texts = [window.points.topLevelItem(i).text(2)
             for i in range(window.points.topLevelItemCount())]
    assert texts == ["Now", "Pulled from Payload", "Pulled from Payload", "Pulled from Payload",
                     "Pulled from Medusa"]
    # Opened on the newest earlier point against now: nothing waits, nothing differs.
    assert window.points.picked_ids() == [window.timeline.points[1].id]
    assert window.diff_view.message == "No field differs between these two points."
    assert open_timeline(catalog, PID) is window  # asked again: the same window


async def test_without_the_shops_secrets_versions_say_why(qtbot, catalog):
    window = window_for(qtbot, catalog)
    await wait_until(lambda: window.versions.state.value != "not_asked", 5, "versions asked")
    assert window.versions_label.text() == (
        "Payload versions are not available: Not checked: this catalog was opened without "
        "the shop's secrets")


def test_two_points_side_by_side_per_field_and_by_block(qtbot, catalog):
    window = window_for(qtbot, catalog)
    first, _second, newest = [p.id for p in window.timeline.points if p.server == "payload"][::-1]
    window.points.pick(newest, first)
    assert window.diff.left.id == first and window.diff.right.id == newest  # older on the left
    assert list(window.diff_view.sections) == ["title", "subtitle", "description"]
    assert window.side_a.text().startswith("<b>A</b> · Pulled from Payload")
    body = window.diff_view.sections["description"].body.text()
    assert "A sturdy mug" in body and "for tea" in body and "Gift box" in body
    assert "line-through" in body  # the words that changed are marked
    assert "{" not in body  # blocks of text, never JSON
    title = window.diff_view.sections["title"]
    assert "Mug" in title.body.text() and "Bigger" in title.body.text()

    window.unchanged_box.setChecked(True)
    assert "seo.meta_title" in window.diff_view.sections


def test_a_third_pick_lets_go_of_the_first(qtbot, catalog):
    window = window_for(qtbot, catalog)
    ids = [p.id for p in window.timeline.points]
    items = [window.points.topLevelItem(i) for i in range(len(ids))]
    window.points.clearSelection()
    for item in (items[1], items[3], items[4]):
        item.setSelected(True)
    assert window.points.picked_ids() == [ids[3], ids[4]]
    assert (window.diff.left.id, window.diff.right.id) == (ids[4], ids[3])


def test_restore_this_field_is_an_edit_in_the_outbox(qtbot, catalog):
    window = window_for(qtbot, catalog)
    first = [p.id for p in window.timeline.points if p.server == "payload"][-1]
    window.points.pick(first)  # against now
    seen = []
    window.restored.connect(lambda pid, fields: seen.append((pid, fields)))
    section = window.diff_view.sections["title"]
    assert section.restore_button.isEnabled()
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    [edit] = catalog.outbox()
    assert (edit.field, edit.base, edit.mine, edit.state) == (
        "title", "Bigger mug", "Mug", "queued")
    assert seen == [(PID, ["title"])]
    assert "waiting in the outbox" in window.message_label.text()
    # The diff follows: against now the title no longer differs; now says an edit waits.
    assert "title" not in window.diff_view.sections
    assert window.timeline.now.note == "1 edit waiting to be sent"


def test_restore_all_asks_then_restores_every_field(qtbot, catalog):
    window = window_for(qtbot, catalog)
    first = [p.id for p in window.timeline.points if p.server == "payload"][-1]
    window.points.pick(first)
    assert window.restore_all_button.text() == "Restore all to A (3)"
    box = window.ask_restore_all()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Title\nSubtitle\nDescription" in box.informativeText()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert sorted(e.field for e in catalog.outbox()) == ["description", "subtitle", "title"]
    detail = catalog.product(PID)
    assert detail.payload["description"] == payload(markdown=BEFORE)["description"]
    assert window.diff_view.message == "No field differs between these two points."


def test_a_field_that_cannot_be_restored_says_why(qtbot, catalog):
    window = window_for(qtbot, catalog)
    oldest = window.timeline.points[-1].id  # Medusa's first copy: Payload not read yet
    window.points.pick(window.timeline.points[1].id, oldest)
    window.unchanged_box.setChecked(True)
    title = window.diff_view.sections["title"]
    assert not title.restore_button.isEnabled()
    assert title.restore_button.toolTip() == (
        "Cannot restore: that point does not know this field")
    assert "not read yet at this point" in title.body.text()


def test_the_list_and_the_content_editor_open_it(qtbot, catalog):
    page, actions = product_menu(qtbot, catalog, PID)
    assert page.timeline_action in actions and page.timeline_action.isEnabled()
    page.timeline_action.trigger()
    window = open_timeline(catalog, PID)
    assert window.isVisible() and window.product_id == PID
    page.shut_down()  # closes the shop's timeline windows (deleted on close)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())


async def test_payload_versions_come_in_after_the_stores_part(qtbot, tmp_path):
    clock = Clock()
    fake_medusa, fake_payload = FakeMedusa(clock=clock), VersionedPayload(clock=clock)
    product = fake_medusa.add(1)
    doc = fake_payload.add(product["id"], "First title",
                           description=markdown_to_lexical("First."))
    shop = Shop(PROFILE, fake_medusa.client(), fake_payload.client(),
                capability_cache=FixedCapabilities(capabilities(True)))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "v.db"), shop)
    await catalog.pull()
    fake_payload.version(doc["id"], draft=True, title="A draft")
    fake_payload.version(doc["id"], draft=True, autosave=True, title="An autosave")
    window = TimelineWindow(catalog, product["id"])
    window.show()
    window.start()
    assert [p.kind for p in window.timeline.points].count(Kind.VERSION) == 0  # at once
    await wait_until(lambda: window.versions.state.value == "read", 5, "versions read")
    versions = [p for p in window.timeline.points if p.kind is Kind.VERSION]
    assert [window.timeline.state(p.id)["title"] for p in versions] == ["An autosave",
                                                                       "A draft"]
    assert window.versions_label.text() == "2 Payload versions listed."
    whats = [window.points.topLevelItem(i).text(2)
             for i in range(window.points.topLevelItemCount())]
    assert whats[1:3] == [f"Payload version {v.id[1:]}" for v in versions]
    assert window.points.topLevelItem(1).text(3) == "draft, autosave, latest"

    # Restoring from a draft version sends the title at once (the shop is online).
    window.points.pick(versions[1].id)
    qtbot.mouseClick(window.diff_view.sections["title"].restore_button,
                     Qt.MouseButton.LeftButton)
    await wait_until(lambda: fake_payload.by_medusa(product["id"])["title"] == "A draft", 5,
                     "the restore pushed")
    await wait_until(lambda: window.message_label.text() == "Sent.", 5, "sent")
    window.close()
    assert not shiboken6.isValid(window) or not window.isVisible()
    await catalog.aclose()


def test_a_click_compares_with_now_and_ctrl_click_adds_a_second(qtbot, catalog):
    window = window_for(qtbot, catalog)
    ids = [p.id for p in window.timeline.points]
    view = window.points

    def click(row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        rect = view.visualItemRect(view.topLevelItem(row))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    click(3)
    assert view.picked_ids() == [ids[3]] and window.diff.right.id == "now"
    click(2, Qt.KeyboardModifier.ControlModifier)
    assert (window.diff.left.id, window.diff.right.id) == (ids[3], ids[2])
    click(4, Qt.KeyboardModifier.ControlModifier)  # the third lets go of the first
    assert view.picked_ids() == [ids[2], ids[4]]
    click(1)
    assert view.picked_ids() == [ids[1]]


def test_a_shop_switch_closes_its_timelines(qtbot, catalog):
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    window = open_timeline(catalog, PID)
    assert window.isVisible()
    page.shut_down()  # what a switch of shop does to the page
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_rows_have_room_and_who_shows_in_full(qtbot, catalog):
    """Rows as tall as the app's other lists; the Who · note column fits its text at the
    window's size, and says it in full in a tooltip where a narrower window elides it."""
    window = window_for(qtbot, catalog)
    points = window.points
    first = points.topLevelItem(0)
    assert points.visualItemRect(first).height() >= 28
    assert first.text(3) and first.toolTip(3) == first.text(3)
    assert points.columnWidth(3) >= points.sizeHintForColumn(3)
