"""The Sync and Doctor panels by keyboard alone (issue 14): Tab reaches the collection,
Verify, Trigger sync, the report's filter, exports, findings and repairs, and each
doctor check's card (status, title, finding and fix read out), every stop named and
described for a screen reader."""

from __future__ import annotations

from desktop_app.ui.admin.sync_panel import SyncPanel
from tests.admin.fakes import synced_shop
from tests.services.admin_support import admin_for, drifted_shop
from tests.ui.admin.test_doctor_panel import CHECK_IDS, open_panel  # noqa: F401  (a fixture)
from tests.ui.admin.test_sync_panel import FAST, idle
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk


def sync_panel(qtbot) -> SyncPanel:  # type: ignore[no-untyped-def]
    leave_keys()
    panel = SyncPanel(admin_for(drifted_shop()), watch_options=FAST)
    qtbot.addWidget(panel)
    panel.show()
    return panel


async def test_the_sync_panel_by_keyboard(qtbot):
    panel = sync_panel(qtbot)
    stops = walk(panel, panel.collection_combo)
    assert [s.widget.objectName() for s in stops][:3] == [
        "collectionCombo",
        "verifyButton",
        "triggerButton",
    ]
    assert not nameless(stops) and not described_not(stops)

    panel.verify_button.click()
    await idle(panel, "the verification")
    stops = walk(panel, panel.collection_combo)
    reached = [s.widget.objectName() for s in stops]
    assert {
        "categoryCombo",
        "exportCsvButton",
        "exportJsonButton",
        "findingsTable",
        "fixAllButton",
        "resyncButton",
        "copyOrphansButton",
    } <= set(reached)
    assert not nameless(stops) and not described_not(stops)
    findings = next(s for s in stops if s.widget.objectName() == "findingsTable")
    assert findings.name == "Findings"
    assert findings.description.startswith("4 problems to fix. Each row: severity")

    panel.tabs.setCurrentIndex(1)  # the arrow keys on the tab bar
    stops = walk(panel, panel.collection_combo)
    assert {"historyRefresh", "historyTable"} <= {s.widget.objectName() for s in stops}
    assert not nameless(stops) and not described_not(stops)


async def test_the_doctor_by_keyboard(open_panel):  # noqa: F811
    leave_keys()
    panel = await open_panel(synced_shop(1))
    stops = walk(panel, panel.rerun_button)
    assert [s.widget.objectName() for s in stops] == ["rerunButton"] + ["checkCard"] * len(
        CHECK_IDS
    )
    assert not nameless(stops) and not described_not(stops)
    card = next(s for s in stops if s.widget is panel.card("medusa_reachable"))
    assert card.name == "ok: Medusa is reachable"
    assert card.description == panel.card("medusa_reachable").detail.text()


async def test_a_failed_checks_card_says_the_fix(open_panel):  # noqa: F811
    shop = synced_shop(1)
    shop.medusa.down = True
    panel = await open_panel(shop)
    card = panel.card("medusa_reachable")
    assert card.accessibleName().startswith("error: ")
    assert card.accessibleDescription().endswith(card.fix.text())
    assert "Start Medusa" in card.accessibleDescription()


async def test_a_screen_reader_hears_the_panels_in_german(qtbot, open_panel, german):  # noqa: F811
    panel = sync_panel(qtbot)
    stops = {s.widget.objectName(): s for s in walk(panel, panel.collection_combo)}
    assert stops["collectionCombo"].description == (
        "Die Payload-Kollektion, in die Medusas Produkte abgeglichen werden"
    )
    doctor = await open_panel(synced_shop(1))
    assert doctor.rerun_button.toolTip().startswith("Alle Prüfungen erneut ausführen")
