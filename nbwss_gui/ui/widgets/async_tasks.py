"""Keeping the asyncio tasks a widget starts alive until they finish.

asyncio holds only weak references to tasks, so a task nobody keeps can vanish mid-way; and a
widget that closes should be able to cancel what it started.

asyncio itself is imported on the first start(): the main window is built, and painted, before
the event loop integration (and asyncio with it) is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

_log = logging.getLogger(__name__)


class TaskKeeper:
    """A set of running tasks; each leaves the set when it is done.

    An exception a task raises is logged with its traceback (the log handlers take the tokens
    out) and then handed to `on_error`, which tells the person; so a failing slot never passes
    silently, and what the window shows in a line can be read in full in the log.
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
        _log.error("background task %s failed", task.get_name(), exc_info=error)
        if self._on_error is not None:
            self._on_error(error)

    def __len__(self) -> int:
        return len(self._tasks)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Cancel every task still running (a closing window no longer wants their results)."""
        for task in list(self._tasks):
            task.cancel()


def failure_words(error: BaseException, secrets: Iterable[str] = ()) -> str:
    """An unexpected error as one line a person can read, without any token in it.

    The text of an exception may quote what it was given (a URL, a document, a token): it goes
    through the same redaction as the log, with `secrets` (tokens this window holds that the
    process may not know of yet) on top.
    """
    from nbwss_gui.services.logs import redact

    text = str(error).strip()
    words = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return redact(words, secrets)


class OneStep:
    """One step at a time for a dialog (read a file, validate, test): starting one stops the
    one before. `on_stopped` runs when the current step is cancelled (Stop, or a new one);
    `on_ended` after any step, once it is no longer current. Neither runs once `alive()` says
    the widget is gone."""

    def __init__(
        self,
        tasks: TaskKeeper,
        *,
        alive: Callable[[], bool],
        on_stopped: Callable[[], None],
        on_ended: Callable[[], None],
    ) -> None:
        self._tasks = tasks
        self._alive = alive
        self._on_stopped = on_stopped
        self._on_ended = on_ended
        self.task: asyncio.Task[None] | None = None

    def start(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self.stop()
        self.task = self._tasks.start(self._run(coro), name=name)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    async def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        import asyncio

        try:
            await coro
        except asyncio.CancelledError:
            if self.task is asyncio.current_task() and self._alive():
                self._on_stopped()
            raise
        finally:
            if self.task is asyncio.current_task():
                self.task = None
            # A dialog that closed and is gone has nothing left to update.
            if self._alive():
                self._on_ended()
