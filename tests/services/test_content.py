"""ContentService: load, durable save with read-compare-write, 423, images (through the outbox).

The fakes follow payload-rest-api.md: find envelope (§3), PATCH envelope and
``updatedAt`` bump (§4, §8), 423 body (§7), media upload with ``_payload`` (§9),
ids at depth 0 (§10), array rows keeping their ids (§12).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from desktop_app.richtext import markdown_to_lexical
from desktop_app.services.content import (
    GALLERY,
    THUMBNAIL,
    Media,
    SaveStatus,
)
from tests.exchange.fakes import FakePayload
from tests.services.content_fakes import PNG, content_env


@pytest.fixture
async def env(tmp_path):
    service, medusa, payload, pid = content_env(tmp_path)
    yield service, medusa, payload, pid
    await service.aclose()


def patches(payload: FakePayload) -> list[tuple[httpx.Request, dict[str, Any]]]:
    return [(r, json.loads(r.content)) for r in payload.writes()]


async def test_load_reads_payload_doc_media_and_handle(env) -> None:
    service, _medusa, _payload, pid = env
    content = await service.load(pid)
    assert content.online and content.title == "Payload title 1"
    assert content.handle == "item-1"
    assert content.description["root"]["children"][0]["tag"] == "h2"
    assert content.seo["meta_title"] == "Old meta" and content.seo["meta_description"] == ""
    assert content.thumbnail == Media(1, "http://payload.test/api/media/file/front.png",
                                      "front", "front.png", 1, 1)
    assert [(i.row_id, i.media_id) for i in content.images] == [("row-a", 1)]
    assert content.server_values["title"] == "Payload title 1"
    assert service.origin == "http://payload.test"


async def test_save_sends_lexical_dict_and_only_changed_fields(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    lexical = markdown_to_lexical("# New\n\n**bold** and a [link](https://example.com)")
    result = await service.save(pid, {"description": lexical, "seo.meta_description": "Hi"},
                                content.server_values)
    assert result.status is SaveStatus.SAVED
    [(request, body)] = patches(payload)
    assert "overrideLock" not in str(request.url)
    assert body["description"] == lexical  # a dict, not markdown for the server hook
    assert body["seo"] == {"meta_title": "Old meta", "meta_description": "Hi",
                           "meta_keywords": None}
    assert set(body) == {"description", "seo"}
    assert payload.by_medusa(pid)["description"] == lexical
    assert service.catalog.outbox() == []


async def test_save_is_durable_before_any_request(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    payload.down = True
    result = await service.save(pid, {"title": "Offline title"}, content.server_values)
    assert result.status is SaveStatus.QUEUED
    [entry] = service.catalog.outbox()
    assert (entry.field, entry.mine, entry.state) == ("title", "Offline title", "queued")
    offline = await service.load(pid)
    assert not offline.online and offline.title == "Offline title"
    assert offline.pending == ("title",)
    payload.down = False
    again = await service.save(pid, {})
    assert again.status is SaveStatus.SAVED
    assert payload.by_medusa(pid)["title"] == "Offline title"


async def test_conflict_when_payload_changed_the_field(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    payload.touch(pid, title="Changed in admin")
    result = await service.save(pid, {"title": "Mine"}, content.server_values)
    assert result.status is SaveStatus.CONFLICT
    assert result.theirs == {"title": "Changed in admin"}
    assert patches(payload) == []
    kept = await service.resolve_conflicts(pid, keep_mine=True)
    assert kept.status is SaveStatus.SAVED
    assert payload.by_medusa(pid)["title"] == "Mine"


async def test_unrelated_server_change_is_not_a_conflict(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    payload.touch(pid, subtitle="Admin subtitle")  # bumps updatedAt; title untouched
    result = await service.save(pid, {"title": "Mine"}, content.server_values)
    assert result.status is SaveStatus.SAVED
    assert payload.by_medusa(pid)["subtitle"] == "Admin subtitle"


async def test_locked_then_override(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    payload.locked.add(payload.by_medusa(pid)["id"])
    result = await service.save(pid, {"subtitle": "New"}, content.server_values)
    assert result.status is SaveStatus.LOCKED
    assert "someone else" in result.message
    assert [e.state for e in service.catalog.outbox()] == ["locked"]
    retry = await service.save(pid, {})
    assert retry.status is SaveStatus.LOCKED
    overridden = await service.save(pid, {}, override_lock=True)
    assert overridden.status is SaveStatus.SAVED
    request, body = patches(payload)[-1]
    assert request.url.params["overrideLock"] == "true" and body == {"subtitle": "New"}


async def test_upload_and_attach_thumbnail_and_gallery(env, tmp_path) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    path = tmp_path / "red.png"
    path.write_bytes(PNG)
    media = await service.upload(path, alt="Red")
    assert media.url == "http://payload.test/api/media/file/red.png" and media.alt == "Red"
    result = await service.attach(content, media, THUMBNAIL)
    assert result.status is SaveStatus.SAVED
    assert patches(payload)[-1][1] == {"thumbnail": media.id}
    result = await service.attach(content, media, GALLERY)
    assert result.status is SaveStatus.SAVED
    rows = patches(payload)[-1][1][GALLERY]
    assert rows == [{"id": "row-a", "image": 1}, {"image": media.id}]  # old row keeps its id
    assert await service.fetch_media(media.url) == PNG


async def test_attach_detects_a_changed_thumbnail_and_lock(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    other = payload.add_media("other.png")
    payload.touch(pid, thumbnail=other["id"])
    media = Media(9, "http://payload.test/api/media/file/x.png")
    result = await service.attach(content, media, THUMBNAIL)
    assert result.status is SaveStatus.CONFLICT and patches(payload) == []
    assert result.theirs == {THUMBNAIL: other["id"]}
    fresh = await service.load(pid)
    payload.locked.add(payload.by_medusa(pid)["id"])
    assert (await service.attach(fresh, media, THUMBNAIL)).status is SaveStatus.LOCKED


async def test_attach_goes_through_the_outbox_before_any_request(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    media = Media(payload.add_media("blue.png")["id"], "http://payload.test/api/media/file/b.png")
    payload.down = True
    result = await service.attach(content, media, THUMBNAIL)
    assert result.status is SaveStatus.QUEUED and patches(payload) == []
    [entry] = service.catalog.outbox()
    assert (entry.field, entry.base, entry.mine, entry.state) == (
        THUMBNAIL, content.thumbnail_id, media.id, "queued")
    offline = await service.load(pid)  # the pending image is what the merchant sees
    assert not offline.online and offline.thumbnail_id == media.id
    assert offline.pending == (THUMBNAIL,)
    payload.down = False
    assert (await service.save(pid, {})).status is SaveStatus.SAVED
    assert payload.by_medusa(pid)[THUMBNAIL] == media.id
    assert service.catalog.outbox() == []


async def test_a_locked_attach_is_kept_and_sent_with_override(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    media = Media(payload.add_media("green.png")["id"], "http://payload.test/x/g.png")
    payload.locked.add(payload.by_medusa(pid)["id"])
    result = await service.attach(content, media, GALLERY)
    assert result.status is SaveStatus.LOCKED
    [entry] = service.catalog.outbox()
    assert (entry.field, entry.state, entry.mine) == (GALLERY, "locked", [1, media.id])
    done = await service.save(pid, {}, override_lock=True)
    assert done.status is SaveStatus.SAVED
    request, body = patches(payload)[-1]
    assert request.url.params["overrideLock"] == "true"
    assert body == {GALLERY: [{"id": "row-a", "image": 1}, {"image": media.id}]}


async def test_gallery_changed_in_payload_is_a_conflict_not_an_overwrite(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    theirs = payload.add_media("theirs.png")["id"]
    payload.touch(pid, images=[{"id": "row-a", "image": 1}, {"id": "row-t", "image": theirs}])
    mine = Media(payload.add_media("mine.png")["id"], "http://payload.test/x/m.png")
    result = await service.attach(content, mine, GALLERY)
    assert result.status is SaveStatus.CONFLICT and "gallery" in result.message
    assert patches(payload) == []
    kept = await service.resolve_conflicts(pid, keep_mine=True)
    assert kept.status is SaveStatus.SAVED
    assert [r["image"] for r in payload.by_medusa(pid)[GALLERY]] == [1, mine.id]


async def test_an_image_result_is_about_the_image_not_other_pending_fields(env) -> None:
    service, _medusa, payload, pid = env
    content = await service.load(pid)
    payload.touch(pid, title="Changed in admin")
    assert (await service.save(pid, {"title": "Mine"}, content.server_values)).status \
        is SaveStatus.CONFLICT
    media = Media(payload.add_media("x.png")["id"], "http://payload.test/x/x.png")
    result = await service.attach(content, media, THUMBNAIL)
    assert result.status is SaveStatus.SAVED  # the title conflict waits for the merchant
    assert payload.by_medusa(pid)[THUMBNAIL] == media.id
    assert [e.field for e in service.catalog.outbox()] == ["title"]


async def test_media_only_from_the_payload_host(env) -> None:
    service, *_ = env
    with pytest.raises(ValueError, match="not this shop's Payload server"):
        await service.fetch_media("https://evil.example.com/api/media/file/x.png")


async def test_save_rejects_fields_payload_does_not_own(env) -> None:
    service, _medusa, _payload, pid = env
    await service.load(pid)
    with pytest.raises(ValueError, match="not content fields"):
        await service.save(pid, {"handle": "x"})


async def test_load_reads_the_media_the_description_names_for_the_preview(env) -> None:
    from desktop_app.richtext import lexical_to_html

    service, _medusa, payload, pid = env
    detail = payload.add_media("detail.png", "stitching")
    description = markdown_to_lexical("Made by hand.")
    description["root"]["children"].append(
        {"type": "upload", "version": 3, "format": "", "id": "65f0c0ffee0000000000abcd",
         "relationTo": "media", "value": detail["id"], "fields": None})
    payload.touch(pid, description=description)
    content = await service.load(pid)
    catalog = service.catalog
    assert set(catalog.media_docs([str(detail["id"])])) == {str(detail["id"])}
    html = lexical_to_html(content.description,
                           populate=catalog.upload_populate(content.description))
    assert 'src="http://payload.test/api/media/file/detail.png"' in html
    assert 'alt="stitching"' in html
    reads = [r for r in payload.requests if r.url.path == "/api/media" and r.method == "GET"]
    await service.load(pid)  # known now: not asked again
    assert len([r for r in payload.requests
                if r.url.path == "/api/media" and r.method == "GET"]) == len(reads) + 1
