"""The window shows the engine's states live (SPEC §3.1), against the sandbox on 127.0.0.1.

The real window, the real engine and the real sandbox servers (their own CA, wss endpoints
that speak the cloud side of NBWSS) in the DEMO setup `nbwss-gui --demo` uses; screenshots of
a group failing over are saved for people to look at.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.domain.settings import Settings
from nbwss_gui.ui.demo.demo_window import DemoRun
from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel
from nbwss_gui.ui.servers_window.main_window import MainWindow

WAIT_MS = 15_000
DECORATION = Qt.ItemDataRole.DecorationRole
# Short intervals, so that a frozen endpoint is found dead in about a second.
FAST = Settings(
    keepalive_rate=0.3,
    max_pong_miss=2,
    connect_timeout=3.0,
    connect_response_timeout=2.0,
    connection_period=2.0,
)


def state_of(window: MainWindow, endpoint_id: str) -> str:
    return str(window.model.index_of(endpoint_id, Column.CONNECTION_STATE).data())


def group_text(window: MainWindow, group_id: str) -> str:
    model = window.model
    for row in range(model.rowCount()):
        index = model.index(row, Column.CONNECTION_STATE)
        if model.group_at(index.siblingAtColumn(0)) == group_id:
            return str(index.data())
    raise AssertionError(f"no group {group_id}")


@pytest.fixture
def demo(qtbot: Any, run_coro: Any) -> Any:
    window = MainWindow()
    window.resize(1500, 520)
    window.show()
    run = DemoRun(window, command_interval=None)
    assert run_coro(run.start(), timeout=WAIT_MS) is None
    assert window.windowTitle().startswith("DEMO")
    assert window.registry is not None
    window.connections.start(window.registry, FAST.with_(ca_file=window.ca_file))
    yield window, run
    run_coro(window.connections.close(), timeout=WAIT_MS)
    run_coro(run.stop(), timeout=WAIT_MS)
    window.close()
    window.deleteLater()


def test_a_group_fails_over_and_the_window_shows_it(
    demo: Any, qtbot: Any, run_coro: Any, artifacts_dir: Path
) -> None:
    window, run = demo
    ids = run.setup.endpoint_ids
    east_1, east_2 = ids["east-1"], ids["east-2"]
    qtbot.waitUntil(lambda: state_of(window, east_1) == S.CONNECTED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of(window, east_2) == S.STANDBY, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: group_text(window, "sandbox-east").startswith(S.CONNECTED))
    east_1_url = run.sandbox.endpoint("east-1").url
    assert f"carried by east-1 ({east_1_url})" in group_text(window, "sandbox-east")
    # The demo lists its endpoints by name, as a cloud names its hosts.
    names = [window.model.index_of(i, Column.HOST_NAME).data() for i in ids.values()]
    assert names == ["east-1", "east-2", "west-1", "west-2"]
    # An icon beside the word: a state never rests on colour alone.
    assert window.model.index_of(east_1, Column.CONNECTION_STATE).data(DECORATION) is not None
    # The certificate the connection saw: its expiry date and the days left.
    assert "days left" in str(window.model.index_of(east_1, Column.CERTIFICATE_EXPIRY).data())
    window.grab().save(str(artifacts_dir / "failover-1-before.png"))

    run_coro(run.sandbox.endpoint("east-1").stop(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of(window, east_2) == S.CONNECTED, timeout=WAIT_MS)
    east_2_url = run.sandbox.endpoint("east-2").url
    qtbot.waitUntil(lambda: east_2_url in group_text(window, "sandbox-east"))
    assert state_of(window, east_1) != S.CONNECTED
    last_error = window.model.index_of(east_1, Column.LAST_ERROR).data()
    assert last_error, "the endpoint that went away says why"
    qtbot.wait(1200)  # the columns are fitted again to the states' words
    window.grab().save(str(artifacts_dir / "failover-2-after.png"))

    # Back up: no pre-emption by default, the group stays on east-2.
    run_coro(run.sandbox.endpoint("east-1").start(), timeout=WAIT_MS)
    qtbot.wait(1500)
    assert state_of(window, east_2) == S.CONNECTED
    assert state_of(window, east_1) != S.CONNECTED


def test_token_rejected_and_frozen_endpoints_each_show_their_reason(
    demo: Any, qtbot: Any, run_coro: Any, artifacts_dir: Path
) -> None:
    window, run = demo
    ids = run.setup.endpoint_ids
    west_1, west_2 = ids["west-1"], ids["west-2"]
    qtbot.waitUntil(lambda: state_of(window, west_1) == S.CONNECTED, timeout=WAIT_MS)

    # Frozen: no close, no pongs; dead after the configured misses, the group moves on.
    run.sandbox.endpoint("west-1").frozen = True
    qtbot.waitUntil(lambda: state_of(window, west_2) == S.CONNECTED, timeout=WAIT_MS)
    error = str(window.model.index_of(west_1, Column.LAST_ERROR).data()).lower()
    assert "keep-alive" in error or "pong" in error, error
    run.sandbox.endpoint("west-1").frozen = False

    # The token rejected: with west-2 gone too, west-1 is tried and refused, and says so.
    run.sandbox.endpoint("west-1").reject_token = True
    run_coro(run.sandbox.endpoint("west-2").stop(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "token" in str(window.model.index_of(west_1, Column.LAST_ERROR).data()).lower(),
        timeout=WAIT_MS,
    )
    assert state_of(window, west_1) != S.CONNECTED
    # west-2 back: the group is carried again after its backoff.
    run_coro(run.sandbox.endpoint("west-2").start(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of(window, west_2) == S.CONNECTED, timeout=WAIT_MS)
    window.grab().save(str(artifacts_dir / "failover-3-token-rejected.png"))


def test_deactivating_the_active_endpoint_fails_the_group_over_and_connect_now_retries(
    demo: Any, qtbot: Any, run_coro: Any
) -> None:
    window, run = demo
    ids = run.setup.endpoint_ids
    east_1, east_2 = ids["east-1"], ids["east-2"]
    qtbot.waitUntil(lambda: state_of(window, east_1) == S.CONNECTED, timeout=WAIT_MS)
    window.select_endpoint(east_1)
    window.deactivate_action.trigger()
    qtbot.waitUntil(lambda: state_of(window, east_1) == S.NOT_CONNECTED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of(window, east_2) == S.CONNECTED, timeout=WAIT_MS)

    # Both east endpoints down: the group counts down to its next try; Connect now skips it.
    run_coro(run.sandbox.endpoint("east-2").stop(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: group_text(window, "sandbox-east").startswith(S.RETRYING), timeout=WAIT_MS
    )
    run_coro(run.sandbox.endpoint("east-2").start(), timeout=WAIT_MS)
    window.select_endpoint(east_2)
    assert window.connect_now_action.isEnabled()
    window.connect_now_action.trigger()
    assert window.statusBar().currentMessage() == "Connecting now: group sandbox-east."
    qtbot.waitUntil(lambda: state_of(window, east_2) == S.CONNECTED, timeout=WAIT_MS)


def test_export_diagnostics_from_the_window_holds_no_token(
    demo: Any, qtbot: Any, run_coro: Any, tmp_path: Path
) -> None:
    window, run = demo
    ids = run.setup.endpoint_ids
    qtbot.waitUntil(lambda: state_of(window, ids["east-1"]) == S.CONNECTED, timeout=WAIT_MS)
    target = tmp_path / "support.zip"
    written = run_coro(window.connection_commands.export_to(target), timeout=WAIT_MS)
    assert written == target
    with zipfile.ZipFile(target) as bundle:
        names = set(bundle.namelist())
        assert {"system.json", "config.json", "events.json"} <= names
        events = bundle.read("events.json").decode()
        assert ids["east-1"] in events and "CONNECTED" in events
        blob = b"".join(bundle.read(name) for name in names)
    for endpoint in run.sandbox.endpoints:
        assert endpoint.token.encode() not in blob


def test_the_retrying_countdown_counts_down(qtbot: Any) -> None:
    model = EndpointModel()
    now = [1_000.0]
    model.clock = lambda: now[0]

    class Endpoint:
        id = "a" * 32
        priority = 1
        group_id = "g"
        host_name = "one.example"
        url = "wss://one.example/ws"
        activated = True
        changed_at = None

    model.set_endpoints([Endpoint()])
    model.apply_connection_updates(
        [EndpointStatus(Endpoint.id, "g", S.RETRYING, "refused", "refused", 990.0, 1_005.0)]
    )
    cell = model.index_of(Endpoint.id, Column.CONNECTION_STATE)
    assert cell.data() == "RETRYING in 5 s"
    assert model.waiting()
    with qtbot.waitSignal(model.dataChanged):
        now[0] = 1_002.5
        model.tick()
    assert cell.data() == "RETRYING in 3 s"
    now[0] = 1_006.0
    model.tick()
    assert cell.data() == "RETRYING now"
    model.apply_connection_updates(
        [EndpointStatus(Endpoint.id, "g", S.CONNECTED, since=1_006.0, rtt_ms=12.4)]
    )
    assert not model.waiting()
    assert cell.data() == "CONNECTED"
    assert model.index_of(Endpoint.id, Column.ROUND_TRIP).data() == "12 ms"
    assert model.index_of(Endpoint.id, Column.LAST_ERROR).data() == "refused"
    expiry = model.index_of(Endpoint.id, Column.CERTIFICATE_EXPIRY)
    assert expiry.data() == ""
    model.set_certificate_expiry(Endpoint.id, now[0] + 10.5 * 86_400)
    assert expiry.data().endswith("(10 days left)")
    assert expiry.data(DECORATION) is not None  # under 30 days: a warning icon beside it
    model.set_certificate_expiry(Endpoint.id, now[0] + 400 * 86_400)
    assert expiry.data().endswith("(400 days left)")
    assert expiry.data(DECORATION) is None
    model.set_certificate_expiry(Endpoint.id, now[0] - 86_400)
    assert expiry.data().endswith("(expired)")


def test_the_message_log_of_an_endpoint_follows_its_connection_without_the_token(
    demo: Any, qtbot: Any, run_coro: Any, artifacts_dir: Path
) -> None:
    window, run = demo
    east_1 = run.setup.endpoint_ids["east-1"]
    token = run.sandbox.endpoint("east-1").token
    qtbot.waitUntil(lambda: state_of(window, east_1) == S.CONNECTED, timeout=WAIT_MS)
    window.select_endpoint(east_1)
    assert window.message_log_action.isEnabled()
    window.message_log_action.trigger()
    dialog = window.connection_commands.log_dialogs[east_1]
    qtbot.waitExposed(dialog)
    model = dialog.model
    texts = [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert any("CONNECT" in text for text in texts)
    assert not any(token in text for text in texts)
    rows_before = model.rowCount()
    # The connection ends: the log says so at once, through the window's adapter.
    run_coro(run.sandbox.endpoint("east-1").stop(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.rowCount() > rows_before, timeout=WAIT_MS)
    dialog.grab().save(str(artifacts_dir / "message-log-live.png"))
    dialog.close()


def test_certificates_are_checked_against_the_ca_file_the_settings_name(
    registry: Any, qtbot: Any, run_coro: Any, tmp_path: Path
) -> None:
    window = MainWindow(ca_file="/from/the/command/line.pem")
    qtbot.addWidget(window)
    assert window.extra_ca_file() == "/from/the/command/line.pem"
    window.set_registry(registry)
    assert window.extra_ca_file() == "/from/the/command/line.pem"
    saved = tmp_path / "saved.pem"
    run_coro(registry.set_settings({"nbwssgui.caFile": str(saved)}))
    assert window.extra_ca_file() == str(saved)


def test_settings_saved_from_the_window_reach_the_file_and_the_engine(
    demo: Any, qtbot: Any, run_coro: Any
) -> None:
    from PySide6.QtWidgets import QCheckBox

    window, run = demo
    assert window.settings_action.isEnabled()
    window.settings_action.trigger()
    dialog = window.connection_commands.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    fail_back = dialog.editor("nbwssgui.failBack")
    assert isinstance(fail_back, QCheckBox)
    fail_back.setChecked(True)
    dialog.accept()
    assert window.registry is not None
    qtbot.waitUntil(
        lambda: window.registry.settings().get("nbwssgui.failBack") == "true", timeout=WAIT_MS
    )
    engine = window.connections.engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine.settings.fail_back, timeout=WAIT_MS)
    # The demo's CA file stays in force: the engine still trusts the sandbox.
    assert engine.settings.ca_file == str(run.setup.ca_file)
    assert "Settings saved" in window.statusBar().currentMessage()


def test_closing_the_connections_puts_the_window_back_to_not_connected(
    demo: Any, qtbot: Any, run_coro: Any
) -> None:
    window, run = demo
    east_1 = run.setup.endpoint_ids["east-1"]
    qtbot.waitUntil(lambda: state_of(window, east_1) == S.CONNECTED, timeout=WAIT_MS)
    run_coro(window.connections.close(), timeout=WAIT_MS)
    qtbot.wait(50)  # a flush that was due would have run by now
    assert all(state_of(window, i) == S.NOT_CONNECTED for i in run.setup.endpoint_ids.values())
    assert not window.model.waiting()
    assert not window.connect_now_action.isEnabled()


def test_a_wait_for_the_next_try_is_not_a_last_error(qtbot: Any) -> None:
    model = EndpointModel()

    class Endpoint:
        id = "b" * 32
        priority = 1
        group_id = "g"
        host_name = "two.example"
        url = "wss://two.example/ws"
        activated = True
        changed_at = None

    model.set_endpoints([Endpoint()])
    model.apply_connection_updates(
        [EndpointStatus(Endpoint.id, "g", S.RETRYING, "waiting for the next try", None, 1.0, 9.0)]
    )
    assert model.index_of(Endpoint.id, Column.LAST_ERROR).data() == ""
    model.apply_connection_updates(
        [EndpointStatus(Endpoint.id, "g", S.FAILED, "refused", "refused", 2.0)]
    )
    assert model.index_of(Endpoint.id, Column.LAST_ERROR).data() == "refused"


def test_a_demo_sandbox_that_cannot_start_says_why(
    qtbot: Any, run_coro: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nbwss_gui.sandbox.server import Sandbox, SandboxError

    async def refuse(self: Sandbox) -> None:
        raise SandboxError("no free port on 127.0.0.1")

    monkeypatch.setattr(Sandbox, "start", refuse)
    window = MainWindow()
    qtbot.addWidget(window)
    run = DemoRun(window, command_interval=None)
    assert run_coro(run.start()) == "no free port on 127.0.0.1"
    run_coro(run.stop())
    assert run.setup is None
