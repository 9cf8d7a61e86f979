"""Preview cells cut long texts with "…" and keep the changed part in view (Qt-free)."""

from __future__ import annotations

from desktop_app.ui.bulk.text_diff import ELLIPSIS, fit_parts, split_changed


def measure(text: str) -> float:
    return float(len(text))  # one unit per character: widths read as lengths


def test_a_text_that_fits_is_left_alone() -> None:
    parts = ("Classic ", "Crew", " T-Shirt")
    assert fit_parts(parts, 40, measure) == parts


def test_a_long_new_text_ends_in_an_ellipsis_instead_of_being_clipped() -> None:
    prefix, changed, suffix = fit_parts(("", "Pour-Over Coffee Dripper | Northwind Coffee", ""),
                                        20, measure)
    assert prefix == "" and suffix == ""
    assert changed == "Pour-Over Coffee Dr" + ELLIPSIS
    assert measure(changed) <= 20


def test_a_change_deep_in_a_long_text_stays_in_view() -> None:
    before = "Made from cotton. " * 10 + "Machine wash cold." + " Dry flat." * 10
    after = before.replace("wash cold", "wash at 30 °C")
    parts = split_changed(before, after)[1]
    prefix, changed, suffix = fit_parts(parts, 60, measure)
    assert prefix.startswith(ELLIPSIS) and measure(prefix) <= 60 / 3
    assert changed == parts[1]  # the whole change is shown
    assert suffix.endswith(ELLIPSIS)
    assert measure(prefix + changed + suffix) <= 60
