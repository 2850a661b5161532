"""Starting the window: a clear message instead of a Qt abort, and a real start-up to "usable"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nbwss_gui import app, display_check
from nbwss_gui.domain.registered import RegisteredEndpoint

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland checks")
HEAVY = ("keyring", "websockets", "aiohttp", "cryptography")


def env_without_display(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(extra)
    return env


@linux_only
def test_no_display_exits_2_with_a_message_instead_of_a_qt_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nbwss_gui"],
        check=False,
        env=env_without_display(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "no display" in result.stderr
    assert "xvfb-run nbwss-gui" in result.stderr
    assert "qt.qpa" not in result.stderr  # Qt was never asked to start
    assert "Traceback" not in result.stderr


@linux_only
def test_missing_xcb_libraries_are_named_with_one_apt_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = {"xcb-cursor", "xcb-icccm", "xkbcommon-x11"}
    asked: list[str] = []

    def lookup(name: str) -> str | None:
        asked.append(name)
        return None if name in absent else f"lib{name}.so"

    monkeypatch.setattr(display_check, "find_library", lookup)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert app.run_app([]) == 2
    err = capsys.readouterr().err
    install_lines = [line for line in err.splitlines() if "apt-get install" in line]
    assert install_lines == [
        "  sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    ]
    assert "xcb-render-util" in asked and "xcb-xkb" in asked


def test_display_checks_pass_where_qt_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "find_library", lambda name: f"lib{name}.so")
    assert display_check.display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_check.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_check.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_check.display_problem({}, "win32") is None
    assert display_check.display_problem({}, "linux") == display_check.NO_DISPLAY_MESSAGE
    assert display_check.display_problem({"QT_QPA_PLATFORM": "xcb:dpi=96"}, "linux") is not None
    # Without the xcb libraries, xcb is refused but Wayland is left to Qt.
    monkeypatch.setattr(display_check, "find_library", lambda name: None)
    problem = display_check.display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux")
    assert problem is not None and "libxcb-cursor0" in problem
    assert display_check.display_problem({"WAYLAND_DISPLAY": "w"}, "linux") is None


def test_window_starts_lists_endpoints_and_loads_no_heavy_module(config_path: Path) -> None:
    from nbwss_gui.services.config import ConfigStore

    endpoints = [
        RegisteredEndpoint(
            id=f"{n:032x}",
            priority=n,
            group_id=f"group-{n % 2}",
            host_name=f"host-{n}.example.com",
            url=f"wss://host-{n}.example.com/nbwss",
        )
        for n in range(3)
    ]
    ConfigStore(config_path).save(endpoints, {})
    probe = (
        "import sys\n"
        "from nbwss_gui.app import run_app\n"
        "status = run_app([])\n"
        "from PySide6.QtWidgets import QApplication\n"
        f"print('heavy', [m for m in {HEAVY!r} if m in sys.modules])\n"
        "print('name', QApplication.applicationName(), QApplication.desktopFileName())\n"
        "raise SystemExit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", app.EXIT_AFTER_PAINT_ENV: "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    usable = [line for line in lines if line.startswith("usable ")]
    assert len(usable) == 1
    assert 0 < float(usable[0].split()[1]) < 60
    # The first paint already lists the endpoints of the config file.
    assert usable[0].endswith(" 3 endpoints in 2 groups")
    # Then the registry arrives and the actions work, still without the heavy modules.
    ready = [line for line in lines if line.startswith("ready ")]
    assert len(ready) == 1
    assert lines.index(ready[0]) > lines.index(usable[0])
    assert "heavy []" in lines
    assert "name nbwss-gui nbwss-gui" in lines
    assert "Traceback" not in result.stderr


# Loaded after the first paint, not before: what carries the actions out, the engine adapter
# (by MainWindow.complete_setup), and the details of a selection (once there is one).
AFTER_FIRST_PAINT = (
    "nbwss_gui.ui.servers_window.endpoint_actions",
    "nbwss_gui.ui.servers_window.validate_actions",
    "nbwss_gui.ui.servers_window.connection_actions",
    "nbwss_gui.ui.servers_window.connection_test",
    "nbwss_gui.ui.servers_window.engine_adapter",
)
# Loaded when first used, which the start-up does not: a selection's details, a message box,
# the certificate expiry rule (no expiry is known yet), a new endpoint's id.
WHEN_FIRST_USED = (
    "nbwss_gui.ui.servers_window.details_text",
    "nbwss_gui.ui.widgets.message_boxes",
    "nbwss_gui.domain.certificate_verdict",
    "uuid",
)

FIRST_PAINT_PROBE = """
import json
import sys
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.widgets import first_paint


