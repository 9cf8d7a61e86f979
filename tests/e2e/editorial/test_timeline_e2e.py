"""Issue 16, the timeline, on the real stacks: on the editorial one the app lists Payload's
versions as Payload's own version list has them (drafts, an autosave, the published one, the
app's own push); on the seed's default stack it works from pulled and sent states and says
why versions are not there. On both, restoring an earlier point is an edit the push sends.

The editorial cases need the editorial stack: see conftest.py (up already, ``E2E_EDITORIAL=1``,
or CI).
"""

from __future__ import annotations

import time

from desktop_app.timeline import diff, restore
from desktop_app.timeline.points import Kind
from desktop_app.timeline.versions import VersionsState
from tests.e2e.editorial.conftest import catalog_for
from tests.support.stack import StackHttp, unique, wait_for


async def test_the_timeline_on_each_configuration(deployment, tmp_path) -> None:
    name, info = deployment
    started = time.perf_counter()
    http = StackHttp(info)
    product = http.create_product(unique("timeline"), title="Timeline mug")
    pid = product["id"]
    editor = http.payload_headers("editor")
    catalog = catalog_for(info, tmp_path / "catalog.sqlite3")
    try:
        doc = wait_for(lambda: (http.payload_docs_for(pid) or [None])[0], 60, what="its doc")
        path = f"/products/{doc['id']}"

        def patch(params: dict[str, str], **body: object) -> None:
            http.payload.patch(path, params=params, json=body, headers=editor).raise_for_status()

        await catalog.refresh([pid])  # the app reads the product: its first states
        patch({}, subtitle="Stoneware")  # a colleague saves in Payload admin (published)
        if name == "editorial":
            patch({"draft": "true"}, title="Draft title")
            patch({"draft": "true", "autosave": "true"}, title="Autosaved title")
        await catalog.refresh([pid])
        # With drafts, the app's content edit is a draft (docs/drafts.md): a plain write would
        # publish the colleague's newer draft with it, so the push refuses those there.
        if name == "editorial":
            await catalog.edit_draft(pid, {"seo.meta_title": "Timeline mug, 300 ml"})
        else:
            catalog.edit(pid, {"seo.meta_title": "Timeline mug, 300 ml"})
        await catalog.push_product(pid)  # sent, and its answer stored

        timeline = await catalog.timeline(pid)
        kinds = [p.kind for p in timeline.points]
        assert kinds[0] is Kind.NOW and Kind.SENT in kinds and Kind.PULLED in kinds
        sent = next(p for p in timeline.points if p.kind is Kind.SENT)
        field = "draft.seo.meta_title" if name == "editorial" else "seo.meta_title"
        assert dict(sent.content) == {field: "Timeline mug, 300 ml"}
        subtitles = [timeline.state(p.id).get("subtitle") for p in timeline.points
                     if p.kind is Kind.PULLED and p.server == "payload"]
        assert subtitles[-1] in (None, "") and "Stoneware" in subtitles

        if name == "default":
            assert timeline.versions.state is VersionsState.UNAVAILABLE
            assert "versions" in timeline.versions.reason
            assert not [p for p in timeline.points if p.kind is Kind.VERSION]
        else:
            listed = [p for p in timeline.points if p.kind is Kind.VERSION]
            answer = http.payload.get("/products/versions", headers=editor, params={
                "where[parent][equals]": str(doc["id"]), "sort": "-updatedAt", "limit": "100",
                "depth": "0"})
            answer.raise_for_status()
            theirs = answer.json()["docs"]
            assert [p.id for p in listed] == [f"v{v['id']}" for v in theirs]
            assert [p.status for p in listed] == [v["version"].get("_status") for v in theirs]
            assert [timeline.state(p.id)["title"] for p in listed] == [
                v["version"]["title"] for v in theirs]
            assert [p.autosave for p in listed] == [bool(v["autosave"]) for v in theirs]
            titles = {timeline.state(p.id)["title"] for p in listed}
            assert {"Draft title", "Autosaved title"} <= titles
            assert any(timeline.state(p.id).get("seo.meta_title") == "Timeline mug, 300 ml"
                       for p in listed)  # the app's own push is a version too
            # The app's draft is saved onto the latest draft (the autosave): its version holds
            # the autosaved title, status draft; the published document keeps its title. The
            # timeline shows it: the push's version against the first published one.
            pushed = listed[0]
            assert timeline.state(pushed.id)["seo.meta_title"] == "Timeline mug, 300 ml"
            assert pushed.status == "draft" and "latest" in pushed.note
            first_published = [p for p in listed if p.status == "published"][-1]
            change = diff.compare(timeline, first_published.id, pushed.id).field("title")
            assert (change.before, change.after) == ("Timeline mug", "Autosaved title")
            assert timeline.state("now")["title"] == "Timeline mug"  # published: unchanged
            assert catalog.draft_value(pid, "title") == "Autosaved title"
            await catalog.publish(pid)  # the drafts go live; then the restore is sent as is
            await catalog.push_product(pid)

        # Restore the subtitle to the first state read: an edit the push sends.
        first = [p for p in timeline.points if p.kind is Kind.PULLED
                 and p.server == "payload"][-1]
        planned = restore.plan(timeline, first.id, ["subtitle"])
        assert planned.changes == {"subtitle": timeline.state(first.id).get("subtitle")}
        catalog.edit(pid, planned.changes)
        await catalog.push_product(pid)
        assert catalog.outbox() == []
        read = http.payload.get(path, params={"depth": "0"}, headers=editor).json()
        assert read.get("subtitle") in (None, "")
        assert read["seo"]["meta_title"] == "Timeline mug, 300 ml"  # only what was restored
    finally:
        await catalog.aclose()
        http.delete_product(pid)
        http.close()
    print(f"\n[timeline] {name} stack: {time.perf_counter() - started:.1f}s")
