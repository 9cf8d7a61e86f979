"""Content quality on the real stack: the report's figures, after a pull of the seeded
catalog (plus two products given content here: one complete, one with an image
without alt text), match a count made here directly from Medusa's and Payload's APIs.

The direct count is the test's own, written from the rules' definitions (docs/
quality.md), not from the app's code: words of the description's text, SEO lengths,
media alt texts read from Payload's media collection, a price for every region's
currency (or a price with the region's rule) on every variant. The stack is shared
with other tests, so products changed between the pull and the direct read (stamps
differ) are left out of both counts; every product the pull stored is compared.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx

from desktop_app.quality.rules import QualityRules
from tests.e2e.offline.helpers import linked_product, online_catalog, payload_patch
from tests.support.stack import StackHttp, unique

RULES = QualityRules()
TEXT = " ".join(["Hand", "thrown", "stoneware", "with", "a", "matte", "glaze."] * 9)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def lexical(text: str) -> dict[str, Any]:
    return {"root": {"type": "root", "format": "", "indent": 0, "version": 1, "children": [
        {"type": "paragraph", "format": "", "indent": 0, "version": 1, "children": [
            {"type": "text", "text": text, "format": 0, "mode": "normal", "style": "",
             "detail": 0, "version": 1}]}]}}


def upload(http: StackHttp, alt: str | None) -> int:
    resp = http.payload.post(
        "/media", headers=http.payload_headers("admin"),
        files={"file": (f"{unique('q')}.png", PNG, "image/png")},
        data={"_payload": httpx.Request("POST", "/", json={"alt": alt}).content.decode()})
    resp.raise_for_status()
    return int(resp.json()["doc"]["id"])


# ---------------------------------------------------------------- direct count
def _text(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    if node.get("type") == "text":
        return str(node.get("text") or "")
    if node.get("type") == "linebreak":
        return "\n"
    inner = "".join(_text(c) for c in node.get("children") or ())
    return inner + ("\n" if node.get("type") not in ("root", "link", "autolink") else "")


def _words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def _all(client: httpx.Client, path: str, key: str, params: dict[str, Any]) -> list[dict]:
    found: list[dict] = []
    while True:
        page = client.get(path, params={**params, "offset": len(found), "limit": 500})
        page.raise_for_status()
        body = page.json()
        found += body[key]
        if len(found) >= body["count"] or not body[key]:
            return found


def direct_verdicts(http: StackHttp) -> tuple[dict[str, dict[str, str]], dict[str, tuple]]:
    """Per product (Medusa id) the verdict of each rule, counted from the APIs; and each
    product's stamps (Medusa updated_at, Payload updatedAt) as read."""
    regions = [(r["id"], r["currency_code"].lower()) for r in _all(
        http.medusa, "/admin/regions", "regions", {"fields": "id,currency_code"})]
    products = _all(http.medusa, "/admin/products", "products", {
        "fields": "id,updated_at,description,thumbnail,variants.id,variants.prices.amount,"
                  "variants.prices.currency_code,variants.prices.price_rules.attribute,"
                  "variants.prices.price_rules.value"})
    headers = http.payload_headers("editor")
    docs = http.payload.get("/products", headers=headers, params={
        "limit": 0, "depth": 0, "select[medusa_id]": "true", "select[description]": "true",
        "select[seo]": "true", "select[thumbnail]": "true", "select[images]": "true",
        "select[updatedAt]": "true"}).json()["docs"]
    alts = {str(m["id"]): m.get("alt") or "" for m in http.payload.get(
        "/media", headers=headers, params={"limit": 0, "select[alt]": "true"}).json()["docs"]}
    by_medusa = {d["medusa_id"]: d for d in docs if d.get("medusa_id")}
    verdicts, stamps = {}, {}
    for p in products:
        doc = by_medusa.get(p["id"])
        text = _text(doc["description"]["root"]) if doc and doc.get("description") else (
            p.get("description") or "")
        seo = (doc or {}).get("seo") or {}
        title, meta = (len((seo.get(k) or "").strip()) for k in ("meta_title",
                                                                  "meta_description"))
        media = ([doc["thumbnail"]] if doc and doc.get("thumbnail") is not None else []) + [
            row["image"] for row in (doc or {}).get("images") or () if row.get("image")]
        known = [alts.get(str(m)) for m in media]
        if any(a == "" for a in known):
            alt = "fail"
        else:
            alt = "n/a" if not media or None in known else "pass"
        priced = []
        for v in p.get("variants") or ():
            keys = set()
            for price in v.get("prices") or ():
                rules = {r["attribute"]: r["value"] for r in price.get("price_rules") or ()}
                keys.add(("r", rules["region_id"]) if "region_id" in rules
                         else ("c", price["currency_code"].lower()))
            priced.append(keys)
        if not regions:
            prices = "n/a"
        else:
            prices = "pass" if priced and all(("c", c) in k or ("r", r) in k for k in priced
                                              for r, c in regions) else "fail"
        ok = {True: "pass", False: "fail"}
        verdicts[p["id"]] = {
            "description": ok[_words(text) >= RULES.description_min_words],
            "meta_title": ok[RULES.meta_title_min <= title <= RULES.meta_title_max and title > 0],
            "meta_description": ok[RULES.meta_description_min <= meta
                                   <= RULES.meta_description_max and meta > 0],
            "alt_text": alt,
            "thumbnail": ok[bool((doc and doc.get("thumbnail") is not None) or p.get("thumbnail"))],
            "prices": prices,
            "locales": "n/a",  # the seed's Payload has no localised fields
        }
        stamps[p["id"]] = (p["updated_at"], (doc or {}).get("updatedAt"))
    return verdicts, stamps


