"""Build, start and bootstrap the standalone Payload REST server."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from typing import Any

import nodeproj
import postgres
import processes
import web
from settings import PAYLOAD_DIR, Settings

NAME = "payload"
BUNDLE = PAYLOAD_DIR / "dist-standalone" / "server.mjs"
NODE_OPTIONS = "--no-deprecation --conditions=production"
USERS = {
    "admin": "admin@stack.local",
    "integration": "medusa-integration@stack.local",
    "editor": "editor@stack.local",
}


def build(log: Callable[[str], None]) -> None:
    nodeproj.ensure_installed(PAYLOAD_DIR, log)
    sources = [PAYLOAD_DIR / "src", PAYLOAD_DIR / "package-lock.json"]
    if nodeproj.is_stale(BUNDLE, sources):
        log("bundling the Payload server…")
        nodeproj.run(["npm", "run", "--silent", "build"], cwd=PAYLOAD_DIR)


def build_id() -> int:
    """Changes whenever the bundle is rebuilt, so `up` knows to restart the server."""
    return BUNDLE.stat().st_mtime_ns if BUNDLE.exists() else 0


def health_url(settings: Settings) -> str:
    return f"{settings.payload_url}/health"


def start(settings: Settings, st: dict[str, Any], anonymous_hole: bool) -> int:
    env = {
        "HOST": settings.host,
        "PORT": str(settings.payload_port),
        "DATABASE_URI": postgres.url(settings, "payload"),
        "PAYLOAD_SECRET": st["payload"]["secret"],
        "PAYLOAD_MEDIA_DIR": str(settings.media_dir),
        "NODE_OPTIONS": NODE_OPTIONS,
    }
    if anonymous_hole:
        env["PAYLOAD_ALLOW_ANONYMOUS_MEDUSA"] = "1"
    pid = processes.start(
        NAME,
        ["node", str(BUNDLE)],
        PAYLOAD_DIR,
        env,
        settings.log_dir / "payload.log",
        settings.state_dir,
    )
    web.wait_until_up(
        health_url(settings),
        lambda: processes.alive(pid),
        120,
        f"Payload (log: {settings.log_dir / 'payload.log'})",
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
