"""Draw the WebSocket Servers window at its default size, with the details pane, and save it.

Run in a process of its own, so that the screen (size, scale) and palette are its own:
    python window_shot.py OUT_DIR {light|dark} [LANGUAGE]
with QT_QPA_PLATFORM=offscreen:configfile=… naming a 1366x768 screen at dpr 1 or 2. Prints
one JSON line of what was measured: sizes, whether every column shows, whether the toolbar
overflowed, whether the status message has room.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.widgets.translation import install_translations

NOW = time.time()
HOSTS = [
    ("sandbox-east", 1, "east-1", 40655),
    ("sandbox-east", 2, "east-2", 40656),
    ("sandbox-west", 1, "west-1", 40657),
    ("sandbox-west", 2, "west-2", 40658),
]


def endpoints() -> list[RegisteredEndpoint]:
    return [
        RegisteredEndpoint(
            id=f"{host:0<32}"[:32],
            priority=priority,
            group_id=group,
            host_name=host,
            url=f"wss://127.0.0.1:{port}/nbwss",
            changed_at="2026-12-02T10:00:00+00:00",
        )
        for group, priority, host, port in HOSTS
    ]


def dark(app: QApplication) -> None:
    palette = QPalette(app.palette())
    for role, color in (
        (QPalette.ColorRole.Window, QColor(32, 33, 36)),
        (QPalette.ColorRole.Base, QColor(24, 25, 27)),
        (QPalette.ColorRole.AlternateBase, QColor(40, 41, 44)),
        (QPalette.ColorRole.Button, QColor(45, 46, 50)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
        (QPalette.ColorRole.Text, QColor(230, 230, 230)),
        (QPalette.ColorRole.ButtonText, QColor(230, 230, 230)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ):
        palette.setColor(role, color)
    grey = QColor(120, 120, 120)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    app.setPalette(palette)


def main() -> int:
    out, theme = Path(sys.argv[1]), sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    app = QApplication([])
    if theme == "dark":
        dark(app)
    if language != "en":
        assert install_translations(app, language).language == language
    window = MainWindow()
    listed = endpoints()
    window.show_endpoints(listed)
    east_1, east_2, west_1, west_2 = (e.id for e in listed)
    refused = "127.0.0.1:40657 refused the connection (is the server listening on that port?)"
    statuses = [
        EndpointStatus(
            east_1,
            "sandbox-east",
            S.CONNECTED,
            since=NOW - 60,
            rtt_ms=0.4,
            certificate_expires=NOW + 200 * 86_400,
        ),
        EndpointStatus(
            east_2, "sandbox-east", S.STANDBY, "reachable (checked 12 s ago)", since=NOW - 60
        ),
        EndpointStatus(west_1, "sandbox-west", S.RETRYING, refused, "refused", NOW - 5, NOW + 3),
        EndpointStatus(
            west_2, "sandbox-west", S.FAILED, "127.0.0.1:40658 timed out", "timeout", NOW - 5
        ),
    ]
    groups = [
        GroupStatus("sandbox-east", S.CONNECTED, east_1, "carried by east-1", NOW - 60),
        GroupStatus("sandbox-west", S.RETRYING, None, "no connection", NOW - 5, NOW + 3),
    ]
    for status in statuses:
        window.connections.events.append(
            EndpointStatus(
                status.endpoint_id, status.group_id, S.CONNECTING, "connecting", since=NOW - 70
            ).to_json()
        )
        window.connections.events.append(status.to_json())
    window.model.apply_connection_updates(statuses, groups)
    window.fit_columns()
    window.show()
    window.select_endpoint(west_1)
    for _ in range(5):
        app.processEvents()
    window.details.refresh_now()
    app.processEvents()
    scale = window.devicePixelRatio()
    tag = f"{theme}-{round(scale * 100)}"
    if language != "en":
        tag = f"{language}-{tag}"
    window.grab().save(str(out / f"servers-window-default-{tag}.png"))
    window.details.grab().save(str(out / f"details-pane-{tag}.png"))
    header = window.view.header()
    last = Column.CERTIFICATE_EXPIRY
    extension = [
        b
        for b in window.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button"
    ]
    status = window.statusBar()
    facts = {
        "size": [window.width(), window.height()],
        "scale": scale,
        "columns_right": header.sectionViewportPosition(last) + header.sectionSize(last),
        "viewport_width": window.view.viewport().width(),
        "last_error_width": header.sectionSize(Column.LAST_ERROR),
        "char_width": window.fontMetrics().averageCharWidth(),
        "toolbar_overflows": any(b.isVisible() for b in extension),
        "toolbar_style": int(window.toolbar.toolButtonStyle().value),
        "count_left": window.count_label.geometry().left(),
        "status_width": status.width(),
        "details_text": window.details.text(),
        "group_cell": window.model.index(1, Column.CONNECTION_STATE).data(),
        "toolbar_texts": [
            button.text() for button in window.toolbar.findChildren(QToolButton) if button.text()
        ],
        "toolbar_cut": [
            button.text()
            for button in window.toolbar.findChildren(QToolButton)
            if button.isVisible() and button.width() < button.sizeHint().width()
        ],
        "menus_cut": [
            action.text()
            for action in window.menuBar().actions()
            if window.menuBar().actionGeometry(action).width()
            < window.menuBar().fontMetrics().horizontalAdvance(action.text().replace("&", ""))
        ],
        "title": window.windowTitle(),
        "headers": [
            window.model.headerData(column, Qt.Orientation.Horizontal) for column in Column
        ],
    }
    print(json.dumps(facts))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
