"""The stack tests and benchmarks run against: its own state, database and ports.

Tests and benchmarks add products to the stack they use ("Test batch-…", "Crash crash-…",
thousands of "Bulk Product" rows), so they must never use the demo stack a user opens:
``scripts/run.sh`` and the app's demo set-up keep the default ``stack/.state`` on ports
9000/8000/54329. ``scripts/test.sh`` exports these settings before ``stack/up`` (run this
module to print them as shell exports); benchmarks apply them when they start.

A run that names a stack itself (``STACK_STATE_DIR`` set) keeps it, with its own ports.

The editorial stack (``stack/up --editorial``: Payload versions, drafts and localisation on
products, Medusa's translation module; docs/editorial.md) is a third one, beside the tests'
stack: ``python -m tests.support.stack_env --editorial`` prints its settings, and
``editorial_env()`` gives a subprocess environment for it (tests/e2e/editorial/conftest.py).
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping, MutableMapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STATE_DIR = REPO / "stack" / ".state-test"
TEST_STACK_ENV = {
    "STACK_STATE_DIR": str(STATE_DIR),
    "STACK_MEDUSA_PORT": "9100",
    "STACK_PAYLOAD_PORT": "8100",
    "STACK_PG_PORT": "54339",
}


EDITORIAL_STATE_DIR = REPO / "stack" / ".state-editorial"
EDITORIAL_STACK_ENV = {
    "STACK_STATE_DIR": str(EDITORIAL_STATE_DIR),
    "STACK_MEDUSA_PORT": "9300",
    "STACK_PAYLOAD_PORT": "8300",
    "STACK_PG_PORT": "54359",
    "STACK_EDITORIAL": "1",
}


def use_test_stack(environ: MutableMapping[str, str] = os.environ) -> dict[str, str]:
    """Point ``environ`` at the tests' stack unless it names one; return what it uses."""
    if "STACK_STATE_DIR" not in environ:
        # All together: ports or a PostgreSQL directory kept from the caller could be
        # the demo's (the tests' cluster then lives beside their state, see settings.py).
        environ.update(TEST_STACK_ENV)
        environ.pop("STACK_PG_DIR", None)
    return {key: environ[key] for key in TEST_STACK_ENV if key in environ}


def shell_exports(environ: MutableMapping[str, str] | None = None) -> str:
    """``export NAME=value`` lines for ``eval`` in a shell script (scripts/test.sh)."""
    env = dict(os.environ if environ is None else environ)
    chosen = use_test_stack(env)
    lines = [f"export {key}={shlex.quote(value)}" for key, value in chosen.items()]
    if "STACK_PG_DIR" not in env:
        lines.append("unset STACK_PG_DIR")
    return "\n".join(lines)


def editorial_settings(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The editorial stack's settings; ``STACK_EDITORIAL_<NAME>`` overrides one (a second
    checkout checked beside a running one needs its own state and ports)."""
    env = os.environ if environ is None else environ
    return {key: env.get(key.replace("STACK_", "STACK_EDITORIAL_", 1), value)
            for key, value in EDITORIAL_STACK_ENV.items()}


def editorial_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of ``environ`` pointed at the editorial stack, whatever stack it named."""
    env = dict(os.environ if environ is None else environ)
    env.update(editorial_settings(env))
    env.pop("STACK_PG_DIR", None)  # the cluster lives beside the editorial state
    return env


def editorial_exports() -> str:
    """``export`` lines for the editorial stack (they replace the tests' stack settings)."""
    lines = [f"export {key}={shlex.quote(value)}" for key, value in editorial_settings().items()]
    return "\n".join([*lines, "unset STACK_PG_DIR"])


if __name__ == "__main__":
    import sys

    print(editorial_exports() if "--editorial" in sys.argv[1:] else shell_exports())
