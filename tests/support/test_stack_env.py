"""Tests and benchmarks use their own stack; the demo a user opens keeps the default one.

Issue 15: after running the tests, the demo shop held 2,000 products, among them rows the
tests and benchmarks had created, because all of them shared ``stack/.state``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.support.stack_env import REPO, STATE_DIR, TEST_STACK_ENV, shell_exports, use_test_stack

sys.path.insert(0, str(REPO / "stack" / "stackctl"))
import settings as stack_settings  # stack/stackctl/settings.py


def defaults(monkeypatch) -> stack_settings.Settings:
    for name in ("STACK_STATE_DIR", "STACK_MEDUSA_PORT", "STACK_PAYLOAD_PORT", "STACK_PG_PORT",
                 "STACK_PG_DIR", "STACK_HOST"):
        monkeypatch.delenv(name, raising=False)
    return stack_settings.load()


def test_the_test_stack_shares_nothing_with_the_demo(monkeypatch) -> None:
    demo = defaults(monkeypatch)
    env: dict[str, str] = {"STACK_PG_DIR": str(demo.pg_root)}
    use_test_stack(env)
    assert env == TEST_STACK_ENV  # the demo's PostgreSQL directory is not inherited
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    tests = stack_settings.load()
    assert tests.state_dir == STATE_DIR != demo.state_dir
    assert tests.pg_root != demo.pg_root
    assert {tests.medusa_port, tests.payload_port, tests.pg_port}.isdisjoint(
        {demo.medusa_port, demo.payload_port, demo.pg_port})


def test_a_run_that_names_its_stack_keeps_it() -> None:
    env = {"STACK_STATE_DIR": "/tmp/elsewhere", "STACK_MEDUSA_PORT": "9300"}
    assert use_test_stack(env) == env
    assert "unset STACK_PG_DIR" not in shell_exports({"STACK_STATE_DIR": "/x",
                                                      "STACK_PG_DIR": "/y"})


def test_scripts_test_sh_brings_up_the_test_stack() -> None:
    script = (REPO / "scripts" / "test.sh").read_text()
    chosen = script.index('eval "$(.venv/bin/python -m tests.support.stack_env)"')
    assert chosen < script.index("\nstack/up")  # before the stack comes up, and pytest runs
    exports = shell_exports({})
    assert f"export STACK_STATE_DIR={STATE_DIR}" in exports and "unset STACK_PG_DIR" in exports


def test_the_demo_keeps_the_default_stack() -> None:
    for path in ("scripts/run.sh", "desktop_app/services/demo.py", "desktop_app/cli/demo.py"):
        source = (REPO / path).read_text()
        assert not re.search("|".join(TEST_STACK_ENV), source), path
        assert "stack_env" not in source, path


def test_benchmarks_that_use_the_stack_use_the_test_stack() -> None:
    for path in sorted((REPO / "bench").glob("*.py")):
        source = path.read_text()
        if re.search(r"stackctl|read_stack_info", source):
            assert "\nuse_test_stack()" in source, path.name


def test_the_test_state_is_not_committed() -> None:
    found = subprocess.run(["git", "check-ignore", "-q", str(Path(STATE_DIR) / "stack.json")],
                           cwd=REPO, check=False)
    assert found.returncode == 0
