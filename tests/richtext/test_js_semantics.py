"""The fast helpers that stand in for Payload's JS regexes agree with the regexes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.richtext.jsregex import DOT, NS, S, js_trim
from desktop_app.richtext.markdown_normalize import _ends_code_fence, parse_hard_line_break

# Payload's own patterns, translated literally.
HARD_BREAK = re.compile(f"^({DOT}*?{NS})( {{2,}})\\Z")
CODE_END = re.compile(r"[ \t]*(\\`\\`\\`|```)\Z")

LINES = st.text(alphabet=st.sampled_from(list(" \t\r\\`ab\u00a0\u2028\x85")), max_size=12)


@given(LINES)
def test_parse_hard_line_break_matches_the_regex(line: str) -> None:
    expected: tuple[str, str] | None = None
    if line.endswith("\\"):
        expected = (line[:-1], "\\")
    elif match := HARD_BREAK.match(line):
        expected = (match.group(1), match.group(2))
    assert parse_hard_line_break(line) == expected


@given(LINES)
def test_code_fence_end_matches_the_regex(line: str) -> None:
    assert _ends_code_fence(line) == (CODE_END.search(line) is not None)


def test_js_whitespace_differs_from_python() -> None:
    # NEL and the information separators are whitespace to Python, not to JS;
    # BOM is whitespace to JS, not to Python.
    assert js_trim("\x85a\x1c") == "\x85a\x1c"
    assert js_trim("\ufeffa\u3000") == "a"
    assert re.fullmatch(S, "\ufeff") and not re.fullmatch(S, "\x85")
