"""Property tests for the editor markdown pair."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.richtext import (
    editor_markdown_to_lexical,
    extension_spans,
    lexical_to_editor_markdown,
    markdown_to_lexical,
)
from desktop_app.richtext.editor_export import canonical, without_link_ids
from desktop_app.richtext.editor_markdown import escape_literal, tokens, unescape_token

from .editor_docs import DOCUMENTS, IMAGE, upload
from .oracle_cases import without_ids
from .strategies import ALIGNMENTS, any_doc, doc, element, link, paragraph, text

# EDITOR_EXAMPLES=5000 for a longer hunt.
EXAMPLES = int(os.environ.get("EDITOR_EXAMPLES", "250"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Markdown characters, the characters of extension tokens, and anything else.
TOKEN_BITS = [
    "<u>", "</u>", "<sub>", "</sup>", "<mark>", "<br>", "&lt;", "&amp;", "&#92;", "<!-- ", " -->",
    '<span style="', '">', "</span>", "<!-- lexical:upload @", "<!-- inline:x @",
    "<!-- align=center -->", "<!-- list start=3 -->", "<b>", "</code>",
]  # fmt: skip
CHARS = list("*_`~#>-+[]()!\\|<>/ \t\n0123456789.xX:=\"'&;@")
ANY_TEXT = st.lists(
    st.one_of(st.sampled_from(CHARS), st.sampled_from(TOKEN_BITS), st.characters()), max_size=40
).map("".join)
MARKDOWNISH = st.text(alphabet=st.one_of(st.sampled_from(CHARS), st.characters()), max_size=80)


def same(a: Any, b: Any) -> bool:
    return canonical(a) == canonical(b)


@SETTINGS
@given(MARKDOWNISH)
def test_extension_free_text_imports_as_payload_does(markdown: str) -> None:
    if extension_spans(markdown):
        return
    assert same(
        without_ids(editor_markdown_to_lexical(markdown)),
        without_ids(markdown_to_lexical(markdown)),
    )


@SETTINGS
@given(ANY_TEXT)
def test_no_text_crashes_the_import(value: str) -> None:
    for original in (None, DOCUMENTS["opaque"], DOCUMENTS["lists"]):
        result = editor_markdown_to_lexical(value, original)
        assert result["root"]["type"] == "root" and result["root"]["children"]


@SETTINGS
@given(ANY_TEXT)
def test_escaped_literal_text_reads_back_verbatim(value: str) -> None:
    escaped = escape_literal(value)
    out, cursor = [], 0
    for tok in tokens(escaped):
        assert tok.kind == "escape", tok
        out += [escaped[cursor : tok.start], unescape_token(tok.raw)]
        cursor = tok.end
    assert "".join([*out, escaped[cursor:]]) == value


# -- documents with extensions, as Payload's editor stores them -------------------------

WORD_CHARS = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789*_<>&;!?.,"
words = st.text(alphabet=WORD_CHARS, min_size=1, max_size=10).filter(lambda s: s.strip())
STYLES = ["", "", "", "color: red", "font-size: 2em;color: #00f", 'font-family: "A&B"']


@st.composite
def runs(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Text runs as Lexical keeps them: neighbours differ in format or style."""
    nodes: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 4))):
        fmt = draw(st.sampled_from([0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 9, 24, 136, 255]))
        _push(nodes, {**text(draw(words), fmt), "style": draw(st.sampled_from(STYLES))})
    return nodes


def _push(nodes: list[dict[str, Any]], node: dict[str, Any]) -> None:
    previous = nodes[-1] if nodes else None
    if (
        previous
        and previous["type"] == node["type"] == "text"
        and (previous["format"], previous["style"]) == (node["format"], node["style"])
    ):
        previous["text"] += node["text"]
    else:
        nodes.append(node)


