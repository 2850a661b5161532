"""How one connection ends (SPEC §4): the close it sends, and what a close it saw means.

A failure of ours is answered with a close frame whose code and reason say what went wrong,
but a silent peer (keep-alive timeout, no CONNECT answer) would not answer a close either:
its socket is dropped instead. A connection that ended by itself is told apart here: the
failure in words (services.failure, or the proxy's tunnel when no close frame came either way),
and its line in the endpoint's message log. The peer's close frame itself is watched for by
services.peer_close.
"""

from __future__ import annotations

import asyncio

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.frames import CloseCode

from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.services.failure import Failure, FailureKind, classify_closed, where
from nbwss_gui.services.proxy import tunnel_closed

__all__ = [
    "CLOSE_TIMEOUT",
    "close_for",
    "closed_failure",
    "retrieved",
    "start_teardown",
]

# How long a closing handshake may take before the socket is simply dropped.
CLOSE_TIMEOUT = 2.0


async def close_for(websocket: ClientConnection, failure: Failure) -> None:
    """Close because of `failure`: with its code and reason, or by dropping a silent peer."""
    code = {
        FailureKind.PROTOCOL_ERROR: CloseCode.PROTOCOL_ERROR,
        FailureKind.MESSAGE_TOO_BIG: CloseCode.MESSAGE_TOO_BIG,
    }.get(failure.kind, CloseCode.NORMAL_CLOSURE)
    if failure.kind in (FailureKind.KEEPALIVE_TIMEOUT, FailureKind.NO_CONNECT_RESPONSE):
        # A silent peer will not answer a close either: drop the socket.
        websocket.transport.abort()
        return
    await websocket.close(code, _close_reason(failure))


def _close_reason(failure: Failure) -> str:
    return {
        FailureKind.TOKEN_REJECTED: "token rejected",
        FailureKind.PROTOCOL_ERROR: "protocol error",
        FailureKind.MESSAGE_TOO_BIG: "message too big",
    }.get(failure.kind, "")


def closed_failure(
    exc: ConnectionClosed,
    url: str,
    log: MessageLog,
    *,
    via: ProxyAddress | None,
    secrets: tuple[str, ...],
    during: str = "",
) -> Failure:
    """Why the connection to `url` ended by itself, logged as its "closed" line."""
    failure = classify_closed(exc, url, during=during).scrubbed(secrets)
    if via is not None and exc.rcvd is None and exc.sent is None:
        # No close frame either way: the tunnel itself ended (the proxy, or its line).
        failure = tunnel_closed(via, where(url), during or "the connection")
    code = exc.rcvd.code if exc.rcvd is not None else None
    reason = exc.rcvd.reason if exc.rcvd is not None else None
    log.event(
        f"closed: {failure.message}",
        close_code=code or failure.close_code,
        close_reason=reason,
        secrets=secrets,
    )
    return failure


def start_teardown(websocket: ClientConnection) -> asyncio.Future[None]:
    """Drive the rest of a closing handshake the peer began, nobody awaiting it.

    websockets aborts it after its close timeout if the peer never closes its side (nothing
    else would, with the serving over)."""
    teardown = asyncio.ensure_future(websocket.close())
    teardown.add_done_callback(retrieved)
    return teardown


def retrieved(task: asyncio.Future[None]) -> None:
    """A teardown nobody awaits: its outcome is of no interest, but must not be reported as
    never retrieved."""
    if not task.cancelled():
        task.exception()
