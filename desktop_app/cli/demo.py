"""``desktop-app demo``: set up the local demo shop headless, as the GUI does on first start.

Starts the local stack (``stack/up``, progress on stderr) and saves the active
"Local-demo" profile with the stack's keys in the OS keyring, through the same
``desktop_app.services.demo`` the GUI uses, so ``products list``, ``pull`` and the
rest work on a fresh machine without opening the GUI first.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from desktop_app.config import ConfigError, ProfileStore
from desktop_app.secrets import SecretKind, SecretStoreUnavailable, open_secret_store
from desktop_app.services import demo
from desktop_app.services.profiles import ProfileService
from desktop_app.store import StoreError

EXIT_OK = 0
EXIT_FAILED = 1

# What the commands that need a profile say when there is none.
NO_PROFILE = ("no profile configured; add one with 'desktop-app profiles add', "
              "or set up the local demo shop with 'desktop-app demo'")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="start the local demo shop and make it the active profile",
        description="Start the local Medusa + Payload demo stack (stack/up; the first run "
        "installs and seeds it, which takes a few minutes) and save the active profile "
        f"{demo.DEMO_PROFILE!r} for it, its keys in the OS keyring: what the GUI does on its "
        "first start. Progress goes to stderr. Running it again refreshes the profile.",
    )
    parser.set_defaults(func=cmd_demo)


def _progress(line: str) -> None:
    print(f"[demo] {line}", file=sys.stderr, flush=True)


def cmd_demo(args: argparse.Namespace, stack_dir: Path = demo.STACK_DIR) -> int:
    secrets = open_secret_store()
    service = ProfileService(ProfileStore(), secrets)
    try:
        result = asyncio.run(demo.set_up_demo(service, _progress, stack_dir=stack_dir))
    except demo.DemoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (ConfigError, StoreError, SecretStoreUnavailable) as exc:
        print(f"error: the demo profile could not be saved: {exc}", file=sys.stderr)
        return EXIT_FAILED
    profile = result.profile
    print(f"The local demo shop is ready: profile {profile.name!r} (active).")
    print(f"  Medusa   {profile.medusa_url}\n  Payload  {profile.payload_url}")
    if result.persisted:
        print(f"Its keys are in the OS keyring ({secrets.status.backend}). "
              "Try: desktop-app products list")
    else:
        # Kept in this process only: later commands need the keys from the environment.
        names = " and ".join(k.env_var for k in (SecretKind.MEDUSA_SECRET_KEY,
                                                   SecretKind.PAYLOAD_API_KEY))
        print(f"warning: its keys were NOT saved: {secrets.status.message or ''} Later "
              f"commands read them from {names} ('stack/status --secrets' shows them).",
              file=sys.stderr)
    return EXIT_OK
