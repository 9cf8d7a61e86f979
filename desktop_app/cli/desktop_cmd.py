"""``desktop-app install-desktop [--uninstall]``: the app in the user's desktop menu.

Writes the desktop entry, its icons (scalable SVG and 16 to 512 px PNGs) and AppStream
metainfo under ``$XDG_DATA_HOME`` (``~/.local/share``); see desktop_app/desktop_entry.py.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app import desktop_entry

EXIT_OK = 0
EXIT_FAILED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "install-desktop",
        help="add the app to your desktop's menu (Linux)",
        description="Install the desktop entry, icons and AppStream metainfo for this user "
        "under $XDG_DATA_HOME (default ~/.local/share). The entry starts this program "
        "(the bundle, the pipx or venv script). --uninstall removes them again.",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what was installed")
    parser.add_argument("--json", action="store_true", help="print the files as JSON")
    parser.set_defaults(func=cmd_install)


def cmd_install(args: argparse.Namespace) -> int:
    try:
        if args.uninstall:
            files = desktop_entry.uninstall()
        else:
            from desktop_app.ui.icon_render import render_png  # Qt only for this command

            files = desktop_entry.install(render_png)
    except (OSError, ValueError) as exc:
        if args.json:
            print(
                json.dumps({"ok": False, "error": {"code": "install_failed", "message": str(exc)}})
            )
        else:
            print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(
            json.dumps(
                {"ok": True, "removed" if args.uninstall else "installed": [str(f) for f in files]}
            )
        )
    else:
        verb = "removed" if args.uninstall else "installed"
        print(f"{verb} {len(files)} files under {desktop_entry.data_home()}")
    return EXIT_OK
