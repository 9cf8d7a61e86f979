"""Build, start and bootstrap Payload: the standalone REST server, or (opt-in) Next's admin UI."""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import nodeproj
import postgres
import processes
import web
from settings import PAYLOAD_DIR, Settings

NAME = "payload"
BUNDLE = PAYLOAD_DIR / "dist-standalone" / "server.mjs"
# The same server with the editorial config (src/editorial/, `--editorial`): its own bundle, so
# the default one, and the servers running it, never change because of it.
EDITORIAL_DIR = PAYLOAD_DIR / "src" / "editorial"
EDITORIAL_BUNDLE = PAYLOAD_DIR / "dist-editorial" / "server.mjs"
NODE_OPTIONS = "--no-deprecation --conditions=production"
USERS = {
    "admin": "admin@stack.local",
    "integration": "medusa-integration@stack.local",
    "editor": "editor@stack.local",
}


NEXT_DIR = PAYLOAD_DIR / ".next"
NEXT_BUILD_ID = NEXT_DIR / "BUILD_ID"
NEXT_BIN = PAYLOAD_DIR / "node_modules" / "next" / "dist" / "bin" / "next"
PAYLOAD_BIN = PAYLOAD_DIR / "node_modules" / "payload" / "bin.js"
# Placeholders for the build only: loading payload.config.ts needs both, nothing connects.
BUILD_ENV = {
    "DATABASE_URI": "postgres://next-build@127.0.0.1:1/unused",
    "PAYLOAD_SECRET": "next-build-placeholder",
}


def build(log: Callable[[str], None], admin_ui: bool = False, editorial: bool = False) -> None:
    nodeproj.ensure_installed(PAYLOAD_DIR, log)
    # src/app/ is the Next app of the admin UI and src/editorial/ the opt-in editorial config:
    # neither is part of the default standalone bundle
    sources = [p for p in (PAYLOAD_DIR / "src").iterdir() if p.name not in ("app", "editorial")]
    sources.append(PAYLOAD_DIR / "package-lock.json")
    if editorial:
        if admin_ui:
            raise RuntimeError(
                "--editorial and --admin-ui cannot be combined yet: the admin UI is built "
                "from the default configuration"
            )
        if nodeproj.is_stale(EDITORIAL_BUNDLE, [*sources, EDITORIAL_DIR]):
            log("bundling the Payload server with the editorial configuration…")
            nodeproj.run(["npm", "run", "--silent", "build:editorial"], cwd=PAYLOAD_DIR)
        return
    if nodeproj.is_stale(BUNDLE, sources):
        log("bundling the Payload server…")
        nodeproj.run(["npm", "run", "--silent", "build"], cwd=PAYLOAD_DIR)
    if admin_ui:
        build_admin_ui(log)


def build_admin_ui(log: Callable[[str], None]) -> None:
    """`payload generate:importmap` + `next build --webpack`, only when the sources changed."""
    sources = [
        *(p for p in (PAYLOAD_DIR / "src").iterdir() if p.name != "editorial"),
        PAYLOAD_DIR / "next.config.mjs",
        PAYLOAD_DIR / "tsconfig.next.json",
        PAYLOAD_DIR / "package-lock.json",
    ]
    if not nodeproj.is_stale(NEXT_BUILD_ID, sources):
        return
    log("building Payload's admin UI (generate:importmap + next build, 1-4 min)…")
    started = time.monotonic()
    nodeproj.run(
        ["node", str(PAYLOAD_BIN), "generate:importmap"],
        cwd=PAYLOAD_DIR,
        env={**BUILD_ENV, "NODE_OPTIONS": NODE_OPTIONS},
    )
    nodeproj.run(
        ["node", str(NEXT_BIN), "build", "--webpack"],
        cwd=PAYLOAD_DIR,
        env={**BUILD_ENV, "NODE_OPTIONS": "--no-deprecation --max-old-space-size=8000"},
    )
    # generate:importmap may rewrite src/app/(payload)/admin/importMap.js: keep BUILD_ID newest
    NEXT_BUILD_ID.touch()
    log(f"admin UI built in {time.monotonic() - started:.0f}s")


def build_id(flags: Mapping[str, bool] | None = None) -> int:
    """Changes whenever the server is rebuilt, so `up` knows to restart it."""
    flags = flags or {}
    output = (
        NEXT_BUILD_ID if flags.get("admin_ui") else EDITORIAL_BUNDLE if flags.get("editorial")
        else BUNDLE
    )
    return output.stat().st_mtime_ns if output.exists() else 0


