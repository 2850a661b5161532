"""What a group's task needs of the engine that runs it (services.engine.Engine).

The group's task (services.group_runner) sees the engine only through `GroupHost`: the shared
limits and settings, the endpoints' leases and logs, and where to report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus
from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection import Connection
from nbwss_gui.services.failure import Failure
from nbwss_gui.services.proxy import Proxies
from nbwss_gui.services.tls_contexts import TlsContexts

__all__ = ["GroupHost"]


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
