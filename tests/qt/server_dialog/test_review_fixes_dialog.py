"""Failures nobody planned for, steps overtaken by an edit, and references to closed windows.

The WebSocket Server dialog and the main window's endpoint actions against real servers on
127.0.0.1 (trustme certificates): an unexpected error while saving or in a step is shown, logged
and ends what it interrupted; an edit of the URL (or a switch between FILE and URL) while
Validate runs drops what was started for the old one; the dialogs and boxes that delete
themselves on close are forgotten when they go; what Validate again found about an endpoint
goes with the endpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiohttp import web
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.widgets.async_tasks import TaskKeeper

TOKEN = "review-token-5b0e9c27d4a1f863"
HOST = "127.0.0.1"
LEFT = Qt.MouseButton.LeftButton


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return context


@contextlib.asynccontextmanager
async def nbwss_endpoint(cert: trustme.LeafCert) -> AsyncIterator[int]:
    """An NBWSS endpoint that accepts TOKEN: Validate's connection test passes against it."""
    endpoint = CloudEndpoint(
        "review", group_id="group-a", priority=2, token=TOKEN,
        ssl_context=server_context(cert), command_interval=None,
    )  # fmt: skip
    await endpoint.start()
    try:
        yield endpoint.port
    finally:
        await endpoint.stop()


