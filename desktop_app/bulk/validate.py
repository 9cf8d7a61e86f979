"""Checks of values a bulk edit may write, mirroring what the servers enforce.

Each check returns an error message or ``None``.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from desktop_app.i18n import translate

# medusa-admin-api.md §9.
STATUSES = ("draft", "proposed", "published", "rejected")
# Medusa's handle rule: ^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$
_HANDLE_CATEGORIES = frozenset({"Ll", "Lo", "Lm", "Nd", "Nl", "No"})


def status_error(value: Any) -> str | None:
    if value in STATUSES:
        return None
    return translate("BulkOperations", "status '{status}' is not one of {statuses}").format(
        status=value, statuses=", ".join(STATUSES))


def handle_error(value: Any) -> str | None:
    text = "" if value is None else str(value)
    if not text:
        return translate("BulkOperations", "a handle is required")
    for part in text.split("-"):
        if not part or any(unicodedata.category(ch) not in _HANDLE_CATEGORIES for ch in part):
            return translate("BulkOperations", "handle '{handle}' is not URL safe: use "
                             "lowercase letters, digits and single hyphens between words").format(
                handle=text)
    return None


def title_error(value: Any) -> str | None:
    if value is not None and str(value).strip():
        return None
    return translate("BulkOperations", "the title cannot be empty")


def ids_error(value: Any) -> str | None:
    if not isinstance(value, list) or any(not isinstance(i, str) or not i for i in value):
        return translate("BulkOperations", "an organise list holds ids only")
    return None


def reference_error(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value):
        return None
    return translate("BulkOperations", "not an id")


CHECKS = {"status": status_error, "handle": handle_error, "title": title_error,
          "categories": ids_error, "tags": ids_error, "sales_channels": ids_error,
          "collection_id": reference_error, "type_id": reference_error}


def value_error(field: str, value: Any) -> str | None:
    """Why ``value`` cannot be written to ``field``, or None when it can."""
    check = CHECKS.get(field)
    return None if check is None else check(value)
