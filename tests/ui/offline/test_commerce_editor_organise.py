"""The editor's Organise tab: categories, collection, type, channels and tags on Save;
new terms made in Medusa from the tab (online)."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.errors import TransportError
from desktop_app.api.http import NO_RETRY
from desktop_app.servers import Server
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.term_pickers import UNKNOWN_TIP
from tests.cli.fake_medusa import FakeMedusa
from tests.exchange.fakes import FakePayload
from tests.ui.offline.conftest import PROFILE
from tests.ui.offline.whole_product import (
    PID,
    medusa_record,
    open_catalog,
    payload_record,
    refuse_edit,
    save_terms,
)
from tests.ui.qt_support import wait_until


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    cat = open_catalog(tmp_path)
    yield cat
    cat._store.close()


def open_editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.tabs.setCurrentWidget(ed.organise)
    return ed


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    return open_editor(qtbot, catalog)


@pytest.fixture
async def online(qtbot, tmp_path):
    """(editor, catalog, fake Medusa): a catalog whose Medusa answers the create routes
    in the recorded shapes (categories and tags; anything else is a 404)."""
    medusa = FakeMedusa()
    client = MedusaClient("http://medusa.test", SecretKey("sk_test"), retry_policy=NO_RETRY,
                          transport=httpx.MockTransport(medusa.handle))
    store = CatalogStore.open(tmp_path / "online.sqlite3")
    store.save_medusa([medusa_record()])
    store.save_payload([payload_record()])
    save_terms(store)
    catalog = OfflineCatalog(store, Shop(PROFILE, client, FakePayload().client()))
    editor = open_editor(qtbot, catalog)
    yield editor, catalog, medusa
    editor.discard_and_close()
    await catalog.aclose()


def category(editor: CommerceEditor, name: str):
    tree = editor.organise.categories
    return next(i for i in tree._items() if i.text(0).startswith(name))


def tag(editor: CommerceEditor, name: str):
    return next(i for i in editor.organise.tags.items() if i.text() == name)


def test_the_pickers_show_the_products_terms(editor: CommerceEditor):
    tab = editor.organise
    tops = category(editor, "Tops")
    assert tops.parent().text(0) == "Clothing"  # the tree as Medusa keeps it
    assert tops.checkState(0) == Qt.CheckState.Checked
    assert category(editor, "Clothing").checkState(0) == Qt.CheckState.Unchecked
    assert tab.collection.currentText() == "Summer"
    assert tab.type.currentText() == "(none)"
    assert tab.channels.checked_ids() == ["sc_web"]
    assert tab.tags.checked_ids() == ["ptag_organic"] and tab.tags.count.text() == "1 chosen"


def test_changes_are_saved_as_organise_fields_with_bases(editor: CommerceEditor,
                                                         catalog: OfflineCatalog):
    tab = editor.organise
    category(editor, "Sale").setCheckState(0, Qt.CheckState.Checked)
    tab.collection.set_current("pcol_basics")
    tab.type.set_current("ptyp_apparel")
    tag(editor, "vegan").setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    mine = {e.field: (e.mine, e.base) for e in catalog.outbox()}
    assert mine == {
        "categories": (["pcat_sale", "pcat_tops"], ["pcat_tops"]),
        "collection_id": ("pcol_basics", "pcol_summer"),
        "type_id": ("ptyp_apparel", None),
        "tags": (["ptag_organic", "ptag_vegan"], ["ptag_organic"]),
    }  # sales channels untouched: not sent


def test_clearing_the_collection_sends_none(editor: CommerceEditor, catalog: OfflineCatalog):
    editor.organise.collection.set_current("")
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("collection_id", None)]


def test_the_tag_filter_narrows_the_list(editor: CommerceEditor):
    tags = editor.organise.tags
    tags.filter.setText("LIM")
    assert [i.text() for i in tags.items() if not i.isHidden()] == ["limited"]
    tags.filter.clear()
    assert all(not i.isHidden() for i in tags.items())


def test_a_category_unknown_to_the_shop_stays_marked(qtbot, catalog: OfflineCatalog):
    catalog.edit(PID, {"categories": ["pcat_tops", "pcat_gone"]})
    editor = open_editor(qtbot, catalog)
    gone = category(editor, "Unknown category (pcat_gone)")
    assert gone.checkState(0) == Qt.CheckState.Checked and gone.toolTip(0) == UNKNOWN_TIP
    assert not editor.has_unsaved_changes()  # shown as it is, nothing dropped
    assert editor.save() and len(catalog.outbox()) == 1


def test_a_refused_category_shows_the_servers_words(editor: CommerceEditor,
                                                    catalog: OfflineCatalog):
    catalog.edit(PID, {"categories": ["pcat_sale"]})
    editor.tabs.setCurrentWidget(editor.details)
    refuse_edit(catalog, "categories", "Product category with id: pcat_sale was not found")
    assert editor.errors["categories"].text() == (
        "Server: Product category with id: pcat_sale was not found")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.organise)) == "Organise •"
    assert [e.state for e in catalog.outbox()] == ["failed"]  # kept until changed


def test_a_colleagues_category_change_reaches_untouched_pickers(editor: CommerceEditor,
                                                                catalog: OfflineCatalog):
    tag(editor, "limited").setCheckState(Qt.CheckState.Checked)  # typing
    catalog.edit(PID, {"categories": ["pcat_clothing"], "tags": ["ptag_vegan"]})
    # Untouched categories follow; the typed tags are kept (their server value did not move).
    assert editor.organise.categories.checked_ids() == ["pcat_clothing"]
    assert set(editor.organise.tags.checked_ids()) == {"ptag_organic", "ptag_limited"}


async def test_new_category_is_made_in_medusa_and_ticked(online):
    editor, catalog, medusa = online
    tab = editor.organise
    assert tab.new_buttons["category"].isEnabled()
    tab.new_buttons["category"].click()
    name, parent = tab.prompt.inputs
    name.setText("Hoodies")
    parent.setCurrentIndex(parent.findData("pcat_clothing"))
    tab.prompt.ok.click()
    await wait_until(lambda: not tab.prompt.isVisible(), 5, "the category made")
    assert medusa.requests[-1] == ("POST", "/admin/product-categories", {
        "name": "Hoodies", "parent_category_id": "pcat_clothing"})
    made = category(editor, "Hoodies")
    assert made.parent().text(0) == "Clothing" and made.checkState(0) == Qt.CheckState.Checked
    assert [t.name for t in catalog.taxonomy("category")].count("Hoodies") == 1
    assert editor.save()
    entry = next(e for e in catalog.outbox() if e.field == "categories")
    assert sorted(entry.mine) == sorted(["pcat_tops", made.data(0, Qt.ItemDataRole.UserRole)])


async def test_new_tag_is_made_and_ticked_while_other_typing_stays(online):
    editor, _catalog, _medusa = online
    tab = editor.organise
    editor.handle_edit.setText("typed-handle")
    tab.new_buttons["tag"].click()
    tab.prompt.inputs[0].setText("winter")
    tab.prompt.ok.click()
    await wait_until(lambda: not tab.prompt.isVisible(), 5, "the tag made")
    assert tag(editor, "winter").checkState() == Qt.CheckState.Checked
    await wait_until(lambda: tab.new_buttons["tag"].isEnabled(), 5, "the buttons back")
    assert editor.handle_edit.text() == "typed-handle"


async def test_medusa_refusing_a_new_term_says_so_under_the_question(online):
    editor, catalog, _medusa = online
    tab = editor.organise
    tab.new_buttons["collection"].click()  # the fake answers 404 for collections
    tab.prompt.inputs[0].setText("Autumn")
    tab.prompt.ok.click()
    await wait_until(lambda: tab.prompt.error.isVisible(), 5, "the refusal")
    assert tab.prompt.error.text().startswith("Could not make the collection:")
    assert "no route" in tab.prompt.error.text()
    assert tab.prompt.isVisible() and tab.prompt.ok.isEnabled()  # can try again
    assert catalog.taxonomy("collection")[0].name != "Autumn"


async def test_new_term_buttons_are_off_while_medusa_is_offline(online):
    editor, catalog, _medusa = online
    button = editor.organise.new_buttons["tag"]
    catalog.connectivity.failed(Server.MEDUSA, TransportError("refused", server="Medusa"))
    assert not button.isEnabled() and "Medusa is offline" in button.toolTip()
    catalog.connectivity.succeeded(Server.MEDUSA)
    assert button.isEnabled()


async def test_a_new_term_without_a_medusa_connection_says_why(qtbot, catalog: OfflineCatalog):
    editor = open_editor(qtbot, catalog)  # this catalog has no shop at all
    tab = editor.organise
    tab.new_buttons["tag"].click()
    tab.prompt.inputs[0].setText("winter")
    tab.prompt.ok.click()
    await wait_until(lambda: tab.prompt.error.isVisible(), 5, "the failure")
    # The catalog's own words for it (no Medusa client), not a crash or a silent no-op.
    assert tab.prompt.error.text().startswith("Could not make the tag: this catalog ")
    assert tab.prompt.isVisible() and tab.prompt.ok.isEnabled()
