"""The table of one endpoint's message log: a row per entry, its words made once.

Every text is passed through the known-secret redaction (services.logs) once more, though the
domain stores messages redacted: this is the one place whose purpose is to show what went over
the wire.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from nbwss_gui.domain.message_log import Direction, LogEntry
from nbwss_gui.services import logs
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex

# A payload longer than this is cut in the Summary column; the details pane shows all of it.
SUMMARY_PAYLOAD_LIMIT = 160


class Column(enum.IntEnum):
    TIME = 0
    DIRECTION = 1
    TYPE = 2
    SUMMARY = 3


HEADERS = (
    QT_TRANSLATE_NOOP("MessageLog", "Time"),
    QT_TRANSLATE_NOOP("MessageLog", "Direction"),
    QT_TRANSLATE_NOOP("MessageLog", "Type"),
    QT_TRANSLATE_NOOP("MessageLog", "Summary"),
)

# The arrow says which way at a glance; the word says it to everyone else.
_DIRECTION_TEXT = {
    Direction.OUT: QT_TRANSLATE_NOOP("MessageLog", "→ out"),
    Direction.IN: QT_TRANSLATE_NOOP("MessageLog", "← in"),
    Direction.EVENT: QT_TRANSLATE_NOOP("MessageLog", "• event"),
}
_DIRECTION_MEANING = {
    Direction.OUT: QT_TRANSLATE_NOOP("MessageLog", "sent to the endpoint"),
    Direction.IN: QT_TRANSLATE_NOOP("MessageLog", "received from the endpoint"),
    Direction.EVENT: QT_TRANSLATE_NOOP("MessageLog", "connection event"),
}

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ENTRY = int(ENTRY_ROLE)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _meaning(direction: Direction) -> str:
    return QCoreApplication.translate("MessageLog", _DIRECTION_MEANING[direction])


def _capitalized(text: str) -> str:
    """The first letter up, the others as they are (German nouns keep theirs)."""
    return text[:1].upper() + text[1:]


def _moment(entry: LogEntry) -> dt.datetime:
    return dt.datetime.fromtimestamp(entry.time).astimezone()


def full_time(entry: LogEntry) -> str:
    stamp = _moment(entry)
    return f"{stamp:%Y-%m-%d %H:%M:%S}.{stamp.microsecond // 1000:03d}"


def type_text(entry: LogEntry) -> str:
    """The Type column: "CONNECT REQUEST", "close 1000", "undecodable", or nothing."""
    if entry.data is not None:
        return f"{entry.data.get('type', '?')} {entry.data.get('subType', '?')}"
    if entry.close_code is not None:
        return QCoreApplication.translate("MessageLog", "close {code}").format(
            code=entry.close_code
        )
    if entry.raw is not None:
        return QCoreApplication.translate("MessageLog", "undecodable")
    return ""


def summary_text(entry: LogEntry) -> str:
    """One line: what the Type column does not already say."""
    data = entry.data
    if data is not None:
        # The domain's summary starts with type, subType and id: the Type column has the
        # first two and the details pane the id, so the row shows the note and the payload.
        prefix = f"{data.get('type')} {data.get('subType')} {data.get('id')}"
        note = entry.summary.removeprefix(prefix).removeprefix(": ")
        payload = json.dumps(data.get("payload"), separators=(",", ":"), ensure_ascii=False)
        if len(payload) > SUMMARY_PAYLOAD_LIMIT:
            payload = payload[: SUMMARY_PAYLOAD_LIMIT - 1] + "…"
        return f"{note} — {payload}" if note else payload
    text = entry.summary
    if entry.close_reason:
        text += f" — reason: {entry.close_reason}"
    if entry.raw is not None:
        text += f" — {entry.raw!r}"
    return " ".join(text.split())


def details_text(entry: LogEntry) -> str:
    """The whole entry for the details pane and Copy: a heading, then the message as JSON."""
    lines = [
        f"{full_time(entry)}  {entry.direction.value} ({_meaning(entry.direction)})",
        entry.summary,
    ]
    if entry.data is not None:
        lines.append(json.dumps(entry.data, indent=2, ensure_ascii=False))
    if entry.close_code is not None:
        lines.append(
            QCoreApplication.translate("MessageLog", "Close code: {code}").format(
                code=entry.close_code
            )
        )
    if entry.close_reason:
        lines.append(
            QCoreApplication.translate("MessageLog", "Close reason: {reason}").format(
                reason=entry.close_reason
            )
        )
    if entry.raw is not None:
        lines += [QCoreApplication.translate("MessageLog", "Text as received:"), entry.raw]
    return logs.redact("\n".join(lines))


def line_text(entry: LogEntry) -> str:
    """The entry as one line of Copy all."""
    return logs.redact(f"{full_time(entry)} {entry.text()}")


@dataclass(frozen=True, slots=True)
class _Row:
    entry: LogEntry
    cells: tuple[str, str, str, str]
    tips: tuple[str, str, str, str]


def _row(entry: LogEntry) -> _Row:
    # Made once per entry: the view asks for the same texts many times as it paints.
    cells = (
        f"{_moment(entry):%H:%M:%S}",
        QCoreApplication.translate("MessageLog", _DIRECTION_TEXT[entry.direction]),
        type_text(entry),
        summary_text(entry),
    )
    tips = (
        full_time(entry),
        _capitalized(_meaning(entry.direction)),
        cells[2],
        entry.summary,
    )
    return _Row(
        entry,
        (cells[0], cells[1], cells[2], logs.redact(cells[3])),
        (tips[0], tips[1], tips[2], logs.redact(tips[3])),
    )


class MessageLogModel(QAbstractTableModel):
    """The entries of one message log, oldest first, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        role = int(role)
        if role == _DISPLAY:
            return row.cells[index.column()]
        if role == _TOOLTIP:
            return row.tips[index.column()]
        if role == _ACCESSIBLE:
            # A screen reader hears the word, not the arrow.
            if index.column() == Column.DIRECTION:
                return row.tips[Column.DIRECTION]
            return row.cells[index.column()]
        if role == _ENTRY:
            return row.entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return QCoreApplication.translate("MessageLog", HEADERS[section])
        return super().headerData(section, orientation, role)

    def entry(self, row: int) -> LogEntry:
        return self._rows[row].entry

    def entries(self) -> list[LogEntry]:
        return [row.entry for row in self._rows]

    def set_entries(self, entries: Sequence[LogEntry]) -> None:
        """Follow the log: drop the rows it dropped from the front, add the ones it appended.

        Entries are matched by identity — the log keeps the same objects — so that two equal
        entries (same second, same text) stay two rows. A log that was cleared or replaced
        shares no entry with the rows and simply replaces them all.
        """
        old = [row.entry for row in self._rows]
        dropped = self._dropped(old, entries)
        if dropped:
            self.beginRemoveRows(QModelIndex(), 0, dropped - 1)
            del self._rows[:dropped]
            self.endRemoveRows()
        kept = len(self._rows)
        if len(entries) > kept:
            self.beginInsertRows(QModelIndex(), kept, len(entries) - 1)
            self._rows.extend(_row(entry) for entry in entries[kept:])
            self.endInsertRows()

    @staticmethod
    def _dropped(old: Sequence[LogEntry], new: Sequence[LogEntry]) -> int:
        """How many of the oldest rows are gone, given that the rest start `new`."""
        if new:
            for start, entry in enumerate(old):
                if entry is new[0]:
                    rest = old[start:]
                    if len(rest) <= len(new) and all(
                        a is b for a, b in zip(rest, new, strict=False)
                    ):
                        return start
                    break
        return len(old)
