from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop_app.config import (
    ConfigError,
    DuplicateProfileError,
    MedusaAuth,
    Profile,
    ProfileNotFoundError,
    ProfilesFile,
    ProfileStore,
)
from desktop_app.config import atomic as atomic_mod
from desktop_app.secrets import SecretKind


def make(name: str = "shop", **over) -> Profile:
    data = {
        "name": name,
        "medusa_url": "https://medusa.example.com",
        "medusa_auth": "email_password",
        "medusa_email": "admin@example.com",
        "payload_url": "http://localhost:3000",
    }
    data.update(over)
    return Profile.parse(data)


# --- Profile validation -------------------------------------------------------------


def test_valid_profile_is_normalised():
    p = make(medusa_url="HTTPS://medusa.example.com/api/", payload_url=" http://cms:3000/ ")
    assert p.medusa_url == "https://medusa.example.com/api"
    assert p.payload_url == "http://cms:3000"
    assert p.payload_auth_collection == "users"
    assert p.medusa_auth is MedusaAuth.EMAIL_PASSWORD


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("medusa_url", "ftp://x.example", "Medusa URL must start with http:// or https://"),
        ("medusa_url", "medusa.example.com", "Medusa URL must start with http://"),
        ("payload_url", "https://", "Payload URL has no host name"),
        ("payload_url", "https://x.example/?a=1", "must not have a ?query"),
        ("payload_url", "http://x.example:99999", "invalid port"),
        ("name", "", "profile name must not be empty"),
        ("name", "   ", "profile name must not be empty"),
        ("name", "my:shop", "may only contain letters"),
        ("name", "a b", "may only contain letters"),
        ("name", "x" * 65, "may only contain letters"),
        ("medusa_email", "not-an-email", "is not an e-mail address"),
        ("payload_auth_collection", "Users Table", "must be a collection slug"),
        ("medusa_auth", "oauth", "medusa_auth"),
    ],
)
def test_invalid_values_give_clear_errors(field: str, value: str, expected: str):
    with pytest.raises(ConfigError) as info:
        make(**{field: value})
    message = str(info.value)
    assert expected in message
    assert message.startswith("profile: ")
    assert "Value error" not in message  # pydantic noise is stripped


def test_url_with_credentials_is_rejected_without_echoing_them():
    with pytest.raises(ConfigError) as info:
        make(medusa_url="https://admin:hunter2@medusa.example.com")
    assert "must not contain a user name or password" in str(info.value)
    assert "hunter2" not in str(info.value)


def test_email_required_for_password_auth_and_forbidden_for_secret_key():
    with pytest.raises(ConfigError, match="medusa_email is required"):
        make(medusa_email=None)
    with pytest.raises(ConfigError, match="medusa_email must not be set"):
        make(medusa_auth="secret_key")
    p = make(medusa_auth="secret_key", medusa_email=None)
    assert p.required_secrets() == (SecretKind.MEDUSA_SECRET_KEY, SecretKind.PAYLOAD_API_KEY)
    assert make().required_secrets() == (SecretKind.MEDUSA_PASSWORD, SecretKind.PAYLOAD_API_KEY)


def test_unknown_fields_are_rejected():
    # A typo (or a "password" key someone adds by hand) must not be silently kept.
    with pytest.raises(ConfigError, match="password"):
        make(medusa_password="s3cret")


def test_profile_is_immutable():
    p = make()
    with pytest.raises(ValidationError):
        p.name = "other"  # type: ignore[misc]


def test_profiles_file_rejects_duplicates_case_insensitively_and_bad_active():
    with pytest.raises(ValidationError, match="used more than once"):
        ProfilesFile(profiles=[make("Shop"), make("shop")])
    with pytest.raises(ValidationError, match="active profile 'nope'"):
        ProfilesFile(profiles=[make("shop")], active="nope")


# --- ProfileStore ------------------------------------------------------------------


def test_missing_file_means_no_profiles(app_dirs):
    store = ProfileStore()
    assert store.path == app_dirs.config / "profiles.json"
    assert store.profiles() == []
    assert store.active() is None
    assert not store.path.exists()  # reading must not create files


def test_round_trip_and_first_profile_becomes_active(app_dirs):
    store = ProfileStore()
    a = make("a")
    b = make("b", medusa_auth="secret_key", medusa_email=None, payload_auth_collection="admins")
    store.add(a)
    store.add(b)
    fresh = ProfileStore()  # nothing cached in the instance
    assert fresh.profiles() == [a, b]
    assert fresh.active() == a
    assert fresh.get("b") == b
    on_disk = json.loads(store.path.read_text())
    assert on_disk["active"] == "a"
    assert on_disk["version"] == 1
    assert store.path.stat().st_mode & 0o777 == 0o600


def test_add_with_activate_and_set_active(app_dirs):
    store = ProfileStore()
    store.add(make("a"))
    store.add(make("b"), activate=True)
    assert store.active().name == "b"
    store.set_active("a")
    assert ProfileStore().active().name == "a"
    with pytest.raises(ProfileNotFoundError, match="no profile named 'zzz'"):
        store.set_active("zzz")


def test_duplicate_add_is_refused_and_file_unchanged(app_dirs):
    store = ProfileStore()
    store.add(make("shop"))
    before = store.path.read_bytes()
    with pytest.raises(DuplicateProfileError, match="'shop' already exists"):
        store.add(make("SHOP"))
    assert store.path.read_bytes() == before


def test_remove_moves_active_to_remaining_profile(app_dirs):
    store = ProfileStore()
    store.add(make("a"))
    store.add(make("b"))
    removed = store.remove("a")
    assert removed.name == "a"
    assert [p.name for p in store.profiles()] == ["b"]
    assert store.active().name == "b"
    store.remove("b")
    assert store.active() is None
    with pytest.raises(ProfileNotFoundError):
        store.remove("b")


def test_explicit_directory_overrides_env(tmp_path: Path, app_dirs):
    store = ProfileStore(tmp_path / "elsewhere")
    store.add(make())
    assert (tmp_path / "elsewhere" / "profiles.json").exists()
    assert not (app_dirs.config / "profiles.json").exists()


def test_corrupt_json_gives_location(app_dirs):
    store = ProfileStore()
    store.path.parent.mkdir(parents=True)
    store.path.write_text('{"profiles": [\n  {,}\n]}')
    with pytest.raises(ConfigError, match=r"profiles.json: not valid JSON \(line 2"):
        store.profiles()


def test_invalid_entry_in_file_names_the_field(app_dirs):
    store = ProfileStore()
    store.add(make("shop"))
    data = json.loads(store.path.read_text())
    data["profiles"][0]["payload_url"] = "gopher://x"
    store.path.write_text(json.dumps(data))
    with pytest.raises(ConfigError) as info:
        store.load()
    assert "profiles[0].payload_url: Payload URL must start with http://" in str(info.value)
    assert str(store.path) in str(info.value)


def test_failed_save_leaves_previous_file_intact(app_dirs):
    store = ProfileStore()
    store.add(make("a"))
    before = store.path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("simulated crash before rename")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic_mod.os, "replace", crash)
        with pytest.raises(OSError, match="simulated crash"):
            store.add(make("b"))
    assert store.path.read_bytes() == before
    assert [p.name for p in store.path.parent.iterdir()] == ["profiles.json"]
    assert [p.name for p in ProfileStore().profiles()] == ["a"]
