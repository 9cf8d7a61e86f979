"""Tests and benchmarks use their own stack; the demo a user opens keeps the default one.

Issue 15: after running the tests, the demo shop held 2,000 products, among them rows the
tests and benchmarks had created, because all of them shared ``stack/.state``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.support.stack_env import (
    EDITORIAL_STACK_ENV,
    EDITORIAL_STATE_DIR,
    REPO,
    STATE_DIR,
    TEST_STACK_ENV,
    editorial_env,
    editorial_exports,
    shell_exports,
    use_test_stack,
)

sys.path.insert(0, str(REPO / "stack" / "stackctl"))
import settings as stack_settings  # stack/stackctl/settings.py


def defaults(monkeypatch) -> stack_settings.Settings:
    for name in ("STACK_STATE_DIR", "STACK_MEDUSA_PORT", "STACK_PAYLOAD_PORT", "STACK_PG_PORT",
                 "STACK_PG_DIR", "STACK_HOST", "STACK_EDITORIAL"):
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


def test_the_editorial_stack_shares_nothing_with_the_others(monkeypatch) -> None:
    """Issue 16: ``stack/up --editorial`` runs beside the tests' stack and the demo."""
    demo = defaults(monkeypatch)
    monkeypatch.setenv("STACK_EDITORIAL", "1")
    own = stack_settings.load()  # --editorial alone: its own state and ports
    assert own.editorial and own.state_dir == EDITORIAL_STATE_DIR
    env = editorial_env({**TEST_STACK_ENV, "STACK_PG_DIR": "/elsewhere", "PATH": "/bin"})
    assert env["PATH"] == "/bin" and "STACK_PG_DIR" not in env  # the tests' stack is replaced
    for name, value in EDITORIAL_STACK_ENV.items():
        assert env[name] == value
        monkeypatch.setenv(name, value)
    editorial = stack_settings.load()
    assert editorial == own
    ports = {editorial.medusa_port, editorial.payload_port, editorial.pg_port}
    assert ports == {9300, 8300, 54359}
    for other in (TEST_STACK_ENV, {}):
        for name in EDITORIAL_STACK_ENV:
            monkeypatch.delenv(name, raising=False)
        for name, value in other.items():
            monkeypatch.setenv(name, value)
        s = stack_settings.load()
        assert not s.editorial and s.state_dir != editorial.state_dir
        assert ports.isdisjoint({s.medusa_port, s.payload_port, s.pg_port})
        assert s.pg_root != editorial.pg_root
    assert demo.state_dir != editorial.state_dir


def test_editorial_exports_for_a_shell() -> None:
    lines = editorial_exports().splitlines()
    assert f"export STACK_STATE_DIR={EDITORIAL_STATE_DIR}" in lines
    assert "export STACK_EDITORIAL=1" in lines and lines[-1] == "unset STACK_PG_DIR"
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.stack_env", "--editorial"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == editorial_exports()
    found = subprocess.run(
        ["git", "check-ignore", "-q", str(EDITORIAL_STATE_DIR / "stack.json")],
        cwd=REPO,
        check=False,
    )
    assert found.returncode == 0


def test_a_second_checkout_can_name_its_own_editorial_stack() -> None:
    env = editorial_env({"STACK_EDITORIAL_MEDUSA_PORT": "9400",
                         "STACK_EDITORIAL_STATE_DIR": "/tmp/other/.state-editorial"})
    assert env["STACK_MEDUSA_PORT"] == "9400"
    assert env["STACK_STATE_DIR"] == "/tmp/other/.state-editorial"
    assert env["STACK_PAYLOAD_PORT"] == EDITORIAL_STACK_ENV["STACK_PAYLOAD_PORT"]
