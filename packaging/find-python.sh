#!/bin/sh
# Print the path of a Python interpreter of the version given (such as 3.12): `python3.12` if
# it runs, else the newest pyenv installation of it. Nothing is downloaded; a version that is
# not installed is an error that says so.
set -eu
if [ "$#" != 1 ]; then
    echo "usage: $0 VERSION (such as 3.12)" >&2
    exit 2
fi
version=$1
if command -v "python$version" >/dev/null 2>&1 && "python$version" -c "" >/dev/null 2>&1; then
    # A pyenv shim runs only when that version is selected: ask the interpreter where it is.
    "python$version" -c "import sys; print(sys.executable)"
    exit 0
fi
root=${PYENV_ROOT:-$HOME/.pyenv}
found=$(ls -d "$root/versions/$version".* 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$found" ] && [ -x "$found/bin/python$version" ]; then
    echo "$found/bin/python$version"
    exit 0
fi
echo "No Python $version here: neither python$version on PATH nor $root/versions/$version.*." >&2
echo "Install it (pyenv install $version, or the distribution's python$version package)." >&2
exit 1
