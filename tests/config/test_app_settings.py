import json

import pytest

from desktop_app.config import AppSettings, AppSettingsStore, ConfigError


def test_missing_file_gives_defaults(tmp_path):
    assert AppSettingsStore(tmp_path).load() == AppSettings()
    assert AppSettings().theme == "system" and AppSettings().log_level == "WARNING"


def test_update_keeps_other_settings_and_round_trips(tmp_path):
    store = AppSettingsStore(tmp_path)
    store.update(theme="dark")
    store.update(log_level="DEBUG")
    loaded = store.load()
    assert (loaded.theme, loaded.log_level, loaded.language) == ("dark", "DEBUG", "system")
    assert (store.path.stat().st_mode & 0o777) == 0o600


def test_bad_value_names_the_field_and_is_not_written(tmp_path):
    store = AppSettingsStore(tmp_path)
    store.update(theme="light")
    with pytest.raises(ConfigError, match="theme"):
        store.update(theme="purple")
    assert store.load().theme == "light"


def test_unusable_file_falls_back_to_defaults_with_reason(tmp_path):
    store = AppSettingsStore(tmp_path)
    store.path.write_text(json.dumps({"theme": "dark", "colour": 1}))
    settings, problem = store.load_or_default()
    assert settings == AppSettings()
    assert problem is not None and "colour" in str(problem)
    store.path.write_text("{not json")
    assert "not valid JSON" in str(store.load_or_default()[1])
