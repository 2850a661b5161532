"""The WebSocket Servers window in German: its title, menus, toolbar, status bar, column
headers, cells, details pane, tray menu and message log show no English source text of the
.ts, each menu's mnemonics are unique, and at double text size no menu or toolbar text is cut.
Screenshots at 100 % and 200 % go to test-artifacts/ for people to look at.

The words the domain and the services make (connection states, ACTIVATED, group summaries,
notifications) are said in German too; only the engine's reasons taken from a peer or the
operating system (ECONNREFUSED here) stay as they came."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from translation_checks import english_in, mnemonic_letters, repeated_mnemonics, visible_texts

from nbwss_gui.domain import protocol
from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus
from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.message_log import Direction, MessageLog
from nbwss_gui.ui.message_log.message_log_view import MessageLogDialog
from nbwss_gui.ui.servers_window import window_menus
from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.servers_window.tray import Tray

SHOT = Path(__file__).with_name("window_shot.py")
ENDPOINTS = [
    # (group, priority, host)
    ("backup-east", 1, "east-a.cloud.example.com"),
    ("backup-east", 2, "east-b.cloud.example.com"),
    ("backup-west", 1, "west-a.cloud.example.com"),
    ("lab", 0, "lab.cloud.example.com"),
]
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def action_texts(actions: list[QAction]) -> list[str]:
    texts = []
    for action in actions:
        if not action.isSeparator():
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def menus(window: MainWindow) -> dict[str, QMenu]:
    found = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found[action.text()] = menu
    return found


def model_texts(window: MainWindow) -> list[str]:
    model = window.model
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                found.extend(str(index.data(role) or "") for role in ROLES)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    found += [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    return [text for text in found if text]


def widget_texts(window: QWidget) -> list[str]:
    """What the window's widgets say and are named, tooltips included."""
    texts = visible_texts(window)
    for child in window.findChildren(QWidget):
        if child.isVisibleTo(window):
            texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
    return [text for text in texts if text]


@pytest.fixture
def german_window(qtbot: QtBot, german: None, run_coro: Any, registry: Any) -> Iterator[MainWindow]:
    now = time.time()
    ids = {}
    for group, priority, host in ENDPOINTS:
        details = EndpointDetails(f"tok-{host}-S3CRET", priority, group, host, f"wss://{host}/x")
        ids[host] = run_coro(registry.add(details)).id
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_registry(registry)
    window.show_keyring()
    qtbot.waitUntil(window.keyring_label.isVisible)
    east_a, east_b, west_a = (ids[host] for _, _, host in ENDPOINTS[:3])
    window.model.apply_connection_updates(
        [
            EndpointStatus(
                east_a,
                "backup-east",
                S.CONNECTED,
                since=now - 60,
                rtt_ms=4.2,
                certificate_expires=now + 40 * 86_400,
            ),
            EndpointStatus(east_b, "backup-east", S.STANDBY, since=now - 60),
            EndpointStatus(west_a, "backup-west", S.RETRYING, "ECONNREFUSED", "x", now, now + 9),
        ]
    )
    window.connections.events.append(
        EndpointStatus(west_a, "backup-west", S.RETRYING, "ECONNREFUSED", since=now).to_json()
    )
    window.select_endpoint(west_a)
    window.details.refresh_now()
    yield window
    window.close()


