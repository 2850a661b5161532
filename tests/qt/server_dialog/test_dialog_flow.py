"""The whole path a person takes through the WebSocket Server dialog, against real servers.

NBWSS endpoints (the sandbox's cloud side), a TCP server that never answers and the HTTPS
provider run on 127.0.0.1 on the Qt loop itself, with certificates from a private trustme CA
that the dialog trusts through its extra CA file.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import socket
import ssl
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import keyring
import trustme
from aiohttp import web
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.services.certificate import sha256_fingerprint
from nbwss_gui.services.connection_probe import STEP_NAMES
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.secrets import TokenStore
from nbwss_gui.ui.server_dialog.endpoint_dialog import KEYRING_WAIT, EndpointDialog

TOKEN = "flow-token-7d41c0e2a9b84f35"
HOST = "127.0.0.1"
LEFT = Qt.MouseButton.LeftButton
NOW = dt.datetime.now(dt.UTC)


def leaf_der(cert: trustme.LeafCert) -> bytes:
    return ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode("ascii"))


@contextlib.asynccontextmanager
async def tls_server(cert: trustme.LeafCert | None) -> AsyncIterator[int]:
    """An NBWSS endpoint with `cert` that accepts TOKEN, so that Validate's connection test
    passes; without a cert, a server that only accepts TCP and never answers."""
    if cert is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        endpoint = CloudEndpoint(
            "flow", group_id="group-a", priority=2, token=TOKEN, ssl_context=context,
            command_interval=None,
        )  # fmt: skip
        await endpoint.start()
        try:
            yield endpoint.port
        finally:
            await endpoint.stop()
        return
    writers: set[asyncio.StreamWriter] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.add(writer)
        try:
            while await reader.read(65536):
                pass
        except (OSError, ssl.SSLError):
            pass
        finally:
            writers.discard(writer)
            writer.transport.abort()

    server = await asyncio.start_server(handle, HOST, 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in list(writers):
            writer.transport.abort()
        await server.wait_closed()
        await asyncio.sleep(0)


@contextlib.asynccontextmanager
async def provider(cert: trustme.LeafCert, body: bytes) -> AsyncIterator[str]:
    """An HTTPS provider URL that hands out endpoint details."""

    async def details(_request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/details", details)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    try:
        site = web.TCPSite(runner, HOST, 0, ssl_context=context)
        await site.start()
        yield f"https://{HOST}:{runner.addresses[0][1]}/details"
    finally:
        await runner.cleanup()


def details_json(port: int, **changes: Any) -> bytes:
    details = {
        "token": TOKEN,
        "priority": 2,
        "groupId": "group-a",
        "hostName": HOST,
        "url": f"wss://{HOST}:{port}/nbwss",
        **changes,
    }
    return json.dumps(details, indent=2).encode()


def idle(qtbot: QtBot, dialog: EndpointDialog) -> None:
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=15_000)


def open_file(qtbot: QtBot, dialog: EndpointDialog, path: Path) -> None:
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.outcomes["file"] is not None)
    idle(qtbot, dialog)


def validate(qtbot: QtBot, dialog: EndpointDialog) -> None:
    assert dialog.validate_button.isEnabled()
    qtbot.mouseClick(dialog.validate_button, LEFT)
    idle(qtbot, dialog)


def validated_file_dialog(
    qtbot: QtBot, make_dialog: Any, tmp_path: Path, port: int, **changes: Any
) -> EndpointDialog:
    path = tmp_path / "endpoint.json"
    path.write_bytes(details_json(port, **changes))
    dialog: EndpointDialog = make_dialog()
    open_file(qtbot, dialog, path)
    validate(qtbot, dialog)
    return dialog


def add_host(qtbot: QtBot, dialog: EndpointDialog) -> str:
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000) as added:
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == EndpointDialog.DialogCode.Accepted
    endpoint_id: str = added.args[0]
    return endpoint_id


def stored_names(backend: MemoryKeyring) -> list[str]:
    return backend.usernames(TokenStore.SERVICE)


def test_file_flow_from_bad_file_to_saved_and_removed(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    run_coro: Any,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    port = serve(tls_server(server_cert))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{\n  "token": "x",\n  "priority": "1",\n  \'groupId\': "g"\n}\n')
    good = tmp_path / "good.json"
    good.write_bytes(details_json(port))
    dialog = make_dialog()

    open_file(qtbot, dialog, bad)
    texts = dialog.file_problems.texts()
    assert len(texts) >= 2
    assert all(t.startswith("Error") for t in texts)
    assert any(t.startswith("Error at 4:3: an apostrophe") for t in texts)
    assert not dialog.validate_button.isEnabled()

    open_file(qtbot, dialog, good)
    assert dialog.file_problems.texts() == []
    assert dialog.info_edits["url"].text() == f"wss://{HOST}:{port}/nbwss"
    assert TOKEN not in dialog.token_edit.text()
    qtbot.mouseClick(dialog.view_button, LEFT)
    assert dialog.token_edit.text() == TOKEN
    qtbot.mouseClick(dialog.view_button, LEFT)
    assert not dialog.add_button.isEnabled()
    assert not config_path.exists(), "nothing is saved before Add Host"

    validate(qtbot, dialog)
    step = dialog.steps.topLevelItem(0)
    assert step.text(0) == "Certificate"
    # The test CA is only in the extra CA file: that, not the operating system, trusts it.
    assert step.text(1).startswith("OK: Trusted by the extra CA file;")
    assert step.text(2).endswith(" ms")
    view = dialog.certificate_view
    assert view.text("sha256") == sha256_fingerprint(leaf_der(server_cert))
    assert view.text("trusted") == f"the extra CA file {dialog.ca_file}"
    assert view.text("hostname") == "yes"
    assert dialog.status.text() == "Validation passed."
    assert not config_path.exists()
    dialog.grab().save(str(artifacts_dir / "dialog-validated.png"))

    endpoint_id = add_host(qtbot, dialog)
    entry = registry.get(endpoint_id)
    assert (entry.host_name, entry.group_id, entry.priority) == (HOST, "group-a", 2)
    assert entry.activated and entry.pinned_sha256 is None
    assert run_coro(registry.token(endpoint_id)) == TOKEN
    assert endpoint_id in stored_names(memory_keyring)
    saved = config_path.read_bytes()
    assert endpoint_id.encode() in saved
    assert TOKEN.encode() not in saved

    run_coro(registry.remove([endpoint_id]))
    assert registry.endpoints() == []
    assert stored_names(memory_keyring) == []
    assert endpoint_id.encode() not in config_path.read_bytes()


def test_url_flow_through_a_provider(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    run_coro: Any,
) -> None:
    port = serve(tls_server(server_cert))
    url = serve(provider(server_cert, details_json(port, priority=0, groupId="group-url")))
    dialog = make_dialog()
    qtbot.mouseClick(dialog.url_radio, LEFT)
    qtbot.keyClicks(dialog.url_edit, url)
    validate(qtbot, dialog)
    assert dialog.url_problems.texts() == []
    steps = [dialog.steps.topLevelItem(i) for i in range(dialog.steps.topLevelItemCount())]
    assert [s.text(0) for s in steps] == ["Provider URL", "Certificate", *STEP_NAMES]
    assert all(s.text(1).startswith("OK") for s in steps)
    assert dialog.info_edits["group_id"].text() == "group-url"
    assert dialog.info_edits["priority"].text() == "0"

    endpoint_id = add_host(qtbot, dialog)
    assert registry.get(endpoint_id).group_id == "group-url"
    assert run_coro(registry.token(endpoint_id)) == TOKEN
    assert TOKEN.encode() not in config_path.read_bytes()
    run_coro(registry.remove([endpoint_id]))
    assert stored_names(memory_keyring) == []
    assert registry.endpoints() == []


def test_url_body_problems_show_under_the_url_field(
    qtbot: QtBot, make_dialog: Any, serve: Any, server_cert: trustme.LeafCert
) -> None:
    url = serve(provider(server_cert, b'{"token": "t", "priority": -1}'))
    dialog = make_dialog()
    qtbot.mouseClick(dialog.url_radio, LEFT)
    qtbot.keyClicks(dialog.url_edit, url)
    validate(qtbot, dialog)
    texts = dialog.url_problems.texts()
    assert any(t.startswith("Error at 1:") and "priority" in t for t in texts)
    assert dialog.steps.topLevelItem(0).text(1).startswith("Error:")
    assert dialog.field_problems["priority"].texts()
    assert not dialog.add_button.isEnabled()


def test_untrusted_certificate_is_pinned_explicitly(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    registry: Any,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    stranger = trustme.CA(organization_name="Not in any trust store").issue_cert(HOST)
    port = serve(tls_server(stranger))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    view = dialog.certificate_view
    assert view.text("trusted").startswith("no one (")
    assert dialog.steps.topLevelItem(0).text(1).startswith("Error: Not trusted")
    assert not dialog.add_button.isEnabled()
    assert view.trust_button.isVisible()
    dialog.grab().save(str(artifacts_dir / "dialog-untrusted.png"))

    qtbot.mouseClick(view.trust_button, LEFT)
    box = dialog.pin_box
    qtbot.waitUntil(box.isVisible)
    fingerprint = sha256_fingerprint(leaf_der(stranger))
    assert fingerprint in box.informativeText()
    [trust] = [b for b in box.buttons() if b.text() == "&Trust"]
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: dialog.pinned_sha256 is not None)
    assert view.text("pinned") == "yes (this certificate)"
    # The connection test waited for the pin, and runs with it now.
    idle(qtbot, dialog)
    assert dialog.add_button.isEnabled()
    # Validating again meets the same certificate: the pin holds.
    validate(qtbot, dialog)
    assert dialog.steps.topLevelItem(0).text(1).startswith("OK: Trusted for this endpoint")
    assert dialog.add_button.isEnabled()

    endpoint_id = add_host(qtbot, dialog)
    assert registry.get(endpoint_id).pinned_sha256 == fingerprint


def test_declining_the_pin_changes_nothing(
    qtbot: QtBot, make_dialog: Any, serve: Any, tmp_path: Path
) -> None:
    stranger = trustme.CA().issue_cert(HOST)
    port = serve(tls_server(stranger))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    qtbot.mouseClick(dialog.certificate_view.trust_button, LEFT)
    box = dialog.pin_box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.pinned_sha256 is None
    assert not dialog.add_button.isEnabled()


def test_expired_certificate_is_refused(
    qtbot: QtBot, make_dialog: Any, serve: Any, ca: trustme.CA, tmp_path: Path
) -> None:
    expired = ca.issue_cert(
        HOST, not_before=NOW - dt.timedelta(days=60), not_after=NOW - dt.timedelta(days=2)
    )
    port = serve(tls_server(expired))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    result = dialog.steps.topLevelItem(0).text(1)
    assert result.startswith("Error: The certificate expired on") and "refused" in result
    view = dialog.certificate_view
    assert "expired" in view.text("not_after")
    assert not view.trust_button.isVisible()
    assert not dialog.accept_failure.isVisible()
    assert not dialog.add_button.isEnabled()


def test_host_name_mismatch_is_shown_and_blocks_until_pinned(
    qtbot: QtBot, make_dialog: Any, serve: Any, ca: trustme.CA, tmp_path: Path
) -> None:
    port = serve(tls_server(ca.issue_cert("other-name.example")))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    view = dialog.certificate_view
    assert view.text("hostname") == "no"
    assert view.text("sans") == "other-name.example"
    assert "host name does not match" in dialog.steps.topLevelItem(0).text(1)
    assert view.trust_button.isVisible()
    assert not dialog.add_button.isEnabled()


def test_expiring_certificate_is_a_warning_that_does_not_block(
    qtbot: QtBot, make_dialog: Any, serve: Any, ca: trustme.CA, tmp_path: Path
) -> None:
    soon = ca.issue_cert(
        HOST, not_before=NOW - dt.timedelta(days=60), not_after=NOW + dt.timedelta(days=9)
    )
    port = serve(tls_server(soon))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    assert dialog.steps.topLevelItem(0).text(1).startswith("Warning: The certificate expires in")
    assert dialog.add_button.isEnabled()


def test_same_url_asks_before_replacing(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    run_coro: Any,
    tmp_path: Path,
) -> None:
    port = serve(tls_server(server_cert))
    old = run_coro(
        registry.add(
            EndpointDetails("old-token", 7, "group-old", HOST, f"wss://{HOST}:{port}/nbwss")
        )
    )
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)

    qtbot.mouseClick(dialog.add_button, LEFT)
    box = dialog.replace_box
    qtbot.waitUntil(box.isVisible)
    assert "already registered" in box.text() and "group-old" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert registry.get(old.id).priority == 7

    with qtbot.waitSignal(dialog.endpointAdded) as added:
        qtbot.mouseClick(dialog.add_button, LEFT)
        box = dialog.replace_box
        qtbot.waitUntil(box.isVisible)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert added.args == [old.id]
    [entry] = registry.endpoints()
    assert (entry.priority, entry.group_id) == (2, "group-a")
    assert run_coro(registry.token(old.id)) == TOKEN


class LockedKeyring(KeyringBackend):
    priority = -10  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the collection is locked")


def test_keyring_failure_is_inline_and_keeps_everything(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    port = serve(tls_server(server_cert))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    before = {key: edit.text() for key, edit in dialog.info_edits.items()}
    path = dialog.path_edit.text()
    keyring.set_keyring(LockedKeyring())  # the memory_keyring fixture puts the old one back
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(dialog.save_problems.isVisible)
    [message] = dialog.save_problems.texts()
    assert message.startswith("Error: The system keyring is locked")
    assert TOKEN not in message
    qtbot.waitUntil(dialog.add_button.isEnabled)
    assert dialog.isVisible()
    assert dialog.path_edit.text() == path
    assert {key: edit.text() for key, edit in dialog.info_edits.items()} == before
    assert dialog.token_edit.text().startswith("●●●●")
    assert dialog.certificate_view.info is not None
    assert registry.endpoints() == []
    assert (
        not config_path.exists()
        or b"endpoints" not in config_path.read_bytes()
        or (json.loads(config_path.read_bytes())["endpoints"] == [])
    )
    dialog.grab().save(str(artifacts_dir / "dialog-keyring-locked.png"))

    # Once the keyring is back, the same dialog saves what it kept.
    keyring.set_keyring(memory_keyring)
    endpoint_id = add_host(qtbot, dialog)
    assert stored_names(memory_keyring) == [endpoint_id]


class SlowKeyring(MemoryKeyring):
    """Stands for a keyring waiting on its unlock prompt until `unlocked` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.unlocked = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.unlocked.wait(10)
        super().set_password(service, username, password)


