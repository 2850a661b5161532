"""Where the WebSocket Servers window's actions are: the File, Endpoint and View menus, the
toolbar, and the context menu (the same as the Endpoint menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QToolBar

from nbwss_gui.ui.servers_window.action_basics import add_tool_buttons
from nbwss_gui.ui.servers_window.connection_actions import ConnectionActions
from nbwss_gui.ui.servers_window.endpoint_actions import EndpointActions


def build_menus(
    bar: QMenuBar,
    commands: EndpointActions,
    connection_commands: ConnectionActions,
    details: QDockWidget,
) -> QAction:
    """The menu bar; the details pane's toggle (in View)."""
    bar.setAccessibleName(QCoreApplication.translate("WindowMenus", "Menu bar"))
    file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    file_menu.addAction(commands.new_action)
    file_menu.addSeparator()
    file_menu.addAction(commands.quit_action)
    connection_commands.add_to_file_menu(file_menu, commands.quit_action)
    fill_endpoint_menu(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&Endpoint")),
        commands,
        connection_commands,
    )
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


def build_toolbar(
    window: QMainWindow, commands: EndpointActions, connection_commands: ConnectionActions
) -> QToolBar:
    toolbar = window.addToolBar(QCoreApplication.translate("WindowMenus", "Endpoint actions"))
    toolbar.setObjectName("endpointToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("WindowMenus", "Endpoint actions"))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    add_tool_buttons(toolbar, commands.endpoint_actions)
    connection_commands.add_to_toolbar(toolbar)
    return toolbar


def fill_endpoint_menu(
    menu: QMenu, commands: EndpointActions, connection_commands: ConnectionActions
) -> None:
    for action in commands.menu_actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    connection_commands.add_to_endpoint_menu(menu)
