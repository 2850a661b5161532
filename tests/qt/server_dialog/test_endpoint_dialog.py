"""The WebSocket Server dialog on its own: files on disk, inline problems, keyboard, layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.server_dialog.endpoint_dialog import TITLE, EndpointDialog
from nbwss_gui.ui.server_dialog.server_information import MASK

TOKEN = "tok-3f9c2a7e1b5d4c8a9e0f"
BAD_FILE = """{
  "token": "",
  "priority": 1.5,
  "groupID": "group-a",
  "hostname": "127.0.0.1",
  "url": "ws://127.0.0.1:8443/nbwss"
}
"""


def good_details(**changes: Any) -> dict[str, Any]:
    details = {
        "token": TOKEN,
        "priority": 2,
        "groupId": "group-a",
        "hostName": "127.0.0.1",
        "url": "wss://127.0.0.1:8443/nbwss",
    }
    details.update(changes)
    return details


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "endpoint.json"
    path.write_text(json.dumps(good_details(), indent=2), encoding="utf-8")
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad-endpoint.json"
    path.write_text(BAD_FILE, encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot: QtBot, qloop: Any, registry: Any) -> EndpointDialog:
    dialog = EndpointDialog(registry)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def load(qtbot: QtBot, dialog: EndpointDialog, path: Path) -> None:
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.step_task is None and dialog.outcomes["file"] is not None)


def test_bad_file_shows_each_problem_inline(
    qtbot: QtBot, dialog: EndpointDialog, bad_file: Path, artifacts_dir: Path
) -> None:
    load(qtbot, dialog, bad_file)
    assert dialog.file_problems.texts() == [
        "Error at 2:12: token must not be empty",
        "Error at 3:15: priority must be a whole number",
        'Warning at 4:3: the key is spelled "groupId" (the guide also writes groupID; '
        "read as groupId)",
        'Error at 5:3: "hostname" is not an endpoint key; did you mean "hostName"?',
        "Error at 6:10: ws:// is not supported; the URL must begin with wss://",
        'Error: "hostName" is missing',
    ]
    severities = [row.severity for row in dialog.file_problems.rows()]
    assert severities.count(Severity.WARNING) == 1
    icons = {row.severity: row.findChildren(QWidget)[0].accessibleName() for row in
             dialog.file_problems.rows()}  # fmt: skip
    assert icons == {Severity.ERROR: "Error", Severity.WARNING: "Warning"}
    # The same problems beside the fields of Server Information they concern.
    assert dialog.field_problems["priority"].texts() == [
        "Error at 3:15: priority must be a whole number"
    ]
    assert dialog.field_problems["token"].texts() == ["Error at 2:12: token must not be empty"]
    assert dialog.field_problems["hostName"].texts() == ['Error: "hostName" is missing']
    assert dialog.field_problems["url"].isVisible()
    # What is right stays in view beside what is wrong: the group (only a warning) shows.
    shown = {name: edit.text() for name, edit in dialog.info_edits.items()}
    assert shown == {"host_name": "", "url": "", "group_id": "group-a", "priority": ""}
    assert dialog.token_edit.text() == ""
    assert not dialog.validate_button.isEnabled()
    assert not dialog.add_button.isEnabled()
    assert dialog.status.text() == "The details have errors; see above."
    dialog.grab().save(str(artifacts_dir / "dialog-inline-errors.png"))


def test_good_file_fills_server_information_with_the_token_masked(
    qtbot: QtBot, dialog: EndpointDialog, good_file: Path, artifacts_dir: Path
) -> None:
    load(qtbot, dialog, good_file)
    assert not dialog.file_problems.isVisible()
    edits = dialog.info_edits
    assert edits["host_name"].text() == "127.0.0.1"
    assert edits["url"].text() == "wss://127.0.0.1:8443/nbwss"
    assert edits["group_id"].text() == "group-a"
    assert edits["priority"].text() == "2"
    assert dialog.token_edit.text() == f"{MASK} ({len(TOKEN)} characters)"
    assert all(edit.isReadOnly() for edit in (*edits.values(), dialog.token_edit))
    assert dialog.validate_button.isEnabled()
    assert not dialog.add_button.isEnabled(), "Add Host needs Validate first"
    dialog.grab().save(str(artifacts_dir / "dialog-server-information.png"))

    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    assert dialog.token_edit.text() == TOKEN
    assert dialog.view_button.accessibleName() == "Hide token"
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    assert TOKEN not in dialog.token_edit.text()
    assert dialog.windowTitle() == TITLE
    for widget in dialog.findChildren(QWidget):
        assert TOKEN not in widget.accessibleName()
        assert TOKEN not in widget.toolTip()


def test_missing_file_is_said_under_the_path(
    qtbot: QtBot, dialog: EndpointDialog, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.json"
    qtbot.keyClicks(dialog.path_edit, str(missing))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcomes["file"] is not None and dialog.step_task is None)
    assert dialog.file_problems.texts() == [f"Error: no such file: {missing}"]
    assert not dialog.validate_button.isEnabled()


def test_dropping_a_file_selects_and_checks_it(
    qtbot: QtBot, dialog: EndpointDialog, good_file: Path
) -> None:
    dialog.url_radio.setChecked(True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good_file))])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: dialog.details() is not None)
    assert dialog.file_radio.isChecked()
    assert dialog.path_edit.text() == str(good_file)
    assert dialog.info_edits["group_id"].text() == "group-a"


def test_dropping_text_is_refused(dialog: EndpointDialog) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(dialog, enter)
    assert not enter.isAccepted()


def test_browse_picks_a_file(qtbot: QtBot, dialog: EndpointDialog, good_file: Path) -> None:
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    qtbot.waitUntil(chooser.isVisible)
    assert chooser.nameFilters() == ["Endpoint details (*.json)", "All files (*)"]
    chooser.selectFile(str(good_file))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.details() is not None)
    assert dialog.path_edit.text() == str(good_file)


def test_every_control_has_an_accessible_name(dialog: EndpointDialog) -> None:
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QTreeWidget)
    ]
    assert len(controls) >= 15
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_keyboard_only(qtbot: QtBot, dialog: EndpointDialog, good_file: Path) -> None:
    alt = Qt.KeyboardModifier.AltModifier
    # A mnemonic animates the click before it happens.
    qtbot.keyClick(dialog, Qt.Key.Key_U, alt)
    qtbot.waitUntil(dialog.url_radio.isChecked)
    assert dialog.url_edit.isEnabled() and not dialog.path_edit.isEnabled()
    # The option's field is where the typing goes next: the focus is in it, not on the radio.
    qtbot.waitUntil(dialog.url_edit.hasFocus)
    qtbot.keyClick(dialog, Qt.Key.Key_F, alt)
    qtbot.waitUntil(dialog.file_radio.isChecked)
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    # Tab walks the controls in the order they appear, top to bottom, and comes round again;
    # the read-only fields of Server Information are values to read, not Tab stops.
    load(qtbot, dialog, good_file)
    dialog.file_radio.setFocus()
    seen = []
    for _ in range(7):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        dialog.file_radio,
        dialog.path_edit,
        dialog.browse_button,
        dialog.validate_button,
        dialog.view_button,
        dialog.cancel_button,  # Add Host waits for Validate
        dialog.file_radio,
    ]
    for button, text in (
        (dialog.browse_button, "&Browse…"),
        (dialog.validate_button, "&Validate"),
        (dialog.add_button, "&Add Host"),
        (dialog.file_radio, "&File"),
        (dialog.url_radio, "&URL"),
    ):
        assert button.text() == text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_url_must_be_https_said_under_the_url_field(qtbot: QtBot, dialog: EndpointDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.url_radio.isChecked)
    assert not dialog.validate_button.isEnabled()
    qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:9/details")
    assert dialog.validate_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.url_problems.isVisible)
    qtbot.waitUntil(lambda: dialog.step_task is None)
    [text] = dialog.url_problems.texts()
    assert text.startswith("Error: ") and "https" in text
    assert dialog.steps.topLevelItem(0).text(0) == "Provider URL"
    assert not dialog.add_button.isEnabled()
    assert dialog.url_edit.text() == "http://127.0.0.1:9/details"


def test_layout_holds_at_double_text_size(
    qtbot: QtBot, dialog: EndpointDialog, bad_file: Path, artifacts_dir: Path
) -> None:
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    load(qtbot, dialog, bad_file)
    dialog.fit_to_contents()
    qtbot.wait(50)
    body = dialog.scroll_area.widget()
    assert body.width() >= body.minimumSizeHint().width()
    dialog.grab().save(str(artifacts_dir / "dialog-200-percent.png"))
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.minimumSizeHint().isEmpty():
            continue
        if isinstance(widget, QAbstractButton | QLineEdit):
            hint = widget.minimumSizeHint()
            assert widget.height() >= hint.height(), widget.accessibleName()
            assert widget.width() >= hint.width(), widget.accessibleName()
    row = dialog.file_problems.rows()[0]
    assert row.label.font().pointSizeF() == pytest.approx(font.pointSizeF())
    buttons = [dialog.add_button, dialog.cancel_button]
    first, second = (b.geometry() for b in buttons)
    assert not first.intersects(second)
