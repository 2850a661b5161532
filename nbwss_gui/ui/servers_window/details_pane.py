"""The details pane of the WebSocket Servers window (SPEC §3.1): everything known of the one
selected endpoint — its connection and full last error, its recent state history (the
engine's events as this window received them, whether it runs the connections or shows an
owner's), and its certificate: fingerprint, issuer, expiry and who trusts it.

A dock, so that it can sit below or beside the list, float, or be closed; the window keeps
where it was in window-state.ini.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from nbwss_gui.domain.certificate_trust import trusted_by
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.servers_window.columns import EndpointLike, format_time, state_text

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

NOWRAP = "white-space:nowrap"
# From this many average characters wide, the pane has two columns.
WIDE_CHARS = 130
# The newest state changes shown; the bundle keeps more.
HISTORY_SHOWN = 30
NOTHING_SELECTED = (
    "Select one endpoint to see its last error, its state history and its certificate."
)


class DetailsSource(Protocol):
    """What the pane reads, and no more."""

    model: EndpointModel

    def single_endpoint(self) -> EndpointLike | None: ...
    def single_group(self) -> str | None: ...
    def extra_ca_file(self) -> str | None: ...


def _time(value: float) -> str:
    return format_time(value) if value else ""


class DetailsPane(QDockWidget):
    """The selected endpoint's details; `refresh()` (coalesced) when anything may have changed."""

    def __init__(
        self,
        source: DetailsSource,
        events: Callable[[], Iterable[Mapping[str, Any]]],
        certificates: Callable[[], Mapping[str, CertificateInfo]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Details", parent)
        self.setObjectName("detailsDock")
        self.setAccessibleName("Endpoint details")
        self.source = source
        self._events = events
        self._certificates = certificates
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("Details of the selected endpoint")
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWidget(self.browser)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        self.endpoint_id: str | None = None
        self.refresh_now()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()  # one column or two

    def refresh(self, *_: object) -> None:
        """Look again once the current batch of changes is in."""
        self._timer.start()

    def text(self) -> str:
        return self.browser.toPlainText()

    def refresh_now(self) -> None:
        endpoint = self.source.single_endpoint()
        self.endpoint_id = endpoint.id if endpoint is not None else None
        if endpoint is None:
            group_id = self.source.single_group()
            self.browser.setHtml(
                self._group(group_id)
                if group_id is not None
                else f"<p>{html.escape(NOTHING_SELECTED)}</p>"
            )
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml("".join(self._sections(endpoint)))
        bar.setValue(position)

    # -- what it says ------------------------------------------------------------------------

    def _sections(self, endpoint: EndpointLike) -> Iterable[str]:
        """A heading line, then two columns: the connection, last error and certificate on
        the left, the state history on the right (the pane is wide and low)."""
        model = self.source.model
        esc = html.escape
        yield (
            f"<p><b>{esc(endpoint.host_name)}</b> — {esc(endpoint.url)} — group "
            f"{esc(endpoint.group_id)}, priority {endpoint.priority}, "
            f"{EndpointState.of(endpoint.activated)}</p>"
        )
        status = model.connection_state(endpoint.id)
        if status is None:
            connection = "NOT CONNECTED"
        else:
            words = state_text(status.state, status.retry_at, model.now())
            reason = f" — {status.reason}" if status.reason else ""
            since = _time(status.since)
            connection = f"{words}{reason}" + (f" (since {since})" if since else "")
        last_error = model.last_error(endpoint.id) or "None."
        left = (
            f"<p><b>Connection:</b> {esc(connection)}</p>"
            f"<p><b>Last error:</b> {esc(last_error)}</p>"
            f"<p><b>Certificate</b></p>{self._certificate(endpoint)}"
        )
        right = f"<p><b>State history</b> (newest first)</p>{self._history(endpoint.id)}"
        if self.browser.viewport().width() < self.fontMetrics().averageCharWidth() * WIDE_CHARS:
            yield left + right  # too narrow for two columns: one below the other
            return
        yield (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='55%' valign='top'>{left}</td><td width='12'></td>"
            f"<td valign='top'>{right}</td></tr></table>"
        )

    def _group(self, group_id: str) -> str:
        """A group row: its roll-up in full, and each endpoint's connection state."""
        model = self.source.model
        esc = html.escape
        rows = "".join(
            f"<tr><td>{esc(e.host_name)}</td><td>&nbsp;{esc(e.url)}</td>"
            f"<td>&nbsp;<b>{esc(model.connection_word(e.id))}</b></td></tr>"
            for e in model.endpoints_in_group(group_id)
        )
        return (
            f"<p><b>Server group {esc(group_id)}</b></p>"
            f"<p>{esc(model.group_rollup(group_id))}</p>"
            f"<table cellspacing='2'>{rows}</table>"
        )

    def _history(self, endpoint_id: str) -> str:
        mine = [e for e in self._events() if e.get("endpointId") == endpoint_id]
        if not mine:
            return "<p>No state change seen yet.</p>"
        rows = []
        for event in reversed(mine[-HISTORY_SHOWN:]):
            since = event.get("since") or 0.0
            reason = event.get("reason") or ""
            rows.append(
                f"<tr><td style='{NOWRAP}'>{html.escape(_time(float(since)))}</td>"
                f"<td style='{NOWRAP}'>&nbsp;<b>{html.escape(str(event.get('state', '')))}</b>"
                "</td>"
                f"<td>&nbsp;{html.escape(str(reason))}</td></tr>"
            )
        return f"<table cellspacing='2'>{''.join(rows)}</table>"

    def _certificate(self, endpoint: EndpointLike) -> str:
        esc = html.escape
        info = self._certificates().get(endpoint.id)
        pinned = getattr(endpoint, "pinned_sha256", None)
        if info is None:
            expiry = self.source.model.expiry_text(endpoint.id)
            lines = [f"Expires {esc(expiry)}."] if expiry else []
            if pinned:
                lines.append(f"Pinned SHA-256: <tt>{esc(pinned)}</tt>")
            lines.append("Validate again (Ctrl+Shift+V) reads its fingerprint and issuer.")
            return f"<p>{'<br>'.join(lines)}</p>"
        days = info.days_left()
        left = "expired" if days < 0 else f"{days} day{'' if days == 1 else 's'} left"
        who = trusted_by(
            sha256=info.sha256,
            trusted=info.trusted,
            trust_error=info.trust_error,
            pinned_sha256=pinned,
            extra_ca_file=self.source.extra_ca_file(),
            trust_source=info.trust_source,
        )
        expires = info.not_after.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        rows = [
            ("Subject", info.subject),
            ("Issuer", info.issuer),
            ("SHA-256", info.sha256),
            ("Expires", f"{expires} ({left})"),
            ("Trusted by", who),
            ("Host name", "matches" if info.hostname_matches else "does not match"),
        ]
        cells = "".join(
            f"<tr><td style='{NOWRAP}'><b>{esc(name)}</b></td><td>&nbsp;{esc(value)}</td></tr>"
            for name, value in rows
        )
        return f"<table cellspacing='2'>{cells}</table>"
