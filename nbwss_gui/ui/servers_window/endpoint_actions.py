"""What a person can do to endpoints in the WebSocket Servers window (SPEC §3.1), and how.

New, Remove, Activate, Deactivate, Validate again (with the pin of an untrusted certificate),
View token and Quit: the handler that carries each out through the registry, on the QAction
that `window_actions` made (its words, shortcut and icon, shown from the first paint). The
window owns the list and the selection; this module acts on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nbwss_gui.ui.servers_window.validate_actions import ValidateActions
from nbwss_gui.ui.widgets.message_boxes import name_buttons

if TYPE_CHECKING:
    from nbwss_gui.ui.server_dialog.token_view import TokenDialog
    from nbwss_gui.ui.servers_window.action_host import ActionHost
    from nbwss_gui.ui.servers_window.window_actions import WindowActions

# How many endpoints the Remove confirmation names before it says "…and N more".
NAMED_IN_CONFIRMATION = 15


class EndpointActions(ValidateActions):
    """New, Remove, Activate, Deactivate, Validate again, View token and Quit (of `actions`),
    kept enabled according to the selection. `window` is what they act through; `widget` the
    window's widget, parent of their dialogs."""

    def __init__(self, window: ActionHost, widget: QWidget, actions: WindowActions) -> None:
        super().__init__(window, widget)
        # The latest confirmation and dialogs, for the keyboard and for tests; each goes back
        # to None when its widget is deleted (they delete themselves on close).
        self.confirm_box: QMessageBox | None = None
        self.token_dialog: TokenDialog | None = None
        self.edit_dialog: QDialog | None = None
        self.new_action = actions.new_action
        self.remove_action = actions.remove_action
        self.activate_action = actions.activate_action
        self.deactivate_action = actions.deactivate_action
        self.validate_action = actions.validate_action
        self.edit_action = actions.edit_action
        self.view_token_action = actions.view_token_action
        self.quit_action = actions.quit_action
        self.endpoint_actions = actions.endpoint_actions
        for action, slot in (
            (self.new_action, self.new_endpoint),
            (self.remove_action, self.remove_selected),
            (self.activate_action, self.activate_selected),
            (self.deactivate_action, self.deactivate_selected),
            (self.validate_action, self.validate_selected),
            (self.edit_action, self.edit_selected),
            (self.view_token_action, self.view_token),
        ):
            action.triggered.connect(slot)

    def update(self) -> None:
        """Enable what the selection allows."""
        window = self.window
        ready = window.registry is not None
        selected = window.selected_endpoints() if ready else []
        single = window.single_endpoint() if ready else None
        self.new_action.setEnabled(ready)
        self.remove_action.setEnabled(bool(selected))
        self.activate_action.setEnabled(any(not e.activated for e in selected))
        self.deactivate_action.setEnabled(any(e.activated for e in selected))
        self.validate_action.setEnabled(single is not None)
        self.view_token_action.setEnabled(single is not None)
        self.edit_action.setEnabled(single is not None)
        self._forget_removed_certificates()

    def edit_selected(self) -> None:
        from nbwss_gui.ui.servers_window.edit_dialog import EditDialog

        endpoint = self.window.single_endpoint()
        if endpoint is None:
            return
        dialog = EditDialog(
            endpoint.host_name, endpoint.url, endpoint.priority, endpoint.activated, self.widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._remember("edit_dialog", dialog)
        endpoint_id = endpoint.id

        def decided(result: int) -> None:
            if result == EditDialog.DialogCode.Accepted:
                priority, activated = dialog.priority.value(), dialog.activated.isChecked()
                self.window.start(self._edit(endpoint_id, priority, activated), "edit")

        dialog.finished.connect(decided)
        self.window.keep(dialog)
        dialog.open()

    async def _edit(self, endpoint_id: str, priority: int, activated: bool) -> None:
        from nbwss_gui.services.registry import RegistryError

        window = self.window
        if window.registry is None:
            return
        try:
            entry = await window.registry.edit(endpoint_id, priority=priority, activated=activated)
        except RegistryError as exc:
            window.report_error(
                QCoreApplication.translate("EndpointActions", "The endpoint was not changed"),
                exc.message,
            )
            return
        window.say(
            QCoreApplication.translate(
                "EndpointActions", "{host}: priority {priority}, {state}."
            ).format(host=entry.host_name, priority=entry.priority, state=entry.state)
        )

    def _forget_removed_certificates(self) -> None:
        """Drop what Validate again found for endpoints no longer registered, so that the
        diagnostics bundle describes only endpoints that exist. The window calls update() on
        every change of the registry, a remove that failed half-way included."""
        registry = self.window.registry
        if registry is None or not self.certificates:
            return
        registered = {endpoint.id for endpoint in registry.endpoints()}
        for endpoint_id in self.certificates.keys() - registered:
            del self.certificates[endpoint_id]

    # -- New -----------------------------------------------------------------------------

    def new_endpoint(self) -> None:
        window = self.window
        if window.registry is None:
            return
        from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog

        dialog = EndpointDialog(window.registry, self.widget, ca_file=window.extra_ca_file())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.endpointAdded.connect(self._endpoint_added)
        window.keep(dialog)
        dialog.open()

    def _endpoint_added(self, endpoint_id: str) -> None:
        window = self.window
        window.refresh()
        window.select_endpoint(endpoint_id)
        endpoint = window.model.endpoint_at(window.model.index_of(endpoint_id))
        if endpoint is not None:
            window.say(
                QCoreApplication.translate(
                    "EndpointActions", "Added {host} to group {group}."
                ).format(host=endpoint.host_name, group=endpoint.group_id)
            )

    # -- Remove --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        window = self.window
        chosen = window.selected_endpoints()
        if window.registry is None or not chosen:
            return
        shown = chosen[:NAMED_IN_CONFIRMATION]
        line = QCoreApplication.translate("EndpointActions", "• {host} — {url} (group {group})")
        names = "\n".join(line.format(host=e.host_name, url=e.url, group=e.group_id) for e in shown)
        if len(chosen) > len(shown):
            names += "\n" + QCoreApplication.translate(
                "EndpointActions", "…and {count} more"
            ).format(count=len(chosen) - len(shown))
        question = (
            QCoreApplication.translate("EndpointActions", "Remove 1 endpoint?")
            if len(chosen) == 1
            else QCoreApplication.translate("EndpointActions", "Remove {count} endpoints?").format(
                count=len(chosen)
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("EndpointActions", "Remove endpoints"),
            QCoreApplication.translate(
                "EndpointActions",
                "{question} Their connections are closed and their tokens are deleted from "
                "the keyring.\n\n{names}",
            ).format(question=question, names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setParent(self.widget, box.windowFlags())
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("EndpointActions", "&Remove")
        )
        box.setAccessibleName(QCoreApplication.translate("EndpointActions", "Remove endpoints"))
        name_buttons(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [e.id for e in chosen]
        box.finished.connect(lambda result: self._remove_answered(box, result, ids))
        self.confirm_box = box
        box.open()

    def _remove_answered(self, box: QMessageBox, result: int, ids: list[str]) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        if result == QMessageBox.StandardButton.Yes:
            self.window.start(self._remove(ids), "remove endpoints")

    async def _remove(self, ids: list[str]) -> None:
        from nbwss_gui.services.registry import RegistryError

        window = self.window
        assert window.registry is not None
        with window.keyring_wait():
            try:
                await window.registry.remove(ids)
            except RegistryError as exc:
                window.report_error(
                    QCoreApplication.translate("EndpointActions", "Could not remove"), exc.message
                )
                return
        window.say(
            QCoreApplication.translate("EndpointActions", "Removed 1 endpoint.")
            if len(ids) == 1
            else QCoreApplication.translate("EndpointActions", "Removed {count} endpoints.").format(
                count=len(ids)
            )
        )

    # -- Activate, Deactivate ------------------------------------------------------------

    def activate_selected(self) -> None:
        self._set_activated(True)

    def deactivate_selected(self) -> None:
        self._set_activated(False)

    def _set_activated(self, activated: bool) -> None:
        window = self.window
        ids = [e.id for e in window.selected_endpoints() if e.activated != activated]
        if window.registry is not None and ids:
            window.start(self._change_activated(ids, activated), "set activated")

    async def _change_activated(self, ids: list[str], activated: bool) -> None:
        from nbwss_gui.services.registry import RegistryError

        window = self.window
        assert window.registry is not None
        try:
            await window.registry.set_activated(ids, activated)
        except RegistryError as exc:
            title = (
                QCoreApplication.translate("EndpointActions", "Could not activate")
                if activated
                else QCoreApplication.translate("EndpointActions", "Could not deactivate")
            )
            window.report_error(title, exc.message)
            return
        count = len(ids)
        if activated:
            done = (
                QCoreApplication.translate("EndpointActions", "Activated 1 endpoint.")
                if count == 1
                else QCoreApplication.translate(
                    "EndpointActions", "Activated {count} endpoints."
                ).format(count=count)
            )
        else:
            done = (
                QCoreApplication.translate("EndpointActions", "Deactivated 1 endpoint.")
                if count == 1
                else QCoreApplication.translate(
                    "EndpointActions", "Deactivated {count} endpoints."
                ).format(count=count)
            )
        window.say(done)

    # -- View token ----------------------------------------------------------------------

    def view_token(self) -> None:
        window = self.window
        endpoint = window.single_endpoint()
        if window.registry is not None and endpoint is not None:
            window.start(self._show_token(endpoint.id, endpoint.host_name), "view token")

    async def _show_token(self, endpoint_id: str, host_name: str) -> None:
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.ui.server_dialog.token_view import TokenDialog

        window = self.window
        assert window.registry is not None
        with window.keyring_wait():
            try:
                token = await window.registry.token(endpoint_id)
            except RegistryError as exc:
                window.report_error(
                    QCoreApplication.translate("EndpointActions", "Could not read the token"),
                    exc.message,
                )
                return
        dialog = TokenDialog(token, host_name, self.widget)
        del token
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.keep(dialog)
        self._remember("token_dialog", dialog)
        dialog.open()
