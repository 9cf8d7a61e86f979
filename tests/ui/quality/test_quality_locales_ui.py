"""Completeness per locale in the GUI (issue 16): the list's Score follows a locale choice
(its sort, its completeness filter and its tooltip), the dashboard charts by rule and locale,
and a locale's bar narrows the list in that locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.store import translations as translation_store
from desktop_app.translations.setup import build
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.quality.dashboard import QualityDashboard
from desktop_app.ui.roles import VALUE_ROLE
from tests.ui.offline.conftest import payload_rec

WORDS = " ".join(["word"] * 60)
TITLE = "A title of a good forty characters long"
SETUP = build(
    source="en",
    payload_fields=("title", "description", "seo.meta_title", "seo.meta_description"),
    payload_locales=("en", "de", "fr"),
)


def lexical(text: str) -> dict:
    return {
        "root": {
            "type": "root",
            "children": [{"type": "paragraph", "children": [{"type": "text", "text": text}]}],
        }
    }


def german(words: str) -> dict:
    return {
        "title": "Produkt",
        "description": lexical(words),
        "seo": {"meta_title": TITLE, "meta_description": "d" * 90},
    }


@pytest.fixture
def localised(catalog: OfflineCatalog) -> OfflineCatalog:
    """The 30 products of the fixture, a shop translating into de and fr: products 1-3
    complete in English, 1 also in German, 2 with a short German description."""
    store = catalog._store
    taxonomy.save_all(
        store.conn, taxonomy.REGION, [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"}]
    )
    with store.transaction():
        translation_store.save_setup(store.conn, SETUP)
    seo = {"meta_title": TITLE, "meta_description": "d" * 90}
    locales = {1: {"de": german(WORDS)}, 2: {"de": german("kurz")}}
    store.save_payload(
        [
            payload_rec(
                n, description=lexical(WORDS), thumbnail=n, seo=seo, locales=locales.get(n, {})
            )
            for n in (1, 2, 3)
        ]
    )
    store.refresh_rows(store.medusa_ids())
    catalog.quality_report()  # scores follow the region saved above
    return catalog


def scores(page: CatalogPage, rows: int = 3) -> list[tuple[str, int | None]]:
    model = page.model
    return [
        (model.index(r, Col.TITLE).data(), model.index(r, Col.SCORE).data(VALUE_ROLE))
        for r in range(rows)
    ]


def test_the_score_follows_the_chosen_locale(qtbot, localised: OfflineCatalog):
    page = CatalogPage(localised, close_catalog=False)
    qtbot.addWidget(page)
    page.show()
    choice = page.score_locale
    assert choice.isVisible() and choice.locales == ("de", "fr")
    page.model.sort(Col.SCORE, Qt.SortOrder.DescendingOrder)
    # English: 1-3 complete but for "every locale" (fr missing everywhere): 5 of 6.
    assert scores(page) == [("Product 003", 83), ("Product 002", 83), ("Product 001", 83)]
    choice.choose("de")
    assert page.model.query.locale == "de"
    assert scores(page) == [("Product 001", 100), ("Product 002", 83), ("Product 030", 33)]
    tip = page.model.index(1, Col.SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Needs work:\nDescription: 1 words (at least 50)"
    page.completeness.choose("complete")
    assert page.model.rowCount() == 1  # complete in German: product 1 only
    page.completeness.choose("description")
    assert page.model.rowCount() == 29
    choice.choose("fr")
    page.completeness.choose("complete")
    assert page.model.rowCount() == 0
    page.shut_down()


def test_a_shop_without_translations_shows_no_locale_choice(qtbot, catalog: OfflineCatalog):
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    page.show()
    assert not page.score_locale.isVisible() and page.model.query.locale is None
    page.shut_down()


def test_the_dashboard_charts_by_rule_and_locale(qtbot, localised: OfflineCatalog):
    dashboard = QualityDashboard(localised, "Demo")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.resize(980, 820)
    qtbot.wait(50)
    chart = dashboard.locale_chart
    assert chart.isVisible() and not dashboard.chart.isVisible()
    assert [s.label for s in chart.series] == ["default", "de", "fr"]
    rules = [rule for rule, _ in chart.rules]
    de = dict(zip(rules, chart.series[1].shares, strict=True))
    assert de["description"] == pytest.approx(1 / 30) and de["meta_title"] == pytest.approx(2 / 30)
    assert dashboard.locale_label.text().startswith("Average completeness per locale: de ")
    chosen: list[str] = []
    dashboard.ruleChosen.connect(chosen.append)
    view = chart.plot.getPlotItem().vb
    assert chart.key_at(view.mapViewToScene(QPointF(0.5, chart._row(0, 1)))) == "description/de"
    assert chart.key_at(view.mapViewToScene(QPointF(0.5, chart._row(1, 0)))) == "meta_title"


def test_a_locale_bar_narrows_the_list_in_that_locale(qtbot, localised: OfflineCatalog):
    page = CatalogPage(localised, close_catalog=False)
    qtbot.addWidget(page)
    page.show_failing("description/de")
    query = page.model.query
    assert (query.quality, query.locale) == ("description", "de")
    assert page.score_locale.currentData() == "de" and page.model.rowCount() == 29
    page.show_failing("thumbnail")
    assert (page.model.query.quality, page.model.query.locale) == ("thumbnail", None)
    page.shut_down()
