"""App-wide preferences (not per shop), declared and validated once.

Kept in ``settings.json`` beside ``profiles.json``. Each setting is a typed
field with its default here; windows read the validated model and write it
back through :class:`AppSettingsStore`, so a typo in the file is reported with
its field instead of being half-applied.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from desktop_app.config.atomic import atomic_write_text
from desktop_app.config.errors import ConfigError, format_validation_error
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
        path = self.path
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return AppSettings()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        try:
            return AppSettings.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, str(path))) from None

    def load_or_default(self) -> tuple[AppSettings, ConfigError | None]:
        """The settings, or the defaults plus the reason the file was not usable."""
        try:
            return self.load(), None
        except ConfigError as exc:
            return AppSettings(), exc

    def save(self, settings: AppSettings) -> None:
        try:
            settings = AppSettings.model_validate(settings.model_dump(mode="json"))
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, str(self.path))) from None
        atomic_write_text(self.path, json.dumps(settings.model_dump(mode="json"), indent=2) + "\n")

    def update(self, **changes: object) -> AppSettings:
        """Change some settings, keeping the others as the file has them now."""
        try:
            merged = AppSettings.model_validate({**self.load().model_dump(), **changes})
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, str(self.path))) from None
        self.save(merged)
        return merged
