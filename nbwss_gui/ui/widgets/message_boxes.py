"""Message boxes whose every button carries an accessible name, as every control here does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def name_buttons(box: QMessageBox) -> QMessageBox:
    """Give each button of `box` without an accessible name its text (without the mnemonic)."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
    return box


def discard_question(
    parent: QWidget, title: str, text: str, on_discard: Callable[[], None]
) -> QMessageBox:
    """Ask before work done in a dialog is dropped: Discard, or Keep editing (the default).
    Opened window-modal; `on_discard` runs on Discard. The box deletes itself once answered."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("MessageBoxes", "&Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    name_buttons(box)

    def decided() -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            on_discard()
        box.deleteLater()

    box.finished.connect(decided)
    box.open()
    return box


def replace_question(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Ask before registered endpoints are replaced: Yes, or No (the default). Opened
    window-modal; `on_yes` runs on Yes. The box deletes itself once answered."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    name_buttons(box)

    def decided() -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()
        box.deleteLater()

    box.finished.connect(decided)
    box.open()
    return box
