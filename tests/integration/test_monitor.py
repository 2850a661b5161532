"""`nbwss-gui monitor` against real wss:// servers: in-process, and once as a real process."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import signal
import sys
import textwrap
from pathlib import Path

import pytest
import trustme

from nbwss_gui.cli import monitor_cmd
from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.registry import Registry
from nbwss_gui.services.secrets import TokenStore

from .cloud_servers import CloudServer, until

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "tok-MONITOR-5be1d0"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nbwss-gui")
    monitor_cmd.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["monitor", *argv])


def registry_in(folder: Path) -> Registry:
    return Registry(ConfigStore(folder / "endpoints.json"), TokenStore(backend=MemoryKeyring()))


async def add(registry: Registry, url: str, *, priority: int = 1, group: str = "g1") -> str:
    host = url.rsplit("/", maxsplit=1)[-1]
    details = EndpointDetails(
        token=TOKEN, priority=priority, group_id=group, host_name=host, url=url
    )
    return (await registry.add(details)).id


def test_once_prints_each_change_and_exits_0_when_connected(
    server_cert: trustme.LeafCert, ca_file: Path, tmp_path: Path
) -> None:
    async def scenario() -> tuple[int, str]:
        async with CloudServer(server_cert) as s1, CloudServer(server_cert) as s2:
            registry = registry_in(tmp_path)
            await add(registry, s1.url("g1", "first"), priority=1)
            await add(registry, s2.url("g1", "second"), priority=2)
            out = io.StringIO()
            code = await monitor_cmd.monitor(
                parse("--once", "--ca-file", str(ca_file)), registry=registry, out=out
            )
            assert s1.close_codes == [1000]
            return code, out.getvalue()

    code, text = asyncio.run(scenario())
    assert code == 0
    lines = text.splitlines()
    assert any(" g1 first CONNECTING connecting to 127.0.0.1:" in line for line in lines)
    assert any(" g1 first CONNECTED " in line for line in lines)
    assert any(" g1 second STANDBY " in line for line in lines)
    assert all(line.split(" ", 1)[0].endswith("Z") for line in lines)
    assert TOKEN not in text


def test_once_exits_1_when_a_group_is_not_connected(
    ca_file: Path, tmp_path: Path, closed_port: int
) -> None:
    async def scenario() -> tuple[int, str]:
        registry = registry_in(tmp_path)
        await add(registry, f"wss://127.0.0.1:{closed_port}/down")
        out = io.StringIO()
        code = await monitor_cmd.monitor(
            parse("--once", "--json", "--ca-file", str(ca_file)), registry=registry, out=out
        )
        return code, out.getvalue()

    code, text = asyncio.run(scenario())
    assert code == 1
    documents = [json.loads(line) for line in text.splitlines()]
    assert all(d["formatVersion"] == 1 for d in documents)
    endpoint_events = [d for d in documents if d["event"] == "endpoint"]
    group_events = [d for d in documents if d["event"] == "group"]
    retrying = [d for d in endpoint_events if d["state"] == "RETRYING"]
    assert retrying
    assert retrying[-1]["reasonKind"] == "refused"
    assert retrying[-1]["retryAt"].endswith("Z")
    assert set(endpoint_events[0]) == {
        "formatVersion",
        "event",
        "time",
        "groupId",
        "endpointId",
        "hostName",
        "url",
        "state",
        "reason",
        "reasonKind",
        "since",
        "retryAt",
        "rttMs",
    }
    assert group_events[-1]["state"] == "RETRYING"
    assert group_events[-1]["activeEndpointId"] is None
    assert "refused" in group_events[-1]["summary"]


def test_follows_changes_made_by_other_commands_and_stops_cleanly(
    server_cert: trustme.LeafCert, ca_file: Path, tmp_path: Path
) -> None:
    async def scenario() -> str:
        async with CloudServer(server_cert) as server:
            registry = registry_in(tmp_path)
            first = await add(registry, server.url("g1", "first"))
            out = io.StringIO()
            stop = asyncio.Event()
            running = asyncio.create_task(
                monitor_cmd.monitor(
                    parse("--ca-file", str(ca_file)), registry=registry, out=out, stop=stop
                )
            )
            await until(lambda: server.active == 1)
            # Another process deactivates it: only the configuration file tells.
            other = registry_in(tmp_path)
            await other.set_activated([first], False)
            await until(lambda: "NOT CONNECTED deactivated" in out.getvalue(), timeout=5)
            await until(lambda: server.active == 0)
            stop.set()
            assert await asyncio.wait_for(running, 5) == 0
            return out.getvalue()

    text = asyncio.run(scenario())
    assert " g1 first CONNECTED " in text


def test_group_filter_and_empty_registry(tmp_path: Path) -> None:
    async def scenario() -> int:
        registry = registry_in(tmp_path)
        await add(registry, "wss://127.0.0.1:1/elsewhere", group="other")
        out = io.StringIO()
        code = await monitor_cmd.monitor(
            parse("--once", "--group", "g1"), registry=registry, out=out
        )
        assert out.getvalue() == ""
        return code

    assert asyncio.run(scenario()) == 0


def test_help_documents_the_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse("--help")
    assert info.value.code == 0
    text = capsys.readouterr().out
    assert "usage: nbwss-gui monitor" in text
    assert '"formatVersion": 1' in text
    assert "exit status" in text


CHILD = textwrap.dedent(
    """
    import argparse, asyncio, sys
    import keyring
    from nbwss_gui.services.memory_keyring import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from nbwss_gui.cli import monitor_cmd
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.services.registry import Registry

    url, ca_file = sys.argv[1], sys.argv[2]
    token = sys.stdin.readline().strip()
    details = EndpointDetails(
        token=token, priority=1, group_id="g1", host_name="child", url=url
    )
    asyncio.run(Registry.open_default().add(details))
    parser = argparse.ArgumentParser(prog="nbwss-gui")
    monitor_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["monitor", "--json", "--ca-file", ca_file])
    sys.exit(args.run(args))
    """
)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_real_process_stops_cleanly_on_a_signal(
    server_cert: trustme.LeafCert, ca_file: Path, signum: signal.Signals
) -> None:
    async def scenario() -> tuple[int, list[dict[str, object]], str]:
        async with CloudServer(server_cert) as server:
            env = {**os.environ}
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
            child = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                CHILD,
                server.url("g1", "child"),
                str(ca_file),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=env,
                cwd=ROOT,
            )
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(f"{TOKEN}\n".encode())
            await child.stdin.drain()
            child.stdin.close()
            documents: list[dict[str, object]] = []
            async with asyncio.timeout(20):
                while not any(d.get("state") == "CONNECTED" for d in documents):
                    line = await child.stdout.readline()
                    assert line, "the monitor ended before connecting"
                    documents.append(json.loads(line))
            assert server.active == 1
            child.send_signal(signum)
            stdout, stderr = await asyncio.wait_for(child.communicate(), 10)
            documents += [json.loads(line) for line in stdout.splitlines()]
            await until(lambda: len(server.close_codes) == 1)
            assert server.close_codes == [1000]
            return child.returncode or 0, documents, stderr.decode()

    code, documents, stderr = asyncio.run(scenario())
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert TOKEN not in json.dumps(documents) + stderr
