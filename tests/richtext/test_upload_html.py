"""Upload nodes in the preview's HTML: one case per shape, as Payload 3.90.2 renders it.

The expected HTML is written from Payload's converter source, payloadcms/payload at
e4742054db6c3cacfcf32658b0911ea619cb757d (the last change to these files before 3.90.2;
byte-identical to the TypeScript embedded in @payloadcms/richtext-lexical@3.90.2's
source maps):

- packages/richtext-lexical/src/features/converters/lexicalToHtml/sync/converters/upload.ts
- packages/richtext-lexical/src/features/converters/lexicalToHtml/async/converters/upload.ts
  (the same, except that an id `value` is handed to `populate`)
- .../lexicalToHtml/sync/index.ts, `convertLexicalNodesToHTML`: a converter that throws
  (`uploadDoc.mimeType.startsWith` on a doc without a string mimeType) is logged and
  its node becomes "" (`htmlArray.push('')`, then `filter(Boolean)`)
- .../lexicalToHtml/shared/findConverterForNode.ts: the `style` attribute (alignment,
  indent) every converter receives as `providedStyleTag`

`lone_img`, `picture`, `source` and `link` below copy the template literals of
upload.ts line for line, whitespace included.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.richtext import lexical_to_html

from .strategies import doc, paragraph, text

Json = dict[str, Any]
_MISSING = object()


def upload(value: Any = _MISSING, fields: Any = None, **extra: Any) -> Json:
    """An upload node as Payload's editor stores it (`value`: id at depth 0, doc at ≥ 1)."""
    node: Json = {
        "type": "upload",
        "version": 3,
        "format": "",
        "id": "65f0c0ffee0000000000abcd",
        "relationTo": "media",
        "fields": fields,
        **extra,
    }
    if value is not _MISSING:
        node["value"] = value
    return node


def lone_img(alt: str, height: str, src: str, width: str, style: str = "") -> str:
    """upload.ts, step 2: an image without sizes."""
    return f"""
        <img{style}
          alt="{alt}"
          height="{height}"
          src="{src}"
          width="{width}"
        />
      """


def source(width: str, srcset: str, mime: str) -> str:
    """upload.ts, step 3: one usable size."""
    return f"""
        <source
          media="(max-width: {width}px)"
          srcset="{srcset}"
          type="{mime}"
        />
      """


def picture(sources: str, alt: str, height: str, src: str, width: str, style: str = "") -> str:
    """upload.ts, step 3: the sizes, then the original as the fallback <img>."""
    fallback = f"""
      <img
        alt="{alt}"
        height="{height}"
        src="{src}"
        width="{width}"
      />
    """
    return f"<picture{style}>{sources}{fallback}</picture>"


def link(href: str, name: str, style: str = "") -> str:
    """upload.ts, step 1: any file that is not an image."""
    return f'<a{style} href="{href}" rel="noopener noreferrer">{name}</a>'


# A media doc as Payload 3.90.2 returns it at depth ≥ 1 (the stack's Media collection:
# sizes `thumbnail` 400×300 and `card` 768×1024).
SHOE = {
    "id": 12,
    "alt": "A shoe",
    "filename": "shoe.png",
    "mimeType": "image/png",
    "filesize": 48213,
    "width": 640,
    "height": 480,
    "url": "/api/media/file/shoe.png",
}
THUMB = {
    "width": 400,
    "height": 300,
    "mimeType": "image/png",
    "filesize": 9120,
    "filename": "shoe-400x300.png",
    "url": "/api/media/file/shoe-400x300.png",
}
# A size Payload did not make (the original is smaller than 768 wide): all nulls.
NOT_MADE = dict.fromkeys(("width", "height", "mimeType", "filesize", "filename", "url"))
PDF = {
    "id": 13,
    "filename": "manual.pdf",
    "mimeType": "application/pdf",
    "url": "/api/media/file/manual.pdf",
}
SHOE_IMG = lone_img("A shoe", "480", "/api/media/file/shoe.png", "640")
THUMB_SOURCE = source("400", "/api/media/file/shoe-400x300.png", "image/png")


def sized(**sizes: Any) -> Json:
    return {**SHOE, "sizes": sizes}


