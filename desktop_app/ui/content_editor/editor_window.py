"""The content editor window: Payload's side of one product.

Left: title, subtitle, the markdown description with toolbar and word count,
images, SEO. Right: the live storefront preview. Every server call goes through
``ContentService`` as an asyncio task (TaskSlot), so the window never waits.

Saving sends the Lexical dict the preview was rendered from (never a markdown
string for the server hook to convert), through the outbox with
read-compare-write; a 423 offers Retry / Override, a conflict Keep mine / Take theirs.

The window follows its product in the shop's catalog: when it changes underneath (a
pull, a refresh, a push, a save elsewhere) the form rebases (``services.rebase``).
Untouched fields take the new values, typing stays, and a typed field that changed
in Payload meanwhile shows Keep mine / Take theirs under it; Save waits for that
choice and sends only the typed fields, each with the base it was edited from.
Closing (Escape, Ctrl+W) with unsaved typing asks first.

Issue 16: where the shop's content is localised the form shows one locale at a time
(``locale_editing``: one form per locale, ``locale_forms``), and where Payload keeps drafts
every locale's form edits the latest draft and the bar publishes it
(``publish_editing``); what the shop lacks is said with the capability's reason.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.errors import ApiError
from desktop_app.exchange.connectivity import Reach
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.content import (
    GALLERY,
    TEXT_FIELDS,
    THUMBNAIL,
    ContentService,
    ProductContent,
    SaveResult,
    SaveStatus,
    with_media,
)
from desktop_app.services.offline import Changes, ProductDetail
from desktop_app.services.rebase import FormBase, Incoming, Outcome
from desktop_app.store.fields import PAYLOAD, same
from desktop_app.store.locale_fields import LOCALES
from desktop_app.ui import theme
from desktop_app.ui.conflict_note import ConflictNote, ConflictNotes, with_slot
from desktop_app.ui.content_editor.action_banner import ActionBanner
from desktop_app.ui.content_editor.codec import LOSSLESS, to_lexical, to_source
from desktop_app.ui.content_editor.images_panel import ImagesPanel, image_paths
from desktop_app.ui.content_editor.locale_bar import LocaleBar
from desktop_app.ui.content_editor.locale_editing import (
    SUBTITLE_PLACEHOLDER,
    TITLE_PLACEHOLDER,
    LocaleEditing,
    shown_text,
)
from desktop_app.ui.content_editor.locale_forms import DEFAULT, LocaleForm, LocaleForms, qualified
from desktop_app.ui.content_editor.preview import PreviewBrowser, PreviewRenderer
from desktop_app.ui.content_editor.publish_bar import PublishBar
from desktop_app.ui.content_editor.publish_editing import PublishEditing
from desktop_app.ui.content_editor.rendering import (
    UNTITLED_PRODUCT,
    Rendered,
    markdown_loses,
    page_blocks,
)
from desktop_app.ui.content_editor.schedule_dialog import ScheduleDialog
from desktop_app.ui.content_editor.seo_panel import SeoPanel
from desktop_app.ui.content_editor.source_editor import FormatToolBar, MarkdownEditor
from desktop_app.ui.content_editor.style import EDITOR_QSS
from desktop_app.ui.content_editor.upload_preview import UploadPreview
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.product_windows import title_block
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.timeline.opening import open_timeline

log = logging.getLogger(__name__)

SIMPLE_FIELDS = ("title", "subtitle")
PICK_TITLE = QT_TRANSLATE_NOOP("ContentEditor", "Changed in Payload while you were editing")
PICK_TEXT = QT_TRANSLATE_NOOP(
    "ContentEditor", "Choose Keep mine or Take theirs under each marked field, then save."
)
Then = Callable[[], Awaitable[Any]] | None  # a catalog write a save ends with (publish…)


def _counts(words: int, characters: int) -> str:
    """The description's length under it: ``3 words  ·  17 characters``."""
    return (
        translate("ContentEditor", "%Ln word(s)", None, words)
        + "  ·  "
        + translate("ContentEditor", "%Ln character(s)", None, characters)
    )


def _uploading(name: str, target: str, done: int, total: int) -> str:
    """What the images panel says while ``name`` uploads (``done`` of ``total`` files)."""
    if total > 1:
        if target == THUMBNAIL:
            text = translate(
                "ContentImages", "Uploading {file} to the thumbnail ({done} of {total})…"
            )
        else:
            text = translate(
                "ContentImages", "Uploading {file} to the gallery ({done} of {total})…"
            )
        return text.format(file=name, done=done, total=total)
    if target == THUMBNAIL:
        return translate("ContentImages", "Uploading {file} to the thumbnail…").format(file=name)
    return translate("ContentImages", "Uploading {file} to the gallery…").format(file=name)


