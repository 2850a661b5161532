"""What the details pane says of the selected endpoint or group, as HTML: the connection and
full last error, the recent state history, and the certificate (fingerprint, issuer, expiry
and who trusts it). Loaded when something is first selected, not at start-up: the pane starts
with nothing selected (`details_pane`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from nbwss_gui.domain.certificate_trust import trusted_by
from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.servers_window.columns import EndpointLike, format_time, state_text
from nbwss_gui.ui.widgets.translation import say

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

NOWRAP = "white-space:nowrap"
# The newest state changes shown; the bundle keeps more.
HISTORY_SHOWN = 30


def _time(value: float) -> str:
    return format_time(value) if value else ""


def endpoint_html(
    model: EndpointModel,
    endpoint: EndpointLike,
    events: Iterable[Mapping[str, Any]],
    info: CertificateInfo | None,
    extra_ca_file: str | None,
    *,
    two_columns: bool,
) -> str:
    """A heading line, then the connection, last error and certificate, and the state history:
    side by side when there is room for `two_columns` (the pane is wide and low), else one
    below the other."""
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
        + f"</b></p>{_certificate(model, endpoint, info, extra_ca_file)}"
    )
    right = (
        "<p>"
        + QCoreApplication.translate("DetailsPane", "<b>State history</b> (newest first)")
        + f"</p>{_history(endpoint.id, events)}"
    )
    if not two_columns:
        return f"<p>{heading}</p>{left}{right}"
    return (
        f"<p>{heading}</p>"
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='55%' valign='top'>{left}</td><td width='12'></td>"
        f"<td valign='top'>{right}</td></tr></table>"
    )


def group_html(model: EndpointModel, group_id: str) -> str:
    """A group row: its roll-up in full, and each endpoint's connection state."""
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


def _history(endpoint_id: str, events: Iterable[Mapping[str, Any]]) -> str:
    mine = [e for e in events if e.get("endpointId") == endpoint_id]
    if not mine:
        return (
            "<p>"
            + html.escape(QCoreApplication.translate("DetailsPane", "No state change seen yet."))
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


def _certificate(
    model: EndpointModel,
    endpoint: EndpointLike,
    info: CertificateInfo | None,
    extra_ca_file: str | None,
) -> str:
    esc = html.escape
    pinned = getattr(endpoint, "pinned_sha256", None)
    if info is None:
        expiry = model.expiry_text(endpoint.id)
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
            extra_ca_file=extra_ca_file,
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
