"""What the servers said about the grid's cells: conflicts and refusals, put on the cell.

A conflicted or refused price edit (``variants.<id>.prices``) marks every price cell of
the variant (Medusa takes its prices as one list); a stock level's conflict or refusal
(``stock.<variant>.<location>``) marks that level's cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_app.grid.columns import VARIANT_KEY, Column, Kind
from desktop_app.grid.session import CellKey
from desktop_app.i18n import translate
from desktop_app.store import operations as ops

TROUBLE = ("conflict", "failed", "locked")


def cell_problems(columns: Sequence[Column], entries: Iterable[Any],
                  operations: Iterable[Any]) -> dict[CellKey, str]:
    """``{cell key: message}`` for outbox ``entries`` and ``operations`` in trouble."""
    prices = [c.key for c in columns if c.kind is Kind.PRICE]
    by_variant_key = {v: k for k, v in VARIANT_KEY.items()}
    found: dict[CellKey, str] = {}
    for e in entries:
        if e.state not in TROUBLE:
            continue
        message = _message(e.state, e.message)
        if e.field == "status":
            found[(e.product_id, "", "status")] = message
            continue
        head, _, rest = e.field.partition(".")
        vid, _, key = rest.partition(".")
        if head != "variants" or not key:
            continue
        if key == "prices":
            found.update(((e.product_id, vid, p), message) for p in prices)
        elif key in by_variant_key:
            found[(e.product_id, vid, by_variant_key[key])] = message
    for op in operations:
        if op.kind == ops.STOCK and op.state in TROUBLE:
            found[(op.product_id, op.args["variant_id"], f"stock:{op.args['location_id']}")] = (
                _message(op.state, op.message))
    return found


def _message(state: str, message: str | None) -> str:
    if state == "conflict":
        what = translate("GridCells", "Conflict")
        said = translate("GridCells", "Conflict: {message}")
    elif state == "failed":
        what = translate("GridCells", "Refused")
        said = translate("GridCells", "Refused: {message}")
    else:
        what = translate("GridCells", "Locked")
        said = translate("GridCells", "Locked: {message}")
    return said.format(message=message) if message else what