def test_waiting_for_the_keyring_is_said_and_the_window_stays_alive(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    port = serve(tls_server(server_cert))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    slow = SlowKeyring()
    keyring.set_keyring(slow)
    try:
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.waitUntil(lambda: dialog.status.text() == KEYRING_WAIT)
        assert dialog.progress.isVisible()
        assert not dialog.add_button.isEnabled()
        # The event loop keeps turning while the keyring call waits.
        ticks: list[int] = []
        asyncio.get_running_loop().call_soon(ticks.append, 1)
        qtbot.waitUntil(lambda: ticks == [1], timeout=1_000)
        assert registry.endpoints() == []
        with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000):
            slow.unlocked.set()
    finally:
        slow.unlocked.set()
    assert len(registry.endpoints()) == 1


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
    return port


def test_unreachable_endpoint_can_be_saved_on_explicit_acceptance(
    qtbot: QtBot, make_dialog: Any, registry: Any, tmp_path: Path
) -> None:
    port = closed_port()
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    result = dialog.steps.topLevelItem(0).text(1)
    assert result.startswith("Error: ") and "refused" in result
    assert dialog.certificate_view.status.texts()[0].startswith("Error: ")
    assert dialog.accept_failure.isVisible()
    assert not dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.accept_failure, LEFT)
    assert dialog.add_button.isEnabled()
    qtbot.keyClick(dialog.accept_failure, Qt.Key.Key_Space)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClick(dialog.accept_failure, Qt.Key.Key_Space)
    endpoint_id = add_host(qtbot, dialog)
    assert registry.get(endpoint_id).url == f"wss://{HOST}:{port}/nbwss"


