#!/usr/bin/env bash
# Run CMD inside a private D-Bus session with an unlocked gnome-keyring
# Secret Service, e.g. for the keyring_real tests on a headless machine/CI:
#
#   scripts/keyring-session.sh .venv/bin/python -m pytest tests/secrets -m keyring_real
#
# Works as root without a display. The keyring lives in a throw-away
# directory (never the user's real login keyring), so its password only needs
# to unlock this temporary keyring: override with KEYRING_SESSION_PASSWORD.
# Needs: dbus-run-session (dbus), gnome-keyring-daemon (gnome-keyring).
set -euo pipefail

if [[ $# -eq 0 || "$1" == "-h" || "$1" == "--help" ]]; then
    sed -n '2,10s/^# \{0,1\}//p' "$0"
    exit 2
fi

for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keyring-session: '$tool' not found; on Debian/Ubuntu:" \
             "apt install dbus dbus-x11 gnome-keyring" >&2
        exit 127
    fi
done

# Re-exec ourselves inside a fresh session bus; the marker stops recursion.
if [[ -z "${_KEYRING_SESSION_INNER:-}" ]]; then
    export _KEYRING_SESSION_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
unset _KEYRING_SESSION_INNER

workdir="$(mktemp -d "${TMPDIR:-/tmp}/keyring-session.XXXXXX")"
daemon_pid=""
cleanup() {
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT

# gnome-keyring keeps its control socket under XDG_RUNTIME_DIR; root in a
# container often has none, and /run/user/0 may not exist.
if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -w "${XDG_RUNTIME_DIR}" ]]; then
    export XDG_RUNTIME_DIR="$workdir/runtime"
    mkdir -m 700 -p "$XDG_RUNTIME_DIR"
fi

# --foreground so we own the PID (and can stop exactly this daemon);
# --unlock reads the password from stdin and creates + unlocks the "login"
# collection, which becomes the default alias the Secret Service API uses.
# XDG_DATA_HOME is only set for the daemon: keyrings go to $workdir, while
# CMD keeps the caller's environment.
printf '%s' "${KEYRING_SESSION_PASSWORD:-keyring-session}" |
    XDG_DATA_HOME="$workdir/data" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$workdir/daemon.log" 2>&1 &
daemon_pid=$!

# Wait until the daemon owns org.freedesktop.secrets; otherwise the first
# client call could D-Bus-activate a second daemon with the wrong keyring dir.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; then
        break
    fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "keyring-session: gnome-keyring-daemon exited early:" >&2
        cat "$workdir/daemon.log" >&2
        exit 1
    fi
    sleep 0.1
done

if ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'; then
    echo "keyring-session: Secret Service did not appear on the session bus" >&2
    cat "$workdir/daemon.log" >&2
    exit 1
fi

# Not exec: the trap must run afterwards to stop the daemon and remove files.
set +e
"$@"
status=$?
set -e
exit "$status"
