"""The bulk operations: set status, set SEO fields, find/replace in title and subtitle,
and organise (add to / remove from categories, tags, sales channels; set collection, type).

An operation is built from the merchant's parameters (a bad pattern or placeholder is
a ``BulkError`` at once) and then maps one product's current values to new ones.

    SetStatus("draft")
    SetSeo(meta_title="{title} | My shop", meta_description=None)   # None: leave as is
    FindReplace("cotton", "linen", fields=("title",), case_sensitive=False, regex=False)
    AddTerms("categories", ("pcat_01…",), names=("Shirts",))   # or tags, sales_channels
    RemoveTerms("tags", ("ptag_01…",), names=("sale",))
    SetCollection("pcol_01…", name="Summer")   # SetCollection(None): no collection
    SetType("ptyp_01…", name="Clothing")

Organise operations take ids (``names`` only word the description). Each product's
whole list is written (Medusa replaces the set), so a product whose stored record
predates organise fields is skipped ("pull first") rather than stripped of its terms.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from desktop_app.bulk.errors import BulkError
from desktop_app.bulk.validate import STATUSES
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

SEO_FIELDS = ("seo.meta_title", "seo.meta_description", "seo.meta_keywords")
REPLACE_FIELDS = ("title", "subtitle")
PLACEHOLDERS = ("title", "subtitle", "handle")
# The fields as the descriptions and messages name them.
FIELD_NAMES = {
    "seo.meta_title": QT_TRANSLATE_NOOP("BulkOperations", "meta title"),
    "seo.meta_description": QT_TRANSLATE_NOOP("BulkOperations", "meta description"),
    "seo.meta_keywords": QT_TRANSLATE_NOOP("BulkOperations", "meta keywords"),
    "title": QT_TRANSLATE_NOOP("BulkOperations", "title"),
    "subtitle": QT_TRANSLATE_NOOP("BulkOperations", "subtitle"),
}


def field_name(name: str) -> str:
    return translate("BulkOperations", FIELD_NAMES[name]) if name in FIELD_NAMES else name


def _listed(words: list[str], how: str) -> str:
    """``words`` joined as a sentence lists them (``how``: "{first} and {second}")."""
    text = words[0]
    for word in words[1:]:
        text = how.format(first=text, second=word)
    return text


class SkipProduct(Exception):
    """This product cannot take the operation (the message says why); others can."""


class Operation(Protocol):
    kind: str

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields the operation writes."""

    @property
    def reads(self) -> tuple[str, ...]:
        """Every field ``new_values`` needs in ``current``."""

    def describe(self) -> str: ...

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        """The values to write, given the product's current ones; may raise SkipProduct."""


@dataclass(frozen=True)
class SetStatus:
    status: str
    kind: str = field(default="status", init=False)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise BulkError(translate("BulkOperations", "Unknown status '{status}': use "
                                      "{statuses}.").format(status=self.status,
                                                            statuses=", ".join(STATUSES)))

    @property
    def fields(self) -> tuple[str, ...]:
        return ("status",)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        return translate("BulkOperations", "Set status to {status}").format(status=self.status)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {"status": self.status}


def _check_template(label: str, template: str) -> None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise BulkError(translate("BulkOperations", "{field}: {error} (write {open} and {close} "
                                  "for literal braces).").format(
            field=label, error=exc, open="{{", close="}}")) from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise BulkError(translate("BulkOperations", "{field}: unknown placeholder "
                                      "{placeholder}; use {allowed}.").format(
                field=label, placeholder="{" + name + "}", allowed=allowed))


@dataclass(frozen=True)
class SetSeo:
    """SEO values, each a template with {title}, {subtitle}, {handle}; None leaves it."""

    meta_title: str | None = None
    meta_description: str | None = None
    meta_keywords: str | None = None
    kind: str = field(default="seo", init=False)

    def __post_init__(self) -> None:
        if not self.templates:
            raise BulkError(translate("BulkOperations", "Choose at least one SEO field to set."))
        for name, template in self.templates.items():
            _check_template(field_name(name), template)

    @property
    def templates(self) -> dict[str, str]:
        values = (self.meta_title, self.meta_description, self.meta_keywords)
        return {f: v for f, v in zip(SEO_FIELDS, values, strict=True) if v is not None}

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.templates)

    @property
    def reads(self) -> tuple[str, ...]:
        return (*self.fields, *PLACEHOLDERS)

    def describe(self) -> str:
        names = ", ".join(field_name(f) for f in self.fields)
        return translate("BulkOperations", "Set SEO {fields}").format(fields=names)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        values = {p: "" if current.get(p) is None else str(current[p]) for p in PLACEHOLDERS}
        return {f: t.format_map(values) for f, t in self.templates.items()}


