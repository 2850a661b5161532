"""Keeping the asyncio tasks a widget starts alive until they finish.

asyncio holds only weak references to tasks, so a task nobody keeps can vanish mid-way; and a
widget that closes should be able to cancel what it started.

asyncio itself is imported on the first start(): the main window is built, and painted, before
the event loop integration (and asyncio with it) is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

_log = logging.getLogger(__name__)


class TaskKeeper:
    """A set of running tasks; each leaves the set when it is done.

    An exception a task raises is handed to `on_error` (or logged) rather than lost, so a
    failing slot never passes silently.
    """

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    def start(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
        """Schedule `coro` on the running loop and keep it until it is done."""
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()  # never started: no "was never awaited" warning on top of the error
            raise
        task = loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        if self._on_error is not None:
            self._on_error(error)
        else:
            _log.error("background task %s failed", task.get_name(), exc_info=error)

    def __len__(self) -> int:
        return len(self._tasks)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Cancel every task still running (a closing window no longer wants their results)."""
        for task in list(self._tasks):
            task.cancel()
