"""The one error type of bulk editing: bad input, with a message for people."""

from __future__ import annotations


class BulkError(ValueError):
    """Bad bulk-edit input (a pattern, a placeholder, a CSV file); nothing was written."""
