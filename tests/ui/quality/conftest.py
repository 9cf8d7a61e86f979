"""The offline list's fixtures (a real catalog over a seeded temporary store)."""

from tests.ui.offline.conftest import _money_in_en_us, catalog  # noqa: F401
