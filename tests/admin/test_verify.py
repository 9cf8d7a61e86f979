"""Classification of the verification report, and ``verify`` over fake servers."""

from __future__ import annotations

from desktop_app.admin.snapshot import MedusaRow, PayloadRow, medusa_row, payload_row
from desktop_app.admin.verify import Kind, Severity, classify, verify
from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.models.medusa import MedusaProduct
from tests.admin.fakes import PAYLOAD_KEY, SECRET_KEY, FakeShop, doc_for, product, synced_shop


def m(pid: str, payload_id: str | None = None, **kw) -> MedusaRow:
    return MedusaRow(id=pid, payload_id=payload_id, **kw)


def d(doc_id: int | str, medusa_id: str | None, **kw) -> PayloadRow:
    return payload_row({"id": doc_id, "medusa_id": medusa_id, **kw})


def kinds(report) -> list[tuple[str, str | None]]:
    return sorted((f.kind.value, f.medusa_id or "") for f in report.findings)


def test_integer_doc_ids_match_string_payload_ids() -> None:
    # Payload ids are integers; Medusa keeps payload_id as a string (or a number
    # when a script wrote one): both compare equal as strings.
    as_number = medusa_row(MedusaProduct(id="prod_b", metadata={"payload_id": 8}),
                           structure=False)
    report = classify([m("prod_a", "7"), as_number], [d(7, "prod_a"), d(8, "prod_b")])
    assert report.findings == [] and report.ok
    assert report.in_agreement == 2
    assert "agree" in report.summary()


def test_empty_string_payload_id_counts_as_missing() -> None:
    row = medusa_row(MedusaProduct(id="prod_a", metadata={"payload_id": ""}), structure=False)
    report = classify([row], [d(3, "prod_a")])
    assert kinds(report) == [("missing_payload_id", "prod_a")]
    assert report.findings[0].payload_ids == ("3",)


def test_missing_in_payload_and_a_payload_id_pointing_nowhere() -> None:
    report = classify([m("prod_a"), m("prod_b", "12")], [])
    assert kinds(report) == [("missing_in_payload", "prod_a"), ("missing_in_payload", "prod_b"),
                             ("stale_payload_id", "prod_b")]
    stale = next(f for f in report.findings if f.kind is Kind.STALE_PAYLOAD_ID)
    assert stale.payload_ids == () and stale.medusa_value == "12"
    assert report.ids(Kind.MISSING_IN_PAYLOAD) == ["prod_a", "prod_b"]
    assert report.in_agreement == 0 and not report.ok


def test_stale_payload_id_names_the_real_doc() -> None:
    report = classify([m("prod_a", "5")], [d(6, "prod_a")])
    (finding,) = report.findings
    assert finding.kind is Kind.STALE_PAYLOAD_ID
    assert finding.payload_ids == ("6",) and finding.medusa_value == "5"


def test_orphans_include_soft_deleted_unknown_and_blank_medusa_ids() -> None:
    report = classify(
        [m("prod_live", "1")],
        [d(1, "prod_live"), d(2, "prod_gone"), d(3, "prod_never"), d(4, None)],
        {"prod_gone": "2026-11-27T05:00:00+00:00"},
    )
    orphans = {f.payload_ids[0]: f for f in report.findings if f.kind is Kind.ORPHAN_IN_PAYLOAD}
    assert set(orphans) == {"2", "3", "4"}
    assert "deleted in Medusa" in orphans["2"].detail
    assert "no Medusa product" in orphans["3"].detail
    assert orphans["4"].medusa_id is None
    assert report.in_agreement == 1  # orphans do not make a live product disagree


def test_duplicates_sorted_numerically_and_linked_one_is_not_stale() -> None:
    report = classify([m("prod_a", "10")], [d(10, "prod_a"), d(9, "prod_a")])
    (dup,) = report.findings
    assert dup.kind is Kind.DUPLICATE_MEDUSA_ID
    assert dup.payload_ids == ("9", "10")  # numbers, not strings: 9 before 10
    assert dup.medusa_value == "10"


def test_duplicate_orphans_are_reported_both_ways() -> None:
    report = classify([], [d(1, "prod_x"), d(2, "prod_x")])
    assert kinds(report) == [("duplicate_medusa_id", "prod_x"), ("orphan_in_payload", "prod_x")]


