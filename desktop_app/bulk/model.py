"""What a bulk edit would do: the per-product diff (``BulkPlan``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n import translate


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any  # the value the merchant sees now (pending edits applied)
    after: Any


@dataclass(frozen=True)
class ProductDiff:
    product_id: str
    title: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class RowError:
    """A problem with one input row (CSV) or product; ``row`` is the CSV line number."""

    message: str
    row: int | None = None
    product_id: str | None = None

    def __str__(self) -> str:
        if self.row is not None:
            return translate("BulkOperations", "row {row}: {problem}").format(
                row=self.row, problem=self.message)
        if self.product_id:
            return f"{self.product_id}: {self.message}"
        return self.message


@dataclass(frozen=True)
class BulkPlan:
    """The diff of a bulk edit. Products where nothing changes are not in ``diffs``.

    ``errors`` block applying (bad CSV rows); ``skipped`` name products left out
    (no Payload document, a title that would become empty…) and do not.
    """

    kind: str  # status|seo|replace|csv
    description: str
    diffs: tuple[ProductDiff, ...] = ()
    unchanged: int = 0  # selected products that already have the values
    skipped: tuple[RowError, ...] = ()
    errors: tuple[RowError, ...] = ()
    fields: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def field_count(self) -> int:
        return sum(len(d.changes) for d in self.diffs)

    @property
    def product_ids(self) -> list[str]:
        return [d.product_id for d in self.diffs]

    def summary(self) -> str:
        text = translate("BulkOperations", "{products} ({fields})").format(
            products=translate("BulkOperations", "%Ln product changes|%Ln products change",
                               None, len(self.diffs)),
            fields=translate("BulkOperations", "%Ln field(s)", None, self.field_count))
        if self.unchanged:
            text = translate("BulkOperations", "{summary}; %Ln needs no change|{summary}; %Ln "
                             "need no change", None, self.unchanged).format(summary=text)
        if self.skipped:
            text = translate("BulkOperations", "{summary}; %Ln skipped", None,
                             len(self.skipped)).format(summary=text)
        if self.errors:
            text = translate("BulkOperations", "{summary}; %Ln error(s)", None,
                             len(self.errors)).format(summary=text)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "description": self.description,
            "products": len(self.diffs), "fields": self.field_count,
            "unchanged": self.unchanged,
            "skipped": [str(s) for s in self.skipped],
            "errors": [str(e) for e in self.errors],
            "diffs": [
                {"product_id": d.product_id, "title": d.title,
                 "changes": [{"field": c.field, "before": c.before, "after": c.after}
                             for c in d.changes]}
                for d in self.diffs
            ],
        }
