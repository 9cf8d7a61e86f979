"""Stylesheet additions for the admin panels, in the palette of resources/style.qss."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

PANEL_QSS = """
QLabel#panelTitle { font-size: 15pt; font-weight: 600; }
QLabel#panelSubtitle, QLabel#progressDetails, QLabel#countsLabel, QLabel#checkedLabel,
QLabel#footNote, QLabel#sectionHint { color: #5b6475; }
QLabel#progressTitle { font-weight: 600; }
QFrame#progressBox, QFrame#checkCard {
    background: #ffffff; border: 1px solid #e1e5ec; border-radius: 8px;
}
QFrame#checkCard QLabel { background: transparent; }
QLabel#checkTitle { font-weight: 600; }
QLabel#checkFix { color: #1d4f9c; }
QProgressBar#watchBar {
    background: #e8ebf1; border: none; border-radius: 6px; min-height: 20px;
    text-align: center; color: #1f2633;
}
QProgressBar#watchBar::chunk { background: #9db0f7; border-radius: 6px; }
QTableView#findingsTable, QTableView#historyTable {
    outline: 0; background: #ffffff; alternate-background-color: #f9fafc;
    border: 1px solid #e1e5ec; border-radius: 8px;
    selection-background-color: #e4eaff; selection-color: #1f2633;
}
QTableView#findingsTable::item, QTableView#historyTable::item { padding: 0 8px; border: none; }
QLabel#findingDetail {
    background: #ffffff; border: 1px solid #e1e5ec; border-radius: 8px; padding: 8px 10px;
}
QLabel#summaryText { font-weight: 600; }
QComboBox:disabled { color: #9aa3b2; background: #f1f3f7; border-color: #e1e5ec; }
QTabWidget::pane { border: none; }
QTabBar::tab {
    background: transparent; color: #5b6475; padding: 7px 14px; border: none;
    border-bottom: 2px solid transparent; font-weight: 600;
}
QTabBar::tab:selected { color: #1f2633; border-bottom: 2px solid #3b5bdb; }
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
