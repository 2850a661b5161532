"""Who owns a profile (SPEC §5.1): the owner lock, an OS lock that dies with its process.

Small and free of asyncio at import: a window start checks it before its first paint.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

OWNER_LOCK_NAME = ".owner.lock"
# How long an attached face waits for the lock after the owner's channel closed, before it
# says that another process has taken over.
TAKEOVER_WAIT_S = 5.0
TAKEOVER_POLL_S = 0.05


class OwnerLock:
    """The profile's owner lock: held for the owner's lifetime, freed by the OS at its end
    (a crash or SIGKILL included), so no stale lock file ever needs cleaning.

    The OS lock itself, not `filelock` (which the config file's lock uses): a window start
    takes this one before its first paint, and importing filelock costs about 100 ms there —
    more than the whole start-up budget. An exclusive `flock` on the lock file (POSIX), or a
    one-byte `msvcrt.locking` region (Windows): both belong to the open file, both end with
    the process."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / OWNER_LOCK_NAME
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; True when this object holds it (again)."""
        if self._fd is not None:
            return True
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            # Closing the file releases the lock; the file stays (removing it while another
            # process waits on it would let two processes hold "the" lock).
            os.close(fd)


if sys.platform == "win32":

    def _lock(fd: int) -> None:
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:

    def _lock(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


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
