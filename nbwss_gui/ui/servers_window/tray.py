"""The system-tray icon (SPEC §3.1): the worst group state at a glance, a menu, and desktop
notifications when a group loses its last connection, fails over, or recovers.

What is worth telling is decided in domain.group_alerts (a grace period for failovers, rate
limits for outages); this module only shows it. Without a tray host (a bare X server, the
offscreen platform) there is no icon, and the notifications are still emitted as `notified`
for whoever listens.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from nbwss_gui.domain.group_alerts import Alert, GroupAlerts, tray_summary, worst_state
from nbwss_gui.ui.widgets import icons
from nbwss_gui.ui.widgets.translation import say

if TYPE_CHECKING:
    from nbwss_gui.domain.connection_state import GroupStatus
    from nbwss_gui.ui.servers_window.main_window import MainWindow

TICK_MS = 1000
SHOWN_MS = 10_000


class Tray(QObject):
    """The tray icon of one window, following its connections."""

    # title, text — every notification, shown or not (there may be no tray host).
    notified = Signal(str, str)

    def __init__(self, window: MainWindow, *, clock: object = time.time) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.alerts = GroupAlerts()
        self.enabled = True
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icons.app_icon(), self)
            self.icon.setContextMenu(self._menu())
            self.icon.activated.connect(self._activated)
            self.icon.setToolTip("nbwss-gui")
            self.icon.show()
        # With an icon to come back through, a window attached to a background owner only
        # hides when its title bar closes it.
        window.tray_shown = self.icon is not None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        window.connections.groups_changed.connect(self.groups_changed)

    def _menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setAccessibleName("nbwss-gui")
        show = QAction(QCoreApplication.translate("Tray", "&Show window"), menu)
        show.triggered.connect(self.window.bring_to_front)
        connect = QAction(QCoreApplication.translate("Tray", "&Connect now"), menu)
        # Not the bound method: `triggered` passes a flag that would read as the group list.
        connect.triggered.connect(lambda: self.window.connections.connect_now())  # noqa: PLW0108
        quit_ = QAction(QCoreApplication.translate("Tray", "&Quit"), menu)
        quit_.triggered.connect(self.window.close)
        for action in (show, connect, quit_):
            menu.addAction(action)
        return menu

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.window.bring_to_front()

    def groups_changed(self, statuses: list[GroupStatus]) -> None:
        now = self._now()
        self.alerts.names = {e.id: e.host_name for e in self.window.model_endpoints()}
        for status in statuses:
            for alert in self.alerts.update(status, now):
                self._tell(alert)
        self.refresh()

    def refresh(self) -> None:
        """The icon and tooltip from the groups' states now."""
        engine = self.window.connections.engine
        groups = list(engine.group_statuses().values()) if engine is not None else []
        self.worst = worst_state(groups)
        self.summary = tray_summary(groups)
        if self.icon is not None:
            self.icon.setIcon(
                icons.state_icon(self.worst) if self.worst is not None else icons.app_icon()
            )
            self.icon.setToolTip(f"nbwss-gui — {say(self.summary)}")

    def _tick(self) -> None:
        for alert in self.alerts.tick(self._now()):
            self._tell(alert)

    def wanted(self) -> bool:
        """Notifications are on here and in Settings (nbwssgui.notifications)."""
        registry = self.window.registry
        if not self.enabled:
            return False
        return registry is None or registry.typed_settings()[0].notifications

    def _tell(self, alert: Alert) -> None:
        if not self.wanted():
            return
        self.notified.emit(say(alert.title), say(alert.text))
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(
                say(alert.title), say(alert.text), QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
            )

    def _now(self) -> float:
        clock = self.clock
        return float(clock()) if callable(clock) else time.time()

    def close(self) -> None:
        self.window.tray_shown = False
        self._timer.stop()
        if self.icon is not None:
            self.icon.hide()
