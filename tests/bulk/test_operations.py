"""Operations: parameters are checked up front; each maps current values to new ones."""

from __future__ import annotations

import pytest

from desktop_app.bulk import BulkError, FindReplace, SetSeo, SetStatus
from desktop_app.bulk.operations import SkipProduct


def test_set_status_accepts_only_medusa_statuses():
    assert SetStatus("draft").new_values({"status": "published"}) == {"status": "draft"}
    with pytest.raises(BulkError, match=r"Unknown status 'live'.*draft, proposed"):
        SetStatus("live")


def test_set_seo_fills_placeholders_and_leaves_unset_fields():
    op = SetSeo(meta_title="{title} | Shop", meta_keywords="{handle}, {{literal}}")
    assert op.fields == ("seo.meta_title", "seo.meta_keywords")
    values = op.new_values({"title": "Shirt", "subtitle": None, "handle": "shirt-1"})
    assert values == {"seo.meta_title": "Shirt | Shop", "seo.meta_keywords": "shirt-1, {literal}"}


@pytest.mark.parametrize(("template", "message"), [
    ("{price}", r"unknown placeholder \{price\}"),
    ("{title!r}", r"unknown placeholder \{title\}"),
    ("{title", "meta title: .*literal braces"),
])
def test_set_seo_rejects_bad_templates(template, message):
    with pytest.raises(BulkError, match=message):
        SetSeo(meta_title=template)


def test_set_seo_needs_a_field():
    with pytest.raises(BulkError, match="at least one"):
        SetSeo()


def test_literal_replace_is_case_sensitive_by_default_and_keeps_backslashes():
    op = FindReplace("Cotton", r"Linen \1")
    assert op.new_values({"title": "Cotton cotton", "subtitle": None}) == {
        "title": r"Linen \1 cotton"}
    anycase = FindReplace("cotton", "linen", fields=("subtitle",), case_sensitive=False)
    assert anycase.new_values({"subtitle": "COTTON and Cotton"}) == {
        "subtitle": "linen and linen"}


def test_regex_replace_with_groups():
    op = FindReplace(r"(\w+) shirt", r"\1 tee", regex=True)
    assert op.new_values({"title": "Blue shirt", "subtitle": "red shirt"}) == {
        "title": "Blue tee", "subtitle": "red tee"}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"find": "(", "replace": "x", "regex": True}, "Invalid regular expression"),
    ({"find": "(a)", "replace": r"\2", "regex": True}, "Invalid replacement.*group"),
    ({"find": "", "replace": "x"}, "Enter the text to find"),
    ({"find": "a", "replace": "b", "fields": ("handle",)}, "title and/or the subtitle"),
])
def test_bad_find_replace_input_is_a_clear_error(kwargs, message):
    with pytest.raises(BulkError, match=message):
        FindReplace(**kwargs)


def test_replace_that_empties_a_title_skips_the_product():
    with pytest.raises(SkipProduct, match="title would be empty"):
        FindReplace("Shirt", "").new_values({"title": "Shirt", "subtitle": None})
