"""The Settings form keeps its shape when a long test error or form error appears.

A long message used to widen the form column (the profile list lost 28 px), squeeze
the group boxes until their fields overlapped, and still cut the message off.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QLineEdit, QScrollArea

from desktop_app.services.connection_check import CheckResult
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.style import stylesheet


def open_dialog(qtbot, services) -> SettingsDialog:
    """The dialog with the app's stylesheet (its paddings and margins decide the room)."""
    dialog = SettingsDialog(services)
    dialog.setStyleSheet(stylesheet())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog

REFUSED = ("Cannot connect to http://localhost:9000/admin/products?limit=1: [Errno 111] "
           "Connection refused (is the server running and is the address right? Check the "
           "URL and the port; a proxy may be in the way)")
LONG_HOST = ("https://averyveryveryverylonghostnamewithoutanyspaces.example.com:3000/api/"
             "users/me-answered-401-unauthorised")
FORM_ERROR = ("Profile: medusa_url: Input should be a valid URL, relative URL without a base "
              "[type=url_parsing, input_value='localhost:9000', input_type=str]")


def settle(qtbot, dialog: SettingsDialog) -> None:
    """Let the nested layouts finish (height-for-width takes a few passes)."""
    for _ in range(5):
        qtbot.wait(5)
    dialog.layout().activate()


def fields(dialog: SettingsDialog) -> list[QLineEdit]:
    return [w for w in dialog.findChildren(QLineEdit) if w.isVisible()]


def test_long_errors_keep_the_form_whole(qtbot, services) -> None:
    dialog = open_dialog(qtbot, services)
    dialog.name_edit.setText("my-shop")
    settle(qtbot, dialog)
    widths = (dialog.profile_list.width(), dialog.name_edit.width())
    dialog.results["Medusa"].show_result(CheckResult("Medusa", "u", False, REFUSED))
    dialog.results["Payload"].show_result(CheckResult("Payload", "u", False, LONG_HOST))
    dialog._show_error(FORM_ERROR)
    settle(qtbot, dialog)

    assert dialog.profile_list.width() == widths[0]  # the form column did not widen
    # The form scrolls instead of squeezing: only a scroll bar may take its width.
    bar = dialog.findChild(QScrollArea, "profileFormScroll").verticalScrollBar()
    assert dialog.name_edit.width() == widths[1] - (bar.width() if bar.isVisible() else 0)
    edits = fields(dialog)
    for edit in edits:
        assert edit.height() >= edit.sizeHint().height(), edit.objectName()
    tops = sorted((e.mapTo(dialog, e.rect().topLeft()).y(), e.height()) for e in edits)
    for (top, height), (below, _h) in pairwise(tops):
        assert top + height <= below  # no field drawn over the next
    for row in dialog.results.values():  # each message shows whole
        label = row.text_label
        assert label.height() >= label.heightForWidth(label.width())
    error = dialog.error_label
    assert error.height() >= error.heightForWidth(error.width())


def test_a_short_result_moves_nothing(qtbot, services) -> None:
    dialog = open_dialog(qtbot, services)
    settle(qtbot, dialog)
    place = [w.geometry() for w in (dialog.test_button, dialog.save_button)]
    dialog.results["Medusa"].show_result(CheckResult(
        "Medusa", "u", False, "Secret key not recognised by Medusa (HTTP 401): check it in "
        "Medusa admin under Settings → Secret API keys."))
    settle(qtbot, dialog)
    assert [w.geometry() for w in (dialog.test_button, dialog.save_button)] == place
    label = dialog.results["Medusa"].text_label
    assert label.height() >= label.heightForWidth(label.width())
