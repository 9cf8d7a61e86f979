"""The Doctor and Sync panels, their core texts and the quality rules in German.

The doctor runs over the recorded-shape fakes with the German catalog installed (as
app.main does); Help › Copy diagnostics still gets the doctor in English.
"""

from __future__ import annotations

import pytest

from desktop_app.admin.doctor import check_title
from desktop_app.admin.watch import Outcome, Progress, outcome_summary
from desktop_app.i18n import in_english
from desktop_app.quality.rules import META_TITLE, QualityRules, label
from desktop_app.ui.admin.badges import pill_width
from desktop_app.ui.admin.progress_box import ProgressBox, progress_details
from tests.admin.fakes import synced_shop
from tests.ui.admin.test_doctor_panel import open_panel  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("german")


async def test_the_doctor_panel_speaks_german(open_panel) -> None:  # noqa: F811
    shop = synced_shop(1)
    shop.payload.anonymous_create_open = True
    shop.medusa.date_offset = 20
    panel = await open_panel(shop)

    assert panel.windowTitle().startswith("Diagnose der Installation — ")
    failed, warned = panel.card("anonymous_create"), panel.card("clock_skew")
    assert (failed.pill.text(), warned.pill.text()) == ("Fehler", "Warnung")
    assert failed.title.text() == "Payload verweigert anonymes Anlegen von Produkten"
    assert failed.fix is not None and failed.fix.text().startswith("So beheben Sie es: ")
    assert warned.detail.text().startswith("Serverzeit minus Zeit dieses Computers: ")
    assert panel.banner.title_label.text() == "Braucht Aufmerksamkeit"
    assert panel.banner.message_label.text().startswith("1 Prüfung fehlgeschlagen, 1 Warnung.")
    # Every pill as wide as the longest German word ("übersprungen") needs.
    width = failed.pill.fontMetrics().horizontalAdvance("übersprungen")
    assert failed.pill.width() == pill_width(failed.pill.font()) > width


def test_the_diagnostics_doctor_reads_english_while_the_interface_is_german() -> None:
    assert check_title("clock_skew") == "Uhren stimmen überein"
    with in_english():
        assert check_title("clock_skew") == "Clocks agree"


def test_counts_read_with_german_grouping(qtbot) -> None:
    progress = Progress(
        elapsed=10.0,
        done=1200,
        total=3800,
        payload_count=1250,
        missing=2550,
        unlinked=1,
        rate=12.34,
        eta=210.7,
        idle_for=0.0,
    )
    box = ProgressBox()
    qtbot.addWidget(box)
    box.show_progress(progress)

    assert box.bar.format() == "1.200 von 3.800 Produkten synchron"
    assert progress_details(progress) == (
        "12,3 Produkte/s  ·  Restzeit 3 min 31 s  ·  1.250 Payload-Dokumente  ·  2.550 fehlen"
        "  ·  1 mit falscher payload_id"
    )
    assert outcome_summary(Outcome.STALLED, 3800, 1, 2) == (
        "Abgleich steht still: 1 Produkt fehlt noch in Payload, 2 mit falscher payload_id."
    )


def test_the_quality_rules_read_german() -> None:
    assert label(META_TITLE) == "Meta-Titel"
    assert QualityRules().describe("description") == "eine Beschreibung mit mindestens 50 Wörtern"
