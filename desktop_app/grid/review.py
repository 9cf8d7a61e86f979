"""What the grid's staged changes amount to, shown before they go to the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.grid.columns import Kind
from desktop_app.grid.session import GridSession
from desktop_app.i18n import translate


@dataclass(frozen=True)
class PriceMove:
    product_title: str
    variant_title: str
    column_label: str
    before: Decimal
    after: Decimal

    @property
    def percent(self) -> Decimal:
        return (self.after - self.before) / self.before * 100


@dataclass(frozen=True)
class Review:
    cells: int  # good cells that will be sent
    products: int
    variants: int
    prices: int
    stock: int
    other: int
    bad: int  # cells with errors, kept in the grid and not sent
    prices_added: int
    prices_removed: int
    largest_moves: tuple[PriceMove, ...]  # by the size of the move in %, largest first

    def summary(self) -> str:
        counts = {
            "cells": translate("GridReview", "%Ln cell changes|%Ln cells change", None,
                               self.cells),
            "products": translate("GridReview", "%Ln product(s)", None, self.products),
            "variants": translate("GridReview", "%Ln variant(s)", None, self.variants),
        }
        if not self.bad:
            return translate("GridReview", "{cells} in {products} ({variants})").format(**counts)
        return translate("GridReview", "{cells} in {products} ({variants}); {errors}").format(
            errors=translate("GridReview", "%Ln cell has an error and stays in the grid|%Ln "
                             "cells have errors and stay in the grid", None, self.bad),
            **counts)


def review(session: GridSession, top: int = 10) -> Review:
    products, variants = set(), set()
    prices = stock = other = bad = added = removed = 0
    moves: list[PriceMove] = []
    for (pid, vid, key), staged in session.staged_cells.items():
        if staged.error:
            bad += 1
            continue
        row = session.row_of(pid, vid) if vid else None
        products.add(pid)
        if vid:
            variants.add((pid, vid))
        column = session.column(key)
        if column.kind is Kind.PRICE and row is not None:
            prices += 1
            before = session.original(row, key)
            if before is None:
                added += 1
            elif staged.value is None:
                removed += 1
            elif before != 0:
                r = session.rows[row]
                moves.append(PriceMove(r.product_title, r.variant_title, column.label,
                                       before, staged.value))
        elif column.kind is Kind.STOCK:
            stock += 1
        else:
            other += 1
    moves.sort(key=lambda m: abs(m.percent), reverse=True)
    return Review(prices + stock + other, len(products), len(variants), prices, stock,
                  other, bad, added, removed, tuple(moves[:top]))
