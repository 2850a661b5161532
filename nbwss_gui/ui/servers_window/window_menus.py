"""Where the WebSocket Servers window's actions are: the File, Endpoint and View menus, the
toolbar, and the context menu (the same as the Endpoint menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QToolBar

from nbwss_gui.ui.servers_window.action_basics import add_tool_buttons
from nbwss_gui.ui.servers_window.window_actions import WindowActions


def build_menus(bar: QMenuBar, actions: WindowActions, details: QDockWidget) -> QAction:
    """The menu bar; the details pane's toggle (in View)."""
    bar.setAccessibleName(QCoreApplication.translate("WindowMenus", "Menu bar"))
    file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    file_menu.addAction(actions.new_action)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings_action)
    file_menu.addAction(actions.export_action)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit_action)
    fill_endpoint_menu(bar.addMenu(QCoreApplication.translate("WindowMenus", "&Endpoint")), actions)
    view_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    details_action = details.toggleViewAction()
    details_action.setText(QCoreApplication.translate("WindowMenus", "&Details pane"))
    details_action.setShortcut(QKeySequence("F9"))
    details_action.setStatusTip(
        QCoreApplication.translate(
            "WindowMenus",
            "Show the selected endpoint's last error, state history and certificate",
        )
    )
    view_menu.addAction(details_action)
    return details_action


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = window.addToolBar(QCoreApplication.translate("WindowMenus", "Endpoint actions"))
    toolbar.setObjectName("endpointToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("WindowMenus", "Endpoint actions"))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    add_tool_buttons(toolbar, actions.endpoint_actions)
    toolbar.addSeparator()
    add_tool_buttons(toolbar, (actions.connect_now_action, actions.message_log_action))
    return toolbar


def fill_endpoint_menu(menu: QMenu, actions: WindowActions) -> None:
    for action in actions.menu_actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.connect_now_action)
    menu.addAction(actions.message_log_action)
