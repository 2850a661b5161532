"""A dialog that asks before the work done in it is dropped.

Cancel, Escape and the title bar's close button all come to reject(): there, a dialog with
work to lose asks first (Discard, or Keep editing, the default); discard() closes without
asking, as when the window itself closes. What the dialog started is cancelled as it closes:
a late result has nowhere to go.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nbwss_gui.ui.widgets.async_tasks import TaskKeeper
from nbwss_gui.ui.widgets.message_boxes import discard_question


class KeepingDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, tasks: TaskKeeper) -> None:
        super().__init__(parent)
        self.tasks = tasks
        # The question before work is dropped, while it is open.
        self.discard_box: QMessageBox | None = None
        self._discard_confirmed = False

    def work_to_lose(self) -> tuple[str, str] | None:
        """(title, question) when closing now would drop work; None when nothing would."""
        return None

    def reject(self) -> None:
        question = None
        if not self._discard_confirmed and self.isVisible():
            question = self.work_to_lose()
        if question is not None:
            self._ask(*question)
            return
        self.tasks.cancel_all()
        super().reject()

    def discard(self) -> None:
        """Close without asking."""
        self._discard_confirmed = True
        self.reject()

    def _ask(self, title: str, text: str) -> None:
        box = discard_question(self, title, text, self.discard)
        self.discard_box = box
        box.destroyed.connect(lambda *_: self._forget(box))

    def _forget(self, box: QMessageBox) -> None:
        if self.discard_box is box:
            self.discard_box = None
