"""Every kind of secret the app handles is planted in a report and in the log; none survives."""

from __future__ import annotations

import logging

import pytest

from desktop_app.config import AppSettingsStore, ProfileStore
from desktop_app.diagnostics import logs
from desktop_app.diagnostics.report import base_report, known_secrets
from desktop_app.diagnostics.scrub import Scrubber
from desktop_app.secrets import REDACTED, InMemorySecretStore, Secret
from desktop_app.services.profiles import ProfileService
from tests.services.fake_servers import shop_profile

PAYLOAD_KEY = "5f0c1a52-8d7e-4b1c-9a3e-2f6d8b7c9e01"
# Made up for the tests, in the shape of a Medusa secret key (sk_ and 64 characters).
MEDUSA_SK = "sk_FAKE_for_tests_only_not_a_real_key_0000000000000000000000000000"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY3Rvcl9pZCI6InVzZXJfMDEifQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PASSWORD = "Tr0ub4dor&3-horse"
COOKIE = "connect.sid=s%3AQmL3v5y0.abcDEF123"
URL_PASSWORD = "hunter2pw"
# A keyring value of no recognisable shape: only the keyring lookup can catch it.
ODD_KEYRING_VALUE = "correct horse battery staple"
PLANTED = (
    PAYLOAD_KEY,
    MEDUSA_SK,
    JWT,
    PASSWORD,
    COOKIE,
    URL_PASSWORD,
    ODD_KEYRING_VALUE,
    "QmL3v5y0",
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
)

LEAKY_LINES = (
    f"Authorization: users API-Key {PAYLOAD_KEY}",
    f"Authorization: Bearer {JWT}",
    f"headers={{'authorization': 'Basic {MEDUSA_SK}'}}",
    f"Cookie: {COOKIE}",
    f"Set-Cookie: {COOKIE}; Path=/; HttpOnly",
    f"key was {MEDUSA_SK} and token {JWT}",
    f"payload key {PAYLOAD_KEY} refused",
    f'{{"email": "admin@example.com", "password": "{PASSWORD}"}}',
    f"login with password={PASSWORD}&email=a@b.c",
    f"MEDUSA_ADMIN_PASSWORD={PASSWORD}",
    f"connect to https://admin:{URL_PASSWORD}@shop.example.com:9000/admin",
    f"postgres://medusa:{URL_PASSWORD}@localhost:54339/medusa",
    f"the keyring holds {ODD_KEYRING_VALUE!r}",
)


def _survivors(text: str) -> list[str]:
    return [secret for secret in PLANTED if secret in text]


def test_each_kind_of_secret_is_removed_and_the_rest_kept() -> None:
    scrub = Scrubber([ODD_KEYRING_VALUE])
    for line in LEAKY_LINES:
        cleaned = scrub(line)
        assert not _survivors(cleaned), (line, cleaned)
        assert REDACTED in cleaned
    # What is not secret stays readable.
    assert scrub("GET https://shop.example.com:9000/admin/products answered 500") == (
        "GET https://shop.example.com:9000/admin/products answered 500"
    )
    assert "admin@example.com" in scrub(LEAKY_LINES[7])


@pytest.fixture
def profiles(tmp_path) -> ProfileService:
    service = ProfileService(ProfileStore(tmp_path / "config"), InMemorySecretStore())
    service.save(
        shop_profile(name="Shop"),
        medusa_secret=Secret(ODD_KEYRING_VALUE),
        payload_secret=Secret(PAYLOAD_KEY),
    )
    return service


def test_the_report_holds_no_planted_secret(profiles: ProfileService, tmp_path) -> None:
    assert set(known_secrets(profiles)) == {ODD_KEYRING_VALUE, PAYLOAD_KEY}
    AppSettingsStore().update(log_level="DEBUG")
    logs.RECENT_ERRORS.lines.clear()
    for line in LEAKY_LINES:  # as if they had been logged before the scrub filter existed
        logs.RECENT_ERRORS.lines.append(line)
    try:
        raise RuntimeError(f"login failed for {LEAKY_LINES[0]} / {LEAKY_LINES[10]}")
    except RuntimeError as exc:
        report = base_report(profiles, profiles.active(), exc=exc)
    report.add("Extra", LEAKY_LINES)
    text = report.text()
    assert not _survivors(text), _survivors(text)
    assert "RuntimeError: login failed" in text
    assert 'name: "Shop"' in text and "DEBUG" in text  # the useful part is there
    logs.RECENT_ERRORS.lines.clear()


def test_the_log_file_and_the_recent_errors_hold_no_planted_secret(tmp_path) -> None:
    logs.SCRUBBER.add_known([ODD_KEYRING_VALUE])
    path = logs.setup_logging("DEBUG", tmp_path / "log", console=False)
    log = logging.getLogger("desktop_app.test_scrub")
    try:
        for line in LEAKY_LINES:
            log.warning("sending %s", line)  # the secret in an argument
            log.error(line)  # and in the message itself
        try:
            raise ValueError(f"server said {LEAKY_LINES[1]}")
        except ValueError:
            log.exception("request failed with %r", {"Cookie": COOKIE})
    finally:
        logs.teardown_logging()
    assert path is not None
    written = path.read_text(encoding="utf-8")
    assert "ValueError: server said Authorization:" in written
    assert written.count("sending") == len(LEAKY_LINES)
    assert not _survivors(written), _survivors(written)
    assert not _survivors("\n".join(logs.RECENT_ERRORS.lines))
    logs.RECENT_ERRORS.lines.clear()
