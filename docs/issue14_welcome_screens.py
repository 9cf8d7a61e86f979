"""First run and diagnostics (issue 14): docs/screens/issue14-welcome.png,
issue14-welcome-demo.png and issue14-diagnostics.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue14_welcome_screens.py \
        [--out DIR]

No network and no stack started: the welcome page of a first run (no profile); its "Try
the demo shop" with a stand-in set-up that reports the stack's usual first steps; and
Help › Copy diagnostics for a profile on the tests' fake servers (a few problems logged
first, one of them holding a key, to show the scrub).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
SCRATCH = Path(tempfile.mkdtemp(prefix="issue14-welcome-"))
os.environ["DESKTOP_APP_CONFIG_DIR"] = str(SCRATCH / "config")
os.environ["DESKTOP_APP_DATA_DIR"] = str(SCRATCH / "data")
os.environ["DESKTOP_APP_LOG_DIR"] = str(SCRATCH / "log")

from desktop_app.config import ProfileStore  # noqa: E402
from desktop_app.diagnostics.logs import setup_logging, teardown_logging  # noqa: E402
from desktop_app.secrets import InMemorySecretStore, Secret  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.demo import STACK_DIR  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from docs.window_shots import out_dir, run, save_grab, settle  # noqa: E402
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, fake_shop, shop_profile  # noqa: E402

SIZE = (1240, 760)
STEPS = (
    "PostgreSQL 16 is up on port 54329",
    "Medusa: installing packages (first start)…",
    "Medusa: migrations and seed data…",
    "Payload: building the admin UI…",
)


def window_for(services: AppServices) -> MainWindow:
    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    return window


async def until(done: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if done():
            return
        await asyncio.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


async def welcome(out: Path) -> None:
    services = AppServices(
        ProfileService(ProfileStore(), InMemorySecretStore()), stack_dir=STACK_DIR
    )
    window = window_for(services)
    window.start()
    await settle(window)
    save_grab(window, out, "issue14-welcome.png")

    release = asyncio.Event()

    async def stand_in(on_line: Callable[[str], None]) -> object:
        for line in STEPS:
            on_line(line)
        await release.wait()
        raise asyncio.CancelledError

    window.welcome._start_demo = stand_in
    window.welcome.demo_button.click()
    # Let the set-up's task start before settle() processes events inside this one (a
    # task step run from within another task's is refused by asyncio).
    await until(lambda: window.welcome.steps.blockCount() >= len(STEPS), "the steps")
    await settle(window)
    save_grab(window, out, "issue14-welcome-demo.png")
    window.welcome.cancel()
    await until(lambda: not window.welcome.running, "the cancel")
    window.close()


async def diagnostics(out: Path) -> None:
    shop = fake_shop(count=12, linked=10)
    services = AppServices(
        ProfileService(ProfileStore(), InMemorySecretStore()), transports=shop.transports
    )
    services.profiles.save(
        shop_profile(name="Northwind"),
        medusa_secret=Secret(SECRET_KEY),
        payload_secret=Secret(PAYLOAD_KEY),
    )
    window = window_for(services)
    window.start()
    await until(lambda: window.page is not None and not window.pulling, "the pull")
    log = logging.getLogger("desktop_app.exchange.push")
    log.warning("Payload answered 423 for product prod_0003: locked by editor@example.com")
    log.error("request failed: Authorization: users API-Key %s", PAYLOAD_KEY)
    dialog = window.diagnostics.copy()
    await until(lambda: dialog.copy_button.isEnabled(), "the report")
    dialog.resize(940, 700)
    await settle(dialog)
    # From the recent problems on: the scrubbed key, the servers, the doctor.
    lines = dialog.report().splitlines()
    dialog.text.verticalScrollBar().setValue(lines.index("== Recent warnings and errors =="))
    await settle(dialog)
    save_grab(dialog, out, "issue14-diagnostics.png")
    dialog.reject()
    window.close()


async def pictures() -> None:
    out = out_dir(__doc__)
    setup_logging("WARNING", console=False)
    try:
        await welcome(out)
        await diagnostics(out)
    finally:
        teardown_logging()


if __name__ == "__main__":
    raise SystemExit(run(pictures))
