"""Non-secret settings: paths and shop profiles."""

from desktop_app.config.errors import ConfigError, DuplicateProfileError, ProfileNotFoundError
from desktop_app.config.paths import config_dir, data_dir
from desktop_app.config.profiles import MedusaAuth, Profile, ProfilesFile, ProfileStore

__all__ = [
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
