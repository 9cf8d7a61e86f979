"""The Sync panel against the real stack; no switch is flipped.

Verify must agree with the core verification run directly; trigger + watch
must end (agreed, or a stall naming what the official sync left out) and be
recorded in the run history.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from desktop_app.admin.verify import VerifyReport, verify
from desktop_app.admin.watch import Outcome, WatchOptions
from desktop_app.services.admin import AdminService
from desktop_app.ui.admin.history_model import Col as HistoryCol
from desktop_app.ui.admin.sync_panel import SyncPanel
from tests.ui.qt_support import wait_until

pytestmark = pytest.mark.timeout(900)


def comparable(report: VerifyReport) -> tuple:
    return report.medusa_count, report.payload_count, report.counts()


@pytest.fixture
async def panel(qtbot, stack_admin: AdminService) -> AsyncIterator[SyncPanel]:
    panel = SyncPanel(stack_admin, watch_options=WatchOptions(poll_interval=1.0,
                                                              stall_after=20, timeout=600))
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.close()  # cancels a job still running after a failure, on this test's loop
    await wait_until(lambda: not panel.busy, 30, "the panel's job to stop")


async def direct_verify(admin: AdminService) -> VerifyReport:
    async with admin.clients() as c:
        return await verify(c.medusa, c.payload)


async def test_verify_counts_match_the_core_verification(panel: SyncPanel):
    # Other tests may add products to the shared stack meanwhile: run both side by
    # side, and again if something changed in between.
    seen = []
    for _ in range(5):
        panel.verify_button.click()
        direct = await direct_verify(panel.admin)
        await wait_until(lambda: not panel.busy, 300, "the panel's verification")
        assert panel.report is not None, panel.banner.message_label.text()
        seen.append((comparable(panel.report), comparable(direct)))
        if comparable(panel.report) == comparable(direct):
            break
    shown, direct_counts = seen[-1]
    assert shown == direct_counts, seen
    assert panel.report.medusa_count > 0
    view = panel.report_view
    assert view.category_combo.itemText(0) == f"All findings ({len(panel.report.findings)})"
    assert view.model.rowCount() == len(panel.report.findings)


async def test_trigger_and_watch_finishes_and_is_recorded(panel: SyncPanel):
    panel.trigger_button.click()
    await wait_until(lambda: not panel.busy, 800, "the sync to finish or stall")

    result = panel.last_result
    assert result is not None, panel.banner.message_label.text()
    assert result.outcome in (Outcome.AGREED, Outcome.STALLED), result.summary()
    assert result.trigger_message == "Syncing products with Payload"
    assert panel.last_progress is not None and panel.last_progress.total > 0
    if result.outcome is Outcome.AGREED:
        assert panel.banner.title_label.text() == "Sync finished"
        assert panel.last_progress.done == panel.last_progress.total
    else:  # the official loop's paging defects left products out: they are named
        assert result.missing_ids or result.unlinked_ids
        assert panel.banner.title_label.text() == "Sync stalled"
    assert panel.report is not None  # the final verification is shown
    expected = "Agreed" if result.outcome is Outcome.AGREED else "Stalled"
    assert panel.history_model.index(0, HistoryCol.OUTCOME).data() == expected
