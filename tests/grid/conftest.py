from __future__ import annotations

import pytest

from desktop_app.grid.loading import open_session, product_ids
from tests.grid.synthetic import grid_catalog


@pytest.fixture
def catalog(tmp_path):
    catalog = grid_catalog(tmp_path / "c.db", products=3, variants=4)
    yield catalog
    catalog.close_now()


def session_of(catalog, locale="en_US"):
    session, _ = open_session(catalog, product_ids(catalog), locale)
    return session


@pytest.fixture
def session(catalog):
    return session_of(catalog)
