"""The grid's rows in the order the merchant looks at them: grouped by product (a header
line per product, collapsible) or flat, sorted by a column, narrowed by column filters.

Qt-free and computed in one pass over the session's rows (a proxy model asks for one
comparison per call across the Qt boundary: far too slow for 20,000 variants). Sorting
reads each row's value once; an empty cell sorts last in either direction, as in a
spreadsheet. Grouped, the products are ordered by their best variant (the lowest value
ascending, the highest descending) and the variants within each product; flat, every
variant on its own.

Filters are typed into the column header: ``>10``, ``<=5``, ``10..20``, ``=0``, a
bare number (equal), ``empty`` and ``!empty`` for numbers (in the session's locale);
for text a part of it (any case), ``=whole text``, ``!part`` (not containing),
``empty`` and ``!empty``; ``yes``/``no`` for flags.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from desktop_app.grid import cells
from desktop_app.grid.columns import Column, Kind
from desktop_app.grid.rows import VariantRow
from desktop_app.i18n import translate
from desktop_app.text import natural_key

_COMPARISON = re.compile(r"^(>=|<=|!=|<>|>|<|=)\s*(.*)$")
_RANGE = re.compile(r"^(.+?)\s*\.\.\s*(.+)$")
EMPTY_WORDS = ("empty", "!empty")


class Cells(Protocol):
    """What the arrangement reads of a grid session."""

    rows: list[VariantRow]
    columns: dict[str, Column]
    locale: str

    def value(self, row: int, column_key: str) -> Any: ...

    def text(self, row: int, column_key: str) -> str: ...


class FilterError(ValueError):
    """A filter that cannot be read (a number filter on words, say)."""


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False


@dataclass(frozen=True)
class ColumnFilter:
    key: str
    text: str  # as typed, shown back to the merchant
    test: Callable[[Any, str], bool] = field(compare=False)  # (value, shown text)
    numeric: bool = False  # the test reads the value, not the text

    def matches(self, session: Cells, row: int) -> bool:
        if self.numeric:
            return self.test(session.value(row, self.key), "")
        return self.test(None, session.text(row, self.key))


def parse_filter(column: Column, text: str, locale: str) -> ColumnFilter:
    """The filter ``text`` means for ``column``; FilterError when it means none."""
    typed = text.strip()
    if not typed:
        raise FilterError(translate("Grid", "An empty filter shows every row: clear it instead."))
    if column.numeric:
        return ColumnFilter(column.key, typed, _number_test(typed, locale, column), True)
    if column.kind is Kind.FLAG:
        word = typed.casefold()
        if word in cells.TRUE or word in cells.FALSE:
            wanted = word in cells.TRUE
            return ColumnFilter(column.key, typed, lambda v, _t: bool(v) is wanted, True)
        raise FilterError(translate("Grid", "“{typed}”: filter {column} by yes or no.").format(
            typed=typed, column=column.label))
    return ColumnFilter(column.key, typed, _text_test(typed))


def _number_test(typed: str, locale: str, column: Column) -> Callable[[Any, str], bool]:
    word = typed.casefold()
    if word == "empty":
        return lambda v, _t: v is None
    if word == "!empty":
        return lambda v, _t: v is not None

    def number(part: str) -> Decimal:
        found = cells.read_number(part, locale, column.currency)
        if found is None:
            raise FilterError(translate(
                "Grid", "“{typed}” is no number filter for {column}: try >10, <=5, 10..20, =0, "
                "empty or !empty.").format(typed=typed, column=column.label))
        return found

    if match := _RANGE.match(typed):
        low, high = number(match.group(1)), number(match.group(2))
        low, high = min(low, high), max(low, high)
        return lambda v, _t: v is not None and low <= v <= high
    op, rest = ("=", typed)
    if match := _COMPARISON.match(typed):
        op, rest = match.group(1), match.group(2)
    bound = number(rest)
    tests: dict[str, Callable[[Any], bool]] = {
        ">": lambda v: v > bound, "<": lambda v: v < bound, ">=": lambda v: v >= bound,
        "<=": lambda v: v <= bound, "=": lambda v: v == bound,
        "!=": lambda v: v != bound, "<>": lambda v: v != bound}
    compare = tests[op]
    if op in ("!=", "<>"):
        return lambda v, _t: v is None or compare(v)
    return lambda v, _t: v is not None and compare(v)


def _text_test(typed: str) -> Callable[[Any, str], bool]:
    word = typed.casefold()
    if word == "empty":
        return lambda _v, t: not t.strip()
    if word == "!empty":
        return lambda _v, t: bool(t.strip())
    if word.startswith("=") and len(word) > 1:
        whole = word[1:].strip()
        return lambda _v, t: t.strip().casefold() == whole
    if word.startswith("!") and len(word) > 1:
        part = word[1:]
        return lambda _v, t: part not in t.casefold()
    return lambda _v, t: word in t.casefold()


@dataclass(frozen=True)
class Group:
    """A product's variants: all of them (load order) and those shown (view order)."""

    product_id: str
    title: str
    rows: tuple[int, ...]
    shown: tuple[int, ...]


