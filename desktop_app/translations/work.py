"""Export and import for translators, through the shop's catalog (CLI and GUI share it).

``export`` writes the units still to do in one locale (missing or outdated; ``everything``:
all with a source) as XLIFF 1.2 or CSV; ``import_file`` reads one back, checks it
(``importing.plan``) and, unless it is a dry run, records the changes as edits through the
catalog (the outbox, durably; the push sends them, read-compare-write per locale). On a
shop whose Payload keeps drafts, Payload's locales are recorded as drafts of those locales
(``OfflineCatalog.edit_translations``; live once the product is published, docs/drafts.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.translations import files, importing
from desktop_app.translations.setup import Target, TranslationSetup
from desktop_app.translations.status import Evaluation, State
from desktop_app.translations.units import Unit, units

TODO = (State.MISSING, State.OUTDATED)


class Catalog(Protocol):  # the part of OfflineCatalog used here
    def translation_setup(self) -> TranslationSetup | None: ...
    def translation_status(self, product_ids: Iterable[str] | None = None,
                           locale: str | None = None) -> list: ...  # type: ignore[type-arg]
    def product_translations(self, product_id: str) -> Evaluation | None: ...
    def product(self, product_id: str): ...  # type: ignore[no-untyped-def]
    def edit_translations(self, product_id: str, changes, *, bases=None): ...  # type: ignore[no-untyped-def]
    def translations_as_drafts(self, product_id: str | None = None) -> bool: ...


class NotTranslatable(ValueError):
    """The shop has no translation setup (yet): ``detect_translations`` first."""


def setup_of(catalog: Catalog) -> TranslationSetup:
    found = catalog.translation_setup()
    if found is None:
        raise NotTranslatable("This shop has nothing to translate (or it was never checked: "
                              "open the translations once online).")
    return found


def target_of(setup: TranslationSetup, code: str) -> Target:
    target = setup.target(code)
    if target is None:
        raise NotTranslatable(f"This shop does not translate into {code!r} "
                              f"(its locales: {', '.join(setup.codes)}).")
    return target


def title_of(catalog: Catalog, product_id: str) -> str:
    detail = catalog.product(product_id)
    if detail is None:
        return ""
    return str((detail.payload or {}).get("title") or (detail.medusa or {}).get("title") or "")


@dataclass
class Exported:
    data: bytes
    units: list[Unit] = field(default_factory=list)
    products: int = 0


def export(catalog: Catalog, locale: str, fmt: str, *, everything: bool = False,
           product_ids: Iterable[str] | None = None) -> Exported:
    setup = setup_of(catalog)
    target = target_of(setup, locale)
    rows = catalog.translation_status(product_ids, target.code)
    chosen: list[Unit] = []
    titles: dict[str, str] = {}
    for row in rows:
        if not everything and row.status not in TODO:
            continue
        evaluation = catalog.product_translations(row.product_id)
        if evaluation is None:
            continue
        found = [u for u in units(row.product_id, evaluation, target)
                 if everything or u.state in TODO]
        if found:
            titles[row.product_id] = title_of(catalog, row.product_id)
            chosen += found
    data = files.write(fmt, chosen, setup.source, target.payload or target.medusa or target.code,
                       titles)
    return Exported(data, chosen, len(titles))


@dataclass
class Imported:
    plan: importing.ImportPlan
    applied: dict[str, list[str]] = field(default_factory=dict)  # product -> fields edited
    failed: dict[str, str] = field(default_factory=dict)  # product -> why not
    drafts: bool = False  # Payload's locales recorded as drafts (publish to make them live)

    @property
    def edited(self) -> int:
        return sum(len(f) for f in self.applied.values())


def import_file(catalog: Catalog, data: bytes, fmt: str, *, locale: str | None = None,
                dry_run: bool = False) -> Imported:
    setup = setup_of(catalog)
    found = files.read(fmt, data)
    target = importing.file_locale(found, setup, locale)
    plan = importing.plan(found, setup, target, catalog.product_translations)
    result = Imported(plan, drafts=catalog.translations_as_drafts())
    if dry_run:
        return result
    for product_id, edits in plan.edits.items():
        try:
            catalog.edit_translations(product_id, edits)
        except ValueError as exc:  # e.g. no Payload document stored for it
            result.failed[product_id] = str(exc)
            continue
        result.applied[product_id] = sorted(edits)
    return result
