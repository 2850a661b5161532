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

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from nbwss_gui.ui.server_dialog.validation_steps import step_word
from nbwss_gui.ui.widgets.async_tasks import OneStep, TaskKeeper, failure_words
from nbwss_gui.ui.widgets.keeping_dialog import KeepingDialog
from nbwss_gui.ui.widgets.message_boxes import replace_question
from nbwss_gui.ui.widgets.mnemonic_guard import MnemonicGuard
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.sources import LoadOutcome

# In English, translated where shown (context "SeveralFilesDialog").
TITLE = QT_TRANSLATE_NOOP("SeveralFilesDialog", "WebSocket Server — several files")
COLUMNS = (
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "File"),
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "Host Name"),
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "Group ID"),
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "Priority"),
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "Check"),
    QT_TRANSLATE_NOOP("SeveralFilesDialog", "Validation"),
)
FILE, HOST, GROUP, PRIORITY, CHECK, VALIDATION = range(len(COLUMNS))
# Connection tests at once: enough to be quick, few enough not to look like a flood.
PARALLEL_TESTS = 4
ACCEPT_FAILED_TEXT = QT_TRANSLATE_NOOP(
    "SeveralFilesDialog",
    "Add those whose connection test failed an&yway (they may be down today)",
)


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
        self.setWindowTitle(self.tr(TITLE))
        self.setAccessibleName(self.tr(TITLE))
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
        self.table.setAccessibleName(self.tr("Endpoint files"))
        self.table.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setRootIsDecorated(True)
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.accept_failed = QCheckBox(self.tr(ACCEPT_FAILED_TEXT), self)
        self.accept_failed.setAccessibleName(
            QCoreApplication.translate("AddHost", ACCEPT_FAILURE_NAME)
        )
        self.accept_failed.hide()
        self.accept_failed.toggled.connect(self._update)
        layout.addWidget(self.accept_failed, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.validate_button = self.buttons.addButton(self.tr("&Validate all"), role.ActionRole)
        self.validate_button.setAccessibleName(self.tr("Validate all"))
        self.stop_button = self.buttons.addButton(self.tr("&Stop"), role.ActionRole)
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.add_button = self.buttons.addButton(self.tr("&Add Hosts"), role.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add Hosts"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
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
        item.setText(CHECK, self.tr("Reading…"))
        return FileRow(path, item)

    # -- reading -----------------------------------------------------------------------------

    async def _read_all(self) -> None:
        from nbwss_gui.services.sources import load_details

        self._say(self.tr("Reading {count} files…").format(count=len(self.rows)))
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
            self._set(item, CHECK, Severity.ERROR, say(outcome.error))
        else:
            errors = sum(p.severity is Severity.ERROR for p in problems)
            warnings = len(problems) - errors
            if errors:
                self._set(item, CHECK, Severity.ERROR, _errors(errors))
            elif warnings:
                words = self.tr("valid, {warnings}").format(warnings=_warnings(warnings))
                self._set(item, CHECK, Severity.WARNING, words)
            else:
                self._set(item, CHECK, None, self.tr("valid"))
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
            row.item.setText(VALIDATION, self.tr("Waiting…"))
        self._say(self.tr("Validating {endpoints}…").format(endpoints=_endpoints(len(wanted))))
        from nbwss_gui.services.validation import validation_proxies, validation_settings

        settings = validation_settings(self.registry, self.ca_file)
        proxies = validation_proxies(self.registry, self.ca_file)
        gate = asyncio.Semaphore(PARALLEL_TESTS)

        async def one(row: FileRow) -> None:
            async with gate:
                row.item.setText(VALIDATION, self.tr("Validating…"))
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
                words = (
                    self.tr("Not reached: {reason}").format(reason=say(step.error or ""))
                    if step.unreachable
                    else say(step.error or "")
                )
            elif verdict.can_pin:
                words = self.tr("{summary} Add this file on its own to trust it.").format(
                    summary=say(verdict.summary)
                )
            else:
                words = say(verdict.summary)
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
            shown = (
                self.tr("Passed")
                if verdict.severity is None
                else self.tr("Passed; {summary}").format(summary=say(verdict.summary))
            )
            self._set(item, VALIDATION, verdict.severity, shown)
            item.setToolTip(
                VALIDATION, self.tr("Passed. {summary}").format(summary=say(verdict.summary))
            )
        else:
            words = self.tr("Failed at {step}: {reason}").format(
                step=step_word(failed.name), reason=say(failed.detail)
            )
            self._set(item, VALIDATION, Severity.ERROR, words)

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
        names = ", ".join(
            self.tr("{host} ({url})").format(host=existing.host_name, url=existing.url)
            for _, existing in registered
        )
        if len(registered) == 1:
            question = self.tr(
                "1 endpoint with the same URL is already registered: {names}. Replace it?"
            )
        else:
            question = self.tr(
                "{count} endpoints with the same URL are already registered: {names}. Replace them?"
            )
        box = replace_question(
            self,
            self.tr("Replace the endpoints?"),
            question.format(count=len(registered), names=names),
            lambda: self._save(rows, replace=True),
        )
        self.replace_box = box

        def forget() -> None:
            if self.replace_box is box:
                self.replace_box = None

        box.finished.connect(forget)

    def _save(self, rows: list[FileRow], *, replace: bool) -> None:
        self.saving = True
        self._say(self.tr("Waiting for the keyring to unlock…"))
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
            self._say(
                self.tr("Nothing was added: {message} Everything listed is kept.").format(
                    message=say(exc.message)
                )
            )
            self._update()
            return
        for entry in added:
            self.endpointAdded.emit(entry.id)
        self._say(self.tr("Added {endpoints}.").format(endpoints=_endpoints(len(added))))
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
                row.item.setText(VALIDATION, self.tr("Stopped"))
        self._say(self.tr("Stopped."))

    def _summary(self) -> str:
        valid = [row for row in self.rows if row.details is not None]
        left_out = len(self.rows) - len(valid)
        total = len(self.rows)
        if len(valid) == 1:
            first = self.tr("1 of {total} files holds a valid endpoint")
        else:
            first = self.tr("{valid} of {total} files hold a valid endpoint")
        parts = [first.format(valid=len(valid), total=total)]
        if left_out == 1:
            parts.append(self.tr("1 file with errors will not be added"))
        elif left_out:
            words = self.tr("{count} files with errors will not be added")
            parts.append(words.format(count=left_out))
        validated = [row for row in valid if row.validation is not None]
        if validated:
            ready = len(self.addable())
            parts.append(self.tr("{count} ready to add").format(count=ready))
        else:
            parts.append(self.tr("Validate all checks their certificates and connections"))
        return self.tr("{parts}.").format(parts=self.tr("; ").join(parts))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.intro.setText(
            self.tr(
                "{files} chosen. Each is checked as it is read; problems show under the file. "
                "Add Hosts adds every endpoint that passed Validate, together."
            ).format(files=_files(len(self.rows)))
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
        if ready == 1:
            self.add_button.setText(self.tr("&Add 1 Host"))
        elif ready:
            self.add_button.setText(self.tr("&Add {count} Hosts").format(count=ready))
        else:
            self.add_button.setText(self.tr("&Add Hosts"))
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
            self.tr(
                "Something went wrong unexpectedly ({reason}). Everything listed is kept; "
                "try again. The log file has the details."
            ).format(reason=failure_words(error, tokens))
        )
        self._update()

    def work_to_lose(self) -> tuple[str, str] | None:
        if self.saving or not any(row.validation is not None for row in self.rows):
            return None
        count = len(self.addable())
        if count == 1:
            words = self.tr(
                "1 endpoint passed Validate, but was not added. Close without adding it?"
            )
        else:
            words = self.tr(
                "{count} endpoints passed Validate, but were not added. Close without adding them?"
            )
        return self.tr("Discard the validated endpoints?"), words.format(count=count)


def _counted(count: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with {count}: both translated (context SeveralFilesDialog)."""
    if count == 1:
        return QCoreApplication.translate("SeveralFilesDialog", one)
    return QCoreApplication.translate("SeveralFilesDialog", many).format(count=count)


def _errors(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "1 error"),
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "{count} errors"),
    )


def _warnings(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "1 warning"),
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "{count} warnings"),
    )


def _endpoints(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "1 endpoint"),
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "{count} endpoints"),
    )


def _files(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "1 file"),
        QT_TRANSLATE_NOOP("SeveralFilesDialog", "{count} files"),
    )
