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

SEO_FIELDS = ("seo.meta_title", "seo.meta_description", "seo.meta_keywords")
REPLACE_FIELDS = ("title", "subtitle")
PLACEHOLDERS = ("title", "subtitle", "handle")


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
            raise BulkError(f"Unknown status '{self.status}': use {', '.join(STATUSES)}.")

    @property
    def fields(self) -> tuple[str, ...]:
        return ("status",)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        return f"Set status to {self.status}"

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {"status": self.status}


def _check_template(label: str, template: str) -> None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise BulkError(f"{label}: {exc} (write {{{{ and }}}} for literal braces).") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise BulkError(f"{label}: unknown placeholder {{{name}}}; use {allowed}.")


@dataclass(frozen=True)
class SetSeo:
    """SEO values, each a template with {title}, {subtitle}, {handle}; None leaves it."""

    meta_title: str | None = None
    meta_description: str | None = None
    meta_keywords: str | None = None
    kind: str = field(default="seo", init=False)

    def __post_init__(self) -> None:
        if not self.templates:
            raise BulkError("Choose at least one SEO field to set.")
        for name, template in self.templates.items():
            _check_template(name.removeprefix("seo.").replace("_", " "), template)

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
        names = ", ".join(f.removeprefix("seo.").replace("_", " ") for f in self.fields)
        return f"Set SEO {names}"

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
            raise BulkError("Enter the text to find.")
        if not self.fields or set(self.fields) - set(REPLACE_FIELDS):
            raise BulkError("Find and replace works in the title and/or the subtitle.")
        pattern = self._pattern()
        if self.regex:
            try:
                pattern.sub(self.replace, "")  # checks group references like \2 up front
            except re.error as exc:
                raise BulkError(f"Invalid replacement: {exc}.") from None

    def _pattern(self) -> re.Pattern[str]:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        try:
            return re.compile(self.find if self.regex else re.escape(self.find), flags)
        except re.error as exc:
            raise BulkError(f"Invalid regular expression: {exc}.") from None

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        how = "regex" if self.regex else "text"
        case = "" if self.case_sensitive else ", any case"
        where = " and ".join(self.fields)
        return f"Replace {how} '{self.find}' with '{self.replace}' in {where}{case}"

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
                raise SkipProduct("the title would be empty")
            out[name] = new
        return out


TERM_LISTS = {"categories": ("category", "categories"), "tags": ("tag", "tags"),
              "sales_channels": ("sales channel", "sales channels")}


def _check_ids(ids: tuple[str, ...], what: str) -> None:
    if not ids:
        raise BulkError(f"Choose at least one {what}.")
    if any(not isinstance(i, str) or not i.strip() for i in ids):
        raise BulkError(f"Every {what} needs an id.")


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
            raise BulkError(f"Cannot organise by '{self.target}': use "
                            f"{', '.join(TERM_LISTS)}.")
        object.__setattr__(self, "ids", tuple(dict.fromkeys(self.ids)))
        _check_ids(self.ids, TERM_LISTS[self.target][0])

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.target,)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def _label(self) -> str:
        one, many = TERM_LISTS[self.target]
        return f"{one if len(self.ids) == 1 else many} {_named(self.ids, self.names)}"

    def _current(self, current: Mapping[str, Any]) -> list[str]:
        value = current.get(self.target)
        if value is None:  # not an empty list: a record stored before organise fields
            raise SkipProduct(f"its {TERM_LISTS[self.target][1]} are not in the local "
                              "store yet; pull first")
        return [str(v) for v in value]


@dataclass(frozen=True)
class AddTerms(_TermsChange):
    def describe(self) -> str:
        return f"Add to {self._label()}"

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        now = self._current(current)
        return {self.target: now + [i for i in self.ids if i not in now]}


@dataclass(frozen=True)
class RemoveTerms(_TermsChange):
    def describe(self) -> str:
        return f"Remove from {self._label()}"

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {self.target: [i for i in self._current(current) if i not in self.ids]}


@dataclass(frozen=True)
class _SetReference:
    """Sets one id field (collection, type) of each product; None clears it."""

    value: str | None
    name: str | None = None  # for the description only
    kind: str = field(default="organise", init=False)
    target: ClassVar[str] = ""
    label: ClassVar[str] = ""

    def __post_init__(self) -> None:
        if self.value is not None and (not isinstance(self.value, str) or not self.value.strip()):
            raise BulkError(f"Choose a {self.label}, or none to clear it.")

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.target,)

    @property
    def reads(self) -> tuple[str, ...]:
        return self.fields

    def describe(self) -> str:
        if self.value is None:
            return f"Clear the {self.label}"
        return f"Set {self.label} to {self.name or self.value}"

    def new_values(self, current: Mapping[str, Any]) -> dict[str, Any]:
        return {self.target: self.value}


@dataclass(frozen=True)
class SetCollection(_SetReference):
    target: ClassVar[str] = "collection_id"
    label: ClassVar[str] = "collection"


@dataclass(frozen=True)
class SetType(_SetReference):
    target: ClassVar[str] = "type_id"
    label: ClassVar[str] = "type"
