"""Bulk editing of the offline catalog (Qt-free): plan, preview, apply, push, undo; CSV.

Usage::

    from desktop_app import bulk

    ids = bulk.select_ids(catalog, SearchQuery("shirt"))        # or any product ids
    plan = bulk.plan(catalog, bulk.SetSeo(meta_title="{title} | Shop"), ids)
    plan.diffs                                # per product: (field, before, after)
    result = bulk.apply(catalog, plan)        # durable in the outbox, one transaction
    await bulk.push(catalog, progress)        # the ordinary push; cancel the task any time
    bulk.undo(catalog, result.op.id)          # reverts the whole bulk edit (then push)

    bulk.export_csv(catalog, ids, "products.csv")
    plan = bulk.import_csv(catalog, "products.csv")   # a dry run: plan.errors, plan.diffs

Operations: ``SetStatus``, ``SetSeo`` (templates with {title} {subtitle} {handle}),
``FindReplace`` (literal or regex, case option, in title and/or subtitle), and
organise: ``AddTerms`` / ``RemoveTerms`` (categories, tags, sales channels by id),
``SetCollection``, ``SetType``. Bad input raises ``BulkError`` with a message for
people, before anything is written.
"""

from desktop_app.bulk.actions import apply, history, push, undo
from desktop_app.bulk.applying import ApplyResult, UndoReport
from desktop_app.bulk.csv_io import COLUMNS, export_csv, import_csv, read_plan, write_csv
from desktop_app.bulk.errors import BulkError
from desktop_app.bulk.model import BulkPlan, FieldChange, ProductDiff, RowError
from desktop_app.bulk.operations import (
    AddTerms,
    FindReplace,
    Operation,
    RemoveTerms,
    SetCollection,
    SetSeo,
    SetStatus,
    SetType,
)
from desktop_app.bulk.planning import plan, select_ids
from desktop_app.bulk.validate import STATUSES

__all__ = [
    "COLUMNS",
    "STATUSES",
    "AddTerms",
    "ApplyResult",
    "BulkError",
    "BulkPlan",
    "FieldChange",
    "FindReplace",
    "Operation",
    "ProductDiff",
    "RemoveTerms",
    "RowError",
    "SetCollection",
    "SetSeo",
    "SetStatus",
    "SetType",
    "UndoReport",
    "apply",
    "export_csv",
    "history",
    "import_csv",
    "plan",
    "push",
    "read_plan",
    "select_ids",
    "undo",
    "write_csv",
]
