"""Buttons show their whole text; counts appearing do not move what is around them.

Measured, not eyeballed: a button's text ink keeps its padding from the button's
edges (a bold ":default" state used to paint text wider than the size Qt gave the
button: "Preview" showed as ")reviev"), the search box and the toolbar keep their
widths when a count appears.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.steady_width import keep_width
from desktop_app.ui.style import stylesheet
from tests.ui.offline.conftest import seed

PADDING = 14  # resources/style.qss: QPushButton { padding: 5px 14px }
TEXTS = ("Preview", "Cancel", "Apply", "Save", "Undo bulk edit", "Reload from server",
         "Discard my typing and reload")


_KEEP: list[QDialog] = []  # the dialogs of the current test (qtbot holds them weakly)


@pytest.fixture(autouse=True)
def _forget_dialogs():
    yield
    _KEEP.clear()


def styled_button(qtbot, text: str, *, default: bool, name: str = "") -> QPushButton:
    """A button alone in a dialog with the app's stylesheet, at its own size."""
    dialog = QDialog()
    _KEEP.append(dialog)
    dialog.setStyleSheet(stylesheet())
    row = QHBoxLayout(dialog)
    button = QPushButton(text, objectName=name)
    button.setDefault(default)
    # A dialog's focused button turns default (and takes that look) unless it may not.
    button.setAutoDefault(default)
    row.addWidget(button)
    row.addStretch(1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.layout().activate()
    assert button.width() == button.sizeHint().width()
    return button


def ink_columns(button: QPushButton, *, light_text: bool) -> tuple[int, int]:
    """The first and last pixel columns holding text, in the middle third of the height
    (clear of the rounded corners)."""
    image = button.grab().toImage()
    height = image.height()
    rows = range(height // 3, 2 * height // 3)

    def ink(x: int) -> bool:
        lightness = (image.pixelColor(x, y).lightness() for y in rows)
        return any(v > 200 for v in lightness) if light_text else any(v < 110 for v in lightness)

    columns = [x for x in range(image.width()) if ink(x)]
    assert columns, "no text painted"
    return columns[0], columns[-1]


def ink_width_when_wider(button: QPushButton, *, light_text: bool) -> int:
    """The text's ink width with room to spare: what the whole text takes."""
    button.setFixedWidth(button.sizeHint().width() + 120)
    button.parentWidget().layout().activate()
    first, last = ink_columns(button, light_text=light_text)
    return last - first + 1


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("default", [True, False])
def test_buttons_show_their_whole_text(qtbot, text: str, default: bool) -> None:
    # At its own size a button shows as much of its text as with room to spare: a bold
    # ":default" look clipped text to the width Qt measured with the normal font.
    button = styled_button(qtbot, text, default=default)
    first, last = ink_columns(button, light_text=default)  # white on the accent colour
    assert abs((last - first + 1) - ink_width_when_wider(button, light_text=default)) <= 1
    assert first >= PADDING - 4 and button.width() - 1 - last >= PADDING - 4


def test_the_bold_banner_button_fits_its_text(qtbot) -> None:
    button = styled_button(qtbot, "Open Settings", default=False, name="bannerAction")
    assert button.font().weight() >= 600  # bold as its own font: measured bold
    first, last = ink_columns(button, light_text=True)
    assert abs((last - first + 1) - ink_width_when_wider(button, light_text=True)) <= 1


@pytest.fixture
def catalog(tmp_path):
    store = CatalogStore.open(tmp_path / "catalog.sqlite3")
    seed(store, 30)
    yield OfflineCatalog(store)
    store.close()


def test_the_search_box_keeps_its_width_when_a_count_appears(qtbot,
                                                           catalog: OfflineCatalog) -> None:
    page = CatalogPage(catalog, close_catalog=False)
    page.setStyleSheet(stylesheet())
    page.resize(1100, 400)
    qtbot.addWidget(page)
    page.show()
    page.apply_filter()
    page.layout().activate()
    before = page.search_edit.width()
    assert page.summary_label.text() == "30 shown"
    page.search_edit.setText("Product 01")
    page.apply_filter()
    page.layout().activate()
    assert page.summary_label.text() == "Showing 10 of 30"
    assert page.search_edit.width() == before
    assert page.summary_label.width() >= page.summary_label.sizeHint().width()  # whole text


def test_keep_width_reserves_the_longest_text(qtbot) -> None:
    button = QPushButton("Pending changes")
    qtbot.addWidget(button)
    width = keep_width(button, "Pending changes (8,888)")
    assert button.text() == "Pending changes" and button.minimumWidth() == width
    button.setText("Pending changes (12)")
    assert button.sizeHint().width() <= width


def test_the_toolbar_stays_put_when_the_pending_count_appears(qtbot, services) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    bar = window.toolbar
    after = [bar.widgetForAction(a) for a in (window.edit_action, window.sync_action)]
    bar.layout().activate()
    before = [w.geometry() for w in after]
    window.pending_action.setText("Pending changes (12)")
    bar.layout().activate()
    assert [w.geometry() for w in after] == before
    pending = bar.widgetForAction(window.pending_action)
    assert pending.width() >= pending.sizeHint().width()  # the count shows whole
