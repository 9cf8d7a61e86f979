"""Profiles and services pointing at the real stack (secrets in memory only)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from tests.support.stack import StackInfo


def stack_profile(info: StackInfo, name: str = "Local-demo") -> Profile:
    return Profile(name=name, medusa_url=info.medusa_url, medusa_auth=MedusaAuth.SECRET_KEY,
                   payload_url=info.payload_url)


def services_for(info: StackInfo, config: Path) -> AppServices:
    services = AppServices(ProfileService(ProfileStore(config), InMemorySecretStore()))
    services.profiles.save(stack_profile(info), medusa_secret=Secret(info.medusa_secret_key),
                           payload_secret=Secret(info.editor_key))
    return services
