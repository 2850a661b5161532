"""The window's actions on connections and on the application (SPEC §3.1, §4.5, §6.3, §6.4).

Connect now, Message log, Settings and Export diagnostics: the handler that carries each out
through the engine adapter, the registry or the diagnostics service, on the QAction that
`window_actions` made (its words, shortcut and icon, shown from the first paint).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from nbwss_gui.domain.message_log import MessageLog
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.ui.message_log.message_log_view import MessageLogDialog
    from nbwss_gui.ui.servers_window.action_host import ActionHost
    from nbwss_gui.ui.servers_window.window_actions import WindowActions
    from nbwss_gui.ui.settings.settings_dialog import SettingsDialog


class ConnectionActions(QObject):
    """Connect now, Message log, Settings and Export diagnostics (of `actions`) of one window
    (`window`, what they act through; `widget`, the parent of their dialogs)."""

    def __init__(self, window: ActionHost, widget: QWidget, actions: WindowActions) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        # The open dialogs, for the keyboard and for tests.
        self.settings_dialog: SettingsDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.log_dialogs: dict[str, MessageLogDialog] = {}
        self.connect_now_action = actions.connect_now_action
        self.message_log_action = actions.message_log_action
        self.settings_action = actions.settings_action
        self.export_action = actions.export_action
        self.connect_now_action.triggered.connect(self.connect_now)
        self.message_log_action.triggered.connect(self.show_message_log)
        self.settings_action.triggered.connect(self.open_settings)
        self.export_action.triggered.connect(self.export_diagnostics)
        window.connections.endpoints_changed.connect(self._endpoints_changed)

    def update(self) -> None:
        window = self.window
        running = window.connections.engine is not None
        self.connect_now_action.setEnabled(running and window.model.rowCount() > 0)
        self.message_log_action.setEnabled(running and window.single_endpoint() is not None)
        self.settings_action.setEnabled(window.registry is not None)
        self.export_action.setEnabled(True)

    # -- Connect now ---------------------------------------------------------------------------

    def connect_now(self) -> None:
        window = self.window
        selected = window.selected_endpoints()
        groups = sorted({e.group_id for e in selected}) if selected else None
        window.connections.connect_now(groups)
        if groups is None:
            window.say(
                QCoreApplication.translate("ConnectionActions", "Connecting every group now.")
            )
        else:
            names = ", ".join(groups)
            words = (
                QCoreApplication.translate("ConnectionActions", "Connecting now: group {names}.")
                if len(groups) == 1
                else QCoreApplication.translate(
                    "ConnectionActions", "Connecting now: groups {names}."
                )
            )
            window.say(words.format(names=names))

    # -- Message log ---------------------------------------------------------------------------

    def show_message_log(self) -> None:
        from nbwss_gui.ui.message_log.message_log_view import MessageLogDialog

        window = self.window
        endpoint = window.single_endpoint()
        if endpoint is None:
            return
        open_one = self.log_dialogs.get(endpoint.id)
        if open_one is not None:
            open_one.raise_()
            open_one.activateWindow()
            return
        endpoint_id = endpoint.id
        connections = window.connections

        def source() -> MessageLog | None:
            return connections.message_log(endpoint_id)

        dialog = MessageLogDialog(endpoint.host_name, endpoint.url, source, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_dialogs[endpoint_id] = dialog
        dialog.destroyed.connect(lambda *_: self.log_dialogs.pop(endpoint_id, None))
        window.keep(dialog)
        dialog.show()

    def _endpoints_changed(self, endpoint_ids: list[str]) -> None:
        # A batch names up to every endpoint; few have their log open.
        for endpoint_id in self.log_dialogs.keys() & set(endpoint_ids):
            self.log_dialogs[endpoint_id].refresh()

    # -- Settings --------------------------------------------------------------------------------

    def current_settings(self) -> Settings:
        """The settings as saved (the dialog edits those, not the command line's CA file)."""
        from nbwss_gui.domain.settings import Settings

        registry = self.window.registry
        return registry.typed_settings()[0] if registry is not None else Settings()

    def open_settings(self) -> None:
        from nbwss_gui.ui.settings.settings_dialog import SettingsDialog

        window = self.window
        if window.registry is None:
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        settings = self.current_settings()
        dialog = SettingsDialog(settings, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        window.start(self._show_saved_proxy_password(dialog, settings), "read the proxy password")
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        window.keep(dialog)
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog, result: int) -> None:
        from PySide6.QtWidgets import QDialog

        self.settings_dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        saving = self._save_settings(dialog.mapping(), dialog.settings(), dialog.proxy_password())
        self.window.start(saving, "save settings")

    async def _show_saved_proxy_password(self, dialog: SettingsDialog, settings: Settings) -> None:
        """Whether the keyring holds the manual proxy's password: shown as dots, never read."""
        from nbwss_gui.services.proxy import manual_password_entry

        entry = manual_password_entry(settings)
        registry = self.window.registry
        if entry is None or registry is None:
            return
        try:
            await registry.tokens.get(entry)
        except Exception:  # none saved, or no keyring: the field stays empty
            return
        if self.settings_dialog is dialog:
            dialog.proxy_section.show_saved_password()

    async def _save_settings(
        self, mapping: dict[str, str], settings: Settings, password: str | None
    ) -> None:
        from nbwss_gui.services.proxy import save_manual_password
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.services.secrets import SecretStoreError

        window = self.window
        assert window.registry is not None
        if password:
            # The password first: when the keyring refuses it, nothing is saved at all.
            try:
                await save_manual_password(settings, password, window.registry.tokens.set)
            except (SecretStoreError, ValueError) as exc:
                window.report_error(
                    QCoreApplication.translate("ConnectionActions", "The settings were not saved"),
                    QCoreApplication.translate(
                        "ConnectionActions",
                        "The proxy password could not be kept in the keyring: {exc}",
                    ).format(exc=exc),
                )
                return
        try:
            await window.registry.set_settings(mapping)
        except RegistryError as exc:
            window.report_error(
                QCoreApplication.translate("ConnectionActions", "The settings were not saved"),
                exc.message,
            )
            return
        window.connections.update_settings(window.registry.settings_in_force(window.ca_file))
        window.say(
            QCoreApplication.translate(
                "ConnectionActions", "Settings saved; they apply from the next connection attempt."
            )
        )

    # -- Export diagnostics ------------------------------------------------------------------------

    def export_diagnostics(self) -> None:
        # Qt's file dialog and the diagnostics service are loaded when first used, not at
        # start-up.
        from PySide6.QtWidgets import QFileDialog

        from nbwss_gui.services.diagnostics import default_file_name

        dialog = QFileDialog(
            self.widget, QCoreApplication.translate("ConnectionActions", "Export diagnostics")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("ConnectionActions", "Zip files (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(str(Path.home() / default_file_name()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._export_chosen)
        self.export_dialog = dialog
        dialog.open()

    def _export_chosen(self, path: str) -> None:
        self.export_dialog = None
        self.window.start(self._export(Path(path)), "export diagnostics")

    async def _export(self, target: Path) -> None:
        await self.export_to(target)

    async def export_to(self, target: Path) -> Path | None:
        """Write the diagnostics zip to `target` (off the GUI thread); the path, or None."""
        import asyncio

        from PySide6.QtGui import QGuiApplication

        from nbwss_gui.services.diagnostics import DiagnosticsError, export_profile_diagnostics

        window = self.window
        registry = window.registry
        events = list(window.connections.events)
        certificates = window.certificates_shown()
        states = window.connections.state_counts()
        platform = QGuiApplication.platformName()

        def write() -> Path:
            return export_profile_diagnostics(
                target,
                registry,
                events=events,
                certificates=certificates,
                connection_states=states,
                extra={"qtPlatform": platform},
            )

        window.say(
            QCoreApplication.translate("ConnectionActions", "Writing the diagnostics bundle…")
        )
        try:
            written = await asyncio.to_thread(write)
        except DiagnosticsError as exc:
            window.report_error(
                QCoreApplication.translate(
                    "ConnectionActions", "The diagnostics bundle was not written"
                ),
                exc.message,
            )
            return None
        window.say(
            QCoreApplication.translate(
                "ConnectionActions", "Diagnostics saved to {written} (no tokens inside)."
            ).format(written=written)
        )
        return written
