"""Payload's `normalizeMarkdown`: the line pre-pass before block import.

It merges soft-wrapped lines with a space, but leaves alone lines that start
blocks, table rows, HTML-tag lines, hard-break lines and anything inside what
it believes is a code fence. The fence tracking is quirky (a bare ``` line
*opens* a block that the next bare ``` does not close); that is reproduced
on purpose because it decides which later lines get merged.
"""

from __future__ import annotations

import re

from .jsregex import DOT, NS, S, js_trim, js_trim_start

EMPTY_OR_WHITESPACE_ONLY = re.compile(r"^[\t ]*\Z")
ORDERED_LIST = re.compile(f"^({S}*)([0-9]+)\\.{S}")
UNORDERED_LIST = re.compile(f"^({S}*)[-*+]{S}")
CHECK_LIST = re.compile(f"^({S}*)(?:-{S})?{S}?(\\[({S}|[xX])?\\]){S}")
HEADING = re.compile(f"^(#{{1,6}}){S}")
QUOTE = re.compile(f"^>{S}")
CODE_START = re.compile(r"^[ \t]*(\\`\\`\\`|```)")
CODE_SINGLE_LINE = re.compile(r"^[ \t]*```[^`]+(?:(?:`{1,2}|`{4,})[^`]+)*```(?:[^`]|\Z)")
TABLE_ROW = re.compile(f"^\\|({DOT}+)\\|{S}?\\Z")
TABLE_ROW_DIVIDER = re.compile(f"^(\\| ?:?-*:? ?)+\\|{S}?\\Z")
TAG_START = re.compile(f"^[ \\t]*<[a-zA-Z_][A-Za-z0-9_-]*(?:{S}[^<>]*)?/?>")
TAG_END = re.compile(f"^[ \\t]*</[a-zA-Z_][A-Za-z0-9_-]*{S}*>")
_NON_SPACE = re.compile(NS)
# Every block-start pattern below needs one of these first characters (after blanks
# for lists): lines without one skip the seven searches.
_MAYBE_BLOCK_START = re.compile(f"^(?:{S}*[-*+\\[0-9]|[#>|])")
_LINE_TERMINATORS = ("\r", "\u2028", "\u2029")
# TAG_START and TAG_END both begin so: one match rules both out for most lines.
_MAYBE_TAG = re.compile(r"[ \t]*<")


def parse_hard_line_break(line: str) -> tuple[str, str] | None:
    """`[text, marker]` when the line ends with `\\` or 2+ spaces after content.

    Same result as matching `^(.*?\\S)( {2,})$`, without a regex scan of the
    whole line: merged paragraphs make `line` long and this runs per line.
    """
    if line.endswith("\\"):
        return line[:-1], "\\"
    if not line.endswith("  "):
        return None  # fewer than two trailing spaces (saves copying a long line)
    text = line.rstrip(" ")
    if len(line) - len(text) < 2 or not text or not _NON_SPACE.match(text[-1]):
        return None
    if any(terminator in text for terminator in _LINE_TERMINATORS):
        return None  # JS `.` does not cross line terminators
    return text, line[len(text) :]


def _ends_code_fence(line: str) -> bool:
    """`CODE_END.test(line)`, in O(1)."""
    return line.endswith(("```", "\\`\\`\\`"))


def _keeps_own_line(line: str, last: str | None) -> bool:
    # Each test alone keeps the line; the commonest (a list item after another) first.
    if last is None or last == "":
        return True
    if _MAYBE_BLOCK_START.match(line) and _starts_block(line):
        return True
    if EMPTY_OR_WHITESPACE_ONLY.match(line) or EMPTY_OR_WHITESPACE_ONLY.match(last):
        return True
    if last.startswith("#") and HEADING.search(last):
        return True
    if parse_hard_line_break(last) is not None:
        return True
    if _is_tag_line(line) or _is_tag_line(last):
        return True
    return _ends_code_fence(last)


# The block-start patterns a line can match, by its first character: the heading,
# quote and table patterns need theirs at the very start, the list patterns
# (ordered, bullet, check) allow blanks before.
_LIST_STARTS = (ORDERED_LIST, UNORDERED_LIST, CHECK_LIST)
_STARTS_BY_CHAR = {"#": (HEADING,), ">": (QUOTE,), "|": (TABLE_ROW, TABLE_ROW_DIVIDER)}


def _starts_block(line: str) -> bool:
    """Whether a block-start pattern matches `line` (non-empty)."""
    for regex in _STARTS_BY_CHAR.get(line[0], _LIST_STARTS):
        if regex.search(line):
            return True
    return False


def _is_tag_line(line: str) -> bool:
    """`TAG_START.test(line) || TAG_END.test(line)`."""
    if _MAYBE_TAG.match(line) is None:
        return False
    return TAG_START.search(line) is not None or TAG_END.search(line) is not None


def normalize_markdown(text: str) -> str:
    return "\n".join(normalize_lines(text))


def normalize_lines(text: str) -> list[str]:
    """`normalize_markdown(text).split("\n")`, without joining and splitting again."""
    lines = text.split("\n")
    out: list[str] = []
    in_code = False
    depth = 0
    last_index = len(lines) - 1
    for i, line in enumerate(lines):
        if not line:
            out.append(line)  # a blank line always keeps its own line (no fence either)
            continue
        last = out[-1] if out else None
        if "`" not in line:
            pass  # no code fence of any kind: skip the three checks below
        elif CODE_SINGLE_LINE.search(line):
            out.append(line)
            continue
        elif _ends_code_fence(line):
            if depth == 0:
                in_code = True
            if depth == 1:
                in_code = False
            if depth > 0:
                depth -= 1
            out.append(line)
            continue
        elif CODE_START.search(line):
            in_code = True
            depth += 1
            out.append(line)
            continue
        if in_code or _keeps_own_line(line, last):
            out.append(line)
            continue
        hard_break = parse_hard_line_break(line) if i < last_index else None
        joined = js_trim(line) if hard_break is None else js_trim_start(line)
        out[-1] = f"{last} {joined}"
    return out
