"""Inline problem display: errors and warnings shown right under the field they concern."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from nbwss_gui.domain.problems import Problem, Severity
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

ICON_SIZE = 16


SP = QStyle.StandardPixmap
# None stands for "fine": a passed step, a trusted certificate.
_PIXMAPS = {
    Severity.ERROR: SP.SP_MessageBoxCritical,
    Severity.WARNING: SP.SP_MessageBoxWarning,
    None: SP.SP_DialogApplyButton,
}
_WORDS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Problems", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Problems", "Warning"),
    None: QT_TRANSLATE_NOOP("Problems", "OK"),
}


def severity_icon(widget: QWidget, severity: Severity | None) -> QIcon:
    return widget.style().standardIcon(_PIXMAPS[severity])


def severity_word(severity: Severity | None) -> str:
    return QCoreApplication.translate("Problems", _WORDS[severity])


def describe(problem: Problem) -> str:
    """One line a person reads: severity word, place, message — never colour alone."""
    where = problem.where()
    severity = severity_word(problem.severity)
    # problem.message is the domain's Words, said in the window's language.
    if where:
        words = QCoreApplication.translate("Problems", "{severity} at {where}: {message}")
        return words.format(severity=severity, where=where, message=say(problem.message))
    words = QCoreApplication.translate("Problems", "{severity}: {message}")
    return words.format(severity=severity, message=say(problem.message))


class ProblemRow(QWidget):
    """An icon and a wrapped line of text for one problem."""

    def __init__(self, severity: Severity | None, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity = severity
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = max(ICON_SIZE, self.fontMetrics().height())
        icon.setPixmap(severity_icon(self, severity).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(severity_word(severity))
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(text)
        if severity is Severity.ERROR:
            # The word "Error" carries the meaning; bold only helps the eye find it.
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class ProblemList(QWidget):
    """The problems of one source or one field; hidden when there is nothing to say."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._rows: list[ProblemRow] = []
        self.setVisible(False)

    def set_problems(self, problems: Iterable[Problem] = (), *, error: str | None = None) -> None:
        entries: list[tuple[Severity | None, str]] = []
        if error:
            words = QCoreApplication.translate("Problems", "Error: {message}")
            entries.append((Severity.ERROR, words.format(message=say(error))))
        entries.extend((p.severity, describe(p)) for p in problems)
        self.set_entries(entries)

    def set_entries(self, entries: Iterable[tuple[Severity | None, str]]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = [ProblemRow(severity, text, self) for severity, text in entries]
        for row in self._rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self._rows))

    def clear(self) -> None:
        self.set_entries(())

    def texts(self) -> list[str]:
        return [row.text() for row in self._rows]

    def rows(self) -> list[ProblemRow]:
        return list(self._rows)