def health_url(settings: Settings, flags: Mapping[str, bool] | None = None) -> str:
    # Next has no /health; GET /api/users/me answers 200 even anonymously once Payload is up
    if (flags or {}).get("admin_ui"):
        return f"{settings.payload_url}/api/users/me"
    return f"{settings.payload_url}/health"


def _env(settings: Settings, st: dict[str, Any], anonymous_medusa: bool) -> dict[str, str]:
    env = {
        "HOST": settings.host,
        "PORT": str(settings.payload_port),
        "DATABASE_URI": postgres.socket_url(settings, "payload"),
        "PAYLOAD_SECRET": st["payload"]["secret"],
        "PAYLOAD_MEDIA_DIR": str(settings.media_dir),
        "NODE_OPTIONS": NODE_OPTIONS,
    }
    if anonymous_medusa:
        env["PAYLOAD_ALLOW_ANONYMOUS_MEDUSA"] = "1"
    return env


def _start_standalone(settings: Settings, env: dict[str, str], editorial: bool = False) -> int:
    log_file = settings.log_dir / "payload.log"
    argv = ["node", str(EDITORIAL_BUNDLE if editorial else BUNDLE)]
    pid = processes.start(NAME, argv, PAYLOAD_DIR, env, log_file, settings.state_dir)
    web.wait_until_up(
        health_url(settings), lambda: processes.alive(pid), 120, f"Payload (log: {log_file})"
    )
    return pid


def start(
    settings: Settings,
    st: dict[str, Any],
    anonymous_medusa: bool,
    admin_ui: bool = False,
    editorial: bool = False,
) -> int:
    env = _env(settings, st, anonymous_medusa)
    if not admin_ui:
        return _start_standalone(settings, env, editorial)
    # `next start` runs with NODE_ENV=production, where the Postgres adapter never pushes the
    # schema. Let the standalone server (NODE_ENV unset) push it first, then hand over the port.
    log_file = settings.log_dir / "payload.log"
    processes.stop(_start_standalone(settings, env))
    argv = ["node", str(NEXT_BIN), "start", "-p", str(settings.payload_port), "-H", settings.host]
    pid = processes.start(NAME, argv, PAYLOAD_DIR, env, log_file, settings.state_dir)
    web.wait_until_up(
        health_url(settings, {"admin_ui": True}),
        lambda: processes.alive(pid),
        120,
        f"Payload admin UI / next start (log: {log_file})",
    )
    return pid


def ensure_secret(st: dict[str, Any]) -> None:
    st.setdefault("payload", {}).setdefault("secret", secrets.token_hex(24))


def bootstrap_users(settings: Settings, st: dict[str, Any]) -> None:
    """First admin, then an integration user (for Medusa) and an editor, each with an API key."""
    creds = st["payload"].setdefault("users", {})
    if all(role in creds for role in USERS):
        return
    api = f"{settings.payload_url}/api"
    admin = creds.get("admin") or _new_user("admin")
    if "admin" not in creds:
        body = {
            "email": admin["email"],
            "password": admin["password"],
            "confirm-password": admin["password"],
        }
        token = web.request("POST", f"{api}/users/first-register", body)["token"]
    else:
        token = _login(api, admin)
    headers = {"Authorization": f"JWT {token}"}
    if "admin" not in creds:
        me = web.request("GET", f"{api}/users/me", headers=headers)["user"]
        web.request(
            "PATCH",
            f"{api}/users/{me['id']}",
            {"enableAPIKey": True, "apiKey": admin["api_key"], "role": "admin"},
            headers=headers,
        )
        creds["admin"] = admin
    for role in ("integration", "editor"):
        if role in creds:
            continue
        user = _new_user(role)
        web.request(
            "POST",
            f"{api}/users",
            {
                "email": user["email"],
                "password": user["password"],
                "role": role,
                "enableAPIKey": True,
                "apiKey": user["api_key"],
            },
            headers=headers,
        )
        creds[role] = user


def _new_user(role: str) -> dict[str, str]:
    return {
        "email": USERS[role],
        "password": secrets.token_hex(16),
        "api_key": str(uuid.uuid4()),
    }


def _login(api: str, user: dict[str, str]) -> str:
    body = {"email": user["email"], "password": user["password"]}
    return web.request("POST", f"{api}/users/login", body)["token"]
