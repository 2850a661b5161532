"""Edit an endpoint in place: its priority and whether it is activated (SPEC §2.1's priority
rule, checked by the registry); the token stays where it is, untouched."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.endpoint import PRIORITY_MAX


class EditDialog(QDialog):
    def __init__(
        self, host_name: str, url: str, priority: int, activated: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("EditDialog", "Edit — {host}").format(host=host_name)
        )
        self.setAccessibleName(QCoreApplication.translate("EditDialog", "Edit endpoint"))
        about = QLabel(
            QCoreApplication.translate(
                "EditDialog", "{host}\n{url}\nThe token stays in the keyring as it is."
            ).format(host=host_name, url=url),
            self,
        )
        about.setWordWrap(True)
        self.priority = QSpinBox(self)
        self.priority.setRange(0, PRIORITY_MAX)
        self.priority.setValue(priority)
        self.priority.setAccessibleName(QCoreApplication.translate("EditDialog", "Priority"))
        self.priority.setToolTip(
            QCoreApplication.translate(
                "EditDialog", "A lower number is tried first within the group."
            )
        )
        self.activated = QCheckBox(QCoreApplication.translate("EditDialog", "&Activated"), self)
        self.activated.setChecked(activated)
        self.activated.setAccessibleName(QCoreApplication.translate("EditDialog", "Activated"))
        form = QFormLayout()
        label = QLabel(QCoreApplication.translate("EditDialog", "&Priority:"), self)
        label.setBuddy(self.priority)
        form.addRow(label, self.priority)
        form.addRow("", self.activated)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.priority.setFocus()
        self.priority.selectAll()
