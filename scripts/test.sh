#!/usr/bin/env bash
# The whole test suite: unit, UI (offscreen and under Xvfb), keyring against a real
# Secret Service, and end-to-end against the real local stack. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test

# The tests' own stack (state, database, ports: tests/support/stack_env.py), never the
# demo a user opens with scripts/run.sh: tests and benchmarks leave products behind.
eval "$(.venv/bin/python -m tests.support.stack_env)"

# The one-folder bundle builds while the stack comes up; tests/e2e/bundle tries it
# (SKIP_BUNDLE=1 skips the build outside CI: the bundle test then skips too).
bundle_log=$(mktemp)
bundle_pid=""
if [ "${SKIP_BUNDLE:-}" != 1 ] || [ "${CI:-}" = "true" ]; then
  scripts/build-bundle.sh >"$bundle_log" 2>&1 &
  bundle_pid=$!
fi

start=$(date +%s)
stack/up
echo "[test] stack/up took $(( $(date +%s) - start ))s"

if [ -z "$bundle_pid" ]; then
  :
elif wait "$bundle_pid"; then
  grep '^\[bundle\]' "$bundle_log"
else
  tail -n 40 "$bundle_log"
  echo "[test] building the bundle failed (tests/e2e/bundle will say so)" >&2
fi
rm -f "$bundle_log"

if [ "${CI:-}" = "true" ]; then
  # In CI nothing may skip for want of a service.
  export REQUIRE_STACK=1 REQUIRE_REAL_KEYRING=1
fi

exec scripts/keyring-session.sh xvfb-run -a -s "-screen 0 1600x1000x24" \
  .venv/bin/python -m pytest -p no:cacheprovider "$@"
