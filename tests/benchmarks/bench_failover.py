"""Fail-over time against one fresh wss handshake + CONNECT, measured in the same run (SPEC §7).

Two local wss:// cloud servers (trustme certificates) serve one group: endpoint A (priority 1)
and endpoint B (priority 2). Each run starts a fresh engine, waits until A is CONNECTED, then
A's server closes the connection (1001 going away) and the clock runs until B is CONNECTED.
The baseline, taken in turns with the fail-over runs, is one fresh connection to B: TCP, TLS,
WebSocket upgrade and the CONNECT exchange, through the same connection code and TLS context.

Run:  .venv/bin/python tests/benchmarks/bench_failover.py [--runs N]
Prints both medians and their ratio; exit status 1 when fail-over takes more than 1.5x the
baseline (issue 14).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import trustme  # noqa: E402

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus  # noqa: E402
from nbwss_gui.domain.settings import Settings  # noqa: E402
from nbwss_gui.services.connection import TlsContexts, connect_endpoint  # noqa: E402
from nbwss_gui.services.engine import Engine  # noqa: E402
from tests.integration.cloud_servers import CloudServer, make_endpoint  # noqa: E402

TARGET = 1.5
TOKEN = "bench-token"


async def token_for(_endpoint_id: str) -> str:
    return TOKEN


async def baseline(server: CloudServer, settings: Settings, contexts: TlsContexts) -> float:
    endpoint = make_endpoint(server.url("g1", "b"))
    started = time.perf_counter()
    connection = await connect_endpoint(endpoint, TOKEN, settings, contexts=contexts)
    took = time.perf_counter() - started
    await connection.close()
    return took


async def failover(a: CloudServer, b: CloudServer, settings: Settings) -> float:
    first = make_endpoint(a.url("g1", "a"), priority=1)
    second = make_endpoint(b.url("g1", "b"), priority=2)
    connected: dict[str, float] = {}
    done = asyncio.Event()

    def on_status(status: EndpointStatus) -> None:
        if status.state is ConnectionState.CONNECTED and status.endpoint_id not in connected:
            connected[status.endpoint_id] = time.perf_counter()
            if status.endpoint_id == second.id:
                done.set()

    engine = Engine(settings, token_for, on_status)
    try:
        engine.update([first, second])
        while first.id not in connected:
            await asyncio.sleep(0.001)
        await asyncio.sleep(0.05)
        started = time.perf_counter()
        closing = asyncio.create_task(a.close_all(1001, "going away"))
        await asyncio.wait_for(done.wait(), 10)
        await closing
        return connected[second.id] - started
    finally:
        await engine.close()


async def main(runs: int) -> int:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca_file = Path(tempfile.mkdtemp()) / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    settings = Settings(ca_file=str(ca_file), connect_timeout=5, connect_response_timeout=5)
    contexts = TlsContexts(settings.ca_file)
    base: list[float] = []
    over: list[float] = []
    async with CloudServer(cert) as a, CloudServer(cert) as b:
        # Warm-up: imports, contexts, first handshakes.
        for _ in range(3):
            await baseline(b, settings, contexts)
        await failover(a, b, settings)
        for index in range(runs):
            base.append(await baseline(b, settings, contexts))
            over.append(await failover(a, b, settings))
            print(
                f"run {index + 1:2d}: handshake + CONNECT {base[-1] * 1000:6.2f} ms   "
                f"fail-over {over[-1] * 1000:6.2f} ms"
            )
    base_median = statistics.median(base)
    over_median = statistics.median(over)
    ratio = over_median / base_median
    print()
    print(f"fresh wss handshake + CONNECT: median {base_median * 1000:.2f} ms ({runs} runs)")
    print(f"fail-over to the next endpoint: median {over_median * 1000:.2f} ms ({runs} runs)")
    print(f"ratio fail-over / handshake:    {ratio:.2f}x (target <= {TARGET:g}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="measured runs (default 25)")
    sys.exit(asyncio.run(main(parser.parse_args().runs)))
