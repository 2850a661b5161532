"""The extra CA file's row in Settings: the path, Browse…, and what is wrong with it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.settings import SPEC_BY_KEY, Refused
from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

KEY = "nbwssgui.caFile"
CA_FILTER = QT_TRANSLATE_NOOP("CaFileRow", "PEM certificates (*.pem *.crt *.cer);;All files (*)")


class CaFileRow(QWidget):
    """`edit` holds the path as typed; `check()` says whether it can be stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("None: the system's trust store only"))
        self.edit.setClearButtonEnabled(True)
        self.problems = ProblemList(self.tr("Problems with the extra CA file"), self)
        self.edit.editingFinished.connect(self.check)
        self.edit.textEdited.connect(lambda _text: self.problems.clear())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Browse for the extra CA file"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        line.addWidget(self.edit, 1)
        line.addWidget(self.browse_button)
        rows.addLayout(line)
        rows.addWidget(self.problems)

    def check(self) -> bool:
        """Show what is wrong with the path; False when it cannot be stored."""
        verdict = SPEC_BY_KEY[KEY].parse(self.edit.text().strip())
        if isinstance(verdict, Refused):
            words = self.tr("Error: this must be {rule}.").format(rule=say(verdict.rule))
            self.problems.set_entries([(Severity.ERROR, words)])
            return False
        if verdict is not None and not os.path.isfile(str(verdict)):
            self.problems.set_entries(
                [
                    (
                        Severity.WARNING,
                        self.tr(
                            "Warning: there is no such file here; connections will fail until "
                            "it exists."
                        ),
                    )
                ]
            )
        else:
            self.problems.clear()
        return True

    def browse(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Extra CA file"), start, self.tr(CA_FILTER)
        )
        if path:
            self.edit.setText(os.path.normpath(path))
            self.check()
