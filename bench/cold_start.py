"""Cold start: process start to a painted, interactive main window over 100,000 cached products.

Each round starts a fresh process and times it from just before ``Popen`` to the moment
the process reports (desktop_app/ui/startup_report.py) that its window painted the
product list with rows and the event loop took events again. Timed, in turns:

- ``baseline``: a bare QApplication + QMainWindow from the same Python (the floor: the
  interpreter, PySide6 and a first paint);
- ``checkout``: the app as ``scripts/run.sh`` starts it (``.venv/bin/desktop-app``);
- ``bundle``: the PyInstaller bundle (``dist/desktop-app/desktop-app``), when built.

The app opens a profile whose servers do not answer (nothing listens on the port), so
only the local store (100,000 synthetic products, bench/synthetic_catalog.py) is shown.
Without a display it re-runs itself under ``xvfb-run``. For a real keyring, run it under
``scripts/keyring-session.sh``; otherwise the app's "no keyring" fallback is timed too.

Target: ≤ 1.0 s for the checkout and the bundle.

    .venv/bin/python bench/cold_start.py [--products 100000] [--rounds 5] [--db F] [--bundle D]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

TARGET_S = 1.0
PROFILE = "Bench-cold-start"
UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, refused at once
REPORT_ENV = "DESKTOP_APP_STARTUP_REPORT"
WAIT_S = 60.0

BASELINE = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    path = os.environ["DESKTOP_APP_STARTUP_REPORT"]
    with open(path + ".tmp", "w") as f:  # then renamed: never read half written
        json.dump({"interactive_at": time.time(), "cpu_s": time.process_time(), "rows": 1,
                   "total": 1}, f)
    os.replace(path + ".tmp", path)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1240, 760)
painted = Painted()
painted.done = False
window.installEventFilter(painted)
window.show()
app.exec()
"""


def ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if shutil.which("xvfb-run") is None:
        sys.exit("no display: set DISPLAY, install xvfb (xvfb-run) or set QT_QPA_PLATFORM")
    os.execvp(
        "xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *sys.argv]
    )


def prepare_dirs(root: Path, db: Path | None, products: int) -> dict[str, str]:
    """Config and data dirs holding one profile whose store has ``products`` products."""
    env = {
        "DESKTOP_APP_CONFIG_DIR": str(root / "config"),
        "DESKTOP_APP_DATA_DIR": str(root / "data"),
    }
    os.environ.update(env)  # store_path() and ProfileStore() read them
    from desktop_app.config import MedusaAuth, Profile, ProfileStore
    from desktop_app.services.offline import OfflineCatalog
    from desktop_app.store.db import store_path

    profile = Profile(
        name=PROFILE,
        medusa_url=UNREACHABLE,
        medusa_auth=MedusaAuth.SECRET_KEY,
        payload_url=UNREACHABLE,
    )
    ProfileStore().add(profile, activate=True)
    target = store_path(PROFILE)
    target.parent.mkdir(parents=True, exist_ok=True)
    if db is not None and db.exists():
        print(f"reusing {db}")
        shutil.copyfile(db, target)
    else:
        from synthetic_catalog import build

        build(target, products).close()
        # Opened once, as the app did after the pull that filled it: the quality scores
        # follow the profile's rules from then on (else the first start re-scores all).
        OfflineCatalog.open(profile, path=target).close_now()
        if db is not None:
            shutil.copyfile(target, db)
    return env


def own_copy(root: Path, name: str, env: dict[str, str]) -> dict[str, str]:
    copies = {}
    for key, path in env.items():
        copies[key] = str(root / name / Path(path).name)
        shutil.copytree(path, copies[key])
    return copies


def time_start(command: list[str], env: dict[str, str], report: Path) -> tuple[float, dict]:
    """Seconds from Popen to the process's 'interactive' report; then lets it close."""
    report.unlink(missing_ok=True)
    started = time.time()
    proc = subprocess.Popen(
        command,
        env={**os.environ, **env, REPORT_ENV: str(report)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not report.exists():
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{command[0]} exited {proc.returncode}: "
                    f"{proc.stderr.read()[-2000:] if proc.stderr else ''}"
                )
            if time.time() - started > WAIT_S:
                proc.kill()
                tail = proc.communicate()[1][-2000:]
                raise RuntimeError(f"{command[0]}: no report within {WAIT_S:.0f} s: {tail}")
            time.sleep(0.005)
        facts = json.loads(report.read_text())
        report.unlink()  # the app closes its window when the report is gone
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return facts["interactive_at"] - started, facts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse/keep the synthetic store here")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=REPO / "dist" / "desktop-app",
        help="the one-folder bundle (skipped when not built)",
    )
    args = parser.parse_args()
    ensure_display()

    # Byte-compiled as pip does at install time (an editable checkout: after its first run);
    # PYTHONDONTWRITEBYTECODE would otherwise leave every changed module to compile per start.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "desktop_app")], check=True
    )
    root = Path(tempfile.mkdtemp(prefix="cold-start-"))
    env = prepare_dirs(root, args.db, args.products)
    script = Path(sys.executable).with_name("desktop-app")
    commands = {
        "baseline": [sys.executable, "-c", BASELINE],
        "checkout": [str(script)] if script.exists() else [sys.executable, "-m", "desktop_app"],
    }
    bundled = args.bundle / "desktop-app"
    if bundled.exists():
        commands["bundle"] = [str(bundled)]
    else:
        print(f"no bundle at {bundled} (pyinstaller build.spec): not timed")

    # Each program its own copy of the store (one may migrate it past what another knows),
    # and one start first, untimed: the store migrated, the files in the page cache.
    envs = {name: own_copy(root, name, env) for name in commands}
    for name, command in commands.items():
        time_start(command, envs[name], root / "report.json")
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    shown: dict[str, dict] = {}
    for _ in range(args.rounds):  # in turns, so load on the machine hits each alike
        for name, command in commands.items():
            seconds, shown[name] = time_start(command, envs[name], root / "report.json")
            times[name].append(seconds)
            cpu[name].append(shown[name].get("cpu_s", float("nan")))
    shutil.rmtree(root, ignore_errors=True)

    rows = shown["checkout"]
    print(
        f"\ncold start to a painted, interactive main window; {rows['total']:,} products "
        f"cached, {rows['rows']:,} in the list; {args.rounds} rounds, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    base = statistics.median(times["baseline"])
    ok = True
    for name, values in times.items():
        med = statistics.median(values)
        line = (
            f"  {name:9} median {med * 1000:7.0f} ms   first {values[0] * 1000:7.0f} ms   "
            f"max {max(values) * 1000:7.0f} ms   {med / base:4.1f}x baseline   "
            f"(process CPU {statistics.median(cpu[name]) * 1000:5.0f} ms)"
        )
        if name != "baseline":
            met = med <= TARGET_S
            ok = ok and met
            line += f"   target ≤ {TARGET_S:.1f} s: {'met' if met else 'MISSED'}"
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
