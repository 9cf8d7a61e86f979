"""Node prerequisites, locked installs and builds of the two server projects."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

NODE_ENV_BASE = {"MEDUSA_DISABLE_TELEMETRY": "true", "NEXT_TELEMETRY_DISABLED": "1"}


class MissingNode(RuntimeError):
    pass


class StepFailed(RuntimeError):
    pass


# npm and the Medusa CLI are chatty: their output goes here and is shown only on failure.
_step_log: Path | None = None


def log_steps_to(path: Path) -> None:
    global _step_log
    path.parent.mkdir(parents=True, exist_ok=True)
    _step_log = path


def check_node() -> str:
    node = shutil.which("node")
    if not node or not shutil.which("npm"):
        raise MissingNode(
            "Node.js 20 or newer with npm is required but was not found on PATH.\n"
            "Install Node.js 20 LTS (with npm) and run stack/up again."
        )
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    major = int(version.lstrip("v").split(".")[0])
    if major < 20:
        raise MissingNode(
            f"Node.js {version} is too old: the stack needs Node.js 20 or newer.\n"
            "Install Node.js 20 LTS (with npm) and run stack/up again."
        )
    return version


def _lock_hash(project: Path) -> str:
    return hashlib.sha256((project / "package-lock.json").read_bytes()).hexdigest()


def ensure_installed(project: Path, log) -> None:
    """`npm ci` when node_modules is missing or was installed from another lockfile."""
    marker = project / "node_modules" / ".stack-lock-hash"
    wanted = _lock_hash(project)
    if marker.exists() and marker.read_text() == wanted:
        return
    log(f"installing locked npm dependencies in {project.name}/ (npm ci)…")
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=project)
    marker.write_text(wanted)


def newest_mtime(paths: list[Path]) -> float:
    newest = 0.0
    for path in paths:
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
        elif path.is_dir():
            for child in path.rglob("*"):
                if child.is_file():
                    newest = max(newest, child.stat().st_mtime)
    return newest


def is_stale(output: Path, sources: list[Path]) -> bool:
    return not output.exists() or output.stat().st_mtime < newest_mtime(sources)


def run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    full_env = {**os.environ, **NODE_ENV_BASE, **(env or {})}
    if _step_log is None:
        subprocess.run(argv, cwd=cwd, env=full_env, check=True)
        return
    with open(_step_log, "ab") as out:
        out.write(f"\n$ (cd {cwd} && {' '.join(argv[:3])} …)\n".encode())
        out.flush()
        result = subprocess.run(argv, cwd=cwd, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = _step_log.read_text(errors="replace").splitlines()[-40:]
        raise StepFailed(
            f"{' '.join(argv[:3])} failed in {cwd} (exit {result.returncode}); "
            f"last lines of {_step_log}:\n" + "\n".join(tail)
        )
