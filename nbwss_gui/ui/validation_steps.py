"""Validate (SPEC §3.2 step 4): its buttons, what it is doing, and the steps it went through.

One row per step, with its result in words and its time: the provider URL (for URL), then the
certificate; the WebSocket upgrade and the token exchange join them as further rows. A long
result wraps instead of being cut off.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.problem_view import severity_icon, severity_word

if TYPE_CHECKING:
    from nbwss_gui.services.sources import LoadOutcome

# The severity of a step's result (None: it passed) and what happened, in words.
StepResult = tuple[Severity | None, str]


def outcome_result(outcome: LoadOutcome) -> StepResult:
    """The result of reading endpoint details, as a step."""
    if outcome.error:
        return Severity.ERROR, outcome.error
    if outcome.result is not None and not outcome.result.ok:
        return Severity.ERROR, f"{len(outcome.result.errors)} error(s) in the details"
    return None, "details fetched and valid"


class ValidationSteps(QTreeWidget):
    """Step, Result and Time, as tall as its rows; hidden until the first step ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Validation steps")
        self.setHeaderLabels(["Step", "Result", "Time"])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_height())
        self.hide()

    def add(self, name: str, result: StepResult, began: float) -> QTreeWidgetItem:
        """A finished step that started at `began` (time.perf_counter())."""
        severity, text = result
        item = QTreeWidgetItem([name, f"{severity_word(severity)}: {text}"])
        item.setText(2, f"{(time.perf_counter() - began) * 1000:.0f} ms")
        item.setIcon(1, severity_icon(self, severity))
        item.setToolTip(1, text)
        self.addTopLevelItem(item)
        self.show()
        self._fit_height()
        return item

    def clear_steps(self) -> None:
        self.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wider or narrower, a result may now take fewer or more lines.
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        # Item views size rows for one line of text; a wrapped result needs its own height.
        # Then the list is as tall as its rows: a few steps should leave neither an empty box
        # nor a scroll bar.
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        room = self.header().sectionSize(1) - self.iconSize().width() - 4 * margin
        one_line = max(self.iconSize().height(), metrics.height()) + 2 * margin
        rows = 0
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            assert item is not None
            text = metrics.boundingRect(
                QRect(0, 0, max(room, 1), 100_000), Qt.TextFlag.TextWordWrap, item.text(1)
            )
            height = max(one_line, text.height() + 2 * margin)
            if item.sizeHint(1).height() != height:
                item.setSizeHint(1, QSize(0, height))
            rows += height
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.header().sizeHint().height() + rows + frame + 2)


class ValidationBar(QWidget):
    """Validate and Stop, a busy indicator and a status line, with the steps below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.validate_button = QPushButton("&Validate", self)
        self.validate_button.setAccessibleName("Validate")
        self.stop_button = QPushButton("St&op", self)
        self.stop_button.setAccessibleName("Stop validating")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: steps have no measurable progress
        self.progress.setAccessibleName("Working")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        row.addWidget(self.validate_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.steps = ValidationSteps(self)
        layout.addWidget(self.steps)

    def say(self, text: str, *, busy: bool) -> None:
        self.status.setText(text)
        self.progress.setVisible(busy)
