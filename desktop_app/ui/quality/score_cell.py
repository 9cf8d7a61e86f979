"""How the list's Score column reads: the completeness score, coloured when low, and on
hover the rules the product fails (asked of the catalog for the hovered row only)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop_app.i18n import translate
from desktop_app.quality.rules import label
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import SearchRow
from desktop_app.ui import palette

# The badges' failed / conflict text colours: what needs work stands out.
LOW, PARTIAL = "@danger@", "@warning@"
LOW_BELOW = 50


def score_text(score: int | None) -> str:
    return (
        "" if score is None else translate("QualityDashboard", "{percent}%").format(percent=score)
    )


def failing_text(rule: str, why: str) -> str:
    """A rule a product fails and why: "Meta title: missing"."""
    return translate("QualityDashboard", "{rule}: {why}").format(rule=label(rule), why=why)


def score_color(score: int | None) -> QColor | None:
    if score is None or score >= 100:
        return None
    return palette.qcolor(LOW if score < LOW_BELOW else PARTIAL)


def quality_tip(catalog: OfflineCatalog, row: SearchRow, locale: str | None = None) -> str:
    """``locale``: the score shown is that locale's (the list's score locale)."""
    if row.quality is None:
        return translate("QualityDashboard", "Not scored yet: the next pull scores it.")
    found = catalog.product_quality(row.product_id, locale)
    if found is None or not found.failing:
        return translate("QualityDashboard", "Complete: passes every content rule that applies.")
    lines = [failing_text(rule, why) for rule, why in found.failing]
    return translate("QualityDashboard", "Needs work:\n{reasons}").format(reasons="\n".join(lines))
