"""How wide the WebSocket Servers window and its columns are: at start-up in average
characters (so that they grow with the font), then fitted to the texts of the first rows, with
the long columns capped and the last one stretching into whatever room is left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTreeView, QWidget

from nbwss_gui.ui.servers_window.columns import Column, header

FIT_ROWS = 24

COLUMN_CHARS = {
    Column.HOST_NAME: 26,
    Column.URL: 34,
    Column.GROUP_ID: 12,
    Column.PRIORITY: 8,
    Column.STATE: 16,
    Column.CONNECTION_STATE: 22,
    Column.SINCE: 19,
    Column.LAST_ERROR: 24,
    Column.ROUND_TRIP: 10,
    Column.CERTIFICATE_EXPIRY: 16,
}
MAX_CHARS = {
    Column.URL: 48,
    Column.LAST_ERROR: 60,
    Column.HOST_NAME: 40,
    Column.CONNECTION_STATE: 56,
}
# Columns that keep room for the words to come: errors arrive after the first fit.
MIN_CHARS = {Column.LAST_ERROR: 30}


def column_width(widget: QWidget, chars: int) -> int:
    return widget.fontMetrics().averageCharWidth() * chars


def size_columns(view: QTreeView) -> None:
    """The start-up widths."""
    for column, chars in COLUMN_CHARS.items():
        view.setColumnWidth(column, column_width(view, chars))


# Columns that give up room, in proportion, when the fitted columns are wider than the list:
# their words are in full in the tooltips and the details pane.
SHRINKING = (Column.LAST_ERROR, Column.CONNECTION_STATE, Column.URL)
# Beyond the start widths, for the longer words that come (errors, group roll-ups).
ROOM_CHARS = 16
# The last error keeps at least this much while other columns can give room.
ERROR_FLOOR_CHARS = 20
# No column shrinks below this.
SHRINK_FLOOR_CHARS = 12


def _floor_chars(column: Column) -> int:
    return max(COLUMN_CHARS[column], MIN_CHARS.get(column, 0))


def default_size(window: QWidget) -> QSize:
    """Wide enough for every column at its default width (on a 1366x768 screen and larger),
    within nine tenths of the screen; tall enough for a dozen groups and the details pane."""
    margin = 4 * window.fontMetrics().averageCharWidth()
    wanted = QSize(
        column_width(window, sum(_floor_chars(column) for column in Column) + ROOM_CHARS) + margin,
        window.fontMetrics().height() * 44,
    )
    screen = window.screen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() * 0.9)


def fit_columns(view: QTreeView) -> None:
    """Widen each column to its text (and header), within a cap for the long ones.

    Measured from the first FIT_ROWS rows with the font metrics alone: asking the view to
    size columns to their contents costs tens of milliseconds at start-up.
    """
    metrics = view.fontMetrics()
    height = metrics.height()
    # Icons keep pace with larger text (high text scaling) instead of shrinking beside it.
    view.setIconSize(QSize(max(16, height), max(16, height)))
    bold = QFont(view.font())
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    header_metrics = view.header().fontMetrics()
    padding = 3 * metrics.averageCharWidth()
    icon_room = view.iconSize().width() + metrics.averageCharWidth()
    rows = sample_rows(view)
    widths: dict[Column, int] = {}
    # Below these the shrinking columns do not go: their header, and for the connection
    # state the endpoints' words (only a group's long roll-up is given up, to its tooltip).
    floors: dict[Column, int] = {}
    for column in Column:
        width = header_metrics.horizontalAdvance(header(column)) + padding
        floors[column] = width
        for index, depth in rows:
            cell = index.siblingAtColumn(column)
            text = cell.data()
            if not text:
                continue
            is_group = depth == 0
            used = (bold_metrics if is_group and column == 0 else metrics).horizontalAdvance(text)
            if cell.data(Qt.ItemDataRole.DecorationRole) is not None:
                used += icon_room
            if column == 0:
                used += view.indentation() * (depth + 1)
            width = max(width, used + padding)
            if column == Column.CONNECTION_STATE and not is_group:
                floors[column] = max(floors[column], used + padding)
        width = max(width, metrics.averageCharWidth() * MIN_CHARS.get(column, 0))
        cap = MAX_CHARS.get(column)
        if cap is not None:
            width = min(width, metrics.averageCharWidth() * cap)
        widths[column] = width
    # Before the list is on screen its width is not yet the window's: nothing to fit into.
    room = view.viewport().width() if view.isVisible() else 0
    if room > 0:
        char = metrics.averageCharWidth()
        hard = char * SHRINK_FLOOR_CHARS
        # The last error stays readable: the other long columns give up more room first.
        floors[Column.LAST_ERROR] = max(floors[Column.LAST_ERROR], char * ERROR_FLOOR_CHARS)
        _shrink(widths, room, {c: max(hard, floors[c]) for c in SHRINKING})
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def _shrink(widths: dict[Column, int], room: int, floors: dict[Column, int]) -> None:
    """Narrow the shrinking columns, each in proportion to what it can give (down to its
    floor), until all the columns fit in `room`."""
    excess = sum(widths.values()) - room
    if excess <= 0:
        return
    can_give = {c: max(0, widths[c] - floors[c]) for c in SHRINKING}
    total = sum(can_give.values())
    if total <= 0:
        return
    share = min(1.0, excess / total)
    for column, give in can_give.items():
        widths[column] -= round(give * share)


def sample_rows(view: QTreeView) -> list[tuple[QModelIndex, int]]:
    """The first FIT_ROWS rows in display order, with their depth (0 for a group)."""
    rows: list[tuple[QModelIndex, int]] = []
    model = view.model()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        rows.append((group, 0))
        for row in range(model.rowCount(group)):
            rows.append((model.index(row, 0, group), 1))
        if len(rows) >= FIT_ROWS:
            break
    return rows[:FIT_ROWS]
