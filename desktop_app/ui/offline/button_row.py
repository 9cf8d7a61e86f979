"""A row of push buttons under an editor's list, each running its action when clicked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton

# (text, objectName, action): the text already translated.
Button = tuple[str, str, Callable[[], object]]


def button_row(
    specs: Sequence[Button], spacing: int | None = None
) -> tuple[QHBoxLayout, list[QPushButton]]:
    """The buttons left-aligned in a row (a stretch after them), in ``specs``'s order."""
    row = QHBoxLayout()
    if spacing is not None:
        row.setSpacing(spacing)
    buttons = []
    for text, name, action in specs:
        button = QPushButton(text, objectName=name)
        # ``clicked`` passes ``checked``; the actions take no argument.
        button.clicked.connect(lambda _c=False, act=action: act())
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    return row, buttons
