"""Two points per field, and what a restore may bring back (and why not)."""

from __future__ import annotations

from desktop_app.store import CatalogStore, timeline_states
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.timeline import diff, restore
from desktop_app.timeline.points import History, assemble
from tests.timeline.helpers import PID, medusa, payload

NEW_VARIANT = {"id": "var_m", "title": "M", "sku": "MUG-M",
               "prices": [{"currency_code": "eur", "amount": 12}]}


def timeline_of(*saves, current=None):
    store = CatalogStore.open(":memory:")
    for server, record in saves:
        (store.save_medusa if server == MEDUSA else store.save_payload)([record])
    history = History(tuple(timeline_states.load(store.conn, PID)))
    store.close()
    last = {server: record for server, record in saves}
    return assemble(PID, history, current=current or last, stored=last)


def test_fields_compare_as_the_push_does_and_unknown_is_not_a_change():
    timeline = timeline_of(
        (MEDUSA, medusa(0)),
        (PAYLOAD, payload(1)),
        (MEDUSA, medusa(2, metadata={"payload_id": "1", "color": "blue", "size": "L"},
                        variants=[{**medusa()["variants"][0],
                                   "prices": [{"currency_code": "eur", "amount": 10.0}]},
                                  NEW_VARIANT])),
        (PAYLOAD, payload(3, subtitle="", title="Tall mug", markdown="A tall mug.\n\n- one")),
    )
    oldest, first_payload = timeline.points[-1].id, timeline.points[-2].id
    result = diff.compare(timeline, first_payload, "now")
    changed = {c.field: (c.before, c.after) for c in result.changed}
    # In the editor's order: content first, then Medusa's fields, metadata, variants.
    assert list(changed) == ["title", "subtitle", "description", "metadata.size",
                             "variants.var_m.sku", "variants.var_m.prices",
                             "variants.var_m.title"]
    assert changed["subtitle"] == ("Blue", "")
    assert changed["metadata.size"] == (None, "L")  # a key added since: None then
    assert changed["variants.var_m.sku"] == (None, "MUG-M")  # a variant made since
    assert "variants.var_s.prices" not in changed  # 10 and 10.0: the same price
    description = result.field("description")
    assert [(b.change, b.before and b.before.text, b.after and b.after.text)
            for b in description.blocks] == [("changed", "A mug.", "A tall mug."),
                                               ("same", "- one", "- one"),
                                               ("removed", "- two", None)]
    against_oldest = diff.compare(timeline, oldest, "now")
    assert not against_oldest.field("title").changed  # Payload not read yet at the oldest
    assert not against_oldest.field("title").known_before


def test_why_a_field_cannot_be_restored():
    timeline = timeline_of(
        (MEDUSA, medusa(0)),
        (PAYLOAD, payload(1)),
        (MEDUSA, medusa(2, variants=[NEW_VARIANT])),  # var_s deleted, var_m made
    )
    first = timeline.points[-1].id
    planned = restore.plan(timeline, first, ["variants.var_s.sku", "variants.var_m.sku",
                                             "metadata.payload_id", "title", "status"])
    assert planned.skipped == {
        "variants.var_s.sku": restore.GONE_VARIANT,
        "variants.var_m.sku": restore.NEW_VARIANT,
        "metadata.payload_id": restore.KEPT_BY_INTEGRATION,
        "title": restore.UNKNOWN,  # Payload was not read yet at that point
        "status": restore.SAME,
    }
    assert planned.empty


def test_restoring_a_metadata_key_added_since_removes_it_only_when_asked():
    timeline = timeline_of(
        (MEDUSA, medusa(0)),
        (MEDUSA, medusa(1, metadata={"payload_id": "1", "color": "blue", "size": "L"})),
    )
    first = timeline.points[-1].id
    assert "metadata.size" not in restore.plan(timeline, first).changes
    assert restore.plan(timeline, first, ["metadata.size"]).changes == {"metadata.size": None}


def test_restore_plans_against_what_the_merchant_sees_now():
    timeline = timeline_of(
        (PAYLOAD, payload(0)),
        (PAYLOAD, payload(1, title="Pulled")),
        current={PAYLOAD: payload(1, title="Mug")},  # an edit waiting already restores it
    )
    assert restore.plan(timeline, timeline.points[-1].id, ["title"]).skipped == {
        "title": restore.SAME}
