"""Field names of drafts and publishing (store/draft_fields.py): read, overlay, compare."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.store import draft_fields, fields
from desktop_app.store.draft_fields import CHANGED, PUBLISHED, UNPUBLISHED

RECORD = {
    "id": "1",
    "medusa_id": "prod_1",
    "title": "Mug",
    "subtitle": None,
    "seo": {"meta_title": "M", "meta_description": None, "meta_keywords": None},
    "description": None,
    "thumbnail": None,
    "images": [],
}


def with_part(status: str = PUBLISHED, draft: dict | None = None, schedule=None) -> dict:
    return {**RECORD, "editorial": {"status": status, "draft": draft, "schedule": schedule}}


def test_names_owner_and_refusals() -> None:
    assert fields.owner("draft.seo.meta_title") == "payload"
    assert fields.owner("publication") == fields.owner("schedule") == "payload"
    for bad in ("draft.handle", "draft.", "draft.seo.other", "drafts.title"):
        with pytest.raises(ValueError):
            fields.owner(bad)
    with pytest.raises(ValueError, match="draft, publish or schedule"):
        fields.request_body("payload", RECORD, {"draft.title": "x"})


def test_a_record_without_a_newer_draft_is_its_own_draft() -> None:
    record = with_part()
    assert fields.extract(record, "draft.title") == "Mug"
    assert fields.extract(record, "publication") == PUBLISHED
    assert fields.extract(RECORD, "publication") is None  # drafts off / not read
    assert fields.extract(with_part(UNPUBLISHED), "publication") == UNPUBLISHED


def test_a_draft_edit_changes_the_draft_only_and_publishing_makes_it_live() -> None:
    drafted = fields.apply(with_part(), "draft.seo.meta_title", "New")
    assert fields.extract(drafted, "publication") == CHANGED
    assert drafted["seo"]["meta_title"] == "M"  # the published content as it was
    assert fields.extract(drafted, "draft.seo.meta_title") == "New"
    assert fields.extract(drafted, "draft.title") == "Mug"  # siblings from the document
    live = fields.apply(drafted, "publication", PUBLISHED)
    assert live["seo"]["meta_title"] == "New" and fields.extract(live, "publication") == PUBLISHED
    off = fields.apply(live, "publication", UNPUBLISHED)
    assert fields.extract(off, "publication") == UNPUBLISHED and off["title"] == "Mug"


def test_schedules_compare_as_utc_instants() -> None:
    cet = timezone(timedelta(hours=1))
    a = {"at": datetime(2030, 1, 1, 10, 0, tzinfo=cet), "action": "publish"}
    b = {"at": "2030-01-01T09:00:00.000Z", "action": "publish", "job": 4}
    assert fields.same("schedule", a, b)
    assert not fields.same("schedule", a, {**b, "action": "unpublish"})
    assert fields.canonical("schedule", None) is None
    with pytest.raises(ValueError, match="time zone"):
        draft_fields.schedule_value({"at": datetime(2030, 1, 1)})
    with pytest.raises(ValueError):
        draft_fields.schedule_value({"at": "2030-01-01T09:00:00Z", "action": "delete"})


STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("draft.title"), st.sampled_from(["A", "B", "Mug"])),
        st.tuples(st.just("draft.seo.meta_title"), st.sampled_from(["X", "M"])),
        st.tuples(st.just("publication"), st.sampled_from([PUBLISHED, UNPUBLISHED])),
    ),
    max_size=12,
)


@given(STEPS)
def test_overlays_follow_payloads_model(steps) -> None:
    """Applied in order, the overlay says what Payload will hold after the same writes:
    drafts collect on the latest draft, publishing makes it the live content."""
    record = with_part()
    live = {"title": "Mug", "seo.meta_title": "M"}
    latest = dict(live)
    status, newer = PUBLISHED, False
    for name, value in steps:
        record = fields.apply(record, name, value)
        if name == "publication":
            live, status, newer = dict(latest), value, False
        else:
            latest[name.removeprefix("draft.")] = value
            newer = True
    expected = UNPUBLISHED if status != PUBLISHED else CHANGED if newer else PUBLISHED
    assert fields.extract(record, "publication") == expected
    assert {k: fields.extract(record, k) for k in live} == live
    assert {k: fields.extract(record, f"draft.{k}") for k in latest} == latest
