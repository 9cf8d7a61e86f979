"""Non-secret settings: paths, app-wide preferences and shop profiles."""

from desktop_app.config.app_settings import AppSettings, AppSettingsStore
from desktop_app.config.errors import ConfigError, DuplicateProfileError, ProfileNotFoundError
from desktop_app.config.paths import config_dir, data_dir
from desktop_app.config.profiles import MedusaAuth, Profile, ProfilesFile, ProfileStore

__all__ = [
    "AppSettings",
    "AppSettingsStore",
    "ConfigError",
    "DuplicateProfileError",
    "MedusaAuth",
    "Profile",
    "ProfileNotFoundError",
    "ProfileStore",
    "ProfilesFile",
    "config_dir",
    "data_dir",
]