@contextlib.asynccontextmanager
async def handshake_only(cert: trustme.LeafCert) -> AsyncIterator[int]:
    """Completes the TLS handshake (enough to read the certificate), then hangs up."""

    async def handle(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(handle, HOST, 0, ssl=server_context(cert))
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


class SlowProvider:
    """A provider URL that answers only once `release` is set."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.release = asyncio.Event()
        self.requests = 0
        self.answered = False

    async def details(self, _request: web.Request) -> web.Response:
        self.requests += 1
        await self.release.wait()
        self.answered = True
        return web.Response(body=self.body, content_type="application/json")

    @contextlib.asynccontextmanager
    async def serve(self, cert: trustme.LeafCert) -> AsyncIterator[str]:
        app = web.Application()
        app.router.add_get("/details", self.details)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, HOST, 0, ssl_context=server_context(cert))
            await site.start()
            yield f"https://{HOST}:{runner.addresses[0][1]}/details"
        finally:
            self.release.set()
            await runner.cleanup()


def details_json(port: int) -> bytes:
    return json.dumps(
        {
            "token": TOKEN,
            "priority": 2,
            "groupId": "group-a",
            "hostName": HOST,
            "url": f"wss://{HOST}:{port}/nbwss",
        }
    ).encode()


@pytest.fixture
def make_dialog(qtbot: QtBot, qloop: Any, registry: Any, ca_file: str) -> Any:
    def make() -> EndpointDialog:
        dialog = EndpointDialog(registry, ca_file=ca_file)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def idle(qtbot: QtBot, dialog: EndpointDialog) -> None:
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=15_000)


def validated_file_dialog(
    qtbot: QtBot, make_dialog: Any, tmp_path: Path, port: int
) -> EndpointDialog:
    path = tmp_path / "endpoint.json"
    path.write_bytes(details_json(port))
    dialog: EndpointDialog = make_dialog()
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.outcomes["file"] is not None)
    idle(qtbot, dialog)
    qtbot.mouseClick(dialog.validate_button, LEFT)
    idle(qtbot, dialog)
    return dialog


def failures_logged(caplog: pytest.LogCaptureFixture, kind: type[BaseException]) -> list[Any]:
    return [
        record
        for record in caplog.records
        if record.levelno >= logging.ERROR
        and record.exc_info is not None
        and isinstance(record.exc_info[1], kind)
    ]


# -- unexpected failures -------------------------------------------------------------------


class WriterBug(Exception):
    """Stands for a bug below the dialog: nothing the registry foresaw as a refusal."""


def test_an_unexpected_error_while_saving_ends_the_save_and_is_shown_and_logged(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = serve(nbwss_endpoint(server_cert))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    assert dialog.add_button.isEnabled()

    async def broken_add(details: EndpointDetails, **_: Any) -> Any:
        await asyncio.sleep(0)
        raise WriterBug(f"the config writer tripped over {details.token}")

    monkeypatch.setattr(registry, "add", broken_add)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.waitUntil(dialog.save_problems.isVisible)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=2_000)
    # Everything the save had disabled comes back, and the busy bar stops.
    qtbot.waitUntil(dialog.add_button.isEnabled, timeout=2_000)
    assert dialog.validate_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert dialog.isVisible()
    [message] = dialog.save_problems.texts()
    assert "WriterBug: the config writer tripped over" in message
    assert TOKEN not in message
    assert failures_logged(caplog, WriterBug)
    assert registry.endpoints() == []


def test_a_failed_task_is_logged_even_when_its_owner_handles_it(
    qtbot: QtBot, qloop: Any, caplog: pytest.LogCaptureFixture
) -> None:
    handed: list[BaseException] = []
    keeper = TaskKeeper(on_error=handed.append)

    async def fail() -> None:
        await asyncio.sleep(0)
        raise WriterBug("from the task")

    with caplog.at_level(logging.ERROR):
        keeper.start(fail(), name="failing task")
        qtbot.waitUntil(lambda: not keeper.busy)
    assert [type(error) for error in handed] == [WriterBug]
    [record] = failures_logged(caplog, WriterBug)
    assert "failing task" in record.getMessage()


def test_an_unexpected_error_in_a_step_is_shown_in_words_without_the_token(
    *,
    qtbot: QtBot,
    make_dialog: Any,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nbwss_gui.services import sources

    async def broken_load(source: str, **_: Any) -> Any:
        await asyncio.sleep(0)
        raise WriterBug(f'could not read {source}: {{"token": "{TOKEN}"}}')

    monkeypatch.setattr(sources, "load_details", broken_load)
    dialog = make_dialog()
    with caplog.at_level(logging.ERROR):
        dialog.choose_file(str(tmp_path / "endpoint.json"))
        qtbot.waitUntil(dialog.save_problems.isVisible)
    idle(qtbot, dialog)
    [message] = dialog.save_problems.texts()
    assert "WriterBug: could not read" in message and "endpoint.json" in message
    assert TOKEN not in message
    assert not dialog.progress.isVisible()
    assert failures_logged(caplog, WriterBug)


# -- an edit overtakes a running step --------------------------------------------------------


def start_validate_on_slow_provider(
    qtbot: QtBot, make_dialog: Any, serve: Any, server_cert: trustme.LeafCert
) -> tuple[EndpointDialog, SlowProvider, int]:
    """Validate on a provider URL whose answer (details of a good endpoint) is held back."""
    port = serve(nbwss_endpoint(server_cert))
    slow = SlowProvider(details_json(port))
    url = serve(slow.serve(server_cert))
    dialog = make_dialog()
    qtbot.mouseClick(dialog.url_radio, LEFT)
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.mouseClick(dialog.validate_button, LEFT)
    qtbot.waitUntil(lambda: slow.requests == 1, timeout=10_000)
    assert dialog.step_task is not None
    return dialog, slow, port


def test_editing_the_url_while_validate_fetches_drops_the_old_urls_details(
    qtbot: QtBot, make_dialog: Any, serve: Any, server_cert: trustme.LeafCert
) -> None:
    dialog, slow, port = start_validate_on_slow_provider(qtbot, make_dialog, serve, server_cert)
    qtbot.keyClicks(dialog.url_edit, "-moved")
    slow.release.set()
    qtbot.waitUntil(lambda: slow.answered, timeout=10_000)
    idle(qtbot, dialog)
    qtbot.wait(200)  # whatever the old answer could still set off
    assert dialog.url_edit.text().endswith("/details-moved")
    assert not dialog.add_button.isEnabled()
    assert dialog.details() is None
    assert dialog.info_edits["url"].text() != f"wss://{HOST}:{port}/nbwss"
    assert dialog.steps.topLevelItemCount() == 0
    assert dialog.status.text() == "Stopped."
    assert dialog.validate_button.isEnabled()


def test_switching_to_file_while_validate_fetches_stops_it(
    qtbot: QtBot, make_dialog: Any, serve: Any, server_cert: trustme.LeafCert
) -> None:
    dialog, slow, _port = start_validate_on_slow_provider(qtbot, make_dialog, serve, server_cert)
    qtbot.mouseClick(dialog.file_radio, LEFT)
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=2_000)
    assert dialog.status.text() == "Stopped."
    slow.release.set()
    qtbot.waitUntil(lambda: slow.answered, timeout=10_000)
    qtbot.wait(200)
    assert dialog.outcomes["url"] is None
    assert not dialog.add_button.isEnabled()


# -- references to what deletes itself on close ------------------------------------------


def test_the_dialogs_pin_box_is_forgotten_once_deleted(
    qtbot: QtBot, make_dialog: Any, serve: Any, tmp_path: Path
) -> None:
    stranger = trustme.CA(organization_name="Stranger to the review").issue_cert(HOST)
    port = serve(nbwss_endpoint(stranger))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    qtbot.mouseClick(dialog.certificate_view.trust_button, LEFT)
    box = dialog.pin_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not isValid(box))
    assert dialog.pin_box is None


@pytest.fixture
def window(qtbot: QtBot, run_coro: Any, registry: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def registered(run_coro: Any, registry: Any, port: int, token: str = TOKEN) -> Any:
    url = f"wss://{HOST}:{port}/nbwss"
    return run_coro(registry.add(EndpointDetails(token, 1, "review", HOST, url)))


def select(window: MainWindow, endpoint_id: str) -> None:
    window.select_endpoint(endpoint_id)
    window.view.setFocus()


def validate_again(window: MainWindow, qtbot: QtBot, endpoint_id: str) -> Any:
    window.commands.certificate_dialog = None
    select(window, endpoint_id)
    window.validate_action.trigger()
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=15_000)
    dialog = window.commands.certificate_dialog
    qtbot.waitExposed(dialog)
    return dialog


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
    return port


def test_the_token_dialog_is_forgotten_once_closed_but_not_a_newer_one(
    window: MainWindow, run_coro: Any, registry: Any, qtbot: QtBot
) -> None:
    entry = registered(run_coro, registry, closed_port())
    window.set_registry(registry)
    select(window, entry.id)
    window.view_token_action.trigger()
    qtbot.waitUntil(lambda: window.commands.token_dialog is not None)
    first = window.commands.token_dialog
    window.view_token_action.trigger()
    qtbot.waitUntil(lambda: window.commands.token_dialog not in (None, first))
    second = window.commands.token_dialog
    assert first is not None and second is not None
    first.close()
    qtbot.waitUntil(lambda: not isValid(first))
    assert window.commands.token_dialog is second
    second.close()
    qtbot.waitUntil(lambda: not isValid(second))
    assert window.commands.token_dialog is None


def test_the_certificate_dialog_and_its_pin_box_are_forgotten_once_closed(
    window: MainWindow, run_coro: Any, registry: Any, qtbot: QtBot, serve: Any
) -> None:
    stranger = trustme.CA(organization_name="Stranger to the window").issue_cert(HOST)
    entry = registered(run_coro, registry, serve(handshake_only(stranger)))
    window.set_registry(registry)
    dialog = validate_again(window, qtbot, entry.id)
    assert dialog.view.trust_button.isVisible()
    qtbot.mouseClick(dialog.view.trust_button, LEFT)
    box = window.commands.pin_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not isValid(box))
    assert window.commands.pin_box is None
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert window.commands.certificate_dialog is None


# -- what Validate again found goes with the endpoint ----------------------------------------


def test_certificates_of_removed_endpoints_are_dropped(
    *,
    window: MainWindow,
    run_coro: Any,
    registry: Any,
    qtbot: QtBot,
    serve: Any,
    server_cert: trustme.LeafCert,
    ca_file: str,
) -> None:
    port = serve(handshake_only(server_cert))
    kept = registered(run_coro, registry, port, "tok-kept-S3CRET")
    doomed = run_coro(
        registry.add(
            EndpointDetails(
                "tok-doomed-S3CRET", 2, "review", "localhost", f"wss://localhost:{port}/"
            )
        )
    )
    window.ca_file = ca_file
    window.set_registry(registry)
    for endpoint_id in (kept.id, doomed.id):
        validate_again(window, qtbot, endpoint_id).close()
    assert set(window.commands.certificates) == {kept.id, doomed.id}

    run_coro(registry.remove([doomed.id]))
    assert set(window.commands.certificates) == {kept.id}
