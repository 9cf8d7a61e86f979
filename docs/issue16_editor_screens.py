"""The content editor's locale switcher and publishing controls (issue 16):
docs/screens/issue16-editor-locale.png (German, with the draft badge) and
docs/screens/issue16-editor-unavailable.png (the seed's default stack: one locale, no
drafts, each saying why).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue16_editor_screens.py \\
        [--out DIR]

No network: the tests' fakes of a localised Payload that keeps drafts
(tests/publishing/fakes.py, recorded shapes) and the recorded capabilities of
both stacks. A colleague's draft of the English subtitle waits to be published; the
merchant types in the German description, whose subtitle is still empty.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from desktop_app.richtext import editor_markdown_to_lexical  # noqa: E402
from desktop_app.services.content import ContentService  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.ui.content_editor import ContentEditor  # noqa: E402
from docs import window_shots  # noqa: E402
from docs.toothbrush import GERMAN, add_toothbrush  # noqa: E402
from docs.window_shots import save_grab, settle  # noqa: E402
from tests.exchange.fakes import Clock  # noqa: E402
from tests.publishing.fakes import DraftsPayload, drafts_catalog  # noqa: E402
from tests.translations.fakes import (  # noqa: E402
    TranslatingMedusa,
    default_capabilities,
    editorial_capabilities,
)


def servers() -> tuple[TranslatingMedusa, DraftsPayload, str]:
    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), DraftsPayload(clock)
    pid = add_toothbrush(medusa, payload)
    payload.set_locale(
        pid,
        "de",
        title="Bambus-Zahnbürste, 4er-Pack",
        description=editor_markdown_to_lexical(GERMAN),
        seo={"meta_title": "Bambus-Zahnbürsten im 4er-Pack"},
    )
    # A colleague's draft of the English content, not published yet.
    payload.save_draft(pid, subtitle="Soft bristles, plastic-free box")
    return medusa, payload, pid


async def editor_on(caps: Any) -> tuple[ContentEditor, OfflineCatalog]:
    medusa, payload, pid = servers()
    catalog = drafts_catalog(Path(tempfile.mkdtemp()), medusa, payload, caps)
    await catalog.pull()
    editor = ContentEditor(ContentService(catalog), pid, storefront="https://shop.example.com")
    editor.resize(1500, 960)
    editor.show()
    editor.start()
    # Plain sleeps while its tasks run (processing events inside this task would re-enter
    # qasync's loop), then the pictures settle.
    for _ in range(250):
        if editor.content is not None and editor.capabilities is not None and not editor.asking:
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)
    return editor, catalog


async def close(editor: ContentEditor, catalog: OfflineCatalog) -> None:
    editor.discard_and_close()
    await editor.service.aclose()
    await catalog.aclose()


async def shoot(out: Path) -> None:
    editor, catalog = await editor_on(await editorial_capabilities())
    editor.locale_bar.select("de")
    # Typing in German; the German subtitle is still empty: the preview shows the English one.
    editor.editor.setPlainText(GERMAN + "\n- Plastikfreie Verpackung")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    editor.editor.setFocus()
    await settle(editor, 30)
    save_grab(editor, out, "issue16-editor-locale.png")
    await close(editor, catalog)

    editor, catalog = await editor_on(await default_capabilities())
    await settle(editor, 20)
    save_grab(editor, out, "issue16-editor-unavailable.png")
    await close(editor, catalog)


def main() -> int:
    return window_shots.main(__doc__, shoot)


if __name__ == "__main__":
    raise SystemExit(main())
