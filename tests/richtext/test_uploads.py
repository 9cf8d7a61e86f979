"""Upload nodes named by id, rendered from stored media docs (the preview, issue 16).

Payload renders an upload whose ``value`` is an id from the doc its ``populate`` finds
(async converter); the preview's ``populate`` is ``populate_from`` over the docs the store
keeps (``quality.stored.media_docs``: what an upload shows of a doc). Rendering a node that
names its doc by id through it gives exactly the HTML of the node holding the populated doc
(depth >= 1): ``test_upload_html.py``'s cases, every shape.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.quality.stored import SHOWN
from desktop_app.richtext import lexical_to_html
from desktop_app.richtext.uploads import populate_from, upload_ids

from .strategies import doc, paragraph, text
from .test_upload_html import NOT_MADE, PDF, SHOE, THUMB, sized, upload

# As the store keeps a doc: its id (as text), alt and what an upload shows (SHOWN).
KEPT = ("id", "alt", *SHOWN)


def kept(media: dict[str, Any]) -> dict[str, Any]:
    found = {k: media[k] for k in KEPT if k in media}
    found["id"] = str(media["id"])
    found.setdefault("alt", "")
    return found


def html_of(node: dict[str, Any], **options: Any) -> str:
    return lexical_to_html(doc([paragraph([text("Before")]), node]), new_id=lambda: "x", **options)


@pytest.mark.parametrize(
    "media",
    [SHOE, PDF, sized(thumbnail=THUMB, card=NOT_MADE), {**SHOE, "alt": None}],
    ids=["image", "pdf", "sizes", "no-alt"],
)
@pytest.mark.parametrize("fields", [None, {"alt": "Override"}])
def test_an_id_renders_as_its_populated_doc(media: dict[str, Any], fields: Any) -> None:
    populated = html_of(upload(media, fields))
    by_id = html_of(
        upload(media["id"], fields), populate=populate_from({str(media["id"]): kept(media)})
    )
    assert by_id == populated and by_id != html_of(upload(media["id"], fields))


def test_an_unknown_doc_or_collection_renders_as_nothing() -> None:
    populate = populate_from({"12": kept(SHOE)})
    nothing = html_of(upload(99))
    assert html_of(upload(99), populate=populate) == nothing
    assert html_of(upload(12, relationTo="files"), populate=populate) == nothing


def test_urls_are_made_absolute_for_the_preview() -> None:
    populate = populate_from(
        {"12": kept(sized(thumbnail=THUMB, card=NOT_MADE))}, lambda url: "http://payload.test" + url
    )
    found = populate(12, "media")
    assert found["url"] == "http://payload.test/api/media/file/shoe.png"
    assert (
        found["sizes"]["thumbnail"]["url"] == "http://payload.test/api/media/file/shoe-400x300.png"
    )
    assert found["sizes"]["card"]["url"] is None  # a size Payload did not make stays so
    assert 'src="http://payload.test/api/media/file/shoe.png"' in html_of(
        upload(12), populate=populate
    )


def test_upload_ids_lists_the_ids_to_look_up() -> None:
    nested = {"type": "list", "children": [{"type": "listitem", "children": [upload("a7")]}]}
    found = doc(
        [
            upload(12),
            paragraph([text("x")]),
            upload(SHOE),
            nested,
            upload(12),
            upload(5, relationTo="files"),
            upload(True),
            upload(""),
            upload(),
        ]
    )
    assert upload_ids(found) == ["12", "a7"]
    assert upload_ids(None) == [] and upload_ids({"root": None}) == []
