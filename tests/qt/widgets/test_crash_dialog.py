"""The crash dialog: unhandled errors from Qt slots, threads and asyncio are logged (without a
token) and shown once, with the log's place and the details to copy."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nbwss_gui.services import logs
from nbwss_gui.ui.widgets import crash_dialog
from nbwss_gui.ui.widgets.crash_dialog import (
    CrashDialog,
    handle_asyncio_exception,
    install_excepthook,
)

TOKEN = "crash-token-5f0e8c1d2b3a49687766554433221100"


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging("INFO", directory=tmp_path / "logs")
    assert path is not None
    logs.add_secret(TOKEN)
    yield path
    logs.remove_handlers()
    logs.SECRETS.clear()
    root.setLevel(level)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("main window")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def installed(window: QWidget, log_path: Path) -> Iterator[Callable[[], None]]:
    uninstall = install_excepthook(lambda: window, log_path)
    yield uninstall
    reporter = crash_dialog.current_reporter()
    if reporter is not None and reporter.dialog is not None:
        reporter.dialog.close()
    uninstall()


def open_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def failing_slot() -> None:
    raise RuntimeError(f"the endpoint refused {TOKEN}")


def shown_dialog(qtbot: QtBot) -> CrashDialog:
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5_000)
    return open_dialogs()[0]


def visible_text(dialog: CrashDialog) -> str:
    labels = (dialog.heading, dialog.summary_label, dialog.advice_label, dialog.more_label)
    return "\n".join([*(label.text() for label in labels), dialog.details_view.toPlainText()])


def read_log(path: Path) -> str:
    logs.flush()
    return path.read_text(encoding="utf-8")


def test_an_error_in_a_qt_slot_is_logged_and_shown_without_the_token(
    qtbot: QtBot,
    installed: Callable[[], None],
    window: QWidget,
    log_path: Path,
    artifacts_dir: Path,
) -> None:
    QTimer.singleShot(0, failing_slot)
    dialog = shown_dialog(qtbot)
    assert dialog.parent() is window
    assert dialog.summary_label.text() == "RuntimeError: the endpoint refused <redacted>"
    assert str(log_path) in dialog.advice_label.text()
    assert "Traceback (most recent call last)" in dialog.details_view.toPlainText()
    assert "failing_slot" in dialog.details_view.toPlainText()
    assert TOKEN not in visible_text(dialog)
    text = read_log(log_path)
    assert "Unhandled exception" in text
    assert "RuntimeError: the endpoint refused <redacted>" in text
    assert TOKEN not in text
    dialog.details_button.click()
    qtbot.waitUntil(dialog.details_view.isVisible)
    dialog.grab().save(str(artifacts_dir / "crash-dialog.png"))


def test_copy_details_fills_the_clipboard_and_keeps_the_dialog_open(
    qtbot: QtBot, installed: Callable[[], None], log_path: Path
) -> None:
    QTimer.singleShot(0, failing_slot)
    dialog = shown_dialog(qtbot)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("nbwss-gui ")
    assert f"Log file: {log_path}" in copied
    assert "RuntimeError: the endpoint refused <redacted>" in copied
    assert TOKEN not in copied
    assert dialog.isVisible()
    assert dialog.copy_button.text() == "Copied"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not open_dialogs())


def test_more_errors_while_the_dialog_is_open_are_counted_not_stacked(
    qtbot: QtBot, installed: Callable[[], None], log_path: Path
) -> None:
    QTimer.singleShot(0, failing_slot)
    dialog = shown_dialog(qtbot)

    def other() -> None:
        raise ValueError("second")

    QTimer.singleShot(0, other)
    QTimer.singleShot(0, other)
    qtbot.waitUntil(lambda: dialog.more == 2)
    assert len(open_dialogs()) == 1
    assert dialog.more_label.text().startswith("2 more errors happened since")
    assert "ValueError: second" in dialog.more_label.text()
    assert dialog.details_view.toPlainText().count("ValueError: second") == 2
    assert read_log(log_path).count("Unhandled exception") == 3
    dialog.close()
    qtbot.waitUntil(lambda: not open_dialogs())
    # Once closed, the next error has a dialog of its own again.
    QTimer.singleShot(0, failing_slot)
    assert shown_dialog(qtbot) is not dialog


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot,
    installed: Callable[[], None],
    log_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def work() -> None:
        raise OSError(f"disk gone while saving {TOKEN}")

    worker = threading.Thread(target=work, name="saver")
    worker.start()
    worker.join()
    dialog = shown_dialog(qtbot)
    assert dialog.thread() is QApplication.instance().thread()
    assert dialog.summary_label.text() == "OSError: disk gone while saving <redacted>"
    assert "in thread saver" in dialog.details_view.toPlainText()
    assert "in thread saver" in read_log(log_path)
    # Where no log handler writes to the terminal, the traceback goes there too: redacted.
    err = capsys.readouterr().err
    assert "OSError: disk gone while saving <redacted>" in err
    assert TOKEN not in err


def test_with_no_event_loop_running_the_dialog_waits_to_be_read(
    qtbot: QtBot, installed: Callable[[], None], log_path: Path
) -> None:
    closed: list[bool] = []

    def close_it() -> None:
        dialogs = open_dialogs()
        closed.append(bool(dialogs))
        for dialog in dialogs:
            dialog.reject()

    QTimer.singleShot(200, close_it)
    try:
        raise KeyError("start-up")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    # exec() returned only once the dialog was closed.
    assert closed == [True]
    assert not open_dialogs()


def test_ctrl_c_goes_to_the_previous_hook(
    qtbot: QtBot, window: QWidget, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(t))
    uninstall = install_excepthook(lambda: window, log_path)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        uninstall()
    assert seen == [KeyboardInterrupt]
    assert not open_dialogs()


def test_uninstall_gives_the_hooks_back(window: QWidget, log_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    uninstall = install_excepthook(lambda: window, log_path)
    assert (sys.excepthook, threading.excepthook) != before
    assert crash_dialog.current_reporter() is not None
    uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert crash_dialog.current_reporter() is None


def test_an_asyncio_callback_error_goes_to_the_dialog(
    qtbot: QtBot, installed: Callable[[], None], qloop: qasync.QEventLoop, log_path: Path
) -> None:
    qloop.set_exception_handler(handle_asyncio_exception)
    try:
        qloop.call_soon(failing_slot)
        dialog = shown_dialog(qtbot)
    finally:
        qloop.set_exception_handler(None)
    assert dialog.summary_label.text() == "RuntimeError: the endpoint refused <redacted>"
    assert "Exception in callback" in dialog.details_view.toPlainText()
    assert TOKEN not in read_log(log_path)


def test_an_asyncio_message_without_an_exception_is_only_logged(
    qtbot: QtBot, installed: Callable[[], None], log_path: Path
) -> None:
    loop = asyncio.new_event_loop()
    try:
        handle_asyncio_exception(loop, {"message": f"odd state {TOKEN}"})
    finally:
        loop.close()
    assert not open_dialogs()
    text = read_log(log_path)
    assert "asyncio: odd state <redacted>" in text


def test_without_a_reporter_asyncio_falls_back_to_its_own_handler(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = asyncio.new_event_loop()
    called: list[dict[str, Any]] = []
    loop.default_exception_handler = called.append  # type: ignore[method-assign]
    try:
        handle_asyncio_exception(loop, {"message": "m"})
    finally:
        loop.close()
    assert called == [{"message": "m"}]
