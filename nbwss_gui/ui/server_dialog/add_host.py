"""Add Host (SPEC §3.2 step 6): when it may save, and saving, asking first before replacing.

Add Host needs details that passed Validate: a certificate that is trusted (or pinned), and a
connection test that reached the cloud application and had the token accepted. An endpoint
may be down today, so a failed connection test (or one that could not reach the endpoint at
all) can be accepted explicitly, never silently; an untrusted certificate cannot.

An endpoint with the same URL is replaced only after the person says so. What the registry
refuses (keyring locked or missing, config folder not writable) comes back as a message for
the dialog to show inline; nothing the person entered is lost.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from nbwss_gui.ui.widgets.async_tasks import TaskKeeper, failure_words
from nbwss_gui.ui.widgets.message_boxes import replace_question
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.services.registry import Registry


_log = logging.getLogger(__name__)

# Translated where shown, in the "AddHost" context.
ACCEPT_FAILURE_TEXT = QT_TRANSLATE_NOOP(
    "AddHost",
    "Add it an&yway, although the connection test failed (the endpoint may be down today)",
)
ACCEPT_FAILURE_NAME = QT_TRANSLATE_NOOP(
    "AddHost", "Add it anyway, although the connection test failed"
)


@dataclass(frozen=True, slots=True)
class ValidationOutcome:
    """What Validate found, as far as Add Host is concerned."""

    # The certificate step read a certificate (False: the endpoint could not be reached).
    reached: bool
    # That certificate is trusted, or pinned, and not expired.
    certificate_passes: bool
    # The connection test: True passed, False a step failed, None it did not run (yet).
    connection_test: bool | None

    @property
    def failure_acceptable(self) -> bool:
        """Whether to offer saving anyway: the endpoint may only be down today."""
        if not self.reached:
            return True
        return self.certificate_passes and self.connection_test is False

    def allows_adding(self, *, accepted: bool) -> bool:
        """Add Host's rule; `accepted` is the person's explicit "add it anyway"."""
        if self.reached and self.certificate_passes and self.connection_test is True:
            return True
        return accepted and self.failure_acceptable


def accept_failure_box(parent: QWidget) -> QCheckBox:
    """The explicit acceptance of a failed connection test; hidden until one failed."""
    box = QCheckBox(QCoreApplication.translate("AddHost", ACCEPT_FAILURE_TEXT), parent)
    box.setAccessibleName(QCoreApplication.translate("AddHost", ACCEPT_FAILURE_NAME))
    box.setToolTip(
        QCoreApplication.translate(
            "AddHost",
            "The endpoint is saved as it is; the connection engine keeps trying it and shows "
            "why it fails.",
        )
    )
    box.hide()
    return box


class HostSaver(QObject):
    """Saves endpoint details through the registry, one at a time.

    started: the save began (the keyring may now wait for an unlock prompt).
    saved(endpoint id, host name); failed(message for the person).
    """

    started = Signal()
    saved = Signal(str, str)
    failed = Signal(str)

    def __init__(self, registry: Registry, tasks: TaskKeeper, parent: QWidget) -> None:
        super().__init__(parent)
        self.registry = registry
        self.tasks = tasks
        self.saving = False
        self.replace_box: QMessageBox | None = None

    def add(self, details: EndpointDetails, pinned_sha256: str | None) -> None:
        """Save, or first ask whether to replace the endpoint that has the same URL."""
        existing = self.registry.find_by_url(details.url)
        if existing is None:
            self._start(details, pinned_sha256, replace=False)
            return
        parent = self.parent()
        assert isinstance(parent, QWidget)
        self.replace_box = replace_question(
            parent,
            self.tr("Replace the endpoint?"),
            self.tr(
                "An endpoint with the URL {url} is already registered "
                "({host}, group {group}). Replace it?"
            ).format(url=existing.url, host=existing.host_name, group=existing.group_id),
            lambda: self._start(details, pinned_sha256, replace=True),
        )

    def _start(self, details: EndpointDetails, pinned_sha256: str | None, *, replace: bool) -> None:
        self.saving = True
        self.started.emit()
        self.tasks.start(self._save(details, pinned_sha256, replace), name="add endpoint")

    async def _save(
        self, details: EndpointDetails, pinned_sha256: str | None, replace: bool
    ) -> None:
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.services.secrets import SecretStoreError

        try:
            try:
                entry = await self.registry.add(
                    details, pinned_sha256=pinned_sha256, replace=replace
                )
            finally:
                # However it ends (saved, refused, a bug, or cancelled by the dialog closing,
                # the registry taking back what it had begun), the save is over; and before
                # the signals below, whose handlers re-enable Validate and Add Host by it.
                self.saving = False
        except (RegistryError, SecretStoreError) as exc:
            # The services' words, shown as they come.
            self.failed.emit(say(exc.message))
            return
        except Exception as exc:
            # Not a refusal the registry foresaw: the dialog says so where the person looks,
            # the log keeps the traceback.
            _log.error("saving the endpoint %s failed", details.host_name, exc_info=exc)
            self.failed.emit(
                self.tr(
                    "The endpoint could not be saved: {reason}. Everything entered is kept; "
                    "try Add Host again. The log file has the details."
                ).format(reason=failure_words(exc, [details.token]))
            )
            return
        self.saved.emit(entry.id, entry.host_name)
