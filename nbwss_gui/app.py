"""Starting the window: check that Qt can reach a display, show the list, then the rest.

Qt aborts the whole process when it finds no display or misses a library of its xcb plugin,
with a message few people can act on; both are checked first and explained in words instead.

The path to the first paint is kept to Qt and the config file: the window shows the endpoints
the file lists, painted by a plain Qt event loop. Only then come asyncio and qasync (the event
loop the rest runs on) and the registry that acts on the endpoints; keyring, websockets,
aiohttp and cryptography later still, when something needs them. So the window appears about
as fast as a bare dialog would.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio
    from pathlib import Path

    from PySide6.QtCore import QObject
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from nbwss_gui.services.config import ConfigLoad
    from nbwss_gui.services.ownership import OwnerLock
    from nbwss_gui.ui.servers_window.main_window import MainWindow
    from nbwss_gui.ui.servers_window.profile_link import ProfileLink
    from nbwss_gui.ui.servers_window.tray import Tray

from nbwss_gui.display_check import (  # noqa: F401 - the display check's names, as before
    NO_DISPLAY_MESSAGE,
    display_problem,
)

APP_NAME = "nbwss-gui"
# Set to 1: print "usable <seconds> <what the list shows>" once the window has painted its
# list, "ready <seconds>" once the registry is attached and the actions work, then close
# (start-up measurements).
EXIT_AFTER_PAINT_ENV = "NBWSS_GUI_EXIT_AFTER_PAINT"
NO_DISPLAY_EXIT = 2
# How long a change the registry was making may still take to finish, or be taken back, when
# the window closes (a keyring call waiting on an unlock prompt).
SETTLE_WAIT_S = 35.0
# How long a second start waits for the owner of the profile to answer on its channel.
OWNER_ANSWER_WAIT_S = 3.0
_IMPORTED_AT = time.perf_counter()


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


def read_list(window: MainWindow, *, owner: bool = True) -> ConfigLoad | None:
    """List the endpoints of the config file in the window; what was read, or None when the
    file can be neither read nor moved aside (the window says so). Only the profile's owner
    moves an unreadable file aside."""
    from nbwss_gui.services import paths
    from nbwss_gui.services.config import ConfigError, ConfigStore

    store = ConfigStore(paths.config_file())
    try:
        loaded = store.load() if owner else store.read()
    except ConfigError as exc:
        window.count_label.setText("No endpoint list")
        window.report_error("The endpoint list cannot be read", exc.message)
        return None
    window.show_endpoints(loaded.endpoints)
    return loaded


def attach_registry(window: MainWindow, loaded: ConfigLoad) -> None:
    """Give the window the registry over what `read_list` read, so its actions work."""
    from nbwss_gui.services.registry import Registry

    window.set_registry(Registry.open_default(loaded=loaded))


def start_connections(window: MainWindow, lock: OwnerLock) -> ProfileLink | None:
    """Run the connections of the window's registry here (the Connection State column goes
    live), or show those of the process that owns the profile."""
    import logging

    from nbwss_gui.services.heap import freeze_start_up
    from nbwss_gui.ui.servers_window.profile_link import ProfileLink

    registry = window.registry
    if registry is None:
        return None
    # What the start built stays: full collections while the groups connect skip it.
    freeze_start_up()
    _settings, problems = registry.typed_settings()
    for problem in problems:
        # The file was edited by hand; the Settings dialog shows the same.
        logging.getLogger(__name__).warning("setting ignored: %s", problem)
    return ProfileLink(window, registry.config.path.parent, lock)


def owner_window_brought_forward(folder: Path, lock: OwnerLock) -> bool:
    """When another window owns the profile `folder`, ask it to come to the front and say
    so: True. False when the lock is ours, or the owner is `monitor` (attach to it)."""
    if lock.try_acquire():
        return False
    from nbwss_gui.services.control_address import call_blocking

    deadline = time.monotonic() + OWNER_ANSWER_WAIT_S
    hello = call_blocking(folder, "hello")
    while hello is None and time.monotonic() < deadline:
        # Its channel opens a moment after its lock: it may be starting right now.
        time.sleep(0.05)
        if lock.try_acquire():
            return False
        hello = call_blocking(folder, "hello")
    if not isinstance(hello, dict) or hello.get("owner") != "window":
        return False
    call_blocking(folder, "raise")
    print(
        f"nbwss-gui: the window is already open (pid {hello.get('pid')}); brought it to the front.",
        file=sys.stderr,
    )
    return True


def install_crash_handling(window: MainWindow, log_path: Path | None) -> Callable[[], None]:
    """An unhandled exception shows a dialog (and is logged) instead of ending the process
    unseen; the event loop and the connections carry on."""
    import asyncio

    from nbwss_gui.ui.widgets.crash_dialog import handle_asyncio_exception, install_excepthook

    uninstall = install_excepthook(lambda: window if window.isVisible() else None, log_path)
    asyncio.get_running_loop().set_exception_handler(handle_asyncio_exception)
    return uninstall


async def _main(
    app: QApplication,
    window: MainWindow,
    loaded: ConfigLoad | None,
    *,
    lock: OwnerLock | None = None,
    demo: bool = False,
    log_level: str | None = None,
    language: str = "en",
) -> int:
    import asyncio
    import logging

    from nbwss_gui.services import logs
    from nbwss_gui.ui.widgets.first_paint import painted, settle

    log_path = logs.setup_logging(log_level or logs.DEFAULT_LEVEL)
    uninstall = install_crash_handling(window, log_path)
    logging.getLogger(__name__).info(
        "nbwss-gui started%s, language %s", " in DEMO mode" if demo else "", language
    )
    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()
    app.lastWindowClosed.connect(lambda: settle(closed))
    quit_watch = _quit_as_close(window)
    app.installEventFilter(quit_watch)
    # A logout, `kill` or the terminal closing ends the window through its shutdown (the
    # connections closed with a close frame), not under it.
    from nbwss_gui.services.stop_signals import on_stop_signals, remove_stop_signals

    handled = on_stop_signals(loop, window.close)
    demo_run = None
    link: ProfileLink | None = None
    tray: Tray | None = None
    try:
        if demo:
            from nbwss_gui.ui.demo.demo_window import DemoRun

            demo_run = DemoRun(window)
            problem = await demo_run.start()
            if problem is not None:
                print(f"nbwss-gui: the DEMO sandbox did not start: {problem}", file=sys.stderr)
                window.count_label.setText("The sandbox provider did not start")
                window.report_error("The DEMO sandbox did not start", problem)
                if window.isVisible() and os.environ.get(EXIT_AFTER_PAINT_ENV) != "1":
                    await closed  # the message stays until the user closes the window
                return 1
        elif loaded is not None:
            attach_registry(window, loaded)
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            await painted(window.view.viewport())
            print(f"ready {seconds_since_start():.3f}", flush=True)
            window.close()
            return 0
        # The window is in use by now; the connections (and websockets, cryptography and
        # the keyring behind them) come after.
        if lock is None and window.registry is not None:
            # The demo's throw-away folder: this window is the only one there is.
            from nbwss_gui.services.ownership import OwnerLock

            lock = OwnerLock(window.registry.config.path.parent)
            lock.try_acquire()
        if lock is not None:
            link = start_connections(window, lock)
            if link is not None:
                await link.start()
        from nbwss_gui.ui.servers_window.tray import Tray

        tray = Tray(window)
        window.show_keyring()
        if not window.isVisible():
            return 0  # closed while the event loop was being set up
        await closed
    finally:
        # Each step even when one before it failed; the crash handling stays to the end.
        try:
            try:
                await window.connections.close()
            finally:
                try:
                    await _settle_registry(window)
                finally:
                    if link is not None:
                        await link.close()
                    elif lock is not None:
                        lock.release()
        finally:
            try:
                if demo_run is not None:
                    await demo_run.stop()
            finally:
                app.removeEventFilter(quit_watch)
                remove_stop_signals(loop, handled)
                if tray is not None:
                    tray.close()
                uninstall()
                logs.flush()
    return 0


def _quit_as_close(window: MainWindow) -> QObject:
    """An event filter that turns a quit from outside (Cmd+Q on macOS, the session ending)
    into closing the window: the loop then ends through `_main`, which closes the
    connections and settles the registry, instead of stopping under it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class QuitAsClose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Quit:
                QTimer.singleShot(0, window.close)
                return True
            return False

    return QuitAsClose()


