"""SEO counters turn amber near the limit and red past it; the snippet has fallbacks."""

from __future__ import annotations

import pytest

from desktop_app.ui.content_editor.seo_panel import Length, SeoPanel, elide


@pytest.fixture
def panel(qtbot):
    widget = SeoPanel("https://shop.example.com")
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(("count", "limit", "state"), [
    (0, 60, "empty"), (20, 60, "ok"), (53, 60, "ok"), (54, 60, "near"), (60, 60, "near"),
    (61, 60, "over"),
    (150, 160, "near"), (161, 160, "over"),
])
def test_length_states(count, limit, state) -> None:
    assert Length(count, limit).state == state


def test_counters_follow_typing(panel, qtbot) -> None:
    with qtbot.waitSignal(panel.changed):
        panel.title_edit.setText("x" * 42)
    assert panel.title_counter.text() == "42 / 60" and panel.title_counter.state == "ok"
    panel.title_edit.setText("x" * 58)
    assert panel.title_counter.state == "near"
    panel.title_edit.setText("x" * 75)
    assert panel.title_counter.state == "over" and "Too long" in panel.title_counter.toolTip()
    panel.description_edit.setPlainText("y" * 161)
    assert panel.description_counter.text() == "161 / 160"
    assert panel.description_counter.state == "over"


def test_snippet_shows_title_url_and_description(panel) -> None:
    panel.set_fallbacks("Heavyweight Hoodie", "Brushed fleece inside.", "demo-hoodie")
    assert panel.snippet.title_label.text() == "Heavyweight Hoodie"
    assert panel.snippet.url_label.text() == "https://shop.example.com/products/demo-hoodie"
    assert panel.snippet.description_label.text() == "Brushed fleece inside."
    panel.title_edit.setText("Hoodie | Organic cotton")
    panel.description_edit.setPlainText("Warm. " * 40)
    assert panel.snippet.title_label.text() == "Hoodie | Organic cotton"
    shown = panel.snippet.description_label.text()
    assert shown.endswith("…") and len(shown) <= 162


def test_values_round_trip(panel) -> None:
    values = {"seo.meta_title": "T", "seo.meta_description": "D", "seo.meta_keywords": "a, b"}
    panel.set_values(values)
    assert panel.values() == values


def test_elide_cuts_at_a_word() -> None:
    assert elide("one two three", 9) == "one two …"
    assert elide("short", 60) == "short"


SECTIONED = ("## Features\n\nSoft organic cotton\n\n- Pre-shrunk\n- Brushed inside\n"
             "- [x] Machine washable!\n\n### Care\n\n> Wash cold\n\n1. Turn inside out\n"
             "2. Dry flat")


def test_snippet_keeps_the_descriptions_blocks_apart(panel) -> None:
    from desktop_app.ui.content_editor.rendering import render

    panel.set_fallbacks("Hoodie", render(SECTIONED).plain, "hoodie")
    assert panel.snippet.description_label.text() == (
        "Features. Soft organic cotton. Pre-shrunk, Brushed inside. Machine washable! "
        "Care. Wash cold. Turn inside out, Dry flat.")


def test_snippet_text_of_nested_lists_and_odd_nodes() -> None:
    from desktop_app.richtext import markdown_to_lexical
    from desktop_app.ui.content_editor.snippet_text import snippet_text

    doc = markdown_to_lexical("Sizes:\n\n- S\n    - slim\n- M\n\n---\n\nEnd")
    assert snippet_text(doc) == "Sizes: S, slim, M. End."
    assert snippet_text(None) == "" and snippet_text({"root": {"children": [7]}}) == ""
    assert snippet_text(doc, 6) == "Sizes:"
