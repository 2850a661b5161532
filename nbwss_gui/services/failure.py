"""Why a connection failed or ended, in words a person understands, with a stable kind for code.

Every failure of the engine ends as a `Failure` value: the window shows its message, the
command line prints it, tests assert its kind. The kinds are part of `monitor --json`'s output
and must not change meaning.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from websockets.exceptions import (
    ConnectionClosed,
    InvalidHandshake,
    InvalidMessage,
    InvalidStatus,
    InvalidURI,
    SecurityError,
)
from websockets.frames import CLOSE_CODE_EXPLANATIONS, Close, CloseCode

from nbwss_gui.domain.hosts import host_port
from nbwss_gui.domain.message_log import scrub
from nbwss_gui.domain.words import Words, translate
from nbwss_gui.services.tls import TlsConfigError, describe_ssl_error, is_hostname_mismatch

_EXPIRED = 10


class FailureKind(StrEnum):
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    NETWORK = "network"
    INVALID_URL = "invalid-url"
    TLS = "tls"
    TLS_CONFIG = "tls-config"
    TLS_UNTRUSTED = "tls-untrusted"
    HOSTNAME_MISMATCH = "hostname-mismatch"
    CERTIFICATE_CHANGED = "certificate-changed"
    CERTIFICATE_EXPIRED = "certificate-expired"
    HTTP_STATUS = "http-status"
    TOKEN_UNAVAILABLE = "token-unavailable"  # noqa: S105 - a kind, not a secret
    TOKEN_REJECTED = "token-rejected"  # noqa: S105
    NO_CONNECT_RESPONSE = "no-connect-response"
    PROTOCOL_ERROR = "protocol-error"
    CLOSED = "closed"
    KEEPALIVE_TIMEOUT = "keepalive-timeout"
    MESSAGE_TOO_BIG = "message-too-big"
    # Through an HTTP proxy (SPEC §4.6): its settings cannot be used; it cannot be reached; it
    # wants credentials (407); it refused the CONNECT; it could not reach the endpoint itself
    # (a 5xx answer); it closed the tunnel.
    PROXY_CONFIG = "proxy-config"
    PROXY_UNREACHABLE = "proxy-unreachable"
    PROXY_AUTH = "proxy-auth-required"
    PROXY_REFUSED = "proxy-refused"
    PROXY_UPSTREAM = "proxy-upstream"
    PROXY_CLOSED = "proxy-closed"
    # This application closed it (deactivated, removed, shutting down): not a fault.
    CLOSED_LOCALLY = "closed-locally"
    # Something this application did not foresee; the group's task was restarted.
    INTERNAL = "internal-error"


@dataclass(frozen=True, slots=True)
class Failure:
    kind: FailureKind
    message: str
    # Set when the connection ended with a WebSocket close code.
    close_code: int | None = None
    http_status: int | None = None

    def scrubbed(self, secrets: Iterable[str]) -> Failure:
        """The same failure with any secret taken out of its message."""
        message = scrub(self.message, secrets)
        if message == self.message:
            return self
        return Failure(self.kind, message, self.close_code, self.http_status)


class ConnectionFailure(Exception):
    """A connection attempt failed; `failure` says why. Its text never holds the token."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure

    @property
    def kind(self) -> FailureKind:
        return self.failure.kind

    def __repr__(self) -> str:
        return f"ConnectionFailure({self.failure.kind.value!r}, {self.failure.message!r})"