def _stamp(value: str | None) -> str | None:
    return None if value is None else value.replace("+00:00", "Z")[:23]


def priced_everywhere(http: StackHttp, handle: str) -> tuple[dict[str, Any], dict]:
    """A linked product priced in every region's currency (the seed's regions sell in EUR
    and USD), so its price rule passes."""
    currencies = sorted({"eur"} | {r["currency_code"].lower() for r in _all(
        http.medusa, "/admin/regions", "regions", {"fields": "id,currency_code"})})
    variants = [{"title": f"{size} / Red", "sku": f"{handle}-{size}".upper(),
                 "options": {"Size": size, "Color": "Red"}, "manage_inventory": False,
                 "prices": [{"currency_code": c, "amount": 10} for c in currencies]}
                for size in ("S", "M")]
    return linked_product(http, handle, variants=variants)


# ------------------------------------------------------------------------- test
async def test_report_figures_match_a_direct_count_from_the_servers(stack, stack_http, tmp_path):
    complete, complete_doc = priced_everywhere(stack_http, unique("quality-full"))
    partial, partial_doc = linked_product(stack_http, unique("quality-part"))
    described, bare = upload(stack_http, "A blue mug on a table"), upload(stack_http, None)
    payload_patch(stack_http, complete_doc["id"], {
        "description": lexical(TEXT), "thumbnail": described,
        "seo": {"meta_title": "A hand thrown stoneware mug, matte", "meta_description":
                "Hand thrown stoneware with a matte glaze: a mug that keeps tea warm and "
                "sits well in the hand."}})
    payload_patch(stack_http, partial_doc["id"], {"thumbnail": described,
                                                  "images": [{"image": bare}]})

    catalog = online_catalog(stack, tmp_path / "quality.sqlite3")
    try:
        assert (await catalog.pull(full=True)).ok
        report = catalog.quality_report()
        verdicts, stamps = direct_verdicts(stack_http)
        stored = {pid: (_stamp((d.server_medusa or {}).get("updated_at")),
                        _stamp((d.server_payload or {}).get("updated_at")))
                  for pid in verdicts if (d := catalog.product(pid)) is not None}
    finally:
        await catalog.aclose()
        for product in (complete, partial):  # the integration deletes their documents
            stack_http.delete_product(product["id"])

    same = {pid for pid, s in stamps.items()
            if stored.get(pid) == (_stamp(s[0]), _stamp(s[1]))}
    assert {complete["id"], partial["id"]} <= same
    assert len(same) >= 0.9 * len(stamps), "the stack changed under the test"
    listed = {p.product_id: p for p in report.products}
    assert set(listed) >= same

    direct: Counter[tuple[str, str]] = Counter()
    app: Counter[tuple[str, str]] = Counter()
    for pid in same:
        for rule, verdict in verdicts[pid].items():
            direct[rule, verdict] += 1
            app[rule, listed[pid].verdict(rule)] += 1
    assert app == direct
    if len(same) == len(stamps) == report.products_total:  # nothing moved: the totals too
        assert {(f.rule, v): n for f in report.figures for v, n in (
            ("pass", f.passed), ("fail", f.failed), ("n/a", f.not_applicable)) if n} == {
            key: n for key, n in direct.items() if n}

    assert all(v in ("pass", "n/a") for v in verdicts[complete["id"]].values())
    assert listed[complete["id"]].score == 100
    assert verdicts[partial["id"]]["alt_text"] == "fail"
    assert dict(listed[partial["id"]].failing)["alt_text"] == "1 of 2 images without alt text"
