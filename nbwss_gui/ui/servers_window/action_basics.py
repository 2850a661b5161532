"""What every action of the WebSocket Servers window is made of: a QAction with its shortcut
and tips (`window_action`), its toolbar button named for screen readers, and a base that keeps
the latest dialog of each kind for the keyboard and for tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

from nbwss_gui.ui.widgets import icons


def window_action(
    window: QWidget,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    shortcut: QKeySequence | QKeySequence.StandardKey | str,
    icon: QStyle.StandardPixmap,
    tip: str,
) -> QAction:
    """One action of the window: its icon, its shortcut (named in the tooltip), its tip in
    the status bar, and the window's, so the shortcut works wherever the focus is in it.
    Without `slot`, what carries the action out connects to it later."""
    action = QAction(icons.action_icon(icon), text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
    action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)
    return action


def add_tool_buttons(toolbar: QToolBar, actions: Iterable[QAction]) -> None:
    """Put these actions on the toolbar, each button named for screen readers."""
    for action in actions:
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))


class RememberingActions(QObject):
    """Actions that open dialogs and keep the latest of each kind as an attribute."""

    def _remember(self, attribute: str, widget: QObject) -> None:
        """Keep `widget` as the latest of its kind until it is deleted."""
        setattr(self, attribute, widget)
        widget.destroyed.connect(lambda *_: self._forget(attribute, widget))

    def _forget(self, attribute: str, widget: QObject) -> None:
        # Only if no newer one took its place meanwhile.
        if getattr(self, attribute) is widget:
            setattr(self, attribute, None)
