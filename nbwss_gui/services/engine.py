"""The connection engine (SPEC §4): one asyncio task per server group, reporting through callbacks.

The engine holds no Qt and no registry: give it the registered endpoints with `update()`
whenever they change, a coroutine that returns an endpoint's token, and callbacks for the
state changes. The window, `nbwss-gui monitor` and the tests run it alike.

Guarantees (§4.3): at most one connection per endpoint (a per-endpoint lease, held from the
first byte to the last, so an endpoint moving between groups is never dialled twice) and at
most one active — CONNECTed — connection per group (one task per group does everything for
it, in order; see group_fail_back for fail-back).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.message_log import DEFAULT_CAPACITY, MessageLog
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.domain.words import translate
from nbwss_gui.services.failure import Failure, FailureKind
from nbwss_gui.services.proxy import Proxies
from nbwss_gui.services.tls_buffer import cap_tls_read_buffer
from nbwss_gui.services.tls_contexts import TlsContexts

if TYPE_CHECKING:
    from nbwss_gui.services.connection import Connection
    from nbwss_gui.services.group_runner import GroupRunner

log = logging.getLogger(__name__)

TokenSource = Callable[[str], Awaitable[str]]
# TLS handshakes cost CPU on the loop's thread: opening a thousand at once would stall the
# window. Attempts beyond this many wait their turn (they show CONNECTING meanwhile).
MAX_CONCURRENT_ATTEMPTS = 32
# Group tasks started in one loop turn: creating a thousand at once (and their first steps on
# the next turn) held the window's loop for over 100 ms; the rest start on the turns after.
START_SLICE = 32
# A group task that died is started again after this long, doubled for each death in a row
# (deaths further apart than RESTART_RESET are not in a row), up to connectionInfo.period.
RESTART_DELAY = 0.5
RESTART_RESET = 60.0
# States a dead task leaves behind untrue: nothing is connecting or connected any more.
_HELD_STATES = frozenset({ConnectionState.CONNECTING, ConnectionState.CONNECTED})


class Engine:
    """Keeps the connections of every group. Create and use it inside a running event loop."""

    def __init__(
        self,
        settings: Settings,
        token_for: TokenSource,
        on_status: Callable[[EndpointStatus], None] | None = None,
        *,
        on_group: Callable[[GroupStatus], None] | None = None,
        rng: Callable[[], float] = random.random,
        log_capacity: int = DEFAULT_CAPACITY,
        max_concurrent_attempts: int = MAX_CONCURRENT_ATTEMPTS,
        clock: Callable[[], float] = time.time,
        proxies_for: Callable[[Settings], Proxies] | None = None,
    ) -> None:
        # Before any connection is made: each TLS connection's buffer is sized at its start.
        cap_tls_read_buffer()
        self._settings = settings
        self.contexts = TlsContexts(settings.ca_file)
        # Which proxy each connection goes through (SPEC §4.6), rebuilt with the settings.
        self._proxies_for = proxies_for or Proxies.from_settings
        self.proxies = self._proxies_for(settings)
        self.token_for = token_for
        self.rng = rng
        self.clock = clock
        self._on_status = on_status
        self._on_group = on_group
        self._log_capacity = log_capacity
        self.attempt_slots = asyncio.Semaphore(max_concurrent_attempts)
        self.start_gate = asyncio.Semaphore(max_concurrent_attempts)
        self._members: dict[str, RegisteredEndpoint] = {}
        # The same endpoints by group, each group in priority order.
        self._by_group: dict[str, list[RegisteredEndpoint]] = {}
        self._runners: dict[str, GroupRunner] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        # Runners waiting for their turn to start (START_SLICE a loop turn), and who starts them.
        self._starting: collections.deque[GroupRunner] = collections.deque()
        self._starter: asyncio.Task[None] | None = None
        self._statuses: dict[str, EndpointStatus] = {}
        self._groups: dict[str, GroupStatus] = {}
        self._logs: dict[str, MessageLog] = {}
        self._leases: dict[str, asyncio.Lock] = {}
        self._open: dict[str, Connection] = {}
        # Per group: how many times in a row its task was restarted, and when last.
        self._restarts: dict[str, tuple[int, float]] = {}
        self._closed = False

    # Feeding it

    @property
    def settings(self) -> Settings:
        return self._settings

    def update_settings(self, settings: Settings) -> None:
        """New settings apply from the next attempt; open connections keep theirs."""
        if settings.ca_file != self._settings.ca_file:
            self.contexts = TlsContexts(settings.ca_file)
        self.proxies = self._proxies_for(settings)
        self._settings = settings
        for runner in self._runners.values():
            runner.settings_changed()

    def update(self, endpoints: Iterable[RegisteredEndpoint]) -> None:
        """Reconcile with the registered endpoints: start, stop, close and fail over as needed."""
        if self._closed:
            return
        from nbwss_gui.services.group_runner import GroupRunner

        members = {e.id: e for e in endpoints}
        old_groups = {e.group_id for e in self._members.values()}
        self._members = members
        by_group: dict[str, list[RegisteredEndpoint]] = {}
        for endpoint in members.values():
            by_group.setdefault(endpoint.group_id, []).append(endpoint)
        for group_members in by_group.values():
            group_members.sort(key=lambda m: m.sort_key)
        self._by_group = by_group
        for endpoint_id in [i for i in self._statuses if i not in members]:
            del self._statuses[endpoint_id]
        for endpoint_id in [i for i in self._logs if i not in members]:
            del self._logs[endpoint_id]
        for endpoint_id, lease in list(self._leases.items()):
            if endpoint_id not in members and not lease.locked():
                del self._leases[endpoint_id]
        for group_id, group_members in by_group.items():
            runner = self._runners.get(group_id)
            if runner is None or runner.retiring:
                previous = runner.task if runner is not None else None
                runner = GroupRunner(self, group_id, previous)
                self._runners[group_id] = runner
                self._start_soon(runner)
            runner.update(group_members)
        for group_id, runner in self._runners.items():
            if group_id not in by_group:
                runner.update([])
        for group_id in old_groups - by_group.keys():
            self._groups.pop(group_id, None)
        for group_id in by_group:
            self.roll_up(group_id)

    def connect_now(self, group_id: str | None = None) -> None:
        """Skip the retry wait of one group, or of every group."""
        for gid, runner in self._runners.items():
            if group_id is None or gid == group_id:
                runner.connect_now()

    async def close(self) -> None:
        """Close every connection (closing handshake, at most a couple of seconds) and stop."""
        self._closed = True
        self._starting.clear()
        if self._starter is not None:
            self._starter.cancel()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for connection in list(self._open.values()):
            connection.abort()
        self._open.clear()

    # Reading it

    def status(self, endpoint_id: str) -> EndpointStatus | None:
        return self._statuses.get(endpoint_id)

    def statuses(self) -> dict[str, EndpointStatus]:
        return dict(self._statuses)

    def group_status(self, group_id: str) -> GroupStatus | None:
        return self._groups.get(group_id)

    def group_statuses(self) -> dict[str, GroupStatus]:
        return dict(self._groups)

    def message_log(self, endpoint_id: str) -> MessageLog:
        """The endpoint's message log (SPEC §6.3); the same object for as long as it exists."""
        entry = self._logs.get(endpoint_id)
        if entry is None:
            entry = self._logs[endpoint_id] = MessageLog(self._log_capacity)
        return entry

    def open_connections(self) -> list[tuple[str, str, bool]]:
        """(group id, endpoint id, CONNECT accepted) for every open connection."""
        return [
            (c.endpoint.group_id, endpoint_id, c.accepted and not c.closed)
            for endpoint_id, c in self._open.items()
        ]

    def endpoint(self, endpoint_id: str) -> RegisteredEndpoint | None:
        return self._members.get(endpoint_id)

    # For the group runners

    def lease(self, endpoint_id: str) -> asyncio.Lock:
        """Held by whoever has a connection (or an attempt) to this endpoint."""
        lease = self._leases.get(endpoint_id)
        if lease is None:
            lease = self._leases[endpoint_id] = asyncio.Lock()
        return lease

    def opened(self, connection: Connection) -> None:
        """Called with the endpoint's lease held."""
        endpoint_id = connection.endpoint.id
        if endpoint_id in self._open:
            log.error("endpoint %s has two connections; closing the older one", endpoint_id)
            self._open[endpoint_id].abort()
        self._open[endpoint_id] = connection

    def finished(self, connection: Connection) -> None:
        """The connection is closed: forget it and let the endpoint be dialled again."""
        endpoint_id = connection.endpoint.id
        if self._open.get(endpoint_id) is not connection:
            return
        if connection.tearing_down:
            # The peer closed it; the last bytes are still on their way, the lease held.
            connection.when_torn_down(lambda: self.finished(connection))
            return
        del self._open[endpoint_id]
        lease = self._leases.get(endpoint_id)
        if lease is not None and lease.locked():
            lease.release()

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
    ) -> None:
        member = self._members.get(endpoint_id)
        if member is None or member.group_id != group_id:
            # Removed, or moved to another group whose runner now speaks for it.
            return
        old = self._statuses.get(endpoint_id)
        since = old.since if old is not None and old.state is state else self.clock()
        new = EndpointStatus(
            endpoint_id=endpoint_id,
            group_id=group_id,
            state=state,
            reason=failure.message if failure is not None else reason,
            reason_kind=failure.kind.value if failure is not None else None,
            since=since,
            retry_at=retry_at,
            rtt_ms=rtt_ms,
            certificate_expires=certificate_expires,
        )
        if new == old:
            return
        self._statuses[endpoint_id] = new
        if self._on_status is not None:
            try:
                self._on_status(new)
            except Exception:
                log.exception("a connection state listener failed")
        self.roll_up(group_id)

    def roll_up(self, group_id: str) -> None:
        group = self._group_summary(group_id)
        old = self._groups.get(group_id)
        if old is not None and old.state is group.state:
            group = GroupStatus(
                group.group_id,
                group.state,
                group.active_endpoint_id,
                group.summary,
                old.since,
                group.retry_at,
            )
        if group == old:
            return
        self._groups[group_id] = group
        if self._on_group is not None:
            try:
                self._on_group(group)
            except Exception:
                log.exception("a group state listener failed")

    def _group_summary(self, group_id: str) -> GroupStatus:
        members = self._by_group.get(group_id, [])
        now = self.clock()
        pairs = [(m, self._statuses.get(m.id)) for m in members]
        for member, status in pairs:
            if status is not None and status.state is ConnectionState.CONNECTED:
                return GroupStatus(
                    group_id,
                    ConnectionState.CONNECTED,
                    member.id,
                    translate("Groups", "carried by {host} ({url})").fill(
                        host=member.host_name, url=member.url
                    ),
                    now,
                )
        for member, status in pairs:
            if status is not None and status.state is ConnectionState.CONNECTING:
                return GroupStatus(
                    group_id,
                    ConnectionState.CONNECTING,
                    None,
                    translate("Groups", "no connection yet: connecting to {host} ({url})").fill(
                        host=member.host_name, url=member.url
                    ),
                    now,
                )
        activated = [(m, s) for m, s in pairs if m.activated]
        if not activated:
            if members:
                words = translate("Groups", "no connection: every endpoint is deactivated")
            else:
                words = translate("Groups", "no connection: no endpoint")
            return GroupStatus(group_id, ConnectionState.NOT_CONNECTED, None, words, now)
        failed = [
            (m, s)
            for m, s in activated
            if s is not None
            and s.state in (ConnectionState.RETRYING, ConnectionState.FAILED)
            and s.reason
        ]
        retry_times = [s.retry_at for _m, s in activated if s is not None and s.retry_at]
        retry_at = min(retry_times) if retry_times else None
        state = ConnectionState.RETRYING if retry_at is not None else ConnectionState.FAILED
        if not failed:
            return GroupStatus(
                group_id,
                ConnectionState.STANDBY,
                None,
                translate("Groups", "waiting to connect"),
                now,
            )
        first, status = failed[0]
        if len(failed) == len(activated):
            words = translate(
                "Groups", "no connection: every activated endpoint failed; {host}: {reason}"
            )
        else:
            words = translate("Groups", "no connection: {host}: {reason}")
        summary = words.fill(host=first.host_name, reason=status.reason or "")
        if len(failed) > 1:
            summary = translate("Groups", "{summary} (and {count} more)").fill(
                summary=summary, count=len(failed) - 1
            )
        return GroupStatus(group_id, state, None, summary, now, retry_at)

    def _start_soon(self, runner: GroupRunner) -> None:
        self._starting.append(runner)
        if self._starter is None:
            self._starter = asyncio.get_running_loop().create_task(
                self._start_queued(), name="nbwss group starter"
            )

    async def _start_queued(self) -> None:
        try:
            while self._starting and not self._closed:
                for _ in range(min(START_SLICE, len(self._starting))):
                    self._start(self._starting.popleft())
                await asyncio.sleep(0)
        finally:
            self._starter = None

    def _start(self, runner: GroupRunner) -> None:
        task = asyncio.get_running_loop().create_task(
            runner.run(), name=f"nbwss group {runner.group_id}"
        )
        runner.task = task
        self._tasks.add(task)

        def done(finished: asyncio.Task[None]) -> None:
            self._tasks.discard(finished)
            current = self._runners.get(runner.group_id) is runner
            if current:
                del self._runners[runner.group_id]
            if finished.cancelled() or finished.exception() is None:
                return
            error = finished.exception()
            log.error("the connection task of group %s failed", runner.group_id, exc_info=error)
            if current and not self._closed:
                assert error is not None
                self._restart(runner, error)

        task.add_done_callback(done)

    def _restart(self, dead: GroupRunner, error: BaseException) -> None:
        """The supervisor: a group's task died of something unforeseen. Say so on the group's
        endpoints, drop what it held, and start a new task for the group after a pause that
        grows while it keeps dying (a bug that strikes every time must not spin)."""
        from nbwss_gui.services.group_runner import GroupRunner

        group_id = dead.group_id
        now = time.monotonic()
        restarts, last = self._restarts.get(group_id, (0, now))
        restarts = restarts + 1 if now - last < RESTART_RESET else 1
        self._restarts[group_id] = (restarts, now)
        failure = Failure(
            FailureKind.INTERNAL,
            f"The connection task of group {group_id} stopped unexpectedly "
            f"({type(error).__name__}); it was restarted. Details are in the log file.",
        )
        members = self._by_group.get(group_id, [])
        for member in members:
            connection = self._open.get(member.id)
            if connection is not None:
                connection.abort()
                self.finished(connection)
            status = self._statuses.get(member.id)
            if status is not None and status.state in _HELD_STATES:
                self.publish(group_id, member.id, ConnectionState.FAILED, failure=failure)
        delay = min(RESTART_DELAY * 2 ** (restarts - 1), max(self._settings.connection_period, 1))
        runner = GroupRunner(self, group_id, None, start_delay=delay)
        self._runners[group_id] = runner
        self._start(runner)
        runner.update(members)
