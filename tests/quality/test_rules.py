"""The rules are declared once, validated, and kept with the profile."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from desktop_app.config import ConfigError, Profile, ProfileStore
from desktop_app.quality.rules import RULES, QualityRules


def test_defaults_are_the_documented_lengths():
    rules = QualityRules()
    assert (rules.description_min_words, rules.meta_title_min, rules.meta_title_max,
            rules.meta_description_min, rules.meta_description_max) == (50, 30, 60, 70, 160)
    assert all(rules.on(r) for r in RULES)


@pytest.mark.parametrize("data", [
    {"meta_title_min": 61, "meta_title_max": 60},
    {"meta_description_min": 200},
    {"description_min_words": 0},
    {"off": ["spelling"]},
    {"secret": "x"},  # nothing but the declared settings
])
def test_invalid_rules_are_refused(data):
    with pytest.raises(ValidationError):
        QualityRules.model_validate(data)


def test_rules_switched_off_compare_in_one_order():
    assert QualityRules(off=("prices", "alt_text")) == QualityRules(off=("alt_text", "prices"))


def _profile(**extra: object) -> Profile:
    return Profile.parse({"name": "shop", "medusa_url": "http://m", "medusa_auth": "secret_key",
                          "payload_url": "http://p", **extra})


def test_a_profile_without_rules_gets_the_defaults_and_keeps_edited_ones(app_dirs):
    store = ProfileStore()
    store.add(_profile())
    assert store.get("shop").quality == QualityRules()
    data = store.load()
    data.profiles[0] = data.profiles[0].model_copy(
        update={"quality": QualityRules(description_min_words=80, off=("locales",))})
    store.save(data)
    saved = json.loads(store.path.read_text())["profiles"][0]["quality"]
    assert saved["description_min_words"] == 80 and saved["off"] == ["locales"]
    assert store.get("shop").quality.description_min_words == 80


def test_a_profile_file_with_bad_rules_is_a_readable_config_error():
    with pytest.raises(ConfigError, match="quality"):
        _profile(quality={"meta_title_max": 0})
