"""The editor's Publish with typing queues a draft and a publish together. When the draft
is not sent (a colleague's newer draft makes it a conflict), the publish must not go out:
it would make the colleague's draft live, content the merchant never saw."""

from __future__ import annotations

from desktop_app.exchange.publishing_push import DRAFT_NOT_SENT
from tests.publishing.test_catalog_drafts import shop  # noqa: F401  (fixture)


async def test_a_publish_does_not_go_out_over_a_conflicting_draft(shop) -> None:  # noqa: F811
    catalog, payload, pid, doc_id = shop
    await catalog.edit_draft(pid, {"title": "Mine"})
    await catalog.publish(pid)
    payload.save_draft(doc_id, title="Theirs")  # a colleague's draft meanwhile
    await catalog.push()
    assert payload.docs[doc_id]["title"] != "Theirs", "published a draft the merchant never saw"
    assert payload.docs[doc_id]["_status"] == "published"
    states = {e.field: (e.state, e.message) for e in catalog.outbox()}
    assert states["draft.title"][0] == "conflict"
    assert states["publication"] == ("failed", DRAFT_NOT_SENT)

    # Another push does not send it either while the draft's conflict stands.
    await catalog.push()
    assert payload.docs[doc_id]["title"] != "Theirs"
    assert {e.field: e.state for e in catalog.outbox()}["publication"] == "failed"
