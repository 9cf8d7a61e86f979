"""Edits are local: whatever the edit does not touch comes back exactly as stored."""

from __future__ import annotations

import re
from typing import Any

import pytest

from desktop_app.richtext import (
    editor_markdown_to_lexical,
    extension_spans,
    lexical_to_editor_markdown,
)
from desktop_app.richtext.editor_export import canonical

from .editor_docs import DOCUMENTS
from .oracle_cases import load_corpus

DOCS = {**DOCUMENTS, **{f"corpus:{c['name']}": c["lexical"] for c in load_corpus()}}
_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def same(a: Any, b: Any) -> bool:
    return canonical(a) == canonical(b)


def _chunks(doc: dict[str, Any]) -> list[str]:
    return lexical_to_editor_markdown(doc).split("\n\n")


def _change_a_word(chunk: str) -> str | None:
    """The chunk with its first word outside any extension token changed, or None."""
    spans = extension_spans(chunk)
    for match in _WORD.finditer(chunk):
        if not any(start < match.end() and match.start() < end for start, end, _ in spans):
            return chunk[: match.start()] + "Zebra" + chunk[match.end() :]
    return None


EDITS = [
    (name, k)
    for name, doc in DOCS.items()
    for k, chunk in enumerate(_chunks(doc))
    if _change_a_word(chunk) is not None
]


@pytest.mark.parametrize(("name", "k"), EDITS, ids=[f"{n}:{k}" for n, k in EDITS])
def test_changing_a_word_touches_only_its_block(name: str, k: int) -> None:
    doc = DOCS[name]
    chunks = _chunks(doc)
    edited = _change_a_word(chunks[k])
    assert edited is not None
    chunks[k] = edited
    result = editor_markdown_to_lexical("\n\n".join(chunks), doc)
    old, new = doc["root"]["children"], result["root"]["children"]
    assert len(new) == len(old)
    for i, (before, after) in enumerate(zip(old, new, strict=True)):
        if i != k:
            assert same(after, before), f"block {i} changed"
    assert "Zebra" in canonical(new[k])
    # The edited block keeps its own attributes (alignment, indent, direction...).
    keep = {key: v for key, v in old[k].items() if key != "children"}
    assert same({key: new[k].get(key) for key in keep if key != "textFormat"},
                {key: v for key, v in keep.items() if key != "textFormat"})  # fmt: skip


@pytest.mark.parametrize("name", list(DOCS))
def test_inserting_a_paragraph_keeps_all_blocks(name: str) -> None:
    doc = DOCS[name]
    old = doc["root"]["children"]
    if lexical_to_editor_markdown(doc) == "":
        pytest.skip("Payload's empty document is an empty editor: typing replaces it")
    for at in range(len(old) + 1):
        chunks = _chunks(doc)
        chunks.insert(at, "A **new** paragraph.")
        new = editor_markdown_to_lexical("\n\n".join(chunks), doc)["root"]["children"]
        assert same(new[:at], old[:at]) and same(new[at + 1 :], old[at:])
        assert new[at]["type"] == "paragraph"


@pytest.mark.parametrize("name", list(DOCS))
def test_deleting_a_block_keeps_the_others(name: str) -> None:
    doc = DOCS[name]
    old = doc["root"]["children"]
    if len(old) < 2:
        pytest.skip("one block")
    for at in range(len(old)):
        chunks = _chunks(doc)
        del chunks[at]
        new = editor_markdown_to_lexical("\n\n".join(chunks), doc)["root"]["children"]
        assert same(new, old[:at] + old[at + 1 :])


def test_editing_one_list_item_keeps_the_other_items_and_link_ids() -> None:
    doc = DOCUMENTS["lists"]
    text = lexical_to_editor_markdown(doc).replace("- one", "- one and more")
    new_list = editor_markdown_to_lexical(text, doc)["root"]["children"][0]
    old_list = doc["root"]["children"][0]
    assert new_list["children"][0]["children"][0]["text"] == "one and more"
    assert same(new_list["children"][1:], old_list["children"][1:])
    links = DOCUMENTS["links"]
    text = lexical_to_editor_markdown(links).replace("Visit", "See")
    first = editor_markdown_to_lexical(text, links)["root"]["children"][0]
    assert first["children"][0]["text"] == "See "
    assert same(first["children"][1:], links["root"]["children"][0]["children"][1:])


def test_editing_an_internal_links_text_keeps_its_target() -> None:
    doc = DOCUMENTS["links"]
    text = lexical_to_editor_markdown(doc).replace("[internal <!--", "[internal page <!--")
    new = editor_markdown_to_lexical(text, doc)["root"]["children"][1]["children"][0]
    old = doc["root"]["children"][1]["children"][0]
    assert new["children"][0]["text"] == "internal page"
    assert same({**new, "children": None}, {**old, "children": None})


def test_moving_an_opaque_block_keeps_it_byte_exact() -> None:
    doc = DOCUMENTS["opaque"]
    chunks = _chunks(doc)
    chunks.append(chunks.pop(1))  # the upload goes to the end
    new = editor_markdown_to_lexical("\n\n".join(chunks), doc)["root"]["children"]
    assert same(new[-1], doc["root"]["children"][1])


def test_typing_into_an_empty_document_gives_just_the_text() -> None:
    empty = editor_markdown_to_lexical("")
    assert lexical_to_editor_markdown(empty) == ""
    typed = editor_markdown_to_lexical("Hello <u>world</u>", empty)["root"]["children"]
    assert [c["type"] for c in typed] == ["paragraph"]
    assert same(editor_markdown_to_lexical("", empty), empty)


def test_underline_typed_in_the_editor() -> None:
    doc = DOCUMENTS["alignment"]
    text = lexical_to_editor_markdown(doc).replace("aligned right", "aligned <u>right</u>")
    block = editor_markdown_to_lexical(text, doc)["root"]["children"][2]
    assert block["format"] == "right"
    assert [(c["text"], c["format"]) for c in block["children"]] == [("aligned ", 0), ("right", 8)]
