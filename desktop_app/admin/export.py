"""The verification report as JSON (machines, the CLI's --json) and CSV (spreadsheets)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from desktop_app.admin.verify import Finding, VerifyReport

CSV_COLUMNS = (
    "kind", "severity", "medusa_id", "title", "payload_ids", "detail", "medusa_value",
    "payload_value",
)


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "medusa_id": finding.medusa_id,
        "title": finding.title,
        "payload_ids": list(finding.payload_ids),
        "detail": finding.detail,
        "medusa_value": finding.medusa_value,
        "payload_value": finding.payload_value,
    }


def report_to_dict(report: VerifyReport) -> dict[str, Any]:
    return {
        "collection": report.collection,
        "checked_at": report.checked_at.isoformat(),
        "ok": report.ok,
        "summary": report.summary(),
        "medusa_count": report.medusa_count,
        "payload_count": report.payload_count,
        "in_agreement": report.in_agreement,
        "counts": report.counts(),
        "findings": [finding_to_dict(f) for f in report.findings],
    }


def report_to_csv(report: VerifyReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in report.findings:
        writer.writerow([
            f.kind.value, f.severity.value, f.medusa_id or "", f.title or "",
            " ".join(f.payload_ids),
            f.detail, f.medusa_value or "", f.payload_value or "",
        ])
    return out.getvalue()


def write_csv(report: VerifyReport, path: Path | str) -> None:
    # utf-8-sig: spreadsheet programs then read non-ASCII titles correctly.
    Path(path).write_text(report_to_csv(report), encoding="utf-8-sig", newline="")
