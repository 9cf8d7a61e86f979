#!/usr/bin/env bash
# Builds the one-folder bundle (dist/desktop-app/desktop-app: the GUI, and the CLI with
# arguments) with PyInstaller from build.spec, then prints its size and build time.
# Needs the test extras (scripts/setup.sh --test installs PyInstaller). Extra args go to
# pyinstaller (e.g. --distpath D --workpath W).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/pyinstaller ] || scripts/setup.sh --test
start=$(date +%s)
.venv/bin/python scripts/i18n.py build  # resources/i18n/*.qm, copied with resources/
.venv/bin/pyinstaller --noconfirm --log-level WARN "$@" build.spec
dist=dist
for ((i = 1; i <= $#; i++)); do
  [ "${!i}" = "--distpath" ] && { j=$((i + 1)); dist=${!j}; }
done
echo "[bundle] built $dist/desktop-app in $(( $(date +%s) - start ))s:" \
  "$(du -sh "$dist/desktop-app" | cut -f1) on disk," \
  "$(find "$dist/desktop-app" -type f | wc -l) files"
