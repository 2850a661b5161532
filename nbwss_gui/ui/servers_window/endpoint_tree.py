"""The list of the WebSocket Servers window: a tree view that says what to do when empty,
keeps a tooltip that is showing in step with its cell, and hides the rows a filter leaves out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QTreeView, QWidget

from nbwss_gui.domain.endpoint_filter import matches


class EndpointTree(QTreeView):
    """Server groups and their endpoints; with no rows, a hint in their place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""
        # The cell whose tooltip is showing, and where: a countdown in it is kept current.
        self._tip_index = QPersistentModelIndex()
        self._tip_at = QPoint()

    @property
    def hint(self) -> str:
        return self._hint

    def set_hint(self, text: str) -> None:
        """What the empty list says (empty: nothing)."""
        if text != self._hint:
            self._hint = text
            self.viewport().update()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.dataChanged.connect(self._data_changed)

    # -- the tooltip -------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tip_index = QPersistentModelIndex(self.indexAt(event.pos()))
            self._tip_at = event.globalPos()
        return super().viewportEvent(event)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = ()) -> None:
        tip = self._tip_index
        if not tip.isValid() or not QToolTip.isVisible():
            return
        if (
            tip.parent() != top.parent()
            or not top.row() <= tip.row() <= bottom.row()
            or not top.column() <= tip.column() <= bottom.column()
        ):
            return
        text = tip.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(text, str) and text != QToolTip.text():
            QToolTip.showText(self._tip_at, text, self.viewport())

    # -- the filter --------------------------------------------------------------------------

    def apply_filter(
        self, filter_terms: list[str], words: Callable[[QModelIndex], Iterable[str]]
    ) -> int:
        """Hide the endpoints whose `words` lack a term, and the groups left empty; the number
        of endpoints shown."""
        model = self.model()
        shown = 0
        for group_row in range(model.rowCount()):
            group = model.index(group_row, 0)
            children = model.rowCount(group)
            visible = 0
            for row in range(children):
                keep = not filter_terms or matches(filter_terms, words(model.index(row, 0, group)))
                self.setRowHidden(row, group, not keep)
                visible += keep
            group_keeps = visible > 0 or (
                children == 0 and (not filter_terms or matches(filter_terms, words(group)))
            )
            self.setRowHidden(group_row, QModelIndex(), not group_keeps)
            shown += visible
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._hint or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._hint)
        painter.end()
