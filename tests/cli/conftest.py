"""Fixtures of the catalog command tests (catalog_shop.py, fake_medusa.py)."""

from __future__ import annotations

import pytest

from desktop_app.secrets import SecretKind
from tests.cli.catalog_shop import Shop, seed
from tests.cli.fake_medusa import FakeMedusa
from tests.exchange.fakes import API_KEY, SECRET


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Shop:
    """The active profile's store holds the Mug and the shop's terms."""
    seed()
    return Shop(capsys)


@pytest.fixture
def medusa(monkeypatch: pytest.MonkeyPatch) -> FakeMedusa:
    """A fake Medusa; the profile's secrets come from the environment."""
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    return FakeMedusa()
