"""Fail-over through an HTTP proxy against one fresh proxied handshake + CONNECT (SPEC §4.6, §7).

As bench_failover.py, but both endpoints are named `cloud.proxied.test`, which only the proxy
(a real squid on 127.0.0.1, started here) resolves: every connection is a CONNECT tunnel. The
baseline, taken in turns with the fail-over runs, is one fresh connection to B through the
same proxy: DNS and TCP to the proxy, CONNECT, TLS inside the tunnel, upgrade and CONNECT.

Run:  .venv/bin/python tests/benchmarks/bench_proxy_failover.py [--runs N]
Prints both medians and their ratio; exit status 1 when fail-over takes more than 2x the
baseline.
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
from nbwss_gui.domain.proxy import ProxyMode  # noqa: E402
from nbwss_gui.domain.settings import Settings  # noqa: E402
from nbwss_gui.services.connection import TlsContexts, connect_endpoint  # noqa: E402
from nbwss_gui.services.engine import Engine  # noqa: E402
from nbwss_gui.services.proxy import Proxies  # noqa: E402
from tests.integration.cloud_servers import CloudServer, make_endpoint  # noqa: E402
from tests.integration.proxy_server import PROXIED_HOST, running_squid  # noqa: E402

TARGET = 2.0
TOKEN = "bench-token"


async def token_for(_endpoint_id: str) -> str:
    return TOKEN


def url(server: CloudServer, name: str) -> str:
    return f"wss://{PROXIED_HOST}:{server.port}/g/g1/{name}"


async def baseline(
    server: CloudServer, settings: Settings, contexts: TlsContexts, proxies: Proxies
) -> float:
    endpoint = make_endpoint(url(server, "b"), host=PROXIED_HOST)
    started = time.perf_counter()
    connection = await connect_endpoint(
        endpoint, TOKEN, settings, contexts=contexts, proxies=proxies
    )
    took = time.perf_counter() - started
    await connection.close()
    return took


async def failover(a: CloudServer, b: CloudServer, settings: Settings) -> float:
    first = make_endpoint(url(a, "a"), priority=1, host=PROXIED_HOST)
    second = make_endpoint(url(b, "b"), priority=2, host=PROXIED_HOST)
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
    cert = ca.issue_cert(PROXIED_HOST)
    ca_file = Path(tempfile.mkdtemp()) / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    base: list[float] = []
    over: list[float] = []
    with running_squid() as squid:
        settings = Settings(
            ca_file=str(ca_file), connect_timeout=5, connect_response_timeout=5,
            proxy_mode=ProxyMode.MANUAL, proxy_url=squid.url,
        )  # fmt: skip
        proxies = Proxies.from_settings(settings, system={})
        contexts = TlsContexts(settings.ca_file)
        async with CloudServer(cert) as a, CloudServer(cert) as b:
            for _ in range(3):  # warm-up: imports, contexts, the proxy's first tunnels
                await baseline(b, settings, contexts, proxies)
            await failover(a, b, settings)
            for index in range(runs):
                base.append(await baseline(b, settings, contexts, proxies))
                over.append(await failover(a, b, settings))
                print(
                    f"run {index + 1:2d}: proxied handshake + CONNECT {base[-1] * 1000:6.2f} ms"
                    f"   fail-over through the proxy {over[-1] * 1000:6.2f} ms"
                )
        tunnels = len([line for line in squid.access_log() if " CONNECT " in line])
    base_median = statistics.median(base)
    over_median = statistics.median(over)
    ratio = over_median / base_median
    print()
    print(f"tunnels the proxy logged: {tunnels}")
    print(f"fresh proxied handshake + CONNECT: median {base_median * 1000:.2f} ms ({runs} runs)")
    print(f"fail-over through the proxy:       median {over_median * 1000:.2f} ms ({runs} runs)")
    print(f"ratio fail-over / handshake:       {ratio:.2f}x (target <= {TARGET:g}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="measured runs (default 25)")
    sys.exit(asyncio.run(main(parser.parse_args().runs)))
