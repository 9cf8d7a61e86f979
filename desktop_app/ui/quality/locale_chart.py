"""The dashboard's chart on a shop with translations: completeness by rule and locale.

Grouped horizontal bars (pyqtgraph, as ``chart``): a group per rule, in it a bar per locale
(the default content first, then each locale to translate into), each the share of the
products the rule applies to that pass it in that locale's content, labelled with the share.
A locale keeps its colour in every group; the legend above names them. A click on a bar
(or Enter on the bar chosen with Up and Down, ``bar_keys``) emits
``ruleClicked("rule/locale")`` ("rule" for the default's): the dashboard narrows the
product list to the products failing that rule in that locale.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.ui import palette, theme
from desktop_app.ui.quality.bar_keys import BarKeys, Spot
from desktop_app.ui.quality.chart import keys_hint, left_click_pos, percent_plot

# One hue per locale, in order (the default first), from the palette's graphics colours
# (light and dark, WCAG AA against the surface); the share is read from the bar's length
# and its label, not from good/poor colours as in the single chart.
SERIES = ("accent", "sent", "bar_fair", "version", "bar_poor", "dot_unknown")
TEXT = "ink"
GROUP = 0.8  # the rows a rule's bars take together (a row per rule)


@dataclass(frozen=True)
class Series:
    locale: str | None  # None: the default content
    label: str  # "default", "de"
    shares: tuple[float | None, ...]  # per rule, in the chart's rule order


def share_text(share: float | None) -> str:
    """A bar's label: "40%", or "n/a" where the rule applies to no product."""
    if share is None:
        return translate("QualityDashboard", "n/a")
    return translate("QualityDashboard", "{percent}%").format(percent=f"{100 * share:.0f}")


def series_color(index: int) -> str:
    return SERIES[index % len(SERIES)]


class LocaleCompletenessChart(QWidget):
    ruleClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localeCompletenessChart")
        self.rules: list[tuple[str, str]] = []  # (rule, label)
        self.series: list[Series] = []
        self.legend = QHBoxLayout()
        self.legend.setSpacing(14)
        self.plot = percent_plot("localeCompletenessPlot")
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.setAccessibleName(self._name())
        self.keys = BarKeys(self.plot, self.spots, self.ruleClicked.emit, self._name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.legend)
        layout.addWidget(self.plot)

    @staticmethod
    def _name() -> str:
        return translate("QualityDashboard", "Completeness by rule and locale")

    def spots(self) -> list[Spot]:
        """Every bar in reading order (a rule's locales, then the next rule), for the
        keyboard (``bar_keys``)."""
        thickness = GROUP / max(len(self.series), 1)
        return [
            Spot(
                rule if found.locale is None else f"{rule}/{found.locale}",
                self._row(r, index),
                thickness * 0.9,
                100 * share if (share := found.shares[r]) is not None else 1.0,
                translate("QualityDashboard", "{rule}: {shares}").format(
                    rule=label, shares=f"{found.label} {share_text(share)}"
                ),
            )
            for r, (rule, label) in enumerate(self.rules)
            for index, found in enumerate(self.series)
        ]

    def set_data(self, rules: list[tuple[str, str]], series: list[Series]) -> None:
        self.rules, self.series = rules, series
        self._show_legend()
        self.plot.clear()
        self.keys.reset()
        thickness = GROUP / max(len(series), 1)
        for index, found in enumerate(series):
            rows = [self._row(r, index) for r in range(len(rules))]
            widths = [100 * s if s is not None else 1.0 for s in found.shares]
            brush = pg.mkBrush(palette.qcolor(series_color(index)))
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=0, y=rows, height=thickness * 0.9, width=widths, brush=brush, pen=None
                )
            )
            for row, share, width in zip(rows, found.shares, widths, strict=True):
                label = pg.TextItem(
                    f"{found.label} {share_text(share)}",
                    color=palette.qcolor(TEXT),
                    anchor=(0, 0.5),
                )
                label.setPos(width + 1.2, row)
                self.plot.addItem(label)
        self.plot.getAxis("left").setTicks([[(r, label) for r, (_, label) in enumerate(rules)]])
        self.plot.setXRange(0, 125, padding=0)
        self.plot.setAccessibleDescription(self._spoken())
        self.plot.setYRange(-0.5, max(len(rules), 1) - 0.5, padding=0)

    def _spoken(self) -> str:
        """Each rule's shares by locale, as a screen reader reads the chart."""
        separator = translate("QualityDashboard", "; ", "between the items of a list")
        rules = []
        for index, (_rule, label) in enumerate(self.rules):
            shares = ", ".join(
                f"{found.label} {share_text(found.shares[index])}" for found in self.series
            )
            rules.append(
                translate("QualityDashboard", "{rule}: {shares}").format(rule=label, shares=shares)
            )
        said = translate("QualityDashboard", "Products passing each rule: {rules}.").format(
            rules=separator.join(rules)
        )
        return f"{said} {keys_hint()}"

    def _row(self, rule_index: int, series_index: int) -> float:
        """The centre of a locale's bar in a rule's group (the group centred on its row)."""
        thickness = GROUP / max(len(self.series), 1)
        return rule_index - GROUP / 2 + thickness * (series_index + 0.5)

    def _show_legend(self) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, found in enumerate(self.series):
            swatch = QLabel(f"■ {found.label}", objectName="chartLegend")
            theme.style(swatch, f"QLabel {{ color: @{series_color(index)}@; font-weight: 600; }}")
            self.legend.addWidget(swatch)
        self.legend.addStretch(1)

    def key_at(self, scene_pos: QPointF) -> str | None:
        """``rule`` or ``rule/locale`` of the bar under a point of the scene (None between)."""
        if not self.series:
            return None
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        thickness = GROUP / len(self.series)
        for r, (rule, _) in enumerate(self.rules):
            for index, found in enumerate(self.series):
                if abs(point.y() - self._row(r, index)) <= thickness * 0.45 and point.x() >= 0:
                    return rule if found.locale is None else f"{rule}/{found.locale}"
        return None

    def _clicked(self, event: object) -> None:
        pos = left_click_pos(event)
        key = self.key_at(pos) if pos is not None else None
        if key is not None:
            self.ruleClicked.emit(key)
