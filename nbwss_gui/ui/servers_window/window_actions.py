"""Every action of the WebSocket Servers window as its menus, toolbar and context menu show it:
text, shortcut, icon and tips, from the first paint on.

What each action does is not here: the modules that carry the actions out (`endpoint_actions`,
`connection_actions`, `connection_test`) are loaded after the first paint and connect to these
actions then (`MainWindow.complete_setup`). Until they do, every action but Quit is disabled;
none of them could run before the registry is attached anyway. The words keep the
translation context of the module that carries the action out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from nbwss_gui.ui.servers_window.action_basics import window_action

SP = QStyle.StandardPixmap


class WindowActions:
    """The window's actions; `widget` is the window, parent of their shortcuts."""

    def __init__(self, widget: QWidget) -> None:
        self.new_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&New…"),
            shortcut="Ctrl+N",
            icon=SP.SP_FileIcon,
            tip=QCoreApplication.translate("EndpointActions", "Register a new endpoint"),
        )
        self.remove_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Remove…"),
            shortcut=QKeySequence.StandardKey.Delete,
            icon=SP.SP_TrashIcon,
            tip=QCoreApplication.translate(
                "EndpointActions", "Remove the selected endpoints and delete their tokens"
            ),
        )
        self.activate_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Activate"),
            shortcut="Ctrl+Shift+A",
            icon=SP.SP_DialogApplyButton,
            tip=QCoreApplication.translate("EndpointActions", "Activate the selected endpoints"),
        )
        self.deactivate_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Deactivate"),
            shortcut="Ctrl+Shift+D",
            icon=SP.SP_MediaPause,
            tip=QCoreApplication.translate("EndpointActions", "Deactivate the selected endpoints"),
        )
        self.validate_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Validate again"),
            shortcut="Ctrl+Shift+V",
            icon=SP.SP_BrowserReload,
            tip=QCoreApplication.translate(
                "EndpointActions", "Check the selected endpoint's TLS certificate again"
            ),
        )
        self.edit_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Edit…"),
            shortcut="F2",
            icon=SP.SP_FileDialogDetailedView,
            tip=QCoreApplication.translate(
                "EndpointActions",
                "Change the selected endpoint's priority or activation (the token stays)",
            ),
        )
        self.view_token_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "View &token…"),
            shortcut="Ctrl+Shift+T",
            icon=SP.SP_FileDialogContentsView,
            tip=QCoreApplication.translate("EndpointActions", "Show the selected endpoint's token"),
        )
        self.quit_action = window_action(
            widget,
            QCoreApplication.translate("EndpointActions", "&Quit"),
            widget.close,
            shortcut=QKeySequence.StandardKey.Quit,
            icon=SP.SP_DialogCloseButton,
            tip=QCoreApplication.translate("EndpointActions", "Quit"),
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.test_action = window_action(
            widget,
            QCoreApplication.translate("ConnectionTest", "&Test connection…"),
            shortcut="Ctrl+Shift+K",
            icon=SP.SP_DialogYesButton,
            tip=QCoreApplication.translate(
                "ConnectionTest",
                "Run the full connection test on the selected endpoint, its token included",
            ),
        )
        self.connect_now_action = window_action(
            widget,
            QCoreApplication.translate("ConnectionActions", "Connect &now"),
            shortcut="Ctrl+Shift+C",
            icon=SP.SP_MediaPlay,
            tip=QCoreApplication.translate(
                "ConnectionActions",
                "Try the selected groups (or every group) now, without waiting for the next retry",
            ),
        )
        self.message_log_action = window_action(
            widget,
            QCoreApplication.translate("ConnectionActions", "&Message log…"),
            shortcut="Ctrl+Shift+L",
            icon=SP.SP_FileDialogDetailedView,
            tip=QCoreApplication.translate(
                "ConnectionActions", "Show the last messages exchanged with the selected endpoint"
            ),
        )
        self.settings_action = window_action(
            widget,
            QCoreApplication.translate("ConnectionActions", "&Settings…"),
            shortcut="Ctrl+,",
            icon=SP.SP_FileDialogInfoView,
            tip=QCoreApplication.translate(
                "ConnectionActions", "Connection settings (nbwss.properties)"
            ),
        )
        self.export_action = window_action(
            widget,
            QCoreApplication.translate("ConnectionActions", "&Export diagnostics…"),
            shortcut="Ctrl+Shift+E",
            icon=SP.SP_DialogSaveButton,
            tip=QCoreApplication.translate(
                "ConnectionActions",
                "Save a zip with versions, configuration (no tokens) and recent states, "
                "for support",
            ),
        )
        # The toolbar's endpoint actions.
        self.endpoint_actions = (
            self.new_action,
            self.remove_action,
            self.activate_action,
            self.deactivate_action,
            self.validate_action,
            self.view_token_action,
        )
        for action in self.handled():
            action.setEnabled(False)  # until what carries it out is there

    def handled(self) -> tuple[QAction, ...]:
        """The actions carried out by the modules loaded after the first paint."""
        return (
            *self.endpoint_actions,
            self.edit_action,
            self.test_action,
            self.connect_now_action,
            self.message_log_action,
            self.settings_action,
            self.export_action,
        )

    @property
    def menu_actions(self) -> list[QAction | None]:
        """The Endpoint menu's actions (and the context menu's), in order; None: a separator.
        Connect now and Message log follow, after a separator (`fill_endpoint_menu`)."""
        return [
            self.new_action,
            self.remove_action,
            None,
            self.activate_action,
            self.deactivate_action,
            None,
            self.validate_action,
            self.test_action,
            self.edit_action,
            self.view_token_action,
        ]
