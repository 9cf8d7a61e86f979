"""The bulk editor: choose an operation, preview the per-product diff, apply, undo; CSV."""

from desktop_app.ui.bulk.dialog import BulkEditDialog

__all__ = ["BulkEditDialog"]
