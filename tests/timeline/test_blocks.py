"""Rich text diffed by block (paragraph, heading, list item…) through the editor's markdown."""

from __future__ import annotations

from desktop_app.richtext import markdown_to_lexical
from desktop_app.timeline.blocks import Block, blocks_of, diff_blocks, word_spans

BEFORE = """## Features

A soft **bamboo** brush.

- Plant-based bristles
- Compostable handle
    - even the glue
- Plastic-free box

1. Wet
2. Brush

> Loved by dentists."""


def changes(before: str, after: str) -> list[tuple[str, str | None, str | None]]:
    found = diff_blocks(blocks_of(markdown_to_lexical(before)),
                        blocks_of(markdown_to_lexical(after)))
    return [(c.change, c.before and c.before.text, c.after and c.after.text) for c in found]


def test_a_document_is_cut_into_the_blocks_a_merchant_sees():
    blocks = blocks_of(markdown_to_lexical(BEFORE + "\n\n---"))
    assert blocks == [
        Block("Heading 2", "## Features"),
        Block("Paragraph", "A soft **bamboo** brush."),
        Block("List item", "- Plant-based bristles"),
        Block("List item", "- Compostable handle"),
        Block("List item", "    - even the glue"),
        Block("List item", "- Plastic-free box"),
        Block("Numbered item", "1. Wet"),
        Block("Numbered item", "2. Brush"),
        Block("Quote", "> Loved by dentists."),
        Block("Rule", "---"),
    ]


def test_a_changed_list_item_is_one_block_the_rest_the_same():
    after = BEFORE.replace("- Compostable handle", "- Compostable bamboo handle")
    found = changes(BEFORE, after)
    assert [c for c in found if c[0] != "same"] == [
        ("changed", "- Compostable handle", "- Compostable bamboo handle")]
    assert len(found) == len(blocks_of(markdown_to_lexical(BEFORE)))


def test_blocks_added_removed_and_moved_text():
    after = BEFORE.replace("A soft **bamboo** brush.\n\n", "") \
        .replace("- Plastic-free box", "- Plastic-free box\n- Spare head") \
        + "\n\nMade in Portugal."
    found = [c for c in changes(BEFORE, after) if c[0] != "same"]
    assert found == [("removed", "A soft **bamboo** brush.", None),
                     ("added", None, "- Spare head"),
                     ("added", None, "Made in Portugal.")]


def test_formatting_counts_as_a_change_of_the_block():
    after = BEFORE.replace("A soft **bamboo** brush.", "A soft *bamboo* brush.")
    [(kind, old, new)] = [c for c in changes(BEFORE, after) if c[0] != "same"]
    assert (kind, old, new) == ("changed", "A soft **bamboo** brush.", "A soft *bamboo* brush.")


def test_a_changed_block_says_which_words_changed():
    left, right = word_spans("A soft bamboo brush.", "A hard bamboo brush for kids.")
    assert left == (("A ", False), ("soft", True), (" bamboo brush.", False))
    assert right == (("A ", False), ("hard", True), (" bamboo brush", False),
                     (" for kids", True), (".", False))


def test_empty_and_missing_descriptions_have_no_blocks():
    assert blocks_of(None) == []
    assert blocks_of(markdown_to_lexical("")) == []  # Payload's empty document
    assert changes("", "New text.") == [("added", None, "New text.")]


def test_an_image_is_a_block_named_by_its_media():
    doc = markdown_to_lexical("Before.")
    doc["root"]["children"].append({"type": "upload", "version": 3, "id": "x",
                                    "relationTo": "media", "value": {"id": 12, "url": "/a"},
                                    "fields": None})
    assert blocks_of(doc)[-1] == Block("Image", "[image: media 12]")


def test_unlike_blocks_are_not_paired():
    found = changes("Completely different words here.", "## Another heading")
    assert [c[0] for c in found] == ["removed", "added"]
