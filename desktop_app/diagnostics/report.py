"""Help › Copy diagnostics: what a support person needs, with every secret scrubbed.

Versions (the app, Python, the libraries, the OS), the app's settings, the active
profile's non-secret settings, what the servers say about themselves, the recent
warnings and errors of the log, the doctor's findings and (for a crash) the
traceback. Qt-free: the UI passes in what only it knows (the Qt version).
"""

from __future__ import annotations

import asyncio
import json
import platform
import sys
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import httpx

from desktop_app import __version__
from desktop_app.admin.doctor import DoctorReport, Status, run_doctor
from desktop_app.config import AppSettingsStore, ConfigError, Profile
from desktop_app.diagnostics.logs import RECENT_ERRORS, log_file
from desktop_app.diagnostics.scrub import Scrubber
from desktop_app.i18n import in_english
from desktop_app.secrets import SecretKind
from desktop_app.services.profiles import ProfileService
from desktop_app.services.transports import Transports

PACKAGES = ("PySide6_Essentials", "qasync", "httpx", "pydantic", "keyring", "platformdirs")
PROBE_TIMEOUT = httpx.Timeout(8.0, connect=4.0)
DOCTOR_TIMEOUT = 40.0
VERSION_HEADERS = ("server", "x-powered-by")
MARKS = {Status.OK: "ok  ", Status.WARN: "warn", Status.FAIL: "FAIL", Status.SKIPPED: "skip"}


@dataclass
class Diagnostics:
    """The report's parts; ``text()`` joins them and scrubs the whole."""

    scrub: Scrubber
    sections: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, title: str, lines: Iterable[str]) -> None:
        self.sections.append((title, list(lines) or ["(none)"]))

    def text(self) -> str:
        parts = [f"== {title} ==\n" + "\n".join(lines) for title, lines in self.sections]
        return self.scrub("\n\n".join(parts) + "\n")


def known_secrets(profiles: ProfileService) -> list[str]:
    """Every value the keyring holds for the profiles: removed wherever they appear."""
    values: list[str] = []
    try:
        listed = profiles.load().profiles
    except ConfigError:
        return values
    for profile in listed:
        for kind in SecretKind:
            try:
                secret = profiles.secret(profile, kind)
            except Exception:  # a locked keyring must not stop the report
                continue
            if secret is not None:
                values.append(secret.reveal())
    return values


def scrubber_for(profiles: ProfileService | None) -> Scrubber:
    return Scrubber(known_secrets(profiles) if profiles is not None else ())


def version_lines(extra: Sequence[str] = ()) -> list[str]:
    lines = [
        f"desktop-app {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"OS {platform.platform()}",
    ]
    for package in PACKAGES:
        try:
            lines.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{package} not installed")
    return lines + list(extra)


def settings_lines(profiles: ProfileService | None) -> list[str]:
    settings, problem = AppSettingsStore().load_or_default()
    lines = [f"app settings: {json.dumps(settings.model_dump(mode='json'))}"]
    if problem is not None:
        lines.append(f"settings file problem: {problem}")
    lines.append(f"log file: {log_file()}")
    if profiles is not None:
        status = profiles.secret_status
        lines.append(f"keyring: {status.backend} (persistent: {status.persistent})")
        try:
            data = profiles.load()
            lines.append(
                f"profiles: {', '.join(p.name for p in data.profiles) or '(none)'}; "
                f"active: {data.active or '(none)'}"
            )
        except ConfigError as exc:
            lines.append(f"profiles file problem: {exc}")
    return lines


def profile_lines(profile: Profile | None) -> list[str]:
    if profile is None:
        return ["(no active profile)"]
    # Profiles hold no secrets by construction (desktop_app/config/profiles.py).
    return [f"{key}: {json.dumps(value)}" for key, value in profile.model_dump(mode="json").items()]


async def _headers(client: httpx.AsyncClient, url: str) -> str:
    try:
        resp = await client.get(url)
    except httpx.HTTPError as exc:
        return f"{url}: no answer ({type(exc).__name__})"
    said = [f"{name}: {resp.headers[name]}" for name in VERSION_HEADERS if name in resp.headers]
    return f"{url}: HTTP {resp.status_code}" + (f"; {'; '.join(said)}" if said else "")


