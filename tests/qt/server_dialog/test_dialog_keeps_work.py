"""A dialog that never loses work: after Trust the next step is Add Host, not Cancel; a
mnemonic never types into a field; closing with validated details asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_dialog_flow import HOST, LEFT, idle, tls_server, validated_file_dialog

ALT = Qt.KeyboardModifier.AltModifier


def test_after_trust_enter_adds_the_host_instead_of_cancelling(
    *, qtbot: QtBot, make_dialog: Any, serve: Any, registry: Any, tmp_path: Path
) -> None:
    stranger = trustme.CA(organization_name="Trusted by a click").issue_cert(HOST)
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, serve(tls_server(stranger)))
    qtbot.mouseClick(dialog.certificate_view.trust_button, LEFT)
    box = dialog.pin_box
    qtbot.waitUntil(box.isVisible)
    [trust] = [b for b in box.buttons() if b.text() == "&Trust"]
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: dialog.pinned_sha256 is not None)
    idle(qtbot, dialog)
    assert dialog.add_button.isEnabled()
    assert dialog.add_button.isDefault()
    assert not dialog.cancel_button.isDefault() and not dialog.cancel_button.autoDefault()
    assert dialog.focusWidget() is not dialog.cancel_button
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000) as added:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert registry.get(added.args[0]).pinned_sha256 == dialog.pinned_sha256


def test_alt_a_while_add_host_waits_types_nothing(qtbot: QtBot, make_dialog: Any) -> None:
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.url_radio, LEFT)
    dialog.url_edit.setFocus()
    qtbot.keyClicks(dialog.url_edit, "https://provider.example/x")
    assert not dialog.add_button.isEnabled()
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_A, ALT)
    assert dialog.url_edit.text() == "https://provider.example/x"
    assert "Validate" in dialog.status.text()


def test_closing_with_validated_details_asks_first(
    *, qtbot: QtBot, make_dialog: Any, serve: Any, server_cert: trustme.LeafCert, tmp_path: Path
) -> None:
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, serve(tls_server(server_cert)))
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    box = dialog.discard_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert dialog.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()  # Keep editing
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible() and dialog.add_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_missing_keyring_is_said_when_the_dialog_opens(
    qtbot: QtBot, qloop: Any, config_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore
    from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = EndpointDialog(Registry(ConfigStore(config_path), TokenStore()))
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.keyring_problem is not None, timeout=5_000)
        assert "No system keyring is available" in " ".join(dialog.save_problems.texts())
        assert "Add Host cannot save the token" in " ".join(dialog.save_problems.texts())
        dialog.discard()
    finally:
        keyring.set_keyring(previous)


def test_no_mnemonic_of_a_waiting_button_types_into_a_field(qtbot: QtBot, make_dialog: Any) -> None:
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # FILE with no path: Validate waits; Alt+V must not type a "v" into the path.
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_V, ALT)
    assert dialog.path_edit.text() == ""
    assert "choose a file" in dialog.status.text()
    # URL: Browse… waits (it belongs to FILE), Stop waits (nothing runs): no "b", no "o".
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(dialog.url_edit.hasFocus)
    for key in (Qt.Key.Key_B, Qt.Key.Key_O, Qt.Key.Key_A):
        qtbot.keyClick(dialog.url_edit, key, ALT)
    assert dialog.url_edit.text() == ""
    assert dialog.file_dialog is None, "Browse… did not open"
