"""Settings › Log detail: saved in settings.json and applied to the running log at once."""

from __future__ import annotations

import logging

from desktop_app.config import AppSettingsStore
from desktop_app.diagnostics import logs
from desktop_app.services.app_services import AppServices
from desktop_app.ui.diagnostics.log_level import LogLevelBox
from desktop_app.ui.settings_dialog import SettingsDialog


def test_choosing_a_level_saves_it_and_applies_it(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(logs.LEVEL_ENV, raising=False)
    path = logs.setup_logging("WARNING", tmp_path / "log", console=False)
    try:
        box = LogLevelBox()
        qtbot.addWidget(box)
        assert box.combo.currentData() == "WARNING"  # the default
        box.combo.setCurrentIndex(box.combo.findData("DEBUG"))
        box.combo.activated.emit(box.combo.currentIndex())
        logging.getLogger("desktop_app.box").debug("now in the file")
        assert AppSettingsStore().load().log_level == "DEBUG"
        assert LogLevelBox().combo.currentData() == "DEBUG"  # read back next time
    finally:
        logs.teardown_logging()
    assert "now in the file" in path.read_text()


def test_the_settings_dialog_has_it(qtbot, services: AppServices) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.findChild(LogLevelBox) is not None
