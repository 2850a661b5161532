"""One server group's connection, kept by one asyncio task (SPEC §4.3, §4.4).

The task does everything for its group in order, so the group can never hold two active
connections: it tries the activated endpoints by priority (ties: host name, then URL), the next
at once when one fails, waits a jittered backoff after a full pass, and lives with the
connection it got until it ends. Then the other endpoints are tried at once; the one whose
connection just ended waits for the backoff, so a server that accepts and drops at once is not
hammered.

Changes arrive through `update()`: an attempt or connection to an endpoint that was deactivated,
removed or given another URL or pin is cancelled or closed at once, and the group fails over.

Fail-back (off by default): while on a lower-priority endpoint, the higher ones are probed now
and then (token read, TCP, TLS, WebSocket upgrade — no CONNECT). Once a probe passes, the
current connection is closed first and only then is CONNECT sent on the probed connection: the
probe is never an active connection, and the two never overlap.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol, TypeVar

from nbwss_gui.domain.backoff import Backoff
from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus
from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection import Connection, open_connection
from nbwss_gui.services.failure import ConnectionFailure, Failure, token_failure, where
from nbwss_gui.services.proxy import Proxies
from nbwss_gui.services.standby_checks import StandbyChecks
from nbwss_gui.services.tls_contexts import TlsContexts

T = TypeVar("T")
S = ConnectionState


class GroupHost(Protocol):
    """What a group's task needs of the engine that runs it (services.engine.Engine): the
    shared limits and settings, the endpoints' leases and logs, and where to report."""

    contexts: TlsContexts
    proxies: Proxies
    token_for: Callable[[str], Awaitable[str]]
    rng: Callable[[], float]
    clock: Callable[[], float]
    attempt_slots: asyncio.Semaphore
    start_gate: asyncio.Semaphore

    @property
    def settings(self) -> Settings: ...

    def status(self, endpoint_id: str) -> EndpointStatus | None: ...
    def lease(self, endpoint_id: str) -> asyncio.Lock: ...
    def message_log(self, endpoint_id: str) -> MessageLog: ...
    def opened(self, connection: Connection) -> None: ...
    def finished(self, connection: Connection) -> None: ...
    def publish(
        self,
        group_id: str,
        endpoint_id: str,
        state: ConnectionState,
        *,
        failure: Failure | None = None,
        reason: str | None = None,
        retry_at: float | None = None,
        rtt_ms: float | None = None,
        certificate_expires: float | None = None,
    ) -> None: ...


class GroupRunner:
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
        self._probe_backoff = Backoff(cap=max(settings.connection_period, 0.001))
        self._failures: dict[str, Failure] = {}
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
            try:
                token = await engine.token_for(endpoint.id)
            except Exception as exc:
                lease.release()
                return token_failure(exc)
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
        return connection, token

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

    def _standby_others(self, active: RegisteredEndpoint) -> None:
        for member in self._activated():
            if member.id == active.id:
                continue
            status = self.engine.status(member.id)
            if status is None or status.state in (S.CONNECTING, S.RETRYING, S.STANDBY):
                self._show_failed(member.id)

    # Standby checks

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
        try:
            await connection.close("standby check: reachable")
        finally:
            engine.finished(connection)  # and the lease with it
        return True

    # Fail-back

    def _higher(self, active: RegisteredEndpoint) -> list[RegisteredEndpoint]:
        if not self.engine.settings.fail_back:
            return []
        return [m for m in self._activated() if m.sort_key < active.sort_key]

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
