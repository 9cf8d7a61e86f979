"""Editor markdown round trips over every stored document, and Payload's output for extensions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.richtext import (
    editor_markdown_to_lexical,
    extension_spans,
    lexical_to_editor_markdown,
    lexical_to_html,
    lexical_to_markdown,
    lexical_to_plaintext,
)
from desktop_app.richtext.editor_export import canonical, without_link_ids

from .editor_docs import DOCUMENTS, load_fixture
from .oracle_cases import load_corpus, load_generated, without_uuids

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "richtext"


def _all_documents() -> list[tuple[str, Any]]:
    docs: list[tuple[str, Any]] = [(f"corpus:{c['name']}", c["lexical"]) for c in load_corpus()]
    for i, case in enumerate(load_generated()):
        if isinstance(case["lexical"], dict) and "error" not in case["lexical"]:
            docs.append((f"generated:{i}:{case.get('name')}", case["lexical"]))
    inputs = json.loads((FIXTURES / "oracle_lexical_inputs.json").read_text(encoding="utf-8"))
    docs += [(f"input:{c['name']}", c["lexical"]) for c in inputs]
    docs += [(f"editor:{name}", value) for name, value in DOCUMENTS.items()]
    return docs


DOCS = _all_documents()
DOC_IDS = [name for name, _ in DOCS]


def same(a: Any, b: Any) -> bool:
    return canonical(a) == canonical(b)


@pytest.mark.parametrize("doc", [d for _, d in DOCS], ids=DOC_IDS)
def test_round_trip_with_original_is_exact(doc: Any) -> None:
    assert same(editor_markdown_to_lexical(lexical_to_editor_markdown(doc), doc), doc)


@pytest.mark.parametrize("doc", [d for _, d in DOCS], ids=DOC_IDS)
def test_appending_a_paragraph_keeps_every_block(doc: Any) -> None:
    """The same round trip, but through block matching (not the unchanged-text shortcut)."""
    text = lexical_to_editor_markdown(doc)
    kids = doc.get("root", {}).get("children") if isinstance(doc.get("root"), dict) else None
    if not isinstance(kids, list) or not kids:
        pytest.skip("no blocks to match")
    if text == "":
        pytest.skip("Payload's empty document is an empty editor: typing replaces it")
    result = editor_markdown_to_lexical(text + "\n\nAppended paragraph.", doc)
    children = result["root"]["children"]
    assert same(children[: len(kids)], kids)
    assert same(children[len(kids) :][-1]["children"][0]["text"], "Appended paragraph.")
    assert same({**result["root"], "children": None}, {**doc["root"], "children": None})


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_each_chunk_imports_alone_to_its_block(name: str) -> None:
    """The representation itself is faithful: no original needed, except for placeholders."""
    doc = DOCUMENTS[name]
    for block in doc["root"]["children"]:
        chunk = lexical_to_editor_markdown({"root": {**doc["root"], "children": [block]}})
        if "<!-- lexical:" in chunk or "<!-- inline:" in chunk:
            continue
        alone = editor_markdown_to_lexical(chunk)["root"]["children"]
        assert same(without_link_ids(alone), without_link_ids([block])), chunk


def test_extensions_are_written_as_documented() -> None:
    text = lexical_to_editor_markdown(DOCUMENTS["formats"])
    assert text.startswith("plain <u>under</u> H<sub>2</sub>O x<sup>2</sup> <mark>marked</mark>")
    styles = lexical_to_editor_markdown(DOCUMENTS["styles"])
    assert '<span style="color: red">red</span>' in styles
    alignment = lexical_to_editor_markdown(DOCUMENTS["alignment"])
    assert "aligned center <!-- align=center -->" in alignment
    assert "indented twice <!-- indent=2 -->" in alignment
    assert "## Centred title <!-- align=center -->" in alignment
    links = lexical_to_editor_markdown(DOCUMENTS["links"])
    assert "[the shop <!-- newTab -->](https://shop.example)" in links
    assert '[internal <!-- fields.doc={"relationTo":"products","value":"p1"} ' in links
    opaque = lexical_to_editor_markdown(DOCUMENTS["opaque"])
    assert "<!-- lexical:upload @" in opaque and "<!-- inline:inlineBlock @" in opaque
    mixed = lexical_to_editor_markdown(DOCUMENTS["mixed"])
    assert mixed.startswith("Literal &lt;u>tags&lt;/u>, &amp;lt; and &lt;!-- comments --> stay")


def test_placeholders_without_original_stay_text() -> None:
    text = lexical_to_editor_markdown(DOCUMENTS["opaque"])
    result = editor_markdown_to_lexical(text)
    assert "<!-- lexical:upload @" in json.dumps(result)
    assert extension_spans("<!-- lexical:upload @0123456789ab -->") == [(0, 37, "placeholder")]


# -- Payload's own HTML and plain text for the extension documents ------------------------

ORACLE = [c for c in load_fixture() if c["name"] in DOCUMENTS]


@pytest.mark.skipif(not ORACLE, reason="editor_extensions.json not generated")
@pytest.mark.parametrize("case", ORACLE, ids=[c["name"] for c in ORACLE])
def test_fixture_holds_the_current_documents(case: dict[str, Any]) -> None:
    assert same(case["lexical"], DOCUMENTS[case["name"]]), (
        "regenerate: python -m tests.richtext.editor_docs"
    )


@pytest.mark.parametrize("case", ORACLE, ids=[c["name"] for c in ORACLE])
def test_html_matches_payload(case: dict[str, Any]) -> None:
    assert without_uuids(lexical_to_html(case["lexical"])) == without_uuids(case["html"])


@pytest.mark.parametrize("case", ORACLE, ids=[c["name"] for c in ORACLE])
def test_plaintext_matches_payload(case: dict[str, Any]) -> None:
    assert lexical_to_plaintext(case["lexical"]) == case["plaintext"]


@pytest.mark.parametrize("case", ORACLE, ids=[c["name"] for c in ORACLE])
def test_html_survives_an_editor_round_trip(case: dict[str, Any]) -> None:
    """What the shop renders is unchanged by opening and saving in the editor."""
    doc = case["lexical"]
    back = editor_markdown_to_lexical(lexical_to_editor_markdown(doc) + "\n\nx", doc)
    back["root"]["children"].pop()
    assert without_uuids(lexical_to_html(back)) == without_uuids(case["html"])
    assert lexical_to_plaintext(back) == case["plaintext"]


def test_extension_spans_name_every_token() -> None:
    text = 'a <u>b</u> [c <!-- newTab -->](https://x) <span style="color: red">d</span>&lt;<br>'
    kinds = [kind for _, _, kind in extension_spans(text)]
    assert kinds == [
        "underline", "underline", "attributes", "style", "style", "escape", "linebreak",
    ]  # fmt: skip
    start, end, _ = extension_spans(text)[2]
    assert text[start:end] == "<!-- newTab -->"
    assert extension_spans("plain **markdown** with <b> but no close, 5 < 6") == [(24, 27, "bold")]


def test_text_payload_cannot_round_trip_is_kept_editable() -> None:
    backslash = {"root": {**DOCUMENTS["formats"]["root"], "children": [
        {**DOCUMENTS["formats"]["root"]["children"][0], "children": [
            {**DOCUMENTS["formats"]["root"]["children"][0]["children"][0], "text": r"C:\shop \# x"}
        ]}
    ]}}  # fmt: skip
    text = lexical_to_editor_markdown(backslash)
    assert text == "C:&#92;shop &#92;# x"
    assert same(editor_markdown_to_lexical(text)["root"]["children"], backslash["root"]["children"])


@pytest.mark.parametrize("case", ORACLE, ids=[c["name"] for c in ORACLE])
def test_plain_markdown_export_matches_payload(case: dict[str, Any]) -> None:
    assert lexical_to_markdown(case["lexical"]) == case["markdown_roundtrip"]
