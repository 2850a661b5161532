"""The signals that end a running window or `monitor` through its own shutdown.

SIGTERM (a `kill`, systemd stopping the service, a logout), SIGHUP (the terminal closing) and
SIGINT (Ctrl-C) call `callback` on the event loop, so the connections are closed with a close
frame rather than dropped under a stopped loop.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


def on_stop_signals(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> list[int]:
    """Install `callback` for each stop signal this platform has; the ones installed.

    Where a loop cannot watch signals (Windows), Ctrl-C arrives as KeyboardInterrupt and the
    session's end as a Qt quit instead."""
    handled: list[int] = []
    for name in STOP_SIGNALS:
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            loop.add_signal_handler(signum, callback)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        handled.append(signum)
    return handled


def remove_stop_signals(loop: asyncio.AbstractEventLoop, handled: list[int]) -> None:
    for signum in handled:
        loop.remove_signal_handler(signum)
