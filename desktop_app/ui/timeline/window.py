"""The timeline of one product: its points on the left, two of them side by side on the right.

Opened from the content editor (**Timeline…**) and the product list's menu. It shows the store's
part at once (pulled states, sent edits, "now") and adds Payload's versions when Payload has
answered, or says why there are none (the shop keeps no versions, or Payload is offline). It
follows the catalog: a pull, a push or an edit elsewhere shows at once.

**Restore this field** / **Restore all** bring fields back to point A (the earlier of the
two): ``restore.plan`` says which edits, ``catalog.edit`` records them in the outbox, and the
product is pushed at once when the shop is online, as a save in an editor is.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store.fields import GALLERY, THUMBNAIL
from desktop_app.store.taxonomy import RECORD_FIELDS
from desktop_app.timeline import build, diff, restore, words
from desktop_app.timeline.content import PAYLOAD_FIELDS, server_of
from desktop_app.timeline.points import Point, Timeline
from desktop_app.timeline.versions import VersionsRead, VersionsState
from desktop_app.ui.admin.panel_style import PANEL_QSS
from desktop_app.ui.offline.field_names import FieldNames
from desktop_app.ui.offline.values import state_label as outbox_state
from desktop_app.ui.product_windows import ProductWindow
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.timeline.diff_view import DiffView
from desktop_app.ui.timeline.point_list import PointList, point_time

log = logging.getLogger(__name__)

TIMELINE_QSS = (
    PANEL_QSS
    + """