def where(url: str) -> str:
    """host:port of a wss:// URL, as people write it."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or url
        port = parts.port or 443
    except ValueError:
        return url
    return host_port(host, port)


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def classify_open_error(exc: BaseException, url: str, timeout: float) -> Failure:
    """Why opening the WebSocket (DNS, TCP, TLS, HTTP upgrade) failed."""
    target = where(url)
    if isinstance(exc, ConnectionFailure):
        return exc.failure
    if isinstance(exc, TlsConfigError):
        return Failure(FailureKind.TLS_CONFIG, str(exc))
    if isinstance(exc, InvalidURI):
        return Failure(
            FailureKind.INVALID_URL,
            translate("Connection", "The URL {url} cannot be used: {reason}.").fill(
                url=url, reason=exc
            ),
        )
    if isinstance(exc, TimeoutError):
        return Failure(
            FailureKind.TIMEOUT,
            translate(
                "Connection",
                "{target} did not complete the connection (TCP, TLS and WebSocket upgrade) "
                "within {seconds} s.",
            ).fill(target=target, seconds=f"{timeout:g}"),
        )
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        phrase = exc.response.reason_phrase
        status_line = f"{status} {phrase}".strip()
        hint = _STATUS_HINTS.get(status)
        if hint is None:
            words = translate(
                "Connection", "HTTP {status} instead of a WebSocket upgrade from {target}."
            ).fill(status=status_line, target=target)
        else:
            words = translate(
                "Connection", "HTTP {status} instead of a WebSocket upgrade from {target}. {hint}"
            ).fill(status=status_line, target=target, hint=hint)
        return Failure(FailureKind.HTTP_STATUS, words, http_status=status)
    if isinstance(exc, SecurityError):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            translate("Connection", "{target} refused by safety rules: {reason}.").fill(
                target=target, reason=exc
            ),
        )
    if isinstance(exc, InvalidMessage):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            translate(
                "Connection",
                "{target} did not answer the WebSocket upgrade with a valid HTTP response "
                "({reason}).",
            ).fill(target=target, reason=_cause_text(exc)),
        )
    if isinstance(exc, InvalidHandshake):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            translate("Connection", "The WebSocket upgrade with {target} failed: {reason}.").fill(
                target=target, reason=exc
            ),
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        said = describe_ssl_error(exc, host=_host(url))
        if is_hostname_mismatch(exc):
            return Failure(FailureKind.HOSTNAME_MISMATCH, said)
        if exc.verify_code == _EXPIRED:
            return Failure(FailureKind.CERTIFICATE_EXPIRED, said)
        return Failure(FailureKind.TLS_UNTRUSTED, said)
    if isinstance(exc, ssl.SSLError):
        return Failure(FailureKind.TLS, _tls_failed(target, exc))
    if isinstance(exc, socket.gaierror):
        return Failure(
            FailureKind.DNS,
            translate(
                "Connection", "The host name {host} could not be found (DNS lookup failed)."
            ).fill(host=_host(url)),
        )
    if _is_refused(exc):
        return Failure(
            FailureKind.REFUSED,
            translate(
                "Connection",
                "{target} refused the connection: nothing is listening there, or a firewall "
                "rejects it.",
            ).fill(target=target),
        )
    if isinstance(exc, ConnectionResetError):
        return Failure(FailureKind.TLS, _tls_failed(target, exc))
    reason = type(exc).__name__
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or reason
    return Failure(
        FailureKind.NETWORK,
        translate("Connection", "Could not connect to {target}: {reason}.").fill(
            target=target, reason=reason
        ),
    )


_STATUS_HINTS = {
    401: translate("Connection", "The server wants credentials: is this the right URL?"),
    403: translate("Connection", "The server refused this client."),
    404: translate("Connection", "No WebSocket endpoint at this path: check the URL."),
}


def _tls_failed(target: str, exc: BaseException) -> Words:
    return translate("Connection", "TLS with {target} failed. {reason}").fill(
        target=target, reason=describe_ssl_error(exc)
    )


def _is_refused(exc: BaseException) -> bool:
    if isinstance(exc, ConnectionRefusedError):
        return True
    # With several addresses (localhost: ::1 and 127.0.0.1) asyncio joins the errors into one
    # OSError without an errno; every part of it says "Connect call failed".
    if isinstance(exc, OSError) and exc.errno is None:
        text = str(exc)
        return "Multiple exceptions" in text and f"[Errno {errno.ECONNREFUSED}]" in text
    return False


def _cause_text(exc: BaseException) -> str:
    cause = exc.__cause__
    if isinstance(cause, EOFError):
        return translate("Connection", "the connection closed before a complete response")
    if cause is not None and str(cause):
        return str(cause)
    return str(exc) or translate("Connection", "no response")


def describe_close(close: Close | None) -> Words:
    if close is None:
        return translate("Connection", "without a close frame (code 1006, abnormal closure)")
    explanation = CLOSE_CODE_EXPLANATIONS.get(close.code, "unknown code")
    if close.reason:
        return translate("Connection", "with code {code} ({explanation}): {reason}").fill(
            code=close.code, explanation=explanation, reason=close.reason
        )
    return translate("Connection", "with code {code} ({explanation})").fill(
        code=close.code, explanation=explanation
    )


def classify_closed(exc: ConnectionClosed, url: str, *, during: str = "") -> Failure:
    """Why an open WebSocket ended. `during` names what was awaited (e.g. "CONNECT")."""
    target = where(url)
    sent, rcvd = exc.sent, exc.rcvd
    if (
        sent is not None
        and sent.code == CloseCode.MESSAGE_TOO_BIG
        and exc.rcvd_then_sent is not True
    ):
        return Failure(
            FailureKind.MESSAGE_TOO_BIG,
            translate(
                "Connection",
                "{target} sent a message too big to accept ({reason}); the connection was closed.",
            ).fill(target=target, reason=sent.reason or translate("Connection", "over the limit")),
            close_code=int(sent.code),
        )
    if (
        sent is not None
        and sent.code == CloseCode.INVALID_DATA
        and (rcvd is None or exc.rcvd_then_sent is False)
    ):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            translate(
                "Connection",
                "{target} sent a text message that is not valid UTF-8 ({reason}); "
                "the connection was closed.",
            ).fill(target=target, reason=sent.reason or translate("Connection", "invalid data")),
            close_code=int(sent.code),
        )
    if (
        sent is not None
        and sent.code in (CloseCode.PROTOCOL_ERROR, CloseCode.INVALID_DATA)
        and (rcvd is None or exc.rcvd_then_sent is False)
    ):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            translate(
                "Connection",
                "{target} broke the WebSocket protocol ({reason}); the connection was closed.",
            ).fill(target=target, reason=sent.reason or translate("Connection", "protocol error")),
            close_code=int(sent.code),
        )
    if rcvd is None:
        if during:
            words = translate(
                "Connection", "The connection to {target} was lost before answering {during} {how}."
            )
        else:
            words = translate("Connection", "The connection to {target} was lost {how}.")
        return Failure(
            FailureKind.CLOSED,
            words.fill(target=target, during=during, how=describe_close(None)),
            close_code=int(CloseCode.ABNORMAL_CLOSURE),
        )
    if during:
        words = translate(
            "Connection", "{target} closed the connection before answering {during} {how}."
        )
    else:
        words = translate("Connection", "{target} closed the connection {how}.")
    return Failure(
        FailureKind.CLOSED,
        words.fill(target=target, during=during, how=describe_close(rcvd)),
        close_code=int(rcvd.code),
    )


def token_failure(exc: BaseException) -> Failure:
    """A token that could not be read (keyring locked, missing entry) as a Failure."""
    words = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return Failure(
        FailureKind.TOKEN_UNAVAILABLE,
        translate(
            "Connection", "The token for this endpoint could not be read from the keyring: {reason}"
        ).fill(reason=words),
    )
