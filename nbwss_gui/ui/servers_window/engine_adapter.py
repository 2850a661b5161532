"""The one path from the connection engine to the window (SPEC §3.1: states within 100 ms).

The engine (services, no Qt) reports each endpoint's and each group's state through callbacks
on the event loop's thread. This adapter gathers the reports of one loop turn and hands them
to the item model on the next, so a thousand endpoints connecting at once cost one repaint
rather than a thousand; a one-second timer runs the RETRYING countdowns while there are any.

The engine runs in the profile service (services.profile), which keeps it in step with the
registry; or, when another process owns the profile, the states come from that owner through
the control channel (`attach`), and this window only shows them.
"""

from __future__ import annotations

import collections
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

if TYPE_CHECKING:
    import asyncio

    from nbwss_gui.domain.connection_state import GroupStatus
    from nbwss_gui.domain.message_log import MessageLog
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.engine import Engine
    from nbwss_gui.services.profile import ProfileService
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.remote_engine import RemoteEngine

log = logging.getLogger(__name__)

COUNTDOWN_MS = 1000
# Keep-alive round trips alone reach the model at most this often, all of them in one batch:
# a thousand connections pinging every 30 s would otherwise repaint some row every 30 ms.
ROUND_TRIP_BATCH_MS = 1000
# State changes kept for the diagnostics bundle.
EVENTS_KEPT = 500


