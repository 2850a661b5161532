"""The columns of the WebSocket Servers window and the words in them: what each column is,
what the model reads of an endpoint, and how a state, a countdown and a time are written."""

from __future__ import annotations

import datetime as dt
import enum
import math
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say


class Column(enum.IntEnum):
    HOST_NAME = 0
    URL = 1
    GROUP_ID = 2
    PRIORITY = 3
    STATE = 4
    CONNECTION_STATE = 5
    SINCE = 6
    LAST_ERROR = 7
    ROUND_TRIP = 8
    CERTIFICATE_EXPIRY = 9


HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Host Name"),
    QT_TRANSLATE_NOOP("Columns", "URL"),
    QT_TRANSLATE_NOOP("Columns", "Group ID"),
    QT_TRANSLATE_NOOP("Columns", "Priority"),
    QT_TRANSLATE_NOOP("Columns", "State"),
    QT_TRANSLATE_NOOP("Columns", "Connection State"),
    QT_TRANSLATE_NOOP("Columns", "Since"),
    QT_TRANSLATE_NOOP("Columns", "Last error"),
    QT_TRANSLATE_NOOP("Columns", "Round trip"),
    QT_TRANSLATE_NOOP("Columns", "Certificate expiry"),
)


def header(column: int) -> str:
    """A column's header in the window's language."""
    return QCoreApplication.translate("Columns", HEADERS[column])


ENDPOINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 3


class EndpointLike(Protocol):
    """What the model reads from a registered endpoint."""

    @property
    def id(self) -> str: ...
    @property
    def priority(self) -> int: ...
    @property
    def group_id(self) -> str: ...
    @property
    def host_name(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def activated(self) -> bool: ...
    @property
    def changed_at(self) -> Any: ...


def seconds_left(retry_at: float | None, now: float) -> int | None:
    """Whole seconds until `retry_at`, rounded up (a countdown never shows 0 while waiting)."""
    if retry_at is None:
        return None
    return max(0, math.ceil(retry_at - now))


def state_text(state: ConnectionState, retry_at: float | None, now: float) -> str:
    """A connection state in words; RETRYING says when the next try comes (SPEC §3.1)."""
    left = seconds_left(retry_at, now) if state is ConnectionState.RETRYING else None
    words = say(state.words)
    if left is None:
        return words
    if left:
        return QCoreApplication.translate("Columns", "{state} in {left} s").format(
            state=words, left=left
        )
    return QCoreApplication.translate("Columns", "{state} now").format(state=words)


def format_time(value: Any) -> str:
    """A timestamp as local date and time, whichever form the registry keeps it in."""
    if value is None or value == "":
        return ""
    moment: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, int | float):
        moment = dt.datetime.fromtimestamp(value, dt.UTC)
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if moment is None:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S")
