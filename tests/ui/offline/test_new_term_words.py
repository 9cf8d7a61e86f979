"""The Organise tab's words for making a term: whole sentences per kind."""

from __future__ import annotations

from desktop_app.ui.offline.new_term_words import new_words


def test_each_kind_has_its_own_sentences() -> None:
    words = {kind: new_words(kind) for kind in ("category", "collection", "tag")}
    assert words["category"].button == "New category…"
    assert words["tag"].needs_name == "The tag needs a name."
    assert words["collection"].failed.format(error="HTTP 500") == (
        "Could not make the collection: HTTP 500")
    assert "to make the category, Medusa must be online" in words["category"].offline
    assert len({w.question for w in words.values()}) == 3
