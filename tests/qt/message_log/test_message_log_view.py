"""The message log window, over a real MessageLog filled through the domain's own API."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from nbwss_gui.domain import protocol
from nbwss_gui.domain.message_log import Direction, MessageLog
from nbwss_gui.domain.protocol import REDACTED
from nbwss_gui.ui.message_log.message_log_view import MessageLogDialog
from nbwss_gui.ui.message_log.table_model import HEADERS, Column, MessageLogModel

TOKEN = "msglog-token-9c1f2e3d4b5a69788796a5b4c3d2e1f0"
HOST = "backup-eu-1"
URL = "wss://nbwss.example.com:8443/ws"
START = 1_750_000_000.0
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def ticking_clock() -> Any:
    """A clock that moves on a quarter second per reading, so rows have distinct times."""
    ticks = itertools.count()
    return lambda: START + next(ticks) * 0.25


def session(log: MessageLog) -> protocol.Message:
    """What one short connection leaves in the log: returns the COMMAND request."""
    log.event(f"opened {URL}")
    request = protocol.connect_request(TOKEN)
    log.message(Direction.OUT, request)
    log.message(Direction.IN, protocol.connect_response(request, True))
    log.event("CONNECT accepted")
    command = protocol.command_request("/api/v1/jobs", "POST", {"X-Trace": "7"})
    log.message(Direction.IN, command, "not available, answered 501")
    log.message(Direction.OUT, protocol.command_not_available(command))
    log.event(
        "closed: the endpoint closed the connection",
        close_code=1001,
        close_reason=f"going away ({TOKEN})",
        secrets=[TOKEN],
    )
    return command


@pytest.fixture
def log() -> MessageLog:
    filled = MessageLog(capacity=50, clock=ticking_clock())
    session(filled)
    return filled


@pytest.fixture
def dialog(qtbot: QtBot, log: MessageLog) -> Iterator[MessageLogDialog]:
    shown = MessageLogDialog(HOST, URL, log)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def cells(model: MessageLogModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def displayed_texts(dialog: MessageLogDialog) -> list[str]:
    """Every text the window shows or hands to assistive technology."""
    model = dialog.model
    texts = [dialog.windowTitle(), dialog.accessibleName()]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            texts += [str(model.index(row, column).data(role)) for role in ROLES]
    for widget in dialog.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
    return texts


def select(dialog: MessageLogDialog, row: int) -> None:
    dialog.table.selectRow(row)


def details_json(dialog: MessageLogDialog) -> Any:
    """The JSON part of the details pane, read back."""
    text = dialog.details.toPlainText()
    return json.loads(text[text.index("{") :])


def test_rows_show_time_direction_type_and_summary(dialog: MessageLogDialog) -> None:
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == list(HEADERS)
    assert model.rowCount() == 7
    rows = [cells(model, row) for row in range(model.rowCount())]
    assert [row[Column.DIRECTION] for row in rows] == [
        "• event",
        "→ out",
        "← in",
        "• event",
        "← in",
        "→ out",
        "• event",
    ]
    assert [row[Column.TYPE] for row in rows] == [
        "",
        "CONNECT REQUEST",
        "CONNECT RESPONSE",
        "",
        "COMMAND REQUEST",
        "COMMAND RESPONSE",
        "close 1001",
    ]
    assert rows[0][Column.SUMMARY] == f"opened {URL}"
    assert rows[1][Column.SUMMARY] == f'{{"token":"{REDACTED}"}}'
    assert rows[2][Column.SUMMARY] == '{"valid":true}'
    assert rows[4][Column.SUMMARY] == (
        'not available, answered 501 — {"uri":"/api/v1/jobs","method":"POST",'
        '"headers":{"X-Trace":"7"}}'
    )
    assert rows[5][Column.SUMMARY].startswith('{"status":501,"body":"This operation is not')
    assert rows[6][Column.SUMMARY] == (
        f"closed: the endpoint closed the connection — reason: going away ({REDACTED})"
    )
    # Times are local clock times, the full date and milliseconds in the tooltip.
    assert all(len(row[Column.TIME]) == 8 and row[Column.TIME][2] == ":" for row in rows)
    tip = model.index(1, Column.TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(".250") and tip.startswith("20")
    # The direction is spoken as words, not as an arrow.
    spoken = model.index(1, Column.DIRECTION).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Sent to the endpoint"
    # The newest row is in view.
    assert dialog.table.verticalScrollBar().value() == dialog.table.verticalScrollBar().maximum()


def test_details_pane_shows_the_selected_message_in_full(
    dialog: MessageLogDialog, log: MessageLog
) -> None:
    assert dialog.details.toPlainText() == ""
    assert not dialog.copy_button.isEnabled()
    select(dialog, 1)
    shown = details_json(dialog)
    connect = log.entries()[1]
    assert shown == connect.data
    assert shown["payload"] == {"token": REDACTED}
    text = dialog.details.toPlainText()
    assert '\n  "type": "CONNECT",\n' in text  # pretty-printed, two spaces
    assert f"CONNECT REQUEST {shown['id']}" in text
    assert "out (sent to the endpoint)" in text
    assert dialog.copy_button.isEnabled()

    select(dialog, 5)
    assert details_json(dialog)["payload"]["status"] == 501

    select(dialog, 6)
    text = dialog.details.toPlainText()
    assert "Close code: 1001" in text
    assert f"Close reason: going away ({REDACTED})" in text


def test_the_token_is_never_shown_nor_copied(
    qtbot: QtBot, dialog: MessageLogDialog, log: MessageLog
) -> None:
    log.undecodable(f'{{"token": "{TOKEN}", broken', "not JSON", secrets=[TOKEN])
    dialog.refresh()
    clipboard = QGuiApplication.clipboard()
    for row in range(dialog.model.rowCount()):
        select(dialog, row)
        assert TOKEN not in "\n".join(displayed_texts(dialog)), row
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = clipboard.text()
        assert copied == dialog.details.toPlainText()
        assert TOKEN not in copied
    assert REDACTED in dialog.details.toPlainText()  # the undecodable text, scrubbed

    qtbot.mouseClick(dialog.copy_all_button, Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    assert TOKEN not in copied
    assert len(copied.splitlines()) == dialog.model.rowCount() == 8
    assert f'"payload":{{"token":"{REDACTED}"}}' in copied
    assert dialog.status_label.text() == "Copied 8 log entries (token redacted)."


def test_ctrl_c_in_the_table_copies_the_whole_message(
    qtbot: QtBot, dialog: MessageLogDialog
) -> None:
    QGuiApplication.clipboard().clear()
    dialog.table.setFocus()
    select(dialog, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()
    assert TOKEN not in QGuiApplication.clipboard().text()


def test_model_passes_qts_model_tester_while_the_log_moves(qtmodeltester: Any) -> None:
    log = MessageLog(capacity=5, clock=ticking_clock())
    model = MessageLogModel()
    qtmodeltester.check(model)  # Qt's own tester keeps watching every change below
    model.set_entries(log.entries())
    session(log)  # more than the capacity: the oldest are dropped
    model.set_entries(log.entries())
    assert model.entries() == log.entries()
    session(log)
    model.set_entries(log.entries())
    log.clear()
    model.set_entries(log.entries())
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)
    session(log)
    model.set_entries(log.entries())
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0, model.index(0, 0)) == QModelIndex()


def test_equal_entries_stay_separate_rows() -> None:
    log = MessageLog(clock=lambda: START)
    model = MessageLogModel()
    log.event("CONNECT accepted")
    model.set_entries(log.entries())
    log.event("CONNECT accepted")  # the same text in the same second: a second row
    model.set_entries(log.entries())
    assert model.rowCount() == 2


def test_refresh_appends_and_keeps_the_selection(
    qtbot: QtBot, dialog: MessageLogDialog, log: MessageLog
) -> None:
    select(dialog, 4)
    selected = dialog.selected_entry()
    details = dialog.details.toPlainText()
    notification = protocol.message(
        protocol.MessageType.NOTIFICATION, protocol.SubType.RESPONSE, {"event": "job done"}
    )
    log.message(Direction.IN, notification)
    dialog.refresh()
    assert dialog.model.rowCount() == 8
    assert cells(dialog.model, 7)[Column.TYPE] == "NOTIFICATION RESPONSE"
    assert dialog.selected_entry() is selected
    assert dialog.details.toPlainText() == details

    # Without being told, the window still catches up within its fallback second.
    log.event("closing: stopped by the user", close_code=1000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 9, timeout=3_000)
    assert dialog.selected_entry() is selected


def test_selection_survives_rows_dropped_at_the_front(qtbot: QtBot) -> None:
    log = MessageLog(capacity=7, clock=ticking_clock())
    session(log)
    dialog = MessageLogDialog(HOST, URL, log)
    qtbot.addWidget(dialog)
    dialog.show()
    select(dialog, 5)
    selected = dialog.selected_entry()
    log.event("reconnecting")
    log.event("opened again")
    dialog.refresh()
    assert dialog.model.entries() == log.entries()
    assert dialog.selected_entry() is selected
    assert dialog.table.selectionModel().selectedRows()[0].row() == 3
    # Once the selected entry itself leaves the log, nothing is selected and nothing shown.
    for number in range(6):
        log.event(f"event {number}")
    dialog.refresh()
    assert dialog.selected_entry() is None
    assert dialog.details.toPlainText() == ""
    assert not dialog.copy_button.isEnabled()


def test_follows_the_newest_row_only_when_at_the_bottom(qtbot: QtBot) -> None:
    log = MessageLog(capacity=200, clock=ticking_clock())
    for _ in range(10):
        session(log)
    dialog = MessageLogDialog(HOST, URL, log)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.table.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()

    session(log)
    dialog.refresh()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    last = dialog.model.rowCount() - 1
    assert dialog.table.rowAt(dialog.table.viewport().height() - 1) == last

    bar.setValue(bar.maximum() // 2)
    top = dialog.table.rowAt(0)
    top_entry = dialog.model.entry(top)
    session(log)  # the log is full: rows also leave at the front
    dialog.refresh()
    assert dialog.table.rowAt(0) != -1
    assert dialog.model.entry(dialog.table.rowAt(0)) is top_entry
    assert bar.value() < bar.maximum()


def test_keyboard_only_use(qtbot: QtBot, dialog: MessageLogDialog) -> None:
    assert not dialog.isModal()
    assert dialog.windowTitle() == f"Message log — {HOST}"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected_entry() is dialog.model.entry(5)
    assert '"status": 501' in dialog.details.toPlainText()
    order = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        dialog.table,
        dialog.details,
        dialog.copy_button,
        dialog.copy_all_button,
        dialog.close_button,
    ]
    # Every control a person can reach has a name to be announced by.
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), widget
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_follows_a_source_that_returns_a_new_log(qtbot: QtBot) -> None:
    logs: list[MessageLog | None] = [None]
    dialog = MessageLogDialog(HOST, URL, lambda: logs[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.details.placeholderText().startswith("No messages yet")
    assert not dialog.copy_all_button.isEnabled()
    first = MessageLog(clock=ticking_clock())
    session(first)
    logs[0] = first
    dialog.refresh()
    assert dialog.model.rowCount() == 7
    second = MessageLog(clock=ticking_clock())
    second.event(f"opened {URL}")
    logs[0] = second  # the engine restarted: a new log, none of the old rows
    dialog.refresh()
    assert dialog.model.entries() == second.entries()


def test_screenshot(qtbot: QtBot, dialog: MessageLogDialog, artifacts_dir: Path) -> None:
    select(dialog, 1)
    assert dialog.grab().save(str(artifacts_dir / "message-log.png"))
