"""Admin panels against the real stack: qasync loop, Qt warnings fail the test."""

from __future__ import annotations

import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.admin import AdminService
from tests.support.stack import StackInfo
from tests.ui.qt_harness import *  # noqa: F403  (the Qt test harness)


@pytest.fixture
def stack_admin(stack: StackInfo) -> AdminService:
    """The editor's Payload key, as a merchant's profile would hold (secrets in memory)."""
    profile = Profile(name="admin-ui-e2e", medusa_url=stack.medusa_url,
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url=stack.payload_url)
    secrets = InMemorySecretStore()
    secrets.set(profile.name, SecretKind.MEDUSA_SECRET_KEY, Secret(stack.medusa_secret_key))
    secrets.set(profile.name, SecretKind.PAYLOAD_API_KEY, Secret(stack.editor_key))
    return AdminService(profile, secrets)
