"""An open connection to one cloud endpoint: its certificate, CONNECT, then serving (SPEC §4).

`Connection` is what services.connection's `open_connection` returns. `check_certificate`
checks a pinned certificate before anything else is sent; `handshake` sends the CONNECT request
with the token and waits for the verdict; `serve` then answers the cloud's messages while the
keep-alive (services.keepalive) pings, until the connection ends, and returns why it ended. How
it ends is services.connection_close and services.peer_close. Every failure is a `Failure`
(services.failure).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import NoReturn

from cryptography import x509
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.frames import CloseCode
from websockets.protocol import State

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
from nbwss_gui.domain.words import translate
from nbwss_gui.services.certificate import sha256_fingerprint
from nbwss_gui.services.connection_close import close_for, closed_failure, start_teardown
from nbwss_gui.services.failure import ConnectionFailure, Failure, FailureKind, where
from nbwss_gui.services.keepalive import keep_alive, keepalive_timeout
from nbwss_gui.services.peer_close import PeerClosed, closed_exception, receive_unless_closing

__all__ = ["Connection"]

# Under the name its lines have always had in the log file.
logger = logging.getLogger("nbwss_gui.services.connection")


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
            self._fail_open(
                FailureKind.CERTIFICATE_CHANGED, translate("Connection", "sent no certificate")
            )
        seen = sha256_fingerprint(der)
        if seen != normalize_fingerprint(pin):
            self._fail_open(
                FailureKind.CERTIFICATE_CHANGED,
                translate(
                    "Connection",
                    "presented a different certificate than the one trusted for this endpoint "
                    "(certificate changed: SHA-256 {seen}, trusted {pin}). The token was not "
                    "sent. Check the certificate and trust the new one only if it is "
                    "expected.",
                ).fill(seen=seen, pin=pin),
            )
        cert = x509.load_der_x509_certificate(der)
        now = dt.datetime.now(dt.UTC)
        if cert.not_valid_after_utc < now:
            self._fail_open(
                FailureKind.CERTIFICATE_EXPIRED,
                translate(
                    "Connection",
                    "presented the trusted certificate, but it expired on "
                    "{date}. The token was not sent.",
                ).fill(date=f"{cert.not_valid_after_utc:%Y-%m-%d}"),
            )
        if cert.not_valid_before_utc > now:
            self._fail_open(
                FailureKind.TLS_UNTRUSTED,
                translate(
                    "Connection",
                    "presented the trusted certificate, but it is not valid before "
                    "{date} (check this computer's clock).",
                ).fill(date=f"{cert.not_valid_before_utc:%Y-%m-%d}"),
            )

    def _fail_open(self, kind: FailureKind, words: str) -> NoReturn:
        failure = Failure(
            kind, translate("Connection", "{where} {words}").fill(where=self.where, words=words)
        )
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
                    translate(
                        "Connection",
                        "{where} did not answer the CONNECT request within {seconds} s.",
                    ).fill(where=self.where, seconds=f"{timeout:g}"),
                )
            ) from None
        self.log.message(Direction.IN, response)
        try:
            valid = connect_verdict(response, request)
        except ProtocolError as exc:
            raise ConnectionFailure(
                Failure(
                    FailureKind.PROTOCOL_ERROR,
                    translate("Connection", "{where}: {reason}.").fill(
                        where=self.where, reason=exc
                    ),
                )
            ) from None
        if not valid:
            raise ConnectionFailure(
                Failure(
                    FailureKind.TOKEN_REJECTED,
                    translate(
                        "Connection",
                        "{where} rejected the token (CONNECT answered valid: false). Get fresh "
                        "endpoint details from the cloud provider.",
                    ).fill(where=self.where),
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
                    translate(
                        "Connection",
                        "{where} sent a message that cannot be decoded: {reason}. The "
                        "connection was closed (exception.ignoreDecoder=true keeps it).",
                    ).fill(where=self.where, reason=exc),
                )
            ) from None

    def _unexpected(self, exc: Exception, when: str) -> Failure:
        """A failure nobody planned for, as a protocol error of this one connection."""
        logger.error("unexpected error with %s %s", self.where, when, exc_info=exc)
        failure = Failure(
            FailureKind.PROTOCOL_ERROR,
            translate(
                "Connection",
                "{where}: the connection failed unexpectedly {when} ({error}); it was "
                "dropped. Details are in the log file.",
            ).fill(where=self.where, when=when, error=type(exc).__name__),
        ).scrubbed(self._secrets)
        self._ended = failure
        self.log.event(failure.message)
        return failure

    def _closed(self, exc: ConnectionClosed, during: str = "") -> Failure:
        return closed_failure(
            exc, self.endpoint.url, self.log, via=self.via, secrets=self._secrets, during=during
        )

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
        try:
            return await receive_unless_closing(self._websocket, self._receive())
        except PeerClosed:
            pass
        self._left_early = True
        self._teardown = start_teardown(self._websocket)
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
        def pong(rtt_ms: float) -> None:
            self.rtt_ms = rtt_ms
            if on_rtt is not None:
                on_rtt(self.rtt_ms)

        await keep_alive(self._websocket, self.settings, pong, self._end_for_keepalive)

    def _end_for_keepalive(self, missed: int, rate: float) -> None:
        self._ended = keepalive_timeout(self.where, missed, rate)
        self.log.event(self._ended.message)
        # A peer that does not answer pings will not answer a close either.
        self._websocket.transport.abort()

    # Closing

    async def close(self, reason: str = "closed by this application") -> None:
        """Close with 1000 and wait (at most CLOSE_TIMEOUT, services.connection_close) for the
        peer to agree."""
        if self._ended is None:
            self._ended = Failure(FailureKind.CLOSED_LOCALLY, reason)
        if self._websocket.close_code is None:
            self.log.event(f"closing: {reason}", close_code=int(CloseCode.NORMAL_CLOSURE))
        await self._websocket.close(CloseCode.NORMAL_CLOSURE, reason[:100])

    async def _close_for(self, failure: Failure) -> None:
        if self._ended is None:
            self._ended = failure
        await close_for(self._websocket, failure)

    def abort(self) -> None:
        self._websocket.transport.abort()
