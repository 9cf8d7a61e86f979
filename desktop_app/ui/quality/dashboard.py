"""The quality dashboard: the catalog's content completeness at a glance.

A tool window of the active shop: the average score and how many products are
complete, a chart of each rule's share of passing products (``chart``), what each
rule asks for, and the products that need the most work, worst first. It renders the
catalog's ``quality_report`` and follows the catalog's changes (an edit, a pull).
A click on a rule's bar (or a product) shows those in the product list. On a shop with
translations the chart is by rule and locale (``locale_chart``), a bar's click narrows the
list in that locale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.money import format_number
from desktop_app.quality.report import QualityReport
from desktop_app.quality.rules import LOCALES
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.ui import theme
from desktop_app.ui.admin.panel_style import PANEL_QSS
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.quality.chart import Bar, CompletenessChart
from desktop_app.ui.quality.locale_chart import LocaleCompletenessChart, Series
from desktop_app.ui.quality.score_cell import failing_text, score_color, score_text
from desktop_app.ui.window_keys import add_close_keys

WORST = 200  # products listed, worst first
REFRESH_MS = 400  # changes come in bursts (a pull): one report after them


def bars(report: QualityReport) -> list[Bar]:
    return [
        Bar(
            f.rule,
            f.label,
            f.share,
            translate("QualityDashboard", "{passed} of {total}").format(
                passed=format_number(f.passed), total=format_number(f.passed + f.failed)
            ),
        )
        for f in report.figures
    ]


def separator() -> str:
    """Between the items of a list ("; "; French puts a no-break space before the ";")."""
    return translate("QualityDashboard", "; ", "between the items of a list")


def percent(value: float | None) -> str:
    """A share as people read it: "87%" ("87 %" in German and French); "—" for none."""
    if value is None:
        return "—"
    return translate("QualityDashboard", "{percent}%").format(
        percent=format_number(value, decimals=0)
    )


def summary(report: QualityReport) -> str:
    if not report.products_total:
        return translate(
            "QualityDashboard", "No products in the local store yet: pull the shop first."
        )
    text = translate(
        "QualityDashboard",
        "Average completeness {average} · {complete} of %Ln products complete",
        None,
        report.products_total,
    ).format(average=percent(report.average), complete=format_number(report.complete))
    if report.unscored:
        text += " · " + translate("QualityDashboard", "%Ln not scored yet", None, report.unscored)
    return text


def locale_note(report: QualityReport) -> str:
    switched_off = translate("QualityDashboard", "The locales rule is switched off for this shop.")
    if not report.locales:
        if report.figure(LOCALES) is None:
            return switched_off
        return translate(
            "QualityDashboard",
            "Locales: not applicable — this shop's Payload has "
            "no localised content, so there is nothing to translate.",
        )
    averages = [
        translate(
            "QualityDashboard", "{locale} {average} (%Ln complete)", None, loc.complete
        ).format(locale=loc.locale, average=percent(loc.average))
        for loc in report.by_locale
    ]
    text = translate("QualityDashboard", "Average completeness per locale: {averages}.").format(
        averages=", ".join(averages)
    )
    if report.figure(LOCALES) is None:
        text += " " + switched_off
    return text


def locale_series(report: QualityReport) -> list[Series]:
    """The default content's shares, then each locale's, in the report's rule order."""
    rules = [f.rule for f in report.figures]
    found = [
        Series(
            None, translate("QualityDashboard", "default"), tuple(f.share for f in report.figures)
        )
    ]
    for loc in report.by_locale:
        found.append(
            Series(
                loc.locale,
                loc.locale,
                tuple(f.share if (f := loc.figure(rule)) is not None else None for rule in rules),
            )
        )
    return found


