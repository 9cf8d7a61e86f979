"""Per-server reachability in the status bar: a coloured dot and a word each.

Reads ``OfflineCatalog.connectivity``; repaints on ``Changes.connectivity``. Being
offline is a normal state here: edits still save to the outbox.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.exchange.connectivity import Reach
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.ui import palette
from desktop_app.ui.offline.subscriptions import once

NAMES = {MEDUSA: MEDUSA.label, PAYLOAD: PAYLOAD.label}
# The dot's colour, the status bar's words and the tooltip's sentence for each state.
LOOK = {
    Reach.REACHABLE: ("@dot_online@", QT_TRANSLATE_NOOP("Connectivity", "{server} online"),
                      QT_TRANSLATE_NOOP("Connectivity", "{server} is online.")),
    Reach.UNREACHABLE: ("@dot_offline@", QT_TRANSLATE_NOOP("Connectivity", "{server} offline"),
                        QT_TRANSLATE_NOOP("Connectivity", "{server} is offline. Edits are kept "
                                          "and pushed when it is back.")),
    Reach.UNKNOWN: ("@dot_unknown@", QT_TRANSLATE_NOOP("Connectivity", "{server} not checked"),
                    QT_TRANSLATE_NOOP("Connectivity", "{server} is not checked.")),
}


class ConnectivityIndicator(QWidget):
    changed = Signal()  # a server's reachability changed (after the repaint)

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setObjectName("connectivityIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        self.labels: dict[str, QLabel] = {}
        for server in (MEDUSA, PAYLOAD):
            label = QLabel(objectName=f"reach_{server}")
            self.labels[server] = label
            layout.addWidget(label)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.refresh()

    def detach(self) -> None:
        self._unsubscribe()

    def state(self, server: str) -> Reach:
        return self.catalog.connectivity.state(server)

    def refresh(self) -> None:
        for server, label in self.labels.items():
            reach = self.state(server)
            color, words, sentence = LOOK[reach]
            dot = palette.css_colour(color.strip("@"))
            name = NAMES[server]
            words = translate("Connectivity", words).format(server=name)
            label.setText(f"<span style='color:{dot}'>●</span> {words}")
            message = self.catalog.connectivity.message(server)
            tip = translate("Connectivity", sentence).format(server=name)
            label.setToolTip(tip + (f"\n{message}" if message else ""))

    def _on_changes(self, changes: Changes) -> None:
        if changes.connectivity:
            self.refresh()
            self.changed.emit()