def test_options_and_variants_out_of_step() -> None:
    medusa = [m("prod_a", "1", option_ids=("opt_1", "opt_2"), variant_ids=("v1", "v2")),
              m("prod_b", "2", option_ids=("opt_3",), variant_ids=("v3",))]
    payload = [
        d(1, "prod_a", options=[{"id": "r1", "medusa_id": "opt_1"}],
          variants=[{"id": "r2", "medusa_id": "v1"}, {"id": "r3", "medusa_id": "v2"}]),
        d(2, "prod_b", options=[{"id": "r4", "medusa_id": "opt_3"}],
          variants=[{"id": "r5", "medusa_id": "v_old"}]),
    ]
    report = classify(medusa, payload)
    assert kinds(report) == [("options_out_of_step", "prod_a"), ("variants_out_of_step", "prod_b")]
    opt = next(f for f in report.findings if f.kind is Kind.OPTIONS_OUT_OF_STEP)
    assert "Medusa has 2 options, Payload 1" in opt.detail and "opt_2" in opt.detail
    var = next(f for f in report.findings if f.kind is Kind.VARIANTS_OUT_OF_STEP)
    assert "not in Payload: v3" in var.detail and "only in Payload: v_old" in var.detail


def test_relationship_rows_of_version_b_are_not_compared() -> None:
    report = classify([m("prod_a", "1", option_ids=("opt_1",), variant_ids=())],
                      [d(1, "prod_a", options=[41, 42], variants=[])])
    assert report.findings == []


def test_title_and_subtitle_differences_are_information_only() -> None:
    report = classify(
        [m("prod_a", "1", title="Old", subtitle=None), m("prod_b", "2", title="T", subtitle="")],
        [d(1, "prod_a", title="New", subtitle="Sub"), d(2, "prod_b", title="T", subtitle=None)],
    )
    assert kinds(report) == [("subtitle_differs", "prod_a"), ("title_differs", "prod_a")]
    assert {f.severity for f in report.findings} == {Severity.INFO}
    assert report.ok and report.problems == []


def clients(shop: FakeShop) -> tuple[MedusaClient, PayloadClient]:
    return (MedusaClient("http://medusa.test", SecretKey(SECRET_KEY),
                         transport=shop.medusa.transport),
            PayloadClient("http://payload.test", PAYLOAD_KEY, transport=shop.payload.transport))


async def test_verify_fetches_narrow_fields_and_looks_up_deleted_orphans() -> None:
    shop = synced_shop(5)
    gone = product(90, payload_id="90")
    gone["deleted_at"] = "2026-11-20T10:00:00.000Z"
    shop.medusa.add(gone)
    shop.payload.docs.append(doc_for(gone, 90))
    shop.medusa.products["prod_0001"]["metadata"]["payload_id"] = "77"  # stale
    del shop.payload.docs[2]  # prod_0002 missing in Payload
    medusa, payload = clients(shop)
    async with medusa, payload:
        report = await verify(medusa, payload)

    assert report.medusa_count == 5 and report.payload_count == 5
    assert kinds(report) == [
        ("missing_in_payload", "prod_0002"), ("orphan_in_payload", "prod_0090"),
        ("stale_payload_id", "prod_0001"), ("stale_payload_id", "prod_0002"),
    ]
    orphan = next(f for f in report.findings if f.kind is Kind.ORPHAN_IN_PAYLOAD)
    assert "deleted in Medusa (2026-11-20" in orphan.detail
    lists = [r for r in shop.medusa.requests if r.url.path == "/admin/products"]
    full = [r for r in lists if r.url.params.get("with_deleted") != "true"]
    assert all(r.url.params["fields"] == "id,title,subtitle,metadata,options.id,variants.id"
               for r in full)
    # Soft-deleted products are looked up only for the orphan candidates.
    (deleted_lookup,) = [r for r in lists if r.url.params.get("with_deleted") == "true"]
    assert deleted_lookup.url.params.get_list("id[]") == ["prod_0090"]
    finds = [r for r in shop.payload.requests if r.url.path == "/api/products"]
    assert {k for k in finds[0].url.params if k.startswith("select[")} == {
        "select[medusa_id]", "select[title]", "select[subtitle]", "select[options]",
        "select[variants]"}
    assert finds[0].url.params["depth"] == "0"
    assert shop.payload.writes() == [] and not any(
        "is_from_medusa" in str(r.url) for r in shop.payload.requests)


async def test_verify_refuses_collections_without_a_sync() -> None:
    import pytest

    medusa, payload = clients(FakeShop())
    async with medusa, payload:
        with pytest.raises(ValueError, match="Only products"):
            await verify(medusa, payload, "collections")
