"""What the user sees when something fails that nothing else caught.

`install_excepthook` routes unhandled exceptions — from Qt slots and the main thread
(sys.excepthook), from other threads (threading.excepthook) and from asyncio callbacks and
tasks (`handle_asyncio_exception`, for `loop.set_exception_handler`) — to one place: the
traceback is written to the log with tokens redacted, and a dialog says what happened, where
the log is, and offers to copy the details. While that dialog is open, further errors are
counted in it and logged, never stacked up as more dialogs.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui import __version__
from nbwss_gui.services import logs

log = logging.getLogger("nbwss_gui.crash")

ParentGetter = Callable[[], QWidget | None]
SUMMARY_MAX = 400


def _summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    try:
        text = str(exc) if exc is not None else ""
    except Exception:  # an exception whose __str__ fails must not hide the first one
        text = "(its message cannot be shown)"
    summary = f"{exc_type.__name__}: {text}" if text else exc_type.__name__
    summary = logs.redact(summary)
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1] + "…"
    return summary


def _details(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    try:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
    except Exception:
        text = f"{exc_type.__name__} (the traceback cannot be formatted)\n"
    return logs.redact(text)


class CrashDialog(QDialog):
    """Says that something went wrong, where the log is, and offers the details to copy."""

    def __init__(
        self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrashDialog", "nbwss-gui — unexpected error")
        )
        self.setAccessibleName(QCoreApplication.translate("CrashDialog", "Unexpected error"))
        self.more = 0
        self._log_path = log_path

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(
            "<b>"
            + QCoreApplication.translate("CrashDialog", "Something went wrong inside nbwss-gui.")
            + "</b>"
        )
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = (
            QCoreApplication.translate(
                "CrashDialog", "The details were written to the log file:\n{path}"
            ).format(path=log_path)
            if log_path is not None
            else QCoreApplication.translate(
                "CrashDialog",
                "The details could not be written to a log file; copy them now to keep them.",
            )
        )
        self.advice_label = QLabel(
            QCoreApplication.translate(
                "CrashDialog",
                "The application keeps running, but what you were doing may not have finished: "
                "check it, and restart nbwss-gui if something looks wrong.\n\n"
                "{where}\n\n"
                "If it happens again, send the details with your support request "
                "(they hold no token).",
            ).format(where=where)
        )
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        self.more_label.hide()

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(
            QCoreApplication.translate("CrashDialog", "Error details")
        )
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumHeight(160)
        self.details_view.hide()

        buttons = QDialogButtonBox()
        self.details_button = QPushButton(
            QCoreApplication.translate("CrashDialog", "Show &details")
        )
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(
            QCoreApplication.translate("CrashDialog", "Show details")
        )
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(QCoreApplication.translate("CrashDialog", "&Copy details"))
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("CrashDialog", "Copy details")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(QCoreApplication.translate("CrashDialog", "Close"))
        self.close_button.setDefault(True)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for widget in (self.heading, self.summary_label, self.advice_label, self.more_label):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def details_text(self) -> str:
        """What Copy details puts on the clipboard: the context, then every traceback."""
        header = [
            f"nbwss-gui {__version__}",
            f"Python {platform.python_version()} on {platform.platform()}",
            f"Log file: {self._log_path if self._log_path is not None else '(none)'}",
            "",
        ]
        return "\n".join(header) + self.details_view.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(logs.redact(self.details_text()))
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", "Copied"))

    def add_occurrence(self, summary: str, details: str) -> None:
        """Another error happened while this dialog was open: count it, keep its details."""
        self.more += 1
        words = (
            QCoreApplication.translate(
                "CrashDialog",
                "1 more error happened since (the last: {summary}); the details list them all.",
            )
            if self.more == 1
            else QCoreApplication.translate(
                "CrashDialog",
                "{count} more errors happened since (the last: {summary}); the details list "
                "them all.",
            )
        )
        self.more_label.setText(words.format(count=self.more, summary=summary))
        self.more_label.show()
        self.details_view.appendPlainText(f"\n{details}")

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.details_button.setText(
            QCoreApplication.translate("CrashDialog", "Hide &details")
            if shown
            else QCoreApplication.translate("CrashDialog", "Show &details")
        )
        self.adjustSize()


class CrashReporter(QObject):
    """Logs an unhandled exception from any thread and shows it on the GUI thread."""

    # Crosses from the thread the error happened on to the one this object lives on.
    reported = Signal(str, str)

    def __init__(self, parent_getter: ParentGetter, log_path: Path | None) -> None:
        super().__init__()
        self.parent_getter = parent_getter
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._building = False
        self.reported.connect(self._show, Qt.ConnectionType.AutoConnection)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        """Safe from any thread, and never raises."""
        try:
            summary = _summary(exc_type, exc)
            details = _details(exc_type, exc, tb)
            if where:
                details = f"{logs.redact(where)}\n{details}"
            log.error("Unhandled exception %s\n%s", where or "", details.rstrip())
            if sys.stderr is not None and not _logs_to_stderr():
                sys.stderr.write(details)
            self.reported.emit(summary, details)
        except Exception:
            # The last resort must not fail louder than what it reports.
            return

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None:
            self.dialog.add_occurrence(summary, details)
            return
        if self._building:
            return  # an error while making the dialog: logged above, not shown again
        self._building = True
        try:
            try:
                parent = self.parent_getter()
            except Exception:
                parent = None
            dialog = CrashDialog(summary, details, self.log_path, parent)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
        finally:
            self._building = False
        if QThread.currentThread().loopLevel() == 0:
            # No event loop runs (start-up, or the interpreter is about to end): wait here,
            # or the dialog would vanish unseen.
            dialog.exec()
        else:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()


def _logs_to_stderr() -> bool:
    for handler in logging.getLogger().handlers:
        stream = getattr(handler, "stream", None)
        if not isinstance(handler, logging.FileHandler) and stream in (sys.stderr, sys.__stderr__):
            return True
    return False


# The one installed reporter, for the asyncio handler (a list: no global statement needed).
_installed: list[CrashReporter] = []


def install_excepthook(parent_getter: ParentGetter, log_path: Path | None) -> Callable[[], None]:
    """Send unhandled exceptions of the main thread, Qt slots and other threads to the crash
    dialog (and asyncio's, with `handle_asyncio_exception`). Returns what undoes it.

    `parent_getter` returns the window to centre the dialog on (or None); it is asked only
    when an error happens. `log_path` is the log file the dialog names. Call it once the
    QApplication exists, on the GUI thread.
    """
    reporter = CrashReporter(parent_getter, log_path)
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(exc_type, Exception):
            # Ctrl-C and SystemExit are not errors to report.
            previous_hook(exc_type, exc, tb)
            return
        reporter.report(exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        if not issubclass(args.exc_type, Exception):
            previous_thread_hook(args)
            return
        name = args.thread.name if args.thread is not None else "unknown"
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {name}")

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    _installed[:] = [reporter]

    def uninstall() -> None:
        if sys.excepthook is excepthook:
            sys.excepthook = previous_hook
        if threading.excepthook is thread_excepthook:
            threading.excepthook = previous_thread_hook
        if _installed and _installed[0] is reporter:
            _installed.clear()

    return uninstall


def current_reporter() -> CrashReporter | None:
    return _installed[0] if _installed else None


def handle_asyncio_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """For `loop.set_exception_handler`: an exception nobody awaited goes to the crash dialog;
    a message without one goes to the log."""
    reporter = current_reporter()
    exc = context.get("exception")
    message = str(context.get("message") or "an asyncio callback failed")
    if reporter is None:
        loop.default_exception_handler(context)
        return
    if isinstance(exc, Exception):
        reporter.report(type(exc), exc, exc.__traceback__, f"({message})")
        return
    log.warning("asyncio: %s%s", message, f" ({exc!r})" if exc is not None else "")
