"""The variant grid (issue 13), one picture each: docs/screens/issue13-*.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue13_screens.py [--out DIR]

Runs without a network or a stack: the app's real main window over the in-process
fake servers of the test suite, filled with the demo catalog as docs/issue12_screens.py
fills it (stock at a warehouse and a shop floor, EUR and USD), plus a Europe region
with its own prices. The grid opens from the window's Grid button on the whole
catalog, in a German locale (decimal commas); what is pasted goes through the real
clipboard. Profiles, stores and run history go to a temporary directory and secrets to
memory, so a user's real profiles and keyring are untouched.

issue13-grid-paste.png      a block pasted from a spreadsheet: the changed cells marked
issue13-grid-bad-cells.png  a paste with bad cells: marked red, one explained on hover
issue13-grid-review.png     Review changes: the counts and the largest price moves
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QItemSelectionModel, QPoint  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip, QWidget  # noqa: E402

from desktop_app.ui.grid import GridWindow  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from docs import issue12_screens as demo  # noqa: E402  (its shop; sets the app's dirs)
from docs.first_session_tour import out_dir, shoot_in, start_app, until  # noqa: E402
from tests.exchange.fakes import FakeMedusa, FakePayload  # noqa: E402

GRID = (1400, 820)
EUROPE = "reg_01JDXKEUROPE"
# Pasted on the T-shirt's and the hoodie's variants: Price EUR, Price USD, Europe (EUR).
SUMMER_PRICES = "".join(f"{eur}\t{usd}\t{europe}\n" for eur, usd, europe in [
    ("22,90", "24,90", "21,90"), ("22,90", "24,90", "21,90"), ("24,90", "26,90", "23,90"),
    ("24,90", "26,90", "23,90"), ("24,90", "26,90", "23,90"), ("24,90", "26,90", "23,90"),
    ("26,90", "28,90", "25,90"), ("26,90", "28,90", "25,90")])
# Stock counted on the shop floor and at the warehouse, typed by hand: three slips.
COUNTED = "3\t12\n-2\t9\n0\t14\nzwölf\t7\n2\t11\n1\t8,5\n"


def demo_servers() -> tuple[FakeMedusa, FakePayload]:
    """issue 12's demo shop, with a Europe region and region prices on clothing."""
    medusa, payload = demo.demo_servers()
    medusa.terms["/admin/regions"] = [{"id": EUROPE, "name": "Europe",
                                       "currency_code": "eur"}]
    for product in medusa.products.values():
        for variant in product["variants"]:
            eur = next((p["amount"] for p in variant["prices"]
                        if p["currency_code"] == "eur"), None)
            if eur is not None and eur >= 20:
                variant["prices"].append({"id": f"{variant['id']}_europe",
                                          "currency_code": "eur", "amount": eur - 1,
                                          "rules": {"region_id": EUROPE}})
    return medusa, payload


