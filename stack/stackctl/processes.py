"""Start servers in their own process group and stop only what we started.

Each server gets a marker variable in its environment; `stop` checks the marker
in /proc before signalling, so a recycled PID is never killed by mistake.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

MARKER = "DESKTOP_APP_STACK_SERVICE"


def marker_value(name: str, state_dir: Path) -> str:
    return f"{name}@{state_dir}"


def start(
    name: str, argv: list[str], cwd: Path, env: dict[str, str], log: Path, state_dir: Path
) -> int:
    log.parent.mkdir(parents=True, exist_ok=True)
    full_env = {**os.environ, **env, MARKER: marker_value(name, state_dir)}
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=full_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # setsid: the PID is also the process-group id
        )
    return proc.pid


def is_ours(pid: int | None, name: str, state_dir: Path) -> bool:
    if not pid:
        return False
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False
    wanted = f"{MARKER}={marker_value(name, state_dir)}".encode()
    return wanted in environ.split(b"\0")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours counts as dead.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def stop(pid: int, grace: float = 10) -> None:
    """SIGTERM the whole group, then SIGKILL whatever is left after `grace`."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        _reap(pid)
        if not _group_alive(pid):
            return
        time.sleep(0.2)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(pid: int) -> None:
    """Collect the exit status when the leader is our own child (started by this `up`)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True
