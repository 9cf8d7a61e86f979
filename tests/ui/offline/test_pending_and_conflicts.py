"""Pending view (outbox table, Push now, Discard) and the conflict dialog's three ways out."""

from __future__ import annotations

from unittest import mock

import pytest

from desktop_app.services.offline import Changes, OfflineCatalog, Resolution
from desktop_app.ui.offline.conflict_dialog import ConflictDialog
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.validation import handle_error
from tests.ui.qt_support import wait_until


def make_conflicts(catalog: OfflineCatalog) -> dict[str, int]:
    """Three conflicted fields on prod_001, as push leaves them."""
    catalog.edit("prod_001", {"title": "Mine", "handle": "mine-handle",
                              "variants.variant_1_S.prices": [
                                  {"currency_code": "eur", "amount": "11"}]})
    seqs = {e.field: e.seq for e in catalog.outbox()}
    for name, theirs in (("title", "Theirs"), ("handle", "their-handle"),
                         ("variants.variant_1_S.prices",
                          [{"currency_code": "eur", "amount": 15}])):
        catalog._store.outbox.set_state([seqs[name]], "conflict", theirs=theirs,
                                       message="Changed on the server since you edited it.")
    return seqs


@pytest.fixture
def pending(qtbot, catalog: OfflineCatalog):
    pushes: list[int] = []
    view = PendingView(catalog, push_now=lambda: pushes.append(1))
    view.pushes = pushes  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.show()
    yield view
    view.detach()


def cells(view: PendingView) -> list[list[str]]:
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_lists_the_outbox_and_follows_changes(pending: PendingView, catalog: OfflineCatalog):
    assert pending.table.rowCount() == 0
    assert "Nothing waiting" in pending.summary.text()
    catalog.edit("prod_003", {"status": "draft", "metadata.color": "red"})
    rows = cells(pending)
    assert rows == [["Product 003", "Status", "Draft", "Waiting", ""],
                    ["Product 003", "Metadata · color", "red", "Waiting", ""]]
    assert "2 waiting" in pending.summary.text()
    pending.push_button.click()
    assert pending.pushes == [1]  # type: ignore[attr-defined]


def test_discard_selected(pending: PendingView, catalog: OfflineCatalog):
    catalog.edit("prod_003", {"status": "draft", "handle": "x-3"})
    pending.table.selectRow(0)
    assert pending.discard_button.isEnabled() and not pending.resolve_button.isEnabled()
    pending.discard_button.click()
    assert [e.field for e in catalog.outbox()] == ["handle"]
    assert cells(pending)[0][1] == "Handle"
    assert catalog.product("prod_003").value("status") == "published"


def test_conflicts_and_failures_ask_for_a_decision(qtbot, pending: PendingView,
                                                  catalog: OfflineCatalog):
    make_conflicts(catalog)
    catalog._notify(Changes(outbox=True))
    assert {r[3] for r in cells(pending)} == {"Conflict"}
    assert "3 need your decision" in pending.summary.text()
    pending.table.selectRow(0)
    assert pending.resolve_button.isEnabled()
    with qtbot.waitSignal(pending.resolveRequested) as got:
        pending.resolve_button.click()
    assert got.args == ["prod_001"]


@pytest.fixture
def dialog(qtbot, catalog: OfflineCatalog):
    seqs = make_conflicts(catalog)
    dlg = ConflictDialog(catalog, "prod_001")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, seqs


def test_dialog_shows_base_mine_theirs(dialog):
    dlg, seqs = dialog
    assert set(dlg.rows) == set(seqs.values())
    row = dlg.rows[seqs["title"]]
    texts = [w.text() for w in row.findChildren(type(dlg.heading))]
    assert {"Product 001", "Mine", "Theirs"} <= set(texts)
    prices = [w.text() for w in dlg.rows[seqs["variants.variant_1_S.prices"]]
              .findChildren(type(dlg.heading))]
    assert {"€10.00", "€11.00", "€15.00"} <= set(prices)


