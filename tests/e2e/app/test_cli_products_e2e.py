"""``desktop-app products list --json`` as a real process against the stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop_app.config import ProfileStore
from tests.e2e.app.helpers import stack_profile
from tests.support.stack import StackInfo


def test_products_list_json_returns_every_seeded_product(stack: StackInfo, tmp_path) -> None:
    config = tmp_path / "config"
    ProfileStore(config).add(stack_profile(stack), activate=True)
    env = {
        **os.environ,
        "DESKTOP_APP_CONFIG_DIR": str(config),
        # No keyring entry for this throw-away profile: the documented env fallback.
        "DESKTOP_APP_MEDUSA_SECRET_KEY": stack.medusa_secret_key,
        "DESKTOP_APP_PAYLOAD_API_KEY": stack.editor_key,
        # Never touch a developer's real keyring from a test.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "products", "list", "--json"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    demo = [r for r in rows if r["handle"].startswith("demo-")]
    assert len(demo) >= 40
    assert len({r["medusa_id"] for r in rows}) == len(rows)  # each product once
    assert {"Classic Crew T-Shirt", "Picnic Blanket"} <= {r["title"] for r in demo}

    filtered = subprocess.run(
        [sys.executable, "-m", "desktop_app", "products", "list", "--json",
         "--search", "demo-picnic-blanket"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert filtered.returncode == 0, filtered.stderr
    assert [r["handle"] for r in json.loads(filtered.stdout)] == ["demo-picnic-blanket"]
