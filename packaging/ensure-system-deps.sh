#!/bin/sh
# Install the Debian/Ubuntu packages listed in debian-packages.txt that are missing, so that
# `make demo` and `make test` work on a fresh machine. Elsewhere it only says what it skipped.
set -eu
list="$(dirname "$0")/debian-packages.txt"
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install the equivalents of $list yourself." >&2
    exit 0
fi
missing=""
for package in $(grep -v '^#' "$list"); do
    status=$(dpkg-query -W -f '${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0
echo "Installing the system packages nbwss-gui needs:$missing"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
