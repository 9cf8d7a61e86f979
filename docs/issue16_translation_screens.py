"""The translation editor (issue 16): docs/screens/issue16-translation-editor.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue16_translation_screens.py \
        [--out DIR]

No network: the tests' fakes of the editorial stack (tests/translations/fakes.py: Payload
localised in en, de, fr; Medusa's Translation module with de-DE, fr-FR) and its recorded
capabilities. A product is pulled and translated into German (title, subtitle, SEO, both
descriptions), pushed; then its English description changes in Payload and a pull brings it:
the German description is outdated, the rest done, the SEO keywords still missing. The editor
shows German beside English, the merchant typing an update of the description.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from desktop_app.richtext import editor_markdown_to_lexical  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.ui.translations.window import TranslationWindow  # noqa: E402
from docs import window_shots  # noqa: E402
from docs.toothbrush import ENGLISH, GERMAN, add_toothbrush  # noqa: E402
from docs.window_shots import PROFILE, save_grab, settle  # noqa: E402
from tests.exchange.fakes import Clock  # noqa: E402
from tests.translations.fakes import (  # noqa: E402
    FixedCapabilities,
    LocalisedPayload,
    TranslatingMedusa,
    editorial_capabilities,
)

ENGLISH_NOW = ENGLISH + "\n- Plastic-free box"


def servers() -> tuple[TranslatingMedusa, LocalisedPayload, str]:
    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), LocalisedPayload(clock)
    pid = add_toothbrush(medusa, payload, description="Soft bamboo toothbrushes, four to a pack.")
    return medusa, payload, pid


async def shoot(out: Path) -> None:
    medusa, payload, pid = servers()
    store = CatalogStore.open(Path(tempfile.mkdtemp()) / "catalog.sqlite3")
    shop = Shop(
        PROFILE,
        medusa.client(),
        payload.client(),
        capability_cache=FixedCapabilities(await editorial_capabilities()),
    )
    catalog = OfflineCatalog(store, shop)
    await catalog.pull()
    await catalog.detect_translations()
    catalog.edit(
        pid,
        {
            "locales.de.title": "Bambus-Zahnbürste, 4er-Pack",
            "locales.de.subtitle": "Weiche Borsten",
            "locales.de.description": editor_markdown_to_lexical(GERMAN),
            "locales.de.seo.meta_title": "Bambus-Zahnbürsten im 4er-Pack",
            "locales.de.seo.meta_description": (
                "Plastikfreie Bambus-Zahnbürsten mit weichen Borsten."
            ),
            "translations.de-DE.title": "Bambus-Zahnbürste, 4er-Pack",
            "translations.de-DE.subtitle": "Weiche Borsten",
            "translations.de-DE.description": "Weiche Bambus-Zahnbürsten, vier im Pack.",
        },
    )
    await catalog.push()
    payload.touch(pid, description=editor_markdown_to_lexical(ENGLISH_NOW))
    await catalog.pull()

    window = TranslationWindow(catalog, pid, locale="de")
    window.resize(1500, 980)
    window.show()
    window.start()
    await settle(window)
    row = next(r for r in window.rows if r.unit.key == "description")
    row.set_text(GERMAN + "\n- Plastikfreie")
    row.target.moveCursor(row.target.textCursor().MoveOperation.End)
    row.target.setFocus()
    await settle(window)
    save_grab(window, out, "issue16-translation-editor.png")
    window.discard_and_close()
    await catalog.aclose()


def main() -> int:
    return window_shots.main(__doc__, shoot)


if __name__ == "__main__":
    raise SystemExit(main())
