"""The global options of the real `nbwss-gui` command, run as a subprocess: --demo, --log-level;
and the `nbwss-gui-window` launcher."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nbwss_gui import app
from nbwss_gui.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    *args: str, env: dict[str, str], timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nbwss_gui", *args],
        check=False,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_demo_opens_the_window_on_the_sandbox_without_touching_the_users_files(
    tmp_path: Path,
) -> None:
    user_config = tmp_path / "user-config"
    logs = tmp_path / "logs"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        app.EXIT_AFTER_PAINT_ENV: "1",
        "NBWSS_GUI_CONFIG_DIR": str(user_config),
        "NBWSS_GUI_LOG_DIR": str(logs),
    }
    result = run_cli("--demo", "--log-level", "debug", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("usable ") for line in lines)
    assert any(line.startswith("ready ") for line in lines)
    assert "Traceback" not in result.stderr
    # The user's config folder was neither read into nor written.
    assert not user_config.exists()
    log_text = (logs / "nbwss-gui.log").read_text(encoding="utf-8")
    assert "started in DEMO mode" in log_text
    assert "DEBUG" in log_text  # --log-level reached the log file


def test_a_bad_log_level_is_refused_with_the_names_that_work() -> None:
    result = run_cli("--log-level", "loud", "list", env=dict(os.environ))
    assert result.returncode == 2
    assert "DEBUG, INFO, WARNING, ERROR, CRITICAL" in result.stderr


def test_demo_takes_no_command() -> None:
    result = run_cli("--demo", "list", env=dict(os.environ))
    assert result.returncode == 2
    assert "--demo opens the window" in result.stderr


def test_help_lists_every_command() -> None:
    result = run_cli("--help", env=dict(os.environ))
    assert result.returncode == 0
    for command in ("check", "add", "list", "monitor", "sandbox", "self-test", "--demo"):
        assert command in result.stdout


def test_commands_log_to_standard_error_and_leave_the_log_file_to_the_window(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    env = {
        **os.environ,
        "NBWSS_GUI_CONFIG_DIR": str(tmp_path / "config"),
        "NBWSS_GUI_LOG_DIR": str(logs),
    }
    result = run_cli("--log-level", "DEBUG", "list", env=env)
    assert result.returncode == 0, result.stderr
    assert "DEBUG" in result.stderr
    assert not logs.exists()


def test_the_window_launcher_opens_the_window_and_refuses_the_commands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[dict[str, object]] = []

    def run_app(argv: list[str], **options: object) -> int:
        opened.append(options)
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    assert cli_main.window(["--demo", "--log-level", "debug"]) == 0
    assert opened == [{"ca_file": None, "demo": True, "log_level": "DEBUG", "language": None}]
    assert cli_main.window(["list"]) == 2
    assert cli_main.window(["--ca-file"]) == 2
    assert capsys.readouterr().err.count(cli_main.WINDOW_ONLY_MESSAGE) == 2
    assert len(opened) == 1


def test_the_window_launcher_without_a_console_writes_nowhere_instead_of_failing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pythonw.exe (a GUI script on Windows) and a windowed build have no standard streams."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert cli_main.window(["list"]) == 2
        assert sys.stdout is not None and sys.stderr is not None
        assert sys.stdout.name == sys.stderr.name == os.devnull
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_a_stop_signal_ends_the_demo_and_removes_its_throw_away_folders(
    tmp_path: Path, signame: str
) -> None:
    import signal
    import time

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(scratch),  # where the demo makes its folders
        "NBWSS_GUI_CONFIG_DIR": str(tmp_path / "user-config"),
        "NBWSS_GUI_LOG_DIR": str(tmp_path / "logs"),
    }
    demo = subprocess.Popen(
        [sys.executable, "-m", "nbwss_gui", "--demo"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        # Running: its registry lists the four sandbox endpoints in the throw-away folder.
        while time.monotonic() < deadline:
            configs = list(scratch.glob("nbwss-gui-demo-*/endpoints.json"))
            if configs and configs[0].read_text(encoding="utf-8").count('"url"') == 4:
                break
            assert demo.poll() is None, demo.communicate()[1]
            time.sleep(0.1)
        else:
            pytest.fail("the demo did not register its endpoints")
        assert list(scratch.glob("nbwss-sandbox-*"))
        demo.send_signal(getattr(signal, signame))
        _out, err = demo.communicate(timeout=30)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.communicate()
    assert demo.returncode == 0, err
    assert "Traceback" not in err
    # Nothing left behind: neither the demo's profile nor the sandbox's CA and examples (the
    # user's runtime folder of control sockets, nbwss-gui-UID, is not the demo's; it is empty).
    left = sorted(p.name for p in scratch.iterdir() if p.name != f"nbwss-gui-{os.getuid()}")
    assert left == []
    runtime = scratch / f"nbwss-gui-{os.getuid()}"
    assert not runtime.exists() or list(runtime.iterdir()) == []
