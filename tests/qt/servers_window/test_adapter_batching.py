"""The engine adapter's batching (SPEC §3.1 and §7): a state change reaches the model on the
next loop turn; keep-alive round trips alone, at most once a second, all in one batch."""

from __future__ import annotations

import time
from typing import Any

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel
from nbwss_gui.ui.servers_window.engine_adapter import ROUND_TRIP_BATCH_MS, EngineAdapter

ENDPOINTS = [
    RegisteredEndpoint(
        id=f"{n:032x}", priority=1, group_id=f"g{n}", host_name="h", url=f"wss://h/{n}"
    )
    for n in range(50)
]


def connected(endpoint: RegisteredEndpoint, rtt: float | None) -> EndpointStatus:
    return EndpointStatus(endpoint.id, endpoint.group_id, S.CONNECTED, since=1.0, rtt_ms=rtt)


def test_round_trips_reach_the_model_once_a_second_state_changes_at_once(
    qtbot: Any, run_coro: Any, registry: Any
) -> None:
    model = EndpointModel()
    model.set_endpoints(ENDPOINTS)
    adapter = EngineAdapter(model)
    adapter.start(registry, Settings())
    try:
        changes: list[float] = []
        model.dataChanged.connect(lambda *_: changes.append(time.perf_counter()))
        for endpoint in ENDPOINTS:
            adapter.on_status(connected(endpoint, None))
        qtbot.waitUntil(lambda: bool(changes), timeout=1_000)
        assert model.index_of(ENDPOINTS[0].id, Column.CONNECTION_STATE).data() == "CONNECTED"

        # A keep-alive round on every connection: one batch, a second later.
        changes.clear()
        started = time.perf_counter()
        for round_trip in range(5):
            for endpoint in ENDPOINTS:
                adapter.on_status(connected(endpoint, 10.0 + round_trip))
            qtbot.wait(20)
        assert changes == [], "round trips alone wait for their batch"
        qtbot.waitUntil(lambda: bool(changes), timeout=3 * ROUND_TRIP_BATCH_MS)
        assert changes[0] - started >= ROUND_TRIP_BATCH_MS / 1000 * 0.9
        qtbot.wait(50)
        # One flush: a repaint range per group (each endpoint here has a group of its own),
        # and one over the group rows.
        assert len(changes) <= len(ENDPOINTS) + 1
        assert max(changes) - min(changes) < 0.05
        cell = model.index_of(ENDPOINTS[7].id, Column.ROUND_TRIP)
        assert cell.data() == "14 ms"

        # A state change among round trips is not held back.
        changes.clear()
        adapter.on_status(connected(ENDPOINTS[3], 15.0))
        adapter.on_status(EndpointStatus(ENDPOINTS[3].id, "g3", S.FAILED, "refused", "refused"))
        qtbot.waitUntil(lambda: bool(changes), timeout=200)
        assert model.index_of(ENDPOINTS[3].id, Column.CONNECTION_STATE).data() == "FAILED"
    finally:
        run_coro(adapter.close())


def test_a_steady_stream_of_reports_does_not_hold_the_first_back(
    qtbot: Any, run_coro: Any, registry: Any
) -> None:
    """A thousand groups connecting report something at every loop turn: the flush due for
    the first report comes on the next turn, not once the stream pauses (SPEC §3.1: within
    100 ms)."""
    from PySide6.QtCore import QTimer

    model = EndpointModel()
    model.set_endpoints(ENDPOINTS)
    adapter = EngineAdapter(model)
    adapter.start(registry, Settings())
    stream = QTimer()
    stream.setInterval(0)
    sent = [0]

    def report() -> None:
        endpoint = ENDPOINTS[sent[0] % len(ENDPOINTS)]
        state = S.CONNECTING if sent[0] % 2 else S.CONNECTED
        adapter.on_status(EndpointStatus(endpoint.id, endpoint.group_id, state, since=sent[0]))
        sent[0] += 1

    stream.timeout.connect(report)
    try:
        changes: list[float] = []
        model.dataChanged.connect(lambda *_: changes.append(time.perf_counter()))
        started = time.perf_counter()
        stream.start()
        qtbot.waitUntil(lambda: bool(changes) or time.perf_counter() - started > 1.0, timeout=2_000)
        stream.stop()
        assert sent[0] > 50, "the stream ran"
        assert changes, "no report reached the model while the stream went on"
        assert changes[0] - started < 0.1
    finally:
        stream.stop()
        run_coro(adapter.close())
