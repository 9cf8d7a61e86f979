"""ProfileService: profiles on disk, secrets only in the SecretStore."""

from __future__ import annotations

import pytest

from desktop_app.config import ConfigError, MedusaAuth, ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.profiles import ProfileService
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
