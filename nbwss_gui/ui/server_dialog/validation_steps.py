"""Validate (SPEC §3.2 step 4): its buttons, what it is doing, and the steps it went through.

One row per step, with its result in words and its time: the provider URL (for URL), the
certificate, then the connection test's steps (DNS, TCP, TLS, WebSocket upgrade, token
accepted), each added as it ends. A step that could not run says why. A long result wraps
instead of being cut off.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.server_dialog.problem_view import severity_icon, severity_word
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.services.connection_probe import ProbeStep
    from nbwss_gui.services.sources import LoadOutcome

# The severity of a step's result (None: it passed) and what happened, in words.
StepResult = tuple[Severity | None, str]

SKIPPED = QT_TRANSLATE_NOOP("ValidationSteps", "Skipped")
# The steps' names as rows show them. A row keeps its name in English (NAME_ROLE), the one the
# dialog asks for again; the connection test's step names are connection_probe's.
STEP_WORDS = {
    "Provider URL": QT_TRANSLATE_NOOP("ValidationSteps", "Provider URL"),
    "Certificate": QT_TRANSLATE_NOOP("ValidationSteps", "Certificate"),
    "Connection test": QT_TRANSLATE_NOOP("ValidationSteps", "Connection test"),
    "DNS": QT_TRANSLATE_NOOP("ValidationSteps", "DNS"),
    "TCP": QT_TRANSLATE_NOOP("ValidationSteps", "TCP"),
    "Proxy": QT_TRANSLATE_NOOP("ValidationSteps", "Proxy"),
    "TLS": QT_TRANSLATE_NOOP("ValidationSteps", "TLS"),
    "WebSocket upgrade": QT_TRANSLATE_NOOP("ValidationSteps", "WebSocket upgrade"),
    "Token accepted": QT_TRANSLATE_NOOP("ValidationSteps", "Token accepted"),
}
NAME_ROLE = Qt.ItemDataRole.UserRole
# Below this, whole milliseconds would round a quick step (a local lookup) down to nothing.
_FRACTION_BELOW_MS = 10
# Pixels between one wrapped result and the next, so that rows do not run together.
_ROW_SLACK = 4
# Fitting the height may move the columns, which asks for another fit; a few settle it.
_FIT_ATTEMPTS = 4


def step_word(name: str) -> str:
    """A step's name in the window's language (a name not known here, as it is)."""
    return QCoreApplication.translate("ValidationSteps", STEP_WORDS.get(name, name))


def outcome_result(outcome: LoadOutcome) -> StepResult:
    """The result of reading endpoint details, as a step."""
    if outcome.error:
        # The services' words, shown as they come.
        return Severity.ERROR, say(outcome.error)
    if outcome.result is not None and not outcome.result.ok:
        count = len(outcome.result.errors)
        if count == 1:
            return Severity.ERROR, QCoreApplication.translate(
                "ValidationSteps", "1 error in the details"
            )
        words = QCoreApplication.translate("ValidationSteps", "{count} errors in the details")
        return Severity.ERROR, words.format(count=count)
    return None, QCoreApplication.translate("ValidationSteps", "details fetched and valid")


def probe_result(step: ProbeStep) -> StepResult:
    """A step of the connection test, as a row's result (its detail is the services' words)."""
    return (None if step.ok else Severity.ERROR), say(step.detail)


def duration_text(seconds: float) -> str:
    milliseconds = seconds * 1000
    if milliseconds < _FRACTION_BELOW_MS:
        return f"{milliseconds:.1f} ms"
    return f"{milliseconds:.0f} ms"


class ValidationSteps(QTreeWidget):
    """Step, Result and Time, as tall as its rows; hidden until the first step ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self._fit_again = False
        self.setAccessibleName(self.tr("Validation steps"))
        self.setHeaderLabels([self.tr("Step"), self.tr("Result"), self.tr("Time")])
        # Times line up on the right, as numbers do, under their header.
        header_item = self.headerItem()
        header_item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)
        self.hide()

    def add(self, name: str, result: StepResult, began: float) -> QTreeWidgetItem:
        """A finished step that started at `began` (time.perf_counter())."""
        return self.add_timed(name, result, time.perf_counter() - began)

    def add_timed(self, name: str, result: StepResult, seconds: float) -> QTreeWidgetItem:
        """A finished step that took `seconds`."""
        severity, text = result
        return self._add_row(
            name,
            self.tr("{severity}: {result}").format(severity=severity_word(severity), result=text),
            text,
            severity_icon(self, severity),
            duration_text(seconds),
        )

    def add_probe_step(self, step: ProbeStep) -> QTreeWidgetItem:
        return self.add_timed(step.name, probe_result(step), step.seconds)

    def add_skipped(self, name: str, reason: str) -> QTreeWidgetItem:
        """A step that did not run; `reason` says why, and what would let it run."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        shown = self.tr("{skipped}: {reason}").format(skipped=self.tr(SKIPPED), reason=reason)
        return self._add_row(name, shown, reason, icon, "\u2014")

    def set_result(self, name: str, result: StepResult) -> None:
        """A new verdict for a step already shown (a certificate trusted since); same time."""
        severity, text = result
        for item in self._items(name):
            item.setText(
                1,
                self.tr("{severity}: {result}").format(
                    severity=severity_word(severity), result=text
                ),
            )
            item.setToolTip(1, text)
            item.setIcon(1, severity_icon(self, severity))
        self._fit_height()

    def remove_steps(self, name: str) -> None:
        for item in self._items(name):
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
        self._fit_height()

    def clear_steps(self) -> None:
        self.clear()
        self.hide()

    def _add_row(
        self, name: str, shown: str, tooltip: str, icon: QIcon, time_text: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([step_word(name), shown, time_text])
        item.setData(0, NAME_ROLE, name)
        item.setIcon(1, icon)
        item.setToolTip(1, tooltip)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addTopLevelItem(item)
        self.show()
        self._fit_height()
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = [self.topLevelItem(row) for row in range(self.topLevelItemCount())]
        return [item for item in items if item is not None]

    def _items(self, name: str) -> list[QTreeWidgetItem]:
        return [item for item in self._all_items() if item.data(0, NAME_ROLE) == name]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wider or narrower, a result may now take fewer or more lines.
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        # While it signals the change, the header still reports the section's old size.
        self._fit_height(new if section == 1 else None)

    def _fit_height(self, result_width: int | None = None) -> None:
        # Item views size rows for one line of text; a wrapped result needs its own height,
        # measured by the style the way it lays the text out when it paints it. Then the list
        # is as tall as its rows: a few steps should leave neither an empty box nor a scroll
        # bar. Changing the height can resize the columns, which asks for a fit again: that
        # second fit runs after this one, never inside it, so the last width wins.
        if self._fitting:
            self._fit_again = True
            return
        self._fitting = True
        try:
            for _attempt in range(_FIT_ATTEMPTS):
                self._fit_again = False
                self.setFixedHeight(self._rows_height(result_width))
                if not self._fit_again:
                    break
                result_width = None
        finally:
            self._fitting = False

    def _rows_height(self, result_width: int | None) -> int:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        features = QStyleOptionViewItem.ViewItemFeature
        option.features |= features.HasDisplay | features.HasDecoration | features.WrapText
        # A valid rectangle: its width is what the text wraps to.
        width = self.header().sectionSize(1) if result_width is None else result_width
        option.rect = QRect(0, 0, width, 1)
        one_line = self.fontMetrics().height()
        rows = 0
        for item in self._all_items():
            option.text = item.text(1)
            option.icon = item.icon(1)
            size = self.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
            )
            height = max(one_line, size.height()) + _ROW_SLACK
            if item.sizeHint(1).height() != height:
                item.setSizeHint(1, QSize(0, height))
            rows += height
        frame = 2 * self.frameWidth()
        return self.header().sizeHint().height() + rows + frame + 2


class ValidationBar(QWidget):
    """Validate and Stop, a busy indicator and a status line, with the steps below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.validate_button = QPushButton(self.tr("&Validate"), self)
        self.validate_button.setAccessibleName(self.tr("Validate"))
        self.stop_button = QPushButton(self.tr("St&op"), self)
        self.stop_button.setAccessibleName(self.tr("Stop validating"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: steps have no measurable progress
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
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
