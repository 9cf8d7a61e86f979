"""The list's Score column and Completeness filter, and the quality dashboard (pytest-qt)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop_app.quality.rules import QualityRules
from desktop_app.secrets import Secret
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.offline.no_results import filters_text, is_narrowed
from desktop_app.ui.quality.chart import GOOD, NONE, POOR, color
from desktop_app.ui.quality.dashboard import QualityDashboard
from desktop_app.ui.roles import VALUE_ROLE
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.offline.conftest import payload_rec
from tests.ui.qt_support import wait_until

WORDS = " ".join(["word"] * 60)


def lexical(text: str) -> dict:
    return {"root": {"type": "root", "children": [
        {"type": "paragraph", "children": [{"type": "text", "text": text}]}]}}


@pytest.fixture
def scored(catalog: OfflineCatalog) -> OfflineCatalog:
    """The 30 products of the fixture (no description, no SEO, no thumbnail, EUR prices),
    plus one region; products 1 and 2 are made complete, 3 lacks only its meta title."""
    taxonomy.save_all(catalog._store.conn, taxonomy.REGION,
                      [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"}])
    seo = {"meta_title": "A title of a good forty characters long", "meta_description": "d" * 90}
    catalog._store.save_payload([
        payload_rec(n, description=lexical(WORDS), thumbnail=n,
                    seo={**seo, "meta_title": "" if n == 3 else seo["meta_title"]})
        for n in (1, 2, 3)])
    catalog.quality_report()  # scores follow the region saved above
    return catalog


def test_score_column_shows_the_score_sorts_and_explains(qtbot, scored: OfflineCatalog):
    page = CatalogPage(scored, close_catalog=False)
    qtbot.addWidget(page)
    model = page.model
    assert model.headerData(Col.SCORE, Qt.Orientation.Horizontal) == "Score"
    model.sort(Col.SCORE, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "quality"
    top = [model.index(r, Col.TITLE).data() for r in range(3)]
    assert top == ["Product 002", "Product 001", "Product 003"]  # ties: title, descending too
    assert model.index(0, Col.SCORE).data() == "100%"
    assert model.index(2, Col.SCORE).data(VALUE_ROLE) == 80  # 4 of 5 (alt text not read)
    assert model.index(2, Col.SCORE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Needs work:\nMeta title: missing")
    assert model.index(0, Col.SCORE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(5, Col.SCORE).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.shut_down()


def test_completeness_filter_narrows_in_sql_and_clears(qtbot, scored: OfflineCatalog):
    page = CatalogPage(scored, close_catalog=False)
    qtbot.addWidget(page)
    combo = page.completeness
    combo.choose("complete")
    assert page.model.rowCount() == 2 and page.model.query.quality == "complete"
    combo.choose("meta_title")
    titles = {page.model.index(r, Col.TITLE).data() for r in range(page.model.rowCount())}
    assert "Product 003" in titles and "Product 001" not in titles
    assert page.model.rowCount() == 28
    page.search_edit.setText("product 003")
    page.apply_filter()  # search and completeness combine
    assert page.model.rowCount() == 1
    assert is_narrowed(page.model.query)
    assert "failing “Meta title”" in filters_text(page.model.query)
    page.clear_filters()
    assert page.model.query.quality is None and page.model.rowCount() == 30
    page.shut_down()


def test_rules_switched_off_are_not_offered(qtbot, scored: OfflineCatalog):
    scored.use_quality_rules(QualityRules(off=("prices", "locales")))
    page = CatalogPage(scored, close_catalog=False)
    qtbot.addWidget(page)
    offered = [page.completeness.itemData(i) for i in range(page.completeness.count())]
    assert "prices" not in offered and "alt_text" in offered
    page.shut_down()


def test_the_dashboard_charts_each_rule_and_lists_the_worst(qtbot, scored: OfflineCatalog):
    dashboard = QualityDashboard(scored, "Demo")
    qtbot.addWidget(dashboard)
    dashboard.show()
    bars = {b.key: b for b in dashboard.chart.bars}
    assert list(bars) == ["description", "meta_title", "meta_description", "alt_text",
                          "thumbnail", "prices", "locales"]
    assert bars["description"].share == pytest.approx(3 / 30)
    assert bars["meta_title"].detail == "2 of 30"
    assert bars["prices"].share == 1.0  # every variant has a EUR price
    assert bars["locales"].share is None  # no localisation on this deployment
    assert color(bars["locales"].share) == NONE and color(1.0) == GOOD and color(0.1) == POOR
    assert "not applicable" in dashboard.locale_label.text()
    assert "2 of 30 products complete" in dashboard.summary_label.text()
    assert dashboard.table.rowCount() == 28  # every product failing something, worst first
    assert dashboard.table.item(27, 1).text() == "Product 003"


def test_the_dashboard_follows_edits_and_a_bar_click_names_its_rule(qtbot,
                                                                     scored: OfflineCatalog):
    dashboard = QualityDashboard(scored, "Demo")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.resize(900, 700)
    qtbot.wait(50)
    scored.edit("prod_003", {"seo.meta_title": "A title of a good forty characters long"})
    qtbot.waitUntil(lambda: "3 of 30 products complete" in dashboard.summary_label.text(),
                    timeout=3000)
    chosen: list[str] = []
    dashboard.ruleChosen.connect(chosen.append)
    view = dashboard.chart.plot.getPlotItem().vb
    point = view.mapViewToScene(QPointF(1.0, 1.0))  # on the meta title's bar
    assert dashboard.chart.bar_at(point).key == "meta_title"
    assert dashboard.chart.bar_at(view.mapViewToScene(QPointF(1.0, 1.5))) is None


async def test_the_toolbar_opens_the_dashboard_and_a_bar_narrows_the_list(qtbot, services):
    """Quality (toolbar) on a pulled shop; a rule's bar filters the list to its failures."""
    services.profiles.save(shop_profile(name="Shop"), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.open_quality_dashboard() is None  # no shop shown yet
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() == 12, 10, "pulled")
    window.quality_action.trigger()
    dashboard = window.tools.get("quality")
    assert isinstance(dashboard, QualityDashboard)
    assert "of 12 products complete" in dashboard.summary_label.text()
    dashboard.ruleChosen.emit("description")  # as a click on the Description bar does
    page = window.page
    assert page.model.query.quality == "description"
    assert page.completeness.currentData() == "description"
    window.close()
    await asyncio.wait({window.closing}, timeout=5)
