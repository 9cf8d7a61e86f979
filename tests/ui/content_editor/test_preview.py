"""The preview renders Payload's HTML, loads only Payload-host images, follows no links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop_app.richtext import lexical_to_html, markdown_to_lexical
from desktop_app.ui.content_editor.preview import PreviewBrowser, PreviewRenderer
from desktop_app.ui.content_editor.rendering import for_qt, markdown_loses, page, render
from tests.services.content_fakes import PNG

IMAGE = QTextDocument.ResourceType.ImageResource.value
ORIGIN = "http://payload.test"


@pytest.fixture
def browser(qtbot):
    widget = PreviewBrowser()
    widget.allowed_origin = ORIGIN
    widget.resize(500, 400)
    qtbot.addWidget(widget)
    widget.show()  # images are asked for when the document is laid out
    qtbot.waitExposed(widget)
    return widget


def blocks(browser: PreviewBrowser) -> list[tuple[int, str, bool]]:
    """(heading level, text, in a list) per block."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        out.append((block.blockFormat().headingLevel(), block.text().strip(),
                    block.textList() is not None))
        block = block.next()
    return out


def test_render_is_payloads_pipeline() -> None:
    text = "## Care\n\n- wash cold\n- dry flat\n\n**Soft** [site](https://example.com)"
    result = render(text)
    assert result.lexical["root"]["children"][0]["tag"] == "h2"
    expected = lexical_to_html(markdown_to_lexical(text))
    # Link ids are random per conversion: compare with them removed.
    strip = __import__("re").compile(r' id="[^"]*"')
    assert strip.sub("", result.html) == strip.sub("", expected)
    assert result.words == 7


def test_preview_renders_headings_and_lists(browser) -> None:
    result = render("# Title\n\n## Care\n\n- wash cold\n- dry flat\n\n1. one\n2. two\n\n"
                    "- [x] done\n- [ ] todo")
    browser.set_page(page("Hoodie", "Warm", None, result.html))
    got = blocks(browser)
    assert (1, "Hoodie", False) in got  # the page title
    assert (2, "Care", False) in got
    assert (0, "wash cold", True) in got and (0, "two", True) in got
    assert (0, "☑ done", True) in got and (0, "☐ todo", True) in got


def test_remote_image_is_blocked(browser, qtbot) -> None:
    with qtbot.assertNotEmitted(browser.imageRequested):
        browser.set_page('<p><img src="https://tracker.example.com/pixel.png" /></p>')
        qtbot.waitUntil(lambda: bool(browser.blocked))
        refused = browser.loadResource(IMAGE, QUrl("https://tracker.example.com/p.png"))
        assert isinstance(refused, QImage) and refused.isNull()
    assert "https://tracker.example.com/pixel.png" in browser.blocked
    # Style sheets and other resources are refused even from the Payload host.
    css = browser.loadResource(QTextDocument.ResourceType.StyleSheetResource.value,
                               QUrl(f"{ORIGIN}/x.css"))
    assert css.isEmpty() and f"{ORIGIN}/x.css" in browser.blocked


def test_payload_host_image_is_requested_then_shown(browser, qtbot) -> None:
    url = f"{ORIGIN}/api/media/file/front.png"
    with qtbot.waitSignal(browser.imageRequested) as signal:
        browser.set_page(f'<p><img src="{url}" /></p>')
    assert signal.args == [url]
    browser.add_image(url, PNG)
    image = browser.loadResource(IMAGE, QUrl(url))
    assert isinstance(image, QImage) and not image.isNull()
    relative = browser.loadResource(IMAGE, QUrl("/api/media/file/front.png"))
    assert isinstance(relative, QImage) and not relative.isNull()
    assert browser.blocked == []


def test_links_open_in_the_system_browser_not_the_preview(browser) -> None:
    opened: list[str] = []
    browser.link_opener = lambda url: opened.append(url.toString())
    browser.set_page('<p><a href="https://example.com/care">care</a></p>')
    before = browser.toHtml()
    browser.anchorClicked.emit(QUrl("https://example.com/care"))
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://example.com/care"]
    assert browser.source().isEmpty() and browser.toHtml() == before
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_renderer_debounces_and_keeps_the_newest(qtbot) -> None:
    renderer = PreviewRenderer(debounce_ms=20)
    results = []
    renderer.rendered.connect(results.append)
    for text in ("# a", "# ab", "# abc"):
        renderer.schedule(text)
    qtbot.waitUntil(lambda: not renderer.pending, timeout=5000)
    assert [r.markdown for r in results] == ["# abc"]
    renderer.shutdown()


def test_checkboxes_become_glyphs() -> None:
    html = lexical_to_html(markdown_to_lexical("- [x] a\n- [ ] b"))
    out = for_qt(html)
    assert "<input" not in out and "☑" in out and "☐" in out


def test_markdown_loses_detects_underline() -> None:
    doc = markdown_to_lexical("plain **bold**")
    assert not markdown_loses(doc, "plain **bold**")
    doc["root"]["children"][0]["children"][0]["format"] = 8  # underline: no markdown form
    assert markdown_loses(doc, "plain **bold**")


def test_an_edit_rebuilds_only_the_changed_block(browser) -> None:
    from desktop_app.ui.content_editor.rendering import page_blocks

    text = "## One\n\nFirst para.\n\n- a\n- b\n\n- [x] done\n\nLast para."
    browser.set_blocks(page_blocks("T", "", None, render(text).html))
    frames = list(browser._frames)
    browser.set_blocks(page_blocks("T", "", None,
                                   render(text.replace("First", "Changed")).html))
    kept = [a is b for a, b in zip(frames, browser._frames, strict=True)]
    assert kept == [True, True, False, True, True, True]  # header, h2, p*, ul, check, p
    assert "Changed para." in browser.toPlainText()
    assert "First para." not in browser.toPlainText()
    assert [b[1] for b in blocks(browser) if b[1]][:3] == ["T", "One", "Changed para."]
