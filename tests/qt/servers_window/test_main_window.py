"""The WebSocket Servers window (SPEC §3.1) over a real registry and an in-memory keyring."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QTreeView,
    QWidget,
)

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.ui.server_dialog.token_view import TokenDialog
from nbwss_gui.ui.servers_window.columns import ENDPOINT_ID_ROLE, Column
from nbwss_gui.ui.servers_window.main_window import KEYRING_WAIT, TITLE, MainWindow

ENDPOINTS = [
    # (group, priority, host)
    ("backup-east", 1, "east-a.cloud.example.com"),
    ("backup-east", 2, "east-b.cloud.example.com"),
    ("backup-west", 1, "west-a.cloud.example.com"),
    ("backup-west", 5, "west-b.cloud.example.com"),
    ("lab", 0, "lab.cloud.example.com"),
]


def token_for(host: str) -> str:
    return f"tok-{host}-S3CRET"


def add_endpoints(run_coro: Any, registry: Any) -> dict[str, str]:
    """Register ENDPOINTS; host name -> endpoint id."""
    ids = {}
    for group, priority, host in ENDPOINTS:
        details = EndpointDetails(token_for(host), priority, group, host, f"wss://{host}/nbwss")
        ids[host] = run_coro(registry.add(details)).id
    return ids


@pytest.fixture
def window(qtbot: Any, run_coro: Any, registry: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def ids(window: MainWindow, run_coro: Any, registry: Any) -> dict[str, str]:
    ids = add_endpoints(run_coro, registry)
    window.set_registry(registry)
    return ids


def fresh_registry(config_path: Path) -> Any:
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore

    return Registry(ConfigStore(config_path), TokenStore())


def select(window: MainWindow, *endpoint_ids: str) -> None:
    selection = window.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for endpoint_id in endpoint_ids:
        selection.select(window.model.index_of(endpoint_id), flags)
    window.view.setFocus()


def state_of(window: MainWindow, endpoint_id: str) -> str:
    return window.model.index_of(endpoint_id, Column.STATE).data()


def all_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        for getter in ("text", "windowTitle", "toolTip", "accessibleName"):
            value = getattr(child, getter, None)
            if callable(value):
                result = value()
                if isinstance(result, str):
                    texts.append(result)
    return texts


def model_texts(window: MainWindow) -> list[str]:
    found: list[str] = []
    model = window.model

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        found.append(value)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


def test_run_coro_drives_sleep_and_executor(run_coro: Any) -> None:
    async def work() -> tuple[str, int]:
        await asyncio.sleep(0.05)
        loop = asyncio.get_running_loop()
        thread = await loop.run_in_executor(None, threading.get_ident)
        return "done", thread

    result, thread = run_coro(work())
    assert result == "done"
    assert thread != threading.get_ident()


def test_run_coro_raises_the_coroutine_error(qtbot: Any, run_coro: Any) -> None:
    async def fail() -> None:
        await asyncio.sleep(0)
        raise ValueError("from the coroutine")

    with pytest.raises(ValueError, match="from the coroutine"):
        run_coro(qtbot, fail())


def test_lists_three_groups_and_saves_screenshots(
    window: MainWindow, ids: dict[str, str], qtbot: Any, artifacts_dir: Path
) -> None:
    assert window.windowTitle() == TITLE
    model = window.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["backup-east", "backup-west", "lab"]
    west = model.index(1, 0)
    assert window.view.isExpanded(west)
    assert [model.index(r, 0, west).data() for r in range(2)] == [
        "west-a.cloud.example.com",
        "west-b.cloud.example.com",
    ]
    assert state_of(window, ids["lab.cloud.example.com"]) == "ACTIVATED"
    assert window.count_label.text() == "5 endpoints in 3 groups"
    window.resize(1400, 420)
    select(window, ids["east-b.cloud.example.com"])
    qtbot.wait(50)
    assert window.grab().save(str(artifacts_dir / "main-window.png"))

    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    window.resize(2800, 800)
    qtbot.wait(50)
    assert window.grab().save(str(artifacts_dir / "main-window-200.png"))
    # Nothing is squeezed below what it needs to show its text.
    for action in window.endpoint_actions:
        button = window.toolbar.widgetForAction(action)
        if button is not None and button.isVisible():
            assert button.width() >= button.minimumSizeHint().width()
    view = window.view
    row_height = view.visualRect(model.index(0, 0)).height()
    assert row_height >= view.fontMetrics().height()
    # Short columns show their whole text and header at double size.
    metrics = view.fontMetrics()
    for column in (Column.STATE, Column.CONNECTION_STATE, Column.SINCE, Column.PRIORITY):
        cell = model.index(0, column, model.index(0, 0))
        icon = view.iconSize().width() if column in (Column.STATE, Column.CONNECTION_STATE) else 0
        needed = metrics.horizontalAdvance(cell.data()) + icon
        assert view.columnWidth(column) >= needed, column.name
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert view.columnWidth(column) >= metrics.horizontalAdvance(header)


def test_multi_select_deactivate_activate_persists(
    window: MainWindow, ids: dict[str, str], qtbot: Any, config_path: Path
) -> None:
    chosen = [ids["east-a.cloud.example.com"], ids["west-b.cloud.example.com"]]
    select(window, *chosen)
    assert window.deactivate_action.isEnabled()
    assert not window.activate_action.isEnabled()
    assert not window.view_token_action.isEnabled()  # only for exactly one endpoint
    window.deactivate_action.trigger()
    qtbot.waitUntil(lambda: all(state_of(window, i) == "DEACTIVATED" for i in chosen))
    assert state_of(window, ids["east-b.cloud.example.com"]) == "ACTIVATED"
    # The selection survives the refresh.
    assert {e.id for e in window.selected_endpoints()} == set(chosen)
    again = fresh_registry(config_path)
    assert {e.id for e in again.endpoints() if not e.activated} == set(chosen)

    # Ctrl+Shift+A activates them again, from the keyboard.
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: all(state_of(window, i) == "ACTIVATED" for i in chosen))
    assert all(e.activated for e in fresh_registry(config_path).endpoints())


def test_selecting_a_group_row_acts_on_its_endpoints(
    window: MainWindow, ids: dict[str, str], qtbot: Any, config_path: Path
) -> None:
    west = window.model.index(1, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    window.view.selectionModel().select(west, flags)
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    west_ids = {ids["west-a.cloud.example.com"], ids["west-b.cloud.example.com"]}
    qtbot.waitUntil(lambda: all(state_of(window, i) == "DEACTIVATED" for i in west_ids))
    assert west.siblingAtColumn(Column.STATE).data() == "0 activated, 2 deactivated"
    assert {e.id for e in fresh_registry(config_path).endpoints() if not e.activated} == west_ids


def test_remove_asks_first_then_deletes_entry_and_token(
    window: MainWindow,
    ids: dict[str, str],
    qtbot: Any,
    config_path: Path,
    memory_keyring: Any,
) -> None:
    doomed = [ids["lab.cloud.example.com"], ids["east-b.cloud.example.com"]]
    select(window, *doomed)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    box = window.commands.confirm_box
    assert isinstance(box, QMessageBox)
    assert "lab.cloud.example.com" in box.text() and "east-b.cloud.example.com" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert len(fresh_registry(config_path).endpoints()) == 5

    window.remove_action.trigger()
    box = window.commands.confirm_box
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)  # the lab group is gone
    remaining = {e.id for e in fresh_registry(config_path).endpoints()}
    assert remaining.isdisjoint(doomed) and len(remaining) == 3
    assert config_path.read_text().count('"id"') == 3
    stored = memory_keyring.usernames("nbwss-gui")
    assert not any(i in name for i in doomed for name in stored)
    assert ids["east-a.cloud.example.com"] in stored
    assert "Removed 2 endpoints" in window.statusBar().currentMessage()


def test_token_shows_only_after_view_token(
    window: MainWindow, ids: dict[str, str], qtbot: Any
) -> None:
    host = "west-a.cloud.example.com"
    secret = token_for(host)
    assert not any(secret in text for text in all_texts(window) + model_texts(window))
    select(window, ids[host])
    assert window.view_token_action.isEnabled()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.commands.token_dialog is not None)
    dialog = window.commands.token_dialog
    assert isinstance(dialog, TokenDialog)
    qtbot.waitExposed(dialog)
    assert secret not in dialog.windowTitle()
    assert dialog.token_field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.shown
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the &Show mnemonic
    qtbot.waitUntil(lambda: dialog.shown, timeout=2_000)  # a mnemonic animates the click first
    assert dialog.token_field.text() == secret
    window.close()  # closing the window takes the token dialog with it
    assert not dialog.isVisible()


def test_copy_clears_the_clipboard_only_if_it_still_holds_the_token(qtbot: Any) -> None:
    clipboard = QGuiApplication.clipboard()
    dialog = TokenDialog("tok-copy-S3CRET", "host.example.com", clear_after_ms=150)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert clipboard.text() == "tok-copy-S3CRET"
    assert "cleared" in dialog.copied_note.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)

    dialog.copy_button.click()
    clipboard.setText("something the user copied since")
    qtbot.wait(300)
    assert clipboard.text() == "something the user copied since"


def test_keyring_wait_is_shown_and_the_window_stays_live(
    window: MainWindow, ids: dict[str, str], qtbot: Any, memory_keyring: Any
) -> None:
    release = threading.Event()
    real_get = memory_keyring.get_password

    def slow_get(service: str, username: str) -> str | None:
        release.wait(10)
        return real_get(service, username)

    memory_keyring.get_password = slow_get
    try:
        select(window, ids["lab.cloud.example.com"])
        window.view_token_action.trigger()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == KEYRING_WAIT)
        # The window still answers while the keyring waits.
        select(window, ids["east-a.cloud.example.com"], ids["east-b.cloud.example.com"])
        assert window.deactivate_action.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.commands.token_dialog is not None)
    assert window.statusBar().currentMessage() != KEYRING_WAIT
    window.commands.token_dialog.close()


def test_registry_errors_show_in_a_box_and_the_status_bar(
    window: MainWindow, ids: dict[str, str], qtbot: Any, config_path: Path
) -> None:
    config_path.unlink()
    config_path.mkdir()  # the change's fresh read, and any save, fail on a folder
    select(window, ids["lab.cloud.example.com"])
    window.deactivate_action.trigger()
    qtbot.waitUntil(lambda: window.message_box is not None)
    box = window.message_box
    assert f"{config_path} cannot be read" in box.text()
    assert "Nothing was saved" in box.text()
    assert "Nothing was saved" in window.statusBar().currentMessage()
    assert state_of(window, ids["lab.cloud.example.com"]) == "ACTIVATED"
    box.button(QMessageBox.StandardButton.Ok).click()


def test_unreadable_config_is_announced(
    window: MainWindow, qtbot: Any, config_path: Path, memory_keyring: Any
) -> None:
    config_path.write_text("{ not json")
    window.set_registry(fresh_registry(config_path))
    box = window.message_box
    assert isinstance(box, QMessageBox)
    assert "moved" in box.text()
    assert "moved" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 0
    box.button(QMessageBox.StandardButton.Ok).click()


def test_actions_follow_the_selection_and_controls_have_names(
    window: MainWindow, ids: dict[str, str]
) -> None:
    window.view.selectionModel().clearSelection()
    assert window.new_action.isEnabled()
    for action in (
        window.remove_action,
        window.activate_action,
        window.deactivate_action,
        window.validate_action,
        window.view_token_action,
    ):
        assert not action.isEnabled(), action.text()
    select(window, ids["lab.cloud.example.com"])
    assert window.validate_action.isEnabled() and window.remove_action.isEnabled()
    shortcuts = {a.text(): a.shortcut().toString() for a in window.endpoint_actions}
    assert shortcuts["&New…"] == "Ctrl+N"
    assert shortcuts["&Remove…"] == "Del"
    unnamed = [
        type(w).__name__ + ":" + w.objectName()
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QTreeView)
        and w.isVisible()
        and not w.accessibleName()
        and not (isinstance(w, QToolButton) and w.objectName() == "qt_toolbar_ext_button")
    ]
    assert unnamed == []
    assert window.view.model().index(0, 0).data(ENDPOINT_ID_ROLE) is None  # a group row
    assert QApplication.instance() is not None


@pytest.fixture
def tls_server(run_coro: Any, tmp_path: Path) -> Any:
    """A TLS server on 127.0.0.1 with a trustme certificate; yields (port, CA file)."""
    import ssl

    import trustme

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = run_coro(asyncio.start_server(handle, "127.0.0.1", 0, ssl=context))
    port = server.sockets[0].getsockname()[1]
    yield port, str(ca_file)
    server.close()
    run_coro(server.wait_closed())


def test_validate_again_shows_the_live_certificate(
    window: MainWindow, run_coro: Any, registry: Any, qtbot: Any, tls_server: Any
) -> None:
    from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog

    port, ca_file = tls_server
    url = f"wss://127.0.0.1:{port}/nbwss"
    entry = run_coro(registry.add(EndpointDetails("tok-tls-S3CRET", 1, "tls", "127.0.0.1", url)))
    window.ca_file = ca_file
    window.set_registry(registry)
    select(window, entry.id)
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=15_000)
    dialog = window.commands.certificate_dialog
    assert isinstance(dialog, CertificateDialog)
    assert "127.0.0.1" in dialog.windowTitle()
    assert "certificate trusted" in window.statusBar().currentMessage()
    dialog.close()


def validate_again(window: MainWindow, qtbot: Any, endpoint_id: str) -> Any:
    """Validate again on one endpoint; the certificate dialog it opens."""
    from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog

    window.commands.certificate_dialog = None
    select(window, endpoint_id)
    window.validate_action.trigger()
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=15_000)
    dialog = window.commands.certificate_dialog
    assert isinstance(dialog, CertificateDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_validate_again_pins_an_untrusted_certificate(
    *,
    window: MainWindow,
    run_coro: Any,
    registry: Any,
    qtbot: Any,
    tls_server: Any,
    config_path: Path,
    artifacts_dir: Path,
) -> None:
    port, _ = tls_server  # the window is not given the server's CA: not trusted
    url = f"wss://127.0.0.1:{port}/nbwss"
    entry = run_coro(registry.add(EndpointDetails("tok-pin-S3CRET", 1, "pin", "127.0.0.1", url)))
    window.set_registry(registry)
    dialog = validate_again(window, qtbot, entry.id)
    view = dialog.view
    assert view.text("trusted").startswith("no one (")
    assert view.verdict is not None and not view.verdict.passes and view.verdict.can_pin
    assert "certificate not trusted" in window.statusBar().currentMessage()
    assert view.trust_button.isVisible()
    assert dialog.grab().save(str(artifacts_dir / "certificate-dialog-untrusted.png"))

    # Declining changes nothing.
    qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    box = window.commands.pin_box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.wait(50)
    assert registry.get(entry.id).pinned_sha256 is None

    # Trusting pins exactly this certificate, in the registry and in the file.
    qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    box = window.commands.pin_box
    qtbot.waitUntil(box.isVisible)
    assert view.info.sha256 in box.informativeText()
    assert "127.0.0.1" in box.text()
    [trust] = [b for b in box.buttons() if b.text() == "&Trust"]
    qtbot.mouseClick(trust, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registry.get(entry.id).pinned_sha256 is not None)
    assert registry.get(entry.id).pinned_sha256 == view.info.sha256
    assert fresh_registry(config_path).get(entry.id).pinned_sha256 == view.info.sha256
    qtbot.waitUntil(lambda: view.text("pinned") == "yes (this certificate)")
    assert view.verdict.passes and not view.trust_button.isVisible()
    assert "trusted for this endpoint" in window.statusBar().currentMessage()
    dialog.close()

    # Validating again meets the pinned certificate: trusted for this endpoint.
    again = validate_again(window, qtbot, entry.id)
    assert again is not dialog
    assert again.view.text("pinned") == "yes (this certificate)"
    assert again.view.verdict.passes
    assert again.view.verdict.summary.startswith("Trusted for this endpoint")
    assert not again.view.trust_button.isVisible()
    assert "certificate matches the pin" in window.statusBar().currentMessage()
    again.close()


def test_validate_again_reports_a_changed_certificate(
    window: MainWindow, run_coro: Any, registry: Any, qtbot: Any, tls_server: Any
) -> None:
    port, ca_file = tls_server
    old_pin = ":".join(["AB"] * 32)
    url = f"wss://127.0.0.1:{port}/nbwss"
    details = EndpointDetails("tok-changed-S3CRET", 1, "changed", "127.0.0.1", url)
    entry = run_coro(registry.add(details, pinned_sha256=old_pin))
    window.ca_file = ca_file  # trusted by its CA, yet not the certificate that was pinned
    window.set_registry(registry)
    dialog = validate_again(window, qtbot, entry.id)
    view = dialog.view
    assert view.verdict is not None and not view.verdict.passes
    assert "certificate changed" in view.verdict.summary
    assert view.text("pinned") == f"a different certificate is pinned ({old_pin})"
    assert "certificate changed since it was pinned" in window.statusBar().currentMessage()
    # The new certificate can be trusted in its place, explicitly.
    assert view.trust_button.isVisible()
    dialog.close()


def test_validate_again_reports_an_endpoint_that_does_not_answer(
    window: MainWindow, run_coro: Any, registry: Any, qtbot: Any
) -> None:
    import socket

    with socket.socket() as placeholder:  # a port nobody listens on once closed
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]
    url = f"wss://127.0.0.1:{port}/nbwss"
    entry = run_coro(registry.add(EndpointDetails("tok-down-S3CRET", 1, "down", "127.0.0.1", url)))
    window.set_registry(registry)
    select(window, entry.id)
    window.validate_action.trigger()
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=15_000)
    assert window.statusBar().currentMessage().startswith("Could not check 127.0.0.1")
    window.commands.certificate_dialog.close()


def test_ctrl_n_opens_the_new_endpoint_dialog_and_selects_what_it_added(
    window: MainWindow,
    ids: dict[str, str],
    *,
    run_coro: Any,
    registry: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's side of New: the dialog itself is tested on its own."""
    import types

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QDialog

    opened: list[Any] = []

    class StandInDialog(QDialog):
        endpointAdded = Signal(str)

        def __init__(self, reg: Any, parent: Any = None, *, ca_file: str | None = None) -> None:
            super().__init__(parent)
            self.registry, self.ca_file = reg, ca_file
            opened.append(self)

    module = types.ModuleType("nbwss_gui.ui.server_dialog.endpoint_dialog")
    module.EndpointDialog = StandInDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "nbwss_gui.ui.server_dialog.endpoint_dialog", module)
    window.ca_file = "/tmp/extra-ca.pem"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.registry is registry and dialog.ca_file == "/tmp/extra-ca.pem"
    assert dialog.isVisible() and dialog.parent() is window

    details = EndpointDetails(
        "tok-new-S3CRET", 3, "backup-west", "west-c.example.com", "wss://west-c.example.com/x"
    )
    entry = run_coro(registry.add(details))
    dialog.endpointAdded.emit(entry.id)
    dialog.accept()
    assert [e.id for e in window.selected_endpoints()] == [entry.id]
    assert "Added west-c.example.com" in window.statusBar().currentMessage()