# (case id, upload node, Payload's HTML for it)
SYNC_CASES: list[tuple[str, Json, str]] = [
    # Not populated: `typeof value !== 'object'` returns "" (sync has no populate).
    ("id-string-at-depth-0", upload("65f0c0ffee0000000000beef"), ""),
    ("id-number-at-depth-0", upload(12), ""),
    # `typeof null === 'object'`, then `if (!uploadDoc) return ''`.
    ("value-null", upload(None), ""),
    ("value-missing", upload(), ""),
    # Objects of the wrong shape reach `uploadDoc.mimeType.startsWith` and throw.
    ("value-list-throws", upload([SHOE]), ""),
    ("doc-without-mimeType-throws", upload({k: v for k, v in SHOE.items() if k != "mimeType"}), ""),
    ("doc-mimeType-null-throws", upload({**SHOE, "mimeType": None}), ""),
    ("doc-mimeType-number-throws", upload({**SHOE, "mimeType": 7}), ""),
    # Step 1: not `image…` → a link named by the filename; no <video>, no alt.
    ("pdf-is-a-link", upload(PDF), link("/api/media/file/manual.pdf", "manual.pdf")),
    (
        "video-is-a-link",
        upload(
            {
                **PDF,
                "mimeType": "video/mp4",
                "filename": "clip.mp4",
                "url": "/api/media/file/clip.mp4",
            }
        ),
        link("/api/media/file/clip.mp4", "clip.mp4"),
    ),
    ("file-without-url-or-filename", upload({"mimeType": "text/plain"}), link("", "")),
    (
        "mimeType-empty-is-a-link",
        upload({**SHOE, "mimeType": ""}),
        link("/api/media/file/shoe.png", "shoe.png"),
    ),
    (
        "mimeType-is-case-sensitive",
        upload({**SHOE, "mimeType": "Image/PNG"}),
        link("/api/media/file/shoe.png", "shoe.png"),
    ),
    # `?? ''` keeps falsy non-null values: String(0) is "0".
    (
        "filename-zero-is-kept",
        upload({**PDF, "filename": 0}),
        link("/api/media/file/manual.pdf", "0"),
    ),
    (
        "link-escapes-url-and-name",
        upload({**PDF, "url": "/f?a=1&b=<2>", "filename": "a\"b'.pdf"}),
        link("/f?a=1&amp;b=&lt;2&gt;", "a&quot;b&#39;.pdf"),
    ),
    # Step 2: an image without sizes → a lone <img>.
    ("image-without-sizes", upload(SHOE), SHOE_IMG),
    (
        "image-without-url-width-height",
        upload({"mimeType": "image/jpeg"}),
        lone_img("", "", "", ""),
    ),
    ("image-sizes-null", upload({**SHOE, "sizes": None}), SHOE_IMG),
    ("image-sizes-empty", upload(sized()), SHOE_IMG),
    ("image-sizes-a-number", upload({**SHOE, "sizes": 3}), SHOE_IMG),  # Object.keys(3) is []
    # alt: `fields.alt || doc.alt || ''`, escaped.
    (
        "alt-from-fields-wins",
        upload(SHOE, {"alt": "Red shoe"}),
        lone_img("Red shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    ("alt-empty-in-fields-falls-back", upload(SHOE, {"alt": ""}), SHOE_IMG),
    (
        "alt-missing-everywhere",
        upload({**SHOE, "alt": None}),
        lone_img("", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "alt-empty-object-is-truthy",
        upload(SHOE, {"alt": {}}),
        lone_img("[object Object]", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "alt-and-src-escaped",
        upload({**SHOE, "alt": 'Tom\'s "best" <shoe> & co', "url": "/img?w=1&h=2"}),
        lone_img(
            "Tom&#39;s &quot;best&quot; &lt;shoe&gt; &amp; co", "480", "/img?w=1&amp;h=2", "640"
        ),
    ),
    # Step 3: sizes → <picture>, one <source> per size with all six fields truthy.
    (
        "sizes-made-and-not-made",
        upload(sized(thumbnail=THUMB, card=NOT_MADE)),
        picture(THUMB_SOURCE, "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "sizes-none-usable",
        upload(sized(thumbnail=NOT_MADE, card=NOT_MADE)),
        picture("", "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "size-filesize-zero-skipped",
        upload(sized(thumbnail={**THUMB, "filesize": 0})),
        picture("", "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "size-not-an-object-skipped",
        upload(sized(thumbnail="shoe-400x300.png")),
        picture("", "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "sizes-without-url-on-original",
        upload({**sized(thumbnail=THUMB), "url": None}),
        picture(THUMB_SOURCE, "A shoe", "480", "", "640"),
    ),
    # `for…in` visits integer-like keys first, ascending, then the rest in order.
    (
        "sizes-in-js-key-order",
        upload(
            sized(
                thumbnail=THUMB,
                **{"1024": {**THUMB, "width": 1024}, "512": {**THUMB, "width": 512}},
            )
        ),
        picture(
            source("512", THUMB["url"], "image/png")
            + source("1024", THUMB["url"], "image/png")
            + THUMB_SOURCE,
            "A shoe",
            "480",
            "/api/media/file/shoe.png",
            "640",
        ),
    ),
    (
        "sizes-a-list",
        upload({**SHOE, "sizes": [THUMB]}),
        picture(THUMB_SOURCE, "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    (
        "sizes-a-string",
        upload({**SHOE, "sizes": "abc"}),  # keys "0".."2", chars skipped
        picture("", "A shoe", "480", "/api/media/file/shoe.png", "640"),
    ),
    # providedStyleTag (findConverterForNode) goes on the outer element of each shape.
    (
        "style-on-img",
        upload(SHOE, format="center"),
        lone_img(
            "A shoe", "480", "/api/media/file/shoe.png", "640", ' style="text-align: center;"'
        ),
    ),
    (
        "style-on-picture",
        upload(sized(thumbnail=THUMB), format="end", indent=1),
        picture(
            THUMB_SOURCE,
            "A shoe",
            "480",
            "/api/media/file/shoe.png",
            "640",
            ' style="text-align: right;padding-inline-start: 40px;"',
        ),
    ),
    (
        "style-on-link",
        upload(PDF, format="justify"),
        link("/api/media/file/manual.pdf", "manual.pdf", ' style="text-align: justify;"'),
    ),
]


def page(upload_html: str) -> str:
    return f'<div class="payload-richtext"><p>Before</p>{upload_html}<p>After</p></div>'


def render(node: Json, **kwargs: Any) -> str:
    # Text around the node: an upload alone is still "has text", but the neighbours
    # show that a skipped node leaves nothing behind, not even whitespace.
    document = doc([paragraph([text("Before")]), node, paragraph([text("After")])])
    return lexical_to_html(document, **kwargs)


@pytest.mark.parametrize(
    ("node", "expected"), [c[1:] for c in SYNC_CASES], ids=[c[0] for c in SYNC_CASES]
)
def test_upload_node_renders_as_payloads_sync_converter(node: Json, expected: str) -> None:
    assert render(node) == page(expected)


class Populate:
    """The async converter's `populate`, answering from a fixed set of media docs."""

    def __init__(self, docs: dict[Any, Json]) -> None:
        self.docs = docs
        self.asked: list[tuple[Any, Any]] = []

    def __call__(self, doc_id: Any, collection: Any) -> Json | None:
        self.asked.append((doc_id, collection))
        return self.docs.get(doc_id)


# (case id, upload node, what populate knows, Payload's async HTML, the look-ups made)
ASYNC_CASES: list[tuple[str, Json, dict[Any, Json], str, list[tuple[Any, Any]]]] = [
    ("id-populated", upload(12), {12: SHOE}, SHOE_IMG, [(12, "media")]),
    (
        "string-id-populated-with-sizes",
        upload("12"),
        {"12": sized(thumbnail=THUMB)},
        picture(THUMB_SOURCE, "A shoe", "480", "/api/media/file/shoe.png", "640"),
        [("12", "media")],
    ),
    (
        "id-populated-as-a-file",
        upload(13),
        {13: PDF},
        link("/api/media/file/manual.pdf", "manual.pdf"),
        [(13, "media")],
    ),
    ("id-not-found", upload(99), {}, "", [(99, "media")]),
    # `typeof null === 'object'`: no look-up, then `!uploadDoc` → "".
    ("null-is-not-looked-up", upload(None), {None: SHOE}, "", []),
    # An already populated doc is used as it is.
    (
        "doc-is-not-looked-up",
        upload(PDF),
        {13: SHOE},
        link("/api/media/file/manual.pdf", "manual.pdf"),
        [],
    ),
]


@pytest.mark.parametrize(
    ("node", "known", "expected", "asked"),
    [c[1:] for c in ASYNC_CASES],
    ids=[c[0] for c in ASYNC_CASES],
)
def test_upload_node_with_populate_renders_as_payloads_async_converter(
    node: Json, known: dict[Any, Json], expected: str, asked: list[tuple[Any, Any]]
) -> None:
    populate = Populate(known)
    assert render(node, populate=populate) == page(expected)
    assert populate.asked == asked
