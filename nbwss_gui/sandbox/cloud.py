"""One sandbox wss endpoint: the cloud side of the NBWSS exchange (SPEC §4.2), on loopback.

It checks the token in the client's CONNECT request, answers with a CONNECT response, then now
and then sends a COMMAND request and acknowledges NOTIFICATION requests. For the demo and the
tests it can be stopped and started again on the same port, told to reject the token, or
frozen: a frozen endpoint reads nothing and says nothing (no pong, no close, no answer) while
its connections stay open, as a hung server would.
"""

from __future__ import annotations

import asyncio
import hmac
import http
import logging
import ssl
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from nbwss_gui.domain import protocol
from nbwss_gui.domain.protocol import Message, MessageType, ProtocolError, SubType

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
PATH = "/nbwss"
# How long a new connection may take to send its CONNECT request.
CONNECT_REQUEST_TIMEOUT = 10.0
# Longer than any client's connect timeout: a frozen endpoint holds a new connection's
# upgrade silently until the client gives up, and only then drops it.
OPEN_TIMEOUT = 60.0
CLOSE_TIMEOUT = 2.0
MAX_SIZE = 1024 * 1024
# Policy violation: the close code for a wrong first message or a rejected token.
POLICY_VIOLATION = 1008
# What the sandbox asks a backup server to run now and then (a harmless read-only call).
COMMAND_URI = "/netbackup/admin/jobs"
COMMAND_HEADERS = {"Accept": "application/vnd.netbackup+json;version=10.0"}


@dataclass(frozen=True, slots=True)
class EndpointStats:
    """A snapshot of an endpoint's state and counters, for display."""

    listening: bool
    frozen: bool
    reject_token: bool
    accepted: int
    active: int
    max_active: int
    tokens_accepted: int
    tokens_rejected: int
    commands_sent: int
    command_responses: int
    notifications: int


