"""Install, migrate, build, start and bootstrap the Medusa backend."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
from collections.abc import Callable, Mapping
from typing import Any

import nodeproj
import postgres
import processes
import web
from settings import MEDUSA_DIR, Settings

NAME = "medusa"
SERVER_DIR = MEDUSA_DIR / ".medusa" / "server"
ADMIN_EMAIL = "admin@stack.local"
# The editorial stack's store locales: BCP 47 codes from Medusa's own locale list (Payload's
# editorial locales are en, de and fr).
EDITORIAL_LOCALES = ("en-US", "de-DE", "fr-FR")


def build(log: Callable[[str], None]) -> None:
    nodeproj.ensure_installed(MEDUSA_DIR, log)
    sources = [
        MEDUSA_DIR / "src",
        MEDUSA_DIR / "medusa-config.ts",
        MEDUSA_DIR / "package-lock.json",
    ]
    stamp = SERVER_DIR / ".stack-built"
    if nodeproj.is_stale(stamp, sources):
        log("building the Medusa backend (medusa build)…")
        nodeproj.run([str(MEDUSA_DIR / "node_modules/.bin/medusa"), "build"], cwd=MEDUSA_DIR)
        link = SERVER_DIR / "node_modules"
        if not link.exists():
            link.symlink_to(MEDUSA_DIR / "node_modules")
        stamp.touch()


def build_id(flags: Mapping[str, bool] | None = None) -> int:
    """Changes whenever the backend is rebuilt, so `up` knows to restart the server."""
    stamp = SERVER_DIR / ".stack-built"
    return stamp.stat().st_mtime_ns if stamp.exists() else 0


def ensure_secrets(st: dict[str, Any]) -> None:
    m = st.setdefault("medusa", {})
    m.setdefault("jwt_secret", secrets.token_hex(24))
    m.setdefault("cookie_secret", secrets.token_hex(24))
    m.setdefault("admin_email", ADMIN_EMAIL)
    # hex: a password starting with "-" would read as a CLI flag
    m.setdefault("admin_password", secrets.token_hex(16))


def _env(
    settings: Settings, st: dict[str, Any], legacy_paging: bool, editorial: bool = False
) -> dict[str, str]:
    m = st["medusa"]
    cors = (
        f"http://localhost:{settings.payload_port},http://{settings.host}:{settings.payload_port}"
    )
    env = {
        "DATABASE_URL": postgres.url(settings, "medusa"),
        "JWT_SECRET": m["jwt_secret"],
        "COOKIE_SECRET": m["cookie_secret"],
        "STORE_CORS": cors,
        "ADMIN_CORS": cors,
        "AUTH_CORS": cors,
        "PORT": str(settings.medusa_port),
        "PAYLOAD_SERVER_URL": settings.payload_url,
        "PAYLOAD_API_KEY": st["payload"]["users"]["integration"]["api_key"],
        "PAYLOAD_USER_COLLECTION": "users",
        "MEDUSA_DISABLE_TELEMETRY": "true",
    }
    if legacy_paging:
        env["PAYLOAD_SYNC_LEGACY_PAGING"] = "1"
    if editorial:
        # Medusa 2.21.2's translation module (@medusajs/translation): this flag turns on its
        # routes (/admin/translations, /admin/locales, the store's supported_locales) and makes
        # medusa-config.ts list the module, which the flag alone does not load. Read at start:
        # the default stack's build serves both.
        env["MEDUSA_FF_TRANSLATION"] = "true"
    # An explicit override lets tests plant a wrong key without touching the state file.
    if os.environ.get("STACK_MEDUSA_PAYLOAD_API_KEY"):
        env["PAYLOAD_API_KEY"] = os.environ["STACK_MEDUSA_PAYLOAD_API_KEY"]
    return env


def migrate(
    settings: Settings, st: dict[str, Any], log: Callable[[str], None], editorial: bool = False
) -> None:
    lock = hashlib.sha256((MEDUSA_DIR / "package-lock.json").read_bytes()).hexdigest()
    if editorial:  # the translation module's tables (locale, translation, translation_settings)
        lock += "+translation"
    m = st["medusa"]
    if m.get("migrated_lock") == lock:
        return
    log("migrating the Medusa database…")
    medusa = str(MEDUSA_DIR / "node_modules/.bin/medusa")
    env = _env(settings, st, False, editorial)  # the translation module's tables too
    nodeproj.run([medusa, "db:migrate"], cwd=MEDUSA_DIR, env=env)
    if not m.get("admin_created"):
        result = subprocess.run(
            [medusa, "user", f"--email={m['admin_email']}", f"--password={m['admin_password']}"],
            cwd=MEDUSA_DIR,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 and "already exists" not in result.stdout + result.stderr:
            raise RuntimeError(f"creating the Medusa admin user failed:\n{result.stderr[-2000:]}")
        m["admin_created"] = True
    m["migrated_lock"] = lock


def health_url(settings: Settings, flags: Mapping[str, bool] | None = None) -> str:
    return f"{settings.medusa_url}/health"


def start(
    settings: Settings, st: dict[str, Any], legacy_paging: bool, editorial: bool = False
) -> int:
    env = {**_env(settings, st, legacy_paging, editorial), "NODE_ENV": "production"}
    pid = processes.start(
        NAME,
        [str(SERVER_DIR / "node_modules/.bin/medusa"), "start"],
        SERVER_DIR,
        env,
        settings.log_dir / "medusa.log",
        settings.state_dir,
    )
    web.wait_until_up(
        health_url(settings),
        lambda: processes.alive(pid),
        180,
        f"Medusa (log: {settings.log_dir / 'medusa.log'})",
    )
    return pid


def login(settings: Settings, st: dict[str, Any]) -> str:
    m = st["medusa"]
    body = {"email": m["admin_email"], "password": m["admin_password"]}
    return web.request("POST", f"{settings.medusa_url}/auth/user/emailpass", body)["token"]


def ensure_secret_key(settings: Settings, st: dict[str, Any]) -> None:
    m = st["medusa"]
    if m.get("secret_key"):
        try:
            web.request(
                "GET",
                f"{settings.medusa_url}/admin/products?limit=0",
                headers={"Authorization": f"Basic {m['secret_key']}"},
            )
            return
        except web.HttpError:
            pass  # the DB was reset or the key revoked: mint a new one
    token = login(settings, st)
    created = web.request(
        "POST",
        f"{settings.medusa_url}/admin/api-keys",
        {"title": "desktop-app stack", "type": "secret"},
        headers={"Authorization": f"Bearer {token}"},
    )
    m["secret_key"] = created["api_key"]["token"]


def ensure_locales(settings: Settings, st: dict[str, Any]) -> None:
    """The editorial store's supported locales (Medusa's store API and admin offer these; the
    2.21.2 translations batch does not check them)."""
    headers = {"Authorization": f"Basic {st['medusa']['secret_key']}"}
    stores = web.request("GET", f"{settings.medusa_url}/admin/stores", headers=headers)["stores"]
    store = stores[0]
    have = {loc.get("locale_code") for loc in store.get("supported_locales") or []}
    if not set(EDITORIAL_LOCALES) <= have:
        body = {"supported_locales": [{"locale_code": code} for code in EDITORIAL_LOCALES]}
        web.request("POST", f"{settings.medusa_url}/admin/stores/{store['id']}", body,
                    headers=headers)
    st["medusa"]["locales"] = list(EDITORIAL_LOCALES)
