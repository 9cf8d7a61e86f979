"""The main window's list over a freshly seeded stack, sorted by content score:
docs/screens/demo-quality-spread.png (what "Try the demo shop" shows first).

    STACK_STATE_DIR=... xvfb-run -a -s "-screen 0 1600x1800x24" \
        .venv/bin/python docs/demo_quality_spread_screen.py [--out DIR]

Reads the stack `stack/status` names (the STACK_* environment picks it; use a stack
seeded by the current stack/stackctl); a temporary config dir, data dir and an in-memory
secret store, as docs/screenshots.py does.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "docs"))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import qasync  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import stack_services, wait_for  # noqa: E402
from window_shots import out_dir, save_grab  # noqa: E402

from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.offline.list_model import Col  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402


async def shoot(window: MainWindow, out: Path) -> None:
    window.resize(1400, 1650)  # all 40 rows, best to worst
    window.show()
    window.start()
    await wait_for(lambda: window.page is not None and not window.pulling, 180)
    window.page.table.sortByColumn(Col.SCORE, Qt.SortOrder.DescendingOrder)
    await asyncio.sleep(0.5)  # let the sort and the last paint settle
    save_grab(window, out, "demo-quality-spread.png")
    window.close()


def main() -> int:
    out = out_dir(__doc__)
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESKTOP_APP_DATA_DIR"] = str(Path(tmp) / "data")
        window = MainWindow(stack_services(Path(tmp)))
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(shoot(window, out))
        shiboken6.delete(window)  # while the QApplication still exists (see app.py)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
