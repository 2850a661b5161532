"""The one path from the connection engine to the window (SPEC §3.1: states within 100 ms).

The engine (services, no Qt) reports each endpoint's and each group's state through callbacks
on the event loop's thread. This adapter gathers the reports of one loop turn and hands them
to the item model on the next, so a thousand endpoints connecting at once cost one repaint
rather than a thousand; a one-second timer runs the RETRYING countdowns while there are any.

It also keeps the engine in step with the registry: every change of the registered endpoints
(add, remove, activate, deactivate, a pinned certificate) is passed on with `Engine.update`.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from nbwss_gui.ui.endpoint_model import ConnectionUpdate, EndpointModel, GroupState

if TYPE_CHECKING:
    from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
    from nbwss_gui.domain.message_log import MessageLog
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.engine import Engine
    from nbwss_gui.services.registry import Registry

log = logging.getLogger(__name__)

COUNTDOWN_MS = 1000
# State changes kept for the diagnostics bundle.
EVENTS_KEPT = 500


class EngineAdapter(QObject):
    """Runs an Engine over a Registry's endpoints and shows what it reports in the model."""

    # Endpoints whose state changed (their message logs may have grown), once per batch:
    # a list of endpoint ids.
    endpoints_changed = Signal(list)

    def __init__(self, model: EndpointModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.engine: Engine | None = None
        self.registry: Registry | None = None
        self._unsubscribe: Callable[[], None] | None = None
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

    # -- running the engine ------------------------------------------------------------------

    def start(self, registry: Registry, settings: Settings) -> Engine:
        """Start connecting the registry's endpoints (call inside the running event loop)."""
        from nbwss_gui.services.engine import Engine

        if self.engine is not None:
            raise RuntimeError("the connections are running already; close() them first")
        self.registry = registry
        self.engine = Engine(settings, self._token_for, self.on_status, on_group=self.on_group)
        self._unsubscribe = registry.subscribe(self._endpoints_changed)
        self._endpoints_changed()
        return self.engine

    async def _token_for(self, endpoint_id: str) -> str:
        assert self.registry is not None
        # The token store has the log hide it from now on.
        return await self.registry.token(endpoint_id)

    def _endpoints_changed(self) -> None:
        if self.engine is not None and self.registry is not None:
            self.engine.update(self.registry.endpoints())

    def update_settings(self, settings: Settings) -> None:
        if self.engine is not None:
            self.engine.update_settings(settings)

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
        """Close every connection cleanly; the model goes back to NOT CONNECTED."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        engine, self.engine = self.engine, None
        if engine is not None:
            await engine.close()
        # What the engine said while closing is not shown: nothing runs any more.
        self._pending.clear()
        self._pending_groups.clear()
        if isValid(self):
            self._flush_timer.stop()
            self._countdown.stop()
            self.model.forget_connections()

    # -- engine reports --------------------------------------------------------------------

    def on_status(self, status: EndpointStatus) -> None:
        if self.engine is None:
            return  # closing
        last = self._last_event.get(status.endpoint_id)
        # Keep-alive round trips would soon crowd the failures out of the bundle.
        if last is None or (last.state, last.reason) != (status.state, status.reason):
            self.events.append(status.to_json())
        self._last_event[status.endpoint_id] = status
        # The window may be gone while the engine closes its connections.
        if isValid(self):
            self._pending[status.endpoint_id] = status
            self._flush_timer.start()

    def on_group(self, status: GroupStatus) -> None:
        if self.engine is not None and isValid(self):
            self._pending_groups[status.group_id] = status
            self._flush_timer.start()

    def flush(self) -> None:
        """Show what was reported since the last flush."""
        pending, self._pending = self._pending, {}
        groups, self._pending_groups = self._pending_groups, {}
        model = self.model
        model.apply_connection_updates(
            [
                ConnectionUpdate(
                    status.endpoint_id,
                    status.state.value,
                    status.reason or "",
                    status.since,
                    retry_at=status.retry_at,
                    rtt_ms=status.rtt_ms,
                    # Only a failure is a Last error ("waiting for the next try" is not).
                    failed=status.reason_kind is not None,
                    certificate_expires=status.certificate_expires,
                )
                for status in pending.values()
            ],
            {
                group.group_id: GroupState(group.state.value, group.summary, group.retry_at)
                for group in groups.values()
            },
        )
        if pending:
            self.endpoints_changed.emit(list(pending))
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
