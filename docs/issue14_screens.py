"""Dark mode and 200 % scaling (issue 14): docs/screens/issue14-*.png.

    xvfb-run -a -s "-screen 0 2800x2000x24" .venv/bin/python docs/issue14_screens.py [--out DIR]

Runs itself once per look, each in a fresh process (the scale factor is read when the
application starts): ``dark`` (the app's Dark theme setting) and ``scale200``
(QT_SCALE_FACTOR=2, light). Each run shows the main window at its default size
(1240 × 760) over the tour's fake demo shop (docs/first_session_tour.py, no network),
then the content editor of the Heavyweight Hoodie. ``--look light`` alone pictures the
default look (used to check the toolbar at 1240 px).

issue14-dark-main.png, issue14-dark-editor.png
issue14-scale200-main.png, issue14-scale200-editor.png
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOOKS = ("dark", "scale200")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    parser.add_argument("--look", choices=("light", *LOOKS), help="one look (default: all)")
    parser.add_argument("--width", type=int, default=1240, help="the main window's width")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    if args.look is None:  # each look in its own process: the scale is fixed at start
        for look in LOOKS:
            command = [sys.executable, __file__, "--look", look, "--out", str(args.out)]
            subprocess.run(command, check=True)
        return 0
    if args.look == "scale200":
        os.environ["QT_SCALE_FACTOR"] = "2"
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "stack" / "stackctl"))  # catalog.py imports its siblings
    from docs import issue14_shoot

    return issue14_shoot.shoot(args.look, args.out, args.width)


if __name__ == "__main__":
    raise SystemExit(main())
