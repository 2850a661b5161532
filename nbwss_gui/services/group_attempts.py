"""A group's endpoints as its task sees them, and one attempt at one of them (SPEC §4.3, §4.4).

`GroupAttempts` is the part of a group's task (services.group_runner) that knows the group's
members and what they read, chooses among them (by priority; ties: host name, then URL), and
tries one: token, TCP, TLS and the WebSocket upgrade with the endpoint's lease held, then
CONNECT. Changes arrive through `update()`: an attempt to an endpoint that was deactivated,
removed or given another URL or pin is cancelled at once (`_interruptible`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from nbwss_gui.domain.backoff import Backoff
from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.connection import Connection, open_connection
from nbwss_gui.services.failure import ConnectionFailure, Failure, token_failure, where
from nbwss_gui.services.group_host import GroupHost
from nbwss_gui.services.standby_checks import StandbyChecks

__all__ = ["GroupAttempts"]

T = TypeVar("T")
S = ConnectionState


class GroupAttempts:
    """The group's state, shared by every part of its task, and its attempts."""

    def __init__(
        self,
        engine: GroupHost,
        group_id: str,
        previous: asyncio.Task[None] | None,
        *,
        start_delay: float = 0.0,
    ) -> None:
        self.engine = engine
        self.group_id = group_id
        self.previous = previous
        # Set by the engine's supervisor when this task replaces one that died.
        self.start_delay = start_delay
        self.task: asyncio.Task[None] | None = None
        self.members: dict[str, RegisteredEndpoint] = {}
        # Set, once and for good, when the task decides to end (its group is empty).
        self.retiring = False
        self._changed = asyncio.Event()
        self._connect_now = asyncio.Event()
        settings = engine.settings
        self._backoff = Backoff(cap=max(settings.connection_period, 0.001), rng=engine.rng)
        # How often fail-back probes (services.group_fail_back).
        self._probe_backoff = Backoff(cap=max(settings.connection_period, 0.001))
        self._failures: dict[str, Failure] = {}
        # When the FAILED standby endpoints are checked (services.group_standby).
        self._checks = StandbyChecks()

    # From the engine

    def update(self, members: list[RegisteredEndpoint]) -> None:
        self.members = {m.id: m for m in members}
        self._failures = {k: v for k, v in self._failures.items() if k in self.members}
        self._changed.set()

    def connect_now(self) -> None:
        self._connect_now.set()

    def settings_changed(self) -> None:
        cap = max(self.engine.settings.connection_period, 0.001)
        self._backoff.cap = cap
        self._probe_backoff.cap = cap

    # Choosing

    def _activated(self) -> list[RegisteredEndpoint]:
        return sorted((m for m in self.members.values() if m.activated), key=lambda m: m.sort_key)

    def _wanted(self, endpoint: RegisteredEndpoint) -> bool:
        """Whether a connection to `endpoint` as it was when dialled may go on."""
        current = self.members.get(endpoint.id)
        return (
            current is not None
            and current.activated
            and current.url == endpoint.url
            and current.pinned_sha256 == endpoint.pinned_sha256
        )

    def _publish(self, endpoint_id: str, state: ConnectionState, **fields: Any) -> None:
        self.engine.publish(self.group_id, endpoint_id, state, **fields)

    def _refresh(self) -> None:
        """Deactivated endpoints show NOT CONNECTED; newly (re)activated ones STANDBY."""
        for member in self.members.values():
            status = self.engine.status(member.id)
            if not member.activated:
                # Its old failure is history: activated again, it starts afresh.
                self._failures.pop(member.id, None)
                self._publish(member.id, S.NOT_CONNECTED, reason="deactivated")
            elif status is None or status.state is S.NOT_CONNECTED:
                self._publish(member.id, S.STANDBY)

    def _show_failed(self, endpoint_id: str) -> None:
        failure = self._failures.get(endpoint_id)
        if failure is not None:
            self._publish(endpoint_id, S.FAILED, failure=failure)
        else:
            self._publish(endpoint_id, S.STANDBY)

    # Trying

    async def _pass(self, order: list[RegisteredEndpoint]) -> Connection | None:
        # Endpoints whose turn has not come yet stay RETRYING (due now) until it does.
        for endpoint in order:
            if not self._wanted(endpoint):
                continue
            self._publish(endpoint.id, S.CONNECTING, reason=f"connecting to {where(endpoint.url)}")
            result = await self._interruptible(self._attempt(endpoint), endpoint)
            if result is None:
                self._refresh()
                continue
            if isinstance(result, Failure):
                self._failures[endpoint.id] = result
                self._publish(endpoint.id, S.FAILED, failure=result)
                continue
            return result
        return None

    async def _attempt(self, endpoint: RegisteredEndpoint) -> Connection | Failure:
        opened = await self._open(endpoint)
        if isinstance(opened, Failure):
            return opened
        connection, token = opened
        return await self._connect(connection, token)

    async def _open(self, endpoint: RegisteredEndpoint) -> tuple[Connection, str] | Failure:
        """Token, TCP, TLS and upgrade; the endpoint's lease stays held on success."""
        engine = self.engine
        lease = engine.lease(endpoint.id)
        await lease.acquire()
        try:
            token = await engine.token_for(endpoint.id)
        except Exception as exc:
            lease.release()
            return token_failure(exc)
        except BaseException:
            lease.release()
            raise
        opened = await self._dial(endpoint, lease)
        if isinstance(opened, Failure):
            return opened
        return opened, token

    async def _dial(
        self, endpoint: RegisteredEndpoint, lease: asyncio.Lock
    ) -> Connection | Failure:
        """TCP, TLS and upgrade in an attempt slot, `endpoint`'s `lease` held: kept on success
        (the engine's `finished` releases it), released on failure."""
        engine = self.engine
        try:
            async with engine.attempt_slots:
                connection = await open_connection(
                    endpoint,
                    engine.settings,
                    contexts=engine.contexts,
                    log=engine.message_log(endpoint.id),
                    proxies=engine.proxies,
                )
        except ConnectionFailure as exc:
            lease.release()
            return exc.failure
        except BaseException:
            lease.release()
            raise
        engine.opened(connection)
        return connection

    async def _connect(self, connection: Connection, token: str) -> Connection | Failure:
        """Send CONNECT on an open connection; it is closed and forgotten unless accepted."""
        try:
            await connection.handshake(token)
        except ConnectionFailure as exc:
            self.engine.finished(connection)
            return exc.failure
        except BaseException:
            connection.abort()
            self.engine.finished(connection)
            raise
        return connection

    async def _interruptible(
        self, work: Coroutine[Any, Any, T], endpoint: RegisteredEndpoint
    ) -> T | None:
        """Run `work` for `endpoint`; cancel it (None) once a change makes the endpoint unwanted."""
        task = asyncio.create_task(work)
        try:
            while not task.done():
                if not self._wanted(endpoint):
                    task.cancel()
                    await asyncio.wait([task])
                    return None
                self._changed.clear()
                changed = asyncio.create_task(self._changed.wait())
                try:
                    await asyncio.wait({task, changed}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    changed.cancel()
            result = task.result()
            if not self._wanted(endpoint):
                self._discard(result)
                return None
            return result
        finally:
            if not task.done():
                task.cancel()
                await asyncio.wait([task])
                if not task.cancelled() and task.exception() is None:
                    self._discard(task.result())

    def _discard(self, result: object) -> None:
        """Drop a connection nobody wants any more (cancelled mid-way, or unwanted at once)."""
        connection = result[0] if isinstance(result, tuple) else result
        if isinstance(connection, Connection):
            connection.abort()
            self.engine.finished(connection)

    # Closing

    async def _close(
        self, connection: Connection, serving: asyncio.Task[Failure], why: str
    ) -> None:
        try:
            await connection.close(why)
        finally:
            if not serving.done():
                serving.cancel()
            await asyncio.wait([serving])
            self.engine.finished(connection)

    # Fail-back's choice (services.group_fail_back)

    def _higher(self, active: RegisteredEndpoint) -> list[RegisteredEndpoint]:
        if not self.engine.settings.fail_back:
            return []
        return [m for m in self._activated() if m.sort_key < active.sort_key]
