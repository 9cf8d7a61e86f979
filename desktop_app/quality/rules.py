"""The content-quality rules of a shop: which checks count and their thresholds.

Kept with the shop's profile (``Profile.quality`` in ``profiles.json``), declared and
validated here once. Nothing in here is secret.

Defaults (docs/quality.md says why):

* a description of at least 50 words: enough for a product page to say what the
  product is, what it is made of and how it is used; search engines treat pages
  with a few words as "thin content";
* a meta title of 30–60 characters: Google shows about 600 px of a title, which is
  50–60 characters; under 30 wastes the most visible line of a result;
* a meta description of 70–160 characters: Google cuts snippets near 155–160
  characters; under 70 it usually writes its own from the page instead.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number

# Every rule, in the order reports and the dashboard show them. The position is the
# rule's bit in catalog_rows.quality_fails / quality_na (schema migration 8): append,
# never reorder.
DESCRIPTION = "description"
META_TITLE = "meta_title"
META_DESCRIPTION = "meta_description"
ALT_TEXT = "alt_text"
THUMBNAIL = "thumbnail"
PRICES = "prices"
LOCALES = "locales"
RULES: tuple[str, ...] = (
    DESCRIPTION,
    META_TITLE,
    META_DESCRIPTION,
    ALT_TEXT,
    THUMBNAIL,
    PRICES,
    LOCALES,
)
BITS = {rule: 1 << n for n, rule in enumerate(RULES)}

# The rules' names (the CLI prints them as they are); shown: ``label(rule)``.
LABELS = {
    DESCRIPTION: QT_TRANSLATE_NOOP("QualityRules", "Description"),
    META_TITLE: QT_TRANSLATE_NOOP("QualityRules", "Meta title"),
    META_DESCRIPTION: QT_TRANSLATE_NOOP("QualityRules", "Meta description"),
    ALT_TEXT: QT_TRANSLATE_NOOP("QualityRules", "Alt text"),
    THUMBNAIL: QT_TRANSLATE_NOOP("QualityRules", "Thumbnail"),
    PRICES: QT_TRANSLATE_NOOP("QualityRules", "Prices"),
    LOCALES: QT_TRANSLATE_NOOP("QualityRules", "Locales"),
}


def label(rule: str) -> str:
    """A rule's name in the interface's language (the rule itself if unknown)."""
    return translate("QualityRules", LABELS[rule]) if rule in LABELS else rule


class QualityRules(BaseModel):
    """One shop's rules. ``off`` lists rules that do not count towards the score."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description_min_words: int = Field(50, ge=1, le=10_000)
    meta_title_min: int = Field(30, ge=0, le=1_000)
    meta_title_max: int = Field(60, ge=1, le=1_000)
    meta_description_min: int = Field(70, ge=0, le=5_000)
    meta_description_max: int = Field(160, ge=1, le=5_000)
    off: tuple[str, ...] = ()

    @field_validator("off")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [r for r in value if r not in BITS]
        if unknown:
            raise ValueError(
                f"unknown rule(s) {', '.join(unknown)}; the rules are {', '.join(RULES)}"
            )
        return tuple(r for r in RULES if r in value)  # one order: equal rules compare equal

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        if self.meta_title_min > self.meta_title_max:
            raise ValueError("meta_title_min is more than meta_title_max")
        if self.meta_description_min > self.meta_description_max:
            raise ValueError("meta_description_min is more than meta_description_max")
        return self

    def on(self, rule: str) -> bool:
        return rule not in self.off

    def describe(self, rule: str) -> str:
        """What ``rule`` asks for, in words (reports, the dashboard's tooltips)."""
        if rule == DESCRIPTION:
            return translate(
                "QualityRules",
                "a description of at least %Ln words",
                None,
                self.description_min_words,
            )
        if rule == META_TITLE:
            return translate("QualityRules", "a meta title of {min}–{max} characters").format(
                min=format_number(self.meta_title_min), max=format_number(self.meta_title_max)
            )
        if rule == META_DESCRIPTION:
            return translate("QualityRules", "a meta description of {min}–{max} characters").format(
                min=format_number(self.meta_description_min),
                max=format_number(self.meta_description_max),
            )
        return {
            ALT_TEXT: lambda: translate("QualityRules", "alt text on every image (Payload media)"),
            THUMBNAIL: lambda: translate("QualityRules", "a thumbnail"),
            PRICES: lambda: translate(
                "QualityRules", "a price for every region (its currency) on every variant"
            ),
            LOCALES: lambda: translate(
                "QualityRules", "every locale translated (where the shop has localised content)"
            ),
        }[rule]()
