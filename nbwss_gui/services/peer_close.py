"""The peer's close frame, seen the moment it arrives (SPEC §7: fail-over within 1.5x of a
fresh handshake).

websockets' `recv()` raises ConnectionClosed only once the TCP connection is gone: after the
peer's close frame, our reply, and the peer closing its side (TLS close included). A group
whose endpoint says goodbye has no reason to wait for that before trying the next endpoint:
the connection can carry nothing more. `PeerCloseAware` tells when the peer's close frame came
first; the connection's teardown then finishes on its own (websockets aborts it after its
close timeout at the latest), the endpoint's lease held until it has. `receive_unless_closing`
is how a serving connection waits for its next message (services.endpoint_connection).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any, TypeVar

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from nbwss_gui.services.failure import ConnectionFailure

T = TypeVar("T")


class PeerCloseAware(ClientConnection):
    """A client connection whose `peer_closed` is done once the peer has started closing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.peer_closed: asyncio.Future[None] = self.loop.create_future()

    def process_event(self, event: Any) -> None:
        super().process_event(event)
        protocol = self.protocol
        # Only a close the peer began: ours ends through close(), which waits for the teardown.
        if (
            protocol.close_rcvd is not None
            and protocol.close_rcvd_then_sent is not False
            and not self.peer_closed.done()
        ):
            self.peer_closed.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        if not self.peer_closed.done():
            # Nobody waits for it any more; a result keeps asyncio from warning about it.
            self.peer_closed.cancel()


def peer_closed(websocket: object) -> asyncio.Future[None] | None:
    """The future of a PeerCloseAware connection (None for any other)."""
    return websocket.peer_closed if isinstance(websocket, PeerCloseAware) else None


def closed_exception(websocket: ClientConnection) -> ConnectionClosed:
    """What `recv()` will raise once the teardown is over, known since the close frame came."""
    protocol = websocket.protocol
    return ConnectionClosed(protocol.close_rcvd, protocol.close_sent, protocol.close_rcvd_then_sent)


class PeerClosed(Exception):
    """The peer's close frame arrived before the next message."""


async def receive_unless_closing(websocket: object, receiving: Coroutine[Any, Any, T]) -> T:
    """What `receiving` (a connection's next message) gives, or PeerClosed as soon as the
    peer's close frame arrives: not after the closing handshake and the TCP teardown."""
    closing = peer_closed(websocket)
    if closing is None or closing.done():
        return await receiving
    received = asyncio.ensure_future(receiving)
    try:
        waiters: set[asyncio.Future[Any]] = {received, closing}
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not received.done():
            received.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionFailure):
                await received
        elif not received.cancelled():
            # Retrieved here, raised below when it still matters (not when cancelled).
            received.exception()
    if received.done() and not received.cancelled():
        # Messages that came before the close frame are read first.
        return received.result()
    raise PeerClosed
