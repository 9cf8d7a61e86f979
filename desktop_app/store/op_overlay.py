"""How a pending operation changes the product the merchant sees (the merged view).

Records follow the shape of ``records.medusa_record``: ``options`` is a list of
``{id, title, values: [{id, value}]}``; each variant has ``options`` (``{option
title: value}``) and ``levels`` (``{location id: {"stocked": n, "reserved": n}}``).
"""

from __future__ import annotations

import copy
from typing import Any

from desktop_app.store import operations as ops
from desktop_app.store.operations import Operation


def apply_operation(record: dict[str, Any], op: Operation) -> dict[str, Any]:
    """``record`` with ``op`` applied; the input is never changed."""
    if op.kind == ops.STOCK:  # the commonest by far (a grid sets thousands): copy little
        return _stock_copy(record, op.args)
    record = copy.deepcopy(record)
    handler = _HANDLERS.get(op.kind)
    if handler is not None:
        handler(record, op.args)
    return record


def _delete(record: dict[str, Any], args: dict[str, Any]) -> None:
    record["deleting"] = True


def _variant_add(record: dict[str, Any], args: dict[str, Any]) -> None:
    variant = dict(args["variant"])
    variant.setdefault("levels", {})
    record["variants"] = [*(record.get("variants") or ()), variant]


def _variant_remove(record: dict[str, Any], args: dict[str, Any]) -> None:
    record["variants"] = [v for v in record.get("variants") or ()
                          if v.get("id") != args["variant_id"]]


def _option_add(record: dict[str, Any], args: dict[str, Any]) -> None:
    option = {"id": args.get("option_id"), "title": args["title"],
              "values": [{"id": None, "value": v} for v in args.get("values") or ()]}
    record["options"] = [*(record.get("options") or ()), option]


def _option(record: dict[str, Any], option_id: str) -> dict[str, Any] | None:
    for option in record.get("options") or ():
        if option.get("id") == option_id:
            return option
    return None


def _option_rename(record: dict[str, Any], args: dict[str, Any]) -> None:
    option = _option(record, args["option_id"])
    if option is None:
        return
    old, option["title"] = option.get("title"), args["title"]
    for variant in record.get("variants") or ():
        chosen = variant.get("options") or {}
        if old in chosen:
            chosen[args["title"]] = chosen.pop(old)


def _option_remove(record: dict[str, Any], args: dict[str, Any]) -> None:
    option = _option(record, args["option_id"])
    record["options"] = [o for o in record.get("options") or ()
                         if o.get("id") != args["option_id"]]
    if option is not None:
        for variant in record.get("variants") or ():
            (variant.get("options") or {}).pop(option.get("title"), None)


def _option_values(record: dict[str, Any], args: dict[str, Any]) -> None:
    option = _option(record, args["option_id"])
    if option is None:
        return
    removed = set(args.get("remove") or ())
    values = [v for v in option.get("values") or () if v.get("value") not in removed]
    known = {v.get("value") for v in values}
    values += [{"id": None, "value": v} for v in args.get("add") or () if v not in known]
    option["values"] = values


def _stock_copy(record: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    """``record`` with one level set, sharing what the level does not touch."""
    out = dict(record)
    out["variants"] = [
        {**v, "levels": {**(v.get("levels") or {})}} if v.get("id") == args["variant_id"]
        else v for v in record.get("variants") or ()]
    _stock(out, args)
    return out


def _stock(record: dict[str, Any], args: dict[str, Any]) -> None:
    for variant in record.get("variants") or ():
        if variant.get("id") == args["variant_id"]:
            levels = variant.setdefault("levels", {}) or {}
            variant["levels"] = levels
            level = dict(levels.get(args["location_id"]) or {"reserved": 0})
            level["stocked"] = args["quantity"]
            levels[args["location_id"]] = level


_HANDLERS = {
    ops.DELETE: _delete,
    ops.VARIANT_ADD: _variant_add,
    ops.VARIANT_REMOVE: _variant_remove,
    ops.OPTION_ADD: _option_add,
    ops.OPTION_RENAME: _option_rename,
    ops.OPTION_REMOVE: _option_remove,
    ops.OPTION_VALUES: _option_values,
    ops.STOCK: _stock,
}
