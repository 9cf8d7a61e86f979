"""The translation editor's fixtures: the offline list's catalog, and money in en_US."""

from tests.ui.offline.conftest import _money_in_en_us  # noqa: F401
