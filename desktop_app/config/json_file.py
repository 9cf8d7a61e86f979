"""A settings file: one pydantic model as JSON, read with errors the user can act on and
written atomically (mode 0600)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from desktop_app.config.atomic import atomic_write_text
from desktop_app.config.errors import ConfigError, format_validation_error

M = TypeVar("M", bound=BaseModel)


def load_model(path: Path, model: type[M], missing: Callable[[], M]) -> M:
    """The file's content as ``model``; ``missing()`` when there is no file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return missing()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    return validated(path, model, data)


def validated(path: Path, model: type[M], data: object) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, str(path))) from None


def save_model(path: Path, value: BaseModel) -> None:
    """Write ``value`` after validating it again: a caller may have built it with
    ``model_construct`` or changed it; nothing ``load_model`` would refuse is written."""
    checked = validated(path, type(value), value.model_dump(mode="json"))
    text = json.dumps(checked.model_dump(mode="json"), indent=2, sort_keys=False) + "\n"
    atomic_write_text(path, text, mode=0o600)
