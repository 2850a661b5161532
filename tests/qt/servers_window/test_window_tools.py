"""What the WebSocket Servers window gives an administrator beyond the list (SPEC §3.1): a
filter, sorting within groups, a details pane, Test connection, a group tooltip in step with
its cell, and a window that hides to the tray when `monitor` keeps the connections."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.settings import Settings
from nbwss_gui.ui.demo.demo_window import DemoRun
from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.main_window import MainWindow

WAIT_MS = 15_000
TOOLTIP = Qt.ItemDataRole.ToolTipRole
SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)
FAST = Settings(connect_timeout=2.0, connect_response_timeout=2.0, connection_period=1.0)
ENDPOINTS = [
    ("backup-east", 1, "east-a.cloud.example.com"),
    ("backup-east", 2, "east-b.cloud.example.com"),
    ("backup-east", 3, "east-c.cloud.example.com"),
    ("backup-west", 1, "west-a.cloud.example.com"),
    ("backup-west", 5, "west-b.cloud.example.com"),
]


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def window(qtbot: Any, run_coro: Any, registry: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def ids(window: MainWindow, run_coro: Any, registry: Any) -> dict[str, str]:
    found = {}
    for group, priority, host in ENDPOINTS:
        details = EndpointDetails(f"tok-{host}", priority, group, host, f"wss://{host}/nbwss")
        found[host] = run_coro(registry.add(details)).id
    window.set_registry(registry)
    return found


def hosts_in(window: MainWindow, group_row: int, shown_only: bool = False) -> list[str]:
    model, view = window.model, window.view
    group = model.index(group_row, 0)
    return [
        model.index(row, 0, group).data()
        for row in range(model.rowCount(group))
        if not (shown_only and view.isRowHidden(row, group))
    ]


def test_the_filter_keeps_matching_endpoints_and_their_groups(
    window: MainWindow, ids: dict[str, str], qtbot: Any, run_coro: Any, registry: Any
) -> None:
    box = window.filter_box
    qtbot.keyClicks(box, "WEST")
    assert hosts_in(window, 0, shown_only=True) == []
    assert window.view.isRowHidden(0, QModelIndex())  # backup-east has nothing left
    assert not window.view.isRowHidden(1, QModelIndex())
    assert hosts_in(window, 1, shown_only=True) == ["west-a.cloud.example.com",
                                                     "west-b.cloud.example.com"]  # fmt: skip
    assert window.count_label.text() == "2 shown of 5 endpoints in 2 groups"
    # State words: a deactivated endpoint is found by its state, as soon as it changes.
    box.setText("deactivated")
    assert hosts_in(window, 0, shown_only=True) == []
    run_coro(registry.set_activated([ids["east-b.cloud.example.com"]], False))
    qtbot.waitUntil(lambda: hosts_in(window, 0, shown_only=True) == ["east-b.cloud.example.com"])
    # Several words: each must be found (the group id included).
    box.setText("east ACTIVATED c.cloud")
    assert hosts_in(window, 0, shown_only=True) == ["east-c.cloud.example.com"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert len(hosts_in(window, 0, shown_only=True)) == 3
    assert window.count_label.text() == "5 endpoints in 2 groups"


def test_sorting_orders_endpoints_within_their_groups_and_is_remembered(  # noqa: PLR0917
    window: MainWindow, ids: dict[str, str], qtbot: Any, run_coro: Any, registry: Any,
    tmp_path: Path,
) -> None:  # fmt: skip
    header = window.view.header()
    assert header.sortIndicatorSection() == Column.PRIORITY  # the default order
    window.view.sortByColumn(Column.HOST_NAME, Qt.SortOrder.DescendingOrder)
    assert window.model.group_ids() == ["backup-east", "backup-west"]
    assert hosts_in(window, 0) == ["east-c.cloud.example.com", "east-b.cloud.example.com",
                                   "east-a.cloud.example.com"]  # fmt: skip
    assert hosts_in(window, 1) == ["west-b.cloud.example.com", "west-a.cloud.example.com"]
    # A new endpoint takes its sorted place.
    run_coro(registry.add(EndpointDetails("tok-d", 9, "backup-east", "east-d.cloud.example.com",
                                          "wss://east-d.cloud.example.com/nbwss")))  # fmt: skip
    qtbot.waitUntil(lambda: hosts_in(window, 0)[0] == "east-d.cloud.example.com")
    # By priority, descending: numbers as numbers.
    window.view.sortByColumn(Column.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert hosts_in(window, 1) == ["west-b.cloud.example.com", "west-a.cloud.example.com"]
    assert hosts_in(window, 0)[0] == "east-d.cloud.example.com"
    window.view.sortByColumn(Column.HOST_NAME, Qt.SortOrder.DescendingOrder)

    # The sort and the hidden details pane come back with the window.
    state = tmp_path / "window-state.ini"
    assert not window.restore_layout(state)
    window.details.hide()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show_endpoints(registry.endpoints())
    assert again.restore_layout(state)
    again.show()
    assert again.view.header().sortIndicatorSection() == Column.HOST_NAME
    assert again.view.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert hosts_in(again, 1) == ["west-b.cloud.example.com", "west-a.cloud.example.com"]
    assert again.details.isHidden()

    # A file kept before the list could be sorted names no sort: the default order, not
    # whatever its header state's unused sort indicator says.
    from PySide6.QtCore import QSettings

    old = QSettings(str(state), QSettings.Format.IniFormat)
    old.remove("sortColumn")
    old.remove("sortOrder")
    old.sync()
    third = MainWindow()
    qtbot.addWidget(third)
    third.show_endpoints(registry.endpoints())
    assert third.restore_layout(state)
    assert third.view.header().sortIndicatorSection() == Column.PRIORITY
    assert hosts_in(third, 1) == ["west-a.cloud.example.com", "west-b.cloud.example.com"]


def _group_model() -> Any:
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

    class Endpoint:
        def __init__(self, endpoint_id: str, priority: int, host: str, port: int) -> None:
            self.id, self.priority, self.host_name = endpoint_id, priority, host
            self.group_id, self.url, self.activated = "g", f"wss://{host}:{port}/ws", True
            self.changed_at = None

    model = EndpointModel()
    model.set_endpoints([Endpoint("a" * 32, 1, "127.0.0.1", 40655),
                         Endpoint("b" * 32, 2, "west-1", 443)])  # fmt: skip
    return model


def test_the_group_tooltip_says_what_its_cell_says_and_names_each_host_once(
    qtbot: Any,
) -> None:
    from nbwss_gui.ui.servers_window.endpoint_tree import EndpointTree

    model = _group_model()
    now = [1_000.0]
    model.clock = lambda: now[0]
    first = "127.0.0.1:40655 rejected the WebSocket upgrade (HTTP 503)"
    # What the engine says of the group: the host twice, the other unnamed.
    engine_words = (
        f"no connection: every activated endpoint failed; 127.0.0.1: {first} (and 1 more)"
    )
    model.apply_connection_updates(
        [EndpointStatus("a" * 32, "g", S.RETRYING, first, "upgrade", 990.0, 1_005.0),
         EndpointStatus("b" * 32, "g", S.FAILED, "west-1:443 timed out", "timeout", 990.0)],
        [GroupStatus("g", S.RETRYING, None, engine_words, 990.0, 1_005.0)],
    )  # fmt: skip
    view = EndpointTree()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    cell = model.index(0, Column.CONNECTION_STATE)
    tip = cell.data(TOOLTIP)
    assert "127.0.0.1: 127.0.0.1" not in tip
    assert f"every activated endpoint failed; {first} (and west-1:443 timed out)" in tip
    assert cell.data().startswith("RETRYING in 5 s") and "RETRYING in 5 s" in tip
    # Shown, the tooltip keeps counting down with its cell.
    where = view.visualRect(cell).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    view.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "RETRYING in 5 s" in QToolTip.text()
    now[0] = 1_002.4
    model.tick()
    assert cell.data().startswith("RETRYING in 3 s")
    assert "RETRYING in 3 s" in QToolTip.text()
    assert cell.data(TOOLTIP) == QToolTip.text()
    # A second later by the clock but before the next tick: the cell and tooltip agree.
    now[0] = 1_003.3
    assert cell.data().split(" — ")[0] in cell.data(TOOLTIP)
    QToolTip.hideText()
    view.hide()


@pytest.fixture
def demo(qtbot: Any, run_coro: Any) -> Any:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    run = DemoRun(window, command_interval=None)
    assert run_coro(run.start(), timeout=WAIT_MS) is None
    yield window, run
    run_coro(window.connections.close(), timeout=WAIT_MS)
    run_coro(run.stop(), timeout=WAIT_MS)


def test_test_connection_runs_every_step_with_the_token_on_a_sandbox_endpoint(
    demo: Any, qtbot: Any, run_coro: Any, artifacts_dir: Path
) -> None:
    from nbwss_gui.services.connection_probe import STEP_NAMES

    window, run = demo
    east_1 = run.setup.endpoint_ids["east-1"]
    token = run.sandbox.endpoint("east-1").token
    window.select_endpoint(east_1)
    assert window.test_commands.test_action.isEnabled()
    assert window.test_commands.test_action in window.window_actions.menu_actions
    window.test_commands.test_action.trigger()
    dialog = window.test_commands.test_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.passed is not None, timeout=WAIT_MS)
    assert dialog.passed, dialog.outcome.text()
    steps = [dialog.steps.topLevelItem(i).text(0) for i in range(dialog.steps.topLevelItemCount())]
    assert steps == list(STEP_NAMES)
    assert "accepted the token" in dialog.outcome.text()
    shown = [dialog.steps.topLevelItem(i).text(1) for i in range(len(steps))]
    assert all(token not in text for text in [*shown, dialog.outcome.text()])
    dialog.grab().save(str(artifacts_dir / "test-connection-passed.png"))
    assert "the connection test passed" in window.statusBar().currentMessage()
    dialog.reject()


def test_details_show_the_full_error_and_history_and_test_connection_stops_at_the_failure(
    window: MainWindow, qtbot: Any, run_coro: Any, registry: Any, artifacts_dir: Path
) -> None:
    port = closed_port()
    entry = run_coro(registry.add(EndpointDetails("tok-down", 1, "g", "down-1",
                                                  f"wss://127.0.0.1:{port}/nbwss")))  # fmt: skip
    window.set_registry(registry)
    window.connections.start(registry, FAST)
    try:
        qtbot.waitUntil(lambda: window.model.last_error(entry.id) != "", timeout=WAIT_MS)
        full = window.model.last_error(entry.id)
        assert f"127.0.0.1:{port}" in full
        assert window.details.text().startswith("Select one endpoint")
        window.select_endpoint(entry.id)
        qtbot.waitUntil(lambda: window.details.endpoint_id == entry.id)
        text = window.details.text()
        assert f"Last error: {full}" in text
        assert "State history" in text and "CONNECTING" in text
        assert text.index("State history") < text.rindex("CONNECTING")
        assert "Validate again (Ctrl+Shift+V)" in text  # no certificate was ever read
        window.details.grab().save(str(artifacts_dir / "details-pane-failed.png"))

        window.test_commands.test_action.trigger()
        dialog = window.test_commands.test_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.passed is not None, timeout=WAIT_MS)
        assert dialog.passed is False
        assert dialog.steps.topLevelItem(dialog.steps.topLevelItemCount() - 1).text(0) == "TCP"
        assert "failed at TCP" in dialog.outcome.text()
        dialog.reject()
        # A group row: its roll-up in full, which its cell may cut.
        group = window.model.index(0, 0)
        window.view.selectionModel().setCurrentIndex(group, SELECT_ROW)
        qtbot.waitUntil(lambda: window.details.text().startswith("Server group g"))
        # Between two tries (the group is not CONNECTING at that moment).
        qtbot.waitUntil(lambda: full in window.model.group_rollup("g"), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.model.group_rollup("g") in window.details.text())
        # Named once: by its host name, then the reason with the address it tried.
        assert f"down-1: {full}" in window.model.group_rollup("g")
    finally:
        run_coro(window.connections.close(), timeout=WAIT_MS)


def test_details_show_the_certificate_validate_again_read(
    demo: Any, qtbot: Any, run_coro: Any, artifacts_dir: Path
) -> None:
    window, run = demo
    east_1 = run.setup.endpoint_ids["east-1"]
    window.select_endpoint(east_1)
    window.validate_action.trigger()
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=WAIT_MS)
    window.commands.certificate_dialog.reject()
    info = window.commands.certificates[east_1]
    qtbot.waitUntil(lambda: info.sha256 in window.details.text())
    text = window.details.text()
    assert info.issuer in text
    assert "Trusted by" in text and "extra CA file" in text  # the demo's CA, not the system's
    assert "days left" in text
    window.details.grab().save(str(artifacts_dir / "details-pane-certificate.png"))


def test_beside_a_monitor_the_title_bar_close_hides_to_the_tray_and_quit_quits(
    qtbot: Any, run_coro: Any, registry: Any, config_path: Path
) -> None:
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.ownership import OwnerLock
    from nbwss_gui.services.profile import ProfileService
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore
    from nbwss_gui.ui.servers_window.profile_link import ProfileLink

    folder = config_path.parent
    url = f"wss://127.0.0.1:{closed_port()}/m"
    entry = run_coro(registry.add(EndpointDetails("tok-m", 1, "g1", "kept-1", url)))
    monitor_lock = OwnerLock(folder)
    assert monitor_lock.try_acquire()
    monitor = ProfileService(Registry(ConfigStore(config_path), TokenStore()), role="monitor",
                             folder=folder)  # fmt: skip
    monitor.start()
    run_coro(monitor.serve())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_registry(registry)
    lock = OwnerLock(folder)
    assert not lock.try_acquire()
    link = ProfileLink(window, folder, lock)
    try:
        run_coro(link.start())
        qtbot.waitUntil(lambda: window.connections.attached, timeout=5_000)
        # The details pane's history comes from the owner's states, as this window got them.
        window.select_endpoint(entry.id)
        qtbot.waitUntil(lambda: "CONNECTING" in window.details.text(), timeout=WAIT_MS)
        # No tray host offscreen: what the Tray sets when its icon shows.
        window.tray_shown = True
        window.windowHandle().close()  # as the title bar's close button does
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.connections.attached  # still showing the owner's states
        # Hidden, not closed: it still follows the registry.
        run_coro(registry.set_activated([entry.id], False))
        state = window.model.index_of(entry.id, Column.STATE)
        qtbot.waitUntil(lambda: state.data() == "DEACTIVATED")
        window.bring_to_front()  # the tray's Show
        qtbot.waitUntil(window.isVisible)
        assert window.stays_in_tray()
        window.close()  # Quit (the menu's, the tray's, a stop signal)
        assert not window.isVisible()
        assert window.quitting
    finally:
        run_coro(window.connections.close(), timeout=WAIT_MS)
        run_coro(link.close(), timeout=WAIT_MS)
        run_coro(monitor.close(), timeout=WAIT_MS)
        monitor_lock.release()
