"""Time `stack/up` on an installed, running stack (target: under 30 s; it is idempotent).

The from-scratch figure (target: under 5 minutes on a fresh machine) is printed by
scripts/test.sh as "stack/up took Ns" on every CI run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STACKCTL = REPO / "stack" / "stackctl"
sys.path.insert(0, str(REPO))

from tests.support.stack_env import use_test_stack  # noqa: E402

# The tests' stack, never the demo a user opens (the same stack scripts/test.sh times).
use_test_stack()


def timed_up() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(STACKCTL), "up", "--quiet"], check=True)
    return time.perf_counter() - started


def main() -> int:
    first = timed_up()  # may install, build or start what is missing
    again = [timed_up() for _ in range(3)]
    best = min(again)
    print(
        f"stack_up: first {first:.2f}s, repeated best {best:.2f}s / worst {max(again):.2f}s "
        f"(target < 30s) -> {'PASS' if max(again) < 30 else 'FAIL'}; "
        f"ratio first/repeat {first / best:.1f}x"
    )
    return 0 if max(again) < 30 else 1


if __name__ == "__main__":
    sys.exit(main())
