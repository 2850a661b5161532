"""Who owns a profile (SPEC §5.1): the owner lock, an OS lock that dies with its process.

Small and free of asyncio at import: a window start checks it before its first paint.
"""

from __future__ import annotations

import time
from pathlib import Path

OWNER_LOCK_NAME = ".owner.lock"
# How long an attached face waits for the lock after the owner's channel closed, before it
# says that another process has taken over.
TAKEOVER_WAIT_S = 5.0
TAKEOVER_POLL_S = 0.05


class OwnerLock:
    """The profile's owner lock: held for the owner's lifetime, freed by the OS at its end
    (a crash or SIGKILL included), so no stale lock file ever needs cleaning."""

    def __init__(self, folder: Path) -> None:
        from filelock import FileLock

        self.folder = Path(folder)
        self._lock = FileLock(
            self.folder / OWNER_LOCK_NAME,
            thread_local=False,
            preserve_lock_file=True,
            fallback_to_soft=False,
        )

    def try_acquire(self) -> bool:
        from filelock import Timeout

        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)


async def wait_for_ownership(lock: OwnerLock, timeout: float = TAKEOVER_WAIT_S) -> bool:
    """Try the owner lock until `timeout`: True once held (the old owner is gone)."""
    import asyncio

    deadline = time.monotonic() + timeout
    while True:
        if lock.try_acquire():
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(TAKEOVER_POLL_S)
