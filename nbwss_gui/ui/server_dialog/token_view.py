"""The View token dialog: the token masked until asked for, and a Copy that cleans up (SPEC §5).

The clipboard is cleared 30 s after Copy, but only if it still holds the token: whatever the
user copied since is theirs. Only a digest of the token is kept for that comparison.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def clear_clipboard_later(token: str, after_ms: int = CLEAR_AFTER_MS) -> None:
    """Empty the clipboard after `after_ms` if it then still holds `token`."""
    app = QGuiApplication.instance()
    if app is None:
        return
    digest = _digest(token)

    def clear() -> None:
        clipboard = QGuiApplication.clipboard()
        if _digest(clipboard.text()) == digest:
            clipboard.clear()

    # The application owns the timer, so closing the dialog does not cancel the clean-up.
    QTimer.singleShot(after_ms, app, clear)


class TokenDialog(QDialog):
    """Shows one endpoint's token, masked, with Show and Copy."""

    def __init__(
        self,
        token: str,
        host_name: str,
        parent: QWidget | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._clear_after_ms = clear_after_ms
        self.setWindowTitle(self.tr("Token — {host}").format(host=host_name))
        self.setAccessibleName(self.tr("View token"))

        intro = QLabel(
            self.tr(
                "The security token that {host} is sent when the connection opens. "
                "Treat it like a password."
            ).format(host=host_name)
        )
        intro.setWordWrap(True)

        self.token_field = QLineEdit(token)
        self.token_field.setReadOnly(True)
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setAccessibleName(self.tr("Token"))
        self.token_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show token"))
        self.show_button.toggled.connect(self._set_shown)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy token"))
        self.copy_button.setToolTip(
            self.tr("Copy the token; the clipboard is cleared after 30 seconds")
        )
        self.copy_button.clicked.connect(self.copy)

        self.copied_note = QLabel("")
        self.copied_note.setAccessibleName(self.tr("Copy status"))
        self.copied_note.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.token_field, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.copy_button)
        form = QFormLayout()
        label = QLabel(self.tr("&Token:"))
        label.setBuddy(self.token_field)
        form.addRow(label, row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copied_note)
        layout.addWidget(buttons)

        QWidget.setTabOrder(self.token_field, self.show_button)
        QWidget.setTabOrder(self.show_button, self.copy_button)
        self.show_button.setFocus()

    @property
    def shown(self) -> bool:
        return self.token_field.echoMode() == QLineEdit.EchoMode.Normal

    def _set_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token_field.setEchoMode(mode)
        self.show_button.setText(self.tr("&Hide") if shown else self.tr("&Show"))
        self.show_button.setAccessibleName(
            self.tr("Hide token") if shown else self.tr("Show token")
        )

    def copy(self) -> None:
        token = self.token_field.text()
        QGuiApplication.clipboard().setText(token)
        clear_clipboard_later(token, self._clear_after_ms)
        seconds = max(1, round(self._clear_after_ms / 1000))
        self.copied_note.setText(
            self.tr(
                "Copied. The clipboard is cleared in {seconds} seconds if it still holds the token."
            ).format(seconds=seconds)
        )
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller when a note needs more lines (a longer language, larger text): a top-level
        dialog does not grow on its own for a word-wrapped label."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def done(self, result: int) -> None:
        # The token should not linger in a hidden widget once the dialog is closed.
        self.token_field.clear()
        super().done(result)
