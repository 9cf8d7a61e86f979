"""The lossless import caches the export of its original: same results, no shared nodes."""

from __future__ import annotations

import json

import pytest

from desktop_app.richtext import editor_import, lexical_to_editor_markdown
from desktop_app.richtext.editor_import import clear_export_cache, editor_markdown_to_lexical

from .editor_docs import DOCUMENTS


@pytest.fixture
def exports(monkeypatch) -> list[int]:
    """Counts the exports of an original (the expensive step the cache saves)."""
    calls: list[int] = []
    real = editor_import.export_chunks

    def counted(doc, registry):
        calls.append(id(doc))
        return real(doc, registry)

    clear_export_cache()
    monkeypatch.setattr(editor_import, "export_chunks", counted)
    yield calls
    clear_export_cache()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_cached_import_equals_a_cold_one(name: str, exports: list[int]) -> None:
    original = DOCUMENTS[name]
    text = lexical_to_editor_markdown(original)
    edited = text.replace("\n\n", "\n\nA new paragraph.\n\n", 1) + "\n\nThe end."
    warm = [editor_markdown_to_lexical(t, original) for t in (text, edited, text, edited)]
    assert len(exports) == 1  # exported once for four imports
    for t, result in zip((text, edited, text, edited), warm, strict=True):
        clear_export_cache()
        assert json.dumps(result) == json.dumps(editor_markdown_to_lexical(t, original))


def test_a_new_original_is_exported_again(exports: list[int]) -> None:
    docs = [DOCUMENTS[n] for n in sorted(DOCUMENTS)[:6]]
    first, second = docs[:2]
    editor_markdown_to_lexical("x", first)
    editor_markdown_to_lexical("x", second)
    editor_markdown_to_lexical("y", second)
    editor_markdown_to_lexical("y", first)  # two editor windows in turn: both kept
    assert exports == [id(first), id(second)]
    for doc in docs[2:]:  # four more documents push the first two out
        editor_markdown_to_lexical("z", doc)
    editor_markdown_to_lexical("z", first)
    assert exports[-1] == id(first) and len(exports) == 7


def test_results_share_no_nodes_with_the_original() -> None:
    original = next(d for d in DOCUMENTS.values() if len(d["root"]["children"]) > 1)
    before = json.dumps(original, sort_keys=True)
    text = lexical_to_editor_markdown(original)
    for source in (text, text + "\n\nMore."):
        result = editor_markdown_to_lexical(source, original)
        result["root"]["children"][0]["mutated"] = True
        result["root"]["children"][0].get("children", [{}])[0]["mutated"] = True
    assert json.dumps(original, sort_keys=True) == before
    again = editor_markdown_to_lexical(text, original)
    assert "mutated" not in json.dumps(again)


def test_the_editor_text_is_the_export_and_primes_the_import(exports: list[int]) -> None:
    from desktop_app.richtext.editor_import import exported_markdown

    original = DOCUMENTS[sorted(DOCUMENTS)[0]]
    text = exported_markdown(original)
    assert text == lexical_to_editor_markdown(original)
    editor_markdown_to_lexical(text + "\n\nMore.", original)
    assert exports == [id(original)]  # opening the editor and the first import: one export
