"""Open the WebSocket Server dialog on a large screen, load a file with errors, and print the
dialog's size at each stage as one JSON line. Run in a process of its own (its own screen):
    python dialog_size_probe.py FILE
with QT_QPA_PLATFORM=offscreen:configfile=… naming the screen."""

from __future__ import annotations

import asyncio
import json
import os
import sys

import qasync
from PySide6.QtWidgets import QApplication

from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog


def main() -> int:
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    dialog = EndpointDialog(None)
    dialog.show()
    app.processEvents()
    sizes = {"open": dialog.size().toTuple()}

    async def load() -> None:
        dialog.choose_file(sys.argv[1])
        while dialog.step_task is not None or dialog.outcomes["file"] is None:
            await asyncio.sleep(0.02)

    loop.run_until_complete(load())
    app.processEvents()
    sizes["loaded"] = dialog.size().toTuple()
    sizes["screen"] = dialog.screen().availableGeometry().size().toTuple()
    print(json.dumps(sizes), flush=True)
    dialog.close()
    return 0


if __name__ == "__main__":
    # Without waiting for the file-reading thread the loop's executor keeps (Qt aborts when a
    # QThread is destroyed while running): what was measured is printed already.
    os._exit(main())