class QualityDashboard(QDialog):
    """Non-modal; ``QualityDashboard(catalog, name, parent).show()``."""

    ruleChosen = Signal(str)  # show the products failing this rule in the list
    productChosen = Signal(str)

    def __init__(
        self, catalog: OfflineCatalog, shop_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.report: QualityReport | None = None
        self.setObjectName("qualityDashboard")
        self.setWindowTitle(
            translate("QualityDashboard", "Content quality — {shop}").format(shop=shop_name)
            if shop_name
            else translate("QualityDashboard", "Content quality")
        )
        theme.style(self, PANEL_QSS)
        self.resize(980, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        self.chart = CompletenessChart()
        self.chart.setMinimumHeight(300)
        self.chart.ruleClicked.connect(self.ruleChosen)
        layout.addWidget(self.chart, 3)
        # On a shop with translations: by rule and locale instead (the single chart hides).
        self.locale_chart = LocaleCompletenessChart()
        self.locale_chart.setMinimumHeight(380)
        self.locale_chart.ruleClicked.connect(self.ruleChosen)
        self.locale_chart.hide()
        layout.addWidget(self.locale_chart, 4)
        self.rules_label = QLabel(objectName="sectionHint")
        self.rules_label.setWordWrap(True)
        layout.addWidget(self.rules_label)
        self.locale_label = QLabel(objectName="sectionHint")
        self.locale_label.setWordWrap(True)
        layout.addWidget(self.locale_label)
        layout.addWidget(
            QLabel(translate("QualityDashboard", "Needs the most work"), objectName="progressTitle")
        )
        layout.addWidget(self._build_table(), 2)
        add_close_keys(self)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.finished.connect(lambda _r: self._unsubscribe())
        self.destroyed.connect(lambda *_a: self._unsubscribe())
        self.refresh()

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(
            QLabel(translate("QualityDashboard", "Content quality"), objectName="panelTitle")
        )
        self.summary_label = QLabel(objectName="panelSubtitle")
        titles.addWidget(self.summary_label)
        row.addLayout(titles, 1)
        self.refresh_button = QPushButton(
            translate("QualityDashboard", "Refresh"), objectName="refreshQuality"
        )
        self.refresh_button.setToolTip(
            translate("QualityDashboard", "Score the catalog again from the local store")
        )
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_table(self) -> QTableWidget:
        table = self.table = QTableWidget(0, 3, objectName="findingsTable")
        table.setHorizontalHeaderLabels(
            [
                translate("QualityDashboard", "Score"),
                translate("QualityDashboard", "Product"),
                translate("QualityDashboard", "Fails"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 260)
        header.setStretchLastSection(True)
        table.cellDoubleClicked.connect(self._product_clicked)
        table.setAccessibleName(translate("QualityDashboard", "Needs the most work"))
        table.setAccessibleDescription(
            translate(
                "QualityDashboard",
                "Worst first: score, product and the rules it fails; Enter shows the product "
                "in the product list",
            )
        )
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            opening = QShortcut(QKeySequence(key), table)
            opening.setContext(Qt.ShortcutContext.WidgetShortcut)
            opening.activated.connect(lambda: self._product_clicked(table.currentRow(), 0))
        return table

    # ------------------------------------------------------------ rendering
    def refresh(self) -> None:
        self._timer.stop()
        self.show_report(self.catalog.quality_report(limit=WORST))

    def show_report(self, report: QualityReport) -> None:
        self.report = report
        self.summary_label.setText(summary(report))
        self.chart.set_bars(bars(report))
        self.chart.setVisible(not report.by_locale)
        self.locale_chart.setVisible(bool(report.by_locale))
        if report.by_locale:
            self.locale_chart.set_data(
                [(f.rule, f.label) for f in report.figures], locale_series(report)
            )
        asks = [
            translate("QualityDashboard", "{rule}: {requirement}").format(
                rule=f.label, requirement=f.requirement
            )
            for f in report.figures
        ]
        rules = separator().join(asks)
        self.rules_label.setText(
            translate("QualityDashboard", "The rules: {rules}.").format(rules=rules)
            if asks
            else translate("QualityDashboard", "Every rule is switched off for this shop.")
        )
        self.locale_label.setText(locale_note(report))
        needing = [p for p in report.products if p.failing]
        self.table.setRowCount(len(needing))
        for row, product in enumerate(needing):
            score = QTableWidgetItem(score_text(product.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            color = score_color(product.score)
            if color is not None:
                score.setForeground(color)
            name = QTableWidgetItem(product.title or product.handle or product.product_id)
            name.setData(Qt.ItemDataRole.UserRole, product.product_id)
            reasons = [failing_text(r, why) for r, why in product.failing]
            fails = QTableWidgetItem(separator().join(reasons))
            fails.setToolTip("\n".join(reasons))
            for col, item in enumerate((score, name, fails)):
                self.table.setItem(row, col, item)

    def _on_changes(self, changes: Changes) -> None:
        if changes.product_ids or changes.rows_reset or changes.taxonomy:
            self._timer.start()

    def _product_clicked(self, row: int, _col: int) -> None:
        item = self.table.item(row, 1)
        if item is not None:
            self.productChosen.emit(item.data(Qt.ItemDataRole.UserRole))
