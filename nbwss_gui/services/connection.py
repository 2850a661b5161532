"""One connection to a cloud endpoint: open, prove ourselves with the token, then live (SPEC §4).

`open_connection` does DNS, TCP, TLS and the WebSocket upgrade, with the options every client
connection to an endpoint has, through a proxy when one is named. The TLS certificate is checked
(against the trust store, or against the endpoint's pinned fingerprint) before anything else is
sent. The `Connection` it returns (services.endpoint_connection) then sends CONNECT with the
token (`Connection.handshake`) and serves the cloud until the connection ends
(`Connection.serve`); `connect_endpoint` does both steps. Every failure is a `Failure`
(services.failure).

Keep-alive is ours rather than websockets' (services.keepalive) so that missed pongs can be
counted against `keepAlive.maxPongMissAllowed` and the round-trip time reported.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidMessage
from websockets.uri import parse_uri

from nbwss_gui import __version__
from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection_close import CLOSE_TIMEOUT
from nbwss_gui.services.endpoint_connection import Connection
from nbwss_gui.services.failure import ConnectionFailure, classify_open_error, where
from nbwss_gui.services.peer_close import PeerCloseAware
from nbwss_gui.services.proxy import Proxies, open_tunnel, tunnel_closed
from nbwss_gui.services.tls_contexts import TlsContexts

__all__ = [
    "CLOSE_TIMEOUT",
    "MAX_MESSAGE_SIZE",
    "Connection",
    "TlsContexts",
    "WithoutFrameLines",
    "client_options",
    "connect_endpoint",
    "ended_early",
    "open_connection",
]

# A CONNECT, COMMAND or NOTIFICATION message is a few kilobytes; a bigger one is refused.
MAX_MESSAGE_SIZE = 1 << 20
USER_AGENT = f"nbwss-gui/{__version__}"


class WithoutFrameLines(logging.LoggerAdapter[logging.Logger]):
    """websockets' client logger without its DEBUG lines, for a connection that sends a token.

    At DEBUG websockets logs every frame with the first 48 and the last 24 characters of its
    payload, and the CONNECT request ends with the token: its tail would reach the log file.
    Its warnings and errors still get through.
    """

    def __init__(self) -> None:
        super().__init__(logging.getLogger("websockets.client"))

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


def client_options() -> dict[str, Any]:
    """The options of every client connection to an endpoint (the engine's and Validate's)."""
    return {
        # A proxy is ours to choose (services.proxy: the settings, then the system's), and its
        # tunnel is handed in as the socket; websockets must not add one from the environment.
        "proxy": None,
        # Keep-alive is ours (Connection.serve), to count missed pongs and report the RTT.
        "ping_interval": None,
        "ping_timeout": None,
        "close_timeout": CLOSE_TIMEOUT,
        "max_size": MAX_MESSAGE_SIZE,
        "user_agent_header": USER_AGENT,
        # NBWSS messages are small: per-connection zlib state would cost more memory (at a
        # thousand connections) than compression saves.
        "compression": None,
        "logger": WithoutFrameLines(),
    }


async def open_connection(
    endpoint: RegisteredEndpoint,
    settings: Settings,
    *,
    contexts: TlsContexts | None = None,
    log: MessageLog | None = None,
    proxies: Proxies | None = None,
) -> Connection:
    """Open the WebSocket to `endpoint` (nothing of ours is sent yet); ConnectionFailure if not.

    Through the proxy `proxies` names for its URL, if any: DNS, TCP and CONNECT to the proxy,
    then TLS and the upgrade inside the tunnel, all within the one connect timeout.
    """
    contexts = contexts or TlsContexts(settings.ca_file)
    timeout = settings.connect_timeout
    proxy: ProxyAddress | None = None
    try:
        if not endpoint.pinned_sha256:
            await contexts.load()
        context = contexts.for_endpoint(endpoint)
        proxy = await proxies.route_for(endpoint.url) if proxies is not None else None
        if proxy is None:
            websocket = await connect(
                endpoint.url,
                ssl=context,
                open_timeout=timeout,
                # Tells when the peer's close frame arrives: the group fails over then.
                create_connection=PeerCloseAware,
                **client_options(),
            )
        else:
            websocket = await _through(proxy, endpoint.url, context, timeout)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        failure = classify_open_error(exc, endpoint.url, timeout)
        if proxy is not None and not isinstance(exc, ConnectionFailure) and ended_early(exc):
            failure = tunnel_closed(proxy, where(endpoint.url), "TLS or the WebSocket upgrade")
        raise ConnectionFailure(failure) from None
    connection = Connection(endpoint, websocket, settings, log, via=proxy)
    try:
        connection.check_certificate()
    except ConnectionFailure:
        websocket.transport.abort()
        raise
    return connection


async def _through(
    proxy: ProxyAddress, url: str, context: ssl.SSLContext, timeout: float
) -> ClientConnection:
    """The tunnel through `proxy`, then TLS with the endpoint and the upgrade inside it."""
    uri = parse_uri(url)
    started = time.monotonic()
    tunnel = await open_tunnel(proxy, uri.host, uri.port, timeout=timeout, secure=uri.secure)
    remaining = max(timeout - (time.monotonic() - started), 0.001)
    try:
        return await connect(
            url,
            sock=tunnel.sock,
            ssl=context,
            server_hostname=uri.host,
            open_timeout=remaining,
            create_connection=PeerCloseAware,
            **client_options(),
        )
    except BaseException:
        tunnel.sock.close()
        raise


def ended_early(exc: BaseException) -> bool:
    """The tunnel closed under TLS or the upgrade (rather than the endpoint saying no)."""
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError | ConnectionError | EOFError):
        return True
    return isinstance(exc, InvalidMessage) and isinstance(exc.__cause__, EOFError)


async def connect_endpoint(
    endpoint: RegisteredEndpoint,
    token: str,
    settings: Settings,
    *,
    contexts: TlsContexts | None = None,
    log: MessageLog | None = None,
    proxies: Proxies | None = None,
) -> Connection:
    """Open and send CONNECT: a connection the cloud has accepted, or ConnectionFailure."""
    connection = await open_connection(
        endpoint, settings, contexts=contexts, log=log, proxies=proxies
    )
    await connection.handshake(token)
    return connection
