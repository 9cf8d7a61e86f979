"""What the Organise tab says about making a category, collection or tag (Qt-free).

Whole sentences per kind, so each language can decline its noun ("eine neue Kategorie",
"un nouveau tag") instead of gluing a kind's name into an English frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n import translate


@dataclass(frozen=True)
class NewTermWords:
    button: str  # "New category…"
    tip: str  # the button's tooltip
    placeholder: str  # the name field's
    question: str  # the inline prompt's
    needs_name: str  # an empty name
    offline: str  # Medusa is offline
    failed: str  # Medusa refused; "{error}" holds its message


def new_words(kind: str) -> NewTermWords:
    if kind == "category":
        return NewTermWords(
            translate("OrganiseTab", "New category…"),
            translate("OrganiseTab", "Make a category in Medusa now (online)"),
            translate("OrganiseTab", "Name of the new category"),
            translate("OrganiseTab", "New category"),
            translate("OrganiseTab", "The category needs a name."),
            translate("OrganiseTab", "Medusa is offline: to make the category, Medusa must be "
                      "online. Your other changes are kept."),
            translate("OrganiseTab", "Could not make the category: {error}"),
        )
    if kind == "collection":
        return NewTermWords(
            translate("OrganiseTab", "New collection…"),
            translate("OrganiseTab", "Make a collection in Medusa now (online)"),
            translate("OrganiseTab", "Name of the new collection"),
            translate("OrganiseTab", "New collection"),
            translate("OrganiseTab", "The collection needs a name."),
            translate("OrganiseTab", "Medusa is offline: to make the collection, Medusa must be "
                      "online. Your other changes are kept."),
            translate("OrganiseTab", "Could not make the collection: {error}"),
        )
    return NewTermWords(
        translate("OrganiseTab", "New tag…"),
        translate("OrganiseTab", "Make a tag in Medusa now (online)"),
        translate("OrganiseTab", "Name of the new tag"),
        translate("OrganiseTab", "New tag"),
        translate("OrganiseTab", "The tag needs a name."),
        translate("OrganiseTab", "Medusa is offline: to make the tag, Medusa must be online. "
                  "Your other changes are kept."),
        translate("OrganiseTab", "Could not make the tag: {error}"),
    )
