"""The WebSocket Server dialog (SPEC §3.2): load details from a FILE or URL, Validate, Add Host.

Validate reads the endpoint's certificate, then runs the connection test (services.
connection_probe): DNS, TCP, TLS, the WebSocket upgrade and the CONNECT exchange with the token,
one row per step as it ends. An untrusted certificate stops before the test: the token goes only
to an endpoint whose certificate is trusted or pinned, and pinning it runs the test.

Nothing is saved before Add Host. Every problem shows inline, next to what it concerns; the
dialog keeps what the person entered whatever fails. The panels live in their own modules:
`source_options` (FILE or URL), `validation_steps`, `server_information` and
`certificate_view`; `add_host` says when Add Host may save; this one puts them together and
runs the steps.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from shiboken6 import isValid

from nbwss_gui.ui.server_dialog.add_host import HostSaver, ValidationOutcome
from nbwss_gui.ui.server_dialog.certificate_view import ask_to_pin
from nbwss_gui.ui.server_dialog.dialog_face import (
    CERTIFICATE_STEP,
    CONNECTION_TEST,
    KEYRING_WAIT,
    OPEN_WIDTH_CHARS,
    TITLE,
    VALIDATION_PASSED,
    DialogFace,
)
from nbwss_gui.ui.server_dialog.source_options import dropped_files
from nbwss_gui.ui.server_dialog.validation_steps import outcome_result
from nbwss_gui.ui.widgets.async_tasks import OneStep, TaskKeeper, failure_words
from nbwss_gui.ui.widgets.mnemonic_guard import MnemonicGuard
from nbwss_gui.ui.widgets.translation import say

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.connection_probe import ProbeStep
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.sources import LoadOutcome
    from nbwss_gui.ui.server_dialog.several_files import SeveralFilesDialog

__all__ = [
    "CERTIFICATE_STEP",
    "CONNECTION_TEST",
    "KEYRING_WAIT",
    "OPEN_WIDTH_CHARS",
    "TITLE",
    "VALIDATION_PASSED",
    "EndpointDialog",
]


class EndpointDialog(DialogFace):
    endpointAdded = Signal(str)

    def __init__(
        self, registry: Registry, parent: QWidget | None = None, *, ca_file: str | None = None
    ) -> None:
        self.outcomes: dict[str, LoadOutcome | None] = {"file": None, "url": None}
        self.pinned_sha256: str | None = None
        self._pinned_url: str | None = None
        self._refocus = False
        self._validated: EndpointDetails | None = None
        # The certificate step could not reach the endpoint at all.
        self._unreachable = False
        # The connection test: True passed, False a step failed, None not run (yet).
        self._connection_test: bool | None = None
        self.pin_box: QMessageBox | None = None
        # The dialog for several files, once Browse or a drop brought more than one.
        self.several_files: SeveralFilesDialog | None = None
        tasks = TaskKeeper(on_error=self._task_failed)
        self.step = OneStep(
            tasks,
            alive=lambda: isValid(self),
            on_stopped=lambda: self._say(self.tr("Stopped.")),
            on_ended=self._step_ended,
        )
        super().__init__(registry, parent, ca_file=ca_file, tasks=tasks)
        self.saver = HostSaver(registry, self.tasks, self)
        self.saver.started.connect(self._save_started)
        self.saver.failed.connect(self._save_failed)
        self.saver.saved.connect(self._saved)
        self._connect()
        self._details_changed()

    def _connect(self) -> None:
        self.source.fileChosen.connect(self.choose_file)
        self.source.filesChosen.connect(self.choose_files)
        self.source.sourceChanged.connect(self._source_changed)
        self.source.urlEdited.connect(self._url_edited)
        self.validate_button.clicked.connect(self.validate)
        self.stop_button.clicked.connect(self.stop)
        self.add_button.clicked.connect(self._add_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.accept_failure.toggled.connect(self._update)
        self.certificate_view.trustRequested.connect(self._confirm_pin)
        # While a button waits, its Alt key must not type its letter into a field.
        self.mnemonic_guard = MnemonicGuard(
            self,
            [self.add_button, self.validate_button, self.stop_button, self.browse_button],
            say=self._say,
            why=self._why_waiting,
        )

    # -- the source --------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.source.kind

    def details(self) -> EndpointDetails | None:
        outcome = self.outcomes[self.kind]
        return outcome.result.endpoint if outcome and outcome.result else None

    @property
    def file_dialog(self) -> Any:
        return self.source.file_dialog

    def browse(self) -> None:
        self.source.browse()

    def choose_file(self, path: str) -> None:
        self.source.show_file(path)
        self._start_step(self._load("file", path))

    def choose_files(self, paths: list[str]) -> None:
        """One file: read it here. Several: each is read, checked, validated and added
        together in a dialog of its own, opened over this one."""
        from nbwss_gui.ui.server_dialog.several_files import SeveralFilesDialog

        if len(paths) == 1:
            self.choose_file(paths[0])
            return
        assert self.registry is not None
        several = SeveralFilesDialog(self.registry, paths, self, ca_file=self.ca_file)
        several.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        several.endpointAdded.connect(self.endpointAdded)
        several.accepted.connect(self._several_added)
        self.several_files = several
        several.open()

    def _several_added(self) -> None:
        # What this dialog holds was not part of them; only work that was done is kept open.
        if self.work_to_lose() is None:
            self.discard()

    def _source_changed(self) -> None:
        """FILE or URL was chosen: what runs was started for the other one."""
        self.stop()
        self._details_changed()

    def _url_edited(self) -> None:
        # A Validate or fetch still running is for the URL as it was: its outcome must not
        # come back as the details of the URL in the field now.
        self.stop()
        self.outcomes["url"] = None
        self.url_problems.clear()
        self._details_changed()

    async def _load(self, kind: str, source: str) -> LoadOutcome:
        from nbwss_gui.services.sources import load_details

        self._say(
            self.tr("Reading the file…")
            if kind == "file"
            else self.tr("Fetching the endpoint details…")
        )
        outcome = await load_details(source, ca_file=self.ca_file, proxies=self._proxies())
        self.outcomes[kind] = outcome
        problems = outcome.result.problems if outcome.result else ()
        self.source.problems_of(kind).set_problems(problems, error=outcome.error)
        self._details_changed()
        failed = outcome.error or (outcome.result and not outcome.result.ok)
        self._say(
            self.tr("The details have errors; see above.")
            if failed
            else self.tr("The details are valid.")
        )
        self.fit_to_contents(grow_only=True)
        return outcome

    def _details_changed(self) -> None:
        """New details (or none): the last validation no longer applies to them."""
        details = self.details()
        # A pin belongs to the endpoint URL: fetching the same details again keeps it.
        if details is None or self._pinned_url != details.url:
            self.pinned_sha256 = self._pinned_url = None
        self._reset_validation()
        outcome = self.outcomes[self.kind]
        result = outcome.result if outcome else None
        if result is None:
            self.information.show_details(details)
        else:
            self.information.show_details(details, result.problems, result.valid_fields)
        self._update()

    def _reset_validation(self) -> None:
        self._validated = None
        self._unreachable = False
        self._connection_test = None
        self.accept_failure.setChecked(False)
        self.certificate_view.set_certificate(None)
        self.steps.clear_steps()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.choose_files(paths)

    # -- validating --------------------------------------------------------------------------

    def validate(self) -> None:
        self._start_step(self._validate())

    def stop(self) -> None:
        self.step.stop()

    async def _validate(self) -> None:
        self._reset_validation()
        if self.kind == "url":
            began = time.perf_counter()
            outcome = await self._load("url", self.source.url())
            self.steps.add("Provider URL", outcome_result(outcome), began)
        details = self.details()
        if details is None:
            self._say(self.tr("Correct the errors shown above, then Validate again."))
            return
        skipped = await self._check_certificate(details)
        self._validated = details
        self._update()
        if skipped is None:
            await self._test_connection(details)
        else:
            self.steps.add_skipped(CONNECTION_TEST, skipped)
            self.fit_to_contents(grow_only=True)

    async def _check_certificate(self, details: EndpointDetails) -> str | None:
        """Show the certificate; None when the connection test may follow, else why not."""
        from nbwss_gui.services.validation import certificate_step

        self._say(self.tr("Checking the certificate of {host}…").format(host=details.host_name))
        step = await certificate_step(details.url, ca_file=self.ca_file, proxies=self._proxies())
        self._unreachable = step.unreachable
        return self.show_certificate_step(step, self.pinned_sha256)

    async def _test_connection(self, details: EndpointDetails) -> None:
        """The connection test, one row per step as it ends; the token is sent only here."""
        from nbwss_gui.domain.registered import RegisteredEndpoint
        from nbwss_gui.services.connection_probe import STEP_NAMES, probe
        from nbwss_gui.services.tls_contexts import TlsContexts

        host = details.host_name
        self._say(self.testing_words(host, STEP_NAMES[0]))
        endpoint = RegisteredEndpoint.from_details(details, pinned_sha256=self.pinned_sha256)

        def shown(step: ProbeStep) -> None:
            # Closing the dialog stops the probe: reject() cancels the step task, and the
            # probe with it. Only a dialog deleted without reject() (its window gone) is
            # still reported to here while the probe runs out its timeouts.
            if not isValid(self):
                return
            self.probe_step_shown(host, step)

        steps = await probe(
            endpoint,
            details.token,
            self._settings(),
            # The same trust as the certificate step: the extra CA file this window uses.
            contexts=TlsContexts(self.ca_file),
            on_step=shown,
            proxies=self._proxies(),
        )
        failed = next((step for step in steps if not step.ok), None)
        self._connection_test = failed is None
        self.show_test_result(failed)
        self._update()

    def _settings(self) -> Settings:
        """The saved connection settings (timeouts), with this window's extra CA file."""
        from nbwss_gui.services.validation import validation_settings

        return validation_settings(self.registry, self.ca_file)

    def _proxies(self) -> Proxies:
        """The saved proxy settings (Settings > Proxy), the password from the keyring."""
        from nbwss_gui.services.validation import validation_proxies

        return validation_proxies(self.registry, self.ca_file)

    def _confirm_pin(self, sha256: str) -> None:
        info = self.certificate_view.info
        details = self._validated or self.details()
        if info is None or details is None:
            return
        box = ask_to_pin(self, info, details.host_name, lambda: self._pinned(sha256, details))
        self.pin_box = box
        box.destroyed.connect(lambda *_: self._forget_pin_box(box))

    def _forget_pin_box(self, box: QMessageBox) -> None:
        # Only if no newer box took its place.
        if self.pin_box is box:
            self.pin_box = None

    def _pinned(self, sha256: str, details: EndpointDetails) -> None:
        # The decision is made: what comes next is Add Host (once the test has passed), never
        # Cancel, which would drop the validated details and the pin.
        self._refocus = True
        self.pinned_sha256, self._pinned_url = sha256, details.url
        self.certificate_view.set_pinned(sha256)
        verdict = self.certificate_view.verdict
        if verdict is not None:
            self.steps.set_result(CERTIFICATE_STEP, (verdict.severity, say(verdict.summary)))
        self._say(self.tr("The certificate is trusted for this endpoint (pinned)."))
        self._update()
        (self.add_button if self.add_button.isEnabled() else self.validate_button).setFocus()
        if (
            details is self._validated
            and self.step_task is None
            and self._connection_test is None
            and verdict is not None
            and verdict.passes
        ):
            # The test waited for this decision: run it now, with the pin.
            self.steps.remove_steps(CONNECTION_TEST)
            self._start_step(self._test_connection(details))

    # -- saving ------------------------------------------------------------------------------

    def outcome(self) -> ValidationOutcome:
        verdict = self.certificate_view.verdict
        return ValidationOutcome(
            reached=not self._unreachable,
            certificate_passes=verdict is not None and verdict.passes,
            connection_test=self._connection_test,
        )

    def validation_passed(self) -> bool:
        details = self.details()
        if details is None or self._validated is not details:
            return False
        return self.outcome().allows_adding(accepted=self.accept_failure.isChecked())

    def _add_clicked(self) -> None:
        details = self.details()
        if details is not None and self.validation_passed():
            self.saver.add(details, self.pinned_sha256)

    @property
    def saving(self) -> bool:
        return self.saver.saving

    @property
    def replace_box(self) -> QMessageBox | None:
        return self.saver.replace_box

    def _save_started(self) -> None:
        self.save_problems.clear()
        self._say(self.tr(KEYRING_WAIT), busy=True)
        self._update()

    def _save_failed(self, message: str) -> None:
        self.save_problems.set_problems(error=message)
        self._say(self.tr("The endpoint was not saved; everything entered is kept."))
        self._update()

    def _saved(self, endpoint_id: str, host_name: str) -> None:
        self._say(self.tr("Added {host}.").format(host=host_name))
        self._update()
        self.endpointAdded.emit(endpoint_id)
        self.accept()

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def step_task(self) -> asyncio.Task[None] | None:
        """The step running now (reading, validating, testing), if any."""
        return self.step.task

    def _start_step(self, coro: Coroutine[Any, Any, Any]) -> None:
        # Validate is disabled while it runs, which pushes the focus on; bring it back after.
        self._refocus = self.focusWidget() is self.validate_button
        self.step.start(coro, "endpoint dialog step")
        self._update()

    def _step_ended(self) -> None:
        self.progress.setVisible(self.saving)
        self._update()
        if self._refocus:
            next_button = self.add_button if self.add_button.isEnabled() else None
            (next_button or self.validate_button).setFocus()

    def _busy(self) -> bool:
        return self.step_task is not None or self.saving

    def _update(self) -> None:
        busy = self.step_task is not None
        details = self.details()
        can_validate = details is not None or (self.kind == "url" and bool(self.source.url()))
        self.validate_button.setEnabled(can_validate and not busy and not self.saving)
        self.stop_button.setEnabled(busy)
        self.accept_failure.setVisible(
            self._validated is not None and not busy and self.outcome().failure_acceptable
        )
        can_add = not busy and not self.saving and self.validation_passed()
        self.add_button.setEnabled(can_add)
        # Enter takes the next useful step; it never cancels work already done.
        self.cancel_button.setAutoDefault(False)
        self.add_button.setDefault(can_add)
        self.validate_button.setDefault(not can_add and self.validate_button.isEnabled())

    def _why_waiting(self, button: QAbstractButton) -> str | None:
        if button is self.add_button:
            return self.tr("Add Host is available once Validate has passed.")
        if button is self.validate_button and self.step_task is None:
            return self.tr(
                "Validate needs details first: choose a file, or enter the provider URL."
            )
        return None

    def _task_failed(self, error: BaseException) -> None:
        # The task keeper has logged it, traceback and all, whether or not the dialog is still
        # there to tell the person.
        if not isValid(self):
            return
        tokens = [d.token for d in (self.details(), self._validated) if d is not None]
        self.save_problems.set_problems(
            error=self.tr(
                "Something went wrong unexpectedly ({reason}). "
                "Everything entered is kept; try again. The log file has the details."
            ).format(reason=failure_words(error, tokens))
        )
        self._say(self.tr("Stopped by an unexpected error."))
        self._update()

    def work_to_lose(self) -> tuple[str, str] | None:
        details = self._validated
        if details is None or self.saving:
            return None
        if self.pinned_sha256:
            words = self.tr(
                "The details of {host} were validated and its certificate trusted, but not "
                "added. Close the dialog without adding it?"
            )
        else:
            words = self.tr(
                "The details of {host} were validated, but not added. "
                "Close the dialog without adding it?"
            )
        return self.tr("Discard the validated endpoint?"), words.format(host=details.host_name)
