"""The WebSocket Server dialog's face: its panels put together, sized, and what it shows of
each step of Validate. The flow (what runs when, what is kept, what is saved) is
endpoint_dialog.EndpointDialog, built on this.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.server_dialog.add_host import accept_failure_box
from nbwss_gui.ui.server_dialog.certificate_view import CertificateView
from nbwss_gui.ui.server_dialog.dialog_size import fit_scrolling_dialog
from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.server_dialog.server_information import ServerInformation
from nbwss_gui.ui.server_dialog.source_options import SourceOptions
from nbwss_gui.ui.server_dialog.validation_steps import ValidationBar, step_word
from nbwss_gui.ui.widgets.async_tasks import TaskKeeper
from nbwss_gui.ui.widgets.keeping_dialog import KeepingDialog
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.services.connection_probe import ProbeStep
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.validation import CertificateStep

# In English, translated where shown (the dialog's tr(), context "DialogFace"); the steps'
# names are the rows' keys, shown in the window's language by validation_steps.step_word.
TITLE = QT_TRANSLATE_NOOP("DialogFace", "WebSocket Server")
CERTIFICATE_STEP = "Certificate"
CONNECTION_TEST = "Connection test"
VALIDATION_PASSED = QT_TRANSLATE_NOOP("DialogFace", "Validation passed.")
KEYRING_WAIT = QT_TRANSLATE_NOOP("DialogFace", "Waiting for the keyring to unlock…")
# The width the dialog opens with, in average characters: a path, a URL or a DN fits.
OPEN_WIDTH_CHARS = 90


class DialogFace(KeepingDialog):
    """The panels — Select an option, Validate and its steps, Server Information, the
    certificate — the Add Host and Cancel buttons, and the words for each step."""

    def __init__(
        self,
        registry: Registry | None,
        parent: QWidget | None = None,
        *,
        ca_file: str | None = None,
        tasks: TaskKeeper,
    ) -> None:
        super().__init__(parent, tasks=tasks)
        self.registry = registry
        self.ca_file = ca_file
        self._sized = False
        self._keyring_checked = False
        # Why no token could be saved, when the keyring was found missing at open.
        self.keyring_problem: str | None = None
        self.setWindowTitle(self.tr(TITLE))
        self.setAccessibleName(self.tr(TITLE))
        self.setAcceptDrops(True)
        self._build()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.body = body = QWidget(self)
        self.body_layout = column = QVBoxLayout(body)
        self.source = SourceOptions(body)
        column.addWidget(self.source)
        self.validation = ValidationBar(body)
        column.addWidget(self.validation)
        self.information = ServerInformation(body)
        column.addWidget(self.information)
        column.addWidget(self._build_certificate(body))
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tabbing scrolls to each control already; the area itself needs no stop of its own.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_problems = ProblemList(self.tr("Problems saving the endpoint"), self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add Host"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add Host"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.accept_failure = accept_failure_box(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.accept_failure, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.save_problems)
        outer.addWidget(self.buttons)
        self._alias_controls()
        order = [
            *self.source.tab_order(), self.validate_button, self.stop_button, self.steps,
            *self.information.tab_order(), self.certificate_view.values["sha256"],
            self.certificate_view.trust_button, self.accept_failure, self.add_button,
            self.cancel_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.fit_to_contents()

    def _alias_controls(self) -> None:
        """The controls of the panels, by the names the rest of the dialog uses."""
        source, information = self.source, self.information
        self.file_radio, self.url_radio = source.file_radio, source.url_radio
        self.path_edit, self.browse_button = source.path_edit, source.browse_button
        self.url_edit = source.url_edit
        self.file_problems, self.url_problems = source.file_problems, source.url_problems
        self.info_edits = information.edits
        self.field_problems = information.field_problems
        self.token_edit, self.view_button = information.token_edit, information.view_button
        validation = self.validation
        self.validate_button, self.stop_button = validation.validate_button, validation.stop_button
        self.progress, self.status = validation.progress, validation.status
        self.steps = validation.steps

    def _build_certificate(self, parent: QWidget) -> QGroupBox:
        self.certificate_box = box = QGroupBox(self.tr("Certificate"), parent)
        layout = QVBoxLayout(box)
        self.certificate_view = CertificateView(box, offer_pin=True, extra_ca_file=self.ca_file)
        layout.addWidget(self.certificate_view)
        return box

    # -- size --------------------------------------------------------------------------------

    def _open_at_working_size(self) -> None:
        """Open as large as the dialog gets once Validate has shown a certificate and every
        step (within the screen), so that it does not jump when they appear."""
        from nbwss_gui.services.connection_probe import STEP_NAMES

        view = self.certificate_view
        view.form_widget.show()
        view.placeholder.hide()
        for name in ("Provider URL", CERTIFICATE_STEP, *STEP_NAMES):
            self.steps.add_timed(name, (None, "OK"), 0.0)
        try:
            before = self.frameGeometry().center()
            self.fit_to_contents()
            # Still centred where it was placed.
            self.move(self.pos() + before - self.frameGeometry().center())
        finally:
            self.steps.clear_steps()
            view.set_certificate(None)

    def fit_to_contents(self, *, grow_only: bool = False) -> None:
        """As large as the contents want (at any text size), within the screen; with
        `grow_only`, never smaller than now (see fit_scrolling_dialog)."""
        fit_scrolling_dialog(
            self, self.scroll_area, min_width_chars=OPEN_WIDTH_CHARS, grow_only=grow_only
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_contents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Before the first paint: the layouts measure only what is shown.
            self._sized = True
            self._open_at_working_size()
        if not self._keyring_checked and self.registry is not None:
            # Found out now, not at Add Host after Validate.
            self._keyring_checked = True
            self.tasks.start(self._check_keyring(), name="keyring check")

    async def _check_keyring(self) -> None:
        from nbwss_gui.services.secrets import SecretStoreError

        registry = self.registry
        if registry is None:
            return
        try:
            await registry.tokens.usable_backend_name()
        except SecretStoreError as exc:
            self.keyring_problem = self.tr(
                "{message} The details can be checked and validated, but Add Host cannot "
                "save the token."
            ).format(message=say(exc.message))
            self.save_problems.set_problems(error=self.keyring_problem)

    # -- what Validate shows -----------------------------------------------------------------

    def _say(self, text: str, *, busy: bool | None = None) -> None:
        self.validation.say(text, busy=self._busy() if busy is None else busy)

    def _busy(self) -> bool:
        """Whether a step or a save runs (the flow knows)."""
        return False

    def show_certificate_step(self, step: CertificateStep, pinned_sha256: str | None) -> str | None:
        """Show what the certificate step found; None when the connection test may follow,
        else why it does not (for its row)."""
        if step.info is None:
            error = say(step.error) if step.error else self.tr("no certificate")
            self.certificate_view.set_certificate(None, error=error)
            self.steps.add_timed(CERTIFICATE_STEP, (Severity.ERROR, error), step.seconds)
            if step.unreachable:
                self._say(
                    self.tr("The endpoint could not be reached. You may add it anyway (below).")
                )
                return self.tr("the endpoint could not be reached (see Certificate).")
            self._say(self.tr("Fix the extra CA file in Settings, then Validate again."))
            return self.tr("the extra CA file cannot be used (see Certificate).")
        self.certificate_view.set_certificate(step.info, pinned_sha256=pinned_sha256)
        verdict = self.certificate_view.verdict
        assert verdict is not None
        self.steps.add_timed(
            CERTIFICATE_STEP, (verdict.severity, say(verdict.summary)), step.seconds
        )
        self.fit_to_contents(grow_only=True)
        if verdict.passes:
            return None
        if verdict.can_pin:
            self._say(
                self.tr(
                    "The certificate is not trusted. Trust it for this endpoint (below) if you "
                    "know it is the right one: the connection test then runs."
                )
            )
            return self.tr(
                "the token is sent only over a trusted connection. Trust this certificate for "
                "the endpoint (Certificate, below) and the test runs with that pin."
            )
        self._say(self.tr("Validation found a problem with the certificate."))
        return self.tr("the certificate is refused (see Certificate).")

    def probe_step_shown(self, host: str, step: ProbeStep) -> None:
        """One step of the connection test ended: its row, and what runs next."""
        from nbwss_gui.services.connection_probe import next_step

        self.steps.add_probe_step(step)
        following = next_step(step.name)
        if step.ok and following is not None:
            self._say(self.testing_words(host, following))
        self.fit_to_contents(grow_only=True)

    def testing_words(self, host: str, step: str) -> str:
        return self.tr("Testing the connection to {host}: {step}…").format(
            host=host, step=step_word(step)
        )

    def show_test_result(self, failed: ProbeStep | None) -> None:
        if failed is None:
            self._say(self.tr(VALIDATION_PASSED))
        else:
            self._say(
                self.tr(
                    "The connection test failed at {step}. Fix it and Validate again, or "
                    "add the endpoint anyway (below)."
                ).format(step=step_word(failed.name))
            )
