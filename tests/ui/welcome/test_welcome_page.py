"""First run: the welcome page's two ways in, the demo's progress and its cancel."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
import shiboken6

from desktop_app.config import MedusaAuth
from desktop_app.services.app_services import AppServices
from desktop_app.services.demo import DemoError
from desktop_app.services.profiles import SaveResult
from desktop_app.ui.main_window import DEMO_READY, MainWindow
from desktop_app.ui.welcome import WelcomePage
from desktop_app.ui.welcome.page import CANCELLED, DEMO_MISSING
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY
from tests.ui.qt_support import wait_until
from tests.ui.test_first_hour_window import pulled, shown, use_fake_stack


class FakeDemo:
    """Stands in for AppServices.set_up_demo: reports steps, then waits to be released."""

    def __init__(self, outcome: SaveResult | Exception | None = None) -> None:
        self.outcome = outcome
        self.release = asyncio.Event()
        self.cancelled = False
        self.calls = 0

    async def __call__(self, on_line: Callable[[str], None]) -> SaveResult:
        self.calls += 1
        on_line("Starting PostgreSQL…")
        on_line("Installing Medusa (first start)…")
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome  # type: ignore[return-value]


def page_with(qtbot, demo: FakeDemo, **kwargs: object) -> WelcomePage:
    page = WelcomePage(demo, **kwargs)
    qtbot.addWidget(page)
    page.show()
    return page


async def test_the_demo_shows_its_steps_and_reports_ready(qtbot) -> None:
    demo = FakeDemo(outcome="saved")  # type: ignore[arg-type]
    page = page_with(qtbot, demo)
    ready: list[object] = []
    page.demoReady.connect(ready.append)
    page.demo_button.click()
    await wait_until(lambda: demo.calls == 1 and page.steps.blockCount() >= 2, 3, "steps")
    assert page.pages.currentWidget() is page.progress_view
    assert page.step_label.text() == "Installing Medusa (first start)…"
    assert page.steps.toPlainText().splitlines() == [
        "Starting PostgreSQL…",
        "Installing Medusa (first start)…",
    ]
    assert page.bar.isVisible() and page.cancel_button.isVisible()
    page.demo_button.click()  # a second click while it runs starts nothing
    demo.release.set()
    await wait_until(lambda: ready, 3, "ready")
    assert ready == ["saved"] and demo.calls == 1
    assert page.pages.currentWidget() is page.choices


async def test_cancel_stops_the_set_up_and_offers_the_choices_again(qtbot) -> None:
    demo = FakeDemo()
    page = page_with(qtbot, demo)
    ready: list[object] = []
    page.demoReady.connect(ready.append)
    page.demo_button.click()
    await wait_until(lambda: page.steps.blockCount() >= 2, 3, "steps")
    page.cancel_button.click()
    await wait_until(lambda: page.pages.currentWidget() is page.choices, 3, "choices")
    assert demo.cancelled and not page.running and not ready
    assert page.problem_label.isVisible() and page.problem_label.text() == CANCELLED
    assert page.demo_button.isEnabled() and page.connect_button.isEnabled()


async def test_a_failed_start_says_why_and_can_be_tried_again(qtbot) -> None:
    demo = FakeDemo(
        DemoError("Starting the local demo stack failed (exit code 1):\nport 9000 is already used")
    )
    page = page_with(qtbot, demo)
    page.demo_button.click()
    demo.release.set()
    await wait_until(lambda: page.problem_label.isVisible(), 3, "the failure")
    assert "port 9000 is already used" in page.problem_label.text()
    assert page.pages.currentWidget() is page.choices
    demo.release = asyncio.Event()
    page.demo_button.click()
    assert page.pages.currentWidget() is page.progress_view
    assert not page.problem_label.isVisible()
    page.cancel()
    await wait_until(lambda: not page.running, 3)


def test_without_the_stack_the_demo_is_not_offered(qtbot) -> None:
    page = page_with(qtbot, FakeDemo(), demo_available=False)
    assert not page.demo_button.isEnabled()
    assert DEMO_MISSING in [label.text() for label in page.findChildren(type(page.step_label))]


def test_connect_asks_the_host_for_the_profile_form(qtbot) -> None:
    page = page_with(qtbot, FakeDemo())
    asked: list[bool] = []
    page.connectRequested.connect(lambda: asked.append(True))
    page.connect_button.click()
    assert asked == [True]


# --- in the main window -----------------------------------------------------------------


@pytest.fixture
def first_run(qtbot, services: AppServices) -> MainWindow:
    win = shown(qtbot, services)
    win.start()
    yield win
    if shiboken6.isValid(win):  # qtbot may have closed it first
        win.close()


async def test_first_run_shows_the_welcome_page_not_a_silent_start(first_run: MainWindow) -> None:
    assert first_run.stack.currentWidget() is first_run.welcome
    assert not first_run.welcome.running and not first_run.progress.isVisible()
    assert not first_run.info_banner.isVisible()
    assert first_run.profile_combo.placeholderText() == "No shop yet"


async def test_connect_to_my_shop_tests_and_saves_a_profile(
    first_run: MainWindow, services: AppServices
) -> None:
    first_run.welcome.connect_button.click()
    dialog = first_run._settings
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == ""  # a new profile's form
    dialog.name_edit.setText("my-shop")
    dialog.medusa_url_edit.setText("http://m.test")
    dialog.auth_combo.setCurrentIndex(dialog.auth_combo.findData(MedusaAuth.SECRET_KEY))
    dialog.medusa_secret_edit.setText(SECRET_KEY)
    dialog.payload_url_edit.setText("http://p.test")
    dialog.payload_key_edit.setText(PAYLOAD_KEY)
    dialog.test_button.click()
    await wait_until(lambda: all(r.ok is not None for r in dialog.results.values()), 5, "test")
    assert all(r.ok for r in dialog.results.values())
    dialog.save_button.click()
    await pulled(first_run, 12)
    assert first_run.stack.currentWidget() is first_run.page
    assert services.profiles.load().active == "my-shop"
    dialog.reject()


async def test_try_the_demo_runs_the_demo_set_up_then_lists_it(
    qtbot, services: AppServices, tmp_path
) -> None:
    use_fake_stack(services, tmp_path)  # the same set-up `desktop-app demo` runs
    win = shown(qtbot, services)
    win.start()
    assert win.welcome.demo_button.isEnabled()
    win.welcome.demo_button.click()
    assert win.welcome.pages.currentWidget() is win.welcome.progress_view
    await pulled(win, 12)
    assert "stack is up" in win.welcome.steps.toPlainText()  # the stack's own lines
    assert win.profile is not None and win.profile.name == "Local-demo"
    assert win.info_banner.title_label.text() == DEMO_READY
    win.close()


async def test_removing_the_last_profile_brings_the_welcome_back(
    qtbot, services: AppServices, tmp_path
) -> None:
    use_fake_stack(services, tmp_path)
    win = shown(qtbot, services)
    win.start()
    win.welcome.demo_button.click()
    await pulled(win, 12)
    win.open_settings()
    win._settings.remove_profile("Local-demo", confirmed=True)
    await wait_until(lambda: win.stack.currentWidget() is win.welcome, 5, "welcome")
    win._settings.reject()
    win.close()
