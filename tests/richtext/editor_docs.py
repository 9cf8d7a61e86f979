"""Documents with what Payload's markdown drops, built from the node shapes its editor stores.

Payload's own HTML and plain-text output for them sits in
tests/fixtures/richtext/editor_extensions.json. Regenerate it with

    .venv/bin/python -m tests.richtext.editor_docs

(needs stack/payload/node_modules; runs stack/payload/scripts/oracle.mjs).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .strategies import doc, element, link, paragraph, text

Json = dict[str, Any]

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "richtext" / "editor_extensions.json"


def styled(value: str, fmt: int = 0, style: str = "") -> Json:
    return {**text(value, fmt), "style": style}


def upload(value: Any, node_id: str = "65f0c0ffee0000000000abcd") -> Json:
    return {
        "type": "upload", "relationTo": "media", "value": value, "fields": None,
        "format": "", "version": 3, "id": node_id,
    }  # fmt: skip


IMAGE = {
    "id": "img1", "url": "/media/shoe.png", "mimeType": "image/png", "filename": "shoe.png",
    "width": 640, "height": 480, "alt": "A shoe",
}  # fmt: skip
PDF = {
    "id": "pdf1",
    "url": "/media/manual.pdf",
    "mimeType": "application/pdf",
    "filename": "manual.pdf",
}


def _formats() -> Json:
    return doc([
        paragraph([text("plain "), text("under", 8), text(" H"), text("2", 32), text("O x"),
                   text("2", 64), text(" "), text("marked", 128), text(" all", 255)]),
        paragraph([text("bold+under", 9), text(" "), text("code+sub", 48),
                   text(" "), text("italic+highlight", 130)]),
    ])  # fmt: skip


def _styles() -> Json:
    return doc([
        paragraph([text("Colour: "), styled("red", 0, "color: red"),
                   text(" and "), styled("big bold", 1, "font-size: 20px;color: #00f")]),
        paragraph([styled("quote\"amp&lt<", 8, 'font-family: "A&B"')]),
    ])  # fmt: skip


def _alignment() -> Json:
    blocks = [
        {**paragraph([text(f"aligned {fmt}")]), "format": fmt}
        for fmt in ("left", "center", "right", "justify", "start", "end")
    ]
    blocks.append({**paragraph([text("indented twice")]), "indent": 2})
    blocks.append({**paragraph([text("ltr")]), "direction": "ltr"})
    blocks.append({**element("heading", [text("Centred title")], tag="h2"), "format": "center"})
    blocks.append({**element("quote", [text("indented quote")]), "indent": 1, "direction": "rtl"})
    return doc(blocks)


def _lists() -> Json:
    items = [
        element("listitem", [text("one")], value=1),
        {**element("listitem", [text("two", 8)], value=2), "format": "center"},
        {**element("listitem", [text("three")], value=3), "indent": 0, "direction": "ltr"},
    ]
    bullet = element("list", items, listType="bullet", start=1, tag="ul")
    check = element(
        "list",
        [{**element("listitem", [text("done", 64)], value=1), "checked": True}],
        listType="check", start=1, tag="ul",
    )  # fmt: skip
    return doc([bullet, paragraph([text("between")]), check])


def _links() -> Json:
    internal = {
        **link([text("internal")], ""),
        "fields": {"linkType": "internal", "newTab": False,
                   "doc": {"relationTo": "products", "value": "p1"}},
    }  # fmt: skip
    with_doc_null = {**link([text("admin link")], "https://a.example")}
    with_doc_null["fields"] = {**with_doc_null["fields"], "doc": None}
    return doc([
        paragraph([text("Visit "), link([text("the shop")], "https://shop.example", True),
                   text(" or "), link([text("docs", 8)], "https://docs.example")]),
        paragraph([internal, text(" "), with_doc_null]),
        paragraph([link([text("rel")], "https://r.example", True) | {"fields": {
            "linkType": "custom", "newTab": True, "url": "https://r.example", "rel": "nofollow"}}]),
    ])  # fmt: skip


def _opaque() -> Json:
    relationship = {"format": "", "type": "relationship", "version": 2, "relationTo": "products",
                    "value": "prod_1"}  # fmt: skip
    block = {"type": "block", "version": 2, "format": "",
             "fields": {"blockType": "cta", "id": "b1", "label": "Buy now"}}  # fmt: skip
    inline_block = {"type": "inlineBlock", "version": 1,
                    "fields": {"blockType": "price", "id": "ib1"}}  # fmt: skip
    return doc([
        paragraph([text("Before the image.")]),
        upload("img1"),
        upload(IMAGE, "65f0c0ffee0000000000abce"),
        upload(PDF, "65f0c0ffee0000000000abcf"),
        relationship,
        block,
        paragraph([text("Price: "), inline_block, text(" today")]),
        {"type": "mystery", "version": 1, "data": [1, {"x": None}]},
        paragraph([text("After.")]),
    ])  # fmt: skip


def _mixed() -> Json:
    tab = {**text("\t"), "type": "tab", "detail": 2}
    return doc([
        {**paragraph([text("Literal <u>tags</u>, &lt; and <!-- comments --> stay text.")])},
        paragraph([]),
        paragraph([text("tab"), tab, text("and"), {"type": "linebreak", "version": 1},
                   text("break")]),
        {**paragraph([text("styled start", 8)]), "textFormat": 8, "textStyle": "color: red"},
    ])  # fmt: skip


DOCUMENTS: dict[str, Json] = {
    "formats": _formats(),
    "styles": _styles(),
    "alignment": _alignment(),
    "lists": _lists(),
    "links": _links(),
    "opaque": _opaque(),
    "mixed": _mixed(),
}


def load_fixture() -> list[Json]:
    if not FIXTURE.is_file():
        return []
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def regenerate() -> None:
    inputs = [{"name": name, "lexical": value} for name, value in DOCUMENTS.items()]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(inputs, handle)
    out = subprocess.run(
        ["node", "--conditions=production", "scripts/oracle.mjs", handle.name],
        cwd=REPO / "stack" / "payload",
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    Path(handle.name).unlink()
    FIXTURE.write_text(json.dumps(json.loads(out), indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {FIXTURE}", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
