"""Property tests: converters never crash, and Payload's own round trips hold."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.richtext import (
    lexical_to_html,
    lexical_to_markdown,
    lexical_to_plaintext,
    markdown_to_lexical,
)

from .oracle_cases import without_ids
from .strategies import any_doc, markdown_expressible_docs

MARKDOWNISH = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("*_`~#>-+[]()!\\|<>/ \t\n0123456789.xX:=\"'")), st.characters()
    ),
    max_size=80,
)


def _is_valid_doc(doc: dict[str, Any]) -> bool:
    root = doc.get("root")
    return (
        isinstance(root, dict)
        and root.get("type") == "root"
        and isinstance(root.get("children"), list)
    )


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWNISH)
def test_markdown_import_never_crashes(markdown: str) -> None:
    doc = markdown_to_lexical(markdown)
    assert _is_valid_doc(doc)
    assert doc["root"]["children"], "Payload always yields at least one block"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWNISH)
def test_imported_markdown_exports_without_crashing(markdown: str) -> None:
    doc = markdown_to_lexical(markdown)
    assert isinstance(lexical_to_markdown(doc), str)
    assert lexical_to_html(doc).startswith('<div class="payload-richtext">')
    assert isinstance(lexical_to_plaintext(doc), str)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(any_doc)
def test_exporters_never_crash(doc: dict[str, Any]) -> None:
    assert isinstance(lexical_to_markdown(doc), str)
    html = lexical_to_html(doc)
    assert html.startswith('<div class="payload-richtext">') and html.endswith("</div>")
    assert isinstance(lexical_to_plaintext(doc), str)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_expressible_docs())
def test_markdown_round_trip_of_expressible_docs(doc: dict[str, Any]) -> None:
    # Payload satisfies this too: test_generated checks its output on 120 samples.
    assert without_ids(markdown_to_lexical(lexical_to_markdown(doc))) == without_ids(doc)


def test_empty_markdown_gives_one_empty_paragraph() -> None:
    root = markdown_to_lexical("")["root"]
    assert [c["type"] for c in root["children"]] == ["paragraph"]
    assert root["children"][0]["children"] == []
    assert lexical_to_html(markdown_to_lexical("")) == '<div class="payload-richtext"></div>'


def test_unsafe_links_are_neutralised_in_html() -> None:
    doc = markdown_to_lexical("[x](javascript:alert%281%29) [y](data:text/html,z)")
    assert 'href="#"' in lexical_to_html(doc)
    assert "javascript" not in lexical_to_html(doc)


def test_text_is_html_escaped() -> None:
    html = lexical_to_html(markdown_to_lexical("<script>alert('x')</script> & \"q\""))
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;" in html