class CloudEndpoint:
    """A wss endpoint on 127.0.0.1 that expects `token`.

    The port is chosen by the operating system at the first start and kept afterwards, so the
    endpoint's URL stays valid across stop and start. `command_interval` (seconds; None or 0:
    never) is the pause between COMMAND requests on each CONNECTed connection.
    """

    def __init__(
        self,
        name: str,
        *,
        group_id: str,
        priority: int,
        token: str,
        ssl_context: ssl.SSLContext,
        command_interval: float | None = 30.0,
        host: str = HOST,
        port: int = 0,
    ) -> None:
        if not token:
            raise ValueError("the token is empty")
        self.name = name
        self.group_id = group_id
        self.priority = priority
        self.host = host
        self.command_interval = command_interval
        # How long the client gets to close by itself after a rejected token.
        self.reject_grace = CLOSE_TIMEOUT
        self._token = token.encode("utf-8")
        self._ssl_context = ssl_context
        self._port = port
        self._server: Server | None = None
        self._reject_token = False
        self._frozen = False
        # Set while the endpoint speaks; cleared while frozen (and set again to let a stop
        # through: closing needs both directions).
        self._thawed = asyncio.Event()
        self._thawed.set()
        self._connections: weakref.WeakSet[ServerConnection] = weakref.WeakSet()
        self._listeners: list[Callable[[CloudEndpoint], None]] = []
        self.accepted = 0
        self.active = 0
        self.max_active = 0
        self.tokens_accepted = 0
        self.tokens_rejected = 0
        self.commands_sent = 0
        self.command_responses = 0
        self.notifications = 0
        self.last_command_response: Any = None

    def __repr__(self) -> str:
        return f"CloudEndpoint({self.name!r}, group_id={self.group_id!r}, port={self._port})"

    # -- what it is ----------------------------------------------------------------------

    @property
    def token(self) -> str:
        return self._token.decode("utf-8")

    @property
    def port(self) -> int:
        """The listening port; 0 until the first start."""
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"wss://{host}:{self._port}{PATH}"

    @property
    def listening(self) -> bool:
        return self._server is not None

    def stats(self) -> EndpointStats:
        return EndpointStats(
            listening=self.listening,
            frozen=self._frozen,
            reject_token=self._reject_token,
            accepted=self.accepted,
            active=self.active,
            max_active=self.max_active,
            tokens_accepted=self.tokens_accepted,
            tokens_rejected=self.tokens_rejected,
            commands_sent=self.commands_sent,
            command_responses=self.command_responses,
            notifications=self.notifications,
        )

    def subscribe(self, callback: Callable[[CloudEndpoint], None]) -> Callable[[], None]:
        """Call `callback(endpoint)` after every change of state or counters (on the loop's
        thread); returns the function that stops it."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    # -- controls ------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen (again) on the endpoint's port; nothing happens if it already listens."""
        if self._server is not None:
            return
        self._server = await serve(
            self._handle,
            self.host,
            self._port,
            ssl=self._ssl_context,
            process_request=self._process_request,
            # The client keeps the connection alive (§4.4); pings from here would also break
            # the silence of a frozen endpoint.
            ping_interval=None,
            open_timeout=OPEN_TIMEOUT,
            close_timeout=CLOSE_TIMEOUT,
            max_size=MAX_SIZE,
        )
        if self._port == 0:
            self._port = self._server.sockets[0].getsockname()[1]
        if self._frozen:
            self._thawed.clear()
        log.info("%s: listening on %s", self.name, self.url)
        self._changed()

    async def stop(self) -> None:
        """Close every connection with 1001 (going away) and stop listening."""
        server, self._server = self._server, None
        if server is None:
            return
        # A frozen connection must read again to finish its closing handshake.
        self._thawed.set()
        self._resume_all()
        server.close(close_connections=True)
        await server.wait_closed()
        if self._frozen:
            self._thawed.clear()
        log.info("%s: stopped", self.name)
        self._changed()

    @property
    def reject_token(self) -> bool:
        """When true, every CONNECT request is answered with valid: false."""
        return self._reject_token

    @reject_token.setter
    def reject_token(self, value: bool) -> None:
        self._reject_token = bool(value)
        log.info("%s: %s tokens", self.name, "rejecting" if value else "accepting")
        self._changed()

    @property
    def frozen(self) -> bool:
        """When true, the endpoint reads and sends nothing; false resumes where it stopped."""
        return self._frozen

    @frozen.setter
    def frozen(self, value: bool) -> None:
        value = bool(value)
        if value == self._frozen:
            return
        self._frozen = value
        if value:
            self._thawed.clear()
            for connection in list(self._connections):
                transport = connection.transport
                if not transport.is_closing():
                    transport.pause_reading()
        else:
            self._thawed.set()
            self._resume_all()
        log.info("%s: %s", self.name, "frozen" if value else "thawed")
        self._changed()

    # -- the connection ------------------------------------------------------------------

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        if request.path.split("?", 1)[0] != PATH:
            return connection.respond(http.HTTPStatus.NOT_FOUND, f"Not found; use {PATH}\n")
        self._connections.add(connection)
        # A frozen endpoint does not answer the upgrade either.
        await self._until_thawed(connection)
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        self.accepted += 1
        self._changed()
        peer = _peer(connection)
        connected = False
        commands: asyncio.Task[None] | None = None
        try:
            first = await self._first_message(connection)
            if first is None:
                return
            connected = await self._answer_connect(connection, first, peer)
            if not connected:
                return
            if self.command_interval:
                commands = asyncio.create_task(self._send_commands(connection, peer))
            while await self._until_thawed(connection):
                await self._dispatch(connection, await connection.recv(), peer)
        except ConnectionClosed as closed:
            log.info("%s: %s closed the connection (%s)", self.name, peer, _close_words(closed))
        finally:
            if commands is not None:
                commands.cancel()
            if connected:
                self.active -= 1
            self._changed()

    async def _first_message(self, connection: ServerConnection) -> Message | None:
        """The client's CONNECT request, or None after closing a connection that sent none."""
        while True:
            if not await self._until_thawed(connection):
                return None
            try:
                async with asyncio.timeout(CONNECT_REQUEST_TIMEOUT):
                    text = await connection.recv()
                break
            except TimeoutError:
                if self._frozen:
                    continue  # a frozen endpoint has not been listening: no verdict
                await connection.close(POLICY_VIOLATION, "no CONNECT request")
                return None
        try:
            message = protocol.decode(text)
        except ProtocolError as exc:
            await self._refuse(connection, f"the first message is not NBWSS: {exc}")
            return None
        if message.type is not MessageType.CONNECT or message.sub_type is not SubType.REQUEST:
            await self._refuse(connection, f"expected a CONNECT request, got {message.summary()}")
            return None
        return message

    async def _answer_connect(
        self, connection: ServerConnection, request: Message, peer: str
    ) -> bool:
        payload = request.payload
        offered = payload.get("token") if isinstance(payload, dict) else None
        valid = (
            isinstance(offered, str)
            and not self._reject_token
            and hmac.compare_digest(offered.encode("utf-8"), self._token)
        )
        if valid:
            # Counted before the answer goes out: the client may act on it at once.
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.tokens_accepted += 1
        else:
            self.tokens_rejected += 1
        self._changed()
        try:
            await self._send(connection, protocol.connect_response(request, valid))
        except BaseException:
            if valid:
                self.active -= 1
            raise
        log.info("%s: %s token %s", self.name, peer, "accepted" if valid else "rejected")
        if not valid:
            # The client closes on valid: false; give it a moment to do so itself.
            try:
                async with asyncio.timeout(self.reject_grace):
                    await connection.wait_closed()
            except TimeoutError:
                await connection.close(POLICY_VIOLATION, "token rejected")
        return valid

    async def _dispatch(self, connection: ServerConnection, text: str | bytes, peer: str) -> None:
        try:
            message = protocol.decode(text)
        except ProtocolError as exc:
            log.warning("%s: %s sent a message that cannot be decoded: %s", self.name, peer, exc)
            return
        if message.type is MessageType.NOTIFICATION and message.sub_type is SubType.REQUEST:
            self.notifications += 1
            self._changed()
            log.info("%s: %s NOTIFICATION %s", self.name, peer, message.id)
            await self._send(connection, protocol.notification_response(message))
        elif message.type is MessageType.COMMAND and message.sub_type is SubType.RESPONSE:
            self.command_responses += 1
            self.last_command_response = message.payload
            self._changed()
            log.info("%s: %s COMMAND response %s: %s", self.name, peer, message.id, message.payload)
        else:
            log.warning("%s: %s sent an unexpected %s", self.name, peer, message.summary())

    async def _send_commands(self, connection: ServerConnection, peer: str) -> None:
        assert self.command_interval
        try:
            while True:
                await asyncio.sleep(self.command_interval)
                request = protocol.command_request(COMMAND_URI, "GET", dict(COMMAND_HEADERS))
                await self._send(connection, request)
                self.commands_sent += 1
                self._changed()
                log.info("%s: %s COMMAND request %s", self.name, peer, request.id)
        except ConnectionClosed:
            pass

    async def _send(self, connection: ServerConnection, message: Message) -> None:
        """Send once the endpoint speaks again; ConnectionClosed if it closed meanwhile."""
        await self._until_thawed(connection)
        await connection.send(message.encode())

    async def _refuse(self, connection: ServerConnection, why: str) -> None:
        log.warning("%s: %s: %s", self.name, _peer(connection), why)
        await connection.close(POLICY_VIOLATION, why[:120])

    async def _until_thawed(self, connection: ServerConnection) -> bool:
        """Wait while frozen; True once the endpoint speaks, False if the connection ended."""
        if self._thawed.is_set():
            return True
        thawed = asyncio.ensure_future(self._thawed.wait())
        closed = asyncio.ensure_future(connection.wait_closed())
        try:
            await asyncio.wait((thawed, closed), return_when=asyncio.FIRST_COMPLETED)
        finally:
            thawed.cancel()
            closed.cancel()
        return self._thawed.is_set()

    def _resume_all(self) -> None:
        for connection in list(self._connections):
            transport = connection.transport
            if not transport.is_closing():
                transport.resume_reading()

    def _changed(self) -> None:
        for callback in list(self._listeners):
            try:
                callback(self)
            except Exception:
                log.exception("a listener of sandbox endpoint %s failed", self.name)


def _peer(connection: ServerConnection) -> str:
    try:
        host, port = connection.remote_address[:2]
    except (TypeError, ValueError):
        return "a client"
    return f"{host}:{port}"


def _close_words(closed: ConnectionClosed) -> str:
    frame = closed.rcvd or closed.sent
    if frame is None:
        return "no close frame"
    return f"code {frame.code}" + (f", {frame.reason}" if frame.reason else "")
