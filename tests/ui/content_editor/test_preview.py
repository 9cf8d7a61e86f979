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


def test_an_edit_rebuilds_only_the_changed_section(browser) -> None:
    from desktop_app.ui.content_editor.preview import sections
    from desktop_app.ui.content_editor.rendering import page_blocks

    text = ("## One\n\nFirst para.\n\n- a\n- b\n\n## Two\n\n- [x] done\n\nSecond para.\n\n"
            "### Three\n\nLast para.")
    fragments = page_blocks("T", "", None, render(text).html)
    browser.set_blocks(fragments)
    frames = list(browser._frames)
    assert len(frames) == len(sections(fragments)) >= 4  # header, One, Two, Three at least
    edited = page_blocks("T", "", None, render(text.replace("Second", "Changed")).html)
    browser.set_blocks(edited)
    old, new = sections(fragments), sections(edited)
    prefix = next(i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    suffix = next(i for i, (a, b) in enumerate(zip(old[::-1], new[::-1], strict=False))
                  if a != b)
    # Only the edited paragraph's section changed (an edit may split it in two).
    assert len(old) - prefix - suffix == 1 and len(new) - prefix - suffix in (1, 2)
    assert prefix >= 2 and suffix >= 1  # header and One before, Three after, all kept
    kept = browser._frames[:prefix] + browser._frames[len(new) - suffix:]
    assert all(a is b for a, b in zip(frames[:prefix] + frames[len(old) - suffix:], kept,
                                      strict=True))
    assert not any(f is g for f in browser._frames[prefix:len(new) - suffix] for g in frames)
    assert "Changed para." in browser.toPlainText()
    assert "Second para." not in browser.toPlainText()
    assert [b[1] for b in blocks(browser) if b[1]][:3] == ["T", "One", "First para."]
    browser.release()


def test_sections_start_at_headings_and_never_depend_on_neighbours() -> None:
    from desktop_app.ui.content_editor.preview import sections

    paras = [f"<p>paragraph {n}</p>" for n in range(40)]
    page = ["<h1 class=\"title\">T</h1>", "<h2>A</h2>", *paras[:20], "<h3>B</h3>", *paras[20:]]
    cut = sections(page)
    assert cut[0].count("<h1") == 1 and "<h2>" not in cut[0]  # the header alone
    assert any(s.count("<p>") < 20 for s in cut[1:])  # long runs are split too
    assert sum("<tr><td><h3>B</h3>" in s for s in cut) == 1  # "B" opens its section
    inserted = sections([*page[:5], "<p>new</p>", *page[5:]])
    assert len(set(inserted) - set(cut)) == 1  # one section changed, the rest kept


def layout(browser) -> list[tuple[str, float, int, bool]]:
    """(text, top, heading level, in a list) of every non-empty block, laid out."""
    document = browser.document()
    document.size()  # the whole page's layout
    lay = document.documentLayout()
    out = []
    block = document.begin()
    while block.isValid():
        if block.text():
            out.append((block.text(), lay.blockBoundingRect(block).top(),
                        block.blockFormat().headingLevel(), block.textList() is not None))
        block = block.next()
    return out


EDITED = ("## One\n\nFirst para.\n\n- a\n- b\n\n### Three\n\n- [x] done\n\n> quote\n\n"
          "1. x\n2. y\n\nLast para.")


def test_an_incremental_update_looks_like_a_full_rebuild(browser, qtbot) -> None:
    from desktop_app.ui.content_editor.rendering import page_blocks

    fresh = PreviewBrowser()
    fresh.resize(500, 400)
    qtbot.addWidget(fresh)
    fresh.show()
    before = page_blocks("T", "", None, render(EDITED).html)
    after = page_blocks("T", "", None, render(
        EDITED.replace("First", "Changed\n\n## Added").replace("- b", "- b\n- c")).html)
    browser.set_blocks(before)
    browser.set_blocks(after)  # three blocks replaced by four, in place
    fresh.set_blocks(after)
    from desktop_app.ui.content_editor.preview import sections

    assert len(browser._frames) == len(sections(after)) > 3
    assert layout(browser) == layout(fresh)
    # The header (first frame) changes when the merchant edits the title.
    retitled = page_blocks("New title", "Sub", None, render(EDITED).html)
    browser.set_blocks(retitled)
    fresh.set_blocks([*retitled[:1], "<p>x</p>"])  # start the fresh one elsewhere …
    fresh._blocks = []
    fresh.set_blocks(retitled)  # … then build it from scratch
    assert layout(browser) == layout(fresh)
    assert layout(browser)[0][0] == "New title"
    browser.release()
    fresh.release()


def test_frames_keep_the_plain_pages_spacing(browser, qtbot) -> None:
    """Frames are an implementation detail: blocks sit where one setHtml puts them."""
    from desktop_app.ui.content_editor.rendering import page_blocks

    plain = PreviewBrowser()
    plain.resize(500, 400)
    qtbot.addWidget(plain)
    plain.show()
    fragments = page_blocks("T", "Sub", None, render(EDITED).html)
    browser.set_blocks(fragments)
    plain.set_page("".join(fragments))
    assert [b[1] for b in layout(browser)] == [b[1] for b in layout(plain)]
    assert layout(browser) == layout(plain)
    browser.release()


def test_background_renders_shorten_gil_slices_until_done(qtbot) -> None:
    import sys

    before = sys.getswitchinterval()
    renderer = PreviewRenderer(debounce_ms=1)
    seen: list[float] = []
    renderer._timer.timeout.connect(lambda: seen.append(sys.getswitchinterval()))
    renderer.schedule("# a\n\n" + "word " * 5000)
    qtbot.waitUntil(lambda: not renderer.pending, timeout=5000)
    assert seen and seen[-1] <= 0.001  # the GUI thread waits ≤ 1 ms for the GIL
    assert sys.getswitchinterval() == before  # restored once no render runs
    renderer.shutdown()
    assert sys.getswitchinterval() == before


LONG = "\n\n".join(f"## Part {n}\n\nParagraph {n} of a long description, " + "word " * 60
                   for n in range(40))


def test_a_short_first_guess_is_topped_up_one_section_at_a_time(browser, qtbot,
                                                                 monkeypatch):
    from desktop_app.ui.content_editor import preview
    from desktop_app.ui.content_editor.rendering import page_blocks

    monkeypatch.setattr(preview, "HEAD_CHARS_PER_PIXEL", 0.0)  # a guess of one section
    appended: list[int] = []
    append = browser._append
    monkeypatch.setattr(browser, "_append", lambda blocks: (appended.append(len(blocks)),
                                                            append(blocks)))
    browser.set_blocks(page_blocks("T", "Sub", None, render(LONG).html))
    assert browser.document().size().height() >= browser.viewport().height()
    assert appended and set(appended) == {1}  # single sections, not tail-sized chunks
    assert browser.loading  # the view is full long before the page is
    qtbot.waitUntil(lambda: not browser.loading, timeout=5000)


def test_a_long_page_shows_its_first_screen_at_once_and_the_rest_follows(browser, qtbot):
    from desktop_app.ui.content_editor.rendering import page_blocks

    fragments = page_blocks("T", "Sub", None, render(LONG).html)
    browser.set_blocks(fragments)
    assert browser.loading  # the rest of the page is still to come …
    assert "Part 0" in browser.toPlainText() and "Part 39" not in browser.toPlainText()
    assert browser.document().size().height() >= browser.viewport().height()  # … a screen is
    qtbot.waitUntil(lambda: not browser.loading, timeout=5000)
    plain = PreviewBrowser()
    plain.resize(500, 400)
    qtbot.addWidget(plain)
    plain.show()
    plain.set_page("".join(fragments))
    assert layout(browser) == layout(plain)  # appended in pieces, laid out as one page
    browser.release()


def test_an_edit_while_the_page_loads_starts_over_and_ends_complete(browser, qtbot):
    from desktop_app.ui.content_editor.preview import sections
    from desktop_app.ui.content_editor.rendering import page_blocks

    browser.set_blocks(page_blocks("T", "", None, render(LONG).html))
    edited = page_blocks("T", "", None, render(LONG.replace("Part 38", "Part eight")).html)
    browser.set_blocks(edited)
    qtbot.waitUntil(lambda: not browser.loading, timeout=5000)
    assert len(browser._frames) == len(sections(edited))
    assert "Part eight" in browser.toPlainText() and "Part 38" not in browser.toPlainText()
    browser.release()


def test_a_reader_scrolled_down_keeps_the_place_on_a_rebuild(browser, qtbot):
    from desktop_app.ui.content_editor.rendering import page_blocks

    browser.set_blocks(page_blocks("T", "", None, render(LONG).html))
    browser.finish_loading()
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    browser._blocks = []  # as after an image arrives: the page is rebuilt
    browser.set_blocks(page_blocks("T", "", None, render(LONG).html))
    assert not browser.loading and bar.value() == place
    browser.release()


# ------------------------------------------------- following the typing cursor
MIXED = "\n\n".join(
    f"## Part {n}\n\nIntro {n}.\n\n- item {n}a\n- item {n}b\n- item {n}c\n\n"
    + "Closing words. " * 30 for n in range(12))


def visible_texts(browser: PreviewBrowser) -> list[str]:
    """The texts of the blocks inside the view now."""
    document = browser.document()
    document.size()
    lay = document.documentLayout()
    top = browser.verticalScrollBar().value()
    bottom = top + browser.viewport().height()
    out = []
    block = document.begin()
    while block.isValid():
        rect = lay.blockBoundingRect(block)
        if block.text() and rect.top() >= top and rect.bottom() <= bottom:
            out.append(block.text())
        block = block.next()
    return out


@pytest.mark.parametrize("needle", ["item 9c", "Part 11", "item 0b", "Intro 6."])
def test_show_fragment_scrolls_to_that_block(browser, needle) -> None:
    from desktop_app.ui.content_editor.rendering import block_at, page_blocks

    rendered = render(MIXED)
    browser.set_blocks(page_blocks("T", "", None, rendered.html, rendered.blocks))
    index = block_at(MIXED, MIXED.index(needle))
    browser.show_fragment(index + 1)  # 0 is the page header
    assert needle in visible_texts(browser)
    place = browser.verticalScrollBar().value()
    browser.show_fragment(index + 1)  # already in view: the reader's place stays
    assert browser.verticalScrollBar().value() == place
    browser.release()


@pytest.mark.parametrize(("needle", "block"), [
    ("## Part 0", 0), ("Intro 0", 1), ("item 0c", 2), ("Closing", 3), ("## Part 1", 4),
])
def test_block_at_counts_the_blocks_payload_reads(needle, block) -> None:
    from desktop_app.ui.content_editor.rendering import block_at

    assert block_at(MIXED, MIXED.index(needle)) == block
    assert render(MIXED, cursor=MIXED.index(needle)).cursor_block == block


def test_the_renderer_reports_the_cursors_block(qtbot) -> None:
    renderer = PreviewRenderer(debounce_ms=1)
    with qtbot.waitSignal(renderer.rendered, timeout=5000) as signal:
        renderer.schedule(MIXED, MIXED.index("item 5b"))
    assert signal.args[0].cursor_block == 22  # five parts of four blocks, then 2
    renderer.shutdown()


async def test_a_closed_editor_renders_nothing_more(loaded) -> None:
    editor, _payload, _pid = loaded
    editor._close_confirmed = True
    editor.close()
    # The document of a closed window can still change (a theme change re-highlights it,
    # which Qt reports as a text change): no render is started on the shut-down worker.
    editor.editor.setPlainText("## Later")
    editor.title_edit.setText("Later")
    assert not editor.renderer._timer.isActive()
    editor.renderer._start()  # a timer that fired anyway: no RuntimeError from the pool
