"""The quality dashboard by keyboard alone (issue 14): Tab reaches Refresh, the chart (a
screen reader reads each rule's share) and the products needing work (Enter shows one in
the product list), every stop named and described."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.quality.dashboard import QualityDashboard
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk
from tests.ui.quality.test_quality_locales_ui import localised  # noqa: F401  (a fixture)
from tests.ui.quality.test_quality_ui import scored  # noqa: F401  (a fixture)


def dashboard_for(qtbot, catalog: OfflineCatalog) -> QualityDashboard:  # type: ignore[no-untyped-def]
    leave_keys()
    dashboard = QualityDashboard(catalog, "Demo")
    qtbot.addWidget(dashboard)
    dashboard.show()
    return dashboard


def test_tab_reaches_the_chart_and_the_products(qtbot, scored: OfflineCatalog):  # noqa: F811
    dashboard = dashboard_for(qtbot, scored)
    stops = walk(dashboard, dashboard.refresh_button)
    assert [s.widget.objectName() for s in stops] == [
        "refreshQuality",
        "completenessPlot",
        "findingsTable",
    ]
    assert not nameless(stops) and not described_not(stops)
    chart = stops[1]
    assert chart.name == "Completeness by rule"
    assert chart.description.startswith(
        "Products passing each rule: Description 10% (3 of 30); Meta title 7% (2 of 30);"
    )

    chosen: list[str] = []
    dashboard.productChosen.connect(chosen.append)
    table = dashboard.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert chosen == [table.item(0, 1).data(Qt.ItemDataRole.UserRole)]


def test_the_locale_chart_reads_each_locales_share(qtbot, localised: OfflineCatalog):  # noqa: F811
    dashboard = dashboard_for(qtbot, localised)
    stops = walk(dashboard, dashboard.refresh_button)
    plot = next(s for s in stops if s.widget.objectName() == "localeCompletenessPlot")
    assert plot.name == "Completeness by rule and locale"
    assert "Description: default " in plot.description and ", de 3%, fr " in plot.description
    assert not nameless(stops) and not described_not(stops)


def test_a_screen_reader_hears_the_dashboard_in_german(qtbot, scored, german):  # noqa: F811
    dashboard = dashboard_for(qtbot, scored)
    stops = walk(dashboard, dashboard.refresh_button)
    assert stops[1].name == "Vollständigkeit nach Regel"
    assert stops[1].description.startswith("Produkte, die jede Regel erfüllen: ")
    assert "10 % (3 von 30)" in stops[1].description


def test_up_down_and_enter_choose_a_bar_as_a_click_does(qtbot, scored: OfflineCatalog):  # noqa: F811
    dashboard = dashboard_for(qtbot, scored)
    chosen: list[str] = []
    dashboard.ruleChosen.connect(chosen.append)
    plot = dashboard.chart.plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    QTest.keyClick(plot, Qt.Key.Key_Return)  # no bar chosen yet: nothing happens
    assert chosen == []
    assert "Up and Down choose a bar" in plot.accessibleDescription()

    QTest.keyClick(plot, Qt.Key.Key_Down)
    QTest.keyClick(plot, Qt.Key.Key_Down)
    second = dashboard.chart.bars[1]
    assert plot.accessibleName() == f"Completeness by rule: {second.label} 7% (2 of 30)"
    assert dashboard.chart.keys._ring is not None  # the ring shows where the keyboard is
    QTest.keyClick(plot, Qt.Key.Key_Return)
    assert chosen == [second.key]

    QTest.keyClick(plot, Qt.Key.Key_End)
    QTest.keyClick(plot, Qt.Key.Key_Down)  # stays on the last bar
    QTest.keyClick(plot, Qt.Key.Key_Space)
    QTest.keyClick(plot, Qt.Key.Key_Home)
    QTest.keyClick(plot, Qt.Key.Key_Up)  # stays on the first
    QTest.keyClick(plot, Qt.Key.Key_Enter)
    assert chosen == [second.key, dashboard.chart.bars[-1].key, dashboard.chart.bars[0].key]


def test_a_redraw_forgets_the_keyboards_bar(qtbot, scored: OfflineCatalog):  # noqa: F811
    dashboard = dashboard_for(qtbot, scored)
    plot = dashboard.chart.plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    QTest.keyClick(plot, Qt.Key.Key_Up)  # from none, Up starts at the last bar
    assert dashboard.chart.keys.current == len(dashboard.chart.bars) - 1
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.chart.keys.current is None)
    assert plot.accessibleName() == "Completeness by rule"


def test_the_locale_charts_bars_are_chosen_rule_by_rule_and_locale(
    qtbot,
    localised: OfflineCatalog,  # noqa: F811
):
    dashboard = dashboard_for(qtbot, localised)
    chosen: list[str] = []
    dashboard.ruleChosen.connect(chosen.append)
    chart = dashboard.locale_chart
    plot = chart.plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    locales = [s.locale for s in chart.series]
    assert locales[0] is None and len(locales) >= 2
    first_rule = chart.rules[0][0]
    for _ in range(2):  # the default's bar, then the first locale's
        QTest.keyClick(plot, Qt.Key.Key_Down)
    assert plot.accessibleName().startswith(
        f"Completeness by rule and locale: {chart.rules[0][1]}: {chart.series[1].label} "
    )
    QTest.keyClick(plot, Qt.Key.Key_Return)
    QTest.keyClick(plot, Qt.Key.Key_Up)
    QTest.keyClick(plot, Qt.Key.Key_Return)
    assert chosen == [f"{first_rule}/{locales[1]}", first_rule]