class ContentEditor(LocaleEditing, PublishEditing, UploadPreview, QWidget):
    loaded = Signal(object)  # ProductContent
    saved = Signal(object)  # SaveResult
    imageAttached = Signal(object)  # Media
    closed = Signal()

    def __init__(
        self,
        service: ContentService,
        product_id: str,
        *,
        storefront: str = "https://shop.example.com",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("contentEditor")
        self.service = service
        self.product_id = product_id
        self.content: ProductContent | None = None
        # Per locale and field: the server value the merchant edits from (``self.base`` is
        # the shown locale's); the default locale's form until the shop says it has more.
        self.forms = LocaleForms()
        self.localised_fields: tuple[str, ...] = ()  # Payload's, where content is localised
        self._locales = TaskSlot("content locales")
        self._publication_read = TaskSlot("publication read")
        self._fallback: tuple[str, Rendered] | None = None  # the default locale's description
        # The shop keeps drafts (caps.drafts): every locale's form edits the latest draft,
        # and saving saves a draft of each locale typed in (docs/drafts.md).
        self.drafts_on = False
        self.capabilities: Any = None
        self.schedule_dialog: ScheduleDialog | None = None
        self._rebase_waiting = False  # the product changed during a save: rebase after
        self._loaded_markdown = ""
        self._load = TaskSlot("content load")
        self._save = TaskSlot("content save")
        self._upload = TaskSlot("image upload")
        self._media_docs_read = TaskSlot("media docs read")  # upload_preview.py
        self._media_docs_asked: set[str] = set()
        self._fetches: dict[str, TaskSlot] = {}
        self._media_cache: dict[str, bytes] = {}
        self._media_waiting: dict[str, list[Callable[[bytes], None]]] = {}
        # (file, target) waiting to be uploaded and attached, in drop order.
        self._uploads: list[tuple[Path, str]] = []
        self._saving = False
        self._close_confirmed = False
        self._shut = False  # closed: typing signals and state updates are ignored
        self._close_when_saved = False
        self._asked_to_pick = False  # the banner says: settle the inline conflicts first
        self.unsaved_box: QMessageBox | None = None
        self.conflict_slots: dict[str, QVBoxLayout] = {}
        self.last_result: SaveResult | None = None

        self.setWindowTitle(translate("ContentEditor", "Edit content"))
        self.resize(1480, 920)
        self.setAcceptDrops(True)
        theme.style(self, EDITOR_QSS)
        self._build(storefront)
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._rendered)
        self._page_timer = QTimer(self, singleShot=True, interval=60)
        self._page_timer.timeout.connect(self._update_page)
        self.notes = ConflictNotes(
            lambda name: self.conflict_slots[name],
            self._describe,
            self.keep_mine,
            self.take_theirs,
            where="in Payload",
        )
        self._unsubscribe = once(service.catalog.subscribe(self._on_catalog_changes))
        # Uploading needs Payload: off, saying why, while it is offline.
        self.gate = ServerGate(service.catalog, self)
        self.gate.guard(
            self.images.add_button,
            (PAYLOAD,),
            translate("ContentImages", "Upload image files to Payload"),
        )
        self._set_enabled(False)

    @property
    def base(self) -> FormBase:
        """The shown locale's bases (per field: the server value the merchant edits from)."""
        return self.forms.active.base

    @property
    def asking(self) -> bool:
        """Still asking the shop what it offers (locales, drafts) or reading its state."""
        return self._locales.running or self._publication_read.running

    @property
    def locale(self) -> str:
        """The locale shown: ``DEFAULT`` ("") or Payload's code of another locale."""
        return self.forms.active_locale

    # ------------------------------------------------------------------ build
    def _build(self, storefront: str) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_header())
        root.addWidget(self._build_bar())
        self.progress = QProgressBar(objectName="loadingBar")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(3)
        self.progress.hide()
        root.addWidget(self.progress)

        body = QWidget(objectName="editorBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 10, 16, 12)
        body_layout.setSpacing(8)
        self.banner = ActionBanner()
        self.notice = ActionBanner()
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_form())
        self.splitter.addWidget(self._build_side(storefront))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 700])
        body_layout.addWidget(self.splitter, 1)
        root.addWidget(body, 1)

        save = QAction(
            translate("ContentEditor", "Save"), self, shortcut=QKeySequence.StandardKey.Save
        )
        save.triggered.connect(lambda: self.save())
        self.addAction(save)
        # Escape and Ctrl+W close the window (typing not saved is asked about).
        close = QAction(translate("ContentEditor", "Close window"), self, objectName="closeAction")
        close.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)

    def _build_header(self) -> QWidget:
        header = QWidget(objectName="editorHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 14, 10)
        row.setSpacing(10)
        self.heading, self.subheading = title_block(
            row, translate("ContentEditor", "Loading…"), "editorHeading", "editorSubheading"
        )
        self.state_label = QLabel(objectName="stateChip")
        self.timeline_button = QPushButton(
            translate("ContentEditor", "Timeline…"), objectName="timelineButton"
        )
        self.timeline_button.setToolTip(
            translate("ContentEditor", "Every state of this product: compare, restore a field")
        )
        self.timeline_button.clicked.connect(self.open_timeline)
        row.addWidget(self.timeline_button)
        self.translations_button = QPushButton(
            translate("ContentEditor", "Translations…"), objectName="translationsButton"
        )
        self.translations_button.setToolTip(
            translate(
                "ContentEditor",
                "Translate this product's content: the source locale beside the target",
            )
        )
        self.translations_button.clicked.connect(self.open_translations)
        row.addWidget(self.translations_button)
        self.revert_button = QPushButton(
            translate("ContentEditor", "Revert"), objectName="revertButton"
        )
        self.revert_button.setToolTip(
            translate("ContentEditor", "Undo every change since the last save")
        )
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(translate("ContentEditor", "Save"), objectName="saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("ContentEditor", "Save to Payload (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.state_label)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return header

    def _build_bar(self) -> QWidget:
        """Under the header: the locale shown and the publishing state (issue 16); below
        them, why what the shop lacks is not offered."""
        bar = QWidget(objectName="editorBar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(18, 6, 14, 6)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(10)
        column.addLayout(row)
        self.editorial_note = QLabel(objectName="editorialNote")
        self.editorial_note.setWordWrap(True)
        self.editorial_note.setTextFormat(Qt.TextFormat.PlainText)
        theme.style(self.editorial_note, "QLabel { color: @muted@; }")
        self.editorial_note.hide()
        column.addWidget(self.editorial_note)
        self.locale_bar = LocaleBar()
        self.locale_bar.chosen.connect(self.switch_locale)
        row.addWidget(self.locale_bar)
        self.bar_row = row
        row.addStretch(1)
        self.publish_bar = PublishBar()
        self.publish_bar.requested.connect(self.publication_action)
        row.addWidget(self.publish_bar)
        return bar

    def _build_form(self) -> QWidget:
        form = QWidget(objectName="editorForm")
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)

        product = QGroupBox(translate("ContentEditor", "Product"))
        fields = QFormLayout(product)
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(8)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.title_edit.setPlaceholderText(translate("ContentEditor", TITLE_PLACEHOLDER))
        self.subtitle_edit = QLineEdit(objectName="subtitleEdit")
        self.subtitle_edit.setPlaceholderText(translate("ContentEditor", SUBTITLE_PLACEHOLDER))
        for name, label, edit in (
            ("title", translate("ContentEditor", "Title"), self.title_edit),
            ("subtitle", translate("ContentEditor", "Subtitle"), self.subtitle_edit),
        ):
            box, self.conflict_slots[name] = with_slot(edit)
            fields.addRow(label, box)
        layout.addWidget(product)

        description = QGroupBox(translate("ContentEditor", "Description"))
        box = QVBoxLayout(description)
        box.setSpacing(6)
        self.editor = MarkdownEditor()
        self.toolbar = FormatToolBar(self.editor)
        box.addWidget(self.toolbar)
        box.addWidget(self.editor, 1)
        self.conflict_slots["description"] = QVBoxLayout()
        box.addLayout(self.conflict_slots["description"])
        foot = QHBoxLayout()
        if LOSSLESS:
            hint = translate(
                "ContentEditor",
                "Markdown · saved to Payload as rich text"
                " · <u>, <sub>, <mark>… keep what markdown cannot",
            )
        else:
            hint = translate("ContentEditor", "Markdown · saved to Payload as rich text")
        self.syntax_hint = QLabel(hint, objectName="fieldHint")
        self.syntax_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.syntax_hint.setWordWrap(True)
        self.word_count = QLabel(_counts(0, 0), objectName="wordCount")
        foot.addWidget(self.syntax_hint, 1)
        foot.addWidget(self.word_count)
        box.addLayout(foot)
        description.setMinimumHeight(420)
        layout.addWidget(description, 1)

        media = QGroupBox(translate("ContentEditor", "Media"))
        media_box = QVBoxLayout(media)
        self.images = ImagesPanel()
        media_box.addWidget(self.images)
        layout.addWidget(media)

        self.title_edit.textChanged.connect(self._fields_changed)
        self.subtitle_edit.textChanged.connect(self._fields_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.images.filesDropped.connect(self.upload_files)
        self.editor.imagesDropped.connect(self.upload_files)

        scroll = QScrollArea(objectName="formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        scroll.setMinimumWidth(560)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_side(self, storefront: str) -> QWidget:
        """Preview on top, the search listing (fields + snippet) below it."""
        side = QSplitter(Qt.Orientation.Vertical, objectName="sideSplitter")
        side.setChildrenCollapsible(False)
        side.addWidget(self._build_preview())
        seo = QGroupBox(translate("ContentSeo", "Search engine listing"))
        seo_box = QVBoxLayout(seo)
        self.seo = SeoPanel(storefront)
        self.seo.changed.connect(self._update_state)
        self.conflict_slots.update(self.seo.slots)
        seo_box.addWidget(self.seo)
        scroll = QScrollArea(objectName="formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(seo)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(scroll)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setSizes([540, 360])
        return side

    def _build_preview(self) -> QWidget:
        pane = QWidget(objectName="previewPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 4, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(
            QLabel(translate("ContentEditor", "Storefront preview"), objectName="sectionTitle")
        )
        head.addStretch(1)
        self.preview_status = QLabel(objectName="fieldHint")
        head.addWidget(self.preview_status)
        layout.addLayout(head)
        # Where the shown locale has no text, the storefront shows the default locale's.
        self.fallback_note = QLabel(objectName="fallbackNote")
        self.fallback_note.setWordWrap(True)
        theme.style(
            self.fallback_note,
            "QLabel { background: @warning_bg@; color: @ink@; "
            "border: 1px solid @warning_line@; border-radius: 6px; padding: 4px 8px; }",
        )
        self.fallback_note.hide()
        layout.addWidget(self.fallback_note)
        self.preview = PreviewBrowser()
        self.preview.allowed_origin = self.service.origin
        self.preview.imageRequested.connect(self._fetch_preview_image)
        layout.addWidget(self.preview, 1)
        pane.setMinimumWidth(420)
        return pane

    # ------------------------------------------------------------------- load
    def start(self) -> None:
        self.progress.show()
        self._set_state(translate("ContentEditor", "Loading…"), "busy")
        self._load.start(self._run_load(), on_error=self._unexpected)

    async def _run_load(self) -> None:
        try:
            content = await self.service.load(self.product_id)
        except (ApiError, LookupError) as exc:
            self.progress.hide()
            self._set_state(translate("ContentEditor", "Not loaded"), "error")
            self.banner.show_message(
                translate("ContentEditor", "Could not load the product"),
                str(exc),
                kind="error",
                actions=((translate("ContentEditor", "Retry"), self.start),),
            )
            return
        self.progress.hide()
        self.show_content(content)

    def show_content(self, content: ProductContent) -> None:
        """Show ``content`` (the default locale's), or the shown locale's values afresh;
        the typing kept for other locales stays."""
        self.content = content
        markdown = to_source(content.description)
        self._loaded_markdown = markdown
        detail = self.service.catalog.product(self.product_id)
        if self.locale == DEFAULT or detail is None:
            self.forms.active_locale = DEFAULT
            incoming = {
                name: Incoming(
                    content.server_values.get(name),
                    content.value(name),
                    markdown if name == "description" else shown_text(name, content.value(name)),
                )
                for name in TEXT_FIELDS
            }
        else:
            incoming = self._incoming(detail, self.locale)
        self.notes.clear()
        self._load_form(self.forms.active, incoming)
        self.heading.setText(content.title or translate("ContentEditor", UNTITLED_PRODUCT))
        handle = f"/{content.handle}" if content.handle else translate("ContentEditor", "no handle")
        self.subheading.setText(
            f"{handle}  ·  Payload #{content.payload_id}  ·  {content.product_id}"  # not text: ids
        )
        self.setWindowTitle(
            translate("ContentEditor", "{title} — Edit content").format(
                title=content.title or translate("ContentEditor", "Untitled")
            )
        )
        self.images.set_images(content.thumbnail, content.images)
        self._fetch_images()
        self._set_enabled(True)
        self._lock_fields()
        self._show_notices(content, markdown)
        self._update_state()
        self.loaded.emit(content)
        if not self._locales.running and not self.locale_bar.available:
            self._locales.start(self._detect_locales(), on_error=self._locales_unknown)

    def _load_form(self, form: LocaleForm, incoming: Mapping[str, Incoming]) -> None:
        """Fill ``form`` from the store and show it: every later edit is based on it."""
        form.base.load(incoming)
        form.loaded = True
        form.original = incoming["description"].value
        form.typed = None
        self._show_values({name: i.shown or "" for name, i in incoming.items()}, form.original)

    def _show_values(self, values: Mapping[str, Any], original: Any) -> None:
        """Put a locale's values in the widgets (no typing signals) and preview them."""
        self.renderer.original = original
        self._populate_uploads(original)
        for widget in (self.title_edit, self.subtitle_edit, self.editor):
            widget.blockSignals(True)
        self.title_edit.setText(values.get("title", ""))
        self.subtitle_edit.setText(values.get("subtitle", ""))
        self.editor.setPlainText(values.get("description", ""))
        for widget in (self.title_edit, self.subtitle_edit, self.editor):
            widget.blockSignals(False)
        self.seo.set_values(
            {name: values.get(name, "") for name in TEXT_FIELDS if name.startswith("seo.")}
        )
        self._fallback = None
        self.renderer.render_now(values.get("description", ""))

    def _show_notices(self, content: ProductContent, markdown: str) -> None:
        if not content.online:
            self.notice.show_message(
                translate("ContentEditor", "Offline"),
                translate(
                    "ContentEditor",
                    "Payload cannot be reached: showing the copy on this computer. "
                    "Saves are kept here and sent later; images need a connection.",
                ),
                kind="warning",
            )
        elif not LOSSLESS and markdown_loses(content.description, markdown):
            self.notice.show_message(
                translate("ContentEditor", "Formatting markdown cannot express"),
                translate(
                    "ContentEditor",
                    "This description uses formatting from Payload admin (such as "
                    "underline, colours, alignment or embedded media). It is kept "
                    "unless you edit the description here.",
                ),
                kind="warning",
            )
        elif content.pending:
            self.notice.show_message(
                translate("ContentEditor", "Unsent changes"),
                translate(
                    "ContentEditor",
                    "Some changes of this product are still waiting to be sent to Payload.",
                ),
                kind="info",
                actions=((translate("ContentEditor", "Send now"), lambda: self.save()),),
            )
        else:
            self.notice.hide()

    # ------------------------------------------------------------- edit state
    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "subtitle": self.subtitle_edit.text(),
            "description": self.editor.toPlainText(),
            **self.seo.values(),
        }

    def changed_fields(self) -> list[str]:
        """The fields the merchant typed into since loading (or saving) them."""
        return self.base.touched(self.values())

    @property
    def dirty(self) -> bool:
        """Typing not saved, in the shown locale or another."""
        return self.content is not None and bool(
            self.changed_fields() or self.forms.hidden_touched()
        )

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would drop typing (the main window asks before a switch)."""
        return self.dirty

    def _fields_changed(self) -> None:
        if self._shut:
            return
        self._page_timer.start()
        self._update_state()

    def _text_changed(self) -> None:
        if self._shut:
            return
        text = self.editor.toPlainText()
        # The preview follows the block being typed in (see _rendered).
        self.renderer.schedule(text, self.editor.selection(text)[1])
        self._update_state()

    def _update_state(self) -> None:
        if self.content is None or self._shut:
            return
        if self._saving:
            return
        changed = self.changed_fields()
        elsewhere = self.forms.hidden_touched()
        count = len(changed) + sum(len(names) for names in elsewhere.values())
        self.revert_button.setEnabled(bool(count))
        self.save_button.setEnabled(bool(count) or bool(self.content.pending))
        if count:
            where = [
                self.locale_bar.code(code)
                for code in ([self.locale] if changed else []) + list(elsewhere)
            ]
            if elsewhere:
                text = translate(
                    "ContentEditor", "%n unsaved change(s) ({locales})", None, count
                ).format(locales=", ".join(where))
            else:
                text = translate("ContentEditor", "%n unsaved change(s)", None, count)
            self._set_state(text, "dirty")
        elif self.content.pending:
            self._set_state(translate("ContentEditor", "Waiting to send"), "pending")
        else:
            self._set_state(translate("ContentEditor", "Saved"), "saved")
        self._update_publication(typed=bool(count))
        self._refresh_seo_fallbacks()

    def _set_state(self, text: str, state: str) -> None:
        self.state_label.setText(text)
        if self.state_label.property("state") != state:
            self.state_label.setProperty("state", state)
            self.state_label.style().unpolish(self.state_label)
            self.state_label.style().polish(self.state_label)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.title_edit,
            self.subtitle_edit,
            self.editor,
            self.toolbar,
            self.seo,
            self.images,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(enabled)

    def open_timeline(self) -> QWidget:
        """This product's timeline (issue 16); a restore there reaches this form as a rebase."""
        return open_timeline(self.service.catalog, self.product_id, self)

    def open_translations(self) -> QWidget:
        """This product's translation editor (issue 16); it says why where the shop has no
        translations."""
        # Imported here: the translation editor uses this package's markdown highlighter.
        from desktop_app.ui.translations.opening import open_translations

        return open_translations(self.service.catalog, self.product_id, self)

    def revert(self) -> None:
        """Drop the typing: each field shows its saved value (theirs, where it moved)."""
        if self.content is None:
            return
        for name in self.base.conflicts:
            self.base.take_theirs(name)
        for name in self.changed_fields():
            self._put(
                name, Incoming(self.base.base(name), self.base.value(name), self.base.shown(name))
            )
        self.forms.forget_hidden()  # their saved values come back when they are shown
        self._settled()

    # ---------------------------------------------------------------- preview
    def _rendered(self, result: Rendered) -> None:
        self.word_count.setText(_counts(result.words, result.characters))
        self._update_page()
        if result.cursor_block is not None and self.content is not None:
            self.preview.show_fragment(result.cursor_block + 1)  # 0 is the page header
        self._refresh_seo_fallbacks()

    def _update_page(self) -> None:
        latest = self.renderer.latest
        if latest is None or self.content is None:
            return
        title, subtitle = self.title_edit.text(), self.subtitle_edit.text()
        html, blocks = latest.html, latest.blocks
        fell_back: list[str] = []
        if self.locale != DEFAULT:
            # As the storefront gets it: Payload gives the default locale's value where
            # this locale has none (its fallback).
            default = self._default_values()
            if not title.strip() and default["title"].strip():
                title = default["title"]
                fell_back.append("title")
            if not subtitle.strip() and default["subtitle"].strip():
                subtitle = default["subtitle"]
                fell_back.append("subtitle")
            if not latest.markdown.strip() and default["description"].strip():
                shown = self._fallback_render(default["description"])
                html, blocks = shown.html, shown.blocks
                fell_back.append("description")
        self._show_fallback_note(fell_back)
        self.preview.set_blocks(page_blocks(title, subtitle, self.content.thumbnail, html, blocks))

    def _refresh_seo_fallbacks(self) -> None:
        latest = self.renderer.latest
        plain = latest.plain if latest is not None else ""
        title = self.title_edit.text()
        if self.locale != DEFAULT and self.content is not None:
            default = self._default_values()
            # Payload's fallback gives the default locale's meta title before the title.
            title = default["seo.meta_title"] or title.strip() or default["title"]
            if default["seo.meta_description"]:
                plain = default["seo.meta_description"]  # before the description, as title
            elif not plain and default["description"].strip():
                plain = self._fallback_render(default["description"]).plain
        self.seo.set_fallbacks(title, plain, self.content.handle if self.content else "")

    def _fetch_preview_image(self, url: str) -> None:
        self._fetch(url, lambda data: self.preview.add_image(url, data))

    def _fetch_images(self) -> None:
        content = self.content
        if content is None or not content.online:
            return
        for url in self.images.wanted_urls(content.thumbnail, content.images):
            self._fetch(url, lambda data, url=url: self.images.set_image_data(url, data))

    def _fetch(self, url: str, deliver: Callable[[bytes], None]) -> None:
        """One download per URL however many views want it (thumbnail, preview)."""
        if url in self._media_cache:
            deliver(self._media_cache[url])
            return
        waiting = self._media_waiting.setdefault(url, [])
        waiting.append(deliver)
        if len(waiting) > 1:
            return  # already on its way

        async def run() -> None:
            try:
                data = await self.service.fetch_media(url)
            except Exception as exc:  # a missing picture is not worth a dialog
                log.info("media %s not shown: %s", url, exc)
                self._media_waiting.pop(url, None)
                return
            self._media_cache[url] = data
            for callback in self._media_waiting.pop(url, []):
                callback(data)

        self._fetches.setdefault(url, TaskSlot(f"fetch {url}")).start(run())

    # ------------------------------------------------------------------- save
    def changes(self) -> dict[str, Any]:
        """The edited fields of every locale by outbox name (``title``,
        ``locales.de.title``), the description as the Lexical dict the preview shows."""
        out: dict[str, Any] = {}
        current = self.values()
        for name in self.changed_fields():
            if name == "description":
                latest = self.renderer.latest
                if latest is None or latest.markdown != current["description"]:
                    latest = self.renderer.render_now(current["description"])
                out[qualified(self.locale, name)] = latest.lexical
            else:
                out[qualified(self.locale, name)] = current[name]
        for form in self.forms.hidden():
            assert form.typed is not None
            for name in form.touched():
                value = form.typed[name]
                out[qualified(form.locale, name)] = (
                    to_lexical(value, form.original) if name == "description" else value
                )
        return out

    def _bases(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Each edit's base: the server value it was edited from, so the push reports a
        colleague's later change instead of overwriting it."""
        forms = [self.forms.active, *self.forms.hidden()]
        return {
            qualified(f.locale, name): f.base.base(name)
            for f in forms
            for name in TEXT_FIELDS
            if qualified(f.locale, name) in changes
        }

    def _cannot_save(self) -> bool:
        """Say why the typing cannot be saved yet (a title missing, a choice to make)."""
        if self.locale == DEFAULT and not self.title_edit.text().strip():
            self.banner.show_message(
                translate("ContentEditor", "Title required"),
                translate("ContentEditor", "Payload needs a product title."),
                kind="error",
            )
            return True
        untitled = self._untitled_locale()
        if untitled:
            self.banner.show_message(
                translate("ContentEditor", "Title required"),
                translate(
                    "ContentEditor",
                    "Payload needs a title in {locale} before the other {locale} "
                    "fields can be saved.",
                ).format(locale=untitled),
                kind="error",
            )
            return True
        for form in list(self.forms.hidden()):
            assert form.typed is not None
            if form.base.settle(form.typed):
                self.switch_locale(form.locale)  # its conflicts are settled where they show
                break
        if self.base.settle(self.values()):
            self.notes.sync(self.base.conflicts)
            self._asked_to_pick = True
            self.banner.show_message(
                translate("ContentEditor", PICK_TITLE),
                translate("ContentEditor", PICK_TEXT),
                kind="error",
            )
            return True
        return False

    def save(
        self,
        *,
        override_lock: bool = False,
        then: Then = None,
        typing: bool = True,
        busy: str | None = None,
    ) -> bool:
        """Start saving; False when it cannot start (nothing loaded, a choice to make).

        On a shop with drafts every locale's typing is saved as a draft. ``then``: a
        catalog write (publish, unpublish, schedule) recorded after the typing and sent in
        the same push; ``typing=False`` leaves the typing out (unpublish, schedule)."""
        if self.content is None or self._saving:
            return False
        if typing and self._cannot_save():
            return False
        changes = self.changes() if typing else {}
        bases = self._bases(changes)
        snapshot = (
            {
                self.locale: self.values(),
                **{f.locale: dict(f.typed or {}) for f in self.forms.hidden()},
            }
            if typing
            else {}
        )
        self._saving = True
        self._set_state(busy or translate("ContentEditor", "Saving…"), "busy")
        self.save_button.setEnabled(False)
        self._update_publication()
        self._save.start(
            self._run_save(changes, bases, snapshot, override_lock, then), on_error=self._unexpected
        )
        return True

    async def _record_and_push(
        self, changes: dict[str, Any], bases: dict[str, Any], override_lock: bool, then: Then
    ) -> SaveResult:
        """Record the typing (every locale's as a draft where the shop keeps drafts)
        and ``then``'s write durably, then push the product once."""
        rest = dict(changes)
        if self.drafts_on:  # every locale's typing: drafts of other locales too
            draft = {
                n: rest.pop(n)
                for n in list(rest)
                if n in TEXT_FIELDS or n.startswith(LOCALES + ".")
            }
            if draft:
                await self.service.catalog.edit_draft(
                    self.product_id, draft, bases={n: bases[n] for n in draft}
                )
        refused = ""
        if then is not None:
            try:
                await then()
            except ValueError as exc:  # drafts or scheduling off: the capability's reason
                refused = str(exc)
        result = await self.service.save(
            self.product_id, rest, {n: bases[n] for n in rest}, override_lock=override_lock
        )
        return SaveResult(SaveStatus.FAILED, refused) if refused else result

    async def _run_save(
        self,
        changes: dict[str, Any],
        bases: dict[str, Any],
        snapshot: dict[str, dict[str, Any]],
        override_lock: bool,
        then: Then = None,
    ) -> None:
        assert self.content is not None
        recorded = False
        try:
            result = await self._record_and_push(changes, bases, override_lock, then)
            recorded = True
        except (ApiError, ValueError) as exc:
            result = SaveResult(SaveStatus.FAILED, str(exc))
        finally:
            self._saving = False
        self.last_result = result
        self.content = self.service.refresh_local(self.content)
        if result.status is not SaveStatus.FAILED or not changes or recorded:
            # The edits are durable in the outbox: what was typed is what the form
            # shows now; then whatever else changed meanwhile comes in.
            detail = self.service.catalog.product(self.product_id)
            if detail is not None:
                self._saved(snapshot, detail, changes)
            self.rebase()
        self._show_result(result)
        self._update_state()
        self.saved.emit(result)
        if self._close_when_saved:
            self._close_when_saved = False
            self._close_after_save()

    def _saved(
        self,
        snapshot: Mapping[str, dict[str, Any]],
        detail: ProductDetail,
        changes: Mapping[str, Any],
    ) -> None:
        """Each locale's saved fields are what its form shows now (typing since stays)."""
        for locale, values in snapshot.items():
            form = self.forms.form(locale)
            names = [n for n in TEXT_FIELDS if qualified(locale, n) in changes]
            form.base.saved(values, self._incoming(detail, locale), names)
            if names and "description" in names and form is not self.forms.active:
                form.original = detail.value(qualified(locale, "description"))

    def _show_result(self, result: SaveResult) -> None:
        if result.status is SaveStatus.SAVED:
            self.banner.hide()
            if result.note:  # saved over a colleague's draft: theirs is in the timeline
                self.banner.show_message(
                    translate("ContentEditor", "Saved over another draft"),
                    result.note,
                    kind="warning",
                    actions=((translate("ContentEditor", "Timeline…"), self.open_timeline),),
                )
            if self.content is not None and not self.content.online:
                return
            self.notice.hide()
            if self.locale == DEFAULT:
                self.heading.setText(self.title_edit.text())
        elif result.status is SaveStatus.QUEUED:
            self.banner.show_message(
                translate("ContentEditor", "Saved on this computer"),
                result.detail or result.message,  # the title says it is saved here
                kind="warning",
                actions=((translate("ContentEditor", "Retry now"), lambda: self.save()),),
            )
        elif result.status is SaveStatus.LOCKED:
            self.banner.show_message(
                translate("ContentEditor", "Open in Payload admin by someone else"),
                translate(
                    "ContentEditor",
                    "Your changes are kept on this computer. Retry when they are "
                    "done, or override their lock (their unsaved changes in Payload "
                    "admin may be lost).",
                ),
                kind="warning",
                actions=(
                    (translate("ContentEditor", "Retry"), lambda: self.save()),
                    (translate("ContentEditor", "Override"), lambda: self.save(override_lock=True)),
                ),
            )
        elif result.status is SaveStatus.CONFLICT:
            self.banner.show_message(
                translate("ContentEditor", "Changed in Payload"),
                result.message,
                kind="error",
                actions=(
                    (translate("ContentEditor", "Keep mine"), lambda: self.resolve(keep_mine=True)),
                    (
                        translate("ContentEditor", "Take theirs"),
                        lambda: self.resolve(keep_mine=False),
                    ),
                ),
            )
        else:
            self.banner.show_message(
                translate("ContentEditor", "Not saved"),
                result.message,
                kind="error",
                actions=((translate("ContentEditor", "Retry"), lambda: self.save()),),
            )

    def resolve(self, *, keep_mine: bool) -> None:
        async def run() -> None:
            result = await self.service.resolve_conflicts(self.product_id, keep_mine=keep_mine)
            if keep_mine:
                assert self.content is not None
                self.content = self.service.refresh_local(self.content)
                self._show_result(result)
                self._update_state()
            else:
                await self._run_load()

        self._save.start(run(), on_error=self._unexpected)

    # ----------------------------------------------------------------- rebase
    def _on_catalog_changes(self, changes: Changes) -> None:
        # The product changed underneath (pull, refresh, push, a save elsewhere).
        if self.content is None:
            return
        if self.product_id not in changes.product_ids and not changes.rows_reset:
            return
        if self._saving or self._load.running:
            self._rebase_waiting = True  # the save (or load) ends with a fresh look
            return
        self.rebase()

    def _incoming(self, detail: ProductDetail, locale: str | None = None) -> dict[str, Incoming]:
        """The store's values of ``locale`` (the shown one by default), by form field."""
        form = self.forms.form(self.locale if locale is None else locale)
        if self.drafts_on:
            return self._draft_incoming(detail, form)
        out: dict[str, Incoming] = {}
        for name in TEXT_FIELDS:
            # A field Payload does not localise is the default locale's in every locale.
            shared = form.locale != DEFAULT and name not in self.localised_fields
            stored = name if shared else qualified(form.locale, name)
            value = detail.value(stored)
            if name == "description" and form.loaded and same(name, value, form.base.value(name)):
                shown = form.base.shown(name)  # unchanged: spare the markdown export
            else:
                shown = shown_text(name, value)
            out[name] = Incoming(detail.server_value(stored), value, shown)
        return out

    def rebase(self) -> None:
        """Put the store's new values in the untouched fields; typed ones stay or conflict."""
        self._rebase_waiting = False
        detail = self.service.catalog.product(self.product_id)
        if detail is None or detail.payload is None or self.content is None:
            return
        outcomes = self.base.rebase(self._incoming(detail), self.values())
        for name, outcome in outcomes.items():
            if outcome.outcome is Outcome.TAKE_NEW:
                self._put(name, outcome.incoming)
        for form in self.forms.hidden():
            self._rebase_hidden(form, detail)
        self.content = self.service.refresh_local(self.content)
        self._settled()
        self._hide_offline_notes()

    def _hide_offline_notes(self) -> None:
        """Payload took what waited (the push once it answered again): "it will be sent when
        Payload can be reached" and "Payload cannot be reached" no longer hold."""
        if self.content is None or self.content.pending:
            return
        if self.service.catalog.connectivity.state(PAYLOAD) is not Reach.REACHABLE:
            return
        if self.banner.title.text() == translate("ContentEditor", "Saved on this computer"):
            self.banner.hide()
        if self.notice.title.text() == translate("ContentEditor", "Offline"):
            self.notice.hide()

    def _put(self, name: str, new: Incoming) -> None:
        """Show ``new`` in the widget of field ``name`` (signals run as for typing)."""
        text = new.shown or ""
        if name == "description":
            if self.editor.toPlainText() != text:
                # Blocks the merchant does not touch are kept as this document has them.
                self.renderer.original = self.forms.active.original = new.value
                self._populate_uploads(new.value)
                self.editor.setPlainText(text)
        elif name in SIMPLE_FIELDS:
            edit = self.title_edit if name == "title" else self.subtitle_edit
            if edit.text() != text:
                edit.setText(text)
            if name == "title" and text and self.locale == DEFAULT:
                self.heading.setText(text)
        elif self.seo.values().get(name) != text:
            self.seo.set_values({**self.seo.values(), name: text})

    def keep_mine(self, name: str) -> None:
        """The merchant's value stands; it will be sent on top of Payload's new one."""
        self.base.keep_mine(name)
        self._settled()

    def take_theirs(self, name: str) -> None:
        self._put(name, self.base.take_theirs(name))
        self._settled()

    def _settled(self) -> None:
        self.notes.sync(self.base.conflicts)
        if self._asked_to_pick and not self.base.conflicts:
            self._asked_to_pick = False
            self.banner.hide()
        self._update_state()

    def _describe(self, name: str, theirs: Incoming) -> tuple[str, str]:
        empty = translate("ContentEditor", "(empty)")
        if name == "description":
            return "", (theirs.shown or empty)
        value = "" if theirs.value is None else str(theirs.value)
        return "", value or empty

    @property
    def conflict_notes(self) -> dict[str, ConflictNote]:
        return dict(self.notes.notes)

    # ----------------------------------------------------------------- images
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.content is not None and image_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_paths(event.mimeData())
        if self.content is not None and paths:
            event.acceptProposedAction()
            self.upload_files(paths, THUMBNAIL)

    def upload_files(self, paths: list[Path], target: str) -> None:
        """Queue uploads; the first file of a thumbnail drop is the thumbnail."""
        if self.content is None:
            return
        if not self.content.online:
            self.images.set_error(
                translate("ContentImages", "Images need a connection to Payload.")
            )
            return
        first = THUMBNAIL if target == THUMBNAIL else GALLERY
        self._uploads += [(p, first if i == 0 else GALLERY) for i, p in enumerate(paths)]
        if not self._upload.running:
            self._upload.start(self._run_uploads(), on_error=self._unexpected)

    async def _run_uploads(self) -> None:
        """Upload each file (a new media doc), then attach it through the outbox.

        Once attached the edit is durable: a locked, queued or conflicting attach is
        shown like a save of the other fields and settled the same way (Retry /
        Override / Keep mine / Take theirs), never by uploading the file again.
        """
        total = len(self._uploads)
        done = 0
        outcome: SaveResult | None = None
        while self._uploads:
            path, target = self._uploads.pop(0)
            done += 1
            self.images.set_busy(_uploading(path.name, target, done, total))
            try:
                media = await self.service.upload(path, alt=self.title_edit.text())
            except (ApiError, OSError, RuntimeError) as exc:
                self.images.set_error(
                    translate("ContentImages", "{file} was not uploaded: {error}").format(
                        file=path.name, error=exc
                    )
                )
                continue
            assert self.content is not None
            result = await self.service.attach(self.content, media, target)
            if result.status is SaveStatus.FAILED:
                self.images.set_error(f"{path.name}: {result.message}")
                continue
            if result.status is not SaveStatus.CONFLICT:
                # Saved, or waiting in the outbox: either way it is the merchant's image.
                self.content = with_media(
                    self.content, **{"thumbnail" if target == THUMBNAIL else "gallery": media}
                )
                self.images.set_images(self.content.thumbnail, self.content.images)
                self._fetch_images()
                self._update_page()
                self.imageAttached.emit(media)
            if result.status is not SaveStatus.SAVED:
                outcome = result
        assert self.content is not None
        self.content = self.service.refresh_local(self.content)
        self._update_state()
        if outcome is None:
            self.images.set_done(
                translate("ContentImages", "%n image(s) saved to Payload.", None, total)
            )
            return
        self.images.set_done("")
        self._show_result(outcome)  # the same choices as for a save

    # ------------------------------------------------------------------ misc
    def _unexpected(self, exc: BaseException) -> None:
        self.progress.hide()
        self._update_state()
        self.banner.show_message(
            translate("ContentEditor", "Something went wrong"),
            f"{type(exc).__name__}: {exc}",
            kind="error",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._close_confirmed:
            event.ignore()
            self._ask_unsaved()
            return
        # Closed: its documents may still change (a theme change re-highlights them, which
        # Qt reports as typing) while its shop's store may be closed; nothing follows that.
        self._shut = True
        self._unsubscribe()
        for slot in (
            self._load,
            self._save,
            self._upload,
            self._locales,
            self._publication_read,
            self._media_docs_read,
            *self._fetches.values(),
        ):
            slot.cancel()
        self.renderer.shutdown()
        self.preview.release()
        super().closeEvent(event)
        self.closed.emit()

    def _ask_unsaved(self) -> None:
        if self.unsaved_box is not None:
            return  # already asking
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ContentEditor", "Unsaved changes"),
            translate("ContentEditor", "Save your changes to Payload before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(
            lambda _code: self._close_answer(box.standardButton(box.clickedButton()))
        )
        self.unsaved_box = box
        box.open()  # not exec(): a nested loop would stall asyncio tasks

    def _close_answer(self, button: QMessageBox.StandardButton) -> None:
        self.unsaved_box = None
        if button == QMessageBox.StandardButton.Cancel:
            return
        if button == QMessageBox.StandardButton.Save:
            # Closes once saved (or kept on this computer); stays open otherwise.
            self._close_when_saved = self.save()
            return
        self.discard_and_close()

    def discard_and_close(self) -> None:
        """Close without asking (the merchant chose to drop the typing)."""
        self._close_confirmed = True
        self.close()

    def _close_after_save(self) -> None:
        if self.last_result is not None and self.last_result.status in (
            SaveStatus.SAVED,
            SaveStatus.QUEUED,
        ):
            self._close_confirmed = True
            self.close()
