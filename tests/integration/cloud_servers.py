"""Cloud applications for the engine to dial: one well-behaved NBWSS server and hostile ones.

`CloudServer` is a wss:// server on 127.0.0.1 (a trustme certificate) that speaks the cloud side
of SPEC §4.2: it answers CONNECT with valid true or false by token, records what it receives and
can send COMMAND requests. Controls: `stop()`/`start()` (same port), `reject_token`,
`freeze()`/`thaw()` (stop reading: no pongs, no close, new handshakes hang) and `behaviour`
to turn it hostile (see `Behaviour`).

Several endpoints can share one server: the URL path names them, `/g/GROUP/NAME`. A shared
`ConnectLedger` counts, from the servers' side, the connections that are open and CONNECTed
per group, and records a violation whenever a CONNECT arrives while another connection of the
same group is still active — the check that the engine never has two active connections in a
group, made where the cloud sees it.

Other hostile servers: `raw_server` (anything over TLS or plain TCP — garbage instead of HTTP).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum

import trustme
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.protocol import State

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.protocol import (
    Message,
    MessageType,
    ProtocolError,
    SubType,
    connect_response,
    decode,
    message,
)
from nbwss_gui.domain.registered import RegisteredEndpoint

QUIET = logging.getLogger("tests.cloud")
QUIET.setLevel(logging.CRITICAL)
BIG_FRAME = 10 * 1024 * 1024


class Behaviour(Enum):
    NORMAL = "normal"
    SILENT_CONNECT = "silent-connect"  # never answers CONNECT
    WRONG_ID = "wrong-id"  # answers CONNECT with another id
    MALFORMED = "malformed"  # answers CONNECT with text that is not JSON
    CLOSE_ON_CONNECT = "close-on-connect"  # closes (1011) instead of answering
    BIG_FRAME = "big-frame"  # answers CONNECT with a 10 MiB frame
    GARBAGE_AFTER_CONNECT = "garbage-after-connect"  # accepts, then sends non-JSON
    ECHO_TOKEN_ON_CLOSE = "echo-token-on-close"  # closes with the token in the close reason


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return context


def group_of(path: str) -> str:
    parts = path.split("?", 1)[0].strip("/").split("/")
    return parts[1] if len(parts) >= 2 and parts[0] == "g" else ""


@dataclass
class ConnectLedger:
    """Open, CONNECTed connections per group, across every server that shares this ledger."""

    active: dict[str, set[ServerConnection]] = field(default_factory=dict)
    # Connections that lived through a freeze: the client may have declared them dead, which a
    # server that stopped reading cannot see. They no longer count.
    stale: set[ServerConnection] = field(default_factory=set)
    violations: list[str] = field(default_factory=list)
    connects: Counter[str] = field(default_factory=Counter)
    peak: Counter[str] = field(default_factory=Counter)

    def live(self, group: str) -> list[ServerConnection]:
        return [
            ws
            for ws in self.active.get(group, ())
            if ws.protocol.state is State.OPEN and ws not in self.stale
        ]

    def accept(self, group: str, ws: ServerConnection) -> None:
        others = self.live(group)
        if others:
            self.violations.append(
                f"group {group!r}: CONNECT on {ws.request.path if ws.request else '?'} while "
                f"{len(others)} other connection(s) of the group were active"
            )
        self.active.setdefault(group, set()).add(ws)
        self.connects[group] += 1
        self.peak[group] = max(self.peak[group], len(self.live(group)))

    def drop(self, group: str, ws: ServerConnection) -> None:
        self.active.get(group, set()).discard(ws)
        self.stale.discard(ws)

    def count(self, group: str) -> int:
        return len(self.live(group))


class CloudServer:
    """A wss:// NBWSS cloud endpoint on loopback. Use `async with CloudServer(cert) as s`."""

    def __init__(
        self,
        cert: trustme.LeafCert,
        *,
        tokens: set[str] | None = None,
        ledger: ConnectLedger | None = None,
        behaviour: Behaviour = Behaviour.NORMAL,
        http_status: int | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.cert = cert
        self.tokens = tokens
        self.ledger = ledger if ledger is not None else ConnectLedger()
        self.behaviour = behaviour
        self.http_status = http_status
        self.host = host
        self.port = 0
        self.reject_token = False
        self.connections: set[ServerConnection] = set()
        self.connected: set[ServerConnection] = set()
        self.received: list[Message] = []
        self.received_tokens: list[str] = []
        self.handshakes = 0
        self.connect_requests = 0
        # The close code of every connection that ended, as this server saw it.
        self.close_codes: list[int | None] = []
        self._context = server_context(cert)
        self._server: Server | None = None
        self._thawed = asyncio.Event()
        self._thawed.set()

    async def __aenter__(self) -> CloudServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def frozen(self) -> bool:
        return not self._thawed.is_set()

    def url(self, group: str = "g1", name: str = "e1") -> str:
        return f"wss://{self.host}:{self.port}/g/{group}/{name}"

    async def start(self) -> None:
        if self._server is not None:
            return
        self._server = await serve(
            self._handle,
            self.host,
            self.port,
            ssl=self._context,
            process_request=self._process_request,
            ping_interval=None,
            close_timeout=1.0,
            compression=None,
            logger=QUIET,
            reuse_address=True,
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and close every connection (1001 going away)."""
        self.thaw()
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        await server.wait_closed()

    def freeze(self) -> None:
        """Stop reading from every connection: no pongs, no close, new handshakes hang."""
        self._thawed.clear()
        for ws in self.connections:
            self.ledger.stale.add(ws)
            with contextlib.suppress(Exception):
                ws.transport.pause_reading()

    def thaw(self) -> None:
        self._thawed.set()
        for ws in self.connections:
            with contextlib.suppress(Exception):
                ws.transport.resume_reading()

    @property
    def active(self) -> int:
        """Connections open and CONNECTed right now."""
        return sum(1 for ws in self.connected if ws.protocol.state is State.OPEN)

    async def send_all(self, outgoing: Message) -> None:
        for ws in list(self.connected):
            with contextlib.suppress(ConnectionClosed):
                await ws.send(outgoing.encode())

    async def send_all_raw(self, text: str) -> None:
        for ws in list(self.connected):
            with contextlib.suppress(ConnectionClosed):
                await ws.send(text)

    async def close_all(self, code: int = 1001, reason: str = "going away") -> None:
        for ws in list(self.connections):
            await ws.close(code, reason)

    async def _process_request(self, ws: ServerConnection, request: Request) -> Response | None:
        self.handshakes += 1
        if not self._thawed.is_set():
            await self._thawed.wait()
        if self.http_status is not None:
            return ws.respond(self.http_status, f"status {self.http_status}\n")
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        self.connections.add(ws)
        group = group_of(ws.request.path if ws.request else "")
        try:
            async for raw in ws:
                try:
                    incoming = decode(raw)
                except ProtocolError:
                    continue
                if incoming.type is MessageType.CONNECT and incoming.sub_type is SubType.REQUEST:
                    await self._on_connect(ws, group, incoming)
                else:
                    self.received.append(incoming)
        except ConnectionClosed:
            pass
        finally:
            self.connections.discard(ws)
            self.connected.discard(ws)
            self.ledger.drop(group, ws)
            self.close_codes.append(ws.close_code)

    async def _on_connect(self, ws: ServerConnection, group: str, request: Message) -> None:
        self.connect_requests += 1
        payload = request.payload if isinstance(request.payload, dict) else {}
        token = payload.get("token")
        self.received_tokens.append(str(token))
        self.received.append(request)
        behaviour = self.behaviour
        if behaviour is Behaviour.SILENT_CONNECT:
            return
        if behaviour is Behaviour.WRONG_ID:
            wrong = message(MessageType.CONNECT, SubType.RESPONSE, {"valid": True})
            await ws.send(wrong.encode())
            return
        if behaviour is Behaviour.MALFORMED:
            await ws.send('{"version": "1.0", "id": ')
            return
        if behaviour is Behaviour.CLOSE_ON_CONNECT:
            await ws.close(1011, "cloud application going down")
            return
        if behaviour is Behaviour.ECHO_TOKEN_ON_CLOSE:
            await ws.close(1008, f"bad token {token}"[:120])
            return
        if behaviour is Behaviour.BIG_FRAME:
            with contextlib.suppress(ConnectionClosed):
                await ws.send("x" * BIG_FRAME)
            return
        valid = (
            not self.reject_token
            and isinstance(token, str)
            and bool(token)
            and (self.tokens is None or token in self.tokens)
        )
        if valid:
            self.ledger.accept(group, ws)
            self.connected.add(ws)
        await ws.send(connect_response(request, valid).encode())
        if valid and behaviour is Behaviour.GARBAGE_AFTER_CONNECT:
            await ws.send("this is not JSON")


def make_endpoint(
    url: str,
    *,
    priority: int = 1,
    group: str = "g1",
    host: str = "localhost",
    activated: bool = True,
    pin: str | None = None,
    endpoint_id: str | None = None,
) -> RegisteredEndpoint:
    return RegisteredEndpoint(
        id=endpoint_id or uuid.uuid4().hex,
        priority=priority,
        group_id=group,
        host_name=host,
        url=url,
        activated=activated,
        pinned_sha256=pin,
    )


class Watch:
    """Collects what an Engine reports."""

    def __init__(self) -> None:
        self.events: list[EndpointStatus] = []
        self.groups: list[GroupStatus] = []

    def on_status(self, status: EndpointStatus) -> None:
        self.events.append(status)

    def on_group(self, status: GroupStatus) -> None:
        self.groups.append(status)

    def states(self, endpoint_id: str) -> list[ConnectionState]:
        return [e.state for e in self.events if e.endpoint_id == endpoint_id]


async def until(
    predicate: Callable[[], object], timeout: float = 5.0, what: str = "the condition"
) -> float:
    """Wait until `predicate()` is true; return how long it took. AssertionError on timeout."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while not predicate():
        if loop.time() - started > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.005)
    return loop.time() - started


@contextlib.asynccontextmanager
async def raw_server(
    respond: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
    *,
    context: ssl.SSLContext | None = None,
) -> AsyncIterator[int]:
    """A TCP (or TLS, with `context`) server on 127.0.0.1 running `respond` per connection."""
    writers: set[asyncio.StreamWriter] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.add(writer)
        try:
            await respond(reader, writer)
        except (OSError, ssl.SSLError):
            pass
        finally:
            writers.discard(writer)
            writer.transport.abort()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in list(writers):
            writer.transport.abort()
        await server.wait_closed()
        await asyncio.sleep(0)


async def answer_garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Read the upgrade request, answer with bytes that are not HTTP, then hang up."""
    await reader.readuntil(b"\r\n\r\n")
    writer.write(b"\x00\x01garbage, not HTTP\r\n\r\n")
    await writer.drain()
    writer.close()
