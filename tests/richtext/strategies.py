"""Hypothesis strategies for Lexical documents, built from the node shapes in lexical-format.md."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

Json = dict[str, Any]

ALIGNMENTS = ["", "left", "center", "right", "justify", "start", "end"]


def text(value: str, fmt: int = 0) -> Json:
    return {
        "detail": 0,
        "format": fmt,
        "mode": "normal",
        "style": "",
        "text": value,
        "type": "text",
        "version": 1,
    }


def element(kind: str, children: list[Json], **extra: Any) -> Json:
    return {
        "children": children,
        "direction": None,
        "format": "",
        "indent": 0,
        "type": kind,
        "version": 1,
        **extra,
    }


def paragraph(children: list[Json]) -> Json:
    first = next((c for c in children if c["type"] == "text"), None)
    return element("paragraph", children, textFormat=first["format"] if first else 0, textStyle="")


def link(children: list[Json], url: str, new_tab: bool = False) -> Json:
    fields = {"linkType": "custom", "newTab": new_tab, "url": url}
    return {**element("link", children), "version": 3, "fields": fields, "id": "0" * 24}


def doc(children: list[Json]) -> Json:
    return {"root": element("root", children)}


# -- arbitrary documents (exporters must not crash) ---------------------------

any_text = st.builds(text, st.text(max_size=20), st.integers(0, 255))
leaf = st.one_of(
    any_text,
    st.just({"type": "linebreak", "version": 1}),
    st.sampled_from(["  ", "\\", "   ", "bogus"]).map(
        lambda m: {"type": "linebreak", "version": 1, "$": {"mdHardLineBreak": m}}
    ),
    st.just(
        {
            "detail": 2,
            "format": 0,
            "mode": "normal",
            "style": "",
            "text": "\t",
            "type": "tab",
            "version": 1,
        }
    ),
)
any_url = st.one_of(
    st.text(max_size=15),
    st.sampled_from(
        ["https://x.y/a?b=c", "javascript:alert(1)", "data:x", "/rel", "#f", "mailto:a@b"]
    ),
)
inline = st.one_of(
    leaf,
    st.builds(
        lambda kids, url, tab: link(kids, url, tab),
        st.lists(any_text, max_size=3),
        any_url,
        st.booleans(),
    ),
)


def _with_layout(node: Json, fmt: str, indent: int) -> Json:
    return {**node, "format": fmt, "indent": indent}


any_paragraph = st.builds(paragraph, st.lists(inline, max_size=5))
any_heading = st.builds(
    lambda kids, n: element("heading", kids, tag=f"h{n}"),
    st.lists(inline, max_size=4),
    st.integers(1, 6),
)
any_quote = st.builds(lambda kids: element("quote", kids), st.lists(inline, max_size=4))
inline_block = st.builds(
    _with_layout,
    st.one_of(any_paragraph, any_heading, any_quote),
    st.sampled_from(ALIGNMENTS),
    st.integers(0, 3),
)


def _list(items: list[list[Json]], list_type: str, start: int) -> Json:
    children = []
    for i, kids in enumerate(items):
        item = element("listitem", kids, value=start + i)
        if list_type == "check":
            item["checked"] = i % 2 == 0
        children.append(item)
    return element(
        "list",
        children,
        listType=list_type,
        start=start,
        tag="ol" if list_type == "number" else "ul",
    )


def _nest(outer: Json, inner: Json) -> Json:
    wrapper = element("listitem", [inner], value=1)
    return {**outer, "children": [*outer["children"], wrapper]}


flat_list = st.builds(
    _list,
    st.lists(st.lists(inline, max_size=3), min_size=1, max_size=3),
    st.sampled_from(["bullet", "number", "check"]),
    st.integers(0, 5),
)
any_list = st.one_of(flat_list, st.builds(_nest, flat_list, flat_list))
any_block = st.one_of(
    inline_block,
    any_list,
    st.just({"type": "horizontalrule", "version": 1}),
    st.builds(
        lambda v: {
            "format": "",
            "type": "upload",
            "version": 3,
            "fields": {},
            "relationTo": "media",
            "value": v,
            "id": "0" * 24,
        },
        st.one_of(
            st.integers(1, 99),
            st.just(
                {
                    "id": 1,
                    "url": "/m/a.png",
                    "mimeType": "image/png",
                    "filename": "a.png",
                    "width": 1,
                    "height": 2,
                }
            ),
        ),
    ),
)
any_doc = st.builds(doc, st.lists(any_block, max_size=6))

# -- markdown-expressible documents (round trip) -----------------------------

word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789", min_size=1, max_size=8)


@st.composite
def simple_inlines(draw: st.DrawFn) -> list[Json]:
    """Plain words, with formatted runs / links surrounded by spaces."""
    nodes = [text(draw(word))]
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["fmt", "link", "plain"]))
        if kind == "fmt":
            nodes[-1]["text"] += " "
            nodes.append(text(draw(word), draw(st.sampled_from([1, 2, 4, 16]))))
            nodes.append(text(" " + draw(word)))
        elif kind == "link":
            nodes[-1]["text"] += " "
            nodes.append(link([text(draw(word))], "https://example.com/" + draw(word)))
            nodes.append(text(" " + draw(word)))
        else:
            nodes[-1]["text"] += " " + draw(word)
    return nodes


@st.composite
def simple_blocks(draw: st.DrawFn) -> Json:
    kind = draw(st.sampled_from(["paragraph", "heading", "quote", "list", "hr"]))
    if kind == "paragraph":
        return paragraph(draw(simple_inlines()))
    if kind == "heading":
        return element("heading", draw(simple_inlines()), tag=f"h{draw(st.integers(1, 6))}")
    if kind == "quote":
        return element("quote", draw(simple_inlines()))
    if kind == "hr":
        return {"type": "horizontalrule", "version": 1}
    list_type = draw(st.sampled_from(["bullet", "number", "check"]))
    return _list(draw(st.lists(simple_inlines(), min_size=1, max_size=3)), list_type, 1)


@st.composite
def markdown_expressible_docs(draw: st.DrawFn) -> Json:
    blocks = draw(st.lists(simple_blocks(), min_size=1, max_size=5))
    # Adjacent lists of one type merge on import, in Payload too: keep them apart.
    kept: list[Json] = []
    for block in blocks:
        previous = kept[-1] if kept else None
        if (
            block["type"] == "list"
            and previous is not None
            and previous["type"] == "list"
            and previous["listType"] == block["listType"]
        ):
            continue
        kept.append(block)
    return doc(kept)
