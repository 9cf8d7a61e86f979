"""The Offline catalog window over a real OfflineCatalog and in-process fake servers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.sync.connectivity import Reach
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.offline.window import OfflineWindow
from tests.sync.fakes import fake_pair
from tests.ui.qt_support import wait_until

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")


def make_window(qtbot, tmp_path, count: int = 4):
    medusa, payload = fake_pair(count)
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "w.sqlite3"), shop)
    win = OfflineWindow(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.show()
    return win, catalog, medusa, payload


async def test_pulls_edits_pushes_and_works_offline(qtbot, tmp_path):
    win, catalog, medusa, _payload = make_window(qtbot, tmp_path)
    try:
        assert win.model.rowCount() == 0
        win.pull()
        await wait_until(lambda: win.model.rowCount() == 4, 5, "pulled rows")
        indicator = win.connectivity
        assert indicator.state("medusa") == Reach.REACHABLE
        assert "Medusa online" in indicator.labels["medusa"].text()

        editor = win.open_editor("prod_00002")
        editor.handle_edit.setText("fresh-handle")
        assert editor.save()
        await wait_until(lambda: not catalog.outbox() and not win._push.running, 5, "pushed")
        assert medusa.products["prod_00002"]["handle"] == "fresh-handle"

        medusa.down = True  # offline: the edit is kept and the window says so
        editor = win.open_editor("prod_00003")
        editor.handle_edit.setText("offline-handle")
        assert editor.save()
        await wait_until(lambda: not win._push.running and
                         catalog.connectivity.state("medusa") == Reach.UNREACHABLE, 5, "down")
        assert "Medusa offline" in indicator.labels["medusa"].text()
        assert [e.mine for e in catalog.outbox()] == ["offline-handle"]
        assert "1 change waiting" in win.counts_label.text()
        assert win.pending_action.text() == "Pending changes (1)"
        win.search_edit.setText("offline-handle")
        win.apply_filter()
        assert win.model.rowCount() == 1
        assert win.model.index(0, Col.SYNC).data() == "Pending"

        medusa.down = False
        win.pending.push_button.click()
        await wait_until(lambda: not catalog.outbox() and not win.busy, 5, "pushed again")
        assert medusa.products["prod_00003"]["handle"] == "offline-handle"
    finally:
        win.close()
        await catalog.aclose()


async def test_conflict_row_opens_the_conflict_dialog(qtbot, tmp_path):
    win, catalog, _medusa, payload = make_window(qtbot, tmp_path, 2)
    try:
        win.pull()
        await wait_until(lambda: win.model.rowCount() == 2, 5, "pulled rows")
        catalog.edit("prod_00001", {"title": "Mine"})
        payload.touch("prod_00001", title="Theirs")
        win.push()
        await wait_until(lambda: not win.busy and catalog.outbox()[0].state == "conflict",
                         5, "conflict")
        win.sync_combo.setCurrentIndex(win.sync_combo.findData("conflict"))
        assert win.model.rowCount() == 1
        win.open_index(win.model.index(0, 0))
        dialog = win.conflicts["prod_00001"]
        assert len(dialog.rows) == 1
        next(iter(dialog.rows.values())).take.click()
        assert catalog.outbox() == []
        assert win.model.rowCount() == 0  # no conflict left under this filter
    finally:
        win.close()
        await catalog.aclose()


def test_without_a_shop_the_window_is_local_only(qtbot, catalog):
    win = OfflineWindow(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.start()
    assert not win.pull_action.isEnabled() and not win.push_action.isEnabled()
    assert win.model.rowCount() == 30
    assert "30 products in the local store" in win.counts_label.text()
    assert "not checked" in win.connectivity.labels["payload"].text()
    win.open_index(win.model.index(0, 0))
    assert "prod_001" in win.editors
    win.close()


def test_header_sorts_in_sql_and_ignores_unsorted_columns(qtbot, catalog):
    win = OfflineWindow(catalog, close_catalog=False)
    qtbot.addWidget(win)
    header = win.table.horizontalHeader()
    win.table.sortByColumn(Col.HANDLE, Qt.SortOrder.DescendingOrder)
    assert win.model.query.sort == "handle" and win.model.query.descending
    assert win.model.index(0, Col.HANDLE).data() == "item-9"
    win.table.sortByColumn(Col.SKUS, Qt.SortOrder.AscendingOrder)
    assert win.model.query.sort == "handle"
    assert header.sortIndicatorSection() == Col.HANDLE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    win.close()


async def test_server_rejection_from_a_real_push_lands_on_the_field(qtbot, tmp_path):
    win, catalog, _medusa, _payload = make_window(qtbot, tmp_path, 2)
    try:
        win.pull()
        await wait_until(lambda: win.model.rowCount() == 2 and not win.busy, 5, "pulled")
        editor = win.open_editor("prod_00001")
        # Another client (the CLI) queued a handle Medusa refuses; the editor is open.
        catalog.edit("prod_00001", {"handle": "Has Spaces"})
        win.push()
        await wait_until(lambda: not win.busy, 5, "pushed")
        assert catalog.outbox()[0].state == "failed"
        assert "Invalid product handle" in editor.errors["handle"].text()
        assert "Failed" in editor.state_label.text()
    finally:
        win.close()
        await catalog.aclose()
