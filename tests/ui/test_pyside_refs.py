"""The guard against PySide6 6.12's lost references to None/True/False on Python 3.11."""

from __future__ import annotations

import sys

import pytest

from desktop_app.ui import pyside_refs


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal singletons from 3.12")
def test_adds_references_once_per_process(monkeypatch) -> None:
    monkeypatch.setattr(pyside_refs, "_done", False)
    before = {name: sys.getrefcount(obj) for name, obj in
              (("None", None), ("True", True), ("False", False))}
    pyside_refs.keep_singletons_alive(extra=1000)
    pyside_refs.keep_singletons_alive(extra=1000)  # a second call adds nothing
    after = {name: sys.getrefcount(obj) for name, obj in
             (("None", None), ("True", True), ("False", False))}
    for name in before:
        # Other threads may take or drop a few references meanwhile.
        assert 900 < after[name] - before[name] < 1100, name