def test_stop_and_cancel_work_while_a_step_runs(
    qtbot: QtBot, make_dialog: Any, serve: Any, tmp_path: Path
) -> None:
    port = serve(tls_server(None))  # accepts TCP, never answers the TLS hello
    path = tmp_path / "silent.json"
    path.write_bytes(details_json(port))
    dialog = make_dialog()
    open_file(qtbot, dialog, path)
    qtbot.mouseClick(dialog.validate_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Checking the certificate"))
    assert dialog.stop_button.isEnabled() and not dialog.validate_button.isEnabled()
    assert dialog.progress.isVisible()
    qtbot.mouseClick(dialog.stop_button, LEFT)
    idle(qtbot, dialog)
    assert dialog.status.text() == "Stopped."
    assert dialog.validate_button.isEnabled() and not dialog.add_button.isEnabled()

    qtbot.mouseClick(dialog.validate_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Checking the certificate"))
    task = dialog.step_task
    assert task is not None
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(task.done, timeout=2_000)
    assert task.cancelled()


def test_keyboard_only_from_file_to_saved(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    tmp_path: Path,
) -> None:
    port = serve(tls_server(server_cert))
    path = tmp_path / "keyboard.json"
    path.write_bytes(details_json(port))
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    alt = Qt.KeyboardModifier.AltModifier
    dialog.file_radio.setFocus()
    qtbot.keyClick(dialog.file_radio, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.path_edit
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.details() is not None)
    dialog.validate_button.setFocus()
    qtbot.keyClick(dialog.validate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.steps.topLevelItemCount() >= 1)
    idle(qtbot, dialog)
    # Focus moves on to Add Host once Validate passed, so Enter or Space saves.
    assert dialog.focusWidget() is dialog.add_button
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_A, alt)
    assert len(registry.endpoints()) == 1


def test_keyboard_only_trusting_an_untrusted_certificate(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    registry: Any,
    tmp_path: Path,
) -> None:
    stranger = trustme.CA(organization_name="Keyboard stranger").issue_cert(HOST)
    port = serve(tls_server(stranger))
    path = tmp_path / "keyboard-pin.json"
    path.write_bytes(details_json(port))
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    alt = Qt.KeyboardModifier.AltModifier
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.details() is not None)
    qtbot.keyClick(dialog, Qt.Key.Key_V, alt)
    qtbot.waitUntil(lambda: dialog.steps.topLevelItemCount() >= 1, timeout=15_000)
    idle(qtbot, dialog)
    view = dialog.certificate_view
    assert view.trust_button.isVisible() and not dialog.add_button.isEnabled()
    # Tab reaches the fingerprint (to read or copy it), then the trust action.
    view.values["sha256"].setFocus()
    qtbot.keyClick(view.values["sha256"], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is view.trust_button
    qtbot.keyClick(view.trust_button, Qt.Key.Key_Space)
    box = dialog.pin_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    # Enter alone answers Cancel: trusting takes the explicit Alt+T.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_T, alt)
    qtbot.waitUntil(lambda: dialog.pinned_sha256 is not None, timeout=2_000)
    assert view.text("pinned") == "yes (this certificate)"
    qtbot.waitUntil(dialog.add_button.isEnabled)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000) as added:
        qtbot.keyClick(dialog, Qt.Key.Key_A, alt)
    assert registry.get(added.args[0]).pinned_sha256 == view.info.sha256


def test_every_focusable_control_has_an_accessible_name(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    tmp_path: Path,
) -> None:
    """Whatever Tab can reach, once everything is on screen: steps, certificate, the pin."""
    from PySide6.QtWidgets import QWidget

    from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog

    stranger = trustme.CA().issue_cert(HOST)
    port = serve(tls_server(stranger))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    qtbot.mouseClick(dialog.certificate_view.trust_button, LEFT)
    assert dialog.pin_box is not None
    qtbot.waitUntil(dialog.pin_box.isVisible)
    standalone = CertificateDialog(dialog.certificate_view.info, offer_pin=True)
    qtbot.addWidget(standalone)
    standalone.show()

    def unnamed(window: QWidget) -> list[str]:
        return [
            f"{type(w).__name__}:{w.objectName()}"
            for w in [window, *window.findChildren(QWidget)]
            if w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not w.accessibleName()
        ]

    assert unnamed(dialog) == []
    assert unnamed(dialog.pin_box) == []
    assert unnamed(standalone) == []
    dialog.pin_box.reject()
