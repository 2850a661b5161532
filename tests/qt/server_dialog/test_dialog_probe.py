"""Validate's connection test in the WebSocket Server dialog, against real NBWSS endpoints.

The endpoints are the sandbox's cloud side (wss on 127.0.0.1, run on the Qt loop itself) with
certificates from a private trustme CA that the dialog trusts through its extra CA file.
"""

from __future__ import annotations

import contextlib
import json
import ssl
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.services.connection_probe import STEP_NAMES
from nbwss_gui.ui.server_dialog.add_host import ACCEPT_FAILURE_NAME
from nbwss_gui.ui.server_dialog.endpoint_dialog import (
    CERTIFICATE_STEP,
    CONNECTION_TEST,
    VALIDATION_PASSED,
    EndpointDialog,
)

TOKEN = "probe-dialog-token-90b1e6d25c4f"
HOST = "127.0.0.1"
LEFT = Qt.MouseButton.LeftButton


@contextlib.asynccontextmanager
async def cloud(cert: trustme.LeafCert) -> AsyncIterator[CloudEndpoint]:
    """An NBWSS cloud endpoint that accepts TOKEN (unless told to reject it)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    endpoint = CloudEndpoint(
        "probe", group_id="group-a", priority=1, token=TOKEN, ssl_context=context,
        command_interval=None,
    )  # fmt: skip
    await endpoint.start()
    try:
        yield endpoint
    finally:
        await endpoint.stop()


@pytest.fixture
def validated(
    qtbot: QtBot, qloop: Any, registry: Any, ca_file: str, tmp_path: Path
) -> Callable[[str], EndpointDialog]:
    """A dialog that has loaded details for `url` from a file and run Validate."""

    def make(url: str) -> EndpointDialog:
        path = tmp_path / "endpoint.json"
        details = {"token": TOKEN, "priority": 1, "groupId": "group-a", "hostName": HOST}
        path.write_text(json.dumps({**details, "url": url}, indent=2), encoding="utf-8")
        dialog = EndpointDialog(registry, ca_file=ca_file)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.choose_file(str(path))
        qtbot.waitUntil(lambda: dialog.details() is not None and dialog.step_task is None)
        qtbot.mouseClick(dialog.validate_button, LEFT)
        idle(qtbot, dialog)
        return dialog

    return make


def idle(qtbot: QtBot, dialog: EndpointDialog) -> None:
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=15_000)


def screenshot(qtbot: QtBot, dialog: EndpointDialog, path: Path) -> None:
    # Rows that wrapped resize the list on the next turn of the event loop: let it settle.
    qtbot.wait(50)
    assert dialog.grab().save(str(path))


def rows(dialog: EndpointDialog) -> list[QTreeWidgetItem]:
    steps = dialog.steps
    return [steps.topLevelItem(i) for i in range(steps.topLevelItemCount())]


def row(dialog: EndpointDialog, name: str) -> QTreeWidgetItem:
    [item] = [item for item in rows(dialog) if item.text(0) == name]
    return item


def assert_no_token_shown(dialog: EndpointDialog) -> None:
    for item in rows(dialog):
        assert all(TOKEN not in item.text(column) for column in range(3))
        assert TOKEN not in item.toolTip(1)
    assert TOKEN not in dialog.status.text()


def test_a_good_endpoint_passes_every_step(
    *,
    qtbot: QtBot,
    validated: Callable[[str], EndpointDialog],
    serve: Any,
    server_cert: trustme.LeafCert,
    artifacts_dir: Path,
) -> None:
    endpoint = serve(cloud(server_cert))
    dialog = validated(endpoint.url)

    assert [item.text(0) for item in rows(dialog)] == [CERTIFICATE_STEP, *STEP_NAMES]
    for item in rows(dialog):
        assert item.text(1).startswith("OK: "), item.text(1)
        assert item.text(2).endswith(" ms")
    assert row(dialog, "Token accepted").text(1) == "OK: CONNECT answered valid: true"
    assert row(dialog, "WebSocket upgrade").text(1).startswith("OK: HTTP 101")
    assert dialog.status.text() == VALIDATION_PASSED
    assert dialog.add_button.isEnabled()
    assert not dialog.accept_failure.isVisible()
    assert endpoint.tokens_accepted == 1
    # The test connection is closed once it has proved the token.
    qtbot.waitUntil(lambda: endpoint.active == 0, timeout=3_000)
    assert_no_token_shown(dialog)
    # Every row is on screen, none cut off: the list is as tall as its rows.
    last = rows(dialog)[-1]
    assert dialog.steps.visualItemRect(last).bottom() <= dialog.steps.viewport().height()
    screenshot(qtbot, dialog, artifacts_dir / "dialog-connection-test.png")


def test_a_rejected_token_blocks_add_host_until_accepted(
    *,
    qtbot: QtBot,
    validated: Callable[[str], EndpointDialog],
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    artifacts_dir: Path,
) -> None:
    endpoint = serve(cloud(server_cert))
    endpoint.reject_token = True
    dialog = validated(endpoint.url)

    assert [item.text(0) for item in rows(dialog)] == [CERTIFICATE_STEP, *STEP_NAMES]
    token_row = row(dialog, "Token accepted")
    assert token_row.text(1).startswith("Error: ")
    assert "rejected the token" in token_row.text(1)
    assert all(item.text(1).startswith("OK: ") for item in rows(dialog)[:-1])
    assert "failed at Token accepted" in dialog.status.text()
    assert endpoint.tokens_rejected == 1
    assert_no_token_shown(dialog)

    accept = dialog.accept_failure
    assert accept.isVisible() and not accept.isChecked()
    assert accept.accessibleName() == ACCEPT_FAILURE_NAME
    assert not dialog.add_button.isEnabled()
    screenshot(qtbot, dialog, artifacts_dir / "dialog-connection-test-failed.png")

    qtbot.mouseClick(accept, LEFT)
    assert dialog.add_button.isEnabled()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000) as added:
        qtbot.mouseClick(dialog.add_button, LEFT)
    assert registry.get(added.args[0]).url == endpoint.url


def test_validating_again_after_a_failure_starts_afresh(
    *,
    qtbot: QtBot,
    validated: Callable[[str], EndpointDialog],
    serve: Any,
    server_cert: trustme.LeafCert,
) -> None:
    endpoint = serve(cloud(server_cert))
    endpoint.reject_token = True
    dialog = validated(endpoint.url)
    qtbot.mouseClick(dialog.accept_failure, LEFT)
    endpoint.reject_token = False
    qtbot.mouseClick(dialog.validate_button, LEFT)
    idle(qtbot, dialog)
    assert [item.text(1)[:3] for item in rows(dialog)] == ["OK:"] * 6
    assert not dialog.accept_failure.isVisible() and not dialog.accept_failure.isChecked()
    assert dialog.add_button.isEnabled()


def test_an_untrusted_certificate_waits_for_the_pin_then_tests_with_it(
    *,
    qtbot: QtBot,
    validated: Callable[[str], EndpointDialog],
    serve: Any,
    registry: Any,
    artifacts_dir: Path,
) -> None:
    stranger = trustme.CA(organization_name="Not in any trust store").issue_cert(HOST)
    endpoint = serve(cloud(stranger))
    dialog = validated(endpoint.url)

    assert [item.text(0) for item in rows(dialog)] == [CERTIFICATE_STEP, CONNECTION_TEST]
    skipped = row(dialog, CONNECTION_TEST).text(1)
    assert skipped.startswith("Skipped: the token is sent only over a trusted connection")
    assert endpoint.tokens_accepted == endpoint.tokens_rejected == 0
    assert not dialog.accept_failure.isVisible()
    assert not dialog.add_button.isEnabled()
    screenshot(qtbot, dialog, artifacts_dir / "dialog-connection-test-untrusted.png")

    qtbot.mouseClick(dialog.certificate_view.trust_button, LEFT)
    box = dialog.pin_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    [trust] = [b for b in box.buttons() if b.text() == "&Trust"]
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: dialog.steps.topLevelItemCount() == 1 + len(STEP_NAMES))
    idle(qtbot, dialog)
    assert [item.text(0) for item in rows(dialog)] == [CERTIFICATE_STEP, *STEP_NAMES]
    assert row(dialog, CERTIFICATE_STEP).text(1).startswith("OK: Trusted for this endpoint")
    assert "matches the pinned fingerprint" in row(dialog, "TLS").text(1)
    assert all(item.text(1).startswith("OK: ") for item in rows(dialog))
    assert endpoint.tokens_accepted == 1
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.endpointAdded, timeout=10_000) as added:
        qtbot.mouseClick(dialog.add_button, LEFT)
    assert registry.get(added.args[0]).pinned_sha256 == dialog.pinned_sha256


def test_stop_during_the_connection_test(
    *,
    qtbot: QtBot,
    validated: Callable[[str], EndpointDialog],
    serve: Any,
    server_cert: trustme.LeafCert,
    registry: Any,
    ca_file: str,
    tmp_path: Path,
) -> None:
    endpoint = serve(cloud(server_cert))
    endpoint.frozen = True  # TLS completes, the upgrade is never answered
    path = tmp_path / "frozen.json"
    details = {"token": TOKEN, "priority": 1, "groupId": "g", "hostName": HOST}
    path.write_text(json.dumps({**details, "url": endpoint.url}), encoding="utf-8")
    dialog = EndpointDialog(registry, ca_file=ca_file)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.details() is not None and dialog.step_task is None)
    qtbot.mouseClick(dialog.validate_button, LEFT)
    qtbot.waitUntil(lambda: "WebSocket upgrade" in dialog.status.text(), timeout=5_000)
    assert dialog.stop_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, LEFT)
    idle(qtbot, dialog)
    assert dialog.status.text() == "Stopped."
    assert not dialog.add_button.isEnabled()
    assert not dialog.accept_failure.isVisible()
    assert dialog.validate_button.isEnabled()
    endpoint.frozen = False
