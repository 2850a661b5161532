"""The keep-alive of one serving connection: pings, missed pongs, the round-trip time (SPEC §4).

Keep-alive is done here rather than by websockets (services.connection turns its own off) so
that missed pongs can be counted against `keepAlive.maxPongMissAllowed` and the round-trip time
reported. `keep_alive` pings every `keepAlive.rate` seconds; once too many pings in a row had
no pong it calls `on_silent`, which ends the connection (services.endpoint_connection).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from nbwss_gui.domain.settings import Settings
from nbwss_gui.domain.words import translate
from nbwss_gui.services.failure import Failure, FailureKind

__all__ = ["keep_alive", "keepalive_timeout"]


async def keep_alive(
    websocket: ClientConnection,
    settings: Settings,
    on_pong: Callable[[float], None],
    on_silent: Callable[[int, float], None],
) -> None:
    """Ping until the connection closes, or until `on_silent(missed, rate)` was called.

    `on_pong` receives each round-trip time in milliseconds."""
    rate = settings.keepalive_rate
    allowed = max(1, settings.max_pong_miss)
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
                    on_silent(missed, rate)
                    return
        try:
            pong = await websocket.ping()
        except ConnectionClosed:
            return
        waiter = asyncio.ensure_future(pong)
        waiter.add_done_callback(_pong_callback(on_pong))


def _pong_callback(
    on_pong: Callable[[float], None],
) -> Callable[[asyncio.Future[float]], None]:
    def received(waiter: asyncio.Future[float]) -> None:
        if waiter.cancelled() or waiter.exception() is not None:
            return
        on_pong(waiter.result() * 1000.0)

    return received


def keepalive_timeout(where: str, missed: int, rate: float) -> Failure:
    """Why a connection whose peer stopped answering pings was dropped."""
    return Failure(
        FailureKind.KEEPALIVE_TIMEOUT,
        translate(
            "Connection",
            "{where} stopped answering: {missed} keep-alive pings in a row had no "
            "pong (one every {rate} s); keep-alive timeout, the connection was "
            "dropped.",
        ).fill(where=where, missed=missed, rate=f"{rate:g}"),
    )