def _package_version(path: Path) -> str | None:
    try:
        return str(json.loads(path.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def stack_versions(stack_dir: Path | None) -> list[str]:
    """The local demo stack's installed server packages, where it is part of this copy."""
    if stack_dir is None:
        return []
    modules = {
        "Medusa": "medusa/node_modules/@medusajs/medusa",
        "Payload": "payload/node_modules/payload",
    }
    found = {
        f"{name} in the local demo stack": stack_dir / where / "package.json"
        for name, where in modules.items()
    }
    return [
        f"{name} {version}"
        for name, path in found.items()
        if (version := _package_version(path)) is not None
    ]


async def server_lines(
    profile: Profile | None, transports: Transports, stack_dir: Path | None = None
) -> list[str]:
    """What each server says about itself (neither publishes its version number on its API:
    the response headers are what there is), plus the local stack's packages."""
    lines = stack_versions(stack_dir)
    if profile is None:
        return lines
    origin = profile.payload_url.rstrip("/").removesuffix("/api")
    async with (
        httpx.AsyncClient(transport=transports.medusa, timeout=PROBE_TIMEOUT) as medusa,
        httpx.AsyncClient(transport=transports.payload, timeout=PROBE_TIMEOUT) as payload,
    ):
        found = await asyncio.gather(
            _headers(medusa, profile.medusa_url.rstrip("/") + "/health"),
            _headers(payload, f"{origin}/api/{profile.payload_auth_collection}/me"),
        )
    return [f"Medusa {found[0]}", f"Payload {found[1]}", *lines]


def doctor_lines(report: DoctorReport) -> list[str]:
    lines = []
    for check in report.checks:
        lines.append(f"[{MARKS[check.status]}] {check.title}: {check.detail}")
        if check.fix and check.status in (Status.FAIL, Status.WARN):
            lines.append(f"       fix: {check.fix}")
    return lines


async def run_doctor_lines(
    profile: Profile | None, profiles: ProfileService, transports: Transports
) -> list[str]:
    if profile is None:
        return ["(no active profile: nothing to check)"]
    try:
        with in_english():  # for support, as the rest of the report (the doctor translates)
            report = await asyncio.wait_for(
                run_doctor(profile, profiles.secrets, transports), DOCTOR_TIMEOUT
            )
    except TimeoutError:
        return [f"(the doctor did not finish within {DOCTOR_TIMEOUT:g} s)"]
    except Exception as exc:  # the report must come out whatever the doctor does
        return [f"(the doctor failed: {type(exc).__name__}: {exc})"]
    return doctor_lines(report)


def exception_lines(exc: BaseException | None) -> list[str]:
    if exc is None:
        return []
    return "".join(traceback.format_exception(exc)).rstrip().splitlines()


def base_report(
    profiles: ProfileService | None,
    profile: Profile | None,
    *,
    qt: Sequence[str] = (),
    exc: BaseException | None = None,
) -> Diagnostics:
    """Everything that needs no network: quick enough for a crash dialog."""
    report = Diagnostics(scrubber_for(profiles))
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    report.add("Diagnostics", [f"made {now}"])
    if exc is not None:
        report.add("Unhandled error", exception_lines(exc))
    report.add("Versions", version_lines(qt))
    report.add("Settings", settings_lines(profiles))
    report.add("Active profile (no secrets)", profile_lines(profile))
    report.add("Recent warnings and errors", list(RECENT_ERRORS.lines))
    return report


async def full_report(
    profiles: ProfileService,
    profile: Profile | None,
    *,
    transports: Transports = Transports(),
    stack_dir: Path | None = None,
    qt: Sequence[str] = (),
) -> str:
    """The base report plus the servers and the doctor (network: seconds)."""
    report = base_report(profiles, profile, qt=qt)
    servers, doctor = await asyncio.gather(
        server_lines(profile, transports, stack_dir),
        run_doctor_lines(profile, profiles, transports),
    )
    report.add("Servers", servers)
    report.add("Doctor", doctor)
    return report.text()
