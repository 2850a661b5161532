"""One server group's connection, kept by one asyncio task (SPEC §4.3, §4.4).

The task does everything for its group in order, so the group can never hold two active
connections: it tries the activated endpoints by priority (ties: host name, then URL), the next
at once when one fails, waits a jittered backoff after a full pass, and lives with the
connection it got until it ends. Then the other endpoints are tried at once; the one whose
connection just ended waits for the backoff, so a server that accepts and drops at once is not
hammered.

Changes arrive through `update()`: an attempt or connection to an endpoint that was deactivated,
removed or given another URL or pin is cancelled or closed at once, and the group fails over.

The task is put together from its parts: the members and one attempt
(services.group_attempts), the standby checks (services.group_standby) and fail-back
(services.group_fail_back, off by default); what it needs of the engine is
services.group_host.GroupHost.
"""

from __future__ import annotations

import asyncio
import time

from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.connection import Connection
from nbwss_gui.services.group_fail_back import FailBack
from nbwss_gui.services.group_host import GroupHost
from nbwss_gui.services.group_standby import StandbyChecking

__all__ = ["GroupHost", "GroupRunner"]

S = ConnectionState


class GroupRunner(FailBack, StandbyChecking):
    """The task of one group: passes over its endpoints, the connection, the waits."""

    # The task

    async def run(self) -> None:
        if self.previous is not None:
            # The group's former task is still closing its connection: never overlap with it.
            await asyncio.wait([self.previous])
            self.previous = None
        if self.start_delay > 0:
            await asyncio.sleep(self.start_delay)
        # Hundreds of groups starting at once take turns, a few per loop iteration, so the
        # window's loop is never held up by all of them together.
        async with self.engine.start_gate:
            await asyncio.sleep(0)
        ended: str | None = None
        while True:
            self._refresh()
            if not self.members:
                self.retiring = True
                return
            activated = self._activated()
            if not activated:
                self._changed.clear()
                await self._changed.wait()
                continue
            order = [e for e in activated if e.id != ended]
            connection = await self._pass(order)
            if connection is not None:
                ended = await self._live(connection)
                continue
            ended = None
            await self._retry_wait({e.id for e in activated})

    # Living

    async def _live(self, connection: Connection) -> str | None:
        """Keep the group on `connection` until it ends. Returns the endpoint whose connection
        ended by itself (tried last next time), or None when this application closed it."""
        while True:
            switched = await self._serve(connection)
            if isinstance(switched, Connection):
                connection = switched
                continue
            return switched

    async def _serve(self, connection: Connection) -> Connection | str | None:
        endpoint = connection.endpoint
        engine = self.engine
        started = time.monotonic()
        self._failures.pop(endpoint.id, None)
        self._probe_backoff.reset()
        expires = connection.certificate_expires()
        self._publish(endpoint.id, S.CONNECTED, certificate_expires=expires)
        self._standby_others(endpoint)

        def rtt(value: float) -> None:
            if not connection.closed:
                self._publish(
                    endpoint.id, S.CONNECTED, rtt_ms=round(value, 1), certificate_expires=expires
                )

        serving = asyncio.create_task(connection.serve(rtt))
        probe_at = self._next_probe() if self._higher(endpoint) else None
        try:
            while True:
                self._checks.follow(self._failed_standby(endpoint))
                wake = min(
                    (t for t in (probe_at, self._checks.next_due()) if t is not None),
                    default=None,
                )
                self._changed.clear()
                waiters = {serving, asyncio.create_task(self._changed.wait())}
                waiters.add(asyncio.create_task(self._connect_now.wait()))
                timeout = None if wake is None else max(0.0, wake - time.monotonic())
                try:
                    await asyncio.wait(
                        waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                    )
                finally:
                    for waiter in waiters - {serving}:
                        waiter.cancel()
                if serving.done():
                    failure = serving.result()
                    engine.finished(connection)
                    self._backoff.connection_lasted(time.monotonic() - started)
                    self._failures[endpoint.id] = failure
                    self._publish(endpoint.id, S.FAILED, failure=failure)
                    return endpoint.id
                if not self._wanted(endpoint):
                    self._backoff.connection_lasted(time.monotonic() - started)
                    await self._close(
                        connection, serving, "the endpoint was deactivated or removed"
                    )
                    self._refresh()
                    return None
                self._refresh()
                self._standby_others(endpoint)
                if self._connect_now.is_set():
                    self._connect_now.clear()
                    if probe_at is not None:
                        probe_at = time.monotonic()
                if probe_at is None and self._higher(endpoint):
                    probe_at = self._next_probe()
                if probe_at is not None and time.monotonic() >= probe_at:
                    outcome = await self._fail_back(connection, serving)
                    if outcome is not connection:
                        return outcome
                    probe_at = self._next_probe() if self._higher(endpoint) else None
                for endpoint_id in self._checks.due_now():
                    await self._check_standby(endpoint_id)
        finally:
            if not serving.done():
                # Cancelled (the engine is closing): close cleanly all the same.
                await self._close(connection, serving, "the application is closing")

    def _standby_others(self, active: RegisteredEndpoint) -> None:
        for member in self._activated():
            if member.id == active.id:
                continue
            status = self.engine.status(member.id)
            if status is None or status.state in (S.CONNECTING, S.RETRYING, S.STANDBY):
                self._show_failed(member.id)

    # Waiting

    async def _retry_wait(self, tried: set[str]) -> None:
        delay = self._backoff.next_delay()
        deadline = time.monotonic() + delay
        retry_at = self.engine.clock() + delay
        while True:
            activated = self._activated()
            for member in activated:
                failure = self._failures.get(member.id)
                reason = None if failure is not None else "waiting for the next try"
                self._publish(
                    member.id, S.RETRYING, failure=failure, reason=reason, retry_at=retry_at
                )
            if not activated or any(m.id not in tried for m in activated):
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if self._connect_now.is_set():
                self._connect_now.clear()
                return
            self._changed.clear()
            waiters = {
                asyncio.create_task(self._changed.wait()),
                asyncio.create_task(self._connect_now.wait()),
            }
            try:
                await asyncio.wait(waiters, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()
            self._refresh()
