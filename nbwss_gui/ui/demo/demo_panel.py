"""The DEMO panel (SPEC §6.2): the sandbox endpoints, with the controls that make one misbehave.

Stop/Start, Reject token and Freeze per endpoint, and its live counters, so a newcomer can
watch a group fail over in the main window. The panel only drives the sandbox's endpoints;
it knows nothing of the engine or the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.sandbox.server import Sandbox
from nbwss_gui.ui.widgets.async_tasks import TaskKeeper
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("DemoPanel", "DEMO — sandbox endpoints")
INTRO = QT_TRANSLATE_NOOP(
    "DemoPanel",
    "DEMO mode: these endpoints run on this computer (127.0.0.1). Stop one, make it reject "
    "the token, or freeze it, and watch its group fail over. Each has a provider URL: copy "
    "it into New… → URL to try the URL flow.",
)


@dataclass
class EndpointRow:
    """The widgets of one endpoint's row."""

    endpoint: CloudEndpoint
    name: QLabel
    state: QLabel
    counters: QLabel
    start_stop: QPushButton
    reject: QPushButton
    freeze: QPushButton
    # Its provider URL (the URL flow of New…) and the button that copies it.
    provider_url: QLabel
    copy: QPushButton


class DemoPanel(QDockWidget):
    """A dock listing `sandbox`'s endpoints with their controls and counters.

    Signals: `endpointChanged(name)` after any change of an endpoint's state or counters;
    `errorOccurred(message)` when a control failed (say, the port was taken meanwhile).
    Call `shutdown()` before the sandbox stops for good.
    """

    endpointChanged = Signal(str)
    errorOccurred = Signal(str)

    def __init__(self, sandbox: Sandbox, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DemoPanel", TITLE), parent)
        self.setObjectName("demoPanel")
        self.setAccessibleName(QCoreApplication.translate("DemoPanel", "DEMO sandbox endpoints"))
        self.setAccessibleDescription(QCoreApplication.translate("DemoPanel", INTRO))
        self.sandbox = sandbox
        self.tasks = TaskKeeper(on_error=self._task_failed)
        self.rows: dict[str, EndpointRow] = {}
        self._unsubscribers: list[Callable[[], None]] = []
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        # Endpoints with a start or stop under way: their button waits for it.
        self._pending: set[str] = set()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(QCoreApplication.translate("DemoPanel", INTRO), body)
        intro.setWordWrap(True)
        intro.setAccessibleName(QCoreApplication.translate("DemoPanel", "About the DEMO mode"))
        layout.addWidget(intro)
        if sandbox.ca_file is not None and sandbox.folder is not None:
            where = QLabel(
                QCoreApplication.translate(
                    "DemoPanel", "CA file: {ca_file}\nExample files: {examples}"
                ).format(ca_file=sandbox.ca_file, examples=sandbox.folder / "examples"),
                body,
            )
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setAccessibleName(
                QCoreApplication.translate("DemoPanel", "Sandbox CA file and example files")
            )
            layout.addWidget(where)
        self._fill(layout, body)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("DemoPanel", "Last DEMO message"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        # A short screen scrolls the panel rather than squeezing its rows together.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # Room for the vertical scroll bar too: it must not cover the text's right edge.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(body.sizeHint().width() + bar)
        self.setWidget(scroll)

        for row in self.rows.values():
            self._unsubscribers.append(row.endpoint.subscribe(self._endpoint_changed))
            self._refresh(row)

    # -- building ------------------------------------------------------------------------

    def _fill(self, layout: QVBoxLayout, parent: QWidget) -> None:
        """Per group a box; per endpoint its name and state, its counters, then its buttons:
        narrow enough for a dock beside the window's list."""
        group: str | None = None
        box_layout = QVBoxLayout()
        for endpoint in self.sandbox.endpoints:
            if endpoint.group_id != group:
                group = endpoint.group_id
                title = QCoreApplication.translate("DemoPanel", "Group {group}").format(group=group)
                box = QGroupBox(title, parent)
                box.setAccessibleName(title)
                box_layout = QVBoxLayout(box)
                layout.addWidget(box)
            row = self._make_row(endpoint, parent)
            self.rows[endpoint.name] = row
            heading = QHBoxLayout()
            heading.addWidget(row.name)
            heading.addWidget(row.state, 1)
            buttons = QHBoxLayout()
            for button in (row.start_stop, row.reject, row.freeze):
                buttons.addWidget(button)
            buttons.addStretch(1)
            provider = QHBoxLayout()
            provider.addWidget(row.provider_url, 1)
            provider.addWidget(row.copy)
            box_layout.addLayout(heading)
            box_layout.addWidget(row.counters)
            box_layout.addLayout(provider)
            box_layout.addLayout(buttons)

    def _make_row(self, endpoint: CloudEndpoint, parent: QWidget) -> EndpointRow:
        name = endpoint.name
        label = QLabel(
            QCoreApplication.translate(
                "DemoPanel", "{name} (priority {priority}, port {port}):"
            ).format(name=name, priority=endpoint.priority, port=endpoint.port),
            parent,
        )
        label.setFont(self._bold)
        label.setToolTip(endpoint.url)
        label.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "Endpoint {name}").format(name=name)
        )
        label.setAccessibleDescription(
            QCoreApplication.translate("DemoPanel", "{url}, group {group}").format(
                url=endpoint.url, group=endpoint.group_id
            )
        )
        state = QLabel(parent)
        state.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "{name} state").format(name=name)
        )
        counters = QLabel(parent)
        counters.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "{name} counters").format(name=name)
        )
        # Two fixed lines rather than word wrap: a wrapped label in a dock gets squeezed to
        # one line's height and its text cut off.
        counters.setWordWrap(False)
        # And never squeezed below its two lines when the panel is short: it scrolls instead.
        counters.setMinimumHeight(2 * counters.fontMetrics().lineSpacing() + 2)

        start_stop = QPushButton(parent)
        start_stop.clicked.connect(lambda: self.toggle_listening(name))
        reject = QPushButton(QCoreApplication.translate("DemoPanel", "Reject token"), parent)
        reject.setCheckable(True)
        reject.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "Reject token at {name}").format(name=name)
        )
        reject.setToolTip(
            QCoreApplication.translate(
                "DemoPanel", "Answer every CONNECT request with valid: false"
            )
        )
        reject.toggled.connect(lambda on: self._set_reject(name, on))
        freeze = QPushButton(QCoreApplication.translate("DemoPanel", "Freeze"), parent)
        freeze.setCheckable(True)
        freeze.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "Freeze {name}").format(name=name)
        )
        freeze.setToolTip(
            QCoreApplication.translate(
                "DemoPanel",
                "Stop reading and answering, keeping the connections open: no pong, no close",
            )
        )
        freeze.toggled.connect(lambda on: self._set_frozen(name, on))
        url = self.sandbox.provider_urls.get(name, "")
        provider_url = QLabel(
            QCoreApplication.translate("DemoPanel", "Provider URL: {url}").format(url=url), parent
        )
        provider_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        provider_url.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "{name} provider URL").format(name=name)
        )
        provider_url.setToolTip(
            QCoreApplication.translate("DemoPanel", "Paste it in New… → URL to try the URL flow")
        )
        copy = QPushButton(QCoreApplication.translate("DemoPanel", "Copy"), parent)
        copy.setAccessibleName(
            QCoreApplication.translate("DemoPanel", "Copy the provider URL of {name}").format(
                name=name
            )
        )
        copy.setToolTip(QCoreApplication.translate("DemoPanel", "Copy {url}").format(url=url))
        copy.setEnabled(bool(url))
        copy.clicked.connect(lambda: self.copy_provider_url(name))
        return EndpointRow(
            endpoint, label, state, counters, start_stop, reject, freeze, provider_url, copy
        )

    # -- controls ------------------------------------------------------------------------

    def toggle_listening(self, name: str) -> None:
        """Stop the endpoint if it listens, else start it again (on the same port)."""
        row = self.rows[name]
        endpoint = row.endpoint
        if name in self._pending:
            return
        self._pending.add(name)
        row.start_stop.setEnabled(False)
        if endpoint.listening:
            self._run(row, "stop", endpoint.stop())
        else:
            self._run(row, "start", endpoint.start())

    def copy_provider_url(self, name: str) -> None:
        url = self.sandbox.provider_urls.get(name)
        if url:
            QGuiApplication.clipboard().setText(url)
            self._say(
                QCoreApplication.translate(
                    "DemoPanel", "Copied the provider URL of {name}: paste it in New… → URL."
                ).format(name=name)
            )

    def _set_reject(self, name: str, on: bool) -> None:
        endpoint = self.rows[name].endpoint
        if endpoint.reject_token != on:
            endpoint.reject_token = on
            self._say(
                (
                    QCoreApplication.translate("DemoPanel", "{name} rejects the token now.")
                    if on
                    else QCoreApplication.translate("DemoPanel", "{name} accepts the token now.")
                ).format(name=name)
            )

    def _set_frozen(self, name: str, on: bool) -> None:
        endpoint = self.rows[name].endpoint
        if endpoint.frozen != on:
            endpoint.frozen = on
            self._say(
                (
                    QCoreApplication.translate("DemoPanel", "{name} is frozen: it answers nothing.")
                    if on
                    else QCoreApplication.translate("DemoPanel", "{name} is answering again.")
                ).format(name=name)
            )

    def _run(self, row: EndpointRow, verb: str, coro: Coroutine[Any, Any, None]) -> None:
        async def attempt() -> None:
            try:
                await coro
            except OSError as exc:
                words = (
                    QCoreApplication.translate(
                        "DemoPanel",
                        "{name} could not stop on port {port}: {reason}. Try again in a moment.",
                    )
                    if verb == "stop"
                    else QCoreApplication.translate(
                        "DemoPanel",
                        "{name} could not start on port {port}: {reason}. Try again in a moment.",
                    )
                )
                self._report(
                    words.format(
                        name=row.endpoint.name, port=row.endpoint.port, reason=exc.strerror or exc
                    )
                )
            else:
                done = (
                    QCoreApplication.translate("DemoPanel", "{name} stopped.")
                    if verb == "stop"
                    else QCoreApplication.translate("DemoPanel", "{name} started.")
                )
                self._say(done.format(name=row.endpoint.name))
            finally:
                self._pending.discard(row.endpoint.name)
                self._refresh(row)

        self.tasks.start(attempt(), name=f"demo {verb} {row.endpoint.name}")

    def shutdown(self) -> None:
        """Stop following the endpoints and cancel what the panel started."""
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()
        self.tasks.cancel_all()

    # -- showing -------------------------------------------------------------------------

    def _endpoint_changed(self, endpoint: CloudEndpoint) -> None:
        row = self.rows.get(endpoint.name)
        if row is not None:
            self._refresh(row)

    def _refresh(self, row: EndpointRow) -> None:
        stats = row.endpoint.stats()
        name = row.endpoint.name
        words = [
            QCoreApplication.translate("DemoPanel", "listening")
            if stats.listening
            else QCoreApplication.translate("DemoPanel", "stopped")
        ]
        if stats.frozen:
            words.append(QCoreApplication.translate("DemoPanel", "frozen"))
        if stats.reject_token:
            words.append(QCoreApplication.translate("DemoPanel", "rejecting tokens"))
        row.state.setText(", ".join(words))
        row.counters.setText(
            QCoreApplication.translate(
                "DemoPanel",
                "{active} connected now, {most} at most at once\n"
                "{accepted} accepted, {refused} tokens refused, {sent} commands sent",
            ).format(
                active=stats.active,
                most=stats.max_active,
                accepted=stats.accepted,
                refused=stats.tokens_rejected,
                sent=stats.commands_sent,
            )
        )
        if stats.listening:
            row.start_stop.setText(QCoreApplication.translate("DemoPanel", "Stop"))
            row.start_stop.setAccessibleName(
                QCoreApplication.translate("DemoPanel", "Stop {name}").format(name=name)
            )
            row.start_stop.setToolTip(
                QCoreApplication.translate(
                    "DemoPanel", "Close its connections (1001 going away) and stop listening"
                )
            )
        else:
            row.start_stop.setText(QCoreApplication.translate("DemoPanel", "Start"))
            row.start_stop.setAccessibleName(
                QCoreApplication.translate("DemoPanel", "Start {name}").format(name=name)
            )
            row.start_stop.setToolTip(
                QCoreApplication.translate("DemoPanel", "Listen again on the same port")
            )
        row.start_stop.setEnabled(name not in self._pending)
        for button, on in ((row.reject, stats.reject_token), (row.freeze, stats.frozen)):
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
        self.endpointChanged.emit(name)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _report(self, message: str) -> None:
        self.status.setText(message)
        self.errorOccurred.emit(message)

    def _task_failed(self, error: BaseException) -> None:
        self._report(
            QCoreApplication.translate("DemoPanel", "A DEMO control failed: {error}").format(
                error=error
            )
        )
