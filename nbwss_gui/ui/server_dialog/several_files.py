"""Several endpoint files at once (SPEC §3.2, from Browse or a drop of several files).

Each file is read and checked as the one-file dialog does, and shown as a row with its
problems beneath it. Validate all reads every valid endpoint's certificate and runs its
connection test (token included, only over a trusted connection); Add Hosts registers every
endpoint that passed, together — all of them or none. A file with errors, or a certificate
that is not trusted, stays listed and is left out; pinning a certificate is a decision about
one endpoint, made by adding that file on its own.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.server_dialog.add_host import ACCEPT_FAILURE_NAME, ValidationOutcome
from nbwss_gui.ui.server_dialog.problem_view import describe, severity_icon
from nbwss_gui.ui.widgets.async_tasks import OneStep, TaskKeeper, failure_words
from nbwss_gui.ui.widgets.keeping_dialog import KeepingDialog
from nbwss_gui.ui.widgets.message_boxes import replace_question
from nbwss_gui.ui.widgets.mnemonic_guard import MnemonicGuard

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.sources import LoadOutcome

TITLE = "WebSocket Server — several files"
COLUMNS = ("File", "Host Name", "Group ID", "Priority", "Check", "Validation")
FILE, HOST, GROUP, PRIORITY, CHECK, VALIDATION = range(len(COLUMNS))
# Connection tests at once: enough to be quick, few enough not to look like a flood.
PARALLEL_TESTS = 4
ACCEPT_FAILED_TEXT = "Add those whose connection test failed an&yway (they may be down today)"


@dataclasses.dataclass
class FileRow:
    """One file: what reading it found, and what Validate found for its endpoint."""

    path: str
    item: QTreeWidgetItem
    outcome: LoadOutcome | None = None
    validation: ValidationOutcome | None = None

    @property
    def details(self) -> EndpointDetails | None:
        result = self.outcome.result if self.outcome else None
        return result.endpoint if result else None


class SeveralFilesDialog(KeepingDialog):
    """The files as rows; Validate all; Add Hosts, together. endpointAdded per endpoint."""

    endpointAdded = Signal(str)

    def __init__(
        self,
        registry: Registry,
        paths: Sequence[str],
        parent: QWidget | None = None,
        *,
        ca_file: str | None = None,
    ) -> None:
        super().__init__(parent, tasks=TaskKeeper(on_error=self._task_failed))
        self.registry = registry
        self.ca_file = ca_file
        self.step = OneStep(
            self.tasks, alive=lambda: isValid(self), on_stopped=self._stopped, on_ended=self._update
        )
        self.saving = False
        self.replace_box: QMessageBox | None = None
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self._build()
        self.rows = [self._row(path) for path in dict.fromkeys(paths)]
        self.table.resizeColumnToContents(FILE)
        self._start(self._read_all(), "reading the files")

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName("Endpoint files")
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(True)
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.accept_failed = QCheckBox(ACCEPT_FAILED_TEXT, self)
        self.accept_failed.setAccessibleName(ACCEPT_FAILURE_NAME)
        self.accept_failed.hide()
        self.accept_failed.toggled.connect(self._update)
        layout.addWidget(self.accept_failed, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.validate_button = self.buttons.addButton("&Validate all", role.ActionRole)
        self.validate_button.setAccessibleName("Validate all")
        self.stop_button = self.buttons.addButton("&Stop", role.ActionRole)
        self.stop_button.setAccessibleName("Stop")
        self.add_button = self.buttons.addButton("&Add Hosts", role.AcceptRole)
        self.add_button.setAccessibleName("Add Hosts")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.validate_button.clicked.connect(self.validate)
        self.stop_button.clicked.connect(self.stop)
        self.add_button.clicked.connect(self.add_hosts)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.mnemonic_guard = MnemonicGuard(
            self, [self.validate_button, self.stop_button, self.add_button]
        )
        metrics = self.fontMetrics()
        self.resize(110 * metrics.averageCharWidth(), 24 * metrics.height())

    def _row(self, path: str) -> FileRow:
        item = QTreeWidgetItem(self.table, [os.path.basename(path) or path])
        item.setToolTip(FILE, path)
        item.setText(CHECK, "Reading…")
        return FileRow(path, item)

    # -- reading -----------------------------------------------------------------------------

    async def _read_all(self) -> None:
        from nbwss_gui.services.sources import load_details

        self._say(f"Reading {len(self.rows)} files…")
        for row in self.rows:
            row.outcome = await load_details(row.path, ca_file=self.ca_file)
            self._show_check(row)
        self._fit_columns()
        self._say(self._summary())

    def _show_check(self, row: FileRow) -> None:
        item, outcome = row.item, row.outcome
        assert outcome is not None
        item.takeChildren()
        problems = outcome.result.problems if outcome.result else ()
        # What is right shows even in a file with errors, as in the one-file dialog.
        if row.details is not None:
            details = row.details
            values = {
                "hostName": details.host_name,
                "groupId": details.group_id,
                "priority": details.priority,
            }
        else:
            values = dict(outcome.result.valid_fields) if outcome.result else {}
        for column, key in ((HOST, "hostName"), (GROUP, "groupId"), (PRIORITY, "priority")):
            if key in values:
                item.setText(column, str(values[key]))
        if outcome.error:
            self._set(item, CHECK, Severity.ERROR, outcome.error)
        else:
            errors = sum(p.severity is Severity.ERROR for p in problems)
            warnings = len(problems) - errors
            if errors:
                self._set(item, CHECK, Severity.ERROR, _count(errors, "error"))
            elif warnings:
                self._set(item, CHECK, Severity.WARNING, f"valid, {_count(warnings, 'warning')}")
            else:
                self._set(item, CHECK, None, "valid")
        for problem in problems:
            child = QTreeWidgetItem(item)
            child.setFirstColumnSpanned(True)
            self._set(child, FILE, problem.severity, describe(problem))
        item.setExpanded(bool(problems) or bool(outcome.error))
        self._update()

    def _fit_columns(self) -> None:
        """Every column as wide as its widest row; the last one takes what is left."""
        for column in range(VALIDATION):
            self.table.resizeColumnToContents(column)

    def _set(
        self, item: QTreeWidgetItem, column: int, severity: Severity | None, text: str
    ) -> None:
        item.setText(column, text)
        item.setToolTip(column, text)
        item.setIcon(column, severity_icon(self, severity))

    # -- validating --------------------------------------------------------------------------

    def validate(self) -> None:
        self._start(self._validate_all(), "validating the files")

    def stop(self) -> None:
        self.step.stop()

    async def _validate_all(self) -> None:
        wanted = [row for row in self.rows if row.details is not None]
        for row in wanted:
            row.validation = None
            row.item.setText(VALIDATION, "Waiting…")
        self._say(f"Validating {_count(len(wanted), 'endpoint')}…")
        from nbwss_gui.services.validation import validation_proxies, validation_settings

        settings = validation_settings(self.registry, self.ca_file)
        proxies = validation_proxies(self.registry, self.ca_file)
        gate = asyncio.Semaphore(PARALLEL_TESTS)

        async def one(row: FileRow) -> None:
            async with gate:
                row.item.setText(VALIDATION, "Validating…")
                await self._validate_row(row, settings, proxies)
                self._update()

        await asyncio.gather(*(one(row) for row in wanted))
        self._fit_columns()
        self._say(self._summary())

    async def _validate_row(self, row: FileRow, settings: Settings, proxies: Proxies) -> None:
        from nbwss_gui.domain.registered import RegisteredEndpoint
        from nbwss_gui.services.connection_probe import probe
        from nbwss_gui.services.tls_contexts import TlsContexts
        from nbwss_gui.services.validation import certificate_step

        details = row.details
        assert details is not None
        item = row.item
        step = await certificate_step(details.url, ca_file=self.ca_file, proxies=proxies)
        verdict = step.verdict
        if verdict is None or not verdict.passes:
            row.validation = ValidationOutcome(not step.unreachable, False, None)
            if verdict is None:
                words = f"Not reached: {step.error}" if step.unreachable else f"{step.error}"
            else:
                pin = " Add this file on its own to trust it." if verdict.can_pin else ""
                words = f"{verdict.summary}{pin}"
            self._set(item, VALIDATION, Severity.ERROR, words)
            return
        endpoint = RegisteredEndpoint.from_details(details)
        steps = await probe(
            endpoint,
            details.token,
            settings,
            contexts=TlsContexts(self.ca_file),
            proxies=proxies,
        )
        failed = next((step for step in steps if not step.ok), None)
        row.validation = ValidationOutcome(True, True, failed is None)
        if failed is None:
            # The certificate's verdict only when it warns (expiring soon); in full on hover.
            shown = "Passed" if verdict.severity is None else f"Passed; {verdict.summary}"
            self._set(item, VALIDATION, verdict.severity, shown)
            item.setToolTip(VALIDATION, f"Passed. {verdict.summary}")
        else:
            self._set(item, VALIDATION, Severity.ERROR, f"Failed at {failed.name}: {failed.detail}")

    # -- adding ------------------------------------------------------------------------------

    def addable(self) -> list[FileRow]:
        """The rows Add Hosts registers: validated, and passed (or failed and accepted)."""
        accepted = self.accept_failed.isChecked()
        return [
            row
            for row in self.rows
            if row.details is not None
            and row.validation is not None
            and row.validation.allows_adding(accepted=accepted)
        ]

    def add_hosts(self) -> None:
        rows = self.addable()
        if not rows or self.saving:
            return
        registered = [
            (row, existing)
            for row in rows
            if row.details is not None
            and (existing := self.registry.find_by_url(row.details.url)) is not None
        ]
        if not registered:
            self._save(rows, replace=False)
            return
        names = ", ".join(f"{existing.host_name} ({existing.url})" for _, existing in registered)
        box = replace_question(
            self,
            "Replace the endpoints?",
            f"{_count(len(registered), 'endpoint')} with the same URL are already registered: "
            f"{names}. Replace them?",
            lambda: self._save(rows, replace=True),
        )
        self.replace_box = box

        def forget() -> None:
            if self.replace_box is box:
                self.replace_box = None

        box.finished.connect(forget)

    def _save(self, rows: list[FileRow], *, replace: bool) -> None:
        self.saving = True
        self._say("Waiting for the keyring to unlock…")
        self._update()
        self.tasks.start(self._save_all(rows, replace), name="add endpoints")

    async def _save_all(self, rows: list[FileRow], replace: bool) -> None:
        from nbwss_gui.domain.registered import NewEndpoint
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.services.secrets import SecretStoreError

        wanted = [NewEndpoint(row.details, replace=replace) for row in rows if row.details]
        try:
            try:
                added = await self.registry.add_all(wanted)
            finally:
                self.saving = False
        except (RegistryError, SecretStoreError) as exc:
            self._say(f"Nothing was added: {exc.message} Everything listed is kept.")
            self._update()
            return
        for entry in added:
            self.endpointAdded.emit(entry.id)
        self._say(f"Added {_count(len(added), 'endpoint')}.")
        self.accept()

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def step_task(self) -> asyncio.Task[None] | None:
        """The step running now (reading or validating), if any."""
        return self.step.task

    def _start(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self.step.start(coro, name)
        self._update()

    def _stopped(self) -> None:
        for row in self.rows:
            if row.details is not None and row.validation is None:
                row.item.setText(VALIDATION, "Stopped")
        self._say("Stopped.")

    def _summary(self) -> str:
        valid = [row for row in self.rows if row.details is not None]
        left_out = len(self.rows) - len(valid)
        parts = [f"{len(valid)} of {len(self.rows)} files hold a valid endpoint"]
        if left_out:
            parts.append(f"{_count(left_out, 'file')} with errors will not be added")
        validated = [row for row in valid if row.validation is not None]
        if validated:
            ready = len(self.addable())
            parts.append(f"{ready} ready to add")
        else:
            parts.append("Validate all checks their certificates and connections")
        return "; ".join(parts) + "."

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.intro.setText(
            f"{_count(len(self.rows), 'file')} chosen. Each is checked as it is read; problems "
            "show under the file. Add Hosts adds every endpoint that passed Validate, together."
        )

    def _update(self) -> None:
        busy = self.step_task is not None or self.saving
        has_valid = any(row.details is not None for row in self.rows)
        self.validate_button.setEnabled(has_valid and not busy)
        self.stop_button.setEnabled(self.step_task is not None)
        failed = any(
            row.validation is not None and row.validation.failure_acceptable
            for row in self.rows
            if row.details is not None
        )
        self.accept_failed.setVisible(failed and not busy)
        ready = len(self.addable())
        self.add_button.setText(f"&Add {_count(ready, 'Host')}" if ready else "&Add Hosts")
        self.mnemonic_guard.refresh(self.add_button)
        can_add = ready > 0 and not busy
        self.add_button.setEnabled(can_add)
        # Enter takes the next useful step; it never cancels work already done.
        self.cancel_button.setAutoDefault(False)
        self.add_button.setDefault(can_add)
        self.validate_button.setDefault(not can_add and self.validate_button.isEnabled())

    def _task_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        tokens = [row.details.token for row in self.rows if row.details is not None]
        self._say(
            f"Something went wrong unexpectedly ({failure_words(error, tokens)}). Everything "
            "listed is kept; try again. The log file has the details."
        )
        self._update()

    def work_to_lose(self) -> tuple[str, str] | None:
        if self.saving or not any(row.validation is not None for row in self.rows):
            return None
        return (
            "Discard the validated endpoints?",
            f"{_count(len(self.addable()), 'endpoint')} passed Validate, but were not added. "
            "Close without adding them?",
        )


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
