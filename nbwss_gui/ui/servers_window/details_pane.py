"""The details pane of the WebSocket Servers window (SPEC §3.1): everything known of the one
selected endpoint — its connection and full last error, its recent state history (the
engine's events as this window received them, whether it runs the connections or shows an
owner's), and its certificate: fingerprint, issuer, expiry and who trusts it.

A dock, so that it can sit below or beside the list, float, or be closed; the window keeps
where it was in window-state.ini.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from nbwss_gui.domain.certificate_trust import trusted_by
from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.servers_window.columns import EndpointLike, format_time, state_text
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

NOWRAP = "white-space:nowrap"
# From this many average characters wide, the pane has two columns.
WIDE_CHARS = 130
# The newest state changes shown; the bundle keeps more.
HISTORY_SHOWN = 30
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "DetailsPane",
    "Select one endpoint to see its last error, its state history and its certificate.",
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
        super().__init__(QCoreApplication.translate("DetailsPane", "Details"), parent)
        self.setObjectName("detailsDock")
        self.setAccessibleName(QCoreApplication.translate("DetailsPane", "Endpoint details"))
        self.source = source
        self._events = events
        self._certificates = certificates
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(
            QCoreApplication.translate("DetailsPane", "Details of the selected endpoint")
        )
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
                else "<p>"
                + html.escape(QCoreApplication.translate("DetailsPane", NOTHING_SELECTED))
                + "</p>"
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
        heading = QCoreApplication.translate(
            "DetailsPane",
            "<b>{host}</b> — {url} — group {group}, priority {priority}, {state}",
        ).format(
            host=esc(endpoint.host_name),
            url=esc(endpoint.url),
            group=esc(endpoint.group_id),
            priority=endpoint.priority,
            state=esc(say(EndpointState.of(endpoint.activated).words)),
        )
        yield f"<p>{heading}</p>"
        status = model.connection_state(endpoint.id)
        if status is None:
            connection = say(ConnectionState.NOT_CONNECTED.words)
        else:
            words = state_text(status.state, status.retry_at, model.now())
            reason = f" — {say(status.reason)}" if status.reason else ""
            since = _time(status.since)
            connection = f"{words}{reason}"
            if since:
                connection += QCoreApplication.translate("DetailsPane", " (since {since})").format(
                    since=since
                )
        last_error = say(model.last_error(endpoint.id) or "") or QCoreApplication.translate(
            "DetailsPane", "None."
        )
        left = (
            "<p>"
            + QCoreApplication.translate("DetailsPane", "<b>Connection:</b> {connection}").format(
                connection=esc(connection)
            )
            + "</p><p>"
            + QCoreApplication.translate("DetailsPane", "<b>Last error:</b> {error}").format(
                error=esc(last_error)
            )
            + "</p><p><b>"
            + esc(QCoreApplication.translate("DetailsPane", "Certificate"))
            + f"</b></p>{self._certificate(endpoint)}"
        )
        right = (
            "<p>"
            + QCoreApplication.translate("DetailsPane", "<b>State history</b> (newest first)")
            + f"</p>{self._history(endpoint.id)}"
        )
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
            f"<td>&nbsp;<b>{esc(say(model.connection_word(e.id).words))}</b></td></tr>"
            for e in model.endpoints_in_group(group_id)
        )
        return (
            "<p><b>"
            + QCoreApplication.translate("DetailsPane", "Server group {group}").format(
                group=esc(group_id)
            )
            + "</b></p>"
            f"<p>{esc(model.group_rollup(group_id))}</p>"
            f"<table cellspacing='2'>{rows}</table>"
        )

    def _history(self, endpoint_id: str) -> str:
        mine = [e for e in self._events() if e.get("endpointId") == endpoint_id]
        if not mine:
            return (
                "<p>"
                + html.escape(
                    QCoreApplication.translate("DetailsPane", "No state change seen yet.")
                )
                + "</p>"
            )
        rows = []
        for event in reversed(mine[-HISTORY_SHOWN:]):
            since = event.get("since") or 0.0
            reason = say(event.get("reason") or "")
            state = event.get("state", "")
            with contextlib.suppress(ValueError):
                state = say(ConnectionState(state).words)
            rows.append(
                f"<tr><td style='{NOWRAP}'>{html.escape(_time(float(since)))}</td>"
                f"<td style='{NOWRAP}'>&nbsp;<b>{html.escape(str(state))}</b>"
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
            lines = (
                [
                    QCoreApplication.translate("DetailsPane", "Expires {expiry}.").format(
                        expiry=esc(expiry)
                    )
                ]
                if expiry
                else []
            )
            if pinned:
                lines.append(
                    QCoreApplication.translate(
                        "DetailsPane", "Pinned SHA-256: <tt>{sha256}</tt>"
                    ).format(sha256=esc(pinned))
                )
            lines.append(
                esc(
                    QCoreApplication.translate(
                        "DetailsPane",
                        "Validate again (Ctrl+Shift+V) reads its fingerprint and issuer.",
                    )
                )
            )
            return f"<p>{'<br>'.join(lines)}</p>"
        days = info.days_left()
        if days < 0:
            left = QCoreApplication.translate("DetailsPane", "expired")
        elif days == 1:
            left = QCoreApplication.translate("DetailsPane", "1 day left")
        else:
            left = QCoreApplication.translate("DetailsPane", "{days} days left").format(days=days)
        who = say(
            trusted_by(
                sha256=info.sha256,
                trusted=info.trusted,
                trust_error=info.trust_error,
                pinned_sha256=pinned,
                extra_ca_file=self.source.extra_ca_file(),
                trust_source=info.trust_source,
            )
        )
        expires = info.not_after.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        rows = [
            (QCoreApplication.translate("DetailsPane", "Subject"), info.subject),
            (QCoreApplication.translate("DetailsPane", "Issuer"), info.issuer),
            ("SHA-256", info.sha256),
            (QCoreApplication.translate("DetailsPane", "Expires"), f"{expires} ({left})"),
            (QCoreApplication.translate("DetailsPane", "Trusted by"), who),
            (
                QCoreApplication.translate("DetailsPane", "Host name"),
                QCoreApplication.translate("DetailsPane", "matches")
                if info.hostname_matches
                else QCoreApplication.translate("DetailsPane", "does not match"),
            ),
        ]
        cells = "".join(
            f"<tr><td style='{NOWRAP}'><b>{esc(name)}</b></td><td>&nbsp;{esc(value)}</td></tr>"
            for name, value in rows
        )
        return f"<table cellspacing='2'>{cells}</table>"
