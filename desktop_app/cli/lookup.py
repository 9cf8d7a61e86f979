"""Finding what a command names: products, variants, options and terms (read only).

A product or variant may be named by its local id (``local_…``, made here) or its
Medusa id: ``OfflineCatalog.server_id`` turns a local id that was created meanwhile
into Medusa's. A variant may also be named by its SKU, an option by its title, a
term by its id, name or handle. Terms are checked against the ones the store holds
(from the last pull); for a kind the store holds none of, an id (``pcat_…``) is taken
as given (it cannot be checked offline: Medusa decides on the push) and a name is
refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.cli.catalog_cmd import CommandError
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.store.taxonomy import Term

# How each kind is named in messages, and the command group that lists it.
KIND_WORDS = {
    "category": ("category", "categories", "categories"),
    "collection": ("collection", "collections", "collections"),
    "tag": ("tag", "tags", "tags"),
    "type": ("product type", "product types", "types"),
    "channel": ("sales channel", "sales channels", "channels"),
    "location": ("stock location", "stock locations", "locations"),
    "currency": ("currency", "currencies", "currencies"),
    "region": ("region", "regions", "regions"),
}

# How Medusa's ids of each kind begin (an id can be used before the kind was pulled).
ID_PREFIXES = {"category": "pcat_", "collection": "pcol_", "tag": "ptag_", "type": "ptyp_",
               "channel": "sc_", "location": "sloc_", "region": "reg_"}


def product(catalog: OfflineCatalog, given: str) -> ProductDetail:
    """The stored product ``given`` names (pending edits and operations applied)."""
    pid = catalog.server_id(given.strip())
    detail = catalog.product(pid)
    record = None if detail is None else detail.medusa
    if detail is None or record is None or record.get("deleted_at"):
        raise CommandError(f"No product {given} is stored; check the id or run "
                           "'desktop-app pull'.", code="unknown_product", field="product")
    if record.get("deleting"):
        raise CommandError(f"Product {given} is being deleted.", code="unknown_product",
                           field="product")
    return detail


def products(catalog: OfflineCatalog, given: Iterable[str]) -> list[ProductDetail]:
    """Every product named (each once), or the error for the first unknown one."""
    found: dict[str, ProductDetail] = {}
    for name in given:
        detail = product(catalog, name)
        found.setdefault(detail.product_id, detail)
    return list(found.values())


def variants_of(detail: ProductDetail) -> list[dict[str, Any]]:
    return list((detail.medusa or {}).get("variants") or ())


def variant(catalog: OfflineCatalog, detail: ProductDetail, given: str) -> dict[str, Any]:
    """The product's variant with this id (local or Medusa's) or SKU."""
    vid = catalog.server_id(given.strip())
    variants = variants_of(detail)
    for v in variants:
        if v.get("id") in (vid, given):
            return v
    by_sku = [v for v in variants if v.get("sku") and v.get("sku") == given]
    if len(by_sku) == 1:
        return by_sku[0]
    raise CommandError(f"Product {detail.product_id} has no variant {given} (an id or SKU; "
                       "see 'desktop-app variants list').", code="unknown_variant",
                       field="variant")


def options_of(detail: ProductDetail) -> list[dict[str, Any]]:
    return list((detail.medusa or {}).get("options") or ())


def option(detail: ProductDetail, given: str) -> dict[str, Any]:
    """The product's option with this id or title (titles ignore case)."""
    options = options_of(detail)
    for o in options:
        if o.get("id") == given:
            return o
    named = [o for o in options if str(o.get("title") or "").casefold() == given.casefold()]
    if len(named) == 1:
        return named[0]
    raise CommandError(f"Product {detail.product_id} has no option {given}.",
                       code="unknown_option", field="options")


def option_values(opt: dict[str, Any]) -> list[str]:
    return [str(v.get("value")) for v in opt.get("values") or ()]


def term(catalog: OfflineCatalog, kind: str, given: str) -> str:
    """The id of the ``kind`` term named by id, name or handle."""
    terms = catalog.taxonomy(kind)
    word, words, group = KIND_WORDS[kind]
    if not terms:  # none stored: an id is taken as given (Medusa decides on the push)
        if given.startswith(ID_PREFIXES.get(kind, "")):
            return given
        raise CommandError(f"No {words} are stored to find {given} by name: run "
                           f"'desktop-app pull', or give its id ({ID_PREFIXES[kind]}…).",
                           code="unknown_term", field=kind)
    for t in terms:
        if t.id == given:
            return t.id
    folded = given.casefold()
    named = [t for t in terms if folded in (t.name.casefold(), (t.handle or "").casefold())]
    if len(named) == 1:
        return named[0].id
    hint = ("several have that name; give the id" if named else
            f"see 'desktop-app {group} list'")
    raise CommandError(f"No {word} {given} ({hint}).", code="unknown_term", field=kind)


def terms(catalog: OfflineCatalog, kind: str, given: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(term(catalog, kind, g) for g in given))


def check_currencies(catalog: OfflineCatalog, prices: Iterable[dict[str, Any]]) -> None:
    """Refuse a currency the store does not use (when the store knows its currencies)."""
    known = {t.id for t in catalog.taxonomy("currency")}
    for p in prices:
        if known and p["currency_code"] not in known:
            raise CommandError(
                f"The store does not use {p['currency_code'].upper()} (it uses "
                f"{', '.join(sorted(c.upper() for c in known))}).", code="invalid",
                field="prices")


def names(catalog: OfflineCatalog, kind: str) -> dict[str, str]:
    return {t.id: t.name for t in catalog.taxonomy(kind)}


def term_json(t: Term, depth: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": t.id, "name": t.name, "parent_id": t.parent_id,
                           "handle": t.handle}
    if t.kind == "region":
        out["currency_code"] = t.currency
    if depth is not None:
        out["depth"] = depth
    return out
