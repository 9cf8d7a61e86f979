"""Import a translator's file: check every unit against the store, then edit (pure plan).

Each unit of the file is compared with the product's unit now (``units``):

* ``change``: a new translation; it becomes an edit of each field the unit writes;
* ``same``: the file holds the translation the product has (nothing to do);
* ``empty``: no translation in the file (left as it is: an import never clears one);
* ``stale``: the source changed since the export (the file's source is not the product's
  now): skipped, so an old source's translation is never taken for a current one; export
  again;
* ``unknown``: no such product, or no such unit in this locale (a field the shop does not
  localise, a product without a Payload document): skipped.

The plan's edits go through the catalog (``OfflineCatalog.edit``: the outbox, durably) and
the push sends them. A dry run shows the plan and changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.translations.files import FileUnit
from desktop_app.translations.setup import Target, TranslationSetup
from desktop_app.translations.status import Evaluation
from desktop_app.translations.units import Unit, same_text, units


class Verdict(enum.StrEnum):
    CHANGE = "change"
    SAME = "same"
    EMPTY = "empty"
    STALE = "stale"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Line:
    product_id: str
    key: str
    verdict: Verdict
    before: str = ""  # the product's translation now
    after: str = ""  # the file's
    message: str = ""
    fields: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"product_id": self.product_id, "unit": self.key, "verdict": self.verdict.value,
                "before": self.before, "after": self.after, "message": self.message,
                "fields": list(self.fields)}


@dataclass
class ImportPlan:
    target: Target
    lines: list[Line] = field(default_factory=list)
    edits: dict[str, dict[str, Any]] = field(default_factory=dict)  # product -> {field: value}
    warnings: list[str] = field(default_factory=list)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for line in self.lines if line.verdict is verdict)

    def to_json(self) -> dict[str, Any]:
        return {"locale": self.target.code,
                "counts": {v.value: self.count(v) for v in Verdict},
                "products": len(self.edits), "warnings": self.warnings,
                "units": [line.to_json() for line in self.lines]}


class ImportRefused(ValueError):
    """A file that cannot be imported at all (which locale, mixed locales)."""


def file_locale(found: list[FileUnit], setup: TranslationSetup, wanted: str | None) -> Target:
    """The target the file is for: ``wanted``, else the file's own target locale."""
    codes = {u.target_locale for u in found if u.target_locale}
    if wanted is not None:
        code = wanted
    elif len(codes) == 1:
        code = next(iter(codes))
    elif not codes:
        raise ImportRefused("the file names no target locale: give --locale")
    else:
        raise ImportRefused(f"the file mixes locales ({', '.join(sorted(codes))}): one per file")
    target = setup.target(code)
    if target is None:
        raise ImportRefused(f"this shop does not translate into {code!r} "
                           f"(its locales: {', '.join(setup.codes)})")
    return target


def plan(
    found: Iterable[FileUnit], setup: TranslationSetup, target: Target,
    evaluate: Callable[[str], Evaluation | None],
) -> ImportPlan:
    """Check the file's units against each product's units now (``evaluate``: the catalog's
    ``product_translations``)."""
    result = ImportPlan(target)
    current: dict[str, dict[str, Unit] | None] = {}
    for unit in found:
        if unit.product_id not in current:
            evaluation = evaluate(unit.product_id) if unit.product_id else None
            current[unit.product_id] = (
                None if evaluation is None
                else {u.key: u for u in units(unit.product_id, evaluation, target)})
        now = (current[unit.product_id] or {}).get(unit.key)
        result.lines.append(_line(unit, now, current[unit.product_id] is None))
        line = result.lines[-1]
        if line.verdict is Verdict.CHANGE and now is not None:
            result.edits.setdefault(unit.product_id, {}).update(now.values(unit.target))
    _title_first(result, current, target)
    return result


def _line(unit: FileUnit, now: Unit | None, no_product: bool) -> Line:
    if now is None:
        why = "no such product in the store" if no_product else (
            "no such field to translate in this product and locale")
        return Line(unit.product_id, unit.key, Verdict.UNKNOWN, after=unit.target, message=why)
    fields = tuple(p.name for p in now.pairs)
    if not unit.target.strip():
        return Line(unit.product_id, unit.key, Verdict.EMPTY, now.target, "", fields=fields)
    if unit.source.strip() and not same_text(unit.source, now.source):
        return Line(unit.product_id, unit.key, Verdict.STALE, now.target, unit.target,
                    "the source changed since the export: export again", fields)
    if same_text(unit.target, now.target):
        return Line(unit.product_id, unit.key, Verdict.SAME, now.target, unit.target,
                    fields=fields)
    return Line(unit.product_id, unit.key, Verdict.CHANGE, now.target, unit.target,
                fields=fields)


def _title_first(result: ImportPlan, current: dict[str, dict[str, Unit] | None],
                 target: Target) -> None:
    """Payload refuses a locale's fields while that locale has no title: say so now."""
    if not target.payload:
        return
    title = f"locales.{target.payload}.title"
    for product_id, edits in result.edits.items():
        held = (current.get(product_id) or {}).get("title")
        payload_edits = [f for f in edits if f.startswith(f"locales.{target.payload}.")]
        if payload_edits and title not in edits and not (held and held.target):
            result.warnings.append(
                f"{product_id}: Payload needs a title in {target.payload} before its other "
                f"{target.payload} fields can be saved; this file has none for it.")
