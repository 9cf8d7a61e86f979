"""DoctorPanel over recorded-shape fakes: badges, findings with fixes, re-run."""

from __future__ import annotations

import pytest

from desktop_app.ui.admin.doctor_panel import DoctorPanel
from tests.admin.fakes import synced_shop
from tests.services.admin_support import admin_for
from tests.ui.qt_support import wait_until

CHECK_IDS = ["medusa_reachable", "payload_reachable", "medusa_credentials",
             "payload_credentials", "sync_route", "products_fields", "anonymous_create",
             "new_products_linked", "clock_skew"]


@pytest.fixture
def open_panel(qtbot):
    async def run(shop) -> DoctorPanel:
        panel = DoctorPanel(admin_for(shop))
        qtbot.addWidget(panel)
        panel.show()  # the first show runs the doctor
        await wait_until(lambda: panel.report is not None and not panel.busy, 10, "the doctor")
        return panel

    return run


def pills(panel: DoctorPanel) -> dict[str, str]:
    return {card.check.id: card.pill.text() for card in panel.cards}


async def test_a_healthy_deployment_shows_every_check_ok(open_panel):
    panel = await open_panel(synced_shop(1))

    assert [c.check.id for c in panel.cards] == CHECK_IDS
    assert set(pills(panel).values()) == {"ok"}
    assert all(card.fix is None for card in panel.cards)
    assert panel.banner.title_label.text() == "Healthy"
    assert panel.banner.message_label.text() == f"All {len(CHECK_IDS)} checks passed."
    assert not panel.progress.isVisible() and panel.rerun_button.isEnabled()


async def test_a_failed_check_shows_an_error_badge_and_its_fix(open_panel):
    shop = synced_shop(1)
    shop.payload.anonymous_create_open = True
    panel = await open_panel(shop)

    card = panel.card("anonymous_create")
    assert card.pill.text() == "error"
    assert "may create and delete products" in card.detail.text()
    assert card.fix is not None and card.fix.text().startswith("How to fix: Restrict")
    assert panel.banner.kind == "error"
    assert panel.banner.message_label.text().startswith("1 check failed.")


async def test_clock_skew_is_a_warning(open_panel):
    shop = synced_shop(1)
    shop.medusa.date_offset = 20
    panel = await open_panel(shop)

    assert pills(panel)["clock_skew"] == "warning"
    assert panel.banner.kind == "warning"
    assert panel.banner.message_label.text().startswith("1 warning.")


async def test_rerun_after_the_fix_replaces_the_cards(open_panel):
    shop = synced_shop(1)
    shop.medusa.down = True
    panel = await open_panel(shop)
    assert pills(panel)["medusa_reachable"] == "error"
    assert pills(panel)["medusa_credentials"] == "skipped"
    assert "Start Medusa" in panel.card("medusa_reachable").fix.text()
    first = panel.report

    shop.medusa.down = False
    panel.rerun_button.click()
    assert not panel.rerun_button.isEnabled() and panel.progress.isVisible()
    await wait_until(lambda: panel.report is not first and not panel.busy, 10, "the re-run")

    assert set(pills(panel).values()) == {"ok"}
    assert len(panel.cards) == len(CHECK_IDS)
    assert panel.banner.title_label.text() == "Healthy"


async def test_the_doctor_never_writes(open_panel):
    shop = synced_shop(1)
    await open_panel(shop)

    medusa_writes = [r for r in shop.medusa.requests if r.method in ("POST", "DELETE")]
    assert medusa_writes == []
    # The one Payload POST is the anonymous probe with an empty body, refused (403).
    (probe,) = shop.payload.writes()
    assert probe.content == b"{}" and "authorization" not in probe.headers
