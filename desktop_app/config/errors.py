"""Config errors carry a message meant for the user, already formatted."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError


class ConfigError(Exception):
    """Invalid or unreadable settings; ``str(exc)`` is shown to the user as is."""


class ProfileNotFoundError(ConfigError):
    pass


class DuplicateProfileError(ConfigError):
    pass


def _loc(parts: Iterable[int | str]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def format_validation_error(exc: ValidationError, source: str) -> str:
    """One line per problem, ``<source>: <field>: <reason>``.

    Input values are deliberately not echoed: our validators quote the value
    themselves where that is safe, and a URL with embedded credentials must
    never end up in a message.
    """
    lines = []
    for err in exc.errors(include_input=False, include_url=False):
        msg = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
        where = _loc(err["loc"])
        lines.append(f"{source}: {where}: {msg}" if where else f"{source}: {msg}")
    return "\n".join(lines)
