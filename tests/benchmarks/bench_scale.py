"""Scale: 500 groups x 2 endpoints on loopback, all CONNECTED, the Qt loop responsive (SPEC §7).

A child process runs the cloud side: a few wss:// servers (trustme certificates) on loopback,
the endpoints told apart by URL path (/g/GROUP/NAME). This process runs the window itself —
the WebSocket Servers window shown (offscreen), its engine adapter feeding the item model,
asyncio on qasync's QEventLoop — over 500 groups of two endpoints each, while a QTimer firing
every 10 ms records how late each tick is: the stalls a person would feel in the window. It
also records how long each state change the engine reports takes to reach the window's model
(SPEC §3.1: within 100 ms).

Printed: the time from handing the engine its endpoints to every group CONNECTED, the
process's peak resident memory (and its growth over a bare QApplication with everything
imported), and the tick lateness (median, p99, max) during the ramp-up and during the
following steady state. As a baseline in the same run, the same timer is measured first on
the idle loop.

Run:  .venv/bin/python tests/benchmarks/bench_scale.py [--groups N] [--ports N]
Exit status 1 when a group is not connected, the p99 lateness exceeds 50 ms or a state change
takes more than 100 ms to reach the model.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_P99_MS = 50.0
TARGET_STATE_MS = 100.0
TICK_MS = 10
TOKEN = "bench-token"

SERVERS = """
import asyncio, json, sys, tempfile
from pathlib import Path
import trustme
from tests.integration.cloud_servers import CloudServer

async def main() -> None:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca_file = Path(tempfile.mkdtemp()) / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    servers = [CloudServer(cert) for _ in range(int(sys.argv[1]))]
    for server in servers:
        await server.start()
    print(json.dumps({"ports": [s.port for s in servers], "ca": str(ca_file)}), flush=True)
    loop = asyncio.get_running_loop()
    # A line "stop" stops the servers (an outage); the end of input ends the process.
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        if line.strip() == "stop":
            for server in servers:
                await server.stop()
            print("stopped", flush=True)
    for server in servers:
        await server.stop()

