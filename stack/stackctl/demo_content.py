"""Content the demo products get in Payload after the mirror: SEO, a thumbnail and gallery
images, spread unevenly on purpose, so the demo shop looks mid-way through its content work
(content quality scores from 0 to 100 %, docs/quality.md).

Deterministic: what a product gets depends on its place in catalog.DEMO only."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import catalog
import swatch
import web
from settings import Settings

# name, colour, whether the picture has alt text (3 in 4 do)
SWATCHES: list[tuple[str, tuple[int, int, int], bool]] = [
    ("forest green", (62, 104, 72), True),
    ("terracotta", (196, 98, 62), True),
    ("navy", (38, 56, 98), False),
    ("mustard", (214, 168, 52), True),
    ("charcoal", (64, 64, 68), True),
    ("sage", (150, 170, 140), True),
    ("clay", (178, 120, 98), False),
    ("ocean blue", (52, 110, 160), True),
]


def _meta_title(index: int, title: str, subtitle: str) -> str | None:
    if index % 5 == 4:
        return None  # not written yet
    if index % 5 in (1, 2):
        return title  # written in a hurry: too short for the rule
    text = f"{title} – {subtitle}"
    return text if len(text) <= 60 else title + " | Demo Shop"


def _meta_description(index: int, title: str, subtitle: str, material: str) -> str | None:
    if index % 2:
        return None
    if index % 4 == 2:
        return f"{subtitle}."  # a first draft: too short for the rule
    return f"{title} in {material}. {subtitle}; made to last, shipped free from the demo shop."


def plan(index: int) -> dict[str, Any]:
    """What demo product ``index`` gets: Payload fields, with swatch numbers for pictures."""
    title, subtitle, _options, _eur, material, _features = catalog.DEMO[index]
    seo = {
        key: value
        for key, value in (
            ("meta_title", _meta_title(index, title, subtitle)),
            ("meta_description", _meta_description(index, title, subtitle, material)),
        )
        if value
    }
    content: dict[str, Any] = {"seo": seo} if seo else {}
    if index % 6 != 5:
        content["thumbnail"] = index % len(SWATCHES)
    if index % 4 == 1:
        gallery = [(index + 1) % len(SWATCHES), (index + 3) % len(SWATCHES)]
        content["images"] = gallery[: 1 + index % 3 // 2]
    return content


def _alt(name: str, shape: str) -> str:
    return f"{name.capitalize()} {shape} on a warm white background (placeholder product photo)"


def _multipart(filename: str, data: bytes, fields: str) -> tuple[bytes, str]:
    boundary = "stackctl-demo-content"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{fields}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="{filename}"\r\nContent-Type: image/png\r\n\r\n'
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), boundary


def upload_swatches(settings: Settings, headers: dict[str, str]) -> list[int]:
    """Upload the eight pictures (about 1.5 KB each) to Payload's media; their ids in order."""
    ids = []
    for number, (name, colour, has_alt) in enumerate(SWATCHES):
        shape = swatch.SHAPES[number % len(swatch.SHAPES)]
        fields = json.dumps({"alt": _alt(name, shape) if has_alt else None})
        body, boundary = _multipart(
            f"demo-{name.replace(' ', '-')}.png", swatch.png(colour, shape), fields
        )
        doc = web.request_raw(
            "POST",
            f"{settings.payload_url}/api/media",
            body,
            f"multipart/form-data; boundary={boundary}",
            headers=headers,
        )["doc"]
        ids.append(doc["id"])
    return ids


def _fields(content: dict[str, Any], media: list[int]) -> dict[str, Any]:
    body = dict(content)
    if "thumbnail" in body:
        body["thumbnail"] = media[body["thumbnail"]]
    if "images" in body:
        body["images"] = [{"image": media[number]} for number in body["images"]]
    return body


def enrich(
    settings: Settings,
    st: dict[str, Any],
    payload_ids: dict[str, str],
    log: Callable[[str], None],
) -> None:
    """Give the demo products just seeded (handle -> Payload doc id) their planned content."""
    indexes = {f"demo-{catalog.slug(row[0])}": i for i, row in enumerate(catalog.DEMO)}
    todo = {h: doc for h, doc in payload_ids.items() if h in indexes and plan(indexes[h])}
    if not todo:
        return
    started = time.monotonic()
    key = st["payload"]["users"]["admin"]["api_key"]
    headers = {"Authorization": f"users API-Key {key}"}
    media = upload_swatches(settings, headers)

    def patch(handle: str) -> None:
        web.request(
            "PATCH",
            f"{settings.payload_url}/api/products/{todo[handle]}?depth=0",
            _fields(plan(indexes[handle]), media),
            headers=headers,
        )

    # a few at a time: Payload answers each PATCH in tens of milliseconds
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(patch, sorted(todo)))
    log(
        f"  content (SEO, pictures) for {len(todo)} demo products, {len(media)} pictures "
        f"uploaded, in {time.monotonic() - started:.1f}s"
    )
