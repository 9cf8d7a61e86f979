"""The editor on a product made here: its create refused on a field, then made in Medusa
under a new id while the editor is open."""

from __future__ import annotations

import pytest

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.services.new_product import ProductDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from tests.cli.fake_medusa import FakeMedusa
from tests.exchange.fakes import FakePayload
from tests.ui.offline.conftest import PROFILE
from tests.ui.offline.whole_product import save_terms


@pytest.fixture
async def online(qtbot, tmp_path):
    """(catalog, fake Medusa, open): Medusa answers creates in the recorded shape."""
    medusa = FakeMedusa()
    store = CatalogStore.open(tmp_path / "drafts.sqlite3")
    save_terms(store)
    client = MedusaClient("http://medusa.test", SecretKey("sk_test"), retry_policy=NO_RETRY,
                          transport=medusa.transports().medusa)
    catalog = OfflineCatalog(store, Shop(PROFILE, client, FakePayload().client()))
    editors: list[CommerceEditor] = []

    def open_editor(pid: str) -> CommerceEditor:
        editor = CommerceEditor(catalog, pid)
        qtbot.addWidget(editor, before_close_func=CommerceEditor.discard_and_close)
        editor.show()
        editors.append(editor)
        return editor

    yield catalog, medusa, open_editor
    for editor in editors:
        editor.discard_and_close()
    await catalog.aclose()


def shirt() -> ProductDraft:
    return ProductDraft(title="Linen Shirt", handle="linen-shirt",
                        options=[("Size", ["S", "M"])],
                        prices=[{"currency_code": "eur", "amount": "49"}])


async def test_a_refused_create_shows_on_the_handle_and_the_draft_stays(online):
    catalog, medusa, open_editor = online
    medusa.handles.add("linen-shirt")  # another product has it
    pid = catalog.create_product(shirt())
    editor = open_editor(pid)
    await catalog.push()
    assert "Server:" in editor.errors["handle"].text()
    assert "already exists" in editor.errors["handle"].text()
    assert editor.tabs.tabText(0) == "Details •"
    assert catalog.product(pid).draft  # kept, to fix
    editor.handle_edit.setText("linen-shirt-2")
    assert editor.save()
    await catalog.push()
    assert catalog.server_id(pid).startswith("prod_")


async def test_the_editor_follows_its_product_into_medusa(online):
    catalog, _medusa, open_editor = online
    pid = catalog.create_product(shirt())
    editor = open_editor(pid)
    assert "made here" in editor.state_label.text()
    editor.subtitle_edit.setText("Typed while it was pushed")
    await catalog.push()
    new_id = catalog.server_id(pid)
    assert new_id != pid and editor.product_id == new_id
    assert editor.state_label.text().startswith(new_id)
    assert editor.subtitle_edit.text() == "Typed while it was pushed"  # typing kept
    variants = [editor.variants.vid_at(r) for r in range(editor.variants.rowCount())]
    assert all(v.startswith("variant_") for v in variants)  # Medusa's ids now
