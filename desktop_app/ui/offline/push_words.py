"""What a push did, in words: the main window's status bar and the grid's say the same.

The strings keep the "CatalogPage" context they were first translated in.
"""

from __future__ import annotations

from desktop_app.exchange.operations_push import OperationReport
from desktop_app.exchange.push import PushReport
from desktop_app.i18n import translate


def push_results(report: PushReport) -> list[str]:
    """The push's counts, one phrase each ("3 sent", "1 conflict(s)", …)."""
    # Creates, deletes, structure and stock went first, counted apart (OperationReport).
    ops = report.operations or OperationReport()
    bits = [translate("CatalogPage", "%Ln sent", None, report.sent + ops.applied)]
    if ops.created:
        bits.append(translate("CatalogPage", "%Ln product(s) created", None, ops.created))
    if ops.deleted:
        bits.append(translate("CatalogPage", "%Ln product(s) deleted", None, ops.deleted))
    if report.replaced:
        bits.append(
            translate(
                "CatalogPage",
                "%Ln written over a draft saved elsewhere meanwhile (see the timeline)",
                None,
                report.replaced,
            )
        )
    if conflicts := report.conflicts + ops.conflicts:
        bits.append(translate("CatalogPage", "%Ln conflict(s)", None, conflicts))
    if failed := push_failures(report):
        bits.append(translate("CatalogPage", "%Ln rejected", None, failed))
    if report.locked:
        bits.append(translate("CatalogPage", "%Ln locked in Payload", None, report.locked))
    if deferred := report.deferred + ops.deferred:
        bits.append(translate("CatalogPage", "%Ln kept for later", None, deferred))
    if report.taken_over:  # the lease was lost (a long stall): the other push sends those
        bits.append(translate("CatalogPage", "another process took over the push"))
    return bits


def push_failures(report: PushReport) -> int:
    return report.failed + (report.operations or OperationReport()).failed


def push_message(report: PushReport) -> str:
    """A status-bar message: "Push: 3 sent, 1 conflict(s)"."""
    return translate("CatalogPage", "Push: {results}").format(
        results=", ".join(push_results(report))
    )


def push_error(exc: BaseException) -> str:
    """A push that ended in an error (no report): says so, and which."""
    return translate("CatalogPage", "Push failed: {error}").format(
        error=f"{type(exc).__name__}: {exc}"
    )
