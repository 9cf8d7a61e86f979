"""desktop_app.i18n: English without a backend, the backend's text once installed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from desktop_app import i18n
from desktop_app.i18n import QT_TRANSLATE_NOOP, english_forms, install_backend, translate


@pytest.fixture(autouse=True)
def _no_backend() -> Iterator[None]:
    previous = install_backend(None)
    yield
    install_backend(previous)


def test_without_a_backend_text_comes_back_as_written() -> None:
    assert translate("Ctx", "Push now") == "Push now"
    assert translate("Ctx", "Saved {name}").format(name="x") == "Saved x"
    assert QT_TRANSLATE_NOOP("Ctx", "Draft") == "Draft"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0 products in the local store"),
        (1, "1 product in the local store"),
        (2, "2 products in the local store"),
        (12345, "12,345 products in the local store"),
    ],
)
def test_counts_read_as_english_without_a_catalog(n: int, expected: str) -> None:
    assert translate("Ctx", "%Ln product(s) in the local store", None, n) == expected


def test_english_forms_beyond_an_s_are_split_by_a_bar() -> None:
    text = "%n needs your decision|%n need your decision"
    assert translate("Ctx", text, None, 1) == "1 needs your decision"
    assert translate("Ctx", text, None, 3) == "3 need your decision"
    assert english_forms("%n Produkte", 3) == "%n Produkte"  # a translation passes


def test_an_installed_backend_answers_with_context_and_count() -> None:
    seen = []

    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return {"Push now": "Jetzt übertragen", "%Ln product(s)": "%Ln Produkte"}.get(text, text)

    install_backend(backend)
    assert translate("MainWindow", "Push now") == "Jetzt übertragen"
    assert translate("MainWindow", "%Ln product(s)", None, 4) == "4 Produkte"
    assert seen == [("MainWindow", "Push now", None, -1), ("MainWindow", "%Ln product(s)", None, 4)]
    assert i18n.install_backend(None) is backend


async def test_in_english_holds_back_the_backend_for_its_task_only() -> None:
    install_backend(lambda _c, text, _d, _n: "Jetzt übertragen" if text == "Push now" else text)
    seen: dict[str, str] = {}

    async def read(name: str) -> None:
        await asyncio.sleep(0)  # the other task runs meanwhile
        seen[name] = translate("Ctx", "Push now")

    async def english() -> None:
        with i18n.in_english():
            await asyncio.create_task(read("started inside"))  # a task inherits it
            await read("inside")

    await asyncio.gather(english(), read("other task"))
    assert seen == {
        "started inside": "Push now",
        "inside": "Push now",
        "other task": "Jetzt übertragen",
    }
    assert translate("Ctx", "Push now") == "Jetzt übertragen"