async def _settle_registry(window: MainWindow) -> None:
    """A change half-way (the dialog closed while saving) finishes or is taken back now, not
    cut off by the process ending."""
    import asyncio

    if window.registry is None:
        return
    try:
        await asyncio.wait_for(window.registry.settle(), SETTLE_WAIT_S)
    except TimeoutError:
        print("nbwss-gui: a keyring call did not finish before closing", file=sys.stderr)


def run_app(
    argv: list[str] | None = None,
    *,
    ca_file: str | None = None,
    demo: bool = False,
    log_level: str | None = None,
    language: str | None = None,
) -> int:
    """Open the WebSocket Servers window; the exit status when it closes (2: no display).

    `demo`: on a sandbox provider started for the occasion, with a throw-away config folder
    and an in-memory keyring (SPEC §6.2). `language`: the window's (default: the system's)."""
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    lock = None
    if not demo:
        from nbwss_gui.services import paths
        from nbwss_gui.services.ownership import OwnerLock

        # One window per profile: a second start brings the first to the front.
        lock = OwnerLock(paths.config_dir())
        if owner_window_brought_forward(paths.config_dir(), lock):
            return 0
    from PySide6.QtWidgets import QApplication

    from nbwss_gui.ui.widgets.first_paint import wait_for_paint

    app = QApplication.instance() or QApplication(list(argv) if argv else [APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    # main() returns when the last window closes; quitting Qt first would stop the loop under it.
    app.setQuitOnLastWindowClosed(False)
    from nbwss_gui.ui.widgets.translation import install_translations

    choice = install_translations(app, language)
    if choice.warning:
        print(choice.warning, file=sys.stderr)
    from nbwss_gui.ui.servers_window.main_window import MainWindow

    window = MainWindow(ca_file=ca_file)
    if not demo:
        from nbwss_gui.services import paths
        from nbwss_gui.ui.servers_window.window_state import state_file

        window.restore_layout(state_file(paths.config_dir()))
    window.show()
    # Shown, not painted yet: the first paint already lists the endpoints (the demo's come
    # once its sandbox runs: the user's own list is not read at all).
    if demo:
        window.count_label.setText("Starting the sandbox provider…")
        loaded = None
    else:
        loaded = read_list(window, owner=lock is not None and lock.held)
    wait_for_paint(window.view.viewport())
    # After the first paint: reading the SVG loads Qt's image plugin, which takes a while.
    window.setWindowIcon(application_icon())
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        print(f"usable {seconds_since_start():.3f} {window.count_label.text()}", flush=True)
    # What the first paint did not show (the modules that carry the actions out, the engine
    # adapter), before any event of the user's is taken: still in this turn of the loop.
    window.complete_setup()
    import qasync

    main = _main(
        app, window, loaded, lock=lock, demo=demo, log_level=log_level, language=choice.language
    )
    return int(qasync.run(main))


def application_icon() -> QIcon:
    """The application's icon (resources/nbwss-gui.svg, shipped in the package)."""
    from nbwss_gui.ui.widgets import icons

    return icons.app_icon()