class EngineAdapter(QObject):
    """Runs an Engine over a Registry's endpoints and shows what it reports in the model."""

    # Endpoints whose state changed (their message logs may have grown), once per batch:
    # a list of endpoint ids.
    endpoints_changed = Signal(list)
    # Groups whose roll-up changed, once per batch: a list of GroupStatus.
    groups_changed = Signal(list)
    # The owner this window was attached to has gone (its channel closed).
    owner_gone = Signal()

    def __init__(self, model: EndpointModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.engine: Engine | RemoteEngine | None = None
        self.service: ProfileService | None = None
        self.remote: RemoteEngine | None = None
        self._remote_task: asyncio.Task[None] | None = None
        self._pending: dict[str, EndpointStatus] = {}
        self._pending_groups: dict[str, GroupStatus] = {}
        # Recent state changes, oldest first, for the diagnostics bundle.
        self.events: collections.deque[dict[str, Any]] = collections.deque(maxlen=EVENTS_KEPT)
        self._last_event: dict[str, EndpointStatus] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._tick)
        self._pending_rtt: dict[str, EndpointStatus] = {}
        self._rtt_timer = QTimer(self)
        self._rtt_timer.setSingleShot(True)
        self._rtt_timer.setInterval(ROUND_TRIP_BATCH_MS)
        self._rtt_timer.timeout.connect(self._flush_round_trips)

    # -- running the engine ------------------------------------------------------------------

    def start(self, registry: Registry, settings: Settings | None = None) -> Engine:
        """Start connecting the registry's endpoints here (inside the running event loop).

        `settings`: these rather than the ones the registry holds (tests)."""
        from nbwss_gui.services.profile import ProfileService

        return self.run(ProfileService(registry, role="window", settings=settings))

    def run(self, service: ProfileService) -> Engine:
        """Run the connections through `service` and show what its engine reports."""
        if self.engine is not None:
            raise RuntimeError("the connections are running already; close() them first")
        self.service = service
        service.listen(self.on_status, self.on_group)
        engine = service.start()
        self.engine = engine
        return engine

    def attach(self, remote: RemoteEngine) -> None:
        """Show the states of the profile's owner, another process; `owner_gone` when it ends."""
        import asyncio

        if self.engine is not None:
            raise RuntimeError("the connections are running already; close() them first")
        self.remote = remote
        self.engine = remote
        for status in remote.statuses().values():
            self.on_status(status)
        for group in remote.group_statuses().values():
            self.on_group(group)
        self._remote_task = asyncio.ensure_future(self._follow_owner(remote))

    async def _follow_owner(self, remote: RemoteEngine) -> None:
        try:
            await remote.run(self.on_status, self.on_group)
        finally:
            if self.remote is remote and isValid(self):
                self.remote = None
                self.engine = None
                self._pending.clear()
                self._pending_groups.clear()
                self._pending_rtt.clear()
                self.model.forget_connections()
                self.owner_gone.emit()

    @property
    def attached(self) -> bool:
        return self.remote is not None

    def update_settings(self, settings: Settings) -> None:
        if self.service is not None:
            self.service.update_settings(settings)

    def connect_now(self, group_ids: list[str] | None = None) -> None:
        """Skip the wait of these groups (every group when None)."""
        if self.engine is None:
            return
        if group_ids is None:
            self.engine.connect_now()
            return
        for group_id in group_ids:
            self.engine.connect_now(group_id)

    def state_counts(self) -> dict[str, int]:
        """How many endpoints are in each connection state."""
        if self.engine is None:
            return {}
        counts = collections.Counter(s.state.value for s in self.engine.statuses().values())
        return dict(sorted(counts.items()))

    def message_log(self, endpoint_id: str) -> MessageLog | None:
        return self.engine.message_log(endpoint_id) if self.engine is not None else None

    async def close(self) -> None:
        """Close every connection cleanly (an attached window leaves the owner's up); the
        model goes back to NOT CONNECTED."""
        service, self.service = self.service, None
        remote, self.remote = self.remote, None
        self.engine = None
        if service is not None:
            await service.close()
        if remote is not None:
            await remote.close()
        if self._remote_task is not None:
            self._remote_task.cancel()
            with contextlib.suppress(BaseException):
                await self._remote_task
            self._remote_task = None
        # What the engine said while closing is not shown: nothing runs any more.
        self._pending.clear()
        self._pending_groups.clear()
        self._pending_rtt.clear()
        if isValid(self):
            self._flush_timer.stop()
            self._countdown.stop()
            self._rtt_timer.stop()
            self.model.forget_connections()

    # -- engine reports --------------------------------------------------------------------

    def on_status(self, status: EndpointStatus) -> None:
        if self.service is None and self.remote is None:
            return  # closing
        last = self._last_event.get(status.endpoint_id)
        # Keep-alive round trips would soon crowd the failures out of the bundle.
        if last is None or (last.state, last.reason) != (status.state, status.reason):
            self.events.append(status.to_json())
        self._last_event[status.endpoint_id] = status
        # The window may be gone while the engine closes its connections.
        if not isValid(self):
            return
        endpoint_id = status.endpoint_id
        if last is not None and endpoint_id not in self._pending and status.round_trip_alone(last):
            self._pending_rtt[endpoint_id] = status
            if not self._rtt_timer.isActive():
                self._rtt_timer.start()
            return
        self._pending_rtt.pop(endpoint_id, None)
        self._pending[endpoint_id] = status
        self._flush_soon()

    def on_group(self, status: GroupStatus) -> None:
        if (self.service is not None or self.remote is not None) and isValid(self):
            self._pending_groups[status.group_id] = status
            self._flush_soon()

    def _flush_soon(self) -> None:
        """Flush on the next loop turn. A flush already due is left as it is: started again at
        every report, it moved behind each new report and waited for the stream to pause
        (0.15-0.26 s while a thousand groups connected)."""
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_round_trips(self) -> None:
        pending, self._pending_rtt = self._pending_rtt, {}
        for endpoint_id, status in pending.items():
            self._pending.setdefault(endpoint_id, status)
        self.flush()

    def flush(self) -> None:
        """Show what was reported since the last flush."""
        pending, self._pending = self._pending, {}
        groups, self._pending_groups = self._pending_groups, {}
        model = self.model
        model.apply_connection_updates(pending.values(), groups.values())
        if pending:
            self.endpoints_changed.emit(list(pending))
        if groups:
            self.groups_changed.emit(list(groups.values()))
        if model.waiting():
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()

    def _tick(self) -> None:
        if not self.model.waiting():
            self._countdown.stop()
            return
        self.model.tick()
