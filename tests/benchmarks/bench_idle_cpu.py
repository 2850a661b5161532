"""Idle CPU with N open connections pinging every 30 s: the application's engine, engine
adapter and item model against a bare qasync + websockets client holding the same connections,
measured in the same run (issue 14: at most 1.5x the bare client).

A child process runs the cloud side (the wss:// servers of bench_scale.py, on loopback). Then
two holders take turns, each a fresh process with a QApplication and asyncio on qasync's
QEventLoop, as the window runs:

- `bare`: bare_client.py — websockets' own client, TLS verified, one CONNECT each, pings every
  30 s, the same 16 KiB TLS read buffer as the application;
- `app`: the application's EngineAdapter (services.profile's engine underneath) feeding an
  EndpointModel, over N groups of one endpoint, keep-alive every 30 s (the default).

Each holder opens its N connections, waits until they are all up and 2 s more, then counts the
CPU time the process used (user + system, every thread) over `--seconds` of wall-clock time
(31 by default: every connection's keep-alive round falls inside, each pinging 30 s after it
connected). Printed: each run, then the median and range of both and of the ratio.

With `--view`, the application runs as the WebSocket Servers window (1400 x 800, offscreen,
its list expanded), so that the rows the keep-alive rounds change are painted as a user sees
them; with `--language de`
the German catalogue is installed, so that each painted state word goes through the
translation lookup (`say()`).

Run:  .venv/bin/python tests/benchmarks/bench_idle_cpu.py [--connections 1000] [--runs 3]
      [--seconds 31] [--view] [--language de]
Exit status 1 when the application's median is over 1.5x the bare client's.
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
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_scale import SERVERS  # noqa: E402

TARGET = 1.5

HOLDER = r"""
import asyncio, json, os, sys, time

MODE, N, PORTS, CA, SECONDS, VIEW, LANGUAGE = (
    sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4], float(sys.argv[5]),
    sys.argv[6] == "view", sys.argv[7],
)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def url(i: int) -> str:
    return f"wss://127.0.0.1:{PORTS[i % len(PORTS)]}/g/group-{i:04d}/e"


async def measure() -> float:
    await asyncio.sleep(2.0)
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.sleep(SECONDS)
    return (time.process_time() - cpu) / (time.perf_counter() - wall) * 100


async def bare() -> dict:
    from bare_client import close_bare, open_bare

    held = await open_bare([url(i) for i in range(N)], CA, ping_interval=30.0)
    percent = await measure()
    await close_bare(held)
    return {"cpu": percent, "connections": len(held)}


async def app() -> dict:
    from bench_scale import BenchRegistry

    from nbwss_gui.domain.connection_state import ConnectionState
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel
    from nbwss_gui.ui.servers_window.engine_adapter import EngineAdapter

    endpoints = [
        RegisteredEndpoint(id=f"{i:032x}", priority=1, group_id=f"group-{i:04d}",
                           host_name="localhost", url=url(i))
        for i in range(N)
    ]
    if VIEW:
        from nbwss_gui.ui.servers_window.main_window import MainWindow

        window = MainWindow()
        window.resize(1400, 800)
        window.show()
        window.show_endpoints(endpoints)
        adapter, model = window.connections, window.model
    else:
        model = EndpointModel()
        model.set_endpoints(endpoints)
        adapter = EngineAdapter(model)
    repaints = [0]
    engine = adapter.start(BenchRegistry(endpoints), Settings(ca_file=CA, keepalive_rate=30.0))
    while sum(1 for s in engine.statuses().values() if s.state is ConnectionState.CONNECTED) < N:
        await asyncio.sleep(0.05)
    model.dataChanged.connect(lambda *_: repaints.__setitem__(0, repaints[0] + 1))
    percent = await measure()
    connected = sum(1 for _g, _e, accepted in engine.open_connections() if accepted)
    await adapter.close()
    return {"cpu": percent, "connections": connected, "repaint_ranges": repaints[0]}


async def main() -> dict:
    return await (app() if MODE == "app" else bare())


import qasync
from PySide6.QtWidgets import QApplication

application = QApplication(sys.argv[:1])
if MODE == "app" and LANGUAGE != "en":
    from nbwss_gui.ui.widgets.translation import install_translations

    assert install_translations(application, LANGUAGE).language == LANGUAGE
with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
    report = runner.run(main())
print(json.dumps({"mode": MODE, **report}), flush=True)
"""


def hold(mode: str, args: argparse.Namespace, ports: list[int], ca_file: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-c", HOLDER, mode, str(args.connections), json.dumps(ports)]
    result = subprocess.run(
        [*command, ca_file, str(args.seconds), "view" if args.view else "", args.language],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{mode} holder failed:\n{result.stderr}")
    report: dict = json.loads(result.stdout.strip().splitlines()[-1])
    if report["connections"] != args.connections:
        raise SystemExit(f"{mode} holder held {report['connections']} of {args.connections}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=31.0)
    parser.add_argument("--ports", type=int, default=4)
    parser.add_argument("--view", action="store_true", help="run as the window, shown")
    parser.add_argument("--language", default="en", help="the window's language (en)")
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
    bare: list[float] = []
    app: list[float] = []
    ratios: list[float] = []
    try:
        assert servers.stdout is not None
        started = json.loads(servers.stdout.readline())
        ports, ca_file = started["ports"], started["ca"]
        for index in range(args.runs):
            bare.append(hold("bare", args, ports, ca_file)["cpu"])
            report = hold("app", args, ports, ca_file)
            app.append(report["cpu"])
            ratios.append(app[-1] / bare[-1])
            print(
                f"run {index + 1}: bare client {bare[-1]:.3f} %, application {app[-1]:.3f} % "
                f"of a core ({report['repaint_ranges']} repaint ranges), ratio "
                f"{ratios[-1]:.2f}x",
                flush=True,
            )
    finally:
        if servers.stdin is not None:
            servers.stdin.close()
        servers.wait(30)

    def spread(values: list[float], digits: int = 3) -> str:
        return (
            f"{statistics.median(values):.{digits}f} "
            f"({min(values):.{digits}f}-{max(values):.{digits}f})"
        )

    ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"{args.connections} idle connections, pings every 30 s, {args.seconds:g} s measured, "
        f"{args.runs} runs (median, range)"
        + (", in the window" if args.view else ", the model not shown")
        + f", language {args.language}:"
    )
    print(f"  bare qasync + websockets client: {spread(bare)} % of a core")
    print(f"  application engine + adapter + model: {spread(app)} % of a core")
    print(f"  ratio application / bare: {ratio:.2f}x (per run {spread(ratios, 2)})")
    print(f"  target: at most {TARGET:g}x: {'met' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
