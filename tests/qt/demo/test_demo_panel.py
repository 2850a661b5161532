"""The DEMO panel (SPEC §6.2) over a real sandbox running on the Qt loop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from nbwss_gui.domain import protocol
from nbwss_gui.sandbox.server import Sandbox
from nbwss_gui.services.tls import client_ssl_context
from nbwss_gui.ui.demo.demo_panel import DemoPanel


@pytest.fixture
def sandbox(run_coro: Any) -> Iterator[Sandbox]:
    box = Sandbox(command_interval=None)
    run_coro(box.start())
    try:
        yield box
    finally:
        run_coro(box.stop())


@pytest.fixture
def panel(qtbot: Any, sandbox: Sandbox) -> Iterator[DemoPanel]:
    widget = DemoPanel(sandbox)
    qtbot.addWidget(widget)
    widget.resize(460, 560)
    widget.show()
    qtbot.waitExposed(widget)
    try:
        yield widget
    finally:
        widget.shutdown()


def test_panel_lists_every_endpoint_with_named_controls(panel: DemoPanel, sandbox: Sandbox) -> None:
    assert "DEMO" in panel.windowTitle()
    assert list(panel.rows) == [e.name for e in sandbox.endpoints]
    for name, row in panel.rows.items():
        assert row.state.text() == "listening"
        assert row.start_stop.accessibleName() == f"Stop {name}"
    for widget in panel.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisible():
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.text()!r}"


def test_toggles_change_the_endpoint_flags(
    qtbot: Any, panel: DemoPanel, sandbox: Sandbox, artifacts_dir: Path
) -> None:
    row = panel.rows["east-1"]
    endpoint = sandbox.endpoint("east-1")

    with qtbot.waitSignal(panel.endpointChanged):
        row.reject.click()
    assert endpoint.reject_token is True
    assert "rejecting tokens" in row.state.text()

    row.freeze.click()
    assert endpoint.frozen is True
    assert row.state.text() == "listening, frozen, rejecting tokens"
    qtbot.wait(50)  # let the layout catch up before the picture
    panel.grab().save(str(artifacts_dir / "demo-panel.png"))

    row.freeze.click()
    row.reject.click()
    assert (endpoint.frozen, endpoint.reject_token) == (False, False)
    assert row.state.text() == "listening"

    # A change made elsewhere (the command line, a test) shows on the buttons too.
    endpoint.frozen = True
    assert row.freeze.isChecked()
    endpoint.frozen = False
    assert not row.freeze.isChecked()


def test_stop_and_start_through_the_panel(
    qtbot: Any, run_coro: Any, panel: DemoPanel, sandbox: Sandbox, artifacts_dir: Path
) -> None:
    row = panel.rows["west-2"]
    endpoint = sandbox.endpoint("west-2")
    port = endpoint.port

    row.start_stop.click()
    qtbot.waitUntil(lambda: not endpoint.listening and row.start_stop.isEnabled())
    assert row.state.text() == "stopped"
    assert row.start_stop.accessibleName() == "Start west-2"
    qtbot.wait(50)
    panel.grab().save(str(artifacts_dir / "demo-panel-stopped.png"))

    row.start_stop.click()
    qtbot.waitUntil(lambda: endpoint.listening and row.start_stop.isEnabled())
    assert endpoint.port == port
    assert row.start_stop.text() == "Stop"


def test_counters_follow_connections(
    qtbot: Any, run_coro: Any, panel: DemoPanel, sandbox: Sandbox
) -> None:
    from websockets.asyncio.client import connect

    endpoint = sandbox.endpoint("east-2")
    row = panel.rows["east-2"]
    assert sandbox.ca_file is not None
    ca_file = sandbox.ca_file

    async def connect_once() -> str:
        async with connect(endpoint.url, ssl=client_ssl_context(ca_file), proxy=None) as ws:
            request = protocol.connect_request(endpoint.token)
            await ws.send(request.encode())
            assert protocol.connect_verdict(protocol.decode(await ws.recv()), request)
            return row.counters.text()

    assert run_coro(connect_once()).startswith("1 connected now")
    qtbot.waitUntil(lambda: row.counters.text().startswith("0 connected now"))
    assert "1 at most at once\n1 accepted" in row.counters.text()


def test_a_failed_start_is_reported(
    qtbot: Any, run_coro: Any, panel: DemoPanel, sandbox: Sandbox
) -> None:
    import socket

    endpoint = sandbox.endpoint("west-1")
    row = panel.rows["west-1"]
    run_coro(endpoint.stop())
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", endpoint.port))
        squatter.listen()
        with qtbot.waitSignal(panel.errorOccurred) as blocker:
            row.start_stop.click()
    assert "west-1 could not start" in blocker.args[0]
    assert panel.status.text() == blocker.args[0]
    qtbot.waitUntil(row.start_stop.isEnabled)
    assert not endpoint.listening and row.start_stop.text() == "Start"


def test_each_endpoint_shows_its_port_and_provider_url_and_copies_it(
    panel: DemoPanel, sandbox: Sandbox, qtbot: Any, artifacts_dir: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    for name, row in panel.rows.items():
        endpoint = sandbox.endpoint(name)
        assert f"port {endpoint.port}" in row.name.text()
        url = sandbox.provider_urls[name]
        assert url.startswith("https://127.0.0.1:") and url in row.provider_url.text()
    qtbot.mouseClick(panel.rows["west-2"].copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == sandbox.provider_urls["west-2"]
    assert "Copied the provider URL of west-2" in panel.status.text()
    panel.grab().save(str(artifacts_dir / "demo-panel.png"))


def test_a_demo_provider_url_loads_in_the_dialog_with_the_demos_ca(
    qtbot: Any, sandbox: Sandbox, registry: Any
) -> None:
    from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog

    dialog = EndpointDialog(registry, ca_file=str(sandbox.ca_file))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.url_radio.click()
    dialog.url_edit.setText(sandbox.provider_urls["east-2"])
    dialog.validate()
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=15_000)
    assert dialog.url_problems.texts() == []
    details = dialog.details()
    assert details is not None and details.url == sandbox.endpoint("east-2").url
    assert dialog.status.text() == "Validation passed."
