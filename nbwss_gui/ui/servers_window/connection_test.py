"""Test connection: the dialog's full connection test (DNS, TCP, TLS, WebSocket upgrade, token)
run on a registered endpoint from the window, each step shown as it ends.

The token comes from the keyring through the registry, as View token reads it, and goes only
to the endpoint over the verified (or pinned) connection; it is never shown. The test is
services.connection_probe.probe(), the one the WebSocket Server dialog runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from nbwss_gui.ui.servers_window.action_basics import RememberingActions
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.services.connection_probe import ProbeStep
    from nbwss_gui.ui.server_dialog.validation_steps import ValidationSteps
    from nbwss_gui.ui.servers_window.action_host import ActionHost
    from nbwss_gui.ui.servers_window.window_actions import WindowActions

PASSED = QT_TRANSLATE_NOOP(
    "ConnectionTest", "The connection test passed: the endpoint accepted the token."
)


class ConnectionTestDialog(QDialog):
    """The steps of one connection test and its outcome."""

    def __init__(self, host_name: str, url: str, parent: QWidget | None = None) -> None:
        from nbwss_gui.ui.server_dialog.validation_steps import ValidationSteps

        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ConnectionTest", "Test connection — {host}").format(
                host=host_name
            )
        )
        self.setAccessibleName(QCoreApplication.translate("ConnectionTest", "Test connection"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(host_name)}</b><br>{_escape(url)}")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.steps: ValidationSteps = ValidationSteps(self)
        layout.addWidget(self.steps)
        self.outcome = QLabel(
            QCoreApplication.translate("ConnectionTest", "Testing the connection…")
        )
        self.outcome.setAccessibleName(QCoreApplication.translate("ConnectionTest", "Outcome"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passed: bool | None = None  # None while it runs

    def step_done(self, step: ProbeStep) -> None:
        self.steps.add_probe_step(step)
        self.steps.show()

    def finish(self, steps: list[ProbeStep]) -> None:
        failed = next((step for step in steps if not step.ok), None)
        self.passed = failed is None and bool(steps)
        if failed is None:
            self.outcome.setText(QCoreApplication.translate("ConnectionTest", PASSED))
        else:
            self.outcome.setText(
                QCoreApplication.translate(
                    "ConnectionTest", "The connection test failed at {step}: {detail}"
                ).format(step=failed.name, detail=failed.detail)
            )

    def fail(self, message: str) -> None:
        self.passed = False
        self.outcome.setText(message)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


class ConnectionTestActions(RememberingActions):
    """The Test connection action (of `actions`) of one window."""

    def __init__(self, window: ActionHost, widget: QWidget, actions: WindowActions) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self.test_dialog: ConnectionTestDialog | None = None
        self.test_action = actions.test_action
        self.test_action.triggered.connect(self.test_selected)

    def update(self) -> None:
        window = self.window
        self.test_action.setEnabled(
            window.registry is not None and window.single_endpoint() is not None
        )

    def test_selected(self) -> None:
        window = self.window
        endpoint = window.single_endpoint()
        if window.registry is None or endpoint is None:
            return
        dialog = ConnectionTestDialog(endpoint.host_name, endpoint.url, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._remember("test_dialog", dialog)
        window.keep(dialog)
        dialog.open()
        window.start(self._test(dialog, endpoint.id), "test connection")

    async def _test(self, dialog: ConnectionTestDialog, endpoint_id: str) -> None:
        import asyncio

        from nbwss_gui.services.connection_probe import probe
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.services.tls_contexts import TlsContexts
        from nbwss_gui.services.validation import validation_proxies, validation_settings

        window = self.window
        registry = window.registry
        assert registry is not None
        try:
            endpoint = registry.get(endpoint_id)
            with window.keyring_wait():
                token = await registry.token(endpoint_id)
        except RegistryError as exc:
            if isValid(dialog):
                dialog.fail(
                    QCoreApplication.translate(
                        "ConnectionTest", "The test could not start: {message}"
                    ).format(message=say(exc.message))
                )
            return
        settings = validation_settings(registry, window.ca_file)

        def shown(step: ProbeStep) -> None:
            if isValid(dialog):
                dialog.step_done(step)

        task = asyncio.ensure_future(
            probe(
                endpoint,
                token,
                settings,
                contexts=TlsContexts(settings.ca_file),
                on_step=shown,
                proxies=validation_proxies(registry, window.ca_file),
            )
        )
        del token
        # Closing the dialog stops the test (and drops its connection).
        dialog.finished.connect(lambda _result: task.cancel())
        try:
            steps = await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # the window is closing
            return  # the dialog was closed: the test stopped with it
        if isValid(dialog):
            dialog.finish(steps)
        failed = next((step for step in steps if not step.ok), None)
        host = endpoint.host_name
        window.say(
            QCoreApplication.translate(
                "ConnectionTest", "{host}: the connection test passed."
            ).format(host=host)
            if failed is None
            else QCoreApplication.translate(
                "ConnectionTest", "{host}: the connection test failed at {step}."
            ).format(host=host, step=failed.name)
        )
