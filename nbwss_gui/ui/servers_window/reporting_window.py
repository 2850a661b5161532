"""The reporting half of the WebSocket Servers window: its status bar (who runs the
connections, where the tokens go, how many endpoints), its message boxes, the "waiting for
the keyring" notice, and the tasks and dialogs it keeps alive while open."""

from __future__ import annotations

import contextlib
from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from nbwss_gui.ui.widgets.async_tasks import TaskKeeper, failure_words
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from nbwss_gui.services.registry import Registry

KEYRING_WAIT = QT_TRANSLATE_NOOP("ReportingWindow", "Waiting for the keyring to unlock…")
# A keyring call that answers at once should not flash a message.
KEYRING_NOTICE_DELAY_MS = 300


class ReportingWindow(QMainWindow):
    """A main window that tells its user what happens, where they look."""

    registry: Registry | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = None
        self.tasks = TaskKeeper(on_error=self._task_failed)
        self._dialogs: list[QWidget] = []  # non-modal dialogs stay alive while open
        # The latest message box, for the keyboard and for tests.
        self.message_box: QMessageBox | None = None
        self._keyring_waits = 0
        self._keyring_timer = QTimer(self)
        self._keyring_timer.setSingleShot(True)
        self._keyring_timer.setInterval(KEYRING_NOTICE_DELAY_MS)
        self._keyring_timer.timeout.connect(self._show_keyring_wait)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName(QCoreApplication.translate("ReportingWindow", "Status"))
        # Who runs the connections, when it is not this window (SPEC §5.1).
        self.owner_label = QLabel("")
        self.owner_label.setAccessibleName(
            QCoreApplication.translate("ReportingWindow", "Connections")
        )
        self.owner_label.hide()
        status.addPermanentWidget(self.owner_label)
        self.keyring_label = QLabel("")
        self.keyring_label.setAccessibleName(
            QCoreApplication.translate("ReportingWindow", "Keyring")
        )
        self.keyring_label.hide()
        status.addPermanentWidget(self.keyring_label)
        self.count_label = QLabel(
            QCoreApplication.translate("ReportingWindow", "Loading the endpoint list…")
        )
        self.count_label.setAccessibleName(
            QCoreApplication.translate("ReportingWindow", "Endpoint count")
        )
        status.addPermanentWidget(self.count_label)
        # Room between the message and the labels, and between the labels.
        gap = self.fontMetrics().averageCharWidth() * 2
        for label in (self.owner_label, self.keyring_label, self.count_label):
            label.setContentsMargins(gap, 0, gap // 2, 0)

    def show_keyring(self) -> None:
        """Say in the status bar where the tokens go, or that none can be saved (once the
        connections start: the keyring library is not loaded before)."""
        if self.registry is not None:
            self.start(self._show_keyring(self.registry), "keyring status")

    async def _show_keyring(self, registry: Registry) -> None:
        from nbwss_gui.services.secrets import SecretStoreError

        try:
            name = await registry.tokens.usable_backend_name()
        except SecretStoreError:
            self.keyring_label.setText(
                QCoreApplication.translate(
                    "ReportingWindow", "No keyring: endpoints cannot be added"
                )
            )
            self.keyring_label.setToolTip(
                QCoreApplication.translate(
                    "ReportingWindow",
                    "No system keyring is available; install and unlock a Secret Service such "
                    "as GNOME Keyring or KWallet. Tokens are never written to a plain file.",
                )
            )
        else:
            self.keyring_label.setText(
                QCoreApplication.translate("ReportingWindow", "Tokens: {name}").format(name=name)
            )
            self.keyring_label.setToolTip(
                QCoreApplication.translate(
                    "ReportingWindow", "Where the endpoints' tokens are kept"
                )
            )
        self.keyring_label.show()

    def set_owner_note(self, text: str) -> None:
        """Say in the status bar who runs the connections (empty: this window does)."""
        self.owner_label.setText(text)
        self.owner_label.setVisible(bool(text))

    # -- feedback --------------------------------------------------------------------------

    def say(self, message: str) -> None:
        """Show `message` in the status bar (the domain's and services' words translated)."""
        self.statusBar().showMessage(say(message))

    def report_error(self, title: str, message: str) -> None:
        """Tell the user where they look: the status bar and a (non-blocking) message box."""
        # Loaded with the first message, not at start-up.
        from PySide6.QtWidgets import QMessageBox

        from nbwss_gui.ui.widgets.message_boxes import name_buttons

        message = say(message)
        self.say(message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
        box.setParent(self, box.windowFlags())
        box.setAccessibleName(title)
        name_buttons(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.finished.connect(lambda _result: self._forget_box(box))
        box.open()

    def _forget_box(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None

    def _task_failed(self, error: BaseException) -> None:
        # The services' own errors carry a message for people; anything else is a bug, told
        # in one line without any token (the log has its traceback).
        message = getattr(error, "message", None)
        if isinstance(message, str) and message:
            from nbwss_gui.services.logs import redact

            text = redact(message)
        else:
            text = failure_words(error)
        self.report_error(
            QCoreApplication.translate("ReportingWindow", "Something went wrong"), text
        )

    def start(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        """Run `coro` as long as the window is open; a failure is reported, not lost."""
        self.tasks.start(coro, name=name)

    def keep(self, dialog: QWidget) -> None:
        """Keep a non-modal dialog alive while it is open."""
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog))

    @contextlib.contextmanager
    def keyring_wait(self) -> Iterator[None]:
        """Around a keyring call: say that it waits, if it does not answer at once."""
        self._keyring_waits += 1
        self._keyring_timer.start()
        try:
            yield
        finally:
            self._keyring_waits = max(0, self._keyring_waits - 1)
            if self._keyring_waits == 0:
                self._keyring_timer.stop()
                if self.statusBar().currentMessage() == QCoreApplication.translate(
                    "ReportingWindow", KEYRING_WAIT
                ):
                    self.statusBar().clearMessage()

    def _show_keyring_wait(self) -> None:
        if self._keyring_waits:
            self.say(QCoreApplication.translate("ReportingWindow", KEYRING_WAIT))
