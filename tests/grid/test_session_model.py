"""Random grid steps against a model of snapshots: undo always returns the staged cells
to exactly what they were before the step, redo to what they were after, and a new step
drops the redo history. SKU checks follow undo and redo too."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desktop_app.grid.loading import open_session, product_ids
from tests.grid.synthetic import grid_catalog

COLUMNS = ["sku", "price:eur", "region:reg_eu", "stock:sloc_main", "status"]
TEXTS = st.sampled_from(["", "1", "12.5", "-3", "abc", "10", "SKU-000000-00", "A", "B",
                         "draft", "5"])


class GridSteps(RuleBasedStateMachine):
    @initialize()
    def open(self) -> None:
        self.dir = tempfile.TemporaryDirectory()
        self.catalog = grid_catalog(Path(self.dir.name) / "c.db", products=2, variants=3)
        self.session, _ = open_session(self.catalog, product_ids(self.catalog), "en_US")
        self.done: list[tuple[dict, dict]] = []  # (before, after) per step on the undo stack
        self.undone: list[tuple[dict, dict]] = []

    def teardown(self) -> None:
        self.catalog.close_now()
        self.dir.cleanup()

    def _step(self, run) -> None:
        before = self.session.staged_cells
        step = run()
        after = self.session.staged_cells
        if step.cells:
            self.done.append((before, after))
            self.undone.clear()
        else:
            assert after == before

    @rule(row=st.integers(0, 5), col=st.sampled_from(COLUMNS), text=TEXTS)
    def type_(self, row, col, text) -> None:
        self._step(lambda: self.session.set_texts([(row, col, text)]))

    @rule(top=st.integers(0, 5), left=st.integers(0, 4),
          block=st.lists(st.lists(TEXTS, min_size=1, max_size=3), min_size=1, max_size=4),
          height=st.integers(1, 4), width=st.integers(1, 3))
    def paste(self, top, left, block, height, width) -> None:
        text = "".join("\t".join(r) + "\n" for r in block)
        rect = (top, left, min(height, 6 - top), min(width, 5 - left))
        self._step(lambda: self.session.paste(text, list(range(6)), COLUMNS, rect))

    @rule(top=st.integers(0, 4), col=st.integers(0, 4))
    def fill_down(self, top, col) -> None:
        self._step(lambda: self.session.fill_down(list(range(6)), COLUMNS,
                                                  (top, col, 6 - top, 1)))

    @rule()
    def undo(self) -> None:
        step = self.session.undo()
        if not self.done:
            assert step is None
            return
        before, after = self.done.pop()
        assert self.session.staged_cells == before
        self.undone.append((before, after))

    @rule()
    def redo(self) -> None:
        step = self.session.redo()
        if not self.undone:
            assert step is None
            return
        before, after = self.undone.pop()
        assert self.session.staged_cells == after
        self.done.append((before, after))

    @invariant()
    def skus_are_unique_among_good_cells(self) -> None:
        if not hasattr(self, "session"):
            return
        skus = [self.session.value(r, "sku") for r in range(len(self.session.rows))]
        assert len([s for s in skus if s]) == len({s for s in skus if s})


GridSteps.TestCase.settings = settings(max_examples=200, stateful_step_count=30,
                                       deadline=None)
TestGridSteps = GridSteps.TestCase
