"""The main window in a newcomer's first hour (issue 15): no endless "Loading…" for a shop
that cannot be reached, and no "Demo shop ready" news that no longer holds."""

from __future__ import annotations

import json

import pytest
import shiboken6

from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import DEMO_READY, MainWindow
from desktop_app.ui.nothing_loaded import Failure, explain
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, shop_profile
from tests.services.test_demo import fake_stack
from tests.ui.qt_support import wait_until


def add_profile(services: AppServices, name: str = "Shop") -> None:
    services.profiles.save(shop_profile(name=name), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))


def use_fake_stack(services: AppServices, tmp_path) -> None:
    """A stand-in stackctl whose state file holds the fake servers' credentials."""
    stack = fake_stack(tmp_path)
    state_file = tmp_path / "state.json"
    state = json.loads(state_file.read_text())
    state["medusa"]["secret_key"] = SECRET_KEY
    state["payload"]["users"]["editor"]["api_key"] = PAYLOAD_KEY
    state_file.write_text(json.dumps(state))
    services.stack_dir = stack


def shown(qtbot, services: AppServices) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


async def pulled(win: MainWindow, rows: int) -> None:
    await wait_until(lambda: win.page is not None and not win.pulling
                     and win.page.model.rowCount() == rows, 10, f"{rows} rows pulled")


# --- a new profile whose servers cannot be reached ---------------------------------------


async def test_a_shop_that_cannot_be_reached_says_so_instead_of_loading_forever(
    qtbot, services: AppServices, shop: FakeShop
) -> None:
    shop.medusa.down = shop.payload.down = True  # e.g. a wrong address
    add_profile(services)
    win = shown(qtbot, services)
    win.start()
    await wait_until(lambda: all(b.isVisible() for b in win.banners.values()), 10, "banners")
    await wait_until(lambda: not win.pulling, 10, "pull ended")

    assert win.stack.currentWidget() is win.nothing_loaded
    assert "Loading" not in win.empty_label.text() or not win.empty_label.isVisible()
    panel = win.nothing_loaded
    assert panel.title_label.text() == "Nothing could be loaded"
    text = panel.message_label.text()
    assert text.startswith("Medusa and Payload could not be reached")
    assert "server addresses in Settings" in text
    assert not panel.demo_button.isVisible()  # this installation has no demo stack
    assert panel.retry_button.isVisible() and panel.settings_button.isVisible()
    assert not win.progress.isVisible()

    panel.settings_button.click()
    assert win._settings is not None and win._settings.isVisible()
    win._settings.close()

    shop.medusa.down = shop.payload.down = False  # the address is right again
    panel.retry_button.click()
    assert win.stack.currentWidget() is win.empty_label  # loading again, not failed
    await pulled(win, 12)
    assert win.stack.currentWidget() is win.page
    win.close()


async def test_the_demo_is_offered_where_it_is_installed(
    qtbot, services: AppServices, shop: FakeShop, tmp_path
) -> None:
    use_fake_stack(services, tmp_path)
    shop.medusa.down = shop.payload.down = True
    add_profile(services)
    win = shown(qtbot, services)
    win.start()
    await wait_until(lambda: win.stack.currentWidget() is win.nothing_loaded, 10, "failure")
    panel = win.nothing_loaded
    assert panel.demo_button.isVisible()
    assert "start the local demo shop" in panel.message_label.text()

    shop.medusa.down = shop.payload.down = False
    panel.demo_button.click()
    await wait_until(lambda: win.profile is not None and win.profile.name == "Local-demo",
                     10, "the demo profile")
    await pulled(win, 12)
    win.close()


async def test_a_demo_that_cannot_start_leaves_the_shop_shown(
    qtbot, services: AppServices, shop: FakeShop, tmp_path
) -> None:
    services.stack_dir = fake_stack(tmp_path, up_exit=1)
    shop.medusa.down = shop.payload.down = True
    add_profile(services)
    win = shown(qtbot, services)
    win.start()
    await wait_until(lambda: win.stack.currentWidget() is win.nothing_loaded, 10, "failure")
    win.nothing_loaded.demo_button.click()
    assert win.info_banner.title_label.text() == "Local demo shop"  # not "No shop configured"
    assert win.stack.currentWidget() is win.empty_label  # "Setting up the local demo shop"
    await wait_until(lambda: win.info_banner.title_label.text() == "Demo shop unavailable",
                     10, "demo failed")
    assert win.stack.currentWidget() is win.nothing_loaded
    assert win.profile.name == "Shop"
    win.close()


def test_the_explanation_names_each_cause_and_its_remedy() -> None:
    text = explain({"Medusa": Failure.CREDENTIALS, "Payload": Failure.UNREACHABLE},
                   demo=False)
    assert text.startswith("Medusa refused this profile's credentials; "
                           "Payload could not be reached, so this shop has no copy")
    assert "Check the server addresses and the keys in Settings" in text
    assert "demo" not in text


# --- "Demo shop ready" only while it holds ---------------------------------------------


@pytest.fixture
async def demo(qtbot, services: AppServices, tmp_path) -> MainWindow:
    use_fake_stack(services, tmp_path)
    win = shown(qtbot, services)
    win.start()
    win.welcome.demo_button.click()  # the first run's "Try the demo shop"
    await pulled(win, 12)
    assert win.info_banner.isVisible() and win.info_banner.title_label.text() == DEMO_READY
    yield win
    if shiboken6.isValid(win):  # qtbot may have closed it first
        win.close()


async def test_demo_news_goes_when_switching_to_another_shop(
    demo: MainWindow, services: AppServices
) -> None:
    add_profile(services, "Other")
    demo._refresh_profiles()
    index = demo.profile_combo.findData("Other")
    demo.profile_combo.setCurrentIndex(index)
    demo.profile_combo.activated.emit(index)
    await pulled(demo, 12)
    assert not demo.info_banner.isVisible()


async def test_demo_news_goes_when_a_server_goes_offline(
    demo: MainWindow, shop: FakeShop
) -> None:
    shop.payload.down = True
    await demo.page.catalog.probe()  # what the 30 s monitor does
    assert not demo.info_banner.isVisible()


async def test_demo_news_goes_when_a_pull_fails(demo: MainWindow, shop: FakeShop) -> None:
    shop.medusa.list_status = 500
    demo.reload()
    await wait_until(lambda: demo.banners["Medusa"].isVisible(), 10, "Medusa banner")
    assert not demo.info_banner.isVisible()


async def test_the_shop_box_is_not_blank_before_the_first_shop(
    qtbot, services: AppServices, tmp_path
) -> None:
    use_fake_stack(services, tmp_path)
    win = shown(qtbot, services)
    win.start()  # no profile yet: the welcome page
    combo = win.profile_combo
    assert combo.currentIndex() == -1 and combo.placeholderText() == "No shop yet"
    win.welcome.demo_button.click()
    await pulled(win, 12)
    assert combo.currentText() == "Local-demo"
    win.close()
