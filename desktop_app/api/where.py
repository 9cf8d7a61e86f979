"""Typed builder for Payload ``where`` queries, encoded as qs bracket params.

    w = Where.equals("status", "x") & Where.in_("medusa_id", ["a", "b"])
    w.to_params()
    # [("where[and][0][status][equals]", "x"), ("where[and][1][medusa_id][in]", "a,b")]

Field names may be dot paths (``variants.medusa_id``), which Payload resolves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

Op = Literal[
    "equals",
    "not_equals",
    "in",
    "not_in",
    "like",
    "contains",
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
    "exists",
]
Scalar = str | int | float | bool | datetime
_LIST_OPS = frozenset({"in", "not_in"})


def encode_value(value: Scalar) -> str:
    """Query-string form of a scalar (bool → ``true``, datetime → ISO UTC with ms)."""
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("datetime values must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, (int, float, str)):
        return str(value)
    raise TypeError(f"unsupported where value type {type(value).__name__}")


class Where:
    """A node of a where tree. Combine with ``&`` and ``|``."""

    def to_params(self, prefix: str = "where") -> list[tuple[str, str]]:
        raise NotImplementedError

    def __and__(self, other: Where) -> Where:
        return And(_flatten(And, self, other))

    def __or__(self, other: Where) -> Where:
        return Or(_flatten(Or, self, other))

    # Constructors --------------------------------------------------------
    @staticmethod
    def equals(field: str, value: Scalar) -> Where:
        return Cond(field, "equals", value)

    @staticmethod
    def not_equals(field: str, value: Scalar) -> Where:
        return Cond(field, "not_equals", value)

    @staticmethod
    def in_(field: str, values: Iterable[Scalar]) -> Where:
        return Cond(field, "in", tuple(values))

    @staticmethod
    def not_in(field: str, values: Iterable[Scalar]) -> Where:
        return Cond(field, "not_in", tuple(values))

    @staticmethod
    def like(field: str, value: str) -> Where:
        return Cond(field, "like", value)

    @staticmethod
    def contains(field: str, value: str) -> Where:
        return Cond(field, "contains", value)

    @staticmethod
    def greater_than(field: str, value: Scalar) -> Where:
        return Cond(field, "greater_than", value)

    @staticmethod
    def greater_than_equal(field: str, value: Scalar) -> Where:
        return Cond(field, "greater_than_equal", value)

    @staticmethod
    def less_than(field: str, value: Scalar) -> Where:
        return Cond(field, "less_than", value)

    @staticmethod
    def less_than_equal(field: str, value: Scalar) -> Where:
        return Cond(field, "less_than_equal", value)

    @staticmethod
    def exists(field: str, value: bool = True) -> Where:
        return Cond(field, "exists", value)

    @staticmethod
    def all_of(*nodes: Where) -> Where:
        return And(tuple(nodes))

    @staticmethod
    def any_of(*nodes: Where) -> Where:
        return Or(tuple(nodes))


@dataclass(frozen=True)
class Cond(Where):
    field: str
    op: Op
    value: Scalar | tuple[Scalar, ...]

    def __post_init__(self) -> None:
        if not self.field or any(c in self.field for c in "[]&=#"):
            raise ValueError(f"invalid field name {self.field!r}")
        if self.op in _LIST_OPS:
            if not isinstance(self.value, tuple) or not self.value:
                raise ValueError(f"'{self.op}' needs a non-empty list of values")
        elif isinstance(self.value, tuple):
            raise ValueError(f"'{self.op}' takes a single value")

    def to_params(self, prefix: str = "where") -> list[tuple[str, str]]:
        key = f"{prefix}[{self.field}][{self.op}]"
        if isinstance(self.value, tuple):
            values = [encode_value(v) for v in self.value]
            if any("," in v for v in values):
                # Payload splits a string on commas; use qs array indices instead.
                return [(f"{key}[{i}]", v) for i, v in enumerate(values)]
            return [(key, ",".join(values))]
        return [(key, encode_value(self.value))]


@dataclass(frozen=True)
class And(Where):
    nodes: tuple[Where, ...]

    def to_params(self, prefix: str = "where") -> list[tuple[str, str]]:
        return _group(self.nodes, f"{prefix}[and]")


@dataclass(frozen=True)
class Or(Where):
    nodes: tuple[Where, ...]

    def to_params(self, prefix: str = "where") -> list[tuple[str, str]]:
        return _group(self.nodes, f"{prefix}[or]")


def _group(nodes: tuple[Where, ...], prefix: str) -> list[tuple[str, str]]:
    if not nodes:
        raise ValueError("and/or need at least one condition")
    out: list[tuple[str, str]] = []
    for i, node in enumerate(nodes):
        out.extend(node.to_params(f"{prefix}[{i}]"))
    return out


def _flatten(kind: type[And] | type[Or], a: Where, b: Where) -> tuple[Where, ...]:
    parts: list[Where] = []
    for node in (a, b):
        parts.extend(node.nodes if isinstance(node, kind) else (node,))
    return tuple(parts)
