"""The composition root runs the real window on the qasync loop and closes cleanly."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import app
from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import Secret
from desktop_app.store import CatalogStore
from desktop_app.ui.main_window import MainWindow


def test_main_opens_the_profiles_store_reports_unreachable_servers_and_exits(
    qapp, app_dirs
) -> None:
    services = app.build_services()
    # Port 9 (discard) on loopback: nothing listens, so both servers are unreachable.
    services.profiles.save(
        Profile(name="Shop", medusa_url="http://127.0.0.1:9", medusa_auth=MedusaAuth.SECRET_KEY,
                payload_url="http://127.0.0.1:9"),
        medusa_secret=Secret("sk_test"), payload_secret=Secret("key"),
    )
    seen: dict[str, object] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, watch)
            return
        window = windows[0]
        if window.page is None or window.pulling:
            QTimer.singleShot(50, watch)
            return
        seen["title"] = window.windowTitle()
        seen["banner"] = window.banners["Medusa"].message_label.text()
        seen["catalog"] = window.page.catalog
        window.close()

    QTimer.singleShot(0, watch)
    assert app.main([]) == 0

    assert str(seen["title"]).startswith("Shop")
    assert "127.0.0.1:9" in str(seen["banner"])
    catalog = seen["catalog"]
    try:
        catalog._store.conn.execute("SELECT 1")
        closed = False
    except Exception:
        closed = True
    assert closed, "the store was closed before the loop ended"
    reopened = CatalogStore.for_profile("Shop")  # the file is there and not corrupt
    assert reopened.product_count() == 0
    reopened.close()
