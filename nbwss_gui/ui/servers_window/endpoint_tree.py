"""The list of the WebSocket Servers window: a tree view that says what to do when empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTreeView, QWidget


class EndpointTree(QTreeView):
    """Server groups and their endpoints; with no rows, a hint in their place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""

    @property
    def hint(self) -> str:
        return self._hint

    def set_hint(self, text: str) -> None:
        """What the empty list says (empty: nothing)."""
        if text != self._hint:
            self._hint = text
            self.viewport().update()

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
