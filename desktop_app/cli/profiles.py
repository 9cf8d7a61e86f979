"""``desktop-app profiles add|list|edit|remove|use|test``.

A profile's local store follows it: ``edit --rename`` moves it, and a server change or
``remove`` retires it to a backup. Edits not sent yet are never carried to another
server: with some waiting, ``edit`` (new URL) and ``remove`` ask first on a terminal
and need ``--yes`` otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import Callable
from typing import TypeVar

from desktop_app.cli.secret_input import SecretInputError, read_secret
from desktop_app.config import ConfigError, MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import (
    Secret,
    SecretKind,
    SecretStoreUnavailable,
    open_secret_store,
)
from desktop_app.services.profiles import PendingEditsError, ProfileService
from desktop_app.store import StoreError

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_SECRETS_HELP = """\
Secrets are never taken as arguments (they would show up in `ps` and shell
history). They come from, in this order: the environment variables
DESKTOP_APP_MEDUSA_PASSWORD / DESKTOP_APP_MEDUSA_SECRET_KEY and
DESKTOP_APP_PAYLOAD_API_KEY; standard input when it is not a terminal, one per
line: first the Medusa password or secret key, then the Payload API key; or a
hidden prompt.
"""


_YES_HELP = ("go ahead even if edits were not sent yet (they are kept in a backup and "
             "never sent); without it a terminal is asked, a script fails")


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def register(subparsers: argparse._SubParsersAction) -> None:
    profiles = subparsers.add_parser(
        "profiles", help="manage shop profiles", description="Manage shop profiles."
    )
    sub = profiles.add_subparsers(dest="profiles_command", metavar="COMMAND", required=True)

    add = sub.add_parser(
        "add",
        help="add a shop profile and store its secrets in the OS keyring",
        description="Add a shop profile.",
        epilog=_SECRETS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("--name", required=True)
    add.add_argument("--medusa-url", required=True, metavar="URL")
    auth = add.add_mutually_exclusive_group(required=True)
    auth.add_argument(
        "--medusa-email", metavar="EMAIL", help="log in to Medusa as this admin user (password)"
    )
    auth.add_argument(
        "--medusa-secret-key-stdin",
        action="store_true",
        help="log in to Medusa with a secret API key read from stdin/env/prompt",
    )
    add.add_argument("--payload-url", required=True, metavar="URL")
    add.add_argument(
        "--payload-collection",
        default="users",
        metavar="SLUG",
        help="Payload auth collection that owns the API key (default: users)",
    )
    add.add_argument("--activate", action="store_true", help="make it the active profile")
    add.set_defaults(func=cmd_add)

    lst = sub.add_parser("list", help="list profiles (never shows secrets)")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_list)

    edit = sub.add_parser(
        "edit",
        help="rename a profile or point it at other servers (its secrets are kept)",
        description="Change a profile. Its local store moves with a rename; a new server "
        "URL starts an empty store (the old one is kept as a backup, its unsent edits are "
        "never sent to the new server).",
    )
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW_NAME")
    edit.add_argument("--medusa-url", metavar="URL")
    edit.add_argument("--payload-url", metavar="URL")
    edit.add_argument("--payload-collection", metavar="SLUG")
    edit.add_argument("--yes", action="store_true", help=_YES_HELP)
    edit.set_defaults(func=cmd_edit)

    rm = sub.add_parser(
        "remove", help="delete a profile and its keyring entries (its local store is kept "
        "as a backup)")
    rm.add_argument("name")
    rm.add_argument("--yes", action="store_true", help=_YES_HELP)
    rm.set_defaults(func=cmd_remove)

    use = sub.add_parser("use", help="make a profile the active one")
    use.add_argument("name")
    use.set_defaults(func=cmd_use)

    test = sub.add_parser(
        "test",
        help="check that both servers of a profile accept its credentials",
        epilog="Secrets missing from the keyring are taken from the same environment "
        "variables as for 'add', or prompted for.",
    )
    test.add_argument("name", nargs="?", help="profile to test (default: the active one)")
    test.add_argument("--timeout", type=float, default=15.0, help="seconds per server")
    test.set_defaults(func=cmd_test)


def cmd_add(args: argparse.Namespace) -> int:
    store = ProfileStore()
    data = {
        "name": args.name,
        "medusa_url": args.medusa_url,
        "medusa_auth": (
            MedusaAuth.SECRET_KEY if args.medusa_secret_key_stdin else MedusaAuth.EMAIL_PASSWORD
        ),
        "medusa_email": args.medusa_email,
        "payload_url": args.payload_url,
        "payload_auth_collection": args.payload_collection,
    }
    try:
        profile = Profile.parse(data, source="profile")
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_USAGE
    secret_store = open_secret_store()
    service = ProfileService(store, secret_store)
    try:
        service.ensure_name_free(profile.name)  # before asking for any secret
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_FAILED

    try:
        secrets = {kind: read_secret(kind, profile.name) for kind in profile.required_secrets()}
    except SecretInputError as exc:
        _err(str(exc))
        return EXIT_USAGE

    try:
        # Same check the API client applies (e.g. a secret key must start with
        # "sk_"), so a typo is caught now rather than at the first connection.
        from desktop_app.services.shop import medusa_credentials

        medusa_credentials(profile, secrets[profile.medusa_secret])
    except ValueError as exc:  # messages never echo the value
        _err(str(exc))
        return EXIT_USAGE

    try:
        result = service.save(
            profile,
            medusa_secret=secrets[profile.medusa_secret],
            payload_secret=secrets[SecretKind.PAYLOAD_API_KEY],
            activate=args.activate,
        )
    except (ConfigError, StoreError) as exc:
        # Do not leave secrets behind for a profile that does not exist.
        with contextlib.suppress(SecretStoreUnavailable):
            secret_store.delete_all_for_profile(profile.name)
        _err(str(exc))
        return EXIT_FAILED

    active = store.load().active == profile.name
    print(f"Added profile {profile.name!r}{' (active)' if active else ''}.")
    if result.backup is not None:
        print(f"A local store left under this name was moved aside to {result.backup}.")
    if result.persisted:
        print(f"Secrets saved in the OS keyring ({secret_store.status.backend}).")
    else:
        _warn(f"secrets were NOT saved. {secret_store.status.message}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    try:
        data = ProfileStore().load()
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_FAILED
    if args.json:
        # Same shape as profiles.json, which by construction holds no secrets.
        print(json.dumps(data.model_dump(mode="json"), indent=2))
        return EXIT_OK
    if not data.profiles:
        print("No profiles yet. Add one with: desktop-app profiles add --help")
        return EXIT_OK
    for p in data.profiles:
        mark = "*" if p.name == data.active else " "
        login = (
            f"email {p.medusa_email}"
            if p.medusa_auth is MedusaAuth.EMAIL_PASSWORD
            else "secret API key"
        )
        print(f"{mark} {p.name}")
        print(f"    Medusa:  {p.medusa_url}  ({login})")
        print(f"    Payload: {p.payload_url}  (API key, collection {p.payload_auth_collection})")
    return EXIT_OK


def _confirmed(exc: PendingEditsError, question: str, yes: bool) -> bool:
    """``--yes``, or a "y" typed on a terminal; a script without ``--yes`` is refused."""
    if yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        _err(f"{exc} Run again with --yes to go ahead.")
        return False
    print(str(exc), file=sys.stderr)
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _with_confirmation(
    action: Callable[[bool], T], question: str, yes: bool
) -> T | None:
    """Run ``action(confirmed)``; if it needs confirmation, ask and run it again (None: no)."""
    try:
        return action(yes)
    except PendingEditsError as exc:
        if not _confirmed(exc, question, yes):
            return None
        return action(True)


def cmd_edit(args: argparse.Namespace) -> int:
    service = ProfileService(ProfileStore(), open_secret_store())
    try:
        old = service.store.get(args.name)
        changes = {
            "name": args.rename, "medusa_url": args.medusa_url,
            "payload_url": args.payload_url, "payload_auth_collection": args.payload_collection,
        }
        data = {**old.model_dump(mode="json"),
                **{k: v for k, v in changes.items() if v is not None}}
        profile = Profile.parse(data, source="profile")
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_FAILED
    if profile == old:
        print(f"Profile {old.name!r} unchanged.")
        return EXIT_OK
    try:
        result = _with_confirmation(
            lambda confirmed: service.save(profile, medusa_secret=None, payload_secret=None,
                                           original_name=old.name,
                                           confirm_host_change=confirmed),
            "Change the server anyway?", args.yes)
    except (ConfigError, StoreError, SecretStoreUnavailable) as exc:
        _err(str(exc))
        return EXIT_FAILED
    if result is None:
        print(f"Profile {old.name!r} unchanged.")
        return EXIT_FAILED
    renamed = f" (was {old.name!r})" if profile.name != old.name else ""
    print(f"Saved profile {profile.name!r}{renamed}.")
    if result.backup is not None:
        print(f"The local store of the old server was kept as a backup: {result.backup}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    service = ProfileService(ProfileStore(), open_secret_store())
    try:
        profile = service.store.get(args.name)
        # Secrets go first inside remove(): if the keyring is locked we keep the profile
        # so the user can retry, instead of orphaning credentials in the keyring.
        result = _with_confirmation(
            lambda confirmed: service.remove(profile.name, confirm_pending_edits=confirmed),
            "Remove the profile anyway?", args.yes)
    except SecretStoreUnavailable as exc:
        _err(f"profile {args.name!r} kept: could not delete its secrets. {exc}")
        return EXIT_FAILED
    except (ConfigError, StoreError) as exc:
        _err(str(exc))
        return EXIT_FAILED
    if result is None:
        print(f"Profile {profile.name!r} kept.")
        return EXIT_FAILED
    removed = result.secrets_removed
    print(
        f"Removed profile {profile.name!r} and {removed} keyring entr"
        f"{'y' if removed == 1 else 'ies'}."
    )
    if result.backup is not None:
        print(f"Its local store was kept as a backup: {result.backup}")
    return EXIT_OK


def cmd_use(args: argparse.Namespace) -> int:
    try:
        ProfileStore().set_active(args.name)
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_FAILED
    print(f"Active profile: {args.name}")
    return EXIT_OK


def cmd_test(args: argparse.Namespace) -> int:
    store = ProfileStore()
    try:
        profile = store.get(args.name) if args.name else store.active()
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_FAILED
    if profile is None:
        _err("no active profile; name one, add one with 'desktop-app profiles add', "
             "or set up the local demo shop with 'desktop-app demo'")
        return EXIT_USAGE

    secret_store = open_secret_store()
    if not secret_store.status.persistent:
        _warn(secret_store.status.message or "OS keyring unavailable")

    def obtain(kind: SecretKind) -> Secret | None:
        found = secret_store.get(profile.name, kind)
        if found is not None:
            return found
        try:
            # stdin is not read here: a missing keyring entry should not make
            # `profiles test < /dev/null` in a script hang or misread input.
            return read_secret(kind, profile.name, allow_stdin=False)
        except SecretInputError:
            _warn(
                f"no {kind.label} stored for {profile.name!r}: set {kind.env_var} "
                "or add the profile again"
            )
            return None

    medusa_secret = obtain(profile.medusa_secret)
    payload_secret = obtain(SecretKind.PAYLOAD_API_KEY)
    # Lazy: the API stack (httpx, models) is only needed by this command.
    from desktop_app.services.connection_check import check_connection

    results = asyncio.run(
        check_connection(profile, medusa_secret, payload_secret, timeout=args.timeout)
    )
    for r in results:
        status = "ok" if r.ok else "FAILED"
        print(f"{r.server:<8} {r.url}  {status}: {r.detail}")
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
