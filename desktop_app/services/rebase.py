"""Rebase an open editor's form onto a newer copy of its product (Qt-free).

An editor shows a product's merged values (server copy + pending edits). While it is
open, a pull, a refresh, a push or a save in another window may change what the store
holds. The form then follows the store without losing anything:

* a field the merchant has not touched takes the new value;
* a touched field whose server value did not move keeps the merchant's typing;
* a touched field whose server value moved is a conflict the merchant settles
  (keep mine / take theirs) before the editor may save.

An editor only ever sends the fields the merchant changed, each with the base they
actually edited from, so a colleague's change to another field is never sent back
with its old value, and a colleague's change to the same field is never overwritten
unseen (the push compares the base with the server's value).

Each field is tracked with three values:

* ``base``  — the server value the merchant edits from (the outbox base);
* ``value`` — the merged value the form was last set from (structured);
* ``shown`` — that value as the form shows it (usually text), to tell typing apart.

Usage::

    form = FormBase()
    form.load({"title": Incoming(server="Shirt", value="Shirt", shown="Shirt"), ...})
    outcomes = form.rebase(new_incoming, current_form_values)   # name -> Rebased
    form.touched(current_form_values)                            # what to save
    form.base("title")                                           # its outbox base
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.store.fields import same as field_same

Same = Callable[[str, Any, Any], bool]


@dataclass(frozen=True)
class Incoming:
    """What the store says about one field now."""

    server: Any = None  # the server copy's value: the base for an edit made from it
    value: Any = None  # the merged value (server copy + pending edits)
    shown: Any = None  # ``value`` as the form shows it; None: the form has no such field


ABSENT = Incoming()  # a field the store does not hold (a removed metadata key)


class Outcome(enum.StrEnum):
    UNCHANGED = "unchanged"  # nothing the form shows moved: leave it alone
    TAKE_NEW = "take_new"  # untouched (or typed to the same value): show ``incoming.shown``
    KEEP_MINE = "keep_mine"  # touched, and its server value did not move
    CONFLICT = "conflict"  # touched, and its server value moved: the merchant decides


@dataclass(frozen=True)
class Rebased:
    outcome: Outcome
    incoming: Incoming = ABSENT  # TAKE_NEW: what to show; CONFLICT: theirs


@dataclass
class _Field:
    base: Any
    value: Any
    shown: Any

    @classmethod
    def of(cls, incoming: Incoming) -> _Field:
        return cls(incoming.server, incoming.value, incoming.shown)


class FormBase:
    """Per field: the base server value, what the form was set to, open conflicts."""

    def __init__(self, same: Same = field_same) -> None:
        self._same = same
        self._fields: dict[str, _Field] = {}
        self._conflicts: dict[str, Incoming] = {}

    # ------------------------------------------------------------ reads
    def load(self, incoming: Mapping[str, Incoming]) -> None:
        """Start over from these values (the form was just filled with them)."""
        self._fields = {name: _Field.of(i) for name, i in incoming.items()}
        self._conflicts = {}

    def names(self) -> list[str]:
        return list(self._fields)

    def base(self, name: str) -> Any:
        """The server value an edit of ``name`` is based on (None for a new key)."""
        field = self._fields.get(name)
        return field.base if field is not None else None

    def value(self, name: str) -> Any:
        field = self._fields.get(name)
        return field.value if field is not None else None

    def shown(self, name: str) -> Any:
        field = self._fields.get(name)
        return field.shown if field is not None else None

    def is_touched(self, name: str, form_value: Any) -> bool:
        return form_value != self.shown(name)

    def touched(self, form: Mapping[str, Any]) -> list[str]:
        """Fields whose form value differs from what the form was set to.

        ``form`` maps each field the form holds to its value; a tracked field missing
        from it (a deleted metadata row) counts as None, which is a change.
        """
        return [name for name in self._all(form) if self.is_touched(name, form.get(name))]

    @property
    def conflicts(self) -> dict[str, Incoming]:
        """Fields in conflict → the server's new values ("theirs")."""
        return dict(self._conflicts)

    # ----------------------------------------------------------- rebase
    def rebase(self, incoming: Mapping[str, Incoming],
               form: Mapping[str, Any]) -> dict[str, Rebased]:
        """Follow the store's new values; returns what the form must do per field."""
        names = [*self._all(form), *(n for n in incoming if n not in self._fields
                                     and n not in form)]
        return {name: self._rebase_one(name, incoming.get(name, ABSENT), form.get(name))
                for name in names}

    def _rebase_one(self, name: str, new: Incoming, mine: Any) -> Rebased:
        field = self._fields.get(name) or _Field(None, None, None)
        moved = not self._same(name, field.base, new.server)
        touched = self.is_touched(name, mine)
        if touched and mine == new.shown:
            # Typed to what the store now holds: nothing of either side is lost.
            self._conflicts.pop(name, None)
            self._fields[name] = _Field.of(new)
            return Rebased(Outcome.TAKE_NEW, new)
        if not touched:
            self._conflicts.pop(name, None)
            if not self._same(name, field.value, new.value):
                self._fields[name] = _Field.of(new)
                return Rebased(Outcome.TAKE_NEW, new)
            # The same value (perhaps spelled differently, or the merchant's own edit
            # just pushed): the form keeps its text; only the base follows the server.
            self._fields[name] = _Field(new.server, new.value, field.shown)
            return Rebased(Outcome.UNCHANGED)
        self._fields[name] = field
        if not moved:
            self._conflicts.pop(name, None)  # the server went back to what they edited from
            return Rebased(Outcome.KEEP_MINE)
        self._conflicts[name] = new
        return Rebased(Outcome.CONFLICT, new)

    # ----------------------------------------------------------- settle
    def keep_mine(self, name: str) -> None:
        """Keep the merchant's value; their edit is now based on the server's new value."""
        theirs = self._conflicts.pop(name)
        self._fields[name] = _Field.of(theirs)

    def take_theirs(self, name: str) -> Incoming:
        """Drop the merchant's typing; the form must show (and is based on) theirs."""
        theirs = self._conflicts.pop(name)
        self._fields[name] = _Field.of(theirs)
        return theirs

    def settle(self, form: Mapping[str, Any]) -> dict[str, Incoming]:
        """Conflicts still open: a field since typed into theirs needs no choice."""
        for name, theirs in list(self._conflicts.items()):
            if form.get(name) == theirs.shown:
                self.take_theirs(name)
        return self.conflicts

    def saved(self, form: Mapping[str, Any], incoming: Mapping[str, Incoming],
              names: Iterable[str]) -> None:
        """``names`` were saved with the form's values: those are what the form shows now.

        ``form`` is the form as it was saved (typing since then stays touched) and
        ``incoming`` the store after the save, whose merged values hold the edits.
        """
        for name in names:
            new = incoming.get(name, ABSENT)
            self._fields[name] = _Field(new.server, new.value, form.get(name))
            self._conflicts.pop(name, None)

    def forget(self, names: Iterable[str]) -> None:
        """Stop tracking fields the product no longer has (a deleted variant)."""
        for name in names:
            self._fields.pop(name, None)
            self._conflicts.pop(name, None)

    def _all(self, form: Mapping[str, Any]) -> list[str]:
        return [*self._fields, *(n for n in form if n not in self._fields)]


__all__ = ["ABSENT", "FormBase", "Incoming", "Outcome", "Rebased"]
