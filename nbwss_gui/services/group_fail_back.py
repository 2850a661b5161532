"""Fail-back (off by default): back to a higher-priority endpoint once it answers (SPEC §4.4).

While the group is on a lower-priority endpoint, its task (services.group_runner) probes the
higher ones now and then (token read, TCP, TLS, WebSocket upgrade — no CONNECT), less often
after each probe up to the connection period. Once a probe passes, the current connection is
closed first and only then is CONNECT sent on the probed connection: the probe is never an
active connection, and the two never overlap.
"""

from __future__ import annotations

import asyncio
import time

from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.services.connection import Connection
from nbwss_gui.services.failure import Failure, where
from nbwss_gui.services.group_attempts import GroupAttempts

__all__ = ["FailBack"]

S = ConnectionState


class FailBack(GroupAttempts):
    """The fail-back of a group's task."""

    def _next_probe(self) -> float:
        delay = self._probe_backoff.ceiling()
        self._probe_backoff.attempts += 1
        return time.monotonic() + delay

    async def _fail_back(
        self, connection: Connection, serving: asyncio.Task[Failure]
    ) -> Connection | str | None:
        """Probe the higher endpoints; on the first that passes, move there.

        Returns `connection` when staying, the new connection after moving, or None when the
        old one was closed but CONNECT on the new one failed (a fresh pass follows)."""
        current = connection.endpoint
        for candidate in self._higher(current):
            probed = await self._interruptible(self._open(candidate), candidate)
            if probed is None:
                continue
            if isinstance(probed, Failure):
                self._failures[candidate.id] = probed
                self._publish(candidate.id, S.FAILED, failure=probed)
                continue
            probe, token = probed
            if serving.done() or not self._wanted(current):
                # The current connection ended meanwhile; the normal path will see it.
                self._discard(probe)
                return connection
            # Never two active: the old connection is closed before CONNECT goes out.
            await self._close(connection, serving, f"moving back to {candidate.host_name}")
            self._publish(current.id, S.STANDBY)
            self._publish(
                candidate.id, S.CONNECTING, reason=f"moving back to {where(candidate.url)}"
            )
            result = await self._interruptible(self._connect(probe, token), candidate)
            if isinstance(result, Connection):
                return result
            if isinstance(result, Failure):
                self._failures[candidate.id] = result
                self._publish(candidate.id, S.FAILED, failure=result)
            return None
        return connection
