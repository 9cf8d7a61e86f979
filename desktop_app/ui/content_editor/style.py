"""The editor's own stylesheet, layered over the app's (resources/style.qss).

Kept here rather than in the shared QSS so the editor ships as one package; the
colours are the app's palette (ink #1f2633, muted #5b6475, lines #e1e5ec, accent
#3b5bdb).
"""

EDITOR_QSS = """
QWidget#contentEditor { background: #f6f7f9; }
QWidget#editorHeader { background: #ffffff; border-bottom: 1px solid #e1e5ec; }
QLabel#editorHeading { font-size: 14pt; font-weight: 700; }
QLabel#editorSubheading, QLabel#fieldHint, QLabel#wordCount { color: #5b6475; }
QLabel#fieldLabel { color: #5b6475; font-weight: 600; }
QLabel#stateChip { border-radius: 10px; padding: 3px 10px; font-weight: 600;
                   background: #eef1f6; color: #5b6475; }
QLabel#stateChip[state="saved"] { background: #e6f4ea; color: #1b6b32; }
QLabel#stateChip[state="dirty"] { background: #fff6e5; color: #8a5a00; }
QLabel#stateChip[state="pending"] { background: #eaf0ff; color: #2f4ab8; }
QLabel#stateChip[state="error"] { background: #fdecea; color: #a3261c; }
QScrollArea#formScroll, QWidget#editorForm { background: transparent; }
QPlainTextEdit#markdownEditor, QPlainTextEdit#metaDescriptionEdit {
    background: #ffffff; border: 1px solid #cfd5de; border-radius: 6px; padding: 4px; }
QPlainTextEdit#markdownEditor:focus, QPlainTextEdit#metaDescriptionEdit:focus {
    border: 1px solid #3b5bdb; }
QToolBar#formatToolbar { background: transparent; border: none; spacing: 2px; padding: 0; }
QToolBar#formatToolbar QToolButton { padding: 4px 9px; border-radius: 5px;
                                     border: 1px solid transparent; }
QToolBar#formatToolbar QToolButton:hover { background: #eef1f6; border-color: #e1e5ec; }
QTextBrowser#previewBrowser { background: #ffffff; border: 1px solid #e1e5ec;
                              border-radius: 8px; }
QLabel#lengthCounter { color: #5b6475; font-weight: 600; }
QLabel#lengthCounter[state="ok"] { color: #1b6b32; }
QLabel#lengthCounter[state="near"] { color: #b26b00; }
QLabel#lengthCounter[state="over"] { color: #c62828; }
QFrame#snippet { background: #ffffff; border: 1px solid #e1e5ec; border-radius: 8px; }
QLabel#snippetTitle { color: #1a0dab; font-size: 13pt; }
QLabel#snippetUrl { color: #188038; }
QLabel#snippetDescription { color: #4d5156; }
QLabel#thumbnailSlot { background: #f9fafc; border: 2px dashed #cfd5de; border-radius: 8px;
                       color: #5b6475; }
QListWidget#galleryList { background: #f9fafc; border: 2px dashed #cfd5de;
                          border-radius: 8px; }
QProgressBar#uploadProgress { background: #e1e5ec; border: none; }
QProgressBar#uploadProgress::chunk { background: #3b5bdb; }
QPushButton#bannerSecondary { background: #ffffff; }
QLabel#formError { color: #a3261c; }
"""