@dataclass
class Arrangement:
    """The view's lines: a session row index (a variant), or ``-1 - g`` for the header
    line of ``groups[g]``."""

    lines: list[int]
    groups: list[Group]
    grouped: bool
    # The session rows it was made from (rows[:read]). Rows read after it are added by
    # ``append`` from there: the loader's own count may be older than a rebuild (a pull
    # during loading, a filter typed meanwhile) that arranged every row read so far.
    read: int = 0
    rows: list[int] = field(default_factory=list)  # the variants shown, in view order
    _line_of_row: dict[int, int] = field(default_factory=dict)
    _positions: list[int] = field(default_factory=list)  # per line: index into rows

    _header_lines: dict[int, int] = field(default_factory=dict)  # group -> its line

    def __post_init__(self) -> None:
        self._index_from(0)

    def _index_from(self, start: int) -> None:
        for line in range(start, len(self.lines)):
            value = self.lines[line]
            self._positions.append(len(self.rows))  # a header: the variant after it
            if value >= 0:
                self._line_of_row[value] = line
                self.rows.append(value)
            else:
                self._header_lines[-1 - value] = line

    def _reindex(self) -> None:
        self.rows, self._line_of_row, self._positions, self._header_lines = [], {}, [], {}
        self._index_from(0)

    def __len__(self) -> int:
        return len(self.lines)

    def row_at(self, line: int) -> int | None:
        """The session row on ``line`` (None on a product's header line)."""
        value = self.lines[line]
        return value if value >= 0 else None

    def group_at(self, line: int) -> Group | None:
        """The product whose header is ``line`` (None on a variant line)."""
        value = self.lines[line]
        return self.groups[-1 - value] if value < 0 else None

    def line_of(self, row: int) -> int | None:
        return self._line_of_row.get(row)

    def span(self, top_line: int, bottom_line: int) -> tuple[int, int]:
        """The variants between two lines (both included) as (first position in
        ``rows``, how many): header lines in between are skipped."""
        top = self._positions[top_line]
        end = (self._positions[bottom_line] + (1 if self.lines[bottom_line] >= 0 else 0))
        return top, max(0, end - top)

    def header_line(self, group: int) -> int | None:
        return self._header_lines.get(group)

    def fold(self, group: int, folded: bool) -> tuple[int, int]:
        """Hide (``folded``) or show again the variants under ``groups[group]``'s header;
        returns (first line, how many lines) removed or inserted there."""
        line = self._header_lines[group]
        end = line + 1
        while end < len(self.lines) and self.lines[end] >= 0:
            end += 1
        if folded:
            del self.lines[line + 1 : end]
            count = end - line - 1
        else:
            if end > line + 1:  # open already
                return line + 1, 0
            self.lines[line + 1 : line + 1] = self.groups[group].shown
            count = len(self.groups[group].shown)
        self._reindex()
        return line + 1, count

    def refold(self, collapsed: Collection[str]) -> None:
        """Every product folded or not as ``collapsed`` says (Fold all, Unfold all)."""
        lines: list[int] = []
        for g, group in enumerate(self.groups):
            lines.append(-1 - g)
            if group.product_id not in collapsed:
                lines.extend(group.shown)
        self.lines = lines
        self._reindex()

    def appended(self, session: Cells, filters: Sequence[ColumnFilter] = (),
                 collapsed: Collection[str] = ()) -> tuple[list[int], list[Group]]:
        """The lines (and groups) the rows read since it was made add at the end (whole
        products), filtered, in load order: ``extend`` adds them. A sort applies to them
        once the merchant sorts again (the grid sorts when every row is read)."""
        rows, start = session.rows, self.read
        fresh = [i for i in range(start, len(rows))
                 if all(f.matches(session, i) for f in filters)]
        if not self.grouped:
            return fresh, []
        lines: list[int] = []
        groups: list[Group] = []
        for pid, members, shown in _by_product(rows, range(start, len(rows)), fresh):
            groups.append(Group(pid, rows[members[0]].product_title, tuple(members),
                                tuple(shown)))
            lines.append(-len(self.groups) - len(groups))
            if pid not in collapsed:
                lines.extend(shown)
        return lines, groups

    def extend(self, lines: list[int], groups: list[Group], read: int) -> None:
        """Add ``appended``'s lines; ``read``: the session's rows now."""
        self.read = max(self.read, read)
        before = len(self.lines)
        self.groups.extend(groups)
        self.lines.extend(lines)
        self._index_from(before)

    def append(self, session: Cells, filters: Sequence[ColumnFilter] = (),
               collapsed: Collection[str] = ()) -> int:
        """``appended`` then ``extend``; returns how many lines were added."""
        lines, groups = self.appended(session, filters, collapsed)
        self.extend(lines, groups, len(session.rows))
        return len(lines)


