#!/usr/bin/env bash
# Installs and runs the app. With no connection profile configured, the app's welcome page
# offers to connect to a shop or to try the local demo stack (stack/up, as `desktop-app demo`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/desktop-app "$@"
