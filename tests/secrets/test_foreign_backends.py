"""Choosing the keyring backend on Linux does not import macOS's Keychain module."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import ctypes.util, sys
calls = []
ctypes.util.find_library = lambda name: calls.append(name)
from desktop_app.secrets.foreign_backends import skip_foreign_backends
skip_foreign_backends()
from keyring import backend
backend._load_plugins()
names = {c.__module__ for c in backend.KeyringBackend._classes}
assert "keyring.backends.SecretService" in names, names  # the others still load
assert calls == [], calls  # no ldconfig or gcc run for the Keychain
try:
    import keyring.backends.macOS.api
except ImportError:
    print("skipped")
"""


@pytest.mark.skipif(sys.platform == "darwin", reason="there the Keychain is the backend")
def test_macos_api_is_not_imported_while_choosing() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "skipped"
