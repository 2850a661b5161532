"""Validate again: read an endpoint's certificate anew, show it, and pin it on request.

What Validate again found is kept by endpoint id (`certificates`) for the diagnostics bundle
and the details pane, only for endpoints still registered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from nbwss_gui.ui.servers_window.action_basics import RememberingActions
from nbwss_gui.ui.widgets.translation import say

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog
    from nbwss_gui.ui.servers_window.action_host import ActionHost
    from nbwss_gui.ui.servers_window.columns import EndpointLike


class ValidateActions(RememberingActions):
    """Validate again and the pin of an untrusted certificate, for one window."""

    def __init__(self, window: ActionHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self.pin_box: QMessageBox | None = None
        self.certificate_dialog: CertificateDialog | None = None
        self.certificates: dict[str, CertificateInfo] = {}

    def validate_selected(self) -> None:
        window = self.window
        endpoint = window.single_endpoint()
        if window.registry is not None and endpoint is not None:
            window.start(self._validate(endpoint), "validate again")

    def _proxies(self) -> Proxies | None:
        """The saved proxy settings, the password from the keyring (None: no registry yet)."""
        from nbwss_gui.services.validation import validation_proxies

        registry = self.window.registry
        if registry is None:
            return None
        return validation_proxies(registry, self.window.ca_file)

    def _pinned(self, endpoint: EndpointLike) -> str | None:
        """The endpoint's pin as the registry has it now (it may have changed since listing)."""
        from nbwss_gui.services.registry import RegistryError

        registry = self.window.registry
        try:
            return registry.get(endpoint.id).pinned_sha256 if registry is not None else None
        except RegistryError:
            return getattr(endpoint, "pinned_sha256", None)

    def _registered(self, endpoint_id: str) -> bool:
        from nbwss_gui.services.registry import RegistryError

        registry = self.window.registry
        if registry is None:
            return False
        try:
            registry.get(endpoint_id)
        except RegistryError:
            return False
        return True

    async def _validate(self, endpoint: EndpointLike) -> None:
        from nbwss_gui.services.certificate import ProbeError, probe_certificate
        from nbwss_gui.services.tls import TlsConfigError
        from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog

        window = self.window
        window.say(
            QCoreApplication.translate(
                "ValidateActions", "Checking the certificate of {host}…"
            ).format(host=endpoint.host_name)
        )
        info = None
        error: str | None = None
        try:
            info = await probe_certificate(
                endpoint.url, ca_file=window.extra_ca_file(), proxies=self._proxies()
            )
        except ProbeError as exc:
            error = f"{endpoint.url}: {say(exc.message)}"
        except TlsConfigError as exc:
            error = QCoreApplication.translate(
                "ValidateActions", "The extra CA file cannot be used: {exc}"
            ).format(exc=exc)
        pinned = self._pinned(endpoint)
        if info is None:
            window.say(
                QCoreApplication.translate(
                    "ValidateActions", "Could not check {host}: {error}"
                ).format(host=endpoint.host_name, error=error)
            )
        else:
            # An endpoint removed while its certificate was read gets no entry back.
            if self._registered(endpoint.id):
                self.certificates[endpoint.id] = info
            window.model.set_certificate_expiry(endpoint.id, info.not_after.timestamp())
            window.say(
                QCoreApplication.translate(
                    "ValidateActions", "{host}: {verdict}, {days} days left."
                ).format(
                    host=endpoint.host_name,
                    verdict=_certificate_state(info, pinned),
                    days=info.days_left(),
                )
            )
        dialog = CertificateDialog(
            info,
            self.widget,
            error=error,
            pinned_sha256=pinned,
            offer_pin=info is not None,
            extra_ca_file=window.extra_ca_file(),
        )
        dialog.setWindowTitle(
            QCoreApplication.translate("ValidateActions", "Certificate — {host}").format(
                host=endpoint.host_name
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        endpoint_id, host_name = endpoint.id, endpoint.host_name
        dialog.trustRequested.connect(
            lambda sha256: self._confirm_pin(dialog, endpoint_id, host_name, sha256)
        )
        window.keep(dialog)
        self._remember("certificate_dialog", dialog)
        dialog.open()

    def _confirm_pin(
        self, dialog: CertificateDialog, endpoint_id: str, host_name: str, sha256: str
    ) -> None:
        from nbwss_gui.ui.server_dialog.certificate_view import ask_to_pin

        info = dialog.view.info
        if info is None:
            return

        def trust() -> None:
            self.window.start(self._pin(dialog, endpoint_id, host_name, sha256), "pin")

        self._remember("pin_box", ask_to_pin(dialog, info, host_name, trust))

    async def _pin(
        self, dialog: CertificateDialog, endpoint_id: str, host_name: str, sha256: str
    ) -> None:
        from nbwss_gui.services.registry import RegistryError

        window = self.window
        assert window.registry is not None
        try:
            entry = await window.registry.set_pin(endpoint_id, sha256)
        except RegistryError as exc:
            window.report_error(
                QCoreApplication.translate("ValidateActions", "Could not trust the certificate"),
                exc.message,
            )
            return
        if isValid(dialog):
            dialog.view.set_pinned(entry.pinned_sha256)
        window.say(
            QCoreApplication.translate(
                "ValidateActions",
                "The certificate of {host} is now trusted for this endpoint (pinned).",
            ).format(host=host_name)
        )


def _certificate_state(info: CertificateInfo, pinned: str | None) -> str:
    from nbwss_gui.domain.certificate_verdict import same_fingerprint

    if same_fingerprint(info.sha256, pinned):
        return QCoreApplication.translate("ValidateActions", "certificate matches the pin")
    if pinned:
        return QCoreApplication.translate(
            "ValidateActions", "certificate changed since it was pinned"
        )
    return (
        QCoreApplication.translate("ValidateActions", "certificate trusted")
        if info.trusted
        else QCoreApplication.translate("ValidateActions", "certificate not trusted")
    )