def test_the_window_speaks_german_with_unique_mnemonics(
    qtbot: QtBot, german_window: MainWindow
) -> None:
    window = german_window
    assert window.windowTitle() == "WebSocket-Server — nbwss-gui"
    found = menus(window)
    assert list(found) == ["&Datei", "&Endpunkt", "&Ansicht"]
    texts = widget_texts(window) + model_texts(window)
    for menu in found.values():
        texts += action_texts(menu.actions())
    texts += action_texts(window.toolbar.actions())
    texts += [button.text() for button in window.toolbar.findChildren(QToolButton)]
    texts += [
        window.statusBar().accessibleName(),
        window.count_label.text(),
        window.keyring_label.text(),
        window.filter_box.placeholderText(),
        window.details.windowTitle(),
        window.details.text(),
    ]
    assert english_in(texts) == [], "shown in English"
    assert window.count_label.text() == "4 Endpunkte in 3 Gruppen"
    details = window.details.text()
    assert re.search(r"Verbindung: WIEDERHOLT in \d s — ECONNREFUSED \(seit ", details)
    assert "Statusverlauf (neueste zuerst)" in details
    # Mnemonics: unique in the menu bar and within each menu; every entry has one.
    assert repeated_mnemonics(found) == []
    for title, menu in found.items():
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert repeated_mnemonics(entries) == [], title
        assert sum(mnemonic_letters(entries).values()) == len(entries), title
    # The context menu and the tray's menu, likewise.
    context = QMenu(window)
    window_menus.fill_endpoint_menu(context, window.window_actions)
    entries = [a.text() for a in context.actions() if not a.isSeparator()]
    assert repeated_mnemonics(entries) == [] and english_in(entries) == []
    tray = Tray(window)
    try:
        tray_menu = tray._menu()
        entries = [a.text() for a in tray_menu.actions()]
        assert entries == ["Fenster &anzeigen", "&Jetzt verbinden", "&Beenden"]
    finally:
        tray.close()


def test_a_group_row_and_the_empty_list_speak_german(
    qtbot: QtBot, german_window: MainWindow
) -> None:
    window = german_window
    window.view.setCurrentIndex(window.model.index(2, 0))  # the "lab" group
    window.view.selectionModel().select(
        window.model.index(2, 0),
        window.view.selectionModel().SelectionFlag.ClearAndSelect
        | window.view.selectionModel().SelectionFlag.Rows,
    )
    window.details.refresh_now()
    text = window.details.text()
    assert text.startswith("Servergruppe lab")
    assert "1 Endpunkt, nicht verbunden" in text
    assert english_in([text]) == []
    window.filter_box.setText("east")
    assert window.count_label.text() == "2 angezeigt — 4 Endpunkte in 3 Gruppen"
    window.filter_box.clear()
    window.show_endpoints([])
    assert window.view.hint.startswith("Es sind noch keine Endpunkte registriert.")
    assert window.count_label.text() == "0 Endpunkte in 0 Gruppen"


def test_the_message_log_speaks_german(qtbot: QtBot, german: None, artifacts_dir: Path) -> None:
    log = MessageLog(capacity=20)
    log.event("opened wss://east-a.cloud.example.com/x")
    request = protocol.connect_request("tok-S3CRET")
    log.message(Direction.OUT, request)
    log.message(Direction.IN, protocol.connect_response(request, True))
    dialog = MessageLogDialog("east-a.cloud.example.com", "wss://east-a/x", log)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    texts = [*widget_texts(dialog), dialog.details.placeholderText()]
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        index = model.index(row, 1)  # the direction: ours; the messages are the protocol's
        texts += [index.data(), index.data(Qt.ItemDataRole.ToolTipRole)]
    assert english_in(texts) == [], "shown in English"
    assert dialog.windowTitle() == "Nachrichtenprotokoll — east-a.cloud.example.com"
    assert model.index(1, 1).data() == "→ aus"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "An den Endpunkt gesendet"
    assert repeated_mnemonics(visible_texts(dialog)) == []
    dialog.copy_all()
    assert dialog.status_label.text() == "3 Protokolleinträge kopiert (Token unkenntlich gemacht)."
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "message-log-de.png"))


def check_toolbar(window: MainWindow) -> int:
    """No toolbar button is in the overflow menu, none is narrower than its words; how many
    buttons show words."""
    toolbar = window.toolbar
    extension = [
        b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in extension), "no toolbar button in an overflow menu"
    checked = 0
    for button in toolbar.findChildren(QToolButton):
        if button.isVisible() and button.text() and button not in extension:
            assert button.width() >= button.sizeHint().width(), button.text()
            if toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                checked += 1
    return checked


