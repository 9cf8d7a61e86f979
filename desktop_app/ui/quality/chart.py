"""The dashboard's chart: the catalog's completeness per rule as horizontal bars.

pyqtgraph draws it (docs/quality.md says why not QtCharts: not in PySide6-Essentials,
160 MB more as PySide6-Addons, and deprecated since Qt 6.10). It is pure Python over
Qt's Graphics View, which Essentials has. One bar per rule that counts: the share of
the products it applies to that pass it, labelled with the counts; a rule that applies
to no product is a grey stub reading "not applicable". A click on a bar, or Enter on the
bar chosen with Up and Down (``bar_keys``), emits ``ruleClicked`` (the dashboard narrows
the product list to the products failing it).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.ui import palette
from desktop_app.ui.quality.bar_keys import BarKeys, Spot

# The app's palette (resources/style.qss): good, needs work, poor, not applicable.
GOOD, FAIR, POOR, NONE = "@bar_good@", "@bar_fair@", "@bar_poor@", "@bar_none@"
TEXT = "@ink@"
BAR = 0.62  # bar thickness, in rows


@dataclass(frozen=True)
class Bar:
    key: str  # the rule (or "rule/locale" for a locale's bar)
    label: str
    share: float | None  # 0–1 passing among the products it applies to; None: applies to none
    detail: str  # "33 of 40"


def color(share: float | None) -> str:
    if share is None:
        return NONE
    return GOOD if share >= 0.9 else FAIR if share >= 0.6 else POOR


def percent_plot(name: str) -> pg.PlotWidget:
    """A fixed plot of horizontal bars, 0-100 % along the bottom, rules down the left (the
    first at the top, as the report lists them): both dashboard charts draw on one."""
    plot = pg.PlotWidget(background=palette.qcolor("surface"))
    plot.setObjectName(name)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.invertY(True)
    plot.showGrid(x=True, y=False, alpha=0.15)
    bottom, left = plot.getAxis("bottom"), plot.getAxis("left")
    bottom.setLabel(
        translate("QualityDashboard", "products passing (%)"), color=palette.hex_of(TEXT)
    )
    bottom.setTicks(
        [
            [
                (v, translate("QualityDashboard", "{percent}%").format(percent=v))
                for v in range(0, 101, 20)
            ]
        ]
    )
    font = QFont()
    font.setPointSize(10)
    for axis in (bottom, left):
        axis.setTextPen(pg.mkPen(palette.qcolor(TEXT)))
        axis.setPen(pg.mkPen(palette.qcolor(NONE)))
        axis.setStyle(tickFont=font)
    left.setWidth(150)
    return plot


def spoken_bars(bars: list[Bar]) -> list[str]:
    """Each bar as a screen reader reads it: "Description 10% (3 of 30)"."""
    return [
        translate("QualityDashboard", "{rule} not applicable").format(rule=bar.label)
        if bar.share is None
        else translate("QualityDashboard", "{rule} {percent}% ({detail})").format(
            rule=bar.label, percent=f"{100 * bar.share:.0f}", detail=bar.detail
        )
        for bar in bars
    ]


def keys_hint() -> str:
    return translate(
        "QualityDashboard",
        "Up and Down choose a bar; Enter shows the products failing it in the list.",
    )


def spoken(bars: list[Bar]) -> str:
    """What the bars show, as a screen reader reads the chart: "Description 10% (3 of 30);
    …" (each rule's share of the products passing), then its keys."""
    separator = translate("QualityDashboard", "; ", "between the items of a list")
    said = translate("QualityDashboard", "Products passing each rule: {rules}.").format(
        rules=separator.join(spoken_bars(bars))
    )
    return f"{said} {keys_hint()}"


def left_click_pos(event: object) -> QPointF | None:
    """The scene point of a left click on a plot (None for other buttons)."""
    button = getattr(event, "button", lambda: None)()
    if button != Qt.MouseButton.LeftButton:
        return None
    return event.scenePos()  # type: ignore[attr-defined]


class CompletenessChart(QWidget):
    ruleClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completenessChart")
        self.bars: list[Bar] = []
        self.plot = percent_plot("completenessPlot")
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.setAccessibleName(self._name())
        self.keys = BarKeys(self.plot, self.spots, self.ruleClicked.emit, self._name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    @staticmethod
    def _name() -> str:
        return translate("QualityDashboard", "Completeness by rule")

    def spots(self) -> list[Spot]:
        """The bars in reading order, for the keyboard (``bar_keys``)."""
        return [
            Spot(bar.key, row, BAR, 100 * bar.share if bar.share is not None else 1.5, said)
            for row, (bar, said) in enumerate(zip(self.bars, spoken_bars(self.bars), strict=True))
        ]

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.plot.clear()
        self.keys.reset()
        rows = list(range(len(bars)))
        widths = [100 * b.share if b.share is not None else 1.5 for b in bars]
        brushes = [pg.mkBrush(palette.qcolor(color(b.share))) for b in bars]
        if bars:
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=0, y=rows, height=BAR, width=widths, brushes=brushes, pens=[None] * len(bars)
                )
            )
        for row, bar, width in zip(rows, bars, widths, strict=True):
            text = (
                translate("QualityDashboard", "not applicable")
                if bar.share is None
                else translate("QualityDashboard", "{percent}%  ({detail})").format(
                    percent=f"{100 * bar.share:.0f}", detail=bar.detail
                )
            )
            label = pg.TextItem(text, color=palette.qcolor(TEXT), anchor=(0, 0.5))
            label.setPos(width + 1.5, row)
            self.plot.addItem(label)
        self.plot.getAxis("left").setTicks(
            [[(r, b.label) for r, b in zip(rows, bars, strict=True)]]
        )
        self.plot.setAccessibleDescription(spoken(bars))
        # Room on the right for the labels of full bars.
        self.plot.setXRange(0, 135, padding=0)
        self.plot.setYRange(-0.6, max(len(bars), 1) - 0.4, padding=0)

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        """The bar under a point of the plot's scene (None between bars)."""
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        row = round(point.y())
        if 0 <= row < len(self.bars) and abs(point.y() - row) <= BAR / 2 and point.x() >= 0:
            return self.bars[row]
        return None

    def _clicked(self, event: object) -> None:
        pos = left_click_pos(event)
        bar = self.bar_at(pos) if pos is not None else None
        if bar is not None:
            self.ruleClicked.emit(bar.key)
