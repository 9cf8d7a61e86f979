"""Demo set-up against a stand-in stackctl (the real stack is covered in tests/e2e)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from desktop_app.config import MedusaAuth, ProfileStore
from desktop_app.secrets import InMemorySecretStore, SecretKind
from desktop_app.services.demo import DEMO_PROFILE, DemoError, set_up_demo
from desktop_app.services.profiles import ProfileService

STATE = {
    "medusa": {"url": "http://127.0.0.1:9000", "admin_email": "admin@x.test",
               "admin_password": "pw-admin", "secret_key": "sk_demo_key"},
    "payload": {"url": "http://127.0.0.1:8000", "users": {
        "admin": {"email": "a@x", "password": "p", "api_key": "admin-key"},
        "integration": {"email": "i@x", "password": "p", "api_key": "integration-key"},
        "editor": {"email": "e@x", "password": "p", "api_key": "editor-key"},
    }},
}


def fake_stack(tmp_path: Path, *, up_exit: int = 0) -> Path:
    stack = tmp_path / "stack"
    ctl = stack / "stackctl"
    ctl.mkdir(parents=True)
    state_file = tmp_path / "state.json"
    state_file.write_text(json.dumps(STATE))
    (ctl / "__main__.py").write_text(textwrap.dedent(f"""
        import json, sys
        if sys.argv[1] == "up":
            print("[stack] starting payload on port 8000…", flush=True)
            print("npm noise that is not forwarded")
            print("[stack] stack is up", flush=True)
            if {up_exit}:
                print("stack: port 9000 is already used", file=sys.stderr)
            sys.exit({up_exit})
        print(json.dumps({{"state_file": {str(state_file)!r}}}))
    """))
    return stack


@pytest.fixture
def profiles(tmp_path) -> ProfileService:
    return ProfileService(ProfileStore(tmp_path / "cfg"), InMemorySecretStore())


async def test_demo_creates_active_profile_with_secrets_in_store(tmp_path, profiles) -> None:
    lines: list[str] = []
    result = await set_up_demo(profiles, lines.append, stack_dir=fake_stack(tmp_path))

    assert lines == ["starting payload on port 8000…", "stack is up"]
    profile = result.profile
    assert profile.name == DEMO_PROFILE
    assert profile.medusa_auth is MedusaAuth.SECRET_KEY
    assert profile.medusa_url == "http://127.0.0.1:9000"
    assert profiles.load().active == DEMO_PROFILE
    assert profiles.secret(profile, SecretKind.MEDUSA_SECRET_KEY).reveal() == "sk_demo_key"
    assert profiles.secret(profile, SecretKind.PAYLOAD_API_KEY).reveal() == "editor-key"
    on_disk = profiles.store.path.read_text()
    assert "sk_demo_key" not in on_disk and "editor-key" not in on_disk

    # Running it again refreshes the same profile instead of failing on the name.
    await set_up_demo(profiles, None, stack_dir=fake_stack(tmp_path / "again"))
    assert [p.name for p in profiles.load().profiles] == [DEMO_PROFILE]


async def test_failed_stack_start_raises_with_output_tail(tmp_path, profiles) -> None:
    with pytest.raises(DemoError, match="exit code 3") as info:
        await set_up_demo(profiles, None, stack_dir=fake_stack(tmp_path, up_exit=3))
    assert "port 9000 is already used" in str(info.value)
    assert profiles.load().profiles == []


async def test_missing_stack_dir_is_explained(tmp_path, profiles) -> None:
    with pytest.raises(DemoError, match="not part of this installation"):
        await set_up_demo(profiles, None, stack_dir=tmp_path / "nope")
