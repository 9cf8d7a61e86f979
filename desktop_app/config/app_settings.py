"""App-wide preferences (not per shop), declared and validated once.

Kept in ``settings.json`` beside ``profiles.json``. Each setting is a typed
field with its default here; windows read the validated model and write it
back through :class:`AppSettingsStore`, so a typo in the file is reported with
its field instead of being half-applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from desktop_app.config.errors import ConfigError
from desktop_app.config.json_file import load_model, save_model, validated
from desktop_app.config.paths import config_dir

SETTINGS_FILE = "settings.json"

Theme = Literal["system", "light", "dark"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
# "system" follows the desktop's locale; otherwise a language the app ships.
Language = Literal["system", "en", "de", "fr"]


class AppSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    theme: Theme = "system"
    log_level: LogLevel = "WARNING"
    language: Language = "system"


class AppSettingsStore:
    """Reads and atomically rewrites ``settings.json``; a missing file means defaults."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @property
    def path(self) -> Path:
        return (self._directory or config_dir()) / SETTINGS_FILE

    def load(self) -> AppSettings:
        return load_model(self.path, AppSettings, AppSettings)

    def load_or_default(self) -> tuple[AppSettings, ConfigError | None]:
        """The settings, or the defaults plus the reason the file was not usable."""
        try:
            return self.load(), None
        except ConfigError as exc:
            return AppSettings(), exc

    def save(self, settings: AppSettings) -> None:
        save_model(self.path, settings)

    def update(self, **changes: object) -> AppSettings:
        """Change some settings, keeping the others as the file has them now."""
        merged = validated(self.path, AppSettings, {**self.load().model_dump(), **changes})
        self.save(merged)
        return merged
