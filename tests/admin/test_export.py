"""CSV and JSON exports of the verification report."""

from __future__ import annotations

import csv
import io
import json

from desktop_app.admin.export import CSV_COLUMNS, report_to_csv, report_to_dict, write_csv
from desktop_app.admin.verify import classify
from tests.admin.test_verify import d, m


def a_report():
    return classify([m("prod_a", "1", title="Café, \"quoted\""), m("prod_b", "5"), m("prod_c")],
                    [d(1, "prod_a", title="Other"), d(2, "prod_b"), d(3, "prod_b")])


def test_json_has_counts_and_every_finding() -> None:
    data = json.loads(json.dumps(report_to_dict(a_report())))
    assert data["ok"] is False and data["medusa_count"] == 3 and data["payload_count"] == 3
    assert data["counts"]["missing_in_payload"] == 1
    assert data["counts"]["duplicate_medusa_id"] == 1
    assert data["counts"]["stale_payload_id"] == 1
    assert data["counts"]["title_differs"] == 1
    assert data["in_agreement"] == 1
    dup = next(f for f in data["findings"] if f["kind"] == "duplicate_medusa_id")
    assert dup["payload_ids"] == ["2", "3"] and dup["severity"] == "problem"


def test_csv_round_trips_through_a_csv_reader(tmp_path) -> None:
    report = a_report()
    rows = list(csv.reader(io.StringIO(report_to_csv(report))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(report.findings)
    title = next(r for r in rows if r[0] == "title_differs")
    assert title[6] == 'Café, "quoted"' and title[7] == "Other" and title[1] == "info"
    path = tmp_path / "report.csv"
    write_csv(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    assert "Café" in path.read_text(encoding="utf-8-sig")


def test_exports_name_each_product_by_its_title_and_id() -> None:
    """Fails on the old main: findings carried ids only, no title to recognise them by."""
    report = classify([m("prod_a", "1", title="Medusa tee"), m("prod_b", title="Mug")],
                      [d(1, "prod_a", title="Payload tee"), d(7, "prod_gone", title="Old cap")])
    data = report_to_dict(report)
    titles = {(f["kind"], f["medusa_id"]): f["title"] for f in data["findings"]}
    assert titles[("missing_in_payload", "prod_b")] == "Mug"
    assert titles[("title_differs", "prod_a")] == "Payload tee"  # Payload owns the title
    assert titles[("orphan_in_payload", "prod_gone")] == "Old cap"
    rows = list(csv.DictReader(io.StringIO(report_to_csv(report))))
    assert {(r["medusa_id"], r["title"]) for r in rows} == {
        ("prod_b", "Mug"), ("prod_a", "Payload tee"), ("prod_gone", "Old cap")}
