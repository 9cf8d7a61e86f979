"""Getting secrets from the user without ever taking them as CLI arguments.

Arguments are visible to every local user in ``ps`` / ``/proc/*/cmdline`` and
land in shell history, so secrets come from (in this order):

1. an environment variable such as ``DESKTOP_APP_MEDUSA_PASSWORD`` (for scripts),
2. standard input when it is not a terminal, one secret per line, in the order
   the command documents (e.g. ``printf '%s\\n' "$PW" "$KEY" | desktop-app ...``),
3. an interactive ``getpass`` prompt (no echo).
"""

from __future__ import annotations

import getpass
import os
import sys

from desktop_app.secrets import Secret, SecretKind


class SecretInputError(Exception):
    """No secret could be obtained; the message says how to provide it."""


def read_secret(kind: SecretKind, profile: str, *, allow_stdin: bool = True) -> Secret:
    from_env = os.environ.get(kind.env_var, "")
    if from_env:
        return Secret(from_env)
    stdin = sys.stdin
    if stdin is not None and not stdin.isatty():
        if not allow_stdin:
            raise SecretInputError(
                f"no {kind.label} for profile {profile!r}: set {kind.env_var} "
                "or run interactively to be prompted"
            )
        line = stdin.readline()
        value = line.rstrip("\r\n")
        if not value:
            raise SecretInputError(
                f"expected the {kind.label} on standard input (one secret per line), "
                f"got {'end of input' if not line else 'an empty line'}; "
                f"or set {kind.env_var}"
            )
        return Secret(value)
    value = getpass.getpass(f"{kind.label} for profile {profile!r}: ")
    if not value:
        raise SecretInputError(f"no {kind.label} entered")
    return Secret(value)