@st.composite
def inlines(draw: st.DrawFn) -> list[dict[str, Any]]:
    nodes = draw(runs())
    if draw(st.booleans()):
        url = draw(st.sampled_from(["https://a.example/x", "/rel/path", "mailto:a@b.c", ""]))
        _push(nodes, text(" "))
        node = link(draw(runs()), url, draw(st.booleans()))
        if not url:  # an internal link, as the admin UI stores it
            doc_ref = {"relationTo": "products", "value": draw(st.sampled_from(["p1", 2]))}
            node["fields"] = {"linkType": "internal", "newTab": False, "doc": doc_ref}
        nodes.append(node)
        nodes.append(text(" " + draw(words).strip() + "."))
    return nodes


def _layout(node: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    return {
        **node,
        "format": draw(st.sampled_from(ALIGNMENTS)),
        "indent": draw(st.integers(0, 3)),
        "direction": draw(st.sampled_from([None, None, "ltr", "rtl"])),
    }


OTHER_BLOCKS = [
    {"format": "", "type": "relationship", "version": 2, "relationTo": "products", "value": "p"},
    {"type": "block", "version": 2, "format": "", "fields": {"blockType": "cta", "id": "b"}},
    {"type": "mystery", "version": 1},
]


@st.composite
def blocks(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["p", "p", "h", "quote", "list", "upload", "other"]))
    if kind == "p":
        return _layout(paragraph(draw(inlines())), draw)
    if kind == "h":
        return _layout(element("heading", draw(inlines()), tag=f"h{draw(st.integers(1, 6))}"), draw)
    if kind == "quote":
        return _layout(element("quote", draw(runs())), draw)
    if kind == "upload":
        return upload(draw(st.sampled_from(["m1", 7, IMAGE])))
    if kind == "other":
        return draw(st.sampled_from(OTHER_BLOCKS))
    list_type = draw(st.sampled_from(["bullet", "number", "check"]))
    items = []
    for i in range(draw(st.integers(1, 3))):
        item = _layout(element("listitem", draw(inlines()), value=i + 1), draw)
        item["indent"] = 0
        if list_type == "check":
            item["checked"] = draw(st.booleans())
        items.append(item)
    tag = "ol" if list_type == "number" else "ul"
    return element("list", items, listType=list_type, start=1, tag=tag)


@st.composite
def extension_docs(draw: st.DrawFn) -> dict[str, Any]:
    kept: list[dict[str, Any]] = []
    for block in draw(st.lists(blocks(), min_size=1, max_size=5)):
        previous = kept[-1] if kept else None
        if previous and previous["type"] == "list" and block["type"] == "list":
            continue  # Lexical merges neighbouring lists
        kept.append(block)
    return doc(kept)


@SETTINGS
@given(extension_docs())
def test_round_trip_of_documents_with_extensions(value: dict[str, Any]) -> None:
    text = lexical_to_editor_markdown(value)
    assert same(editor_markdown_to_lexical(text, value), value)
    kids = value["root"]["children"]
    appended = editor_markdown_to_lexical(text + "\n\nmore", value)["root"]["children"]
    assert same(appended[: len(kids)], kids)


@SETTINGS
@given(extension_docs())
def test_editable_blocks_need_no_original(value: dict[str, Any]) -> None:
    """Paragraphs, headings, quotes and lists are written out, not kept as placeholders,
    and the text alone imports back to them (link ids aside)."""
    for block in value["root"]["children"]:
        chunk = lexical_to_editor_markdown(doc([block]))
        if block["type"] in ("paragraph", "heading", "quote", "list"):
            assert not chunk.startswith("<!-- lexical:"), chunk
            alone = editor_markdown_to_lexical(chunk)["root"]["children"]
            assert same(without_link_ids(alone), without_link_ids([block])), chunk


@SETTINGS
@given(any_doc)
def test_round_trip_of_arbitrary_documents(value: dict[str, Any]) -> None:
    text = lexical_to_editor_markdown(value)
    assert same(editor_markdown_to_lexical(text, value), value)
    if value["root"]["children"] and text:  # "" is Payload's empty document: nothing to keep
        kids = value["root"]["children"]
        appended = editor_markdown_to_lexical(text + "\n\nmore", value)["root"]["children"]
        assert same(appended[: len(kids)], kids)
