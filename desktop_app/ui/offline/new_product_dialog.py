"""Make a new product offline: title, handle, status, options, the variants they make
with SKUs, prices and stock, and the sales channels that sell it.

Create records the draft durably in the local store (``OfflineCatalog.create_product``);
the next push creates it in Medusa. A draft the core refuses (``DraftError``) shows
its message under the field it names, and everything typed stays. The handle follows
the title (``slugify``) until the merchant edits it. Prices come in one column per
currency of the store (EUR when none is known yet); stock, one column per location,
when locations are known. Closing with typing asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.new_product import DraftError, ProductDraft, combinations, slugify
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store.taxonomy import CHANNEL, CURRENCY, LOCATION, Term
from desktop_app.ui import theme
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline import validation as v
from desktop_app.ui.offline.options_editor import OptionsEditor
from desktop_app.ui.offline.product_prompts import handle_taken
from desktop_app.ui.offline.variant_grid import VariantGrid

ERROR_STYLE = "color: @danger@;"
HINT_STYLE = "color: @muted@;"
FALLBACK_CURRENCY = Term(CURRENCY, "eur", "EUR")  # a store not pulled yet: Medusa's default
FIELDS = ("title", "handle", "status", "options", "variants", "sales_channels")
# The channel Medusa makes with every store: new products are sold there unless unticked.
DEFAULT_CHANNEL = "Default Sales Channel"


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=f"{name}Error")
    theme.style(label, ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _section(title: str, hint: str) -> QLabel:
    label = QLabel(f"<b>{title}</b> <span style='color:@faint@'>· {hint}</span>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


class NewProductDialog(QDialog):
    created = Signal(str)  # the new product's local id, once it is in the store

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id: str | None = None
        self._handle_typed = False  # the merchant's own handle: no longer follows the title
        self._discarding = False
        self.ask_box: QMessageBox | None = None
        self.setObjectName("newProductDialog")
        self.setWindowTitle(translate("MainWindow", "New product"))
        self.resize(1000, 900)
        self.errors = {name: _error_label(name) for name in FIELDS}
        self._build()
        self._load_terms()
        self._options_changed()

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        heading = QLabel(translate("MainWindow", "New product"), objectName="dialogHeading")
        theme.style(heading, "font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(translate("NewProduct", "Kept on this computer at once; the next push "
                                 "creates it in Medusa, and the integration makes its Payload "
                                 "document."))
        theme.style(intro, HINT_STYLE)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())

        layout.addWidget(_section(
            translate("Fields", "Options"),
            translate("NewProduct", "each combination of values is a variant")))
        self.options = OptionsEditor()
        self.options.changed.connect(self._options_changed)
        layout.addWidget(self.options)
        layout.addWidget(self.errors["options"])

        layout.addWidget(_section(translate("Fields", "Variants"),
                                  translate("NewProduct", "untick a combination you do not sell")))
        layout.addLayout(self._build_price_row())
        self.grid = VariantGrid()
        self.grid.setMinimumHeight(34 + 3 * 30)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.errors["variants"])

        layout.addWidget(_section(translate("Fields", "Sales channels"),
                                  translate("NewProduct", "where the product is sold")))
        self.channels = QListWidget(objectName="channelList")
        self.channels.setFlow(QListWidget.Flow.LeftToRight)
        self.channels.setWrapping(True)
        self.channels.setSpacing(4)
        self.channels.setFixedHeight(36)
        self.no_channels = QLabel(translate("NewProduct", "No sales channels are known yet: pull "
                                            "first, or add them to the product later."),
                                  objectName="noChannels")
        theme.style(self.no_channels, HINT_STYLE)
        layout.addWidget(self.channels)
        layout.addWidget(self.no_channels)
        layout.addWidget(self.errors["sales_channels"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(translate("Operations", "Create product"))
        self.create_button.setObjectName("createButton")
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # Fusion's stock icons look out of place here
            # Enter in a box must not create a half-typed product.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.title_edit.setPlaceholderText(
            translate("NewProduct", "What customers see, e.g. Merino Crew Sweater"))
        self.handle_edit = QLineEdit(objectName="handleEdit")
        self.handle_edit.setPlaceholderText(translate("NewProduct", "made from the title"))
        self.status_combo = QComboBox(objectName="statusCombo")
        for status in v.STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.subtitle_edit = QLineEdit(objectName="subtitleEdit")
        self.title_edit.textEdited.connect(self._title_typed)
        self.handle_edit.textEdited.connect(self._handle_edited)
        # The status sits beside the handle: the variants table gets the height.
        handle_row = QWidget()
        row = QHBoxLayout(handle_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self._with_error("handle", self.handle_edit), 1)
        status_caption = QLabel(translate("ProductEditor", "{field}:").format(
            field=translate("Fields", "Status")))
        status_caption.setContentsMargins(12, 7, 0, 0)
        row.addWidget(status_caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._with_error("status", self.status_combo), 0)
        for label, widget in ((translate("Fields", "Title"),
                               self._with_error("title", self.title_edit)),
                              (translate("Fields", "Handle"), handle_row),
                              (translate("Fields", "Subtitle"), self.subtitle_edit)):
            caption = QLabel(translate("ProductEditor", "{field}:").format(field=label))
            caption.setContentsMargins(0, 7, 0, 0)  # level with the field's text
            form.addRow(caption, widget)
        return form

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        col.addWidget(self.errors[name])
        return box

    def _build_price_row(self) -> QHBoxLayout:
        self.price_row = QHBoxLayout()
        self.price_row.setSpacing(8)
        caption = QLabel(translate("NewProduct", "Price for all variants:"))
        self.price_row.addWidget(caption)
        self.default_price: dict[str, QLineEdit] = {}
        self._price_slot = QHBoxLayout()
        self._price_slot.setSpacing(8)
        self.price_row.addLayout(self._price_slot)
        self.price_row.addStretch(1)
        self.track_stock = QCheckBox(translate("NewProduct", "Track stock"),
                                     objectName="trackStock")
        self.track_stock.setToolTip(translate(
            "NewProduct", "Medusa keeps a stock level per location for each variant and stops "
            "selling what is out of stock"))
        self.track_stock.setChecked(True)
        self.track_stock.toggled.connect(self._stock_toggled)
        self.price_row.addWidget(self.track_stock)
        return self.price_row

    # ---------------------------------------------------------------- terms
    def _load_terms(self) -> None:
        self.currencies = self.catalog.taxonomy(CURRENCY) or [FALLBACK_CURRENCY]
        self.locations = self.catalog.taxonomy(LOCATION)
        for term in self.currencies:
            edit = QLineEdit(objectName=f"defaultPrice_{term.id}")
            edit.setPlaceholderText(term.name)
            edit.setFixedWidth(110)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(lambda text, code=term.id: self.grid.set_default_price(
                code, text))
            label = QLabel(term.name)
            self._price_slot.addWidget(label)
            self._price_slot.addWidget(edit)
            self.default_price[term.id] = edit
        self.grid.set_currencies(self.currencies)
        self.grid.set_locations(self.locations)
        channels = self.catalog.taxonomy(CHANNEL)
        for term in channels:
            item = QListWidgetItem(term.name)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            sold = len(channels) == 1 or term.name == DEFAULT_CHANNEL
            item.setCheckState(Qt.CheckState.Checked if sold else Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self.channels.setVisible(bool(channels))
        self.no_channels.setVisible(not channels)

    # -------------------------------------------------------------- typing
    def _title_typed(self, text: str) -> None:
        if not self._handle_typed:
            self.handle_edit.setText(slugify(text))
        self._show("title", None)

    def _handle_edited(self, text: str) -> None:
        # Emptied: the handle follows the title again.
        self._handle_typed = bool(text.strip())
        if not self._handle_typed:
            self.handle_edit.setText(slugify(self.title_edit.text()))
        self._show("handle", v.handle_error(self.handle_edit.text())
                   if self.handle_edit.text() else None)

    def _options_changed(self) -> None:
        self.grid.set_combinations(combinations(self.options.usable()))
        self._show("options", None)

    def _stock_toggled(self, on: bool) -> None:
        self.grid.set_locations(self.locations if on else [])

    def _show(self, name: str, message: str | None) -> None:
        label = self.errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))

    # -------------------------------------------------------------- create
    def chosen_channels(self) -> list[str]:
        return [str(self.channels.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.channels.count())
                if self.channels.item(i).checkState() == Qt.CheckState.Checked]

    def draft(self) -> ProductDraft:
        """What the form holds, as a draft; ``DraftError`` for what the form itself sees."""
        handle = self.handle_edit.text().strip()
        if handle and (problem := v.handle_error(handle)):
            raise DraftError("handle", problem)
        # Medusa refuses a second product with a handle; said here, not after a push.
        if handle and handle_taken(self.catalog, handle):
            raise DraftError("handle", translate(
                "ProductPrompts", "Another product already has the handle “{handle}”.").format(
                    handle=handle))
        return ProductDraft(
            title=self.title_edit.text().strip(), handle=handle,
            status=str(self.status_combo.currentData()),
            subtitle=self.subtitle_edit.text().strip(), options=self.options.options(),
            variants=self.grid.variants(manage_inventory=self.track_stock.isChecked()),
            sales_channels=self.chosen_channels())

    def create(self) -> str | None:
        """Record the draft; on a ``DraftError`` show it on its field and keep the form."""
        for name in FIELDS:
            self._show(name, None)
        try:
            product_id = self.catalog.create_product(self.draft())
        except DraftError as exc:
            field = exc.field if exc.field in self.errors else "title"
            self._show(field, str(exc))
            focus = {"title": self.title_edit, "handle": self.handle_edit,
                     "status": self.status_combo}.get(field)
            if focus is not None:
                focus.setFocus()
            return None
        self.product_id = product_id
        self._discarding = True
        self.created.emit(product_id)
        self.accept()
        return product_id

    # --------------------------------------------------------------- close
    def has_unsaved_changes(self) -> bool:
        if self.product_id is not None:
            return False
        return bool(self.title_edit.text().strip() or self.subtitle_edit.text().strip()
                    or self.options.has_typing() or self.grid.typed_anything()
                    or any(e.text().strip() for e in self.default_price.values()))

    def discard_and_close(self) -> None:
        self._discarding = True
        self.reject()

    def cancel(self) -> None:
        if self._discarding or not self.has_unsaved_changes():
            self.reject()
            return
        box = self.ask_box = QMessageBox(
            QMessageBox.Icon.Question, translate("NewProduct", "Discard new product"),
            translate("NewProduct", "Discard this new product? What you typed is not kept."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardNewProduct")
        box.button(QMessageBox.StandardButton.Cancel).setText(
            translate("NewProduct", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        discard = box.button(QMessageBox.StandardButton.Discard)
        box.finished.connect(lambda _r: box.clickedButton() is discard
                             and self.discard_and_close())
        box.open()  # window-modal, no nested event loop

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()  # asks first when something was typed
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding or not self.has_unsaved_changes():
            super().closeEvent(event)
            return
        event.ignore()
        self.cancel()
