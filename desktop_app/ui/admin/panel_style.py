"""Stylesheet additions for the admin panels, in the palette of resources/style.qss."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

PANEL_QSS = """
QLabel#panelTitle { font-size: 15pt; font-weight: 600; }
QLabel#panelSubtitle, QLabel#progressDetails, QLabel#countsLabel, QLabel#checkedLabel,
QLabel#footNote, QLabel#sectionHint { color: @muted@; }
QLabel#progressTitle { font-weight: 600; }
QFrame#progressBox, QFrame#checkCard {
    background: @surface@; border: 1px solid @line@; border-radius: 8px;
}
QFrame#checkCard:focus { border: 1px solid @accent@; }
QFrame#checkCard QLabel { background: transparent; }
QLabel#checkTitle { font-weight: 600; }
QLabel#checkFix { color: @blue_fg@; }
QProgressBar#watchBar {
    background: @progress_track@; border: none; border-radius: 6px; min-height: 20px;
    text-align: center; color: @ink@;
}
QProgressBar#watchBar::chunk { background: @progress_fill@; border-radius: 6px; }
QTableView#findingsTable, QTableView#historyTable {
    outline: 0; background: @surface@; alternate-background-color: @surface_alt@;
    border: 1px solid @line@; border-radius: 8px;
    selection-background-color: @selection@; selection-color: @ink@;
}
QTableView#findingsTable::item, QTableView#historyTable::item { padding: 0 8px; border: none; }
QLabel#findingDetail {
    background: @surface@; border: 1px solid @line@; border-radius: 8px; padding: 8px 10px;
}
QLabel#summaryText { font-weight: 600; }
QComboBox:disabled { color: @disabled@; background: @surface_sunk@; border-color: @line@; }
QTabWidget::pane { border: none; }
QTabBar::tab {
    background: transparent; color: @muted@; padding: 7px 14px; border: none;
    border-bottom: 2px solid transparent; font-weight: 600;
}
QTabBar::tab:selected { color: @ink@; border-bottom: 2px solid @accent@; }
QScrollArea#checksArea, QWidget#checksBody { background: transparent; border: none; }
"""


def primary_button(text: str, name: str) -> QPushButton:
    """The accent (default) button; its font is set bold so its size hint fits the QSS look."""
    button = QPushButton(text, objectName=name)
    button.setDefault(True)
    font = button.font()
    font.setWeight(font.Weight.DemiBold)
    button.setFont(font)
    return button
