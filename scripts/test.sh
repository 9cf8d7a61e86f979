#!/usr/bin/env bash
# The whole test suite: unit, UI (offscreen and under Xvfb), keyring against a real
# Secret Service, and end-to-end against the real local stack. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test

# The tests' own stack (state, database, ports: tests/support/stack_env.py), never the
# demo a user opens with scripts/run.sh: tests and benchmarks leave products behind.
eval "$(.venv/bin/python -m tests.support.stack_env)"

start=$(date +%s)
stack/up
echo "[test] stack/up took $(( $(date +%s) - start ))s"

if [ "${CI:-}" = "true" ]; then
  # In CI nothing may skip for want of a service.
  export REQUIRE_STACK=1 REQUIRE_REAL_KEYRING=1
fi

exec scripts/keyring-session.sh xvfb-run -a -s "-screen 0 1600x1000x24" \
  .venv/bin/python -m pytest -p no:cacheprovider "$@"