@dataclass(frozen=True)
class FindReplace:
    find: str
    replace: str
    fields: tuple[str, ...] = REPLACE_FIELDS
    case_sensitive: bool = True
    regex: bool = False
    kind: str = field(default="replace", init=False)

    def __post_init__(self) -> None:
        if not self.find:
            raise BulkError(translate("BulkOperations", "Enter the text to find."))
        if not self.fields or set(self.fields) - set(REPLACE_FIELDS):
            raise BulkError(translate("BulkOperations", "Find and replace works in the title "
                                      "and/or the subtitle."))
        pattern = self._pattern()
        if self.regex:
            try:
                pattern.sub(self.replace, "")  # checks group references like \2 up front
            except re.error as exc:
                raise BulkError(translate("BulkOperations", "Invalid replacement: {error}.")
                                .format(error=exc)) from None

    def _pattern(self) -> re.Pattern[str]:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        try:
            return re.compile(self.find if self.regex else re.escape(self.find), flags)
        except re.error as exc:
            raise BulkError(translate("BulkOperations", "Invalid regular expression: {error}.")
                            .format(error=exc)) from None

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        where = _listed([field_name(f) for f in self.fields],
                        translate("BulkOperations", "{first} and {second}"))
        if self.regex:
            text = (translate("BulkOperations", "Replace regex '{find}' with '{replace}' in "
                              "{fields}") if self.case_sensitive
                    else translate("BulkOperations", "Replace regex '{find}' with '{replace}' "
                                   "in {fields}, any case"))
        else:
            text = (translate("BulkOperations", "Replace text '{find}' with '{replace}' in "
                              "{fields}") if self.case_sensitive
                    else translate("BulkOperations", "Replace text '{find}' with '{replace}' "
                                   "in {fields}, any case"))
        return text.format(find=self.find, replace=self.replace, fields=where)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        pattern = self._pattern()
        out: dict[str, Any] = {}
        for name in self.fields:
            text = current.get(name)
            if not text:
                continue
            # Literal mode: the replacement is plain text, backslashes included.
            new = (pattern.sub(self.replace, text) if self.regex
                   else pattern.sub(lambda _m: self.replace, text))
            if name == "title" and not new.strip():
                raise SkipProduct(translate("BulkOperations", "the title would be empty"))
            out[name] = new
        return out


TERM_LISTS = ("categories", "tags", "sales_channels")
# Each list's sentences whole (the words around "category" change with it in German, French).
NO_TERMS = {
    "categories": QT_TRANSLATE_NOOP("BulkOperations", "Choose at least one category."),
    "tags": QT_TRANSLATE_NOOP("BulkOperations", "Choose at least one tag."),
    "sales_channels": QT_TRANSLATE_NOOP("BulkOperations", "Choose at least one sales channel."),
}
NO_ID = {
    "categories": QT_TRANSLATE_NOOP("BulkOperations", "Every category needs an id."),
    "tags": QT_TRANSLATE_NOOP("BulkOperations", "Every tag needs an id."),
    "sales_channels": QT_TRANSLATE_NOOP("BulkOperations", "Every sales channel needs an id."),
}
NOT_STORED = {
    "categories": QT_TRANSLATE_NOOP("BulkOperations", "its categories are not in the local "
                                    "store yet; pull first"),
    "tags": QT_TRANSLATE_NOOP("BulkOperations", "its tags are not in the local store yet; pull "
                              "first"),
    "sales_channels": QT_TRANSLATE_NOOP("BulkOperations", "its sales channels are not in the "
                                        "local store yet; pull first"),
}


