#!/usr/bin/env bash
# Installs and runs the app. With no connection profile configured, the app starts the
# local demo stack (stack/up) and connects to it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/desktop-app "$@"
