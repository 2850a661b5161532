"""The WebSocket Server dialog (SPEC §3.2): load details from a FILE or URL, Validate, Add Host.

Nothing is saved before Add Host. Every problem shows inline, next to what it concerns; the
dialog keeps what the person entered whatever fails.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.async_tasks import TaskKeeper
from nbwss_gui.ui.certificate_view import CertificateView, pin_confirmation
from nbwss_gui.ui.problem_view import ProblemList, severity_icon, severity_word

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.sources import LoadOutcome

TITLE = "WebSocket Server"
KEYRING_WAIT = "Waiting for the keyring to unlock…"
FILE_FILTER = "Endpoint details (*.json);;All files (*)"
MASK = "●●●●"
# Server Information rows: (details field, JSON key the checker names in problems, caption).
INFO_ROWS = (
    ("host_name", "hostName", "Host Name:"),
    ("url", "url", "URL:"),
    ("group_id", "groupId", "Group ID:"),
    ("priority", "priority", "Priority:"),
)


def masked(token: str) -> str:
    return f"{MASK} ({len(token)} characters)"


class EndpointDialog(QDialog):
    endpointAdded = Signal(str)

    def __init__(
        self, registry: Registry, parent: QWidget | None = None, *, ca_file: str | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.ca_file = ca_file
        self.tasks = TaskKeeper(on_error=self._task_failed)
        self.outcomes: dict[str, LoadOutcome | None] = {"file": None, "url": None}
        self.pinned_sha256: str | None = None
        self._pinned_url: str | None = None
        self.step_task: asyncio.Task[None] | None = None
        self.saving = False
        self._refocus = False
        self._validated: EndpointDetails | None = None
        self._probe_failed = False
        self._dialogs: list[QWidget] = []
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.setAcceptDrops(True)
        self._build()
        self._source_changed()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.body = body = QWidget(self)
        self.body_layout = column = QVBoxLayout(body)
        column.addWidget(self._build_options(body))
        column.addLayout(self._build_validate(body))
        column.addWidget(self._build_information(body))
        self.certificate_box = QGroupBox("Certificate", body)
        box_layout = QVBoxLayout(self.certificate_box)
        self.certificate_view = CertificateView(self.certificate_box, offer_pin=True)
        self.certificate_view.trustRequested.connect(self._confirm_pin)
        self.accept_failure = QCheckBox("Sav&e anyway — the endpoint may be down today", body)
        self.accept_failure.setAccessibleName("Save anyway, the endpoint may be down today")
        self.accept_failure.toggled.connect(self._update)
        box_layout.addWidget(self.certificate_view)
        box_layout.addWidget(self.accept_failure, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.certificate_box)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tabbing scrolls to each control already; the area itself needs no stop of its own.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_problems = ProblemList("Problems saving the endpoint", self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            "&Add Host", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName("Add Host")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.add_button.clicked.connect(self._add_clicked)
        self.cancel_button.clicked.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.save_problems)
        outer.addWidget(self.buttons)
        order = [
            self.file_radio, self.path_edit, self.browse_button, self.url_radio, self.url_edit,
            self.validate_button, self.stop_button, self.steps, *self.info_edits.values(),
            self.token_edit, self.view_button, self.certificate_view.values["sha256"],
            self.certificate_view.trust_button, self.accept_failure, self.add_button,
            self.cancel_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.fit_to_contents()

    def fit_to_contents(self, *, grow_only: bool = False) -> None:
        """As large as the contents want (at any text size), within the screen."""
        self.body_layout.activate()
        hint = self.body.sizeHint().expandedTo(self.body.minimumSizeHint())
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        extra = self.size() - self.scroll_area.viewport().size()
        wanted = QSize(hint.width() + bar, hint.height()) + extra
        # Room for a certificate and a few problems without scrolling, whatever shows now.
        metrics = self.fontMetrics()
        wanted = wanted.expandedTo(QSize(90 * metrics.averageCharWidth(), 50 * metrics.height()))
        if grow_only:
            wanted = wanted.expandedTo(self.size())
        self.resize(wanted.boundedTo(self.screen().availableGeometry().size() * 0.9))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_contents()

    def _build_options(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Select an option", parent)
        grid = QGridLayout(box)
        self.file_radio = QRadioButton("&File", box)
        self.file_radio.setAccessibleName("File")
        self.url_radio = QRadioButton("&URL", box)
        self.url_radio.setAccessibleName("URL")
        self.option_group = QButtonGroup(box)
        self.option_group.addButton(self.file_radio)
        self.option_group.addButton(self.url_radio)
        self.file_radio.setChecked(True)
        self.file_radio.toggled.connect(self._source_changed)
        self.path_edit = QLineEdit(box)
        self.path_edit.setAccessibleName("Endpoint details file")
        self.path_edit.setPlaceholderText("Path of a JSON file with the endpoint details")
        self.path_edit.editingFinished.connect(self._path_entered)
        # A file dropped on a line edit would land as text; let the dialog take it instead.
        self.path_edit.setAcceptDrops(False)
        self.browse_button = QPushButton("&Browse…", box)
        self.browse_button.setAccessibleName("Browse for the endpoint details file")
        self.browse_button.clicked.connect(self.browse)
        self.file_problems = ProblemList("Problems in the file", box)
        self.url_edit = QLineEdit(box)
        self.url_edit.setAccessibleName("Provider URL")
        self.url_edit.setPlaceholderText("https://… (the URL the cloud provider generated)")
        self.url_edit.textEdited.connect(self._url_edited)
        self.url_edit.setAcceptDrops(False)
        self.url_problems = ProblemList("Problems with the provider URL", box)
        grid.addWidget(self.file_radio, 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.file_problems, 1, 1, 1, 2)
        grid.addWidget(self.url_radio, 2, 0)
        grid.addWidget(self.url_edit, 2, 1, 1, 2)
        grid.addWidget(self.url_problems, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _build_validate(self, parent: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        row = QHBoxLayout()
        self.validate_button = QPushButton("&Validate", parent)
        self.validate_button.setAccessibleName("Validate")
        self.validate_button.clicked.connect(self.validate)
        self.stop_button = QPushButton("St&op", parent)
        self.stop_button.setAccessibleName("Stop validating")
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar(parent)
        self.progress.setRange(0, 0)  # busy indicator: steps have no measurable progress
        self.progress.setAccessibleName("Working")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        row.addWidget(self.validate_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        # One row per step; the WebSocket upgrade and the token exchange join "Certificate".
        self.steps = QTreeWidget(parent)
        self.steps.setAccessibleName("Validation steps")
        self.steps.setHeaderLabels(["Step", "Result", "Time"])
        self.steps.setRootIsDecorated(False)
        header = self.steps.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.steps.hide()
        layout.addWidget(self.steps)
        return layout

    def _build_information(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Server Information", parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.info_edits: dict[str, QLineEdit] = {}
        self.field_problems: dict[str, ProblemList] = {}
        for attribute, key, caption in INFO_ROWS:
            edit = QLineEdit(box)
            edit.setReadOnly(True)
            edit.setAccessibleName(caption.rstrip(":"))
            self.info_edits[attribute] = edit
            form.addRow(caption, self._with_problems(box, edit, key))
        self.token_edit = QLineEdit(box)
        self.token_edit.setReadOnly(True)
        self.token_edit.setAccessibleName("Token")
        self.view_button = QPushButton("Vie&w", box)
        self.view_button.setCheckable(True)
        self.view_button.setAccessibleName("View token")
        self.view_button.toggled.connect(self._show_token)
        token_row = QWidget(box)
        row = QHBoxLayout(token_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.view_button)
        form.addRow("Token:", self._with_problems(box, token_row, "token"))
        return box

    def _with_problems(self, parent: QWidget, field: QWidget, key: str) -> QWidget:
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        problems = ProblemList(f"Problems with {key}", holder)
        layout.addWidget(problems)
        self.field_problems[key] = problems
        return holder

    # -- the source --------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return "file" if self.file_radio.isChecked() else "url"

    def details(self) -> EndpointDetails | None:
        outcome = self.outcomes[self.kind]
        return outcome.result.endpoint if outcome and outcome.result else None

    def browse(self) -> None:
        dialog = QFileDialog(self, "Choose the endpoint details file", "", FILE_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.choose_file)
        dialog.finished.connect(lambda *_: self._dialogs.remove(dialog))
        self._dialogs.append(dialog)
        self.file_dialog = dialog
        dialog.open()

    def choose_file(self, path: str) -> None:
        self.file_radio.setChecked(True)
        self.path_edit.setText(path)
        self._start_step(self._load("file", path))

    def _path_entered(self) -> None:
        path = self.path_edit.text().strip()
        loaded = self.outcomes["file"]
        if path and (loaded is None or loaded.source != path):
            self.choose_file(path)

    def _url_edited(self) -> None:
        self.outcomes["url"] = None
        self.url_problems.clear()
        self._details_changed()

    def _source_changed(self) -> None:
        is_file = self.kind == "file"
        for widget in (self.path_edit, self.browse_button, self.file_problems):
            widget.setEnabled(is_file)
        self.url_edit.setEnabled(not is_file)
        self.url_problems.setEnabled(not is_file)
        self._details_changed()

    async def _load(self, kind: str, source: str) -> LoadOutcome:
        from nbwss_gui.services.sources import load_details

        self._say("Reading the file…" if kind == "file" else "Fetching the endpoint details…")
        outcome = await load_details(source, ca_file=self.ca_file)
        self.outcomes[kind] = outcome
        problems = outcome.result.problems if outcome.result else ()
        shown = self.file_problems if kind == "file" else self.url_problems
        shown.set_problems(problems, error=outcome.error)
        self._details_changed()
        failed = outcome.error or (outcome.result and not outcome.result.ok)
        self._say("The details have errors; see above." if failed else "The details are valid.")
        return outcome

    def _details_changed(self) -> None:
        """New details (or none): the last validation no longer applies to them."""
        details = self.details()
        # A pin belongs to the endpoint URL: fetching the same details again keeps it.
        if details is None or self._pinned_url != details.url:
            self.pinned_sha256 = self._pinned_url = None
        self._reset_validation()
        outcome = self.outcomes[self.kind]
        problems = outcome.result.problems if outcome and outcome.result else ()
        for key, listed in self.field_problems.items():
            listed.set_problems(p for p in problems if p.field == key)
        for attribute, edit in self.info_edits.items():
            edit.setText("" if details is None else str(getattr(details, attribute)))
        self._show_token(self.view_button.isChecked())
        self._update()

    def _reset_validation(self) -> None:
        self._validated = None
        self._probe_failed = False
        self.accept_failure.setChecked(False)
        self.certificate_view.set_certificate(None)
        self.steps.clear()
        self.steps.hide()

    def _show_token(self, visible: bool) -> None:
        details = self.details()
        self.view_button.setText("Hi&de" if visible else "Vie&w")
        self.view_button.setAccessibleName("Hide token" if visible else "View token")
        if details is None:
            self.token_edit.setText("")
        else:
            self.token_edit.setText(details.token if visible else masked(details.token))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.choose_file(path)

    # -- validating --------------------------------------------------------------------------

    def validate(self) -> None:
        self._start_step(self._validate())

    def stop(self) -> None:
        if self.step_task is not None:
            self.step_task.cancel()

    async def _validate(self) -> None:
        self._reset_validation()
        if self.kind == "url":
            url = self.url_edit.text().strip()
            began = time.perf_counter()
            outcome = await self._load("url", url)
            self._add_step("Provider URL", _outcome_severity(outcome), began)
        details = self.details()
        if details is None:
            self._say("Correct the errors shown above, then Validate again.")
            return
        await self._check_certificate(details)
        # The WebSocket upgrade and the CONNECT exchange with the token are the next steps.
        self._validated = details
        self._update()

    async def _check_certificate(self, details: EndpointDetails) -> None:
        from nbwss_gui.services.certificate import ProbeError, probe_certificate
        from nbwss_gui.services.tls import TlsConfigError

        self._say(f"Checking the certificate of {details.host_name}…")
        began = time.perf_counter()
        try:
            info = await probe_certificate(details.url, ca_file=self.ca_file)
        except ProbeError as exc:
            self._probe_failed = True
            self.certificate_view.set_certificate(None, error=exc.message)
            self._add_step("Certificate", (Severity.ERROR, exc.message), began)
            self._say("The endpoint could not be reached. You may save it anyway (below).")
            return
        except TlsConfigError as exc:
            self.certificate_view.set_certificate(None, error=str(exc))
            self._add_step("Certificate", (Severity.ERROR, str(exc)), began)
            self._say("Fix the extra CA file in Settings, then Validate again.")
            return
        self.certificate_view.set_certificate(info, pinned_sha256=self.pinned_sha256)
        self.fit_to_contents(grow_only=True)
        verdict = self.certificate_view.verdict
        assert verdict is not None
        self._add_step("Certificate", (verdict.severity, verdict.summary), began)
        self._say("Validation passed." if verdict.passes else "Validation found a problem.")

    def _add_step(self, name: str, result: tuple[Severity | None, str], began: float) -> None:
        severity, text = result
        item = QTreeWidgetItem([name, f"{severity_word(severity)}: {text}"])
        item.setText(2, f"{(time.perf_counter() - began) * 1000:.0f} ms")
        item.setIcon(1, severity_icon(self, severity))
        item.setToolTip(1, text)
        self.steps.addTopLevelItem(item)
        self.steps.show()
        # As tall as its rows: a few steps should not leave an empty box or a scroll bar.
        rows = sum(self.steps.sizeHintForRow(i) for i in range(self.steps.topLevelItemCount()))
        frame = 2 * self.steps.frameWidth()
        self.steps.setFixedHeight(self.steps.header().sizeHint().height() + rows + frame + 2)

    def _confirm_pin(self, sha256: str) -> None:
        info = self.certificate_view.info
        details = self._validated or self.details()
        if info is None or details is None:
            return
        box = pin_confirmation(self, info, details.host_name)
        self.pin_box = box
        trust = box.buttons()[0]

        def decided() -> None:
            if box.clickedButton() is trust:
                self.pinned_sha256, self._pinned_url = sha256, details.url
                self.certificate_view.set_pinned(sha256)
                self._say("The certificate is trusted for this endpoint (pinned).")
                self._update()
            box.deleteLater()

        box.finished.connect(decided)
        box.open()

    # -- saving ------------------------------------------------------------------------------

    def validation_passed(self) -> bool:
        details = self.details()
        if details is None or self._validated is not details:
            return False
        if self._probe_failed:
            return self.accept_failure.isChecked()
        verdict = self.certificate_view.verdict
        return verdict is not None and verdict.passes

    def _add_clicked(self) -> None:
        details = self.details()
        if details is None or not self.validation_passed():
            return
        existing = self.registry.find_by_url(details.url)
        if existing is None:
            self._start_save(details, replace=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Replace the endpoint?",
            f"An endpoint with the URL {existing.url} is already registered "
            f"({existing.host_name}, group {existing.group_id}). Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.replace_box = box

        def decided() -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._start_save(details, replace=True)
            box.deleteLater()

        box.finished.connect(decided)
        box.open()

    def _start_save(self, details: EndpointDetails, *, replace: bool) -> None:
        self.saving = True
        self.save_problems.clear()
        self._update()
        self.tasks.start(self._save(details, replace), name="add endpoint")

    async def _save(self, details: EndpointDetails, replace: bool) -> None:
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.services.secrets import SecretStoreError

        self._say(KEYRING_WAIT, busy=True)
        try:
            entry = await self.registry.add(
                details, pinned_sha256=self.pinned_sha256, replace=replace
            )
        except (RegistryError, SecretStoreError) as exc:
            self.save_problems.set_problems(error=exc.message)
            self._say("The endpoint was not saved; everything entered is kept.")
            return
        finally:
            self.saving = False
            self.progress.setVisible(self.step_task is not None)
            self._update()
        self._say(f"Added {entry.host_name}.")
        self.endpointAdded.emit(entry.id)
        self.accept()

    # -- plumbing ----------------------------------------------------------------------------

    def _start_step(self, coro: Coroutine[Any, Any, Any]) -> None:
        self.stop()
        # Validate is disabled while it runs, which pushes the focus on; bring it back after.
        self._refocus = self.focusWidget() is self.validate_button
        task = self.tasks.start(self._step(coro), name="endpoint dialog step")
        self.step_task = task
        self._update()

    async def _step(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            if self.step_task is asyncio.current_task():
                self._say("Stopped.")
            raise
        finally:
            if self.step_task is asyncio.current_task():
                self.step_task = None
            self.progress.setVisible(self.saving)
            self._update()
            if self._refocus:
                next_button = self.add_button if self.add_button.isEnabled() else None
                (next_button or self.validate_button).setFocus()

    def _say(self, text: str, *, busy: bool | None = None) -> None:
        self.status.setText(text)
        if busy is None:
            busy = self.step_task is not None or self.saving
        self.progress.setVisible(busy)

    def _update(self) -> None:
        busy = self.step_task is not None
        details = self.details()
        can_validate = details is not None or (
            self.kind == "url" and bool(self.url_edit.text().strip())
        )
        self.validate_button.setEnabled(can_validate and not busy and not self.saving)
        self.stop_button.setEnabled(busy)
        self.accept_failure.setVisible(self._probe_failed and self._validated is not None)
        self.add_button.setEnabled(not busy and not self.saving and self.validation_passed())

    def _task_failed(self, error: BaseException) -> None:
        self.save_problems.set_problems(error=f"Unexpected failure: {type(error).__name__}.")

    def reject(self) -> None:
        # Whatever runs belongs to this dialog only; a late result has nowhere to go.
        self.tasks.cancel_all()
        super().reject()


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return local[0] if len(local) == 1 else None


def _outcome_severity(outcome: LoadOutcome) -> tuple[Severity | None, str]:
    if outcome.error:
        return Severity.ERROR, outcome.error
    if outcome.result is not None and not outcome.result.ok:
        return Severity.ERROR, f"{len(outcome.result.errors)} error(s) in the details"
    return None, "details fetched and valid"
