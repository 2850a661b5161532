"""Memory per idle wss connection: the application's engine against a bare websockets client
holding the same connections, measured in the same run (SPEC §7: at most 100 KiB each).

A child process runs the cloud side (the wss:// servers of bench_scale.py, on loopback). Then
two more children, one after the other, each open N connections to it and keep them idle, and
report how much their resident memory grew per connection:

- `bare`: websockets' own client (`websockets.asyncio.client.connect`), TLS verified, one
  CONNECT exchange each — the least a client can hold a connection with, asyncio's defaults
  included;
- `bare-capped`: the same, with the same 16 KiB TLS read buffer as the application, so that
  what the application itself adds shows;
- `app`: the application's Engine over N groups of one endpoint, as `monitor` runs it (keep-
  alive, message log, the TLS read buffer capped by services.tls_buffer).

Run:  .venv/bin/python tests/benchmarks/bench_memory.py [--connections 1000] [--runs 3]
Exit status 1 when the application holds a connection in more than 100 KiB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import SERVERS  # noqa: E402

TARGET_KIB = 100.0

HOLDER = r"""
import asyncio, gc, json, os, ssl, sys, uuid

MODE, N, PORTS, CA = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    gc.collect()
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def url(i: int) -> str:
    return f"wss://127.0.0.1:{PORTS[i % len(PORTS)]}/g/group-{i}/e"


async def bare() -> int:
    from websockets.asyncio.client import connect

    from nbwss_gui.domain.protocol import connect_request, decode

    if MODE == "bare-capped":
        from nbwss_gui.services.tls_buffer import cap_tls_read_buffer

        cap_tls_read_buffer()
    context = ssl.create_default_context(cafile=CA)
    before = rss()
    held, gate = [], asyncio.Semaphore(32)

    async def one(i: int) -> None:
        async with gate:
            ws = await connect(url(i), ssl=context, ping_interval=30, max_size=1 << 20)
            request = connect_request("bench-token")
            await ws.send(request.encode())
            decode(await ws.recv())
            held.append(ws)

    await asyncio.gather(*(one(i) for i in range(N)))
    await asyncio.sleep(1.0)
    grown = rss() - before
    for ws in held:
        await ws.close()
    return grown


async def app() -> int:
    from nbwss_gui.domain.connection_state import ConnectionState
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.engine import Engine

    async def token(_id: str) -> str:
        return "bench-token"

    engine = Engine(Settings(ca_file=CA), token)
    before = rss()
    endpoints = [
        RegisteredEndpoint(id=uuid.uuid4().hex, priority=1, group_id=f"group-{i}",
                           host_name="localhost", url=url(i))
        for i in range(N)
    ]
    engine.update(endpoints)
    while sum(1 for s in engine.statuses().values() if s.state is ConnectionState.CONNECTED) < N:
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)
    grown = rss() - before
    await engine.close()
    return grown


grown = asyncio.run(app() if MODE == "app" else bare())
print(json.dumps({"mode": MODE, "connections": N, "grown": grown}), flush=True)
"""


def hold(mode: str, connections: int, ports: list[int], ca_file: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", HOLDER, mode, str(connections), json.dumps(ports), ca_file],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{mode} holder failed:\n{result.stderr}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["grown"] / 1024 / connections


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ports", type=int, default=4)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    servers = subprocess.Popen(
        [sys.executable, "-c", SERVERS, str(args.ports)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert servers.stdout is not None
        started = json.loads(servers.stdout.readline())
        ports, ca_file = started["ports"], started["ca"]
        bare, capped, app = [], [], []
        for _ in range(args.runs):
            bare.append(hold("bare", args.connections, ports, ca_file))
            capped.append(hold("bare-capped", args.connections, ports, ca_file))
            app.append(hold("app", args.connections, ports, ca_file))
    finally:
        if servers.stdin is not None:
            servers.stdin.close()
        servers.wait(30)
    app_kib, bare_kib = statistics.median(app), statistics.median(bare)
    capped_kib = statistics.median(capped)
    print(f"{args.connections} idle wss connections, {args.runs} runs (median, range):")
    print(
        f"  bare websockets client: {bare_kib:6.1f} KiB per connection "
        f"({min(bare):.1f}-{max(bare):.1f})"
    )
    print(
        f"  bare client, 16 KiB TLS buffer: {capped_kib:6.1f} KiB per connection "
        f"({min(capped):.1f}-{max(capped):.1f})"
    )
    print(
        f"  application engine:     {app_kib:6.1f} KiB per connection "
        f"({min(app):.1f}-{max(app):.1f})"
    )
    print(
        f"  ratio application / bare client: {app_kib / bare_kib:.2f}; application / bare "
        f"client with the same buffer: {app_kib / capped_kib:.2f}"
    )
    print(
        f"  target: at most {TARGET_KIB:.0f} KiB per connection: "
        f"{'met' if app_kib <= TARGET_KIB else 'MISSED'}"
    )
    return 0 if app_kib <= TARGET_KIB else 1


if __name__ == "__main__":
    raise SystemExit(main())
