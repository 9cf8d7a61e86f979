"""Read-compare-write decisions."""

from __future__ import annotations

from desktop_app.exchange.merge import decide
from desktop_app.store.fields import canonical, request_body, same
from desktop_app.store.outbox import OutboxEntry


def entry(seq, field, base, mine, state="queued"):
    return OutboxEntry(seq, "p", "payload", field, base, mine, None, state, None, None, 0, "", "")


RECORD = {"id": "1", "title": "Server", "subtitle": "Sub", "seo": {"meta_title": "T"}}


def test_server_unchanged_sends_mine():
    plan = decide([entry(1, "title", "Server", "Mine")], RECORD)
    assert plan.send == {"title": "Mine"} and plan.send_seqs == [1]


def test_server_already_has_mine_is_done_without_sending():
    plan = decide([entry(1, "title", "Old", "Server", state="sending")], RECORD)
    assert plan.send == {} and plan.already == [1]


def test_both_changed_differently_is_a_conflict_and_nothing_is_sent():
    plan = decide([entry(1, "title", "Old", "Mine"), entry(2, "subtitle", "Sub", "New")], RECORD)
    assert plan.conflicts == [(1, "Server")]
    assert plan.send == {"subtitle": "New"}  # the other field still merges


def test_later_edit_of_same_field_builds_on_the_earlier_one():
    plan = decide([entry(1, "title", "Server", "A", "sending"), entry(2, "title", "A", "B")],
                  RECORD)
    assert plan.send == {"title": "B"} and plan.send_seqs == [1, 2]


def test_canonical_comparisons():
    assert same("subtitle", None, "")
    assert same("variants.v1.prices", [{"currency_code": "EUR", "amount": 10}],
                [{"currency_code": "eur", "amount": "10.00"}])
    assert not same("variants.v1.prices", [{"currency_code": "eur", "amount": 10}],
                    [{"currency_code": "eur", "amount": 10.5}])
    assert same("metadata.k", "", None)
    lex_a = {"root": {"type": "root", "children": []}}
    lex_b = {"root": {"children": [], "type": "root"}}  # Postgres reorders keys
    assert same("description", lex_a, lex_b)
    assert canonical("seo.meta_title", None) == ""


def test_request_body_sends_groups_whole_and_every_variant():
    record = {
        "seo": {"meta_title": "T", "meta_description": "D", "meta_keywords": None},
        "variants": [{"id": "v1", "sku": "A"}, {"id": "v2", "sku": "B"}],
    }
    assert request_body("payload", record, {"seo.meta_title": "New"}) == {
        "seo": {"meta_title": "New", "meta_description": "D", "meta_keywords": None}}
    assert request_body("medusa", record, {"variants.v2.sku": "C", "metadata.k": None}) == {
        "variants": [{"id": "v1"}, {"id": "v2", "sku": "C"}], "metadata": {"k": ""}}


def test_organise_lists_are_decided_as_sets():
    def medusa_entry(seq, field, base, mine):
        return OutboxEntry(seq, "p", "medusa", field, base, mine, None, "queued", None, None,
                           0, "", "")

    record = {"id": "p", "categories": ["pcat_a", "pcat_b"], "collection_id": None}
    plan = decide([medusa_entry(1, "categories", ["pcat_b", "pcat_a"], ["pcat_a"])], record)
    assert plan.send == {"categories": ["pcat_a"]}  # the base was the same set
    plan = decide([medusa_entry(1, "categories", ["pcat_a"], ["pcat_a", "pcat_c"])], record)
    assert plan.conflicts == [(1, ["pcat_a", "pcat_b"])]  # pcat_b was added on the server
    plan = decide([medusa_entry(1, "categories", [], ["pcat_b", "pcat_a"]),
                   medusa_entry(2, "collection_id", "", None)], record)
    assert plan.already == [1, 2]  # already so on the server; "" and None mean no collection
