"""The least client that holds the same connections as the application: websockets' own asyncio
client, TLS verified, one CONNECT exchange each, keep-alive pings at the same rate, the same
16 KiB TLS read buffer (services.tls_buffer) — the baseline of bench_scale.py and
bench_idle_cpu.py. It runs on whatever event loop is running (qasync's, for those two).
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

TOKEN = "bench-token"


async def open_bare(
    urls: list[str], ca_file: str, *, ping_interval: float = 30.0, concurrency: int = 32
) -> list[Any]:
    """Open one connection per URL, `concurrency` at a time, and send CONNECT on each."""
    from websockets.asyncio.client import connect

    from nbwss_gui.domain.protocol import connect_request, decode
    from nbwss_gui.services.tls_buffer import cap_tls_read_buffer

    cap_tls_read_buffer()
    context = ssl.create_default_context(cafile=ca_file)
    held: list[Any] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(url: str) -> None:
        async with gate:
            ws = await connect(
                url, ssl=context, ping_interval=ping_interval, max_size=1 << 20, proxy=None
            )
            await ws.send(connect_request(TOKEN).encode())
            decode(await ws.recv())
            held.append(ws)

    await asyncio.gather(*(one(url) for url in urls))
    return held


async def close_bare(held: list[Any]) -> None:
    await asyncio.gather(*(ws.close() for ws in held), return_exceptions=True)
