"""The item model behind the WebSocket Servers window (SPEC §3.1): what its cells say.

The rows (groups and their endpoints, in order) are `endpoint_rows.EndpointRows`; this adds
each endpoint's state and connection state. Connection states are pushed in per endpoint by
whatever watches the connections, and only the cells they touch are repainted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.group_words import Member, failures_summary
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.servers_window.columns import (
    ENDPOINT_ID_ROLE,
    GROUP_ID_ROLE,
    IS_GROUP_ROLE,
    Column,
    EndpointLike,
    format_time,
    header,
    state_text,
)
from nbwss_gui.ui.servers_window.endpoint_rows import GROUP_ROW, EndpointRows, Group, ModelIndex
from nbwss_gui.ui.widgets import icons
from nbwss_gui.ui.widgets.translation import say

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


def _accessible(column: int, text: str) -> str:
    """A cell for screen readers: its column's header, then its text."""
    if text:
        return QCoreApplication.translate("EndpointModel", "{header}: {text}").format(
            header=header(column), text=text
        )
    return QCoreApplication.translate("EndpointModel", "{header}: none").format(
        header=header(column)
    )


_ROLES = frozenset(
    {_DISPLAY, _DECORATION, _FONT, _ALIGNMENT, _TOOLTIP, _ACCESSIBLE}
    | {ENDPOINT_ID_ROLE, GROUP_ID_ROLE, IS_GROUP_ROLE}
)


