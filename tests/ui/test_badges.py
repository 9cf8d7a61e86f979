"""The list's pills stay readable on a selected row: their fill stands out from the
selection highlight and their text from their fill, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from desktop_app.ui import palette
from desktop_app.ui.badges import LINK_COLORS, STATUS_COLORS, pill_colours
from desktop_app.ui.offline.badges import SYNC_COLORS, SyncBadgeDelegate
from desktop_app.ui.roles import VALUE_ROLE
from tests.ui.test_palette import contrast

EVERY_PILL = [*STATUS_COLORS.values(), *LINK_COLORS.values(), *SYNC_COLORS.values()]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("colours", EVERY_PILL, ids=lambda c: "/".join(c))
def test_a_pill_on_a_selected_row_stands_out_and_reads(dark: bool, colours) -> None:
    try:
        palette.set_dark(dark)
        fill, ink = (palette.hex_of(c) for c in pill_colours(colours, selected=True))
        assert contrast(fill, palette.hex_of("selection")) >= palette.GRAPHIC
        assert contrast(ink, fill) >= palette.TEXT
        fill, ink = (palette.hex_of(c) for c in pill_colours(colours, selected=False))
        assert contrast(ink, fill) >= palette.TEXT
    finally:
        palette.set_dark(False)


def test_the_pending_pill_is_painted_in_its_selected_colours(qtbot) -> None:
    """What the delegate paints: the pill's middle on a selected row is its selected fill."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(1, 1)
    item = QStandardItem("Pending")
    item.setData("pending", VALUE_ROLE)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = SyncBadgeDelegate(view)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 140, 34)
    option.state = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled
    option.widget = view
    image = QImage(140, 34, QImage.Format.Format_ARGB32)
    image.fill(palette.qcolor("selection"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    fill, _ink = pill_colours(SYNC_COLORS["pending"], selected=True)
    assert QColor(image.pixel(10, 17)) == palette.qcolor(fill)  # the pill's left end
