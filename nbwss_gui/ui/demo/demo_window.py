"""`nbwss-gui --demo` (SPEC §6.2): the window on a sandbox provider started for the occasion.

The sandbox runs on 127.0.0.1 in the window's own event loop; its endpoints are registered in
a throw-away config folder with an in-memory keyring labelled DEMO (sandbox.demo), so the
user's own endpoints and keyring are never read or written. The DEMO panel docks on the right
and makes an endpoint stop, reject the token or freeze, and the list shows the group failing
over.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.sandbox.demo import DemoSetup
    from nbwss_gui.sandbox.server import Sandbox
    from nbwss_gui.ui.demo.demo_panel import DemoPanel
    from nbwss_gui.ui.servers_window.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_TITLE_PREFIX = QT_TRANSLATE_NOOP("DemoWindow", "DEMO — ")


class DemoRun:
    """The sandbox, the demo's registry and the panel of one demo window."""

    def __init__(self, window: MainWindow, *, command_interval: float | None = 20.0) -> None:
        self.window = window
        self.command_interval = command_interval
        self.sandbox: Sandbox | None = None
        self.setup: DemoSetup | None = None
        self.panel: DemoPanel | None = None

    async def start(self) -> str | None:
        """Start the sandbox and show its endpoints; None, or why it could not (in words).
        Call `stop()` in either case."""
        from nbwss_gui.sandbox.demo import setup_demo
        from nbwss_gui.sandbox.server import Sandbox, SandboxError
        from nbwss_gui.services.registry import RegistryError

        window = self.window
        window.setWindowTitle(
            QCoreApplication.translate("DemoWindow", DEMO_TITLE_PREFIX) + window.windowTitle()
        )
        self.sandbox = Sandbox(command_interval=self.command_interval)
        try:
            await self.sandbox.start()
            self.setup = await setup_demo(self.sandbox)
        except RegistryError as exc:
            log.error("the demo sandbox did not start: %s", exc.message)
            return say(exc.message)
        except (SandboxError, OSError) as exc:
            log.error("the demo sandbox did not start: %s", exc)
            return str(exc) or type(exc).__name__
        from nbwss_gui.ui.demo.demo_panel import DemoPanel

        window.ca_file = str(self.setup.ca_file)
        window.set_registry(self.setup.registry)
        self.panel = DemoPanel(self.sandbox, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        window.say(
            QCoreApplication.translate(
                "DemoWindow",
                "DEMO: {count} sandbox endpoints registered in a throw-away folder, tokens in "
                "an in-memory keyring labelled DEMO.",
            ).format(count=len(self.sandbox.endpoints))
        )
        return None

    async def stop(self) -> None:
        """Stop the panel's work and the sandbox, and delete the throw-away folder."""
        try:
            if self.panel is not None:
                self.panel.shutdown()
            if self.sandbox is not None:
                await self.sandbox.stop()
        finally:
            if self.setup is not None:
                self.setup.close()
                self.setup = None
