"""The editor's own stylesheet, layered over the app's (resources/style.qss).

Kept here rather than in the shared QSS so the editor ships as one package; the
colours are named ``@name@`` from desktop_app/ui/palette.py (filled in by theme.style).
"""

EDITOR_QSS = """
QWidget#contentEditor { background: @window@; }
QWidget#editorHeader { background: @surface@; border-bottom: 1px solid @line@; }
QLabel#editorHeading { font-size: 14pt; font-weight: 700; }
QLabel#editorSubheading, QLabel#fieldHint, QLabel#wordCount { color: @muted@; }
QLabel#fieldLabel { color: @muted@; font-weight: 600; }
QLabel#stateChip { border-radius: 10px; padding: 3px 10px; font-weight: 600;
                   background: @hover@; color: @muted@; }
QLabel#stateChip[state="saved"] { background: @green_bg@; color: @ok@; }
QLabel#stateChip[state="dirty"] { background: @warning_bg@; color: @amber_fg@; }
QLabel#stateChip[state="pending"] { background: @info_bg@; color: @blue_fg@; }
QLabel#stateChip[state="error"] { background: @error_bg@; color: @danger@; }
QScrollArea#formScroll, QWidget#editorForm { background: transparent; }
QPlainTextEdit#markdownEditor, QPlainTextEdit#metaDescriptionEdit {
    background: @surface@; border: 1px solid @field_border@; border-radius: 6px; padding: 4px; }
QPlainTextEdit#markdownEditor:focus, QPlainTextEdit#metaDescriptionEdit:focus {
    border: 1px solid @accent@; }
QToolBar#formatToolbar { background: transparent; border: none; spacing: 2px; padding: 0; }
QToolBar#formatToolbar QToolButton { padding: 4px 9px; border-radius: 5px;
                                     border: 1px solid transparent; }
QToolBar#formatToolbar QToolButton:hover { background: @hover@; border-color: @line@; }
QTextBrowser#previewBrowser { background: @surface@; border: 1px solid @line@;
                              border-radius: 8px; }
QLabel#lengthCounter { color: @muted@; font-weight: 600; }
QLabel#lengthCounter[state="ok"] { color: @ok@; }
QLabel#lengthCounter[state="near"] { color: @warning@; }
QLabel#lengthCounter[state="over"] { color: @danger@; }
QFrame#snippet { background: @surface@; border: 1px solid @line@; border-radius: 8px; }
QLabel#snippetTitle { color: @snippet_title@; font-size: 13pt; }
QLabel#snippetUrl { color: @snippet_url@; }
QLabel#snippetDescription { color: @snippet_text@; }
QLabel#thumbnailSlot { background: @surface_alt@; border: 2px dashed @field_border@;
                       border-radius: 8px; color: @muted@; }
QListWidget#galleryList { background: @surface_alt@; border: 2px dashed @field_border@;
                          border-radius: 8px; }
QProgressBar#uploadProgress { background: @line@; border: none; }
QProgressBar#uploadProgress::chunk { background: @accent@; }
QPushButton#bannerSecondary { background: @surface@; }
QLabel#formError { color: @danger@; }
"""
