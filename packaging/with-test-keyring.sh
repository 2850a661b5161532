#!/bin/sh
# Run a command inside a D-Bus session of its own, with a throw-away GNOME Keyring unlocked in
# it, so that the real-keyring tests run on every machine and never see the person's own
# keyring:
#
#   sh packaging/with-test-keyring.sh .venv/bin/python -m pytest
#
# The keyring files, the daemon's sockets and the session bus all live in one temporary folder,
# removed afterwards. XDG_RUNTIME_DIR is moved there too: gnome-keyring-daemon puts its control
# socket in it, and on a desktop the real one would otherwise be replaced by ours.
# NBWSS_GUI_REQUIRE_REAL_KEYRING=1 makes a missing or broken Secret Service a test failure, not
# a skip; NBWSS_GUI_TEST_KEYRING tells the tests they may write to this keyring.
set -eu

if [ "$#" = 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi
if [ -n "${NBWSS_GUI_TEST_KEYRING:-}" ]; then
    # Already inside one (a make target calling another): keep it.
    exec "$@"
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is missing: run 'make system-deps' (Debian packages dbus and gnome-keyring)." >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/nbwss-gui-test-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$scratch/data" "$scratch/runtime"

export XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime"
export NBWSS_GUI_TEST_KEYRING="$scratch"
export NBWSS_GUI_REQUIRE_REAL_KEYRING=1
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

# The status is kept rather than `exec`ed away: the trap removes the folder afterwards.
status=0
dbus-run-session -- sh -euc '
    # A new login keyring, created with this password and left unlocked.
    printf "throw-away-test-keyring" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' with-test-keyring "$@" || status=$?
exit "$status"
