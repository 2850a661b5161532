"""The endpoint tree model: structure, roles, in-place refresh and pushed connection states."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.ui.servers_window.columns import ENDPOINT_ID_ROLE, HEADERS, IS_GROUP_ROLE, Column
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

STAMP = "2026-11-28T05:00:00Z"
SINCE = 1_795_842_000.0  # STAMP in Unix seconds


def status(
    endpoint_id: str, state: S, reason: str = "", *, kind: str | None = None
) -> EndpointStatus:
    """What the engine would say of an endpoint (the model takes the engine's own values)."""
    return EndpointStatus(endpoint_id, "g", state, reason or None, kind, since=SINCE)


def endpoint(n: int, group: str, priority: int, host: str, *, activated: bool = True) -> Any:
    return RegisteredEndpoint(
        id=f"{n:032x}",
        priority=priority,
        group_id=group,
        host_name=host,
        url=f"wss://{host}:443/nbwss",
        activated=activated,
        added_at=STAMP,
        changed_at=STAMP,
    )


def sample() -> list[Any]:
    return [
        endpoint(1, "west", 2, "w-b.example.com"),
        endpoint(2, "west", 1, "w-a.example.com", activated=False),
        endpoint(3, "east", 1, "e-b.example.com"),
        endpoint(4, "east", 1, "e-a.example.com"),
        endpoint(5, "north", 0, "n-a.example.com", activated=False),
    ]


def texts(model: EndpointModel, parent: QModelIndex, column: int = 0) -> list[str]:
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def group(model: EndpointModel, group_id: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == group_id:
            return index
    raise AssertionError(f"no group {group_id}")


def test_model_passes_qtmodeltester_through_refreshes(qtmodeltester: Any) -> None:
    model = EndpointModel()
    model.set_endpoints(sample())
    qtmodeltester.check(model, force_py=True)
    changed = sample()
    changed[0] = dataclasses.replace(changed[0], priority=0)  # moves w-b above w-a
    del changed[2]
    changed.append(endpoint(6, "alpha", 3, "a.example.com"))
    model.set_endpoints(changed)
    model.apply_connection_updates([status(f"{1:032x}", S.CONNECTED)])
    model.set_endpoints([])
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qts_own_model_tester_while_it_changes(qtmodeltester: Any) -> None:
    model = EndpointModel()
    qtmodeltester.check(model)  # Qt's QAbstractItemModelTester keeps watching every change
    model.set_endpoints(sample())
    changed = sample()
    changed[1] = dataclasses.replace(changed[1], priority=9, activated=True)
    changed.append(endpoint(9, "zulu", 1, "z.example.com"))
    del changed[4]
    model.set_endpoints(changed)
    model.apply_connection_updates([status(f"{2:032x}", S.RETRYING, "next try in 4 s")])
    model.set_endpoints(sample()[:2])
    model.set_endpoints([])
    model.set_endpoints(sample())


def test_groups_sorted_by_id_and_endpoints_by_priority_then_host() -> None:
    model = EndpointModel()
    model.set_endpoints(sample())
    assert texts(model, QModelIndex()) == ["east", "north", "west"]
    assert texts(model, group(model, "east")) == ["e-a.example.com", "e-b.example.com"]
    assert texts(model, group(model, "west")) == ["w-a.example.com", "w-b.example.com"]
    assert model.columnCount() == len(HEADERS) == 10
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers[:6] == ["Host Name", "URL", "Group ID", "Priority", "State", "Connection State"]


def test_cells_roles_and_group_rollup(qapp: Any) -> None:
    model = EndpointModel()
    model.set_endpoints(sample())
    west = group(model, "west")
    first = model.index(0, 0, west)
    row = {c: first.siblingAtColumn(c) for c in Column}
    assert row[Column.URL].data() == "wss://w-a.example.com:443/nbwss"
    assert row[Column.PRIORITY].data() == "1"
    assert row[Column.STATE].data() == "DEACTIVATED"
    assert row[Column.CONNECTION_STATE].data() == "NOT CONNECTED"
    assert row[Column.SINCE].data()  # the last change, in local time
    assert row[Column.ROUND_TRIP].data() == ""
    assert row[Column.CERTIFICATE_EXPIRY].data() == ""
    icon = row[Column.STATE].data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert first.data(ENDPOINT_ID_ROLE) == f"{2:032x}"
    assert first.data(IS_GROUP_ROLE) is False
    assert "w-a.example.com" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert row[Column.STATE].data(Qt.ItemDataRole.AccessibleTextRole) == "State: DEACTIVATED"
    assert west.data(IS_GROUP_ROLE) is True
    assert west.siblingAtColumn(Column.STATE).data() == "1 activated, 1 deactivated"
    assert west.siblingAtColumn(Column.CONNECTION_STATE).data() == "2 endpoints, none connected"
    north = group(model, "north")
    assert north.siblingAtColumn(Column.CONNECTION_STATE).data() == "1 endpoint, all deactivated"
    assert "Server group west" in west.data(Qt.ItemDataRole.AccessibleTextRole)


def test_refresh_keeps_persistent_indexes_on_the_same_endpoint() -> None:
    model = EndpointModel()
    model.set_endpoints(sample())
    west = group(model, "west")
    held = QPersistentModelIndex(model.index(1, 0, west))  # w-b, priority 2
    assert held.data() == "w-b.example.com"
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changed = sample()
    changed[0] = dataclasses.replace(changed[0], priority=0)
    changed.append(endpoint(7, "aaa", 1, "first.example.com"))  # a group before "west"
    changed.append(endpoint(8, "west", 5, "w-c.example.com"))
    model.set_endpoints(changed)
    assert held.isValid()
    assert held.data() == "w-b.example.com"
    assert held.row() == 0
    assert held.parent().data() == "west"
    assert texts(model, QModelIndex()) == ["aaa", "east", "north", "west"]
    assert texts(model, group(model, "west")) == [
        "w-b.example.com",
        "w-a.example.com",
        "w-c.example.com",
    ]
    assert resets == []


def test_a_connection_update_repaints_just_that_row_quickly(qtbot: Any) -> None:
    model = EndpointModel()
    model.set_endpoints(sample())
    target = f"{3:032x}"  # e-b
    changes: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda a, b, _roles: changes.append((a, b)))
    started = time.perf_counter()
    model.apply_connection_updates(
        [status(target, S.FAILED, "TLS error: certificate expired", kind="certificate-expired")]
    )
    elapsed = time.perf_counter() - started
    assert elapsed < 0.1
    endpoint_changes = [(a, b) for a, b in changes if a.parent().isValid()]
    assert len(endpoint_changes) == 1
    first, last = endpoint_changes[0]
    assert first.row() == last.row() and first.data(ENDPOINT_ID_ROLE) == target
    assert first.column() == Column.CONNECTION_STATE
    assert first.data() == "FAILED"
    assert first.siblingAtColumn(Column.LAST_ERROR).data() == "TLS error: certificate expired"
    model.apply_connection_updates([status(target, S.CONNECTED)])
    east = group(model, "east")
    assert east.siblingAtColumn(Column.CONNECTION_STATE).data() == "carried by e-b.example.com"
    assert model.index_of(target, Column.LAST_ERROR).data() == "TLS error: certificate expired"
    model.apply_connection_updates([status("0" * 32, S.CONNECTED)])  # unknown ids are ignored
