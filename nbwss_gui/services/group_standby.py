"""Standby checks: a FAILED endpoint that stands by is looked at again (SPEC §3.1).

While its group is carried by another endpoint, the group's task (services.group_runner) checks
the activated endpoints that read FAILED — TCP, TLS and the WebSocket upgrade, no token — on
the schedule of services.standby_checks: STANDBY again when one answers, FAILED with today's
reason when not. Those that fail-back probes anyway are left to it.
"""

from __future__ import annotations

import time

from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.failure import Failure
from nbwss_gui.services.group_attempts import GroupAttempts

__all__ = ["StandbyChecking"]

S = ConnectionState


class StandbyChecking(GroupAttempts):
    """The standby checks of a group's task."""

    def _failed_standby(self, active: RegisteredEndpoint) -> list[str]:
        """The activated endpoints other than `active` that read FAILED, but for those that
        fail-back probes anyway."""
        probed = {m.id for m in self._higher(active)}
        return [
            m.id
            for m in self._activated()
            if m.id != active.id
            and m.id not in probed
            and (status := self.engine.status(m.id)) is not None
            and status.state is S.FAILED
        ]

    async def _check_standby(self, endpoint_id: str) -> None:
        """TCP, TLS and the upgrade to a FAILED standby endpoint, no token: STANDBY again when
        it answers, FAILED with today's reason when not."""
        endpoint = self.members.get(endpoint_id)
        if endpoint is None or not self._wanted(endpoint):
            return
        reached = await self._interruptible(self._reach(endpoint), endpoint)
        if reached is None:
            return
        if isinstance(reached, Failure):
            self._checks.still_failing(endpoint_id)
            self._failures[endpoint_id] = reached
            self._publish(endpoint_id, S.FAILED, failure=reached)
            return
        self._checks.reachable(endpoint_id)
        self._failures.pop(endpoint_id, None)
        checked = time.strftime("%H:%M:%S", time.localtime(self.engine.clock()))
        self._publish(endpoint_id, S.STANDBY, reason=f"reachable (checked at {checked})")

    async def _reach(self, endpoint: RegisteredEndpoint) -> bool | Failure:
        """Open a connection to `endpoint` and close it again: no CONNECT, no token."""
        engine = self.engine
        lease = engine.lease(endpoint.id)
        await lease.acquire()
        connection = await self._dial(endpoint, lease)
        if isinstance(connection, Failure):
            return connection
        try:
            await connection.close("standby check: reachable")
        finally:
            engine.finished(connection)  # and the lease with it
        return True
