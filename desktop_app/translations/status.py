"""Per product and locale: missing, outdated or done (pure; the store keeps the marks).

A translation is *outdated* when its source changed after it was set. What "set" means is
kept as a **mark** per translation value: the hash of the translation and the hash of its
source at the moment the app first saw that translation (typed here, imported, or pulled
from a server). The store records a mark whenever a product's records change
(``store/translations.py``, from ``records.refresh_rows``), so:

* typing or importing a German title marks it against the English title of that moment;
* changing the English title later leaves the German title's mark alone: it is outdated;
* a German title changed in Payload's admin is a new value, marked against the current
  English title: done;
* discarding an edit brings back the earlier value, whose mark is still there.

Per field: *empty* (no source and no translation: nothing to do), *missing* (a source but no
translation), *outdated*, *done*. Per product and locale: missing if a field is missing, else
outdated if one is outdated, else done.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.servers import Server
from desktop_app.translations.setup import Pair, Target, TranslationSetup


class State(enum.StrEnum):
    MISSING = "missing"
    OUTDATED = "outdated"
    DONE = "done"
    EMPTY = "empty"  # neither source nor translation: nothing to translate


ORDER = (State.MISSING, State.OUTDATED, State.DONE)

Marks = Mapping[tuple[str, str], str]  # (field, translation hash) -> source hash


def blank(value: Any) -> bool:
    """No text: empty and missing are the same (``locale_fields``)."""
    return value is None or value == "" or value == {}


def digest(value: Any) -> str:
    """A short hash of a value as compared: text as it is, Lexical by structure (key order
    aside: Postgres reorders keys)."""
    text = value if isinstance(value, str) else json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


def walk(record: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = record
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


@dataclass(frozen=True)
class FieldState:
    pair: Pair
    state: State
    source: Any
    value: Any


@dataclass(frozen=True)
class LocaleStatus:
    target: Target
    fields: tuple[FieldState, ...]

    @property
    def state(self) -> State:
        states = {f.state for f in self.fields}
        for state in ORDER[:2]:
            if state in states:
                return state
        return State.DONE

    def count(self, state: State) -> int:
        return sum(1 for f in self.fields if f.state is state)

    def to_json(self) -> dict[str, Any]:
        return {"locale": self.target.code, "payload_locale": self.target.payload,
                "medusa_locale": self.target.medusa, "status": self.state.value,
                "fields": {f.pair.name: f.state.value for f in self.fields}}


@dataclass
class Evaluation:
    """A product's status in every target, and the marks its translations still need:
    ``(field, translation hash, source hash)`` for each value the store has no mark of."""

    statuses: tuple[LocaleStatus, ...]
    new_marks: list[tuple[str, str, str]]

    def done_locales(self) -> list[str]:
        return [s.target.code for s in self.statuses if s.state is State.DONE]


def evaluate(
    setup: TranslationSetup, medusa: Mapping[str, Any] | None,
    payload: Mapping[str, Any] | None, marks: Marks,
) -> Evaluation:
    """Each source is hashed once (a description is shared by every target)."""
    source_hashes: dict[tuple[str, str], str] = {}
    records = {Server.MEDUSA: medusa, Server.PAYLOAD: payload}
    statuses, new_marks = [], []
    for target in setup.targets:
        found = []
        for pair in setup.pairs(target):
            record = records[pair.server]
            if record is None:  # no Payload document (or no Medusa product): nothing here
                continue
            if pair.read_only_here and pair.source not in record:
                continue  # stored before the shop translated it: the next pull reads it
            source, value = walk(record, pair.source_path), walk(record, pair.path)
            if blank(value):
                state = State.EMPTY if blank(source) else State.MISSING
            else:
                key = (pair.server, pair.source)
                if key not in source_hashes:
                    source_hashes[key] = digest(source)
                value_hash = digest(value)
                mark = marks.get((pair.name, value_hash))
                if mark is None:  # first seen now: set against the current source
                    new_marks.append((pair.name, value_hash, source_hashes[key]))
                    state = State.DONE
                else:
                    state = State.OUTDATED if mark != source_hashes[key] else State.DONE
            found.append(FieldState(pair, state, source, value))
        statuses.append(LocaleStatus(target, tuple(found)))
    return Evaluation(tuple(statuses), new_marks)
