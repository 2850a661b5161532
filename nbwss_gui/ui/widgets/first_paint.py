"""Waiting for a widget's first paint: on Qt's own event loop before asyncio is loaded (the
start-up path), or from a coroutine once qasync runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio only once qasync runs: the first paint comes before it
    import asyncio

    from PySide6.QtWidgets import QWidget

# A hidden window never paints: nobody waits longer than this.
PAINT_WAIT_S = 5.0


def settle(future: asyncio.Future[None]) -> None:
    """Resolve `future` unless it is already done."""
    if not future.done():
        future.set_result(None)


def wait_for_paint(widget: QWidget, timeout: float = PAINT_WAIT_S) -> None:
    """Run Qt's event loop until `widget` has painted (or `timeout` seconds have passed: a
    hidden window never paints). For the first paint, before asyncio is loaded."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    local = QEventLoop()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                # After the paint has finished, not from inside it.
                QTimer.singleShot(0, local.quit)
            return False

    watch = Watch()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(local.quit)
    widget.installEventFilter(watch)
    widget.update()
    timer.start(int(timeout * 1000))
    local.exec()
    timer.stop()
    widget.removeEventFilter(watch)


async def painted(widget: QWidget, timeout: float = PAINT_WAIT_S) -> None:
    """Return once `widget` has painted (or after `timeout`: a hidden window never paints)."""
    import asyncio

    from PySide6.QtCore import QEvent, QObject

    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not done.done():
                # After the paint has finished, not from inside it.
                loop.call_soon(settle, done)
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