def test_context_menu_offers_the_endpoint_actions(
    window: MainWindow, ids: dict[str, str], qtbot: Any
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    select(window, ids["lab.cloud.example.com"])
    window.view.customContextMenuRequested.emit(QPoint(10, 10))
    menus = [m for m in window.findChildren(QMenu) if m.accessibleName() == "Endpoint actions"]
    qtbot.waitUntil(lambda: any(m.isVisible() for m in menus))
    menu = next(m for m in menus if m.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    # The toolbar's endpoint actions and Edit…, which has no button of its own.
    assert texts == [a.text() for a in window.window_actions.menu_actions if a is not None] + [
        window.connect_now_action.text(),
        window.message_log_action.text(),
    ]
    assert set(window.endpoint_actions) < set(window.window_actions.menu_actions)
    assert window.view_token_action in menu.actions() and window.view_token_action.isEnabled()
    menu.close()


def test_new_opens_the_real_endpoint_dialog(
    window: MainWindow, ids: dict[str, str], qtbot: Any, registry: Any
) -> None:
    from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog

    window.new_action.trigger()
    dialogs = [d for d in window.findChildren(EndpointDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    assert dialog.isModal() or dialog.parent() is window
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(fresh_registry_of(registry).endpoints()) == 5  # nothing saved by opening


def fresh_registry_of(registry: Any) -> Any:
    return fresh_registry(registry.config.path)


def test_token_dialog_holds_at_double_text_size(qtbot: Any, artifacts_dir: Path) -> None:
    dialog = TokenDialog("tok-layout-S3CRET", "east-a.cloud.example.com")
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    qtbot.wait(50)
    assert dialog.width() >= dialog.minimumSizeHint().width()
    assert dialog.height() >= dialog.minimumSizeHint().height()
    for button in (dialog.show_button, dialog.copy_button):
        label = button.text().replace("&", "")
        assert button.width() >= button.fontMetrics().horizontalAdvance(label)
        assert not button.geometry().intersects(dialog.token_field.geometry())
    assert dialog.grab().save(str(artifacts_dir / "token-dialog-200.png"))


def test_edit_changes_priority_and_activation_in_place(
    window: MainWindow, ids: dict[str, str], qtbot: Any, registry: Any, memory_keyring: Any
) -> None:
    from nbwss_gui.ui.servers_window.edit_dialog import EditDialog

    endpoint_id = ids["lab.cloud.example.com"]
    token_before = memory_keyring.get_password("nbwss-gui", endpoint_id)
    select(window, endpoint_id)
    assert window.edit_action.isEnabled()
    window.edit_action.trigger()
    dialog = window.commands.edit_dialog
    assert isinstance(dialog, EditDialog)
    qtbot.waitExposed(dialog)
    dialog.priority.setValue(7)
    dialog.activated.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: registry.get(endpoint_id).priority == 7, timeout=5_000)
    entry = registry.get(endpoint_id)
    assert (entry.id, entry.activated) == (endpoint_id, False)
    assert memory_keyring.get_password("nbwss-gui", endpoint_id) == token_before
    qtbot.waitUntil(lambda: "priority 7" in window.statusBar().currentMessage())
