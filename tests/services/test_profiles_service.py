"""ProfileService: profiles on disk, secrets only in the SecretStore."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.config import ConfigError, MedusaAuth, ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.profiles import (
    HostChangeWithPendingEdits,
    ProfileService,
    RemoveWithPendingEdits,
    origin,
)
from desktop_app.store import CatalogStore
from desktop_app.store.files import StoreBusyError, backups_dir, has_store
from tests.services.fake_servers import shop_profile


@pytest.fixture
def service(tmp_path) -> ProfileService:
    return ProfileService(ProfileStore(tmp_path), InMemorySecretStore())


def test_add_stores_secrets_only_in_the_secret_store(service: ProfileService, tmp_path) -> None:
    profile = shop_profile()
    service.save(profile, medusa_secret=Secret("sk_abc123"), payload_secret=Secret("pl-key-9"))

    assert service.load().active == "Shop"
    assert service.secret(profile, SecretKind.MEDUSA_SECRET_KEY).reveal() == "sk_abc123"
    assert service.secret(profile, SecretKind.PAYLOAD_API_KEY).reveal() == "pl-key-9"
    on_disk = (tmp_path / "profiles.json").read_text()
    assert "sk_abc123" not in on_disk and "pl-key-9" not in on_disk
    assert "http://medusa.test:9000" in on_disk


def test_new_profile_needs_both_secrets(service: ProfileService) -> None:
    with pytest.raises(ConfigError, match="Payload API key"):
        service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=None)
    assert service.load().profiles == []


def test_edit_keeps_blank_secrets_and_rename_moves_them(service: ProfileService) -> None:
    service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    renamed = shop_profile(name="Shop2", payload_url="http://other.test")
    service.save(renamed, medusa_secret=None, payload_secret=Secret("p2"), original_name="Shop")

    data = service.load()
    assert [p.name for p in data.profiles] == ["Shop2"]
    assert data.active == "Shop2"
    assert service.secret(renamed, SecretKind.MEDUSA_SECRET_KEY).reveal() == "sk_a"
    assert service.secret(renamed, SecretKind.PAYLOAD_API_KEY).reveal() == "p2"
    assert service.secrets.get("Shop", SecretKind.MEDUSA_SECRET_KEY) is None


def test_switching_auth_kind_drops_the_old_secret(service: ProfileService) -> None:
    service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    email = shop_profile(medusa_auth=MedusaAuth.EMAIL_PASSWORD, medusa_email="a@b.example")
    service.save(email, medusa_secret=Secret("pw"), payload_secret=None, original_name="Shop")
    assert service.secrets.get("Shop", SecretKind.MEDUSA_SECRET_KEY) is None
    assert service.secrets.get("Shop", SecretKind.MEDUSA_PASSWORD).reveal() == "pw"


def test_duplicate_name_rejected(service: ProfileService) -> None:
    service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    with pytest.raises(ConfigError, match="already exists"):
        service.save(shop_profile(name="shop"), medusa_secret=Secret("sk_b"),
                     payload_secret=Secret("p2"))


def test_remove_deletes_secrets(service: ProfileService) -> None:
    service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    service.remove("Shop")
    assert service.load().profiles == []
    assert service.secrets.get("Shop", SecretKind.PAYLOAD_API_KEY) is None


# --- the local store follows the profile --------------------------------------------


def queue_edits(profile: str, count: int = 3) -> None:
    store = CatalogStore.for_profile(profile)
    for n in range(count):
        store.outbox.record(f"prod_{n}", {"title": f"Mine {n}"}, {"title": "Server"})
    store.close()


def outbox_titles(profile: str | Path) -> list[str]:
    store = (CatalogStore.open(profile) if isinstance(profile, Path)
             else CatalogStore.for_profile(profile))
    try:
        return [e.mine for e in store.outbox.entries()]
    finally:
        store.close()


@pytest.fixture
def saved(service: ProfileService) -> ProfileService:
    service.save(shop_profile(), medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    return service


def test_rename_keeps_the_store_and_its_queued_edits(saved: ProfileService) -> None:
    queue_edits("Shop")
    saved.save(shop_profile(name="Renamed"), medusa_secret=None, payload_secret=None,
               original_name="Shop")
    assert outbox_titles("Renamed") == ["Mine 0", "Mine 1", "Mine 2"]
    assert not has_store("Shop")


def test_rename_of_an_open_store_changes_nothing(saved: ProfileService) -> None:
    queue_edits("Shop")
    store = CatalogStore.for_profile("Shop")  # e.g. the main window still shows it
    try:
        with pytest.raises(StoreBusyError):
            saved.save(shop_profile(name="Renamed"), medusa_secret=None, payload_secret=None,
                       original_name="Shop")
    finally:
        store.close()
    assert [p.name for p in saved.load().profiles] == ["Shop"]
    assert saved.secrets.get("Shop", SecretKind.PAYLOAD_API_KEY).reveal() == "p1"
    assert saved.pending_edits("Shop") == 3


def test_rename_is_undone_when_the_profile_cannot_be_written(
    saved: ProfileService, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue_edits("Shop")

    def broken_save(data) -> None:
        raise ConfigError("disk full")

    monkeypatch.setattr(saved.store, "save", broken_save)
    with pytest.raises(ConfigError, match="disk full"):
        saved.save(shop_profile(name="Renamed"), medusa_secret=None, payload_secret=None,
                   original_name="Shop")
    assert saved.pending_edits("Shop") == 3 and not has_store("Renamed")


@pytest.mark.parametrize("field,url", [("medusa_url", "https://new-medusa.example"),
                                       ("payload_url", "http://payload.test:3001")])
def test_host_change_with_pending_edits_needs_confirmation(
    saved: ProfileService, tmp_path, field: str, url: str
) -> None:
    queue_edits("Shop")
    profiles_json = (tmp_path / "profiles.json").read_text()
    moved = shop_profile(**{field: url})
    with pytest.raises(HostChangeWithPendingEdits) as info:
        saved.save(moved, medusa_secret=None, payload_secret=None, original_name="Shop")
    assert info.value.count == 3 and info.value.new == url
    assert f"3 edits made against {info.value.old} have not been sent" in str(info.value)
    # Nothing changed: the profile, its secrets and its store are as they were.
    assert (tmp_path / "profiles.json").read_text() == profiles_json
    assert saved.secrets.get("Shop", SecretKind.MEDUSA_SECRET_KEY).reveal() == "sk_a"
    assert outbox_titles("Shop") == ["Mine 0", "Mine 1", "Mine 2"]

    result = saved.save(moved, medusa_secret=None, payload_secret=None, original_name="Shop",
                        confirm_host_change=True)
    assert getattr(saved.load().find("Shop"), field) == url
    assert saved.pending_edits("Shop") == 0  # starts empty: nothing goes to the new host
    assert result.backup is not None and result.backup.parent.parent == backups_dir()
    assert outbox_titles(result.backup) == ["Mine 0", "Mine 1", "Mine 2"]


def test_host_change_without_pending_edits_retires_the_cache_silently(
    saved: ProfileService,
) -> None:
    CatalogStore.for_profile("Shop").close()  # a cache of the old shop, no edits
    result = saved.save(shop_profile(medusa_url="http://elsewhere.test"), medusa_secret=None,
                        payload_secret=None, original_name="Shop")
    assert result.backup is not None and result.backup.exists()
    assert not has_store("Shop")


@pytest.mark.parametrize("url", ["http://MEDUSA.test:9000/", "http://medusa.test:9000/app"])
def test_same_origin_is_not_a_host_change(saved: ProfileService, url: str) -> None:
    queue_edits("Shop")
    result = saved.save(shop_profile(medusa_url=url), medusa_secret=None, payload_secret=None,
                        original_name="Shop")
    assert result.backup is None and saved.pending_edits("Shop") == 3


def test_origin_makes_default_ports_explicit() -> None:
    assert origin("https://Shop.example/admin") == origin("https://shop.example:443")
    assert origin("http://shop.example") != origin("https://shop.example")
    assert origin("http://[::1]:9000/x") == "http://[::1]:9000"


def test_remove_with_pending_edits_needs_confirmation(saved: ProfileService) -> None:
    queue_edits("Shop", count=1)
    with pytest.raises(RemoveWithPendingEdits) as info:
        saved.remove("Shop")
    assert info.value.count == 1 and "1 edit of profile 'Shop' has not been sent" in str(
        info.value)
    assert [p.name for p in saved.load().profiles] == ["Shop"]
    assert saved.secrets.get("Shop", SecretKind.PAYLOAD_API_KEY) is not None
    assert saved.pending_edits("Shop") == 1

    result = saved.remove("Shop", confirm_pending_edits=True)
    assert saved.load().profiles == []
    assert result.secrets_removed == 2
    assert result.backup is not None and outbox_titles(result.backup) == ["Mine 0"]
    assert not has_store("Shop")


def test_remove_without_edits_retires_the_store_too(saved: ProfileService) -> None:
    CatalogStore.for_profile("Shop").close()
    result = saved.remove("Shop")
    assert result.backup is not None and result.backup.exists() and not has_store("Shop")


def test_remove_of_an_open_store_keeps_profile_and_secrets(saved: ProfileService) -> None:
    queue_edits("Shop", count=1)
    store = CatalogStore.for_profile("Shop")
    store.outbox.entries()
    try:
        with pytest.raises(StoreBusyError):
            saved.remove("Shop", confirm_pending_edits=True)
    finally:
        store.close()
    assert [p.name for p in saved.load().profiles] == ["Shop"]
    assert saved.secrets.get("Shop", SecretKind.PAYLOAD_API_KEY) is not None


def test_a_new_profile_does_not_adopt_a_store_left_under_its_name(
    service: ProfileService,
) -> None:
    queue_edits("Shop")  # left by a profile removed before stores were retired
    result = service.save(shop_profile(medusa_url="http://other-shop.test"),
                          medusa_secret=Secret("sk_a"), payload_secret=Secret("p1"))
    assert service.pending_edits("Shop") == 0
    assert result.backup is not None and len(outbox_titles(result.backup)) == 3


def test_names_sharing_a_store_are_refused(saved: ProfileService) -> None:
    with pytest.raises(ConfigError, match="would share a local store"):
        saved.save(shop_profile(name="Shop."), medusa_secret=Secret("sk_b"),
                   payload_secret=Secret("p2"))