def test_each_choice_calls_resolve_with_the_right_args(qtbot, dialog, catalog):
    dlg, seqs = dialog
    with mock.patch.object(catalog, "resolve", wraps=catalog.resolve) as resolve:
        dlg.rows[seqs["title"]].keep.click()
        resolve.assert_called_with(seqs["title"], Resolution.KEEP_MINE, None)
        dlg.rows[seqs["handle"]].take.click()
        resolve.assert_called_with(seqs["handle"], Resolution.TAKE_THEIRS, None)
        row = dlg.rows[seqs["variants.variant_1_S.prices"]]
        row.edit.click()
        assert row.custom.isVisible() and row.custom.text() == "EUR 11"
        row.custom.setText("EUR 13")
        row.use.click()
        resolve.assert_called_with(seqs["variants.variant_1_S.prices"], Resolution.CUSTOM,
                                   [{"currency_code": "eur", "amount": "13"}])
    assert dlg.rows == {}
    assert "Everything is resolved" in dlg.intro.text()
    states = {e.field: (e.state, e.mine) for e in catalog.outbox()}
    assert states == {"title": ("queued", "Mine"),
                      "variants.variant_1_S.prices": (
                          "queued", [{"currency_code": "eur", "amount": "13"}])}


def test_custom_value_is_validated(qtbot, dialog, catalog):
    dlg, seqs = dialog
    row = dlg.rows[seqs["variants.variant_1_S.prices"]]
    row.edit.click()
    row.custom.setText("EUR lots")
    with mock.patch.object(catalog, "resolve") as resolve:
        row.use.click()
    resolve.assert_not_called()
    assert "not a number" in row.error.text()


async def test_override_lock_resends_a_locked_edit(pulled):
    page, catalog, _medusa, payload = pulled
    doc = next(d for d in payload.docs.values() if d["medusa_id"] == "prod_00001")
    payload.locked.add(doc["id"])  # open in Payload admin by someone else
    catalog.edit("prod_00001", {"subtitle": "Mine"})
    page.push()
    await wait_until(lambda: not page.busy and catalog.outbox()[0].state == "locked", 5)
    view = page.pending
    assert not view.override_button.isEnabled()  # nothing selected yet
    view.table.selectRow(0)
    assert view.override_button.isEnabled()
    view.override_button.click()
    await wait_until(lambda: catalog.outbox() == [], 5, "sent with overrideLock")
    assert doc["subtitle"] == "Mine" and doc["id"] not in payload.locked


def test_a_custom_status_or_handle_is_checked_as_the_editor_checks_it(qtbot, catalog):
    """Typing "Archived" (the way statuses read everywhere) went to Medusa as is and came
    back rejected; a handle with a space too. The dialog takes a status as shown or as
    stored, says which ones exist, and checks a handle as the editor does."""
    catalog.edit("prod_001", {"status": "draft", "handle": "mine-handle"})
    for entry in catalog.outbox():
        theirs = "proposed" if entry.field == "status" else "their-handle"
        catalog._store.outbox.set_state([entry.seq], "conflict", theirs=theirs,
                                       message="Changed on the server since you edited it.")
    seqs = {e.field: e.seq for e in catalog.outbox()}
    dlg = ConflictDialog(catalog, "prod_001")
    qtbot.addWidget(dlg)
    status, handle = dlg.rows[seqs["status"]], dlg.rows[seqs["handle"]]
    status.edit.click()
    assert status.custom.text() == "Draft"  # as the columns above show it
    with mock.patch.object(catalog, "resolve") as resolve:
        status.custom.setText("Archived")
        status.use.click()
        handle.edit.click()
        handle.custom.setText("Mine Handle")
        handle.use.click()
    resolve.assert_not_called()
    assert status.error.text() == "Choose one of: Draft, Proposed, Published, Rejected."
    assert handle.error.text() == handle_error("Mine Handle")
    with mock.patch.object(catalog, "resolve") as resolve:
        status.custom.setText("published")
        status.use.click()
        resolve.assert_called_with(seqs["status"], Resolution.CUSTOM, "published")
        status.custom.setText(" Rejected ")
        status.use.click()
        resolve.assert_called_with(seqs["status"], Resolution.CUSTOM, "rejected")
