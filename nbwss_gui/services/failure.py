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
        return Failure(FailureKind.INVALID_URL, f"The URL {url} cannot be used: {exc}.")
    if isinstance(exc, TimeoutError):
        return Failure(
            FailureKind.TIMEOUT,
            f"{target} did not complete the connection (TCP, TLS and WebSocket upgrade) "
            f"within {timeout:g} s.",
        )
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        phrase = exc.response.reason_phrase
        hint = {
            401: " The server wants credentials: is this the right URL?",
            403: " The server refused this client.",
            404: " No WebSocket endpoint at this path: check the URL.",
        }.get(status, "")
        return Failure(
            FailureKind.HTTP_STATUS,
            f"HTTP {status} {phrase} instead of a WebSocket upgrade from {target}.{hint}".replace(
                "  ", " "
            ),
            http_status=status,
        )
    if isinstance(exc, SecurityError):
        return Failure(FailureKind.PROTOCOL_ERROR, f"{target} refused by safety rules: {exc}.")
    if isinstance(exc, InvalidMessage):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            f"{target} did not answer the WebSocket upgrade with a valid HTTP response "
            f"({_cause_text(exc)}).",
        )
    if isinstance(exc, InvalidHandshake):
        return Failure(
            FailureKind.PROTOCOL_ERROR, f"The WebSocket upgrade with {target} failed: {exc}."
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        words = describe_ssl_error(exc, host=_host(url))
        if is_hostname_mismatch(exc):
            return Failure(FailureKind.HOSTNAME_MISMATCH, words)
        if exc.verify_code == _EXPIRED:
            return Failure(FailureKind.CERTIFICATE_EXPIRED, words)
        return Failure(FailureKind.TLS_UNTRUSTED, words)
    if isinstance(exc, ssl.SSLError):
        return Failure(FailureKind.TLS, f"TLS with {target} failed. {describe_ssl_error(exc)}")
    if isinstance(exc, socket.gaierror):
        return Failure(
            FailureKind.DNS, f"The host name {_host(url)} could not be found (DNS lookup failed)."
        )
    if _is_refused(exc):
        return Failure(
            FailureKind.REFUSED,
            f"{target} refused the connection: nothing is listening there, or a firewall "
            "rejects it.",
        )
    if isinstance(exc, ConnectionResetError):
        return Failure(FailureKind.TLS, f"TLS with {target} failed. {describe_ssl_error(exc)}")
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        return Failure(FailureKind.NETWORK, f"Could not connect to {target}: {reason}.")
    return Failure(FailureKind.NETWORK, f"Could not connect to {target}: {type(exc).__name__}.")


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
        return "the connection closed before a complete response"
    if cause is not None and str(cause):
        return str(cause)
    return str(exc) or "no response"


def describe_close(close: Close | None) -> str:
    if close is None:
        return "without a close frame (code 1006, abnormal closure)"
    explanation = CLOSE_CODE_EXPLANATIONS.get(close.code, "unknown code")
    text = f"with code {close.code} ({explanation})"
    if close.reason:
        text += f": {close.reason}"
    return text


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
            f"{target} sent a message too big to accept ({sent.reason or 'over the limit'}); "
            "the connection was closed.",
            close_code=int(sent.code),
        )
    if (
        sent is not None
        and sent.code == CloseCode.INVALID_DATA
        and (rcvd is None or exc.rcvd_then_sent is False)
    ):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            f"{target} sent a text message that is not valid UTF-8 "
            f"({sent.reason or 'invalid data'}); the connection was closed.",
            close_code=int(sent.code),
        )
    if (
        sent is not None
        and sent.code in (CloseCode.PROTOCOL_ERROR, CloseCode.INVALID_DATA)
        and (rcvd is None or exc.rcvd_then_sent is False)
    ):
        return Failure(
            FailureKind.PROTOCOL_ERROR,
            f"{target} broke the WebSocket protocol ({sent.reason or 'protocol error'}); "
            "the connection was closed.",
            close_code=int(sent.code),
        )
    before = f" before answering {during}" if during else ""
    if rcvd is None:
        return Failure(
            FailureKind.CLOSED,
            f"The connection to {target} was lost{before} {describe_close(None)}.",
            close_code=int(CloseCode.ABNORMAL_CLOSURE),
        )
    return Failure(
        FailureKind.CLOSED,
        f"{target} closed the connection{before} {describe_close(rcvd)}.",
        close_code=int(rcvd.code),
    )


def token_failure(exc: BaseException) -> Failure:
    """A token that could not be read (keyring locked, missing entry) as a Failure."""
    words = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return Failure(
        FailureKind.TOKEN_UNAVAILABLE,
        f"The token for this endpoint could not be read from the keyring: {words}",
    )
