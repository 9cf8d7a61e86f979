#!/usr/bin/env bash
# Installs what the app (and, with --test, the test suite) needs on a fresh Debian machine:
# system packages (when run as root), the Python virtualenv and the package in editable mode.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Qt's xcb platform plugin needs these at run time; the rest serves the stack and the tests.
APP_PKGS="libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  postgresql-15 postgresql-client-15 gnome-keyring dbus dbus-x11 libsecret-tools"
# Tests: Xvfb and screenshots; the desktop entry's and metainfo's validators; PyInstaller's
# objdump/objcopy for the bundle.
TEST_PKGS="xvfb xauth imagemagick desktop-file-utils appstream binutils"

missing=()
pkgs="$APP_PKGS"
[ "$want_test" = 1 ] && pkgs="$pkgs $TEST_PKGS"
for pkg in $pkgs; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "[setup] installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "[setup] missing system packages: ${missing[*]}" >&2
    echo "[setup] install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "[setup] Node.js 20 or newer (with npm) is required for the local stack; install Node.js 20 LTS." >&2
  exit 2
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv"
  "$PY" -m venv .venv
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "[setup] installing the app into .venv ${extras}"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
  touch "$stamp"
fi

# The interface's translations: .ts sources (committed) compiled to resources/i18n/*.qm,
# where the checkout, the wheel and the bundle find them (docs/i18n.md).
.venv/bin/python scripts/i18n.py build >/dev/null