SLICE = 0.006  # seconds of work between two returns to the event loop


class _Slicer:
    """Says when a slice of work has taken its time (checked every 128 rows)."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.count = 0
        self.start = time.perf_counter()
        self.paused = False

    def due(self) -> bool:
        if self.paused:  # the caller yielded: a new slice starts now
            self.paused, self.start = False, time.perf_counter()
        self.count += 1
        if self.count % 128 or time.perf_counter() - self.start < self.budget:
            return False
        self.paused = True
        return True


def arrange(session: Cells, *, grouped: bool = True, sort: Sort | None = None,
            filters: Sequence[ColumnFilter] = (), collapsed: Collection[str] = ()
            ) -> Arrangement:
    """The lines to show for the session's rows."""
    for result in arranging(session, grouped=grouped, sort=sort, filters=filters,
                            collapsed=collapsed, budget=float("inf")):
        if result is not None:
            return result
    raise AssertionError("arranging ends with an arrangement")


def arranging(session: Cells, *, grouped: bool = True, sort: Sort | None = None,
              filters: Sequence[ColumnFilter] = (), collapsed: Collection[str] = (),
              budget: float = SLICE) -> Iterator[Arrangement | None]:
    """``arrange`` in slices of about ``budget`` seconds: yields None after each slice
    (the GUI returns to its event loop there), then the arrangement. The session must
    not change its rows meanwhile (staged cells may: they count as of when read)."""
    clock = _Slicer(budget)
    rows = session.rows
    shown: list[int] = []
    for i in range(len(rows)):
        if not filters or all(f.matches(session, i) for f in filters):
            shown.append(i)
        if clock.due():
            yield None
    keys: dict[int, Any] | None = None
    descending = sort is not None and sort.descending
    if sort is not None:
        keys = {}
        read = _key_reader(session, sort.key)
        for i in shown:
            keys[i] = read(i)
            if clock.due():
                yield None
    if not grouped:
        yield Arrangement(_sorted(shown, keys, descending) if keys is not None else shown,
                          [], grouped=False, read=len(rows))
        return
    products = []
    for item in _by_product(rows, range(len(rows)), shown):
        products.append(item)
        if clock.due():
            yield None
    if keys is not None:
        products = [(pid, members, _sorted(visible, keys, descending))
                    for pid, members, visible in products]
        yield None
        best = {pid: _best(visible, keys, descending) for pid, _m, visible in products}
        present = [p for p in products if best[p[0]] is not None]
        present.sort(key=lambda p: best[p[0]], reverse=descending)  # stable either way
        products = present + [p for p in products if best[p[0]] is None]
        yield None
    groups: list[Group] = []
    lines: list[int] = []
    closed = set(collapsed)
    for pid, members, visible in products:
        groups.append(Group(pid, rows[members[0]].product_title, tuple(members),
                            tuple(visible)))
        lines.append(-len(groups))
        if pid not in closed:
            lines.extend(visible)
        if clock.due():
            yield None
    yield Arrangement(lines, groups, grouped=True, read=len(rows))


def _by_product(rows: Sequence[VariantRow], members: Iterable[int], shown: Iterable[int]
                ) -> Iterator[tuple[str, list[int], list[int]]]:
    """(product id, its rows, its rows shown) per product with a row shown, in load
    order."""
    by_product: dict[str, list[int]] = {}
    for i in members:
        by_product.setdefault(rows[i].product_id, []).append(i)
    visible: dict[str, list[int]] = {}
    for i in shown:
        visible.setdefault(rows[i].product_id, []).append(i)
    for pid, group in by_product.items():
        if pid in visible:
            yield pid, group, visible[pid]


def _key_reader(session: Cells, key: str) -> Callable[[int], Any]:
    """A row's sort key for column ``key`` (None: an empty cell). Amounts compare as
    floats: many times faster than Decimals, and as exact for ordering prices."""
    column = session.columns[key]
    if column.numeric:
        def number(i: int) -> Any:
            value = session.value(i, key)
            return None if value is None else float(value)
        return number
    if column.kind is Kind.FLAG:
        return lambda i: bool(session.value(i, key))

    def text(i: int) -> str | None:
        shown = session.text(i, key)
        return natural_key(shown) if shown.strip() else None
    return text


def _sorted(rows: Sequence[int], keys: dict[int, Any], descending: bool) -> list[int]:
    present = [i for i in rows if keys[i] is not None]
    present.sort(key=keys.__getitem__, reverse=descending)  # stable either way
    return present + [i for i in rows if keys[i] is None]


def _best(rows: Sequence[int], keys: dict[int, Any], descending: bool) -> Any:
    values = [keys[i] for i in rows if keys[i] is not None]
    if not values:
        return None
    return max(values) if descending else min(values)