def test_german_at_double_text_size_cuts_no_menu_or_toolbar_text(
    qtbot: QtBot,
    german: None,
    qapp: QApplication,
    run_coro: Any,
    registry: Any,
    *,
    artifacts_dir: Path,
) -> None:
    previous = QFont(qapp.font())
    font = QFont(previous)
    font.setPointSizeF(previous.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        for group, priority, host in ENDPOINTS:
            details = EndpointDetails("tok-S3CRET", priority, group, host, f"wss://{host}/x")
            run_coro(registry.add(details))
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.set_registry(registry)
        qtbot.wait(50)
        window.grab().save(str(artifacts_dir / "servers-window-de-double-text.png"))
        bar = window.menuBar()
        for action in bar.actions():
            room = bar.actionGeometry(action).width()
            words = bar.fontMetrics().horizontalAdvance(action.text().replace("&", ""))
            assert room >= words, action.text()
        for menu in menus(window).values():
            menu.ensurePolished()
            widest = max(
                menu.fontMetrics().horizontalAdvance(a.text().replace("&", ""))
                for a in menu.actions()
                if not a.isSeparator()
            )
            assert menu.sizeHint().width() > widest
        toolbar = window.toolbar
        check_toolbar(window)
        # Wide enough for the words beside the icons, they show whole.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.resize(toolbar.sizeHint().width() + 40, window.height())
        qtbot.waitUntil(
            lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        qtbot.wait(50)
        window.grab().save(str(artifacts_dir / "servers-window-de-double-text-wide.png"))
        assert check_toolbar(window) >= 8
        # The status bar's counter and the column headers keep their words whole.
        assert window.count_label.width() >= window.count_label.sizeHint().width()
        header = window.view.header()
        metrics = header.fontMetrics()
        for column in list(Column)[:-1]:  # the last one stretches
            words = window.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(words), words
        window.close()
    finally:
        qapp.setFont(previous)


@pytest.mark.parametrize("scale", [1, 2])
def test_the_german_window_at_each_scale(
    artifacts_dir: Path, draw_on_screen: Any, scale: int
) -> None:
    facts = draw_on_screen(SHOT, str(artifacts_dir), "light", "de", scale=scale)
    assert facts["scale"] == scale
    assert facts["title"] == "WebSocket-Server — nbwss-gui"
    assert english_in(facts["headers"] + facts["toolbar_texts"]) == []
    assert "Hostname" in facts["headers"]
    width, height = facts["size"]
    assert width <= 1366 and height <= 768
    assert facts["columns_right"] <= facts["viewport_width"]
    assert not facts["toolbar_overflows"]
    assert facts["toolbar_cut"] == [] and facts["menus_cut"] == []
    assert "Verbindung:" in facts["details_text"]
    for name in (f"servers-window-default-de-light-{scale * 100}.png",):
        assert (artifacts_dir / name).stat().st_size > 0


def test_the_crash_dialog_speaks_german(qtbot: QtBot, german: None, artifacts_dir: Path) -> None:
    from nbwss_gui.ui.widgets.crash_dialog import CrashDialog

    dialog = CrashDialog("ValueError: kaputt", "Traceback …", Path("/tmp/nbwss-gui.log"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_occurrence("KeyError: 'x'", "Traceback …")
    dialog.details_button.setChecked(True)
    texts = widget_texts(dialog)
    assert english_in(texts) == [], "shown in English"
    assert dialog.details_button.text() == "&Details ausblenden"
    assert repeated_mnemonics(visible_texts(dialog)) == []
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "crash-dialog-de.png"))


def test_the_demo_panel_speaks_german(
    qtbot: QtBot, german: None, run_coro: Any, artifacts_dir: Path
) -> None:
    from nbwss_gui.sandbox.server import Sandbox
    from nbwss_gui.ui.demo.demo_panel import DemoPanel

    box = Sandbox(command_interval=None)
    run_coro(box.start())
    panel = DemoPanel(box)
    try:
        qtbot.addWidget(panel)
        panel.resize(460, 560)
        panel.show()
        qtbot.waitExposed(panel)
        row = panel.rows["east-1"]
        row.reject.click()
        assert row.state.text() == "lauscht, lehnt Tokens ab"
        texts = widget_texts(panel)
        assert english_in(texts) == [], "shown in English"
        assert row.start_stop.text() == "Anhalten"
        qtbot.wait(50)
        panel.grab().save(str(artifacts_dir / "demo-panel-de.png"))
    finally:
        panel.shutdown()
        run_coro(box.stop())
