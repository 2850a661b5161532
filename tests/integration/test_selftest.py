"""`nbwss-gui self-test`, run as a separate process as a packaged build would run it.

The keyring is forced to keyring's "fail" backend, so the test is the same on every machine and
nothing can reach the user's real keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN_SELF_TEST = """\
import argparse, sys
from nbwss_gui.cli import selftest_cmd
parser = argparse.ArgumentParser(prog="nbwss-gui")
selftest_cmd.register(parser.add_subparsers(dest="command"))
args = parser.parse_args(sys.argv[1:])
raise SystemExit(args.run(args))
"""

pytestmark = pytest.mark.timeout(120)


def self_test(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-c", RUN_SELF_TEST, "self-test", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_every_step_passes_here_and_a_missing_keyring_is_a_warning(tmp_path: Path) -> None:
    result = self_test(tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("nbwss-gui ")
    statuses = {line.split()[0] for line in lines[1:-1]}
    assert statuses == {"OK", "WARNING"}, result.stdout
    for step in (
        "Qt (offscreen)",
        "application icon",
        "keyring backend",
        "bundled example endpoint files",
        "proxy: the system's proxy settings",
        "sandbox provider",
        "wss connection",
        "CONNECT exchange: token accepted",
    ):
        assert any(step in line for line in lines), step
    assert "platform offscreen" in result.stdout
    assert "WARNING  keyring backend: none usable here" in result.stdout
    assert lines[-1] == "All 8 steps passed."


def test_with_require_keyring_a_missing_keyring_fails(tmp_path: Path) -> None:
    result = self_test(tmp_path, "--require-keyring")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED   keyring backend: none usable here" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 of 8 steps failed."


def test_it_reports_the_proxy_in_use_without_its_password(tmp_path: Path) -> None:
    result = self_test(tmp_path, "--proxy", "http://proxy.corp.example:3128")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK       proxy: manual proxy http://proxy.corp.example:3128 (--proxy)" in result.stdout
    result = self_test(tmp_path, "--no-proxy")
    assert "OK       proxy: no proxy (--no-proxy)" in result.stdout
