"""The Doctor panel against the real stack, as it runs by default: healthy."""

from __future__ import annotations

from desktop_app.admin.doctor import Status
from desktop_app.services.admin import AdminService
from desktop_app.ui.admin.doctor_panel import DoctorPanel
from tests.ui.qt_support import wait_until


async def test_doctor_panel_reports_the_stack_healthy(qtbot, stack_admin: AdminService):
    panel = DoctorPanel(stack_admin)
    qtbot.addWidget(panel)
    panel.show()
    await wait_until(lambda: panel.report is not None and not panel.busy, 60, "the doctor")

    report = panel.report
    assert report is not None and report.ok, report.to_dict()
    # Other tests leave products without a Payload document on purpose (sync repairs):
    # on this shared stack the link check may warn (tests/admin/test_doctor.py has it).
    cards = [c for c in panel.cards if c.check.id != "new_products_linked"]
    assert panel.card("new_products_linked").check.status in (
        Status.OK, Status.WARN, Status.SKIPPED)
    assert {c.check.status for c in cards} <= {Status.OK}
    assert {card.pill.text() for card in cards} == {"ok"}
    assert len(panel.cards) == 9
    assert panel.banner.title_label.text() in ("Healthy", "Needs attention")
    assert "OPTIONS /admin/payload/sync/products lists" in panel.card("sync_route").detail.text()
