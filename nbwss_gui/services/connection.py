"""One connection to a cloud endpoint: open, prove ourselves with the token, then live (SPEC §4).

`open_connection` does DNS, TCP, TLS and the WebSocket upgrade. The TLS certificate is checked
(against the trust store, or against the endpoint's pinned fingerprint) before anything else is
sent. `Connection.handshake` sends the CONNECT request with the token and waits for the verdict;
`Connection.serve` then answers the cloud's messages and sends the keep-alive pings until the
connection ends, and returns why it ended. Every failure is a `Failure` (services.failure).

Keep-alive is done here rather than by websockets so that missed pongs can be counted against
`keepAlive.maxPongMissAllowed` and the round-trip time reported.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any, NoReturn

from cryptography import x509
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidMessage
from websockets.frames import CloseCode
from websockets.protocol import State
from websockets.uri import parse_uri

from nbwss_gui import __version__
from nbwss_gui.domain.message_log import Direction, MessageLog
from nbwss_gui.domain.protocol import (
    Message,
    MessageType,
    ProtocolError,
    SubType,
    command_not_available,
    connect_request,
    connect_verdict,
    decode,
)
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.registered import RegisteredEndpoint, normalize_fingerprint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.certificate import sha256_fingerprint
from nbwss_gui.services.failure import (
    ConnectionFailure,
    Failure,
    FailureKind,
    classify_closed,
    classify_open_error,
    where,
)
from nbwss_gui.services.peer_close import PeerCloseAware, closed_exception, peer_closed
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
# How long a closing handshake may take before the socket is simply dropped.
CLOSE_TIMEOUT = 2.0
USER_AGENT = f"nbwss-gui/{__version__}"

logger = logging.getLogger(__name__)


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


class Connection:
    """An open WebSocket to one endpoint. Close it with `close()` whatever happens."""

    def __init__(
        self,
        endpoint: RegisteredEndpoint,
        websocket: ClientConnection,
        settings: Settings,
        log: MessageLog | None = None,
        *,
        via: ProxyAddress | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.settings = settings
        # The proxy whose tunnel this connection runs in, if any (without its password).
        self.via = via.with_password(None) if via is not None else None
        self.log = log if log is not None else MessageLog()
        self.rtt_ms: float | None = None
        self.accepted = False
        self.opened_at = time.monotonic()
        self._websocket = websocket
        self._secrets: tuple[str, ...] = ()
        self._ended: Failure | None = None
        # serve() returned at the peer's close frame, before the teardown was over.
        self._left_early = False
        self._teardown: asyncio.Future[None] | None = None
        through = f" through the proxy {via.where}" if via is not None else ""
        self.log.event(f"opened {endpoint.url}{through}")

    @property
    def where(self) -> str:
        return where(self.endpoint.url)

    @property
    def closed(self) -> bool:
        return self._websocket.close_code is not None or self._ended is not None

    @property
    def tearing_down(self) -> bool:
        """serve() is over but the closing handshake or TCP teardown is not yet."""
        return self._left_early and self._websocket.state is not State.CLOSED

    def when_torn_down(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the connection is entirely closed."""
        if self._teardown is None:
            self._teardown = asyncio.ensure_future(self._websocket.wait_closed())
        self._teardown.add_done_callback(lambda _done: callback())

    def peer_certificate(self) -> bytes | None:
        ssl_object = self._websocket.transport.get_extra_info("ssl_object")
        if ssl_object is None:
            return None
        der = ssl_object.getpeercert(binary_form=True)
        return bytes(der) if der else None

    def certificate_expires(self) -> float | None:
        """When the certificate the endpoint presented expires (Unix seconds), or None."""
        der = self.peer_certificate()
        if der is None:
            return None
        try:
            return x509.load_der_x509_certificate(der).not_valid_after_utc.timestamp()
        except ValueError:
            return None

    def check_certificate(self) -> None:
        """With a pin: the exact certificate, and not expired (the chain was not checked)."""
        pin = self.endpoint.pinned_sha256
        if not pin:
            return
        der = self.peer_certificate()
        if der is None:
            self._fail_open(FailureKind.CERTIFICATE_CHANGED, "sent no certificate")
        seen = sha256_fingerprint(der)
        if seen != normalize_fingerprint(pin):
            self._fail_open(
                FailureKind.CERTIFICATE_CHANGED,
                f"presented a different certificate than the one trusted for this endpoint "
                f"(certificate changed: SHA-256 {seen}, trusted {pin}). The token was not sent. "
                "Check the certificate and trust the new one only if it is expected.",
            )
        cert = x509.load_der_x509_certificate(der)
        now = dt.datetime.now(dt.UTC)
        if cert.not_valid_after_utc < now:
            self._fail_open(
                FailureKind.CERTIFICATE_EXPIRED,
                f"presented the trusted certificate, but it expired on "
                f"{cert.not_valid_after_utc:%Y-%m-%d}. The token was not sent.",
            )
        if cert.not_valid_before_utc > now:
            self._fail_open(
                FailureKind.TLS_UNTRUSTED,
                f"presented the trusted certificate, but it is not valid before "
                f"{cert.not_valid_before_utc:%Y-%m-%d} (check this computer's clock).",
            )

    def _fail_open(self, kind: FailureKind, words: str) -> NoReturn:
        failure = Failure(kind, f"{self.where} {words}")
        self._ended = failure
        self.log.event(failure.message)
        raise ConnectionFailure(failure)

    # The CONNECT exchange

    async def handshake(self, token: str) -> None:
        """Send CONNECT with the token; return once accepted, else close and raise."""
        self._secrets = (token,)
        try:
            await self._handshake(token)
        except ConnectionFailure as exc:
            failure = exc.failure.scrubbed(self._secrets)
            self.log.event(f"CONNECT failed: {failure.message}", close_code=failure.close_code)
            await self._close_for(failure)
            raise ConnectionFailure(failure) from None
        except Exception as exc:
            # Whatever the peer did, it costs this connection only, never the group's task.
            failure = self._unexpected(exc, "during the CONNECT exchange")
            self._websocket.transport.abort()
            raise ConnectionFailure(failure) from None
        except BaseException:
            self._websocket.transport.abort()
            raise

    async def _handshake(self, token: str) -> None:
        request = connect_request(token)
        try:
            await self._websocket.send(request.encode())
        except ConnectionClosed as exc:
            raise ConnectionFailure(self._closed(exc, "CONNECT")) from None
        self.log.message(Direction.OUT, request)
        timeout = self.settings.connect_response_timeout
        try:
            async with asyncio.timeout(timeout):
                while True:
                    response = await self._receive("CONNECT")
                    if response is not None:
                        break
        except TimeoutError:
            raise ConnectionFailure(
                Failure(
                    FailureKind.NO_CONNECT_RESPONSE,
                    f"{self.where} did not answer the CONNECT request within {timeout:g} s.",
                )
            ) from None
        self.log.message(Direction.IN, response)
        try:
            valid = connect_verdict(response, request)
        except ProtocolError as exc:
            raise ConnectionFailure(
                Failure(FailureKind.PROTOCOL_ERROR, f"{self.where}: {exc}.")
            ) from None
        if not valid:
            raise ConnectionFailure(
                Failure(
                    FailureKind.TOKEN_REJECTED,
                    f"{self.where} rejected the token (CONNECT answered valid: false). Get "
                    "fresh endpoint details from the cloud provider.",
                )
            )
        self.accepted = True
        self.log.event("CONNECT accepted")

    async def _receive(self, during: str = "") -> Message | None:
        """The next message; None when it was undecodable and ignoreDecoder says keep going."""
        try:
            raw = await self._websocket.recv()
        except ConnectionClosed as exc:
            raise ConnectionFailure(self._closed(exc, during)) from None
        try:
            if not isinstance(raw, str):
                raise ProtocolError(
                    f"it is a binary frame of {len(raw):,} bytes; NBWSS messages are JSON text"
                )
            incoming = decode(raw)
            if (
                self.accepted
                and incoming.type is MessageType.CONNECT
                and incoming.sub_type is SubType.RESPONSE
            ):
                raise ProtocolError("the CONNECT request was answered a second time")
            return incoming
        except ProtocolError as exc:
            self.log.undecodable(raw, str(exc), self._secrets)
            if self.settings.ignore_decoder:
                return None
            raise ConnectionFailure(
                Failure(
                    FailureKind.PROTOCOL_ERROR,
                    f"{self.where} sent a message that cannot be decoded: {exc}. The "
                    "connection was closed (exception.ignoreDecoder=true keeps it).",
                )
            ) from None

    def _unexpected(self, exc: Exception, when: str) -> Failure:
        """A failure nobody planned for, as a protocol error of this one connection."""
        logger.error("unexpected error with %s %s", self.where, when, exc_info=exc)
        failure = Failure(
            FailureKind.PROTOCOL_ERROR,
            f"{self.where}: the connection failed unexpectedly {when} "
            f"({type(exc).__name__}); it was dropped. Details are in the log file.",
        ).scrubbed(self._secrets)
        self._ended = failure
        self.log.event(failure.message)
        return failure

    def _closed(self, exc: ConnectionClosed, during: str = "") -> Failure:
        failure = classify_closed(exc, self.endpoint.url, during=during).scrubbed(self._secrets)
        if self.via is not None and exc.rcvd is None and exc.sent is None:
            # No close frame either way: the tunnel itself ended (the proxy, or its line).
            failure = tunnel_closed(self.via, self.where, during or "the connection")
        code = exc.rcvd.code if exc.rcvd is not None else None
        reason = exc.rcvd.reason if exc.rcvd is not None else None
        self.log.event(
            f"closed: {failure.message}",
            close_code=code or failure.close_code,
            close_reason=reason,
            secrets=self._secrets,
        )
        return failure

    # Living

    async def serve(self, on_rtt: Callable[[float], None] | None = None) -> Failure:
        """Answer the cloud and keep the connection alive until it ends; return why it ended."""
        keepalive = asyncio.create_task(self._keep_alive(on_rtt), name="nbwss keep-alive")
        try:
            while True:
                try:
                    incoming = await self._receive_serving()
                    if incoming is not None:
                        await self._answer(incoming)
                except ConnectionFailure as exc:
                    failure = self._ended or exc.failure
                    if not self._left_early:
                        await self._close_for(failure)
                    return failure
                except Exception as exc:
                    # A peer must never cost more than its own connection.
                    failure = self._ended or self._unexpected(exc, "while serving")
                    self._websocket.transport.abort()
                    return failure
        finally:
            keepalive.cancel()
            try:
                await keepalive
            except asyncio.CancelledError:
                pass
            except Exception:
                logger.exception("keep-alive of %s failed", self.where)

    async def _receive_serving(self) -> Message | None:
        """The next message, or ConnectionFailure as soon as the peer's close frame arrives
        (services.peer_close): not after the closing handshake and the TCP teardown."""
        closing = peer_closed(self._websocket)
        if closing is None or closing.done():
            return await self._receive()
        receiving = asyncio.ensure_future(self._receive())
        try:
            waiters: set[asyncio.Future[Any]] = {receiving, closing}
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not receiving.done():
                receiving.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionFailure):
                    await receiving
            elif not receiving.cancelled():
                # Retrieved here, raised below when it still matters (not when cancelled).
                receiving.exception()
        if receiving.done() and not receiving.cancelled():
            # Messages that came before the close frame are read first.
            return receiving.result()
        self._left_early = True
        # Drives the rest of the closing handshake, aborting after websockets' close timeout
        # if the peer never closes its side (nothing else would, with serve() over).
        self._teardown = asyncio.ensure_future(self._websocket.close())
        self._teardown.add_done_callback(_retrieved)
        raise ConnectionFailure(self._closed(closed_exception(self._websocket)))

    async def _answer(self, incoming: Message) -> None:
        kind, sub = incoming.type, incoming.sub_type
        if kind is MessageType.COMMAND and sub is SubType.REQUEST:
            self.log.message(Direction.IN, incoming, "not available, answered 501")
            answer = command_not_available(incoming)
            with contextlib.suppress(ConnectionClosed):
                await self._websocket.send(answer.encode())
                self.log.message(Direction.OUT, answer)
        elif kind is MessageType.NOTIFICATION and sub is SubType.RESPONSE:
            self.log.message(Direction.IN, incoming)
        else:
            self.log.message(Direction.IN, incoming, "unexpected here, ignored")

    async def _keep_alive(self, on_rtt: Callable[[float], None] | None) -> None:
        rate = self.settings.keepalive_rate
        allowed = max(1, self.settings.max_pong_miss)
        missed = 0
        waiter: asyncio.Future[float] | None = None
        while True:
            await asyncio.sleep(rate)
            if waiter is not None:
                if waiter.done():
                    missed = 0
                else:
                    missed += 1
                    if missed >= allowed:
                        self._end_for_keepalive(missed, rate)
                        return
            try:
                pong = await self._websocket.ping()
            except ConnectionClosed:
                return
            waiter = asyncio.ensure_future(pong)
            waiter.add_done_callback(self._pong_callback(on_rtt))

    def _pong_callback(
        self, on_rtt: Callable[[float], None] | None
    ) -> Callable[[asyncio.Future[float]], None]:
        def received(waiter: asyncio.Future[float]) -> None:
            if waiter.cancelled() or waiter.exception() is not None:
                return
            self.rtt_ms = waiter.result() * 1000.0
            if on_rtt is not None:
                on_rtt(self.rtt_ms)

        return received

    def _end_for_keepalive(self, missed: int, rate: float) -> None:
        self._ended = Failure(
            FailureKind.KEEPALIVE_TIMEOUT,
            f"{self.where} stopped answering: {missed} keep-alive pings in a row had no pong "
            f"(one every {rate:g} s); keep-alive timeout, the connection was dropped.",
        )
        self.log.event(self._ended.message)
        # A peer that does not answer pings will not answer a close either.
        self._websocket.transport.abort()

    # Closing

    async def close(self, reason: str = "closed by this application") -> None:
        """Close with 1000 and wait (at most CLOSE_TIMEOUT) for the peer to agree."""
        if self._ended is None:
            self._ended = Failure(FailureKind.CLOSED_LOCALLY, reason)
        if self._websocket.close_code is None:
            self.log.event(f"closing: {reason}", close_code=int(CloseCode.NORMAL_CLOSURE))
        await self._websocket.close(CloseCode.NORMAL_CLOSURE, reason[:100])

    async def _close_for(self, failure: Failure) -> None:
        code = {
            FailureKind.PROTOCOL_ERROR: CloseCode.PROTOCOL_ERROR,
            FailureKind.MESSAGE_TOO_BIG: CloseCode.MESSAGE_TOO_BIG,
        }.get(failure.kind, CloseCode.NORMAL_CLOSURE)
        if self._ended is None:
            self._ended = failure
        if failure.kind in (FailureKind.KEEPALIVE_TIMEOUT, FailureKind.NO_CONNECT_RESPONSE):
            # A silent peer will not answer a close either: drop the socket.
            self._websocket.transport.abort()
            return
        await self._websocket.close(code, _close_reason(failure))

    def abort(self) -> None:
        self._websocket.transport.abort()


def _retrieved(task: asyncio.Future[None]) -> None:
    """A teardown nobody awaits: its outcome is of no interest, but must not be reported as
    never retrieved."""
    if not task.cancelled():
        task.exception()


def _close_reason(failure: Failure) -> str:
    return {
        FailureKind.TOKEN_REJECTED: "token rejected",
        FailureKind.PROTOCOL_ERROR: "protocol error",
        FailureKind.MESSAGE_TOO_BIG: "message too big",
    }.get(failure.kind, "")
