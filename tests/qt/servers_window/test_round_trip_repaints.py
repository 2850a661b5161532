"""A keep-alive round (SPEC §7: no repaint storms): a new round-trip time repaints the Round
trip cell alone, and nothing when its text stays the same — a thousand connections pinging
on a steady link change no pixel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.ui.servers_window.columns import ENDPOINT_ID_ROLE, Column
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

ENDPOINTS = [
    RegisteredEndpoint(
        id=f"{n:032x}", priority=n + 1, group_id="g", host_name="h", url=f"wss://h/{n}"
    )
    for n in range(3)
]


def connected(endpoint: RegisteredEndpoint, rtt: float | None) -> EndpointStatus:
    return EndpointStatus(endpoint.id, "g", S.CONNECTED, since=1.0, rtt_ms=rtt)


def watched(model: EndpointModel) -> list[tuple[int, int, int, int]]:
    ranges: list[tuple[int, int, int, int]] = []

    def record(first: QModelIndex, last: QModelIndex, _roles: Any) -> None:
        ranges.append((first.row(), first.column(), last.row(), last.column()))

    model.dataChanged.connect(record)
    return ranges


def painted(model: EndpointModel) -> list[str]:
    """What a view showing every row reads at its paint: the Round trip cells."""
    return [model.index_of(e.id, Column.ROUND_TRIP).data() for e in ENDPOINTS]


def test_a_round_trip_repaints_its_cell_alone_and_only_when_its_text_changes(qtbot: Any) -> None:
    del qtbot
    model = EndpointModel()
    model.set_endpoints(ENDPOINTS)
    model.apply_connection_updates([connected(e, 12.2) for e in ENDPOINTS])
    assert painted(model) == ["12 ms"] * 3
    ranges = watched(model)

    # 12.2 -> 11.8 ms reads "12 ms" still: nothing to repaint.
    model.apply_connection_updates([connected(e, 11.8) for e in ENDPOINTS])
    assert ranges == []
    # 12 -> 30 ms on two rows: their Round trip cells, one range in their group.
    model.apply_connection_updates([connected(ENDPOINTS[0], 30.0), connected(ENDPOINTS[2], 31.0)])
    assert ranges == [(0, Column.ROUND_TRIP, 2, Column.ROUND_TRIP)]
    assert painted(model) == ["30 ms", "12 ms", "31 ms"]

    # A row not painted since its last change waits for the repaint that change asked for,
    # which shows the newest time.
    ranges.clear()
    model.apply_connection_updates([connected(ENDPOINTS[0], 40.0)])
    model.apply_connection_updates([connected(ENDPOINTS[0], 50.0)])
    assert ranges == [(0, Column.ROUND_TRIP, 0, Column.ROUND_TRIP)]
    assert painted(model)[0] == "50 ms"

    # Anything else that changes repaints the connection columns and the group row.
    ranges.clear()
    model.apply_connection_updates(
        [EndpointStatus(ENDPOINTS[1].id, "g", S.FAILED, "refused", "refused", since=2.0)]
    )
    assert (1, Column.CONNECTION_STATE) in {(r[0], r[1]) for r in ranges}
    assert model.index_of(ENDPOINTS[1].id, Column.ROUND_TRIP).data() == ""


def test_sorted_by_round_trip_every_new_time_takes_its_place(qtbot: Any) -> None:
    del qtbot
    model = EndpointModel()
    model.set_endpoints(ENDPOINTS)
    times = (10.0, 10.2, 12.0)
    model.apply_connection_updates([connected(e, t) for e, t in zip(ENDPOINTS, times, strict=True)])
    model.sort(Column.ROUND_TRIP)
    group = model.index(0, 0)

    def order() -> list[str]:
        return [model.index(row, 0, group).data(ENDPOINT_ID_ROLE) for row in range(3)]

    assert order() == [e.id for e in ENDPOINTS]
    # 10.0 -> 10.4 ms reads "10 ms" still, but the order follows the time itself.
    model.apply_connection_updates([connected(ENDPOINTS[0], 10.4)])
    assert order() == [ENDPOINTS[1].id, ENDPOINTS[0].id, ENDPOINTS[2].id]
