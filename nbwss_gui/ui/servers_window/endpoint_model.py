"""The item model behind the WebSocket Servers window (SPEC §3.1).

A tree: one row per server group (sorted by group id) with its endpoints as children (sorted by
priority, then host name, then URL). Refreshing from the registry updates rows in place, so
selections and expanded groups survive; connection states are pushed in per endpoint by
whatever watches the connections, and only the cells they touch are repainted.

Child indexes carry a serial number of their group, not its row: a group's row moves when
another group is added before it, and an index that named the row would then point elsewhere.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from nbwss_gui.domain.certificate_verdict import expiry_warns
from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.servers_window.columns import (
    ENDPOINT_ID_ROLE,
    GROUP_ID_ROLE,
    HEADERS,
    IS_GROUP_ROLE,
    Column,
    EndpointLike,
    format_time,
    state_text,
)
from nbwss_gui.ui.widgets import icons

ModelIndex = QModelIndex | QPersistentModelIndex


_GROUP_ROW = 0  # internalId of a group row; children carry their group's serial (from 1)
_CONNECTION_COLUMNS = (
    Column.CONNECTION_STATE,
    Column.SINCE,
    Column.LAST_ERROR,
    Column.ROUND_TRIP,
    Column.CERTIFICATE_EXPIRY,
)
# The view asks for flags and data many times per cell as it paints: the answers that never
# change are made once, and roles this model has nothing for are turned away first.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENDPOINT_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_PRIORITY_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset(
    {_DISPLAY, _DECORATION, _FONT, _ALIGNMENT, _TOOLTIP, _ACCESSIBLE}
    | {ENDPOINT_ID_ROLE, GROUP_ID_ROLE, IS_GROUP_ROLE}
)


@dataclass(eq=False, slots=True)
class _Group:
    group_id: str
    serial: int
    endpoints: list[EndpointLike] = field(default_factory=list)


def _sort_key(endpoint: EndpointLike) -> tuple[int, str, str]:
    return (endpoint.priority, endpoint.host_name.lower(), endpoint.url)


class EndpointModel(QAbstractItemModel):
    """Server groups and their endpoints, with each endpoint's state and connection state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._by_serial: dict[int, _Group] = {}
        self._row_of: dict[int, int] = {}  # group serial -> its row, for parent()
        self._group_row: dict[str, int] = {}  # group id -> its row
        # Endpoint id -> (its group's serial, its row in the group): the engine reports by id,
        # a thousand at a time; checked on use and rebuilt when the rows have moved.
        self._where: dict[str, tuple[int, int]] = {}
        self._serials = itertools.count(1)
        self._connection: dict[str, EndpointStatus] = {}
        self._group_states: dict[str, GroupStatus] = {}
        self.clock = time.time
        self._last_error: dict[str, str] = {}
        # When each endpoint's certificate expires (Unix seconds), as last seen.
        self._expires: dict[str, float] = {}
        self._texts: dict[str, tuple[EndpointLike, tuple[str, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The bounds checked here rather than with hasIndex(), which would call back into
        # rowCount() and columnCount(): the view asks for thousands of indexes as it paints.
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP_ROW)
        if parent.internalId() != _GROUP_ROW or parent.column() != 0:
            return QModelIndex()
        group_row = parent.row()
        if not 0 <= group_row < len(self._groups):
            return QModelIndex()
        group = self._groups[group_row]
        if row >= len(group.endpoints):
            return QModelIndex()
        return self.createIndex(row, column, group.serial)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP_ROW:
            return QModelIndex()
        group = self._by_serial.get(index.internalId())
        if group is None:
            return QModelIndex()
        return self.createIndex(self._row_of[group.serial], 0, _GROUP_ROW)

    def _reindex(self) -> None:
        self._row_of = {group.serial: row for row, group in enumerate(self._groups)}
        self._group_row = {group.group_id: row for row, group in enumerate(self._groups)}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP_ROW:
            return 0
        return len(self._groups[parent.row()].endpoints)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == _GROUP_ROW else _ENDPOINT_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return HEADERS[section]
        return None

    # -- lookups ---------------------------------------------------------------------------

    def endpoint_at(self, index: ModelIndex) -> EndpointLike | None:
        if not index.isValid() or index.internalId() == _GROUP_ROW:
            return None
        group = self._by_serial.get(index.internalId())
        if group is None or not 0 <= index.row() < len(group.endpoints):
            return None
        return group.endpoints[index.row()]

    def group_at(self, index: ModelIndex) -> str | None:
        """The group id of a group row (None for an endpoint row)."""
        if not index.isValid() or index.internalId() != _GROUP_ROW:
            return None
        return self._groups[index.row()].group_id

    def group_ids(self) -> list[str]:
        """The groups listed, in their order."""
        return [group.group_id for group in self._groups]

    def endpoints_in_group(self, group_id: str) -> list[EndpointLike]:
        for group in self._groups:
            if group.group_id == group_id:
                return list(group.endpoints)
        return []

    def index_of(self, endpoint_id: str, column: int = 0) -> QModelIndex:
        place = self._place(endpoint_id)
        if place is None:
            self._where = {
                endpoint.id: (group.serial, row)
                for group in self._groups
                for row, endpoint in enumerate(group.endpoints)
            }
            place = self._place(endpoint_id)
            if place is None:
                return QModelIndex()
        serial, row = place
        return self.createIndex(row, column, serial)

    def _place(self, endpoint_id: str) -> tuple[int, int] | None:
        """Where the endpoint was last seen, if it is still there."""
        place = self._where.get(endpoint_id)
        if place is None:
            return None
        group = self._by_serial.get(place[0])
        if group is None or place[1] >= len(group.endpoints):
            return None
        return place if group.endpoints[place[1]].id == endpoint_id else None

    def connection_state(self, endpoint_id: str) -> EndpointStatus | None:
        """What the engine last said of this endpoint; None: nothing (NOT CONNECTED)."""
        return self._connection.get(endpoint_id)

    def connection_word(self, endpoint_id: str) -> ConnectionState:
        known = self._connection.get(endpoint_id)
        return known.state if known is not None else ConnectionState.NOT_CONNECTED

    # -- data ------------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        if index.internalId() == _GROUP_ROW:
            return self._group_data(self._groups[index.row()], index.column(), role)
        endpoint = self.endpoint_at(index)
        if endpoint is None:
            return None
        return self._endpoint_data(endpoint, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == GROUP_ID_ROLE:
            return group.group_id
        if role == IS_GROUP_ROLE:
            return True
        if role == _DECORATION:
            if column == Column.HOST_NAME:
                return icons.group_icon()
            if column == Column.CONNECTION_STATE and group.group_id in self._group_states:
                return icons.state_icon(self._group_states[group.group_id].state)
            return None
        if role == _FONT:
            return self._bold if column == Column.HOST_NAME else None
        if role == _ALIGNMENT:
            return None
        text = self._group_text(group, column)
        if role == _DISPLAY:
            return text
        if role == _TOOLTIP:
            return f"Server group {group.group_id}: {self._rollup(group)}"
        if role == _ACCESSIBLE:
            if column == Column.HOST_NAME:
                return f"Server group {group.group_id}, {self._rollup(group)}"
            return f"{HEADERS[column]}: {text}" if text else f"{HEADERS[column]}: none"
        return None

    def _group_text(self, group: _Group, column: int) -> str:
        if column in (Column.HOST_NAME, Column.GROUP_ID):
            return group.group_id
        if column == Column.STATE:
            active = sum(1 for e in group.endpoints if e.activated)
            return f"{active} activated, {len(group.endpoints) - active} deactivated"
        if column == Column.CONNECTION_STATE:
            return self._rollup(group)
        return ""

    def _rollup(self, group: _Group) -> str:
        """Which endpoint carries the group, or why none does."""
        known = self._group_states.get(group.group_id)
        if known is not None:
            return f"{state_text(known.state, known.retry_at, self.clock())} — {known.summary}"
        count = len(group.endpoints)
        noun = "endpoint" if count == 1 else "endpoints"
        for endpoint in group.endpoints:
            if self.connection_word(endpoint.id) is ConnectionState.CONNECTED:
                return f"carried by {endpoint.host_name}"
        if not any(e.activated for e in group.endpoints):
            return f"{count} {noun}, all deactivated"
        return f"{count} {noun}, none connected"

    def _endpoint_data(self, endpoint: EndpointLike, column: int, role: int) -> Any:
        if role == ENDPOINT_ID_ROLE:
            return endpoint.id
        if role == GROUP_ID_ROLE:
            return endpoint.group_id
        if role == IS_GROUP_ROLE:
            return False
        if column == Column.CERTIFICATE_EXPIRY:
            # Not cached: the days left change while the row does not.
            text = self._expiry_text(endpoint.id)
        else:
            text = self._row_texts(endpoint)[column]
        if role == _DISPLAY:
            return text
        if role == _DECORATION and column == Column.STATE:
            return icons.state_icon(text)
        if role == _DECORATION and column == Column.CONNECTION_STATE:
            return icons.state_icon(self.connection_word(endpoint.id))
        if role == _DECORATION and column == Column.CERTIFICATE_EXPIRY:
            return icons.warning_icon() if self._expiry_warns(endpoint.id) else None
        if role == _ALIGNMENT and column in (Column.PRIORITY, Column.ROUND_TRIP):
            return _PRIORITY_ALIGNMENT
        if role == _TOOLTIP:
            return self._endpoint_tooltip(endpoint)
        if role == _ACCESSIBLE:
            return f"{HEADERS[column]}: {text}" if text else f"{HEADERS[column]}: none"
        return None

    def _row_texts(self, endpoint: EndpointLike) -> tuple[str, ...]:
        """The texts of an endpoint's row, made once per change of the endpoint or its
        connection: the view asks for them again at every paint."""
        cached = self._texts.get(endpoint.id)
        if cached is not None and cached[0] is endpoint:
            return cached[1]
        texts = tuple(self._endpoint_text(endpoint, column) for column in Column)
        self._texts[endpoint.id] = (endpoint, texts)
        return texts

    def _endpoint_text(self, endpoint: EndpointLike, column: int) -> str:
        if column == Column.HOST_NAME:
            return endpoint.host_name
        if column == Column.URL:
            return endpoint.url
        if column == Column.GROUP_ID:
            return endpoint.group_id
        if column == Column.PRIORITY:
            return str(endpoint.priority)
        if column == Column.STATE:
            return EndpointState.of(endpoint.activated)
        connection = self.connection_state(endpoint.id)
        if column == Column.CONNECTION_STATE:
            if connection is None:
                return ConnectionState.NOT_CONNECTED
            return state_text(connection.state, connection.retry_at, self.clock())
        if column == Column.SINCE:
            return format_time(connection.since if connection is not None else endpoint.changed_at)
        if column == Column.LAST_ERROR:
            return self._last_error.get(endpoint.id, "")
        if (
            column == Column.ROUND_TRIP
            and connection is not None
            and connection.rtt_ms is not None
            and connection.state is ConnectionState.CONNECTED
        ):
            rtt = connection.rtt_ms
            return f"{rtt:.0f} ms" if rtt >= 1 else "< 1 ms"
        return ""

    def _days_left(self, endpoint_id: str) -> int | None:
        expires = self._expires.get(endpoint_id)
        if expires is None:
            return None
        return math.floor((expires - self.clock()) / 86_400)

    def _expiry_text(self, endpoint_id: str) -> str:
        days = self._days_left(endpoint_id)
        if days is None:
            return ""
        date = format_time(self._expires[endpoint_id])[:10]
        if days < 0:
            return f"{date} (expired)"
        return f"{date} ({days} day{'' if days == 1 else 's'} left)"

    def _expiry_warns(self, endpoint_id: str) -> bool:
        days = self._days_left(endpoint_id)
        return expiry_warns(days)

    def set_certificate_expiry(self, endpoint_id: str, expires: float) -> None:
        """Record when an endpoint's certificate expires (seen by Validate or a connection)."""
        if self._expires.get(endpoint_id) == expires:
            return
        self._expires[endpoint_id] = expires
        self._texts.pop(endpoint_id, None)
        cell = self.index_of(endpoint_id, Column.CERTIFICATE_EXPIRY)
        if cell.isValid():
            self.dataChanged.emit(cell, cell, [])

    def _connection_words(self, connection: EndpointStatus | None) -> str:
        if connection is None:
            return ConnectionState.NOT_CONNECTED
        words = state_text(connection.state, connection.retry_at, self.clock())
        return f"{words} ({connection.reason})" if connection.reason else words

    def _endpoint_tooltip(self, endpoint: EndpointLike) -> str:
        state = EndpointState.of(endpoint.activated)
        connection = self.connection_state(endpoint.id)
        lines = [
            f"{endpoint.host_name} ({endpoint.url})",
            f"Group {endpoint.group_id}, priority {endpoint.priority}, {state}",
            f"Connection: {self._connection_words(connection)}",
        ]
        last_error = self._last_error.get(endpoint.id)
        if last_error:
            lines.append(f"Last error: {last_error}")
        expiry = self._expiry_text(endpoint.id)
        if expiry:
            lines.append(f"Certificate expires {expiry}")
        return "\n".join(lines)

    # -- updates ---------------------------------------------------------------------------

    def apply_connection_updates(
        self, statuses: Iterable[EndpointStatus], groups: Iterable[GroupStatus] = ()
    ) -> None:
        """Record a batch of what the engine said of endpoints and groups, then repaint once
        per group touched (a thousand endpoints change at once when the network comes and
        goes)."""
        spans: dict[int, list[int]] = {}
        for status in statuses:
            endpoint_id = status.endpoint_id
            self._connection[endpoint_id] = status
            self._texts.pop(endpoint_id, None)
            if status.last_error:
                self._last_error[endpoint_id] = status.last_error
            if status.certificate_expires is not None:
                self._expires[endpoint_id] = status.certificate_expires
            index = self.index_of(endpoint_id)
            if not index.isValid():
                continue
            span = spans.setdefault(index.internalId(), [index.row(), index.row()])
            span[0] = min(span[0], index.row())
            span[1] = max(span[1], index.row())
        group_rows = {self._row_of[serial] for serial in spans}
        for group_status in groups:
            group_id = group_status.group_id
            self._group_states[group_id] = group_status
            if group_id in self._group_row:
                group_rows.add(self._group_row[group_id])
        first, last = _CONNECTION_COLUMNS[0], _CONNECTION_COLUMNS[-1]
        for serial, (low, high) in spans.items():
            self.dataChanged.emit(
                self.createIndex(low, first, serial), self.createIndex(high, last, serial), []
            )
        if group_rows:
            # The group rows are siblings: one range over them all.
            self.dataChanged.emit(
                self.createIndex(min(group_rows), Column.STATE, _GROUP_ROW),
                self.createIndex(max(group_rows), Column.CONNECTION_STATE, _GROUP_ROW),
                [],
            )

    def forget_connections(self) -> None:
        """Back to NOT CONNECTED everywhere (no engine runs)."""
        self._connection.clear()
        self._group_states.clear()
        self._texts.clear()
        if self._groups:
            self._all_changed()

    def waiting(self) -> bool:
        """Whether some endpoint or group counts down to its next try."""
        return any(c.retry_at is not None for c in self._connection.values()) or any(
            g.retry_at is not None for g in self._group_states.values()
        )

    def tick(self) -> None:
        """Repaint the countdowns of RETRYING endpoints and groups (once a second)."""
        roles = [_DISPLAY, _TOOLTIP, _ACCESSIBLE]
        column = Column.CONNECTION_STATE
        for row, group in enumerate(self._groups):
            known = self._group_states.get(group.group_id)
            if known is not None and known.retry_at is not None:
                cell = self.createIndex(row, column, _GROUP_ROW)
                self.dataChanged.emit(cell, cell, roles)
            # One repaint per group, over the rows that count down.
            waiting = []
            for child, endpoint in enumerate(group.endpoints):
                connection = self._connection.get(endpoint.id)
                if connection is not None and connection.retry_at is not None:
                    self._texts.pop(endpoint.id, None)
                    waiting.append(child)
            if waiting:
                self.dataChanged.emit(
                    self.createIndex(waiting[0], column, group.serial),
                    self.createIndex(waiting[-1], column, group.serial),
                    roles,
                )

    def _all_changed(self) -> None:
        last_group = len(self._groups) - 1
        self.dataChanged.emit(
            self.createIndex(0, 0, _GROUP_ROW),
            self.createIndex(last_group, len(HEADERS) - 1, _GROUP_ROW),
            [],
        )
        for row, group in enumerate(self._groups):
            if group.endpoints:
                parent = self.createIndex(row, 0, _GROUP_ROW)
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.endpoints) - 1, len(HEADERS) - 1, parent),
                    [],
                )

    def _group_changed(self, group_index: QModelIndex) -> None:
        self.dataChanged.emit(
            group_index.siblingAtColumn(Column.STATE),
            group_index.siblingAtColumn(Column.CONNECTION_STATE),
            [],
        )

    def set_endpoints(self, endpoints: Iterable[EndpointLike]) -> None:
        """Show exactly these endpoints, changing only the rows that differ."""
        wanted: dict[str, list[EndpointLike]] = {}
        for endpoint in endpoints:
            wanted.setdefault(endpoint.group_id, []).append(endpoint)
        for members in wanted.values():
            members.sort(key=_sort_key)
        if not self._groups:
            self._load(wanted)
            return
        self._remove_groups(set(wanted))
        for group in self._groups:
            self._update_group(group, wanted[group.group_id])
        self._insert_groups(wanted)
        known = {e.id for members in wanted.values() for e in members}
        for forgotten in set(self._connection) - known:
            del self._connection[forgotten]
        for forgotten in set(self._last_error) - known:
            del self._last_error[forgotten]
        for forgotten in set(self._expires) - known:
            del self._expires[forgotten]
        for forgotten in set(self._group_states) - set(wanted):
            del self._group_states[forgotten]
        for forgotten in set(self._texts) - known:
            del self._texts[forgotten]

    def _load(self, wanted: dict[str, list[EndpointLike]]) -> None:
        """Fill an empty model in one go: a row-by-row insert is slow for hundreds of groups,
        and an empty model has no selection or expanded rows to keep."""
        self.beginResetModel()
        for group_id in sorted(wanted):
            group = _Group(group_id, next(self._serials), wanted[group_id])
            self._groups.append(group)
            self._by_serial[group.serial] = group
        self._reindex()
        self.endResetModel()

    def _remove_groups(self, keep: set[str]) -> None:
        for row in range(len(self._groups) - 1, -1, -1):
            group = self._groups[row]
            if group.group_id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._groups[row]
                del self._by_serial[group.serial]
                self._reindex()
                self.endRemoveRows()

    def _insert_groups(self, wanted: dict[str, list[EndpointLike]]) -> None:
        present = {group.group_id for group in self._groups}
        for group_id in sorted(set(wanted) - present):
            row = sum(1 for group in self._groups if group.group_id < group_id)
            group = _Group(group_id, next(self._serials), wanted[group_id])
            self.beginInsertRows(QModelIndex(), row, row)
            self._groups.insert(row, group)
            self._by_serial[group.serial] = group
            self._reindex()
            self.endInsertRows()

    def _update_group(self, group: _Group, members: Sequence[EndpointLike]) -> None:
        parent = self.createIndex(self._row_of[group.serial], 0, _GROUP_ROW)
        new_ids = [e.id for e in members]
        keep = set(new_ids)
        for row in range(len(group.endpoints) - 1, -1, -1):
            if group.endpoints[row].id not in keep:
                self.beginRemoveRows(parent, row, row)
                del group.endpoints[row]
                self.endRemoveRows()
        self._reorder(group, parent, new_ids)
        old_by_id = {e.id: e for e in group.endpoints}
        for row, endpoint in enumerate(members):
            old = old_by_id.get(endpoint.id)
            if old is None:
                self.beginInsertRows(parent, row, row)
                group.endpoints.insert(row, endpoint)
                self.endInsertRows()
            elif old != endpoint:
                group.endpoints[row] = endpoint
                self.dataChanged.emit(
                    self.index(row, 0, parent), self.index(row, len(HEADERS) - 1, parent), []
                )
        self._group_changed(parent)

    def _reorder(self, group: _Group, parent: QModelIndex, new_ids: list[str]) -> None:
        """Put the surviving endpoints in their new relative order (a priority changed)."""
        rank = {endpoint_id: position for position, endpoint_id in enumerate(new_ids)}
        current = group.endpoints
        ordered = sorted(current, key=lambda e: rank[e.id])
        if [e.id for e in ordered] == [e.id for e in current]:
            return
        # PySide6 offers these signals without their parents/hint arguments.
        self.layoutAboutToBeChanged.emit()
        new_row = {e.id: row for row, e in enumerate(ordered)}
        old_indexes = [
            i
            for i in self.persistentIndexList()
            if i.internalId() == group.serial and 0 <= i.row() < len(current)
        ]
        new_indexes = [
            self.createIndex(new_row[current[i.row()].id], i.column(), group.serial)
            for i in old_indexes
        ]
        group.endpoints = ordered
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
