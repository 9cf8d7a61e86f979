"""CPU seconds the local stack's servers spent: where a round's server time went.

The stack's state file names the Medusa and Payload PIDs and PostgreSQL's data directory
(its postmaster.pid); each is read from /proc, with its children (PostgreSQL's backends;
a backend that ended meanwhile counts through the postmaster's children times). Medusa's
figure includes the threads its secret-key check hashes in (scrypt). Where /proc or the
PIDs cannot be read (another machine, another OS) ``Meter.read`` answers None.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _times(pid: int, with_reaped: bool = False) -> int:
    """utime+stime (and the waited-for children's) of ``pid`` in clock ticks; 0 if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    ticks = int(fields[11]) + int(fields[12])
    if with_reaped:
        ticks += int(fields[13]) + int(fields[14])
    return ticks


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out: list[int] = []
    for task in tasks:
        try:
            out += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except OSError:
            continue
    return out


def _tree(pid: int) -> int:
    """Ticks of ``pid`` and its living descendants, with what its ended children used."""
    total = _times(pid, with_reaped=True)
    for child in _children(pid):
        total += _tree(child)
    return total


@dataclass(frozen=True)
class Meter:
    """The servers of one stack, by PID."""

    pids: dict[str, int]

    @classmethod
    def for_state(cls, state_file: Path) -> Meter | None:
        try:
            raw = json.loads(state_file.read_text())
            pids = {name: int(raw["pids"][name]) for name in ("medusa", "payload")}
            pg = Path(raw["postgres"]["data_dir"]) / "postmaster.pid"
            pids["postgres"] = int(pg.read_text().split()[0])
        except (OSError, KeyError, ValueError, TypeError, IndexError):
            return None
        if not all(Path(f"/proc/{pid}/stat").exists() for pid in pids.values()):
            return None
        return cls(pids)

    def read(self) -> dict[str, float]:
        """Each server's CPU seconds so far."""
        return {name: _tree(pid) / _TICK for name, pid in self.pids.items()}


def spent(before: dict[str, float], after: dict[str, float]) -> str:
    """'Medusa 12.3 s, Payload 1.0 s, PostgreSQL 2.2 s of CPU' between two readings."""
    names = {"medusa": "Medusa", "payload": "Payload", "postgres": "PostgreSQL"}
    parts = [f"{names.get(k, k)} {after[k] - before[k]:.1f} s" for k in before]
    return ", ".join(parts) + " of CPU"
