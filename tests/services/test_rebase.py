"""FormBase: an open editor's form follows the store without losing anyone's edit."""

from __future__ import annotations

import pytest

from desktop_app.services.rebase import ABSENT, FormBase, Incoming, Outcome


def at(server, value=None, shown=None) -> Incoming:
    """A field whose merged value is its server value unless told otherwise."""
    value = server if value is None else value
    return Incoming(server, value, value if shown is None else shown)


@pytest.fixture
def form() -> FormBase:
    base = FormBase()
    base.load({"title": at("Shirt"), "status": at("published"), "handle": at("shirt")})
    return base


LOADED = {"title": "Shirt", "status": "published", "handle": "shirt"}


def store(**changed: Incoming) -> dict[str, Incoming]:
    """The store's values after a pull: as loaded, except ``changed``."""
    return {**{name: at(value) for name, value in LOADED.items()}, **changed}


def test_nothing_typed_nothing_touched(form: FormBase):
    assert form.touched(LOADED) == []
    assert form.touched({**LOADED, "title": "Shirt 2"}) == ["title"]


def test_untouched_field_takes_the_new_server_value(form: FormBase):
    outcomes = form.rebase(store(status=at("draft")),
                           {**LOADED, "title": "My shirt"})
    assert outcomes["status"].outcome is Outcome.TAKE_NEW
    assert outcomes["status"].incoming.shown == "draft"
    assert outcomes["handle"].outcome is Outcome.UNCHANGED
    assert outcomes["title"].outcome is Outcome.KEEP_MINE
    # Only the typed title is the merchant's to send (based on what they saw); status follows.
    form_now = {**LOADED, "title": "My shirt", "status": "draft"}
    assert form.touched(form_now) == ["title"]
    assert form.base("status") == "draft" and form.base("title") == "Shirt"


def test_touched_field_moved_on_the_server_is_a_conflict(form: FormBase):
    outcomes = form.rebase(store(title=at("Admin shirt")), {**LOADED, "title": "My shirt"})
    assert outcomes["title"].outcome is Outcome.CONFLICT
    assert outcomes["title"].incoming.server == "Admin shirt"
    assert set(form.conflicts) == {"title"}
    assert form.base("title") == "Shirt"  # unchanged until the merchant decides


def test_keep_mine_rebases_the_edit_on_theirs(form: FormBase):
    form.rebase(store(title=at("Admin shirt")), {**LOADED, "title": "My shirt"})
    form.keep_mine("title")
    assert form.conflicts == {}
    assert form.base("title") == "Admin shirt"
    assert "title" in form.touched({**LOADED, "title": "My shirt"})


def test_take_theirs_drops_the_typing(form: FormBase):
    form.rebase(store(title=at("Admin shirt")), {**LOADED, "title": "My shirt"})
    theirs = form.take_theirs("title")
    assert theirs.shown == "Admin shirt" and form.conflicts == {}
    assert form.touched({**LOADED, "title": "Admin shirt"}) == []


def test_typed_to_the_same_value_as_theirs_is_no_conflict(form: FormBase):
    outcomes = form.rebase(store(title=at("Same")), {**LOADED, "title": "Same"})
    assert outcomes["title"].outcome is Outcome.TAKE_NEW and form.conflicts == {}
    assert form.touched({**LOADED, "title": "Same"}) == []


def test_a_conflict_clears_when_the_server_goes_back(form: FormBase):
    typed = {**LOADED, "title": "My shirt"}
    form.rebase(store(title=at("Admin shirt")), typed)
    outcomes = form.rebase(store(title=at("Shirt")), typed)
    assert outcomes["title"].outcome is Outcome.KEEP_MINE and form.conflicts == {}


def test_a_conflict_follows_the_latest_theirs(form: FormBase):
    typed = {**LOADED, "title": "My shirt"}
    form.rebase(store(title=at("Admin 1")), typed)
    form.rebase(store(title=at("Admin 2")), typed)
    assert form.conflicts["title"].server == "Admin 2"


def test_settle_accepts_a_field_typed_into_theirs(form: FormBase):
    form.rebase(store(title=at("Admin shirt")), {**LOADED, "title": "My shirt"})
    assert set(form.settle({**LOADED, "title": "My shirt"})) == {"title"}
    assert form.settle({**LOADED, "title": "Admin shirt"}) == {}
    assert form.base("title") == "Admin shirt"


def test_same_value_spelled_differently_keeps_the_form_text():
    form = FormBase()
    prices = [{"currency_code": "eur", "amount": 10}]
    name = "variants.v1.prices"
    form.load({name: Incoming(prices, prices, "EUR 10")})
    again = [{"currency_code": "EUR", "amount": "10.00"}]
    outcomes = form.rebase({name: Incoming(again, again, "EUR 10.00")}, {name: "EUR 10"})
    assert outcomes[name].outcome is Outcome.UNCHANGED
    assert form.touched({name: "EUR 10"}) == []


def test_keys_added_and_removed_on_either_side():
    form = FormBase()
    form.load({"metadata.color": at("blue"), "metadata.size": at("L")})
    mine = {"metadata.color": "blue", "metadata.fabric": "linen"}  # size deleted, fabric added
    assert set(form.touched(mine)) == {"metadata.size", "metadata.fabric"}
    outcomes = form.rebase({"metadata.size": at("L"), "metadata.season": at("winter")}, mine)
    # color removed on the server and untouched here: the row goes.
    assert outcomes["metadata.color"].outcome is Outcome.TAKE_NEW
    assert outcomes["metadata.color"].incoming == ABSENT
    assert outcomes["metadata.season"].outcome is Outcome.TAKE_NEW  # a colleague's new key
    assert outcomes["metadata.size"].outcome is Outcome.KEEP_MINE  # my deletion stands
    assert outcomes["metadata.fabric"].outcome is Outcome.KEEP_MINE
    assert form.base("metadata.fabric") is None and form.base("metadata.size") == "L"


def test_a_deleted_key_moved_on_the_server_is_a_conflict():
    form = FormBase()
    form.load({"metadata.size": at("L")})
    outcomes = form.rebase({"metadata.size": at("XL")}, {})
    assert outcomes["metadata.size"].outcome is Outcome.CONFLICT


def test_pending_edits_show_but_do_not_move_the_base():
    form = FormBase()
    form.load({"status": at("published")})
    # Another window saved status=draft (pending): the merged value moved, the server not.
    outcomes = form.rebase({"status": Incoming("published", "draft", "draft")},
                           {"status": "published"})
    assert outcomes["status"].outcome is Outcome.TAKE_NEW
    assert form.base("status") == "published" and form.touched({"status": "draft"}) == []


def test_saved_fields_show_what_was_typed():
    form = FormBase()
    form.load({"description": at({"v": 1}, shown="old text")})
    typed = {"description": "new *text*"}
    form.saved(typed, {"description": Incoming({"v": 1}, {"v": 2}, "new _text_")},
               ["description"])
    assert form.touched(typed) == [] and form.value("description") == {"v": 2}
    # The queued edit is pushed later: the server moves to the merchant's own value.
    outcomes = form.rebase({"description": Incoming({"v": 2}, {"v": 2}, "new _text_")}, typed)
    assert outcomes["description"].outcome is Outcome.UNCHANGED  # no rewrite of the text
    assert form.base("description") == {"v": 2}


def test_forget_drops_a_field_and_its_conflict(form: FormBase):
    form.rebase(store(title=at("Admin shirt")), {**LOADED, "title": "My shirt"})
    form.forget(["title"])
    assert form.conflicts == {} and "title" not in form.names()
