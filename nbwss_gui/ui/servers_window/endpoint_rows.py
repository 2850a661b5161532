"""The rows of the WebSocket Servers window's model (SPEC §3.1): the tree structure alone.

A tree: one row per server group (sorted by group id) with its endpoints as children (by
priority, then host name, then URL, unless the user sorts by another column: then by that
column, within each group). Refreshing from the registry updates rows in place, so
selections and expanded groups survive.

Child indexes carry a serial number of their group, not its row: a group's row moves when
another group is added before it, and an index that named the row would then point elsewhere.
"""

from __future__ import annotations

import itertools
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

from nbwss_gui.ui.servers_window.columns import HEADERS, Column, EndpointLike, header

ModelIndex = QModelIndex | QPersistentModelIndex

GROUP_ROW = 0  # internalId of a group row; children carry their group's serial (from 1)
# The view asks for flags many times per cell as it paints: the answers are made once.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENDPOINT_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
# The order the endpoints of a group have until the user sorts by another column.
DEFAULT_SORT_COLUMN = Column.PRIORITY


@dataclass(eq=False, slots=True)
class Group:
    group_id: str
    serial: int
    endpoints: list[EndpointLike] = field(default_factory=list)


def priority_key(endpoint: EndpointLike) -> tuple[int, str, str]:
    return (endpoint.priority, endpoint.host_name.lower(), endpoint.url)


class EndpointRows(QAbstractItemModel):
    """Server groups and their endpoints, in order; what the cells say is for subclasses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._by_serial: dict[int, Group] = {}
        self._row_of: dict[int, int] = {}  # group serial -> its row, for parent()
        self._group_row: dict[str, int] = {}  # group id -> its row
        # Endpoint id -> (its group's serial, its row in the group): the engine reports by id,
        # a thousand at a time; checked on use and rebuilt when the rows have moved.
        self._where: dict[str, tuple[int, int]] = {}
        self._serials = itertools.count(1)
        self.sort_column: int = DEFAULT_SORT_COLUMN
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The bounds checked here rather than with hasIndex(), which would call back into
        # rowCount() and columnCount(): the view asks for thousands of indexes as it paints.
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, GROUP_ROW)
        if parent.internalId() != GROUP_ROW or parent.column() != 0:
            return QModelIndex()
        group_row = parent.row()
        if not 0 <= group_row < len(self._groups):
            return QModelIndex()
        group = self._groups[group_row]
        if row >= len(group.endpoints):
            return QModelIndex()
        return self.createIndex(row, column, group.serial)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP_ROW:
            return QModelIndex()
        group = self._by_serial.get(index.internalId())
        if group is None:
            return QModelIndex()
        return self.createIndex(self._row_of[group.serial], 0, GROUP_ROW)

    def _reindex(self) -> None:
        self._row_of = {group.serial: row for row, group in enumerate(self._groups)}
        self._group_row = {group.group_id: row for row, group in enumerate(self._groups)}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != GROUP_ROW:
            return 0
        return len(self._groups[parent.row()].endpoints)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == GROUP_ROW else _ENDPOINT_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return header(section)
        return None

    # -- lookups ---------------------------------------------------------------------------

    def endpoint_at(self, index: ModelIndex) -> EndpointLike | None:
        if not index.isValid() or index.internalId() == GROUP_ROW:
            return None
        group = self._by_serial.get(index.internalId())
        if group is None or not 0 <= index.row() < len(group.endpoints):
            return None
        return group.endpoints[index.row()]

    def group_at(self, index: ModelIndex) -> str | None:
        """The group id of a group row (None for an endpoint row)."""
        if not index.isValid() or index.internalId() != GROUP_ROW:
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

    def _all_changed(self) -> None:
        last_group = len(self._groups) - 1
        self.dataChanged.emit(
            self.createIndex(0, 0, GROUP_ROW),
            self.createIndex(last_group, len(HEADERS) - 1, GROUP_ROW),
            [],
        )
        for row, group in enumerate(self._groups):
            if group.endpoints:
                parent = self.createIndex(row, 0, GROUP_ROW)
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
        for group_id, members in wanted.items():
            wanted[group_id] = self.ordered(members)
        if not self._groups:
            self._load(wanted)
            return
        self._remove_groups(set(wanted))
        for group in self._groups:
            self._update_group(group, wanted[group.group_id])
        self._insert_groups(wanted)
        known = {e.id for members in wanted.values() for e in members}
        self.forget_missing(known, set(wanted))

    def forget_missing(self, endpoint_ids: set[str], group_ids: set[str]) -> None:
        """Drop what is kept of endpoints and groups no longer listed (for subclasses)."""

    def _load(self, wanted: dict[str, list[EndpointLike]]) -> None:
        """Fill an empty model in one go: a row-by-row insert is slow for hundreds of groups,
        and an empty model has no selection or expanded rows to keep."""
        self.beginResetModel()
        for group_id in sorted(wanted):
            group = Group(group_id, next(self._serials), wanted[group_id])
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
            group = Group(group_id, next(self._serials), wanted[group_id])
            self.beginInsertRows(QModelIndex(), row, row)
            self._groups.insert(row, group)
            self._by_serial[group.serial] = group
            self._reindex()
            self.endInsertRows()

    def _update_group(self, group: Group, members: Sequence[EndpointLike]) -> None:
        parent = self.createIndex(self._row_of[group.serial], 0, GROUP_ROW)
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

    # -- sorting within groups ---------------------------------------------------------------

    def sort_value(self, endpoint: EndpointLike, column: int) -> Any:
        """What an endpoint is sorted by in `column` (subclasses know the cells' values)."""
        return priority_key(endpoint)

    def _order_key(self, endpoint: EndpointLike) -> tuple[Any, ...]:
        if self.sort_column == DEFAULT_SORT_COLUMN or not 0 <= self.sort_column < len(HEADERS):
            return (priority_key(endpoint),)
        return (self.sort_value(endpoint, self.sort_column), priority_key(endpoint))

    def ordered(self, endpoints: Iterable[EndpointLike]) -> list[EndpointLike]:
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(endpoints, key=self._order_key, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the endpoints of every group by `column`; the groups keep their order (by
        group id) and stay together. -1: the default order (by priority)."""
        self.sort_column = column if 0 <= column < len(HEADERS) else DEFAULT_SORT_COLUMN
        self.sort_order = order
        for group in self._groups:
            self.resort(group)

    def resort(self, group: Group) -> None:
        """Put the group's endpoints in the order of the sort column (its values changed)."""
        if len(group.endpoints) < 2:
            return
        ordered = self.ordered(group.endpoints)
        parent = self.createIndex(self._row_of[group.serial], 0, GROUP_ROW)
        self._reorder(group, parent, [e.id for e in ordered])

    def _reorder(self, group: Group, parent: QModelIndex, new_ids: list[str]) -> None:
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
