"""The interface in German (issue 14, languages): docs/screens/issue14-de-main.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue14_language_screens.py

The main window at its default size (1240 × 760) over the tour's fake demo shop
(docs/first_session_tour.py, no network), with the German catalog installed as the
app does at start (Settings › Language: Deutsch). ``--language fr`` pictures French.
``--product`` adds the product editor (issue14-de-product.png), ``--editor`` the content
editor (issue14-de-editor.png) on the issue 16 sample product (docs/toothbrush.py) in a
shop whose content is localised and keeps drafts, its German locale shown with typing.
Needs the compiled catalogs: .venv/bin/python scripts/i18n.py build.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    parser.add_argument("--language", choices=("de", "fr", "en"), default="de")
    parser.add_argument("--product", action="store_true", help="also the product editor")
    parser.add_argument("--editor", action="store_true", help="also the content editor")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "stack" / "stackctl"))  # catalog.py imports its siblings
    from desktop_app.ui import translator
    from docs import first_session_tour as tour
    from docs import issue14_shoot as shots

    args.out.mkdir(parents=True, exist_ok=True)
    _app, collector = tour.start_app("en_US")
    translator.install(args.language)  # before the window is built, as app.main does
    medusa, payload = tour.demo_servers(tour.product_images(shots.SCRATCH))
    window = shots.demo_window(medusa, payload)

    async def pictures() -> None:
        window.resize(1240, 760)
        row = await shots.hoodie_selected(window)
        page = window.page
        await shots.save(window, args.out / f"issue14-{args.language}-main.png")
        if args.product:  # the product editor on its Options & variants tab
            editor = page.open_editor(row.product_id)
            editor.resize(1100, 760)
            editor.tabs.setCurrentWidget(editor.structure)
            await shots.save(editor, args.out / f"issue14-{args.language}-product.png")
            editor.discard_and_close()
        if args.editor:
            await content_editor(args.out / f"issue14-{args.language}-editor.png")

    tour.shoot_in(window, pictures, collector)
    shutil.rmtree(shots.SCRATCH, ignore_errors=True)
    return 0


async def content_editor(path: Path) -> None:
    """The content editor on the toothbrush, its German locale shown, the description typed
    in (one unsaved change; the empty German subtitle falls back to the English one)."""
    from docs import issue14_shoot as shots
    from docs.issue16_editor_screens import close, editor_on
    from docs.toothbrush import GERMAN
    from tests.translations.fakes import editorial_capabilities

    editor, catalog = await editor_on(await editorial_capabilities())
    editor.locale_bar.select("de")
    editor.editor.setPlainText(GERMAN + "\n- Plastikfreie Verpackung")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    editor.editor.setFocus()
    await shots.save(editor, path)
    await close(editor, catalog)


if __name__ == "__main__":
    raise SystemExit(main())
