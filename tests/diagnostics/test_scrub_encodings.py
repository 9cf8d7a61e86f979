"""A keyring value is removed in every form it takes on its way to the log or the report:
escaped inside JSON or a Python repr (an exception's args), percent-encoded in a URL or
a form, base64 inside a Basic credential, and quoted JSON values that hold escapes."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote, quote_plus

import pytest

from desktop_app.diagnostics.scrub import Scrubber
from desktop_app.secrets import REDACTED

# Quotes, a backslash, regex metacharacters, URL-reserved and non-ASCII characters.
KEYRING_VALUES = (
    'ab"cd\\ef-gh1234',
    "p@ss w/rd+x&y=1;",
    "s3cr(et)*.+?[x]|^$",
    "Ünïcødé-pässwörd",
    'it\'s "quoted" both',
)


def _pieces(value: str) -> list[str]:
    """Any 5 consecutive characters of the value (or an encoding of it) is a leak."""
    return [value[i : i + 5] for i in range(0, max(1, len(value) - 4))]


def _leaks(secret: str, text: str) -> list[str]:
    forms = {secret, json.dumps(secret)[1:-1], quote(secret, safe=""), quote_plus(secret)}
    return sorted({p for form in forms for p in _pieces(form) if p in text and REDACTED not in p})


def _carriers(secret: str) -> dict[str, str]:
    as_json = json.dumps({"email": "a@b.c", "password": secret})
    return {
        "json body": as_json,
        "json, not ascii": json.dumps({"pw": secret}, ensure_ascii=False),
        "json in an exception's args": repr(ValueError("login refused", as_json)),
        "exception args": repr(RuntimeError("login failed", {"cred": secret})),
        "repr": f"value {secret!r}",
        "percent-encoded query": "GET https://shop.example/x?k=" + quote(secret, safe=""),
        "form body": "email=a%40b.c&pwd=" + quote_plus(secret),
        "basic credential alone": "creds " + base64.b64encode(f"admin:{secret}".encode()).decode(),
        "basic credential, longer user": "x="
        + base64.b64encode(f"someone@shop.example:{secret}".encode()).decode(),
    }


@pytest.mark.parametrize("secret", KEYRING_VALUES)
def test_a_keyring_value_is_removed_in_every_encoding(secret: str) -> None:
    scrub = Scrubber([secret])
    for carrier, text in _carriers(secret).items():
        out = scrub(text)
        b64 = base64.b64encode(f"admin:{secret}".encode()).decode()
        assert not _leaks(secret, out), (carrier, out)
        assert b64[8:20] not in out, (carrier, out)


def test_a_json_password_with_escaped_quotes_is_removed_whole() -> None:
    # No keyring value known (an env var's password): the pattern alone must catch it.
    text = json.dumps({"password": 'ab"cd\\ef-tail-of-secret', "email": "a@b.c"})
    out = Scrubber()(text)
    assert "tail-of-secret" not in out, out
    assert out.endswith('"email": "a@b.c"}'), out  # what follows the value is kept


def test_ordinary_text_is_kept() -> None:
    scrub = Scrubber(KEYRING_VALUES)
    text = "pulled 120 products from https://shop.example/admin in 2.1 s"
    assert scrub(text) == text


def test_a_keyring_value_pasted_with_blanks_or_lines_is_removed_where_used() -> None:
    scrub = Scrubber(["  pasted-key-0123456789\n", "-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34\n"])
    out = scrub("sent pasted-key-0123456789; key line MIIBOgIBAAJBAKj34 refused")
    assert "pasted-key-0123456789" not in out and "MIIBOgIBAAJBAKj34" not in out, out
