"""The catalog page (the main window's body) over a real OfflineCatalog and fake servers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop_app.exchange.connectivity import Reach
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.connectivity_indicator import ConnectivityIndicator
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.roles import VALUE_ROLE
from tests.ui.offline.conftest import medusa_rec
from tests.ui.qt_support import wait_until


async def test_pulls_edits_pushes_and_works_offline(page_factory):
    win, catalog, medusa, _payload = page_factory(4)
    try:
        assert win.model.rowCount() == 0
        win.pull()
        await wait_until(lambda: win.model.rowCount() == 4, 5, "pulled rows")
        indicator = ConnectivityIndicator(catalog)
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
        assert win.waiting_and_attention() == (1, 0)
        assert win.pending.table.rowCount() == 1
        win.search_edit.setText("offline-handle")
        win.apply_filter()
        assert win.model.rowCount() == 1
        assert win.model.index(0, Col.SYNC).data() == "Pending"

        assert not win.pending.push_button.isEnabled()  # Medusa is offline: says so
        medusa.down = False
        await catalog.probe()  # the connectivity monitor's check: Medusa answers again
        win.pending.push_button.click()
        await wait_until(lambda: not catalog.outbox() and not win.busy, 5, "pushed again")
        assert medusa.products["prod_00003"]["handle"] == "offline-handle"
    finally:
        win.shut_down()
        await catalog.aclose()


async def test_conflict_row_opens_the_conflict_dialog(pulled):
    win, catalog, _medusa, payload = pulled
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


def test_without_a_shop_the_window_is_local_only(qtbot, catalog):
    win = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.start()
    assert not win.online_capable and not win.busy
    win.pull()
    win.push()
    assert not win.busy  # nothing to reach: both are no-ops
    assert win.model.rowCount() == 30 and win.total_count() == 30
    assert "not checked" in ConnectivityIndicator(catalog).labels["payload"].text()
    win.open_index(win.model.index(0, 0))
    assert "prod_001" in win.editors
    win.shut_down()


def click_header(qtbot, win: CatalogPage, col: Col) -> None:
    header = win.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_every_header_sorts_in_sql_and_updated_starts_newest_first(qtbot, catalog):
    """Fails on the old main: Variants, SKUs and Sync ignored clicks; Updated began oldest."""
    catalog.edit("prod_007", {"handle": "edited"})  # pending: the Sync sort puts it first
    catalog._store.save_medusa([medusa_rec(12, variants=[])])  # fewest variants
    catalog._store.save_medusa([medusa_rec(5, updated_at="2027-01-01T00:00:00.000Z")])
    win = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.resize(1400, 600)
    win.show()
    header = win.table.horizontalHeader()

    def first(col: Col) -> object:
        return win.model.index(0, col).data(VALUE_ROLE)

    click_header(qtbot, win, Col.UPDATED)
    assert (win.model.query.sort, win.model.query.descending) == ("updated", True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert win.model.index(0, Col.TITLE).data() == "Product 005"  # the newest
    click_header(qtbot, win, Col.UPDATED)
    assert win.model.query.descending is False

    click_header(qtbot, win, Col.VARIANTS)
    assert (win.model.query.sort, win.model.query.descending) == ("variants", False)
    assert first(Col.VARIANTS) == 0
    click_header(qtbot, win, Col.SKUS)
    assert win.model.query.sort == "skus" and first(Col.SKUS) == ""
    click_header(qtbot, win, Col.SYNC)
    assert win.model.query.sort == "sync" and first(Col.SYNC) == "pending"
    assert header.sortIndicatorSection() == Col.SYNC
    click_header(qtbot, win, Col.HANDLE)
    click_header(qtbot, win, Col.HANDLE)
    assert win.model.query.sort == "handle" and win.model.query.descending
    assert win.model.index(0, Col.HANDLE).data() == "item-9"
    win.shut_down()


async def test_server_rejection_from_a_real_push_lands_on_the_field(pulled):
    win, catalog, _medusa, _payload = pulled
    editor = win.open_editor("prod_00001")
    # Another client (the CLI) queued a handle Medusa refuses; the editor is open.
    catalog.edit("prod_00001", {"handle": "Has Spaces"})
    win.push()
    await wait_until(lambda: not win.busy, 5, "pushed")
    assert catalog.outbox()[0].state == "failed"
    assert "Invalid product handle" in editor.errors["handle"].text()
    assert "Failed" in editor.state_label.text()


async def test_editor_reloads_from_the_server_asking_before_dropping_typing(pulled):
    win, catalog, medusa, _payload = pulled
    editor = win.open_editor("prod_00001")
    medusa.products["prod_00001"]["handle"] = "changed-elsewhere"  # another admin
    editor.handle_edit.setText("my-typing")
    editor.reload_button.click()
    assert editor.reload_button.text() == "Discard my typing and reload"
    assert editor.handle_edit.text() == "my-typing"  # nothing dropped yet
    editor.reload_button.click()
    await wait_until(lambda: editor.handle_edit.text() == "changed-elsewhere", 5, "reloaded")
    assert editor.reload_button.text() == "Reload from server"
    assert catalog.product("prod_00001").server_medusa["handle"] == "changed-elsewhere"

    medusa.down = True
    editor.reload_button.click()
    await wait_until(lambda: editor.reload_button.text() == "Reload from server", 5,
                     "reload finished")
    assert not editor.reload_button.isEnabled()  # Medusa is offline now: says so
    assert "Medusa is offline" in editor.reload_button.toolTip()
    assert editor.state_label.text().startswith("Could not reload:")
    assert editor.handle_edit.text() == "changed-elsewhere"


def test_a_search_matching_nothing_says_so_and_clears(qtbot, catalog):
    """Fails on the old main: an empty table, no message, no way back but deleting text."""
    win = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.show()
    assert win.body.currentWidget() is win.table
    win.search_edit.setText("zebra")
    win.status_combo.setCurrentIndex(win.status_combo.findData("draft"))
    win.apply_filter()
    assert win.model.rowCount() == 0
    assert win.body.currentWidget() is win.no_results and win.no_results.isVisible()
    assert win.no_results.title.text() == "No products match “zebra”"
    assert "Filtered to status Draft." in win.no_results.text.text()

    win.search_edit.setText("")  # a filter alone that matches nothing says so too
    win.apply_filter()
    assert win.no_results.title.text() == "No products match these filters"

    qtbot.mouseClick(win.no_results.clear_button, Qt.MouseButton.LeftButton)
    assert win.model.rowCount() == 30 and win.body.currentWidget() is win.table
    assert win.search_edit.text() == "" and win.status_combo.currentIndex() == 0
    assert win.model.query.statuses == ()
    win.shut_down()


def test_the_selection_stays_on_the_product_when_an_edit_moves_its_row(qtbot, catalog):
    """An edit (a save, a pull) that re-sorts the list keeps the merchant on the product
    they chose: Edit, Delete and the grid act on it, not on whatever took its row."""
    win = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    assert win.model.index(1, Col.TITLE).data() == "Product 002"  # sorted by title
    assert win.select_product("prod_002")
    win.table.selectionModel().select(  # and Product 004 with Ctrl
        win.model.index(3, Col.TITLE), win.table.selectionModel().SelectionFlag.Select
        | win.table.selectionModel().SelectionFlag.Rows)

    catalog.edit("prod_002", {"title": "Zebra print scarf"})  # now sorts last

    assert win.model.index(1, Col.TITLE).data() == "Product 003"
    assert win.model.index(29, Col.TITLE).data() == "Zebra print scarf"
    assert win.current_row() is not None and win.current_row().product_id == "prod_002"
    assert sorted(win.selected_ids()) == ["prod_002", "prod_004"]
    assert win.edit_action.isEnabled() is False  # two chosen, as before the edit
    win.shut_down()


async def test_the_push_message_counts_creates_deletes_and_their_refusals(pulled, monkeypatch):
    """Creates, deletes, structure and stock go first (OperationReport): the status bar
    said 'Push: 0 sent' after a product was created, and nothing of a refused create."""
    from desktop_app.exchange.operations_push import OperationReport
    from desktop_app.exchange.push import PushReport

    win, catalog, _medusa, _payload = pulled
    said: list[str] = []
    ended: list[tuple[str, bool, str]] = []
    win.message.connect(lambda text, *_: said.append(text))
    win.taskEnded.connect(lambda name, ok, text, *_: ended.append((name, ok, text)))

    async def push(progress=None):
        return PushReport(sent=1, operations=OperationReport(
            created=2, deleted=1, applied=3, failed=1, conflicts=1, deferred=1))

    monkeypatch.setattr(catalog, "push", push)
    win.push()
    await wait_until(lambda: said and not win.busy, 5, "the push's message")
    assert said[-1] == ("Push: 4 sent, 2 products created, 1 product deleted, 1 conflict, "
                        "1 rejected, 1 kept for later")
    assert ended[-1][:2] == ("Push", False)  # a refused create is not a success
