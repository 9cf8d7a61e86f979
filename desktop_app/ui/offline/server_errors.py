"""What the servers refused about a product, per field (Qt-free).

A push that Medusa or Payload refuses leaves the edit or operation active (``failed``,
or ``conflict`` for a stock level that moved) with the server's words in ``message``
and, for operations, the field they concern in ``field``. The editor shows each message
on that field; the entry stays queued until the merchant changes the value (which
sends it again) or discards it in the pending view.
"""

from __future__ import annotations

from desktop_app.services.offline import ProductDetail
from desktop_app.store import operations as ops
from desktop_app.ui.offline.editor_values import stock_field

PRODUCT = "product"  # an error that names no field: shown at the top of the editor


def field_errors(detail: ProductDetail) -> dict[str, str]:
    """``{field name: the server's words}`` for every refused edit and operation."""
    out: dict[str, str] = {}
    for entry in detail.edits:
        if entry.state == "failed" and entry.message:
            out[entry.field] = entry.message
    for op in detail.operations:
        if op.state not in ("failed", "conflict") or not op.message:
            continue
        name = op.field or PRODUCT
        if op.kind == ops.STOCK and op.field is None:
            # A level that moved in Medusa meanwhile names no field: its cell is its place.
            name = stock_field(op.args["variant_id"], op.args["location_id"])
        out[name] = _joined(out.get(name), op.message)
    return out


def _joined(before: str | None, message: str) -> str:
    return message if not before or before == message else f"{before}\n{message}"
