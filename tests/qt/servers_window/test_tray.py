"""The tray's notifications, as the engine's group roll-ups reach the window."""

from __future__ import annotations

from typing import Any

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import GroupStatus
from nbwss_gui.domain.group_alerts import GRACE_S
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.servers_window.tray import Tray

A = RegisteredEndpoint(
    id="a" * 32, priority=1, group_id="east", host_name="east-a.example.com", url="wss://a/"
)
B = RegisteredEndpoint(
    id="b" * 32, priority=2, group_id="east", host_name="east-b.example.com", url="wss://b/"
)


def test_failover_and_outage_notifications(qtbot: Any, run_coro: Any, registry: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_endpoints([A, B])
    window.connections.start(registry, Settings())
    now = [100.0]
    tray = Tray(window, clock=lambda: now[0])
    told: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: told.append((title, text)))
    try:
        adapter = window.connections
        for status in (
            GroupStatus("east", S.CONNECTED, A.id, "carried by east-a"),
            GroupStatus("east", S.CONNECTING, None, "trying east-b"),
            GroupStatus("east", S.CONNECTED, B.id, "carried by east-b"),
        ):
            adapter.on_group(status)
            adapter.flush()
        assert told == [
            (
                "Group east failed over",
                "east-b.example.com now carries group east (was east-a.example.com).",
            )
        ]
        adapter.on_group(GroupStatus("east", S.RETRYING, None, "every endpoint failed"))
        adapter.flush()
        now[0] += GRACE_S
        qtbot.waitUntil(lambda: len(told) == 2, timeout=3_000)
        assert told[1][0] == "Group east lost its connection"
    finally:
        tray.close()
        run_coro(window.connections.close())


def test_notifications_switched_off_in_settings_stay_quiet(
    qtbot: Any, run_coro: Any, registry: Any
) -> None:
    run_coro(registry.set_settings({"nbwssgui.notifications": "false"}))
    window = MainWindow()
    qtbot.addWidget(window)
    window.registry = registry
    window.show_endpoints([A, B])
    window.connections.start(registry, Settings())
    tray = Tray(window, clock=lambda: 100.0)
    told: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: told.append((title, text)))
    try:
        adapter = window.connections
        for status in (
            GroupStatus("east", S.CONNECTED, A.id, "carried by east-a"),
            GroupStatus("east", S.CONNECTED, B.id, "carried by east-b"),
        ):
            adapter.on_group(status)
            adapter.flush()
        assert not tray.wanted()
        assert told == []
        run_coro(registry.set_settings({"nbwssgui.notifications": "true"}))
        assert tray.wanted()
    finally:
        tray.close()
        run_coro(window.connections.close())
