"""The DEMO panel (SPEC §6.2): the sandbox endpoints, with the controls that make one misbehave.

Stop/Start, Reject token and Freeze per endpoint, and its live counters, so a newcomer can
watch a group fail over in the main window. The panel only drives the sandbox's endpoints;
it knows nothing of the engine or the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
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

TITLE = "DEMO — sandbox endpoints"
INTRO = (
    "DEMO mode: these endpoints run on this computer (127.0.0.1). Stop one, make it reject "
    "the token, or freeze it, and watch its group fail over. Each has a provider URL: copy "
    "it into New… → URL to try the URL flow."
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
        super().__init__(TITLE, parent)
        self.setObjectName("demoPanel")
        self.setAccessibleName("DEMO sandbox endpoints")
        self.setAccessibleDescription(INTRO)
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
        intro = QLabel(INTRO, body)
        intro.setWordWrap(True)
        intro.setAccessibleName("About the DEMO mode")
        layout.addWidget(intro)
        if sandbox.ca_file is not None and sandbox.folder is not None:
            where = QLabel(
                f"CA file: {sandbox.ca_file}\nExample files: {sandbox.folder / 'examples'}", body
            )
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setAccessibleName("Sandbox CA file and example files")
            layout.addWidget(where)
        self._fill(layout, body)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Last DEMO message")
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
                box = QGroupBox(f"Group {group}", parent)
                box.setAccessibleName(f"Group {group}")
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
        label = QLabel(f"{name} (priority {endpoint.priority}, port {endpoint.port}):", parent)
        label.setFont(self._bold)
        label.setToolTip(endpoint.url)
        label.setAccessibleName(f"Endpoint {name}")
        label.setAccessibleDescription(f"{endpoint.url}, group {endpoint.group_id}")
        state = QLabel(parent)
        state.setAccessibleName(f"{name} state")
        counters = QLabel(parent)
        counters.setAccessibleName(f"{name} counters")
        # Two fixed lines rather than word wrap: a wrapped label in a dock gets squeezed to
        # one line's height and its text cut off.
        counters.setWordWrap(False)
        # And never squeezed below its two lines when the panel is short: it scrolls instead.
        counters.setMinimumHeight(2 * counters.fontMetrics().lineSpacing() + 2)

        start_stop = QPushButton(parent)
        start_stop.clicked.connect(lambda: self.toggle_listening(name))
        reject = QPushButton("Reject token", parent)
        reject.setCheckable(True)
        reject.setAccessibleName(f"Reject token at {name}")
        reject.setToolTip("Answer every CONNECT request with valid: false")
        reject.toggled.connect(lambda on: self._set_reject(name, on))
        freeze = QPushButton("Freeze", parent)
        freeze.setCheckable(True)
        freeze.setAccessibleName(f"Freeze {name}")
        freeze.setToolTip(
            "Stop reading and answering, keeping the connections open: no pong, no close"
        )
        freeze.toggled.connect(lambda on: self._set_frozen(name, on))
        url = self.sandbox.provider_urls.get(name, "")
        provider_url = QLabel(f"Provider URL: {url}", parent)
        provider_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        provider_url.setAccessibleName(f"{name} provider URL")
        provider_url.setToolTip("Paste it in New… → URL to try the URL flow")
        copy = QPushButton("Copy", parent)
        copy.setAccessibleName(f"Copy the provider URL of {name}")
        copy.setToolTip(f"Copy {url}")
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
            self._say(f"Copied the provider URL of {name}: paste it in New… → URL.")

    def _set_reject(self, name: str, on: bool) -> None:
        endpoint = self.rows[name].endpoint
        if endpoint.reject_token != on:
            endpoint.reject_token = on
            self._say(f"{name} {'rejects' if on else 'accepts'} the token now.")

    def _set_frozen(self, name: str, on: bool) -> None:
        endpoint = self.rows[name].endpoint
        if endpoint.frozen != on:
            endpoint.frozen = on
            self._say(f"{name} is {'frozen: it answers nothing' if on else 'answering again'}.")

    def _run(self, row: EndpointRow, verb: str, coro: Coroutine[Any, Any, None]) -> None:
        async def attempt() -> None:
            try:
                await coro
            except OSError as exc:
                self._report(
                    f"{row.endpoint.name} could not {verb} on port {row.endpoint.port}: "
                    f"{exc.strerror or exc}. Try again in a moment."
                )
            else:
                self._say(f"{row.endpoint.name} {'stopped' if verb == 'stop' else 'started'}.")
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
        words = ["listening" if stats.listening else "stopped"]
        if stats.frozen:
            words.append("frozen")
        if stats.reject_token:
            words.append("rejecting tokens")
        row.state.setText(", ".join(words))
        row.counters.setText(
            f"{stats.active} connected now, {stats.max_active} at most at once\n"
            f"{stats.accepted} accepted, {stats.tokens_rejected} tokens refused, "
            f"{stats.commands_sent} commands sent"
        )
        verb = "Stop" if stats.listening else "Start"
        row.start_stop.setText(verb)
        row.start_stop.setAccessibleName(f"{verb} {name}")
        row.start_stop.setToolTip(
            "Close its connections (1001 going away) and stop listening"
            if stats.listening
            else "Listen again on the same port"
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
        self._report(f"A DEMO control failed: {error}")
