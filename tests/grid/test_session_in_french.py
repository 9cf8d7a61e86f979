"""A grid in French: a SKU refused as taken is read again once the holder lets it go
(the refusal's text is the catalog's, whose quotes are « », not “ ”)."""

import pytest

from desktop_app import i18n
from tests.grid.conftest import session_of

TAKEN = "Another variant of the shop has the SKU “{sku}”."
FRENCH = {TAKEN: "Une autre variante de la boutique a le SKU «\xa0{sku}\xa0»."}


@pytest.fixture
def french():
    previous = i18n.install_backend(lambda _c, text, _d, _n: FRENCH.get(text, text))
    yield
    i18n.install_backend(previous)


def test_a_taken_sku_is_taken_once_its_holder_changes(catalog, french):
    session = session_of(catalog)
    session.set_texts([(1, "sku", "SKU-000000-00")])
    assert session.error(1, "sku").startswith("Une autre variante de la boutique")
    session.set_texts([(0, "sku", "FREED")])
    assert session.error(1, "sku") is None and session.value(1, "sku") == "SKU-000000-00"
