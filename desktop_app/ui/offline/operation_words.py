"""Operations (creates, deletes, variants, options, stock) in a merchant's words (Qt-free).

The pending view lists them next to field edits: "Create product", "Add variant
S / Black", "Set stock 7 at Warehouse". Names of variants, options and locations
come from the product's records and the shop's terms; an id that is not known
(anymore) is shown as it is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app import money
from desktop_app.i18n import translate
from desktop_app.store import operations as ops
from desktop_app.store.operations import Operation


@dataclass(frozen=True)
class Names:
    """What names the ids an operation holds."""

    variants: Mapping[str, str]  # variant id -> title
    options: Mapping[str, str]  # option id -> title
    locations: Mapping[str, str]  # stock location id -> name


def option_titles(*records: Mapping[str, Any] | None) -> dict[str, str]:
    """Option id -> title over the records (the server copy first: a rename's old name)."""
    out: dict[str, str] = {}
    for record in records:
        for option in (record or {}).get("options") or ():
            out.setdefault(str(option.get("id")), str(option.get("title") or option.get("id")))
    return out


def _values(values: Any) -> str:
    return ", ".join(str(v) for v in values or ())


def describe(op: Operation, names: Names) -> str:
    """What the operation does: the pending view's Change column."""
    args = op.args
    if op.kind == ops.CREATE:
        return translate("Operations", "Create product")
    if op.kind == ops.DELETE:
        return translate("Operations", "Delete product")
    if op.kind == ops.VARIANT_ADD:
        variant = args.get("variant") or {}
        title = variant.get("title") or translate("Operations", "Default")
        return translate("Operations", "Add variant {variant}").format(variant=title)
    if op.kind == ops.VARIANT_REMOVE:
        vid = str(args.get("variant_id"))
        return translate("Operations", "Remove variant {variant}").format(
            variant=names.variants.get(vid, vid))
    if op.kind == ops.OPTION_ADD:
        return translate("Operations", "Add option {option} ({values})").format(
            option=args.get("title"), values=_values(args.get("values")))
    if op.kind == ops.OPTION_RENAME:
        oid = str(args.get("option_id"))
        old = names.options.get(oid)
        new = args.get("title")
        if old and old != new:
            return translate("Operations", "Rename option {old} to {new}").format(old=old, new=new)
        return translate("Operations", "Rename option to {new}").format(new=new)
    if op.kind == ops.OPTION_REMOVE:
        oid = str(args.get("option_id"))
        return translate("Operations", "Remove option {option}").format(
            option=names.options.get(oid, oid))
    if op.kind == ops.OPTION_VALUES:
        oid = str(args.get("option_id"))
        bits = [translate("Operations", "add {values}").format(values=_values(args["add"]))
                if args.get("add") else "",
                translate("Operations", "remove {values}").format(values=_values(args["remove"]))
                if args.get("remove") else ""]
        return translate("Operations", "Option {option}: {changes}").format(
            option=names.options.get(oid, oid), changes="; ".join(b for b in bits if b))
    if op.kind == ops.STOCK:
        loc = str(args.get("location_id"))
        return translate("Operations", "Set stock {quantity} at {location}").format(
            quantity=args.get("quantity"), location=names.locations.get(loc, loc))
    return op.kind


def detail(op: Operation, record: Mapping[str, Any] | None, names: Names) -> str:
    """The value column: what a create makes, the variant a stock level is of, …"""
    if op.kind == ops.CREATE:
        variants = (record or {}).get("variants") or ()
        return translate("Operations", "%Ln variant(s)", None, len(variants)) if variants else ""
    if op.kind == ops.VARIANT_ADD:
        variant = op.args.get("variant") or {}
        bits = [str(variant["sku"])] if variant.get("sku") else []
        if variant.get("prices"):
            bits.append(money.format_prices(variant["prices"]))
        return " · ".join(bits)
    if op.kind == ops.STOCK:
        vid = str(op.args.get("variant_id"))
        return translate("Operations", "Variant {variant}").format(
            variant=names.variants.get(vid, vid))
    return ""