class EndpointModel(EndpointRows):
    """Server groups and their endpoints, with each endpoint's state and connection state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection: dict[str, EndpointStatus] = {}
        self._group_states: dict[str, GroupStatus] = {}
        # The endpoints and groups that count down to a next try (kept, not searched for,
        # at every flush of a thousand groups connecting).
        self._counting: set[str] = set()
        self._groups_counting: set[str] = set()
        self.clock = time.time
        self._moment: float | None = None
        self._last_error: dict[str, str] = {}
        # When each endpoint's certificate expires (Unix seconds), as last seen.
        self._expires: dict[str, float] = {}
        self._texts: dict[str, tuple[EndpointLike, tuple[str, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- connection states ---------------------------------------------------------------

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
        if index.internalId() == GROUP_ROW:
            return self._group_data(self._groups[index.row()], index.column(), role)
        endpoint = self.endpoint_at(index)
        if endpoint is None:
            return None
        return self._endpoint_data(endpoint, index.column(), role)

    def _group_data(self, group: Group, column: int, role: int) -> Any:
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
            return QCoreApplication.translate(
                "EndpointModel", "Server group {group}: {rollup}"
            ).format(group=group.group_id, rollup=self._rollup(group))
        if role == _ACCESSIBLE:
            if column == Column.HOST_NAME:
                return QCoreApplication.translate(
                    "EndpointModel", "Server group {group}, {rollup}"
                ).format(group=group.group_id, rollup=self._rollup(group))
            return _accessible(column, text)
        return None

    def _group_text(self, group: Group, column: int) -> str:
        if column in (Column.HOST_NAME, Column.GROUP_ID):
            return group.group_id
        if column == Column.STATE:
            active = sum(1 for e in group.endpoints if e.activated)
            return QCoreApplication.translate(
                "EndpointModel", "{active} activated, {inactive} deactivated"
            ).format(active=active, inactive=len(group.endpoints) - active)
        if column == Column.CONNECTION_STATE:
            return self._rollup(group, brief=True)
        return ""

    def _rollup(self, group: Group, *, brief: bool = False) -> str:
        """Which endpoint carries the group, or why none does; `brief` for the cell."""
        known = self._group_states.get(group.group_id)
        if known is not None:
            summary = known.summary
            if known.state in (ConnectionState.RETRYING, ConnectionState.FAILED):
                members = [
                    Member(e.host_name, e.url, e.activated, self._connection.get(e.id))
                    for e in group.endpoints
                ]
                summary = failures_summary(members, brief=brief) or summary
            return f"{state_text(known.state, known.retry_at, self.now())} — {say(summary)}"
        count = len(group.endpoints)
        for endpoint in group.endpoints:
            if self.connection_word(endpoint.id) is ConnectionState.CONNECTED:
                return QCoreApplication.translate("EndpointModel", "carried by {host}").format(
                    host=endpoint.host_name
                )
        if not any(e.activated for e in group.endpoints):
            if count == 1:
                return QCoreApplication.translate("EndpointModel", "1 endpoint, all deactivated")
            return QCoreApplication.translate(
                "EndpointModel", "{count} endpoints, all deactivated"
            ).format(count=count)
        if count == 1:
            return QCoreApplication.translate("EndpointModel", "1 endpoint, none connected")
        return QCoreApplication.translate(
            "EndpointModel", "{count} endpoints, none connected"
        ).format(count=count)

    def group_rollup(self, group_id: str) -> str:
        """The group's roll-up in full (what its cell may cut)."""
        row = self._group_row.get(group_id)
        return self._rollup(self._groups[row]) if row is not None else ""

    def now(self) -> float:
        """The moment the countdowns are written for: that of the last update or tick, so
        that a cell and its tooltip say the same number of seconds."""
        return self._moment if self._moment is not None else self.clock()

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
            return _accessible(column, text)
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
            return say(EndpointState.of(endpoint.activated).words)
        connection = self.connection_state(endpoint.id)
        if column == Column.CONNECTION_STATE:
            if connection is None:
                return say(ConnectionState.NOT_CONNECTED.words)
            return state_text(connection.state, connection.retry_at, self.now())
        if column == Column.SINCE:
            return format_time(connection.since if connection is not None else endpoint.changed_at)
        if column == Column.LAST_ERROR:
            return self._last_error.get(endpoint.id, "")
        if column == Column.ROUND_TRIP and connection is not None:
            return _round_trip_text(connection)
        return ""

    def sort_value(self, endpoint: EndpointLike, column: int) -> Any:
        """Numbers sort as numbers, times as times, words without case; an empty cell last."""
        connection = self._connection.get(endpoint.id)
        if column == Column.PRIORITY:
            return (0, endpoint.priority)
        if column == Column.ROUND_TRIP:
            rtt = connection.rtt_ms if connection is not None else None
            return (0, rtt) if rtt is not None else (1, 0.0)
        if column == Column.CERTIFICATE_EXPIRY:
            expires = self._expires.get(endpoint.id)
            return (0, expires) if expires is not None else (1, 0.0)
        text = self._row_texts(endpoint)[column].lower()
        return (0, text) if text else (1, "")

    def last_error(self, endpoint_id: str) -> str:
        """The endpoint's last failure in full ("" if none was seen)."""
        return self._last_error.get(endpoint_id, "")

    def expiry_text(self, endpoint_id: str) -> str:
        return self._expiry_text(endpoint_id)

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
            return QCoreApplication.translate("EndpointModel", "{date} (expired)").format(date=date)
        if days == 1:
            return QCoreApplication.translate("EndpointModel", "{date} (1 day left)").format(
                date=date
            )
        return QCoreApplication.translate("EndpointModel", "{date} ({days} days left)").format(
            date=date, days=days
        )

    def _expiry_warns(self, endpoint_id: str) -> bool:
        days = self._days_left(endpoint_id)
        if days is None:
            return False  # no expiry known yet, as at start-up: the rule is not even loaded
        from nbwss_gui.domain.certificate_verdict import expiry_warns

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
            return say(ConnectionState.NOT_CONNECTED.words)
        words = state_text(connection.state, connection.retry_at, self.now())
        if not connection.reason:
            return words
        return QCoreApplication.translate("EndpointModel", "{words} ({reason})").format(
            words=words, reason=say(connection.reason)
        )

    def _endpoint_tooltip(self, endpoint: EndpointLike) -> str:
        state = EndpointState.of(endpoint.activated)
        connection = self.connection_state(endpoint.id)
        lines = [
            f"{endpoint.host_name} ({endpoint.url})",
            QCoreApplication.translate(
                "EndpointModel", "Group {group}, priority {priority}, {state}"
            ).format(group=endpoint.group_id, priority=endpoint.priority, state=say(state.words)),
            QCoreApplication.translate("EndpointModel", "Connection: {words}").format(
                words=self._connection_words(connection)
            ),
        ]
        last_error = self._last_error.get(endpoint.id)
        if last_error:
            lines.append(
                QCoreApplication.translate("EndpointModel", "Last error: {error}").format(
                    error=last_error
                )
            )
        expiry = self._expiry_text(endpoint.id)
        if expiry:
            lines.append(
                QCoreApplication.translate("EndpointModel", "Certificate expires {expiry}").format(
                    expiry=expiry
                )
            )
        return "\n".join(lines)

    # -- updates ---------------------------------------------------------------------------

    def apply_connection_updates(
        self, statuses: Iterable[EndpointStatus], groups: Iterable[GroupStatus] = ()
    ) -> None:
        """Record a batch of what the engine said of endpoints and groups, then repaint once
        per group touched (a thousand endpoints change at once when the network comes and
        goes)."""
        self._moment = self.clock()
        spans: dict[int, list[int]] = {}
        # Rows whose Round trip cell alone changed its text (a keep-alive round).
        round_trips: dict[int, list[int]] = {}
        for status in statuses:
            endpoint_id = status.endpoint_id
            before = self._connection.get(endpoint_id)
            self._connection[endpoint_id] = status
            if status.retry_at is None:
                self._counting.discard(endpoint_id)
            else:
                self._counting.add(endpoint_id)
            if before is not None and status.round_trip_alone(before):
                cached = self._texts.pop(endpoint_id, None)
                if self.sort_column != Column.ROUND_TRIP and (
                    # Not painted since its last change, whose repaint is still to come.
                    cached is None
                    # The same text (a few tenths of a ms more or less): nothing to repaint.
                    or cached[1][Column.ROUND_TRIP] == _round_trip_text(status)
                ):
                    if cached is not None:
                        self._texts[endpoint_id] = cached
                    continue
                index = self.index_of(endpoint_id)
                if index.isValid():
                    _widen(round_trips, index)
                continue
            self._texts.pop(endpoint_id, None)
            if status.last_error:
                self._last_error[endpoint_id] = status.last_error
            if status.certificate_expires is not None:
                self._expires[endpoint_id] = status.certificate_expires
            index = self.index_of(endpoint_id)
            if index.isValid():
                _widen(spans, index)
        for serial, (low, high) in round_trips.items():
            self.dataChanged.emit(
                self.createIndex(low, Column.ROUND_TRIP, serial),
                self.createIndex(high, Column.ROUND_TRIP, serial),
                [],
            )
        group_rows = {self._row_of[serial] for serial in spans}
        for group_status in groups:
            group_id = group_status.group_id
            self._group_states[group_id] = group_status
            if group_status.retry_at is None:
                self._groups_counting.discard(group_id)
            else:
                self._groups_counting.add(group_id)
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
                self.createIndex(min(group_rows), Column.STATE, GROUP_ROW),
                self.createIndex(max(group_rows), Column.CONNECTION_STATE, GROUP_ROW),
                [],
            )
        if self.sort_column in _CONNECTION_COLUMNS:
            # Sorted by what just changed: the rows touched take their new places.
            for serial in spans.keys() | round_trips.keys():
                self.resort(self._by_serial[serial])

    def forget_connections(self) -> None:
        """Back to NOT CONNECTED everywhere (no engine runs)."""
        self._connection.clear()
        self._group_states.clear()
        self._counting.clear()
        self._groups_counting.clear()
        self._texts.clear()
        if self._groups:
            self._all_changed()

    def waiting(self) -> bool:
        """Whether some endpoint or group counts down to its next try."""
        return bool(self._counting or self._groups_counting)

    def tick(self) -> None:
        """Repaint the countdowns of RETRYING endpoints and groups (once a second)."""
        self._moment = self.clock()
        roles = [_DISPLAY, _TOOLTIP, _ACCESSIBLE]
        column = Column.CONNECTION_STATE
        for row, group in enumerate(self._groups):
            known = self._group_states.get(group.group_id)
            if known is not None and known.retry_at is not None:
                cell = self.createIndex(row, column, GROUP_ROW)
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

    def forget_missing(self, endpoint_ids: set[str], group_ids: set[str]) -> None:
        for forgotten in set(self._connection) - endpoint_ids:
            del self._connection[forgotten]
            self._counting.discard(forgotten)
        for forgotten in set(self._last_error) - endpoint_ids:
            del self._last_error[forgotten]
        for forgotten in set(self._expires) - endpoint_ids:
            del self._expires[forgotten]
        for forgotten in set(self._group_states) - group_ids:
            del self._group_states[forgotten]
            self._groups_counting.discard(forgotten)
        for forgotten in set(self._texts) - endpoint_ids:
            del self._texts[forgotten]


def _round_trip_text(connection: EndpointStatus) -> str:
    """The Round trip cell: the last keep-alive round trip while CONNECTED, in whole ms."""
    rtt = connection.rtt_ms
    if rtt is None or connection.state is not ConnectionState.CONNECTED:
        return ""
    if rtt < 1:
        return QCoreApplication.translate("EndpointModel", "< 1 ms")
    return QCoreApplication.translate("EndpointModel", "{rtt} ms").format(rtt=f"{rtt:.0f}")


def _widen(spans: dict[int, list[int]], index: ModelIndex) -> None:
    """Take `index`'s row into its group's span of rows (group serial -> [first, last])."""
    span = spans.setdefault(index.internalId(), [index.row(), index.row()])
    span[0] = min(span[0], index.row())
    span[1] = max(span[1], index.row())
