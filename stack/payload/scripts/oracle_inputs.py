"""Write the Lexical-document inputs for the oracle (run from the repo root).

    .venv/bin/python stack/payload/scripts/oracle_inputs.py

Writes tests/fixtures/richtext/oracle_lexical_inputs.json: hand-built documents
for exporter features markdown cannot produce (underline, alignment, indent,
new-tab/internal/unsafe links, populated uploads, tabs...), random documents
from the property-test strategies, and markdown-expressible documents used to
confirm the round-trip property against Payload.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from hypothesis.errors import NonInteractiveExampleWarning  # noqa: E402

from tests.richtext.strategies import (  # noqa: E402
    any_doc,
    doc,
    element,
    link,
    markdown_expressible_docs,
    paragraph,
    text,
)

OUT = REPO / "tests" / "fixtures" / "richtext" / "oracle_lexical_inputs.json"
IMAGE = {
    "id": 7,
    "url": "/api/media/file/a.png",
    "alt": "A <b>",
    "filename": "a.png",
    "mimeType": "image/png",
    "width": 640,
    "height": 480,
}
SIZES = {
    "thumb": {
        "width": 100,
        "height": 75,
        "mimeType": "image/png",
        "filesize": 10,
        "filename": "a-100.png",
        "url": "/t.png",
    },
    "broken": {
        "width": 0,
        "height": 1,
        "mimeType": "image/png",
        "filesize": 1,
        "filename": "x",
        "url": "/x",
    },
}
RELATIONSHIP = {
    "format": "",
    "type": "relationship",
    "version": 2,
    "relationTo": "products",
    "value": "1",
}
PDF = {
    "id": 8,
    "url": "/api/media/file/doc.pdf",
    "filename": "doc & co.pdf",
    "mimeType": "application/pdf",
}


def upload(value: object, fields: dict | None = None) -> dict:
    return {
        "format": "",
        "type": "upload",
        "version": 3,
        "fields": fields or {},
        "relationTo": "media",
        "value": value,
        "id": "a" * 24,
    }


def cell(kids: list[dict], header: int | None = 0, **extra: object) -> dict:
    node = element("tablecell", kids, **extra)
    if header is not None:
        node["headerState"] = header
    return node


def table_doc() -> dict:
    rows = [
        element(
            "tablerow", [cell([paragraph([text("H")])], 1), cell([paragraph([text("<b>")])], 3)]
        ),
        element(
            "tablerow",
            [
                cell([paragraph([text("x")])], 0, colSpan=2, backgroundColor="#ff0"),
                cell([], None, rowSpan=3, backgroundColor="red;}"),
                cell([paragraph([])], 0, backgroundColor="Crimson"),
            ],
        ),
    ]
    return doc([element("table", rows), paragraph([text("after")])])


def odd_nodes() -> dict:
    rel = {
        "format": "",
        "type": "relationship",
        "version": 2,
        "relationTo": "products",
        "value": "1",
    }
    block = {"type": "block", "version": 2, "fields": {"blockType": "cta", "id": "b"}}
    inline_block = {"type": "inlineBlock", "version": 1, "fields": {"blockType": "x", "id": "i"}}
    return doc(
        [paragraph([text("a"), inline_block]), rel, block, {"type": "mystery", "version": 1}]
    )


def malformed() -> list[dict]:
    """Shapes the editor never stores, to pin down what loading them does."""
    item = element("listitem", [text("i")], value=1)
    number_list = element("list", [item], listType="number", tag="ol")
    return [
        {"name": "relationship-only", "lexical": doc([paragraph([text("a")]), RELATIONSHIP])},
        {
            "name": "list-with-paragraph",
            "lexical": doc(
                [{**number_list, "start": 2, "children": [paragraph([text("p")]), item]}]
            ),
        },
        {"name": "text-at-root", "lexical": doc([text("t"), paragraph([text("a")])])},
        {
            "name": "text-without-text",
            "lexical": doc([paragraph([{"type": "text", "version": 1, "format": 1}])]),
        },
        {"name": "listitem-at-root", "lexical": doc([item, item, paragraph([text("a")])])},
        {
            "name": "listitem-with-paragraphs",
            "lexical": doc(
                [
                    element(
                        "list",
                        [
                            element(
                                "listitem",
                                [paragraph([text("a")]), paragraph([text("b", 1)])],
                                value=1,
                            )
                        ],
                        listType="bullet",
                        start=1,
                        tag="ul",
                    )
                ]
            ),
        },
        {"name": "heading-bad-tag", "lexical": doc([element("heading", [text("h")], tag="h9")])},
        {"name": "list-without-start", "lexical": doc([number_list])},
        {"name": "list-null-start", "lexical": doc([{**number_list, "start": None}])},
        {
            "name": "format-as-string",
            "lexical": doc([paragraph([{**text("x"), "format": "bold"}])]),
        },
        {
            "name": "token-and-unmergeable",
            "lexical": doc(
                [
                    paragraph(
                        [
                            {**text("x"), "mode": "token"},
                            {**text("y"), "mode": "token"},
                            text(""),
                            {**text("z"), "detail": 2},
                            text(""),
                        ]
                    )
                ]
            ),
        },
    ]


def hand_built() -> list[dict]:
    words = [
        text("plain "),
        text("u", 8),
        text(" "),
        text("sub", 32),
        text("sup", 64),
        text("hl", 128),
        text("all", 255),
    ]
    aligned = [
        {**paragraph([text(a or "none")]), "format": a}
        for a in ["", "left", "center", "right", "justify", "start", "end"]
    ]
    indented = [{**paragraph([text(f"indent {n}")]), "indent": n} for n in range(3)]
    links = [
        link([text("new tab")], "https://x.y", new_tab=True),
        {
            **link([text("internal")], ""),
            "fields": {
                "linkType": "internal",
                "newTab": False,
                "doc": {"relationTo": "products", "value": "1"},
            },
        },
        link([text("js")], "javascript:alert(1)"),
        link([text("data")], "data:text/html;base64,xx"),
        link([text("ctrl")], " https://a\x01b "),
        link([text("<q>&")], 'https://x.y/?a=1&b="2"'),
        {**link([text("auto")], "https://auto.example"), "type": "autolink", "version": 2},
    ]
    items = [
        element("listitem", [text("one")], value=1, checked=True),
        element(
            "listitem",
            [
                element(
                    "list",
                    [element("listitem", [text("deep")], value=1, checked=False)],
                    listType="check",
                    start=1,
                    tag="ul",
                )
            ],
            value=2,
        ),
    ]
    return [
        {"name": "formats-without-markdown", "lexical": doc([paragraph(words)])},
        {"name": "table", "lexical": table_doc()},
        {"name": "relationship-blocks-unknown", "lexical": odd_nodes()},
        {"name": "empty-root", "lexical": doc([])},
        {"name": "alignment", "lexical": doc(aligned)},
        {
            "name": "indent",
            "lexical": doc(
                [
                    *indented,
                    {**element("heading", [text("h")], tag="h2"), "indent": 1, "format": "center"},
                ]
            ),
        },
        {
            "name": "links",
            "lexical": doc([paragraph([x for lk in links for x in (lk, text(" "))])]),
        },
        {
            "name": "empty-paragraph-middle",
            "lexical": doc(
                [
                    paragraph([text("a")]),
                    paragraph([]),
                    paragraph([text("b")]),
                    paragraph([text("  ")]),
                    paragraph([text("c")]),
                ]
            ),
        },
        {"name": "only-empty-paragraphs", "lexical": doc([paragraph([]), paragraph([])])},
        {
            "name": "tab-node",
            "lexical": doc(
                [
                    paragraph(
                        [
                            text("a"),
                            {
                                "detail": 2,
                                "format": 0,
                                "mode": "normal",
                                "style": "",
                                "text": "\t",
                                "type": "tab",
                                "version": 1,
                            },
                            text("b", 1),
                        ]
                    )
                ]
            ),
        },
        {
            "name": "ordered-start-3",
            "lexical": doc(
                [
                    element(
                        "list",
                        [
                            element("listitem", [text("x")], value=3),
                            element("listitem", [text("y")], value=4),
                        ],
                        listType="number",
                        start=3,
                        tag="ol",
                    )
                ]
            ),
        },
        {
            "name": "nested-check",
            "lexical": doc([element("list", items, listType="check", start=1, tag="ul")]),
        },
        {
            "name": "uploads",
            "lexical": doc(
                [
                    upload(3),
                    upload("abc"),
                    upload(IMAGE),
                    upload({**IMAGE, "sizes": SIZES}),
                    upload(PDF),
                    upload(IMAGE, {"alt": "field alt"}),
                ]
            ),
        },
        {
            "name": "hr-inside-quote-text",
            "lexical": doc(
                [
                    element("quote", [text("a"), {"type": "linebreak", "version": 1}, text("b")]),
                    {"type": "horizontalrule", "version": 1},
                ]
            ),
        },
        {
            "name": "whitespace-formatted",
            "lexical": doc(
                [
                    paragraph(
                        [
                            text("a"),
                            text("   ", 1),
                            text(" b ", 2),
                            text(""),
                            text("c", 16),
                            text("*_`~\\", 0),
                            text("*", 16),
                        ]
                    )
                ]
            ),
        },
        {
            "name": "bold-across-link",
            "lexical": doc(
                [
                    paragraph(
                        [
                            text("x", 1),
                            link([text("y", 1)], "https://l"),
                            text("z", 1),
                            text(" w", 3),
                        ]
                    )
                ]
            ),
        },
        {
            "name": "hard-break-markers",
            "lexical": doc(
                [
                    paragraph(
                        [
                            text("a"),
                            {"type": "linebreak", "version": 1, "$": {"mdHardLineBreak": "   "}},
                            text("b"),
                            {"type": "linebreak", "version": 1, "$": {"mdHardLineBreak": "x"}},
                            text("c"),
                        ]
                    )
                ]
            ),
        },
    ]


def sampled(strategy: object, count: int, prefix: str) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        return [{"name": f"{prefix}-{i}", "lexical": strategy.example()} for i in range(count)]  # type: ignore[attr-defined]


def main() -> None:
    cases = [
        *hand_built(),
        *malformed(),
        *sampled(any_doc, 120, "random"),
        *sampled(markdown_expressible_docs(), 120, "roundtrip"),
    ]
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(cases)} documents to {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
