"""The bulk operations: set status, set SEO fields, find/replace in title and subtitle.

An operation is built from the merchant's parameters (a bad pattern or placeholder is
a ``BulkError`` at once) and then maps one product's current values to new ones.

    SetStatus("draft")
    SetSeo(meta_title="{title} | My shop", meta_description=None)   # None: leave as is
    FindReplace("cotton", "linen", fields=("title",), case_sensitive=False, regex=False)
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

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