class Screens:
    def __init__(self, window: MainWindow, out: Path) -> None:
        self.window, self.out = window, out
        self.shots: list[Path] = []
        self.grid: GridWindow | None = None

    async def settle(self) -> None:
        for _ in range(6):
            QApplication.processEvents()
            await asyncio.sleep(0.08)

    async def shoot(self, name: str, widget: QWidget) -> None:
        """The screen where ``widget`` is (so popups, tooltips and dialogs over it show)."""
        await self.settle()
        geometry = widget.frameGeometry()
        picture = QGuiApplication.primaryScreen().grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        path = self.out / f"issue13-{name}.png"
        if not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        self.shots.append(path)
        print("wrote", path.relative_to(REPO) if path.is_relative_to(REPO) else path)

    def select(self, top: tuple[int, str], bottom: tuple[int, str] | None = None) -> None:
        grid = self.grid
        assert grid is not None
        model, view = grid.model, grid.view
        first = model.index(top[0], model.keys.index(top[1]))
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().setCurrentIndex(first, flags.ClearAndSelect)
        if bottom is not None:
            last = model.index(bottom[0], model.keys.index(bottom[1]))
            view.selectionModel().select(type(view.selectionModel().selection())(first, last),
                                         flags.ClearAndSelect)

    def line_of(self, title: str, variant: str) -> int:
        grid = self.grid
        assert grid is not None
        for line in range(grid.model.rowCount()):
            row = grid.model.row_at(line)
            if row is not None and grid.session.rows[row].product_title == title and (
                    grid.session.rows[row].variant_title == variant):
                return line
        raise LookupError(f"{title} / {variant}")

    async def run(self) -> None:
        window = self.window
        window.resize(1240, 760)
        window.move(40, 30)
        window.show()
        window.start()
        await until(lambda: window.page is not None and not window.pulling
                    and window.page.model.rowCount() == 40, "the demo catalog pulled")
        grid = window.open_grid()
        assert isinstance(grid, GridWindow)
        self.grid = grid
        grid.resize(*GRID)
        grid.move(80, 60)
        await until(lambda: grid.load.done, "the grid's rows read")
        for step in (self.paste, self.bad_cells, self.review):
            await step()
        grid.session.clear()

    def show_from(self, line: int) -> None:
        """``line`` at the top of the grid (a product's header line, say)."""
        grid = self.grid
        assert grid is not None
        grid.view.verticalScrollBar().setValue(grid.view.rowViewportPosition(line)
                                               + grid.view.verticalScrollBar().value())

    async def paste(self) -> None:
        grid = self.grid
        assert grid is not None
        grid.view.setFocus()
        self.select((self.line_of("Heavyweight Hoodie", "S / Grey"), "price:eur"))
        QApplication.clipboard().setText("49,90\t54,90\t47,90\n")
        grid.paste_action.trigger()
        top = self.line_of("Classic Crew T-Shirt", "S / Black")
        self.select((top, "price:eur"))
        QApplication.clipboard().setText(SUMMER_PRICES)
        grid.paste_action.trigger()
        self.show_from(top - 1)
        grid.view.selectionModel().setCurrentIndex(
            grid.model.index(top + 8, grid.model.keys.index("sku")),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)  # the paste's colours, unselected
        await self.shoot("grid-paste", grid)

    async def bad_cells(self) -> None:
        grid = self.grid
        assert grid is not None
        first = self.line_of("Trail Running Shoe", "40 / Blue")
        keys = grid.model.keys
        shop_floor = f"stock:{demo.SHOP_FLOOR}"
        self.select((first, shop_floor))
        QApplication.clipboard().setText(COUNTED)
        grid.paste_action.trigger()
        self.show_from(first - 6)
        grid.view.setCurrentIndex(grid.model.index(first, keys.index(shop_floor)))
        grid.next_action.trigger()  # F8: the first bad cell, its reason in the status bar
        await self.settle()
        index = grid.view.currentIndex()
        rect = grid.view.visualRect(index)
        QToolTip.showText(grid.view.viewport().mapToGlobal(rect.center() + QPoint(0, 6)),
                          index.data(0x03), grid.view)  # ToolTipRole, as on hover
        await self.shoot("grid-bad-cells", grid)
        QToolTip.hideText()

    async def review(self) -> None:
        grid = self.grid
        assert grid is not None
        # A slip a review catches: 2900 typed for 29,00.
        self.select((self.line_of("Merino Beanie", "Charcoal"), "price:eur"))
        QApplication.clipboard().setText("2900\n")
        grid.paste_action.trigger()
        dialog = grid.saver.open_review()
        await until(dialog.isVisible, "the review dialog")
        await self.shoot("grid-review", dialog)
        dialog.reject()


def main() -> int:
    out = out_dir(__doc__, "docs/screens")
    _app, collector = start_app("de_DE")  # decimal commas, as a German merchant's spreadsheet
    medusa, payload = demo_servers()
    window = demo.demo_window(medusa, payload)
    screens = Screens(window, out)
    shoot_in(window, screens.run, collector)
    shutil.rmtree(demo.SCRATCH, ignore_errors=True)
    print(f"{len(screens.shots)} pictures in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