def _describe_terms(adding: bool, target: str, count: int, names: str) -> str:
    if adding:
        text = {
            "categories": translate("BulkOperations", "Add to category {names}|Add to "
                                    "categories {names}", None, count),
            "tags": translate("BulkOperations", "Add to tag {names}|Add to tags {names}",
                              None, count),
            "sales_channels": translate("BulkOperations", "Add to sales channel {names}|Add "
                                        "to sales channels {names}", None, count),
        }[target]
    else:
        text = {
            "categories": translate("BulkOperations", "Remove from category {names}|Remove "
                                    "from categories {names}", None, count),
            "tags": translate("BulkOperations", "Remove from tag {names}|Remove from tags "
                              "{names}", None, count),
            "sales_channels": translate("BulkOperations", "Remove from sales channel "
                                        "{names}|Remove from sales channels {names}", None,
                                        count),
        }[target]
    return text.format(names=names)


def _check_ids(ids: tuple[str, ...], target: str) -> None:
    if not ids:
        raise BulkError(translate("BulkOperations", NO_TERMS[target]))
    if any(not isinstance(i, str) or not i.strip() for i in ids):
        raise BulkError(translate("BulkOperations", NO_ID[target]))


def _named(ids: tuple[str, ...], names: tuple[str, ...]) -> str:
    shown = names if len(names) == len(ids) else ids
    return ", ".join(shown)


@dataclass(frozen=True)
class _TermsChange:
    """Adds ``ids`` to, or removes them from, one organise list of each product."""

    target: str  # categories | tags | sales_channels
    ids: tuple[str, ...]
    names: tuple[str, ...] = ()  # the terms' names, for the description only
    kind: str = field(default="organise", init=False)

    def __post_init__(self) -> None:
        if self.target not in TERM_LISTS:
            raise BulkError(translate("BulkOperations", "Cannot organise by '{target}': use "
                                      "{lists}.").format(target=self.target,
                                                         lists=", ".join(TERM_LISTS)))
        object.__setattr__(self, "ids", tuple(dict.fromkeys(self.ids)))
        _check_ids(self.ids, self.target)

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.target,)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def _describe(self, adding: bool) -> str:
        return _describe_terms(adding, self.target, len(self.ids), _named(self.ids, self.names))

    def _current(self, current: Mapping[str, Any]) -> list[str]:
        value = current.get(self.target)
        if value is None:  # not an empty list: a record stored before organise fields
            raise SkipProduct(translate("BulkOperations", NOT_STORED[self.target]))
        return [str(v) for v in value]


@dataclass(frozen=True)
class AddTerms(_TermsChange):
    def describe(self) -> str:
        return self._describe(adding=True)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        now = self._current(current)
        return {self.target: now + [i for i in self.ids if i not in now]}


@dataclass(frozen=True)
class RemoveTerms(_TermsChange):
    def describe(self) -> str:
        return self._describe(adding=False)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {self.target: [i for i in self._current(current) if i not in self.ids]}


@dataclass(frozen=True)
class _SetReference:
    """Sets one id field (collection, type) of each product; None clears it."""

    value: str | None
    name: str | None = None  # for the description only
    kind: str = field(default="organise", init=False)
    target: ClassVar[str] = ""
    # Whole sentences for each field (marked where the subclasses set them).
    choose: ClassVar[str] = ""
    clear: ClassVar[str] = ""
    set_to: ClassVar[str] = ""  # {name}: the value's name (or id)

    def __post_init__(self) -> None:
        if self.value is not None and (not isinstance(self.value, str) or not self.value.strip()):
            raise BulkError(translate("BulkOperations", self.choose))

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.target,)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        if self.value is None:
            return translate("BulkOperations", self.clear)
        return translate("BulkOperations", self.set_to).format(name=self.name or self.value)

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {self.target: self.value}


@dataclass(frozen=True)
class SetCollection(_SetReference):
    target: ClassVar[str] = "collection_id"
    choose: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations",
                                              "Choose a collection, or none to clear it.")
    clear: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations", "Clear the collection")
    set_to: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations", "Set collection to {name}")


@dataclass(frozen=True)
class SetType(_SetReference):
    target: ClassVar[str] = "type_id"
    choose: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations",
                                              "Choose a type, or none to clear it.")
    clear: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations", "Clear the type")
    set_to: ClassVar[str] = QT_TRANSLATE_NOOP("BulkOperations", "Set type to {name}")
