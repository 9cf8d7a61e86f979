"""``desktop-app content status|draft|publish|unpublish|schedule|unschedule PRODUCT``: drafts
and publishing through the profile's catalog (docs/drafts.md), offline here (the network
side: tests/publishing, tests/e2e/editorial/test_drafts_e2e.py)."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore
from tests.cli.catalog_shop import PROFILE, Shop

DOC = {
    "id": "7",
    "medusa_id": "prod_mug",
    "title": "Mug",
    "subtitle": None,
    "description": None,
    "seo": {"meta_title": "Mug"},
    "thumbnail": None,
    "images": [],
    "updated_at": "2026-01-02T00:00:00.000Z",
}
DRAFT = {
    **{k: DOC[k] for k in ("title", "subtitle", "description", "seo", "thumbnail", "images")},
    "title": "Mug, new glaze",
    "updated_at": "2026-01-03T00:00:00.000Z",
}


def _store(editorial: dict | None) -> None:
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        store.save_payload([{**DOC, **({"editorial": editorial} if editorial else {})}])
    finally:
        store.close()


@pytest.fixture
def shop(cli: Shop) -> Shop:
    """The Mug with a newer draft in Payload, as last read."""
    _store({"status": "published", "draft": DRAFT, "schedule": None})
    return cli


def test_status_shows_the_draft_against_what_is_published(shop: Shop) -> None:
    result = shop.run("content", "status", "prod_mug", "--offline")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "prod_mug: Draft (unpublished changes)"
    assert lines[2].split() == ["Field", "Published", "Draft"]
    assert lines[4].split() == ["title", "Mug", "Mug,", "new", "glaze"]
    body = shop.json("content", "status", "prod_mug", "--offline").json
    assert body["ok"] and body["publication"]["state"] == "changed"
    assert body["publication"]["draft"]["title"] == "Mug, new glaze"


def test_changes_wait_in_the_outbox(shop: Shop) -> None:
    result = shop.json(
        "content",
        "draft",
        "prod_mug",
        "--offline",
        "--set",
        "seo.meta_title=Glaze",
        "--set",
        "subtitle=Stoneware",
    )
    assert result.code == 0, result.err
    body = result.json["publication"]
    assert sorted(body["pending"]) == ["draft.seo.meta_title", "draft.subtitle"]
    assert body["draft"]["seo.meta_title"] == "Glaze" and body["published"]["subtitle"] is None

    assert (
        shop.json("content", "publish", "prod_mug", "--offline").json["publication"]["state"]
        == "published"
    )
    scheduled = shop.json(
        "content",
        "schedule",
        "prod_mug",
        "--offline",
        "--at",
        "2026-12-24T08:00+01:00",
        "--unpublish",
    ).json["publication"]
    assert scheduled["schedule"] == {"at": "2026-12-24T07:00:00Z", "action": "unpublish"}
    assert scheduled["label"].startswith("Unpublish scheduled for 2026-12-24 07:00 UTC")
    text = shop.run("content", "unschedule", "prod_mug", "--offline")
    assert text.code == 0 and "Waiting in the outbox" in text.err
    assert shop.catalog_state()[1] == 4  # two drafts, publication, schedule (the last word)


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("draft", "prod_mug"), "set"),
        (("draft", "prod_mug", "--set", "handle=x"), "set"),
        (("publish", "prod_mug", "--set", "title=x"), "set"),
        (("schedule", "prod_mug"), "at"),
        (("schedule", "prod_mug", "--at", "2026-12-24T08:00"), "at"),
        (("schedule", "prod_mug", "--at", "tomorrow"), "at"),
    ],
)
def test_usage_errors(shop: Shop, argv, field) -> None:
    result = shop.json("content", *argv, "--offline")
    assert result.code != 0 and result.json["error"]["field"] == field
    assert shop.catalog_state() == (0, 0)


def test_a_store_that_never_read_drafts_says_why(cli: Shop) -> None:
    _store(None)
    result = cli.json("content", "publish", "prod_mug", "--offline")
    assert result.code != 0
    error = result.json["error"]
    assert error["code"] == "unavailable" and error["message"].startswith("Not checked")
    status = cli.json("content", "status", "prod_mug", "--offline").json["publication"]
    assert status["state"] == "unknown"
    assert cli.catalog_state() == (0, 0)


def test_a_german_draft_waits_and_status_shows_it(shop: Shop) -> None:
    result = shop.json(
        "content", "draft", "prod_mug", "--offline", "--set", "locales.de.title=Becher"
    )
    assert result.code == 0, result.err
    body = result.json["publication"]
    assert "draft.locales.de.title" in body["pending"]
    assert body["draft"]["locales.de.title"] == "Becher"
    lines = shop.run("content", "status", "prod_mug", "--offline").out.splitlines()
    assert ["locales.de.title", "Becher"] in [line.split() for line in lines]
