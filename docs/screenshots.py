"""Render the real windows and save docs/main-window.png and docs/settings-dialog.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py [--fake]

Against the running local stack (stack/up) by default; ``--fake`` uses in-process
fake servers filled with the demo catalog's titles. Never touches the user's
profiles or keyring: a temporary config dir and an in-memory secret store.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import runpy
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import MedusaAuth, Profile, ProfileStore  # noqa: E402
from desktop_app.secrets import InMemorySecretStore, Secret  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.services.transports import Transports  # noqa: E402

DOCS = REPO / "docs"


FAKE_PAYLOAD = None  # the fake Payload server in --fake mode, to break it for the banner shot


def fake_services(config: Path) -> AppServices:
    global FAKE_PAYLOAD
    from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeMedusa, FakePayload

    demo = runpy.run_path(str(REPO / "stack" / "stackctl" / "catalog.py"))["DEMO"]
    statuses = ["published"] * 5 + ["draft", "published", "proposed"]
    products = []
    for n, (title, _sub, options, *_rest) in enumerate(demo):
        variants = 1
        for values in options.values():
            variants *= len(values)
        products.append({
            "id": f"prod_01M8DPGV{n:04d}", "title": title,
            "handle": "demo-" + title.lower().replace(" ", "-").replace("'", ""),
            "status": statuses[n % len(statuses)],
            "updated_at": f"2026-11-{27 - n % 9:02d}T{8 + n % 10:02d}:{n % 60:02d}:24.797Z",
            "variants": [{"id": f"variant_{n}_{v}"} for v in range(variants)],
        })
    medusa = FakeMedusa(products=products)
    payload = FakePayload()
    FAKE_PAYLOAD = payload
    for p in products[:-3]:  # a few products never reached Payload
        payload.docs.append({"id": len(payload.docs) + 1, "medusa_id": p["id"],
                             "title": p["title"], "updatedAt": p["updated_at"]})
    services = AppServices(
        ProfileService(ProfileStore(config), InMemorySecretStore()),
        transports=Transports(medusa=medusa.transport, payload=payload.transport),
    )
    services.profiles.save(
        Profile(name="Local-demo", medusa_url="http://127.0.0.1:9000",
                medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://127.0.0.1:8000"),
        medusa_secret=Secret(SECRET_KEY), payload_secret=Secret(PAYLOAD_KEY),
    )
    return services


def stack_services(config: Path) -> AppServices:
    from tests.support.stack import read_stack_info

    info = read_stack_info()
    services = AppServices(ProfileService(ProfileStore(config), InMemorySecretStore()))
    services.profiles.save(
        Profile(name="Local-demo", medusa_url=info.medusa_url, medusa_auth=MedusaAuth.SECRET_KEY,
                payload_url=info.payload_url),
        medusa_secret=Secret(info.medusa_secret_key), payload_secret=Secret(info.editor_key),
    )
    return services


async def wait_for(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish loading")
        await asyncio.sleep(0.05)


async def shoot(window) -> None:
    window.resize(1280, 780)
    window.show()
    window.start()
    await wait_for(lambda: window.page is not None and not window.pulling, 180)
    await asyncio.sleep(0.3)  # let the last paint settle
    window.grab().save(str(DOCS / "main-window.png"))
    print(f"saved {DOCS / 'main-window.png'}")

    window.open_settings()
    dialog = window._settings
    assert dialog is not None
    await asyncio.sleep(0.2)
    dialog.test_button.click()
    await wait_for(lambda: all(r.ok is not None for r in dialog.results.values()), 30)
    await asyncio.sleep(0.3)
    dialog.grab().save(str(DOCS / "settings-dialog.png"))
    print(f"saved {DOCS / 'settings-dialog.png'}")
    dialog.close()

    if FAKE_PAYLOAD is not None:
        # Also show the failure banner: Payload answers 500, Medusa's rows stay.
        FAKE_PAYLOAD.find_status = 500
        window.reload()
        await wait_for(lambda: not window.pulling)
        await asyncio.sleep(0.3)
        window.grab().save(str(DOCS / "main-window-payload-down.png"))
        print(f"saved {DOCS / 'main-window-payload-down.png'}")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fake", action="store_true", help="use fake servers, not the stack")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    import qasync
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp)
        os.environ["DESKTOP_APP_DATA_DIR"] = str(config / "data")  # a fresh local store
        services = fake_services(config) if args.fake else stack_services(config)
        # Built outside the coroutine, like app.py does: a window that is garbage
        # collected inside the loop's last task crashed PySide at exit.
        window = MainWindow(services)
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(shoot(window))
        # Destroy the window while the QApplication still exists (see app.py).
        shiboken6.delete(window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
