"""Message boxes whose every button carries an accessible name, as every control here does."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def name_buttons(box: QMessageBox) -> QMessageBox:
    """Give each button of `box` without an accessible name its text (without the mnemonic)."""
    for button in box.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))
    return box
