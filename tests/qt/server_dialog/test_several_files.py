"""Several endpoint files at once: each read and shown with its problems, validated, and
added together (all or none) — from a drop or from Browse."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import trustme
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_dialog_flow import LEFT, details_json, tls_server

from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog
from nbwss_gui.ui.server_dialog.several_files import CHECK, VALIDATION, SeveralFilesDialog


def files(tmp_path: Path, ports: list[int]) -> list[Path]:
    """A good file per port (priorities 1, 2, …) and one with a missing key."""
    paths = []
    for priority, port in enumerate(ports, 1):
        path = tmp_path / f"east-{priority}.json"
        path.write_bytes(details_json(port, priority=priority))
        paths.append(path)
    broken = json.loads(details_json(ports[0]))
    del broken["groupId"]
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(broken, indent=2))
    return [*paths, bad]


def drop(dialog: EndpointDialog, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, button, none)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(20, 20), action, mime, button, none)
    QApplication.sendEvent(dialog, dropped)
    assert dropped.isAccepted()


def opened(qtbot: QtBot, dialog: EndpointDialog) -> SeveralFilesDialog:
    qtbot.waitUntil(lambda: dialog.several_files is not None)
    several = dialog.several_files
    assert several is not None
    qtbot.waitExposed(several)
    qtbot.waitUntil(lambda: several.step_task is None, timeout=10_000)
    return several


def validate_all(qtbot: QtBot, several: SeveralFilesDialog) -> None:
    assert several.validate_button.isEnabled() and several.validate_button.isDefault()
    qtbot.mouseClick(several.validate_button, LEFT)
    qtbot.waitUntil(lambda: several.step_task is None, timeout=20_000)


def test_dropped_files_are_checked_validated_and_added_together(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    ports = [serve(tls_server(server_cert)), serve(tls_server(server_cert))]
    dialog = make_dialog()
    drop(dialog, files(tmp_path, ports))
    several = opened(qtbot, dialog)
    rows = several.rows
    assert [row.item.text(0) for row in rows] == ["east-1.json", "east-2.json", "broken.json"]
    assert [row.item.text(CHECK) for row in rows] == ["valid", "valid", "1 error"]
    # The bad file's problem shows under its row, where the person looks.
    broken = rows[2].item
    assert broken.isExpanded() and broken.childCount() == 1
    assert broken.child(0).text(0) == 'Error: "groupId" is missing'
    assert not several.add_button.isEnabled(), "nothing is added before Validate"

    validate_all(qtbot, several)
    assert [row.item.text(VALIDATION) for row in rows[:2]] == ["Passed", "Passed"]
    assert rows[0].item.toolTip(VALIDATION).startswith("Passed. Trusted by the extra CA file")
    assert rows[2].item.text(VALIDATION) == ""
    assert several.add_button.text() == "&Add 2 Hosts"
    assert several.add_button.isDefault() and not several.cancel_button.autoDefault()
    assert "1 file with errors will not be added" in several.status.text()
    several.grab().save(str(artifacts_dir / "dialog-several-files.png"))

    added: list[str] = []
    several.endpointAdded.connect(added.append)
    qtbot.mouseClick(several.add_button, LEFT)
    qtbot.waitUntil(lambda: len(added) == 2, timeout=10_000)
    assert sorted(e.priority for e in registry.endpoints()) == [1, 2]
    assert {e.id for e in registry.endpoints()} == set(added)
    # The one-file dialog had nothing of its own to keep: it closes with the other.
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_browse_takes_several_files_and_a_registered_url_asks_before_replacing(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    run_coro: Any,
    tmp_path: Path,
) -> None:
    from nbwss_gui.services.sources import read_file_details

    ports = [serve(tls_server(server_cert)), serve(tls_server(server_cert))]
    paths = files(tmp_path, ports)[:2]
    first = read_file_details(str(paths[0])).result
    assert first is not None and first.endpoint is not None
    kept = run_coro(registry.add(first.endpoint))
    dialog = make_dialog()
    qtbot.mouseClick(dialog.browse_button, LEFT)
    chooser = dialog.file_dialog
    qtbot.waitUntil(chooser.isVisible)
    chooser.filesSelected.emit([str(p) for p in paths])
    several = opened(qtbot, dialog)
    validate_all(qtbot, several)
    qtbot.mouseClick(several.add_button, LEFT)
    box = several.replace_box
    assert box is not None and "already registered" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: several.replace_box is None)
    assert [e.id for e in registry.endpoints()] == [kept.id], "No adds nothing, not even one"
    assert several.isVisible()

    # Closing now would drop what Validate found: asked first, and Keep editing keeps it.
    qtbot.mouseClick(several.cancel_button, LEFT)
    question = several.discard_box
    assert question is not None and question.isVisible()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert several.isVisible()

    qtbot.mouseClick(several.add_button, LEFT)
    box = several.replace_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(registry.endpoints()) == 2, timeout=10_000)
    ids = {e.id for e in registry.endpoints()}
    assert kept.id in ids, "the replaced endpoint keeps its id"


def test_an_unreachable_endpoint_is_added_only_when_accepted(
    *, qtbot: QtBot, make_dialog: Any, registry: Any, tmp_path: Path
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    paths = files(tmp_path, [port])[:1]
    other = tmp_path / "west-1.json"
    other.write_bytes(details_json(port, priority=5, url=f"wss://127.0.0.1:{port}/other"))
    dialog = make_dialog()
    drop(dialog, [*paths, other])
    several = opened(qtbot, dialog)
    validate_all(qtbot, several)
    texts = [row.item.text(VALIDATION) for row in several.rows]
    assert all(t.startswith("Not reached: ") for t in texts), texts
    assert not several.add_button.isEnabled()
    assert several.accept_failed.isVisible()
    several.accept_failed.setChecked(True)
    assert several.add_button.text() == "&Add 2 Hosts"
    qtbot.mouseClick(several.add_button, LEFT)
    qtbot.waitUntil(lambda: len(registry.endpoints()) == 2, timeout=10_000)
