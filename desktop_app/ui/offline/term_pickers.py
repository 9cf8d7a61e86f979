"""Pickers for a product's organising terms: a category tree, check lists, a combo.

Each picker holds term ids and shows names (``store.taxonomy.Term``). An id the
product names that the shop's list lacks (a term deleted in Medusa meanwhile, or
made since the last pull) stays, marked, so saving never drops it unseen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store.taxonomy import Term
from desktop_app.ui import palette, theme

ID_ROLE = Qt.ItemDataRole.UserRole
UNKNOWN_INK = palette.live("danger")
UNKNOWN_TIP = QT_TRANSLATE_NOOP(
    "OrganiseTab",
    "Not in the shop's list: deleted in Medusa meanwhile, or made since the last pull. "
    "Untick it if it was deleted.",
)
CHECKABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
             | Qt.ItemFlag.ItemIsUserCheckable)


def unknown_name(kind: str, term_id: str) -> str:
    """A ticked term the shop's list does not hold, named by kind (whole phrases)."""
    if kind == "category":
        text = translate("OrganiseTab", "Unknown category ({id})")
    elif kind == "collection":
        text = translate("OrganiseTab", "Unknown collection ({id})")
    elif kind == "type":
        text = translate("OrganiseTab", "Unknown type ({id})")
    elif kind == "channel":
        text = translate("OrganiseTab", "Unknown sales channel ({id})")
    elif kind == "tag":
        text = translate("OrganiseTab", "Unknown tag ({id})")
    else:
        text = f"{kind} ({{id}})"
    return text.format(id=term_id)


def _state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class CategoryTree(QTreeWidget):
    """Categories as their tree; each one ticks on its own (a child does not tick its parent)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryTree")
        self.setHeaderHidden(True)
        self.itemChanged.connect(lambda _i, _c: self.changed.emit())

    def load(self, tree: Sequence[tuple[int, Term]], checked: Iterable[str]) -> None:
        ticked = set(checked)
        self.blockSignals(True)
        self.clear()
        parents: list[QTreeWidgetItem] = []
        for depth, term in tree:
            item = QTreeWidgetItem([term.name])
            item.setData(0, ID_ROLE, term.id)
            item.setFlags(CHECKABLE)
            item.setCheckState(0, _state(term.id in ticked))
            item.setToolTip(0, term.handle or term.id)
            del parents[depth:]
            (parents[-1].addChild(item) if parents else self.addTopLevelItem(item))
            parents.append(item)
        for term_id in sorted(ticked - {t.id for _d, t in tree}):
            item = QTreeWidgetItem([unknown_name("category", term_id)])
            item.setData(0, ID_ROLE, term_id)
            item.setFlags(CHECKABLE)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setForeground(0, QBrush(UNKNOWN_INK))
            item.setToolTip(0, translate("OrganiseTab", UNKNOWN_TIP))
            self.insertTopLevelItem(0, item)
        self.expandAll()
        self.blockSignals(False)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = [item.child(j) for j in range(item.childCount())]
        return out

    def item_of(self, term_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, ID_ROLE) == term_id), None)

    def checked_ids(self) -> list[str]:
        return [str(i.data(0, ID_ROLE)) for i in self._items()
                if i.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        if wanted - {str(i.data(0, ID_ROLE)) for i in self._items()}:
            return  # an unknown id: the caller reloads with it
        self.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, _state(item.data(0, ID_ROLE) in wanted))
        self.blockSignals(False)
        self.changed.emit()


class CheckList(QWidget):
    """Terms with a tick each, and (for long lists) a filter over their names."""

    changed = Signal()

    def __init__(self, kind: str, filtered: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter = QLineEdit(objectName=f"{kind}Filter")
        self.filter.setPlaceholderText(translate("OrganiseTab", "Filter tags") if kind == "tag"
                                       else translate("OrganiseTab", "Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.setVisible(filtered)
        layout.addWidget(self.filter)
        self.list = QListWidget(objectName=f"{kind}List")
        self.list.itemChanged.connect(lambda _i: self._changed())
        layout.addWidget(self.list, 1)
        self.count = QLabel(objectName=f"{kind}Count")
        theme.style(self.count, "color: @muted@; font-size: 9pt;")
        layout.addWidget(self.count)

    def load(self, terms: Sequence[Term], checked: Iterable[str]) -> None:
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for term_id in sorted(ticked - {t.id for t in terms}):
            item = QListWidgetItem(unknown_name(self.kind, term_id))
            item.setData(ID_ROLE, term_id)
            item.setForeground(QBrush(UNKNOWN_INK))
            item.setToolTip(translate("OrganiseTab", UNKNOWN_TIP))
            self._add(item, True)
        for term in terms:
            item = QListWidgetItem(term.name)
            item.setData(ID_ROLE, term.id)
            self._add(item, term.id in ticked)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._count()

    def _add(self, item: QListWidgetItem, on: bool) -> None:
        item.setFlags(CHECKABLE)
        item.setCheckState(_state(on))
        self.list.addItem(item)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(r) for r in range(self.list.count())]

    def item_of(self, term_id: str) -> QListWidgetItem | None:
        return next((i for i in self.items() if i.data(ID_ROLE) == term_id), None)

    def checked_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for item in self.items():
            item.setCheckState(_state(item.data(ID_ROLE) in wanted))
        self.list.blockSignals(False)
        self._changed()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _changed(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        n = len(self.checked_ids())
        self.count.setText(translate("OrganiseTab", "%Ln chosen", None, n) if n
                           else translate("OrganiseTab", "None chosen"))


class TermCombo(QComboBox):
    """One term or none (a collection, a type)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Combo")

    def load(self, terms: Sequence[Term], current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("Fields", "(none)"), "")
        for term in terms:
            self.addItem(term.name, term.id)
        if current and self.findData(current) < 0:
            self.addItem(unknown_name(self.kind, current), current)
            self.setItemData(self.count() - 1, translate("OrganiseTab", UNKNOWN_TIP),
                             Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(0, self.findData(current or "")))
        self.blockSignals(False)

    def current_id(self) -> str:
        return str(self.currentData() or "")

    def set_current(self, term_id: str) -> None:
        index = self.findData(term_id)
        if index >= 0:
            self.setCurrentIndex(index)
