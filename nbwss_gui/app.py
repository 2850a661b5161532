"""Starting the window: check that Qt can reach a display, show the window, then load the list.

Qt aborts the whole process when it finds no display or misses a library of its xcb plugin,
with a message few people can act on; both are checked first and explained in words instead.
The registry (and the modules behind it) is loaded only after the window has painted once,
so the window appears as fast as a bare dialog would.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from nbwss_gui.ui.main_window import MainWindow

APP_NAME = "nbwss-gui"
EXIT_AFTER_PAINT_ENV = "NBWSS_GUI_EXIT_AFTER_PAINT"
NO_DISPLAY_EXIT = 2
PAINT_WAIT_S = 5.0
_IMPORTED_AT = time.perf_counter()

NO_DISPLAY_MESSAGE = (
    "nbwss-gui: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Run it on a desktop session, or under a virtual display: xvfb-run nbwss-gui\n"
    "The subcommands work without a display: nbwss-gui --help"
)

# The libraries Qt 6's xcb platform plugin loads (as find_library names), and the Debian or
# Ubuntu package that provides each.
XCB_LIBRARIES: dict[str, str] = {
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
}


def find_library(name: str) -> str | None:
    """The installed shared library `name`, or None (the seam tests replace)."""
    import ctypes.util

    return ctypes.util.find_library(name)


def _platform_name(env: Mapping[str, str]) -> str:
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and carry options ("xcb:opt=1").
    first = env.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip()


def missing_xcb_packages(lookup: Callable[[str], str | None] | None = None) -> list[str]:
    """The Debian packages of the xcb libraries that are not installed, in a stable order."""
    find = lookup or find_library
    return sorted({package for name, package in XCB_LIBRARIES.items() if find(name) is None})


def display_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why Qt could not open a window here, in words; None when it should be able to."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    name = _platform_name(env)
    if name not in ("", "xcb"):
        return None  # offscreen, wayland, vnc…: Qt's own business
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x11 and not has_wayland:
        return NO_DISPLAY_MESSAGE
    uses_xcb = name == "xcb" or not has_wayland
    if not uses_xcb:
        return None
    missing = missing_xcb_packages()
    if not missing:
        return None
    return (
        "nbwss-gui: Qt needs X11 (xcb) libraries that are not installed: "
        f"{', '.join(missing)}.\n"
        "On Debian or Ubuntu, install them with:\n"
        f"  sudo apt-get install {' '.join(missing)}\n"
        "(Other systems: install the xcb-util-cursor, xcb-util-wm, xcb-util-image, "
        "xcb-util-keysyms, xcb-util-renderutil and libxkbcommon-x11 packages.)"
    )


def seconds_since_start() -> float:
    """Seconds since this process started, from the kernel's clock where it tells us."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0.0, up - int(fields[19]) / ticks)
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def painted(widget: QWidget, timeout: float = PAINT_WAIT_S) -> None:
    """Return once `widget` has painted (or after `timeout`: a hidden window never paints)."""
    from PySide6.QtCore import QEvent, QObject

    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not done.done():
                # After the paint has finished, not from inside it.
                loop.call_soon(_settle, done)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.update()
    try:
        await asyncio.wait_for(done, timeout)
    except TimeoutError:
        pass
    finally:
        widget.removeEventFilter(watch)


async def _open_registry(window: MainWindow) -> None:
    from nbwss_gui.services.config import ConfigError
    from nbwss_gui.services.registry import Registry

    try:
        registry = Registry.open_default()
    except ConfigError as exc:
        window.count_label.setText("No endpoint list")
        window.report_error("The endpoint list cannot be read", exc.message)
        return
    window.set_registry(registry)


async def _main(app: QApplication, ca_file: str | None) -> int:
    from nbwss_gui.ui.main_window import MainWindow

    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()
    app.lastWindowClosed.connect(lambda: _settle(closed))
    window = MainWindow(ca_file=ca_file)
    window.show()
    viewport = window.view.viewport()
    await painted(viewport)
    await _open_registry(window)
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        await painted(viewport)
        print(f"usable {seconds_since_start():.3f}", flush=True)
        window.close()
        return 0
    await closed
    return 0


def run_app(argv: list[str] | None = None, *, ca_file: str | None = None) -> int:
    """Open the WebSocket Servers window; the exit status when it closes (2: no display)."""
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv) if argv else [APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    # main() returns when the last window closes; quitting Qt first would stop the loop under it.
    app.setQuitOnLastWindowClosed(False)
    return int(qasync.run(_main(app, ca_file)))
