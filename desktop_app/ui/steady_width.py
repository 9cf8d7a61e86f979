"""Widgets whose text grows (a count appears) keep their width, so neighbours stay put.

A label or button is laid out at the width of its text: "1,200 shown" becoming
"Showing 312 of 1,200" took 44 px from the search box beside it, and "Pending changes"
becoming "Pending changes (3)" moved every toolbar button after it. ``keep_width``
reserves the width of the longest text expected, measured with the widget's own
style (its stylesheet font and padding), once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel


def keep_width(widget: QLabel | QAbstractButton, longest: str) -> int:
    """Make ``widget`` at least as wide as it would be showing ``longest``; the width."""
    widget.ensurePolished()  # the stylesheet's font and padding count
    shown = widget.text()
    widget.setText(longest)
    width = widget.sizeHint().width()
    widget.setText(shown)
    widget.setMinimumWidth(width)
    return width