def ours():
    return sorted(m for m in sys.modules if m.startswith("nbwss_gui") or m == "uuid")


def say(what, value):
    print(what, json.dumps(value), flush=True)


waited = first_paint.wait_for_paint


def wait(widget, *args, **kwargs):
    waited(widget, *args, **kwargs)
    window = widget.window()
    say("painted", ours())
    say("toolbar", [[a.text(), a.isEnabled()] for a in window.toolbar.actions()])
    say("menus", [a.text() for a in window.menuBar().actions()])
    say("quit", window.quit_action.isEnabled())


first_paint.wait_for_paint = wait
completed = MainWindow.complete_setup
seen = []


def complete(self):
    completed(self)
    if not seen:
        seen.append(True)
        say("completed", ours())


MainWindow.complete_setup = complete
from nbwss_gui.app import run_app

raise SystemExit(run_app([]))
"""


def test_the_actions_handlers_and_engine_adapter_load_after_the_first_paint(
    config_path: Path,
) -> None:
    """The first paint needs the actions' words and icons, not what carries them out: those
    modules come right after it, before the event loop takes any input."""
    from nbwss_gui.services.config import ConfigStore

    endpoint = RegisteredEndpoint(
        id="a" * 32, priority=0, group_id="g", host_name="h.example.com", url="wss://h/x"
    )
    ConfigStore(config_path).save([endpoint], {})
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE],
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", app.EXIT_AFTER_PAINT_ENV: "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    found = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in lines if " " in line}
    painted, completed = json.loads(found["painted"]), json.loads(found["completed"])
    assert [m for m in (*AFTER_FIRST_PAINT, *WHEN_FIRST_USED) if m in painted] == []
    assert "nbwss_gui.ui.servers_window.window_actions" in painted
    assert [m for m in AFTER_FIRST_PAINT if m not in completed] == []
    order = [line.split(" ", 1)[0] for line in lines]
    assert order.index("painted") < order.index("completed") < order.index("ready")
    # The toolbar is there at the first paint, in words; nothing in it can run yet.
    toolbar = json.loads(found["toolbar"])
    assert [text for text, _ in toolbar if text][:2] == ["&New…", "&Remove…"]
    assert not any(enabled for text, enabled in toolbar if text)  # separators have none
    assert json.loads(found["menus"]) == ["&File", "&Endpoint", "&View"]
    assert json.loads(found["quit"]) is True
    assert "Traceback" not in result.stderr


def test_seconds_since_start_is_plausible(qapp: Any) -> None:
    elapsed = app.seconds_since_start()
    assert 0 < elapsed < 3600


def run_to_a_clean_exit(script: str) -> subprocess.CompletedProcess[str]:
    """Run `script` offscreen; it must end with status 0, its event loop not stopped under
    the application and no traceback."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Event loop stopped before Future completed" not in result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_closing_the_window_ends_the_application_with_status_0() -> None:
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['nbwss-gui'])\n"
        "def close_all():\n"
        "    for widget in app.topLevelWidgets():\n"
        "        if widget.isVisible():\n"
        "            print('closing', widget.windowTitle(), flush=True)\n"
        "            widget.close()\n"
        "QTimer.singleShot(800, close_all)\n"
        "from nbwss_gui.app import run_app\n"
        "raise SystemExit(run_app([]))\n"
    )
    result = run_to_a_clean_exit(script)
    assert "closing WebSocket Servers — nbwss-gui" in result.stdout


def test_a_quit_from_outside_closes_the_window_and_ends_cleanly_with_status_0() -> None:
    """Cmd+Q on macOS, or the session ending, quit the application: it must end through
    its own shutdown (connections closed), not with the event loop stopped under it."""
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['nbwss-gui'])\n"
        "QTimer.singleShot(800, app.quit)\n"
        "from nbwss_gui.app import run_app\n"
        "status = run_app([])\n"
        "print('windows open', [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()])\n"
        "raise SystemExit(status)\n"
    )
    result = run_to_a_clean_exit(script)
    assert "windows open []" in result.stdout