QFrame#fieldDiff { background: @surface@; border: 1px solid @line@; border-radius: 8px; }
QFrame#fieldDiff QLabel { background: transparent; }
QLabel#fieldTitle { font-weight: 600; }
QLabel#serverChip { color: @muted@; background: @hover@; border-radius: 4px; padding: 1px 6px; }
QLabel#sideA, QLabel#sideB { border-radius: 6px; padding: 6px 10px; }
QLabel#sideA { background: @removed_bg@; }
QLabel#sideB { background: @added_bg@; }
QScrollArea#timelineDiff, QWidget#diffBody { background: transparent; border: none; }
QTreeWidget#timelinePoints {
    background: @surface@; alternate-background-color: @surface_alt@; border: 1px solid @line@;
    border-radius: 8px; selection-background-color: @selection@; selection-color: @ink@;
}
"""
)


class TimelineWindow(ProductWindow):
    restored = Signal(str, list)  # product id, the fields restored

    def __init__(
        self, catalog: OfflineCatalog, product_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            catalog,
            product_id,
            parent,
            name="timelineWindow",
            title=translate("Timeline", "Timeline"),
            qss=TIMELINE_QSS,
            size=(1440, 880),
        )
        self.timeline: Timeline | None = None
        self.diff: diff.PointDiff | None = None
        self.versions = VersionsRead(VersionsState.NOT_ASKED)
        self.names = FieldNames()
        self._versions_task = TaskSlot("timeline versions")
        self._push = TaskSlot("timeline push")
        self._build()
        self._follow_catalog()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        head = self._head(layout, translate("Timeline", "Timeline"))
        self.refresh_button = QPushButton(
            translate("Timeline", "Refresh"), objectName="refreshTimeline"
        )
        self.refresh_button.setToolTip(
            translate("Timeline", "Read the store and Payload's versions again")
        )
        self.refresh_button.clicked.connect(self.start)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.versions_label = QLabel(objectName="sectionHint")
        self.versions_label.setWordWrap(True)
        layout.addWidget(self.versions_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="timelineSplitter")
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "Timeline",
                "Click a point to compare it with now; Ctrl+click a second one to compare the two.",
            ),
            objectName="sectionHint",
        )
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        self.points = PointList()
        self.points.picked.connect(self._picked)
        left_layout.addWidget(self.points, 1)
        splitter.addWidget(left)
        splitter.addWidget(self._build_diff_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 860])
        layout.addWidget(splitter, 1)
        self.message_label = QLabel(objectName="sectionHint")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

    def _build_diff_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        sides = QHBoxLayout()
        self.side_a = QLabel("A", objectName="sideA")
        self.side_b = QLabel("B", objectName="sideB")
        for label in (self.side_a, self.side_b):
            label.setWordWrap(True)
            sides.addWidget(label, 1)
        layout.addLayout(sides)
        bar = QHBoxLayout()
        self.unchanged_box = QCheckBox(
            translate("Timeline", "Show unchanged fields"), objectName="showUnchanged"
        )
        self.unchanged_box.setToolTip(
            translate("Timeline", "Also list the fields that hold the same value at A and B")
        )
        self.unchanged_box.toggled.connect(lambda _on: self._show_diff())
        bar.addWidget(self.unchanged_box)
        bar.addStretch(1)
        self.restore_all_button = QPushButton(
            translate("Timeline", "Restore all"), objectName="restoreAll"
        )
        self.restore_all_button.setToolTip(
            translate(
                "Timeline",
                "Set every field that differs back to its value at A (asks first): "
                "edits, sent with the next push",
            )
        )
        self.restore_all_button.clicked.connect(self.ask_restore_all)
        bar.addWidget(self.restore_all_button)
        layout.addLayout(bar)
        self.diff_view = DiffView()
        self.diff_view.restoreRequested.connect(lambda name: self.restore_fields([name]))
        layout.addWidget(self.diff_view, 1)
        return side

    # ------------------------------------------------------------------- load
    def start(self) -> None:
        """Show the store's part now, then ask Payload for its versions."""
        self.reload()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a test without one): the store's part only
            return
        self.versions_label.setText(translate("Timeline", "Reading Payload's versions…"))
        self._versions_task.start(self._read_versions(), on_error=self._failed)

    async def _read_versions(self) -> None:
        self.versions = await build.read_versions(self.catalog, self.product_id)
        if shiboken6.isValid(self):
            self.reload()

    def reload(self) -> None:
        """Rebuild from the store (and the versions already read); the picked points stay."""
        self._timer.stop()
        if self.catalog.closed:
            return
        try:
            timeline = build.local(self.catalog, self.product_id, self.versions)
        except build.NoProduct as exc:
            self.diff_view.show_message(str(exc))
            return
        keep = self.points.picked_ids() if self.timeline is not None else []
        self.timeline = timeline
        self._refresh_names(timeline)
        title = timeline.state("now").get("title") or self.product_id
        heading = translate("Timeline", "Timeline — {title}").format(title=title)
        self.setWindowTitle(heading)
        self.heading.setText(heading)
        self.subheading.setText(
            translate(
                "Timeline", "{product} · %Ln earlier point(s)", None, len(timeline.points) - 1
            ).format(product=self.product_id)
        )
        self.versions_label.setText(self._versions_text(timeline))
        if not keep and len(timeline.points) > 1:
            keep = [timeline.points[1].id]  # the newest earlier point, against now
        self.points.set_points(timeline.points, keep)
        self._picked(self.points.picked_ids())

    def _versions_text(self, timeline: Timeline) -> str:
        read = self.versions
        if read.state is VersionsState.READ:
            text = translate("Timeline", "%Ln Payload version(s) listed.", None, len(read.points))
        else:
            text = ""
        return " ".join(bit for bit in (text, *timeline.notes()) if bit)

    def _refresh_names(self, timeline: Timeline) -> None:
        terms = {
            kind: {t.id: t.name for t in self.catalog.taxonomy(kind)}
            for kind in {*RECORD_FIELDS.values(), "region"}
        }
        self.names = FieldNames(words.variant_titles(timeline.state("now")), terms)

    def _on_changes(self, changes: Changes) -> None:
        if changes.rows_reset or self.product_id in changes.product_ids:
            self._timer.start()

    def _failed(self, exc: BaseException) -> None:
        self.message_label.setText(f"{type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------- diff
    def _picked(self, ids: list[str]) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        if not ids or ids == ["now"]:
            self.diff = None
            self._set_sides(None, None)
            self.diff_view.show_message(
                translate("Timeline", "Pick an earlier point to compare it with now.")
                if len(timeline.points) > 1
                else translate(
                    "Timeline",
                    "Nothing earlier is known of this product yet: its "
                    "states are kept from its next pull, push or Payload version "
                    "on.",
                )
            )
            return
        newer, older = (ids[0], ids[1]) if len(ids) > 1 else ("now", ids[0])
        self.diff = diff.compare(timeline, older, newer)
        self._set_sides(self.diff.left, self.diff.right)
        self._show_diff()

    def _set_sides(self, a: Point | None, b: Point | None) -> None:
        for label, side, point in ((self.side_a, "A", a), (self.side_b, "B", b)):
            label.setText(
                f"<b>{side}</b> · {point.label} · {point_time(point.at)}"
                + (f" · {point.note}" if point.note else "")
                if point
                else side
            )
        self.restore_all_button.setEnabled(False)
        if a is not None:
            count = len(self._plan().changes)
            self.restore_all_button.setEnabled(count > 0)
            self.restore_all_button.setText(
                translate("Timeline", "Restore all to A ({count})").format(
                    count=QLocale().toString(count)
                )
                if count
                else translate("Timeline", "Restore all to A")
            )

    def _show_diff(self) -> None:
        if self.diff is None or self.timeline is None:
            return
        for side in (self.diff.left.id, self.diff.right.id):  # variants deleted since
            for vid, title in words.variant_titles(self.timeline.state(side)).items():
                self.names.variants.setdefault(vid, title)
        self.diff_view.show_diff(
            self.diff,
            label=self._label,
            value_text=self._value,
            why_not=self._why_not,
            unchanged=self.unchanged_box.isChecked(),
        )

    def _label(self, name: str) -> str:
        return words.label(name, self.names.variants)

    def _value(self, name: str, value: Any) -> str:
        if name == THUMBNAIL:
            return _media(value) if value not in (None, "") else _none()
        if name == GALLERY:
            return ", ".join(_media(v) for v in value or ()) or _none()
        if name in PAYLOAD_FIELDS:
            return words.text(name, value)
        return self.names.value(name, value)

    def _why_not(self, name: str) -> str | None:
        assert self.timeline is not None and self.diff is not None
        then, now = self.timeline.state(self.diff.left.id), self.timeline.state("now")
        return restore.why_not(
            then, now, name, self.timeline.knows(self.diff.left.id, server_of(name))
        )

    # ---------------------------------------------------------------- restore
    def _plan(self, fields: list[str] | None = None) -> restore.RestorePlan:
        assert self.timeline is not None and self.diff is not None
        return restore.plan(self.timeline, self.diff.left.id, fields)

    def restore_fields(self, fields: list[str] | None) -> list[str]:
        """Record the edits that bring ``fields`` (None: all) back to A; the fields done."""
        if self.diff is None:
            return []
        planned = self._plan(fields)
        if planned.empty:
            why = "; ".join(f"{self._label(n)}: {r}" for n, r in planned.skipped.items())
            self.message_label.setText(
                translate("Timeline", "Nothing to restore. {why}").format(why=why).strip()
            )
            return []
        try:
            self.catalog.edit(self.product_id, planned.changes)
        except ValueError as exc:  # no copy of that server stored, say
            self.message_label.setText(
                translate("Timeline", "Not restored: {error}").format(error=exc)
            )
            return []
        done = list(planned.changes)
        names = ", ".join(self._label(n) for n in done)
        online = self.catalog.shop is not None
        restored = (
            translate("Timeline", "Restored {fields} to A ({point}): sending…")
            if online
            else translate(
                "Timeline",
                "Restored {fields} to A ({point}): waiting in the outbox for the next push.",
            )
        )
        self.message_label.setText(restored.format(fields=names, point=self.diff.left.label))
        self.restored.emit(self.product_id, done)
        if online:
            self._push.start(self._send(), on_error=self._failed)
        self.reload()
        return done

    async def _send(self) -> None:
        await self.catalog.push_product(self.product_id)
        if not shiboken6.isValid(self) or self.catalog.closed:  # closed meanwhile
            return
        waiting = [e for e in self.catalog.outbox() if e.product_id == self.product_id]
        self.message_label.setText(
            translate("Timeline", "Sent.")
            if not waiting
            else translate("Timeline", "Not sent yet: {why}").format(
                why=waiting[0].message or outbox_state(waiting[0].state)
            )
        )
        if self.versions.state is VersionsState.READ:  # the push made a Payload version
            self.versions = await build.read_versions(self.catalog, self.product_id)
            if not shiboken6.isValid(self):
                return
        self.reload()

    def ask_restore_all(self) -> QMessageBox | None:
        if self.diff is None:
            return None
        planned = self._plan()
        if planned.empty:
            return None
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Timeline", "Restore all"),
            translate(
                "Timeline",
                "Bring %Ln field(s) back to A ({point}, {time})?",
                None,
                len(planned.changes),
            ).format(point=self.diff.left.label, time=point_time(self.diff.left.at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreAllBox")
        box.setInformativeText(
            "\n".join(self._label(n) for n in planned.changes)
            + "\n\n"
            + translate(
                "Timeline",
                "They are edits like any other: sent "
                "with the next push, and a colleague's change since "
                "shows as a conflict.",
            )
        )
        box.finished.connect(lambda answer: self._restore_all_answer(answer, planned))
        box.open()
        return box

    def _restore_all_answer(self, answer: int, planned: restore.RestorePlan) -> None:
        self.confirm_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_fields(list(planned.changes))

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        self._versions_task.cancel()
        self._unsubscribe()
        self._timer.stop()
        super().closeEvent(event)


def _media(media_id: object) -> str:
    return translate("TimelineDiff", "media {id}").format(id=media_id)


def _none() -> str:
    return translate("TimelineDiff", "(none)")