asyncio.run(main())
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Ticker:
    """A QTimer every TICK_MS; records how late each tick came, in milliseconds."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.late = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.late

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now


class BenchRegistry:
    """What the engine adapter reads from a registry: the endpoints and their token."""

    def __init__(self, endpoints: list[Any]) -> None:
        self._endpoints = endpoints

    def endpoints(self) -> list[Any]:
        return self._endpoints

    def subscribe(self, _callback: Any) -> Any:
        return lambda: None

    async def token(self, _endpoint_id: str) -> str:
        return TOKEN

    async def follow(self) -> None:
        """The real registry follows its file for other processes' changes; nothing to follow
        here."""
        await asyncio.Event().wait()


def describe(name: str, late: list[float]) -> str:
    return (
        f"{name:<22} ticks {len(late):5d}  median {statistics.median(late):6.2f} ms  "
        f"p99 {percentile(late, 0.99):6.2f} ms  max {max(late):7.2f} ms"
    )


async def run(groups: int, ports: list[int], ca_file: str, servers: Any) -> int:
    from nbwss_gui.domain.connection_state import ConnectionState, GroupStatus
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.ui.servers_window.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 800)
    window.show()
    adapter = window.connections
    ticker = Ticker()
    ticker.start()
    await asyncio.sleep(1.0)
    idle = ticker.stop()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    endpoints = []
    for index in range(groups):
        group = f"group-{index:04d}"
        for priority, name in ((1, "primary"), (2, "secondary")):
            port = ports[(2 * index + priority) % len(ports)]
            endpoints.append(
                RegisteredEndpoint(
                    id=f"{index:016x}{priority:016x}",
                    priority=priority,
                    group_id=group,
                    host_name=f"{name}.{group}.example",
                    url=f"wss://127.0.0.1:{port}/g/{group}/{name}",
                )
            )
    connected: set[str] = set()
    everything = asyncio.Event()
    # When the oldest report not yet in the model came; each flush records its age.
    oldest_report: list[float] = []
    state_delays: list[float] = []
    to_group, to_status, flush = adapter.on_group, adapter.on_status, adapter.flush

    def on_group(status: GroupStatus) -> None:
        if status.state is ConnectionState.CONNECTED:
            connected.add(status.group_id)
        else:
            connected.discard(status.group_id)
        if not oldest_report:
            oldest_report.append(time.perf_counter())
        to_group(status)

    def on_status(status: Any) -> None:
        if not oldest_report:
            oldest_report.append(time.perf_counter())
        to_status(status)

    def timed_flush() -> None:
        flush()
        if oldest_report:
            state_delays.append((time.perf_counter() - oldest_report.pop()) * 1000)
        if len(connected) == groups:
            everything.set()

    adapter.on_group, adapter.on_status, adapter.flush = on_group, on_status, timed_flush
    adapter._flush_timer.timeout.disconnect()
    adapter._flush_timer.timeout.connect(timed_flush)
    window.show_endpoints(endpoints)
    settings = Settings(ca_file=ca_file, connect_timeout=30, connect_response_timeout=30)
    ticker.start()
    started = time.perf_counter()
    engine = adapter.start(BenchRegistry(endpoints), settings)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(everything.wait(), 120)
    took = time.perf_counter() - started
    ramp = ticker.stop()
    ticker.start()
    await asyncio.sleep(2.0)
    steady = ticker.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    active = sum(1 for _g, _e, accepted in engine.open_connections() if accepted)
    shown = sum(
        1
        for row in range(window.model.rowCount())
        if str(window.model.index(row, 5).data()).startswith("CONNECTED")
    )
    connected_before_outage = len(connected)
    delays_before_outage = list(state_delays)
    # An outage: every server goes away; every group fails over, fails again and counts down
    # to its next try, all of it shown in the window.
    servers.stdin.write("stop\n")
    servers.stdin.flush()
    await asyncio.get_running_loop().run_in_executor(None, servers.stdout.readline)
    ticker.start()
    await asyncio.sleep(4.0)
    outage = ticker.stop()
    retrying = sum(
        1
        for row in range(window.model.rowCount())
        if str(window.model.index(row, 5).data()).startswith(("RETRYING", "FAILED"))
    )
    closing = time.perf_counter()
    await adapter.close()
    closed = time.perf_counter() - closing
    window.close()

    print(
        f"groups CONNECTED:      {connected_before_outage} of {groups} "
        f"({active} active connections; {shown} group rows of the window say CONNECTED)"
    )
    print(f"time to all CONNECTED: {took:.2f} s ({took / groups * 1000:.2f} ms per group)")
    print(f"closing them all:      {closed:.2f} s")
    print(
        f"peak memory (maxrss):  {rss_peak / 1024:.1f} MiB "
        f"(+{(rss_peak - rss_before) / 1024:.1f} MiB over the idle application, "
        f"{(rss_peak - rss_before) / max(active, 1):.1f} KiB per active connection)"
    )
    print(
        "  (most of it is asyncio's TLS transport: a 256 KiB read buffer per connection, "
        "asyncio.sslproto.SSLProtocol.max_size)"
    )
    print(describe("Qt loop idle", idle))
    print(describe("Qt loop ramp-up", ramp))
    print(describe("Qt loop steady", steady))
    print(describe("Qt loop outage", outage) + f"  ({retrying} groups RETRYING or FAILED)")
    p99 = percentile(ramp + steady, 0.99)
    print(f"p99 tick lateness while connecting and connected: {p99:.2f} ms (target <= 50 ms)")
    print(
        f"p99 tick lateness in the outage: {percentile(outage, 0.99):.2f} ms (every server "
        "gone at once: shown, beyond SPEC §7's scenario and not held to its target)"
    )
    worst_state = max(delays_before_outage, default=0.0)
    for name, delays in (
        ("connecting and connected", delays_before_outage),
        ("in the outage", state_delays[len(delays_before_outage) :]),
    ):
        print(
            f"state change to the window's model, {name}: {len(delays)} updates, median "
            f"{statistics.median(delays or [0.0]):.2f} ms, p99 {percentile(delays, 0.99):.2f} ms, "
            f"max {max(delays, default=0.0):.2f} ms (target <= 100 ms while connecting)"
        )
    ok = connected_before_outage == groups == shown and p99 <= TARGET_P99_MS
    return 0 if ok and worst_state <= TARGET_STATE_MS else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=500, help="server groups (default 500)")
    parser.add_argument("--ports", type=int, default=4, help="server ports (default 4)")
    options = parser.parse_args()

    env = {**os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    servers = subprocess.Popen(
        [sys.executable, "-c", SERVERS, str(options.ports)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert servers.stdout is not None
        ready = json.loads(servers.stdout.readline())
        import qasync
        from PySide6.QtWidgets import QApplication

        # Imported before the idle baseline is measured.
        import nbwss_gui.services.engine
        import nbwss_gui.ui.servers_window.main_window  # noqa: F401

        app = QApplication(sys.argv[:1])
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            status = runner.run(run(options.groups, ready["ports"], ready["ca"], servers))
        del app
        return status
    finally:
        if servers.stdin is not None:
            servers.stdin.close()
        try:
            servers.wait(10)
        except subprocess.TimeoutExpired:
            servers.kill()


if __name__ == "__main__":
    sys.exit(main())
