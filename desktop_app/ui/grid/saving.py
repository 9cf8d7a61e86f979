"""From the grid to the outbox and the servers: review, save, undo the save, push.

"Save to outbox" records the reviewed cells through the catalog's one write path
(``apply_grid``: one bulk edit, durable, undoable as a whole with ``undo_bulk``); the
saved cells leave the grid's staging and bad cells stay. Push goes through the main
window's push when the grid has one (one push task per shop), else the catalog's.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.bulk.errors import BulkError
from desktop_app.grid.plan import grid_plan
from desktop_app.grid.review import review
from desktop_app.grid.session import GridSession
from desktop_app.i18n import translate
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.grid.catalog_sync import CatalogSync
from desktop_app.ui.grid.review_dialog import ReviewDialog
from desktop_app.ui.offline.push_words import push_error, push_message
from desktop_app.ui.tasks import TaskSlot

# Up to this many products are read again at once after a save (about a frame); more
# are read between frames, their cells showing as changed until then.
SETTLE_AT_ONCE = 100


class GridSaver(QObject):
    saved = Signal(str)  # what happened, for the status bar
    changed = Signal()  # the last save (and so Undo last save) changed

    def __init__(self, catalog: OfflineCatalog, session: GridSession, sync: CatalogSync,
                 window: QWidget, push: Callable[[], None] | None = None,
                 push_ended: SignalInstance | None = None) -> None:
        super().__init__(window)
        self.catalog = catalog
        self.session = session
        self.sync = sync
        self.window = window
        self._push = push
        if push_ended is not None:  # the main window's push says how it went
            push_ended.connect(self._push_ended)
        self._own_push = TaskSlot("grid push")
        self.last_op: int | None = None
        self.last_ids: list[str] = []  # the products the last save touched
        self.last_text = ""
        self.dialog: ReviewDialog | None = None
        self.question: QMessageBox | None = None

    @property
    def can_push(self) -> bool:
        return self.catalog.shop is not None

    @property
    def pushing(self) -> bool:
        return self._own_push.running

    # ------------------------------------------------------------- review
    def open_review(self) -> ReviewDialog:
        dialog = ReviewDialog(review(self.session), self.session.locale, self.window)
        dialog.accepted.connect(self.save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop
        return dialog

    def save(self) -> str:
        """The good staged cells to the outbox as one bulk edit; returns what it says."""
        self.sync.finish()  # a save before: its cells leave the staging first
        plan = grid_plan(self.session)
        if plan.empty:
            text = (translate("Grid", "Nothing to save: the changed cells all have errors.")
                    if plan.left_out else translate("Grid", "Nothing to save."))
            self.saved.emit(text)
            return text
        try:
            result = self.catalog.apply_grid(plan, translate("Grid", "Grid edit"))
        except BulkError as exc:  # every cell's product changed since the grid read it
            self.sync.reread(plan.product_ids)  # fresh rows: the next save is based on them
            text = translate("Grid", "Nothing saved: {reason} The cells stay in the grid; "
                             "check them and save again.").format(reason=exc)
            self.saved.emit(text)
            return text
        # A product changed elsewhere since the grid read it keeps its cells staged (read
        # again below), so nothing typed is dropped and the next save is based on it.
        moved = {e.product_id for e in result.skipped if e.product_id}
        self.session.clear(())  # the grid's steps are the save's now: Undo last save
        self.sync.settle(k for k in plan.cells if k[0] not in moved)
        self.sync.reread(moved)
        self.last_ids = plan.product_ids
        if len(plan.product_ids) <= SETTLE_AT_ONCE:
            self.sync.read_now(plan.product_ids)
        cells = len(plan.cells)
        self.last_op = result.op.id
        self.last_text = translate("Grid", "{cells} in {products}").format(
            cells=translate("Grid", "%Ln cell(s)", None, cells),
            products=translate("Grid", "%Ln product(s)", None, len(plan.product_ids)))
        text = translate("Grid", "Saved {what} to the outbox (grid edit #{id})").format(
            what=self.last_text, id=result.op.id)
        if moved:
            text = translate(
                "Grid", "{saved}; the cells of %Ln product changed elsewhere since stay in the "
                "grid (check them, save again)|{saved}; the cells of %Ln products changed "
                "elsewhere since stay in the grid (check them, save again)", None,
                len(moved)).format(saved=text)
        if plan.left_out:
            text = translate("Grid", "{saved}; %Ln cell with an error stays in the grid|{saved}; "
                             "%Ln cells with errors stay in the grid", None,
                             plan.left_out).format(saved=text)
        text = (translate("Grid", "{saved}. Push sends them.") if self.can_push
                else translate("Grid", "{saved}.")).format(saved=text)
        self.saved.emit(text)
        self.changed.emit()
        return text

    # ------------------------------------------------------------ undo save
    def ask_undo(self) -> QMessageBox | None:
        if self.last_op is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("Grid", "Undo last save"),
            translate("Grid", "Undo grid edit #{id} ({what})?\n\nIts edits still waiting to be "
                      "sent are dropped; values it already changed on the servers are set back "
                      "to what they were.").format(id=self.last_op, what=self.last_text),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("gridConfirmUndo")
        revert = box.addButton(translate("Grid", "Undo last save"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is revert and self.undo_now())
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    def undo_now(self) -> str | None:
        if self.last_op is None:
            return None
        report = self.catalog.undo_bulk(self.last_op)
        self.last_op = None
        if len(self.last_ids) <= SETTLE_AT_ONCE:
            self.sync.read_now(self.last_ids)
        text = translate("Grid", "{saved}.").format(saved=report.summary())
        self.saved.emit(text)
        self.changed.emit()
        return text

    # ----------------------------------------------------------------- push
    def push(self) -> None:
        if not self.can_push:
            return
        if self._push is not None:
            self._push()
            self.saved.emit(translate("Grid", "Pushing… conflicts and refusals appear on their "
                                      "cells."))
            return
        if not self._own_push.running:
            self._own_push.start(self._run_push(), on_error=self._push_failed)
            self.saved.emit(translate("Grid", "Pushing…"))

    async def _run_push(self) -> None:
        report = await self.catalog.push()
        if shiboken6.isValid(self):
            self.saved.emit(translate("Grid", "{saved}.").format(saved=push_message(report)))

    def _push_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.saved.emit(push_error(exc))

    def _push_ended(self, text: str) -> None:
        """The main window's push ended (one the grid asked for, or another)."""
        if shiboken6.isValid(self):
            self.saved.emit(translate("Grid", "{saved}.").format(saved=text))

    def cancel(self) -> None:
        self._own_push.cancel()
