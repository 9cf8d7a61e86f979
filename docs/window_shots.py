"""What the docs' scripts that picture one window share (issue16_timeline_screens.py,
issue16_translation_screens.py, issue12_editor_screens.py): the demo profile, ``--out``, a
window given time to paint, its picture saved, and the Qt event loop the script runs in.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.config import MedusaAuth, Profile
from desktop_app.ui.style import apply_style

REPO = Path(__file__).resolve().parents[1]
PROFILE = Profile(name="Demo", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")


def out_dir(doc: str) -> Path:
    """The folder ``--out`` names (docs/screens when not given)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    out: Path = parser.parse_args().out
    return out


async def settle(widget: QWidget, rounds: int = 15) -> None:
    """Let the window lay out and paint (events and the loop's tasks), then repaint it."""
    for _ in range(rounds):
        QApplication.processEvents()
        await asyncio.sleep(0.02)
    widget.repaint()


def save_grab(widget: QWidget, out: Path, name: str) -> Path:
    """The widget's picture as ``out/name`` (the folder made)."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / name
    if not widget.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    print("wrote", target)
    return target


def run(pictures: Callable[[], Awaitable[None]]) -> int:
    """Start the styled application and run ``pictures`` in its event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(pictures())
    return 0


def main(doc: str, shoot: Callable[[Path], Awaitable[None]]) -> int:
    """A script's main: ``shoot`` into the ``--out`` folder, in the application's loop."""
    out = out_dir(doc)
    return run(lambda: shoot(out))
