"""Mnemonics of disabled buttons type nothing.

Qt turns a disabled button's Alt+letter off, and the key then reaches the focused field, which
types the letter ("Alt+A typed an a into the URL"). A guard takes the key instead while the
button is disabled, and may say why the button waits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


class MnemonicGuard(QObject):
    """For each button given, an Alt+letter shortcut on `window` that is on while the button
    is disabled. `why(button)` gives what to say then (None: nothing); `say` says it."""

    def __init__(
        self,
        window: QWidget,
        buttons: list[QAbstractButton],
        *,
        say: Callable[[str], None] | None = None,
        why: Callable[[QAbstractButton], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._say = say
        self._why = why
        self.shortcuts: dict[QAbstractButton, QShortcut] = {}
        for button in buttons:
            key = QKeySequence.mnemonic(button.text())
            if key.isEmpty():
                continue
            shortcut = QShortcut(key, window)
            shortcut.activated.connect(lambda b=button: self._pressed(b))
            self.shortcuts[button] = shortcut
            button.installEventFilter(self)
            self._follow(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QAbstractButton):
            self._follow(watched)
        return False

    def refresh(self, button: QAbstractButton) -> None:
        """The button's text (and so its mnemonic) changed."""
        shortcut = self.shortcuts.get(button)
        if shortcut is not None:
            shortcut.setKey(QKeySequence.mnemonic(button.text()))

    def _follow(self, button: QAbstractButton) -> None:
        self.shortcuts[button].setEnabled(not button.isEnabled())

    def _pressed(self, button: QAbstractButton) -> None:
        if self._why is None or self._say is None:
            return
        words = self._why(button)
        if words:
            self._say(words)
