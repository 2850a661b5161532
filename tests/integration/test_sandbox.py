"""The sandbox provider (SPEC §6.2): real TLS, real wss endpoints, real provider URLs, real CLI."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from nbwss_gui.domain import protocol
from nbwss_gui.domain.checker import check_bytes
from nbwss_gui.domain.problems import Code
from nbwss_gui.domain.protocol import MessageType, SubType
from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.sandbox.server import Sandbox
from nbwss_gui.services.provider import fetch_provider
from nbwss_gui.services.tls import client_ssl_context

REPO = Path(__file__).resolve().parents[2]


def run_sandbox(
    body: Callable[[Sandbox], Awaitable[None]],
    folder: Path | None = None,
    *,
    command_interval: float | None = None,
) -> None:
    async def main() -> None:
        async with Sandbox(folder, command_interval=command_interval) as sandbox:
            await body(sandbox)

    asyncio.run(main())


@asynccontextmanager
async def client(sandbox: Sandbox, endpoint: CloudEndpoint) -> AsyncIterator[ClientConnection]:
    assert sandbox.ca_file is not None
    async with connect(
        endpoint.url,
        ssl=client_ssl_context(sandbox.ca_file),
        proxy=None,
        ping_interval=None,
        open_timeout=5,
        close_timeout=2,
    ) as ws:
        yield ws


async def send_connect(ws: ClientConnection, token: str) -> bool:
    request = protocol.connect_request(token)
    await ws.send(request.encode())
    response = protocol.decode(await asyncio.wait_for(ws.recv(), 5))
    return protocol.connect_verdict(response, request)


async def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def test_provider_urls_and_example_files_pass_the_checker(tmp_path: Path) -> None:
    folder = tmp_path / "sandbox"

    async def body(sandbox: Sandbox) -> None:
        info = sandbox.describe()
        assert info["folder"] == str(folder.resolve())
        assert Path(info["caFile"]).read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
        groups: dict[str, list[int]] = {}
        for item in info["endpoints"]:
            groups.setdefault(item["groupId"], []).append(item["priority"])
        assert len(groups) >= 2 and all(len(p) >= 2 for p in groups.values())
        # The description never carries a token, only its length.
        text = json.dumps(info)
        assert all(e.token not in text for e in sandbox.endpoints)
        assert len({e.token for e in sandbox.endpoints}) == len(sandbox.endpoints)

        for endpoint, item in zip(sandbox.endpoints, info["endpoints"], strict=True):
            assert item["url"] == endpoint.url
            assert endpoint.url.startswith("wss://127.0.0.1:")
            response = await fetch_provider(item["providerUrl"], ca_file=sandbox.ca_file)
            result = check_bytes(response.body)
            assert result.ok and not result.problems, result.problems
            assert result.endpoint == sandbox.details(endpoint)
            assert result.endpoint is not None and result.endpoint.token == endpoint.token

        kinds = {f["kind"] for f in info["exampleFiles"]}
        assert kinds == {"good", "warning", "bad"}
        codes: set[Code] = set()
        for example in info["exampleFiles"]:
            data = Path(example["path"]).read_bytes()
            result = check_bytes(data)
            if example["kind"] == "bad":
                assert result.errors, example
                codes.update(p.code for p in result.errors)
            else:
                assert result.ok and not result.errors, (example, result.problems)
                assert bool(result.warnings) == (example["kind"] == "warning")
            # The same bytes over https, for the URL option of the dialog.
            served = await fetch_provider(example["url"], ca_file=sandbox.ca_file)
            assert served.body == data
        assert {Code.APOSTROPHE, Code.URL_WS, Code.WRONG_TYPE, Code.MISSING_KEY} <= codes

    run_sandbox(body, folder)
    # A folder the user chose is kept.
    assert (folder / "sandbox-ca.pem").exists()


def test_temporary_folder_is_removed_at_stop() -> None:
    seen: list[Path] = []

    async def body(sandbox: Sandbox) -> None:
        assert sandbox.folder is not None
        seen.append(sandbox.folder)

    run_sandbox(body)
    assert seen and not seen[0].exists()


def test_everything_listens_on_loopback_only() -> None:
    async def body(sandbox: Sandbox) -> None:
        assert sandbox.provider is not None
        ports = [e.port for e in sandbox.endpoints] + [sandbox.provider.port]
        for port in ports:
            # Taken on 127.0.0.1; free on every other address.
            with socket.socket() as probe, pytest.raises(OSError):
                probe.bind(("127.0.0.1", port))
        lan = _non_loopback_address()
        if lan is not None:
            for port in ports:
                with socket.socket() as probe:
                    probe.settimeout(1)
                    assert probe.connect_ex((lan, port)) != 0

    run_sandbox(body)


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        try:
            udp.connect(("192.0.2.1", 9))  # no packet is sent
        except OSError:
            return None
        address: str = udp.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_connect_with_right_and_wrong_token() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("east-1")
        endpoint.reject_grace = 0.2
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token) is True
            assert endpoint.active == 1
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, "not-the-token") is False
            # The endpoint closes after valid: false when the client does not.
            with pytest.raises(ConnectionClosed):
                await asyncio.wait_for(ws.recv(), 5)
        await wait_for(lambda: endpoint.active == 0)
        stats = endpoint.stats()
        assert (stats.accepted, stats.tokens_accepted, stats.tokens_rejected) == (2, 1, 1)
        assert stats.max_active == 1

    run_sandbox(body)


def test_reject_token_answers_valid_false_for_the_right_token() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("west-2")
        endpoint.reject_token = True
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token) is False
        endpoint.reject_token = False
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token) is True

    run_sandbox(body)


def test_first_message_must_be_a_connect_request() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("east-1")
        async with client(sandbox, endpoint) as ws:
            await ws.send(protocol.command_request("/x").encode())
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        assert endpoint.active == 0

    run_sandbox(body)


def test_counters_count_simultaneous_connections() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("east-2")
        async with client(sandbox, endpoint) as one, client(sandbox, endpoint) as two:
            assert await send_connect(one, endpoint.token)
            assert await send_connect(two, endpoint.token)
            assert (endpoint.active, endpoint.max_active) == (2, 2)
        await wait_for(lambda: endpoint.active == 0)
        assert (endpoint.accepted, endpoint.max_active) == (2, 2)

    run_sandbox(body)


def test_freeze_silences_pongs_until_unfrozen() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("east-1")
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token)
            assert await asyncio.wait_for(await ws.ping(), 1.0) >= 0
            endpoint.frozen = True
            pong = await ws.ping()
            notification = protocol.message(MessageType.NOTIFICATION, SubType.REQUEST, [])
            await ws.send(notification.encode())
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(asyncio.shield(pong), 1.0)
            assert endpoint.notifications == 0
            endpoint.frozen = False
            await asyncio.wait_for(pong, 1.0)
            answer = protocol.decode(await asyncio.wait_for(ws.recv(), 1.0))
            assert (answer.type, answer.sub_type, answer.id) == (
                MessageType.NOTIFICATION,
                SubType.RESPONSE,
                notification.id,
            )
            assert endpoint.notifications == 1

    run_sandbox(body)


def test_frozen_endpoint_does_not_answer_a_new_connection() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("west-1")
        endpoint.frozen = True
        assert sandbox.ca_file is not None
        opening = asyncio.ensure_future(
            connect(
                endpoint.url,
                ssl=client_ssl_context(sandbox.ca_file),
                proxy=None,
                ping_interval=None,
                open_timeout=5,
                close_timeout=1,
            )
        )
        await asyncio.sleep(0.5)
        assert not opening.done()
        endpoint.frozen = False
        ws = await asyncio.wait_for(opening, 2.0)
        try:
            assert await send_connect(ws, endpoint.token)
        finally:
            await ws.close()

    run_sandbox(body)


def test_stop_closes_with_1001_and_start_listens_on_the_same_port() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("west-1")
        port, url = endpoint.port, endpoint.url
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token)
            await endpoint.stop()
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1001
        assert not endpoint.listening and endpoint.active == 0
        with pytest.raises(OSError):
            async with client(sandbox, endpoint):
                pass
        await endpoint.start()
        assert (endpoint.port, endpoint.url) == (port, url)
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token)
        assert endpoint.accepted == 2

    run_sandbox(body)


def test_stop_while_frozen_still_closes_the_connections() -> None:
    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("east-2")
        async with client(sandbox, endpoint) as ws:
            assert await send_connect(ws, endpoint.token)
            endpoint.frozen = True
            started = time.monotonic()
            await endpoint.stop()
            assert time.monotonic() - started < 1.5
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1001
        assert endpoint.frozen and endpoint.active == 0

    run_sandbox(body)


def test_command_requests_arrive_at_the_configured_interval() -> None:
    interval = 0.2

    async def body(sandbox: Sandbox) -> None:
        endpoint = sandbox.endpoint("west-2")
        async with client(sandbox, endpoint) as ws:
            started = time.monotonic()
            assert await send_connect(ws, endpoint.token)
            stamps = []
            for _ in range(2):
                request = protocol.decode(await asyncio.wait_for(ws.recv(), 2))
                stamps.append(time.monotonic() - started)
                assert (request.type, request.sub_type) == (MessageType.COMMAND, SubType.REQUEST)
                assert {"uri", "method", "headers"} <= set(request.payload)
                await ws.send(protocol.command_not_available(request).encode())
            assert interval * 0.8 <= stamps[0] <= interval * 4
            assert interval * 0.8 <= stamps[1] - stamps[0] <= interval * 4
            await wait_for(lambda: endpoint.command_responses == 2)
            assert endpoint.last_command_response["status"] == protocol.NOT_AVAILABLE_STATUS
            assert endpoint.commands_sent >= 2

    run_sandbox(body, command_interval=interval)


# -- the command line -----------------------------------------------------------------------------

CLI = """\
import argparse, sys
from nbwss_gui.cli import sandbox_cmd
parser = argparse.ArgumentParser(prog="nbwss-gui")
sandbox_cmd.register(parser.add_subparsers(dest="command"))
args = parser.parse_args(sys.argv[1:])
sys.exit(args.run(args))
"""


def start_cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )


def stop_cli(process: subprocess.Popen[str], number: int) -> tuple[int, str, str]:
    process.send_signal(number)
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"the sandbox did not stop: {err}") from None
    return process.returncode, out, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_cli_json_then_signal_stops_cleanly(tmp_path: Path, number: int) -> None:
    folder = tmp_path / "cli"
    process = start_cli("--json", "--folder", str(folder), "--command-interval", "0")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else ""
        info = json.loads(line)
        assert info["folder"] == str(folder.resolve())
        assert info["commandInterval"] is None
        assert len(info["endpoints"]) == 4
        endpoint = info["endpoints"][0]
        response = asyncio.run(fetch_provider(endpoint["providerUrl"], ca_file=info["caFile"]))
        result = check_bytes(response.body)
        assert result.ok and result.endpoint is not None
        assert result.endpoint.url == endpoint["url"]

        async def talk() -> bool:
            async with connect(
                endpoint["url"], ssl=client_ssl_context(info["caFile"]), proxy=None
            ) as ws:
                assert result.endpoint is not None
                return await send_connect(ws, result.endpoint.token)

        assert asyncio.run(talk()) is True
    finally:
        code, out, err = stop_cli(process, number)
    assert code == 0, err
    assert out == ""
    # Everything is closed: the ports are free again.
    with socket.socket() as probe:
        # (Connections the sandbox closed linger in TIME_WAIT; only a listener would block.)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", endpoint["port"]))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_cli_text_output(tmp_path: Path) -> None:
    process = start_cli("--folder", str(tmp_path / "text"))
    try:
        assert process.stdout is not None
        lines = []
        while not (line := process.stdout.readline()).startswith("Each connection"):
            assert line, "the description ended early"
            lines.append(line)
    finally:
        code, out, _err = stop_cli(process, signal.SIGINT)
    text = "".join(lines)
    assert code == 0
    assert "sandbox-ca.pem" in text and "Group sandbox-east:" in text
    assert "bad-apostrophe.json" in text
    assert out.strip() == "Sandbox stopped."


def test_cli_reports_a_folder_it_cannot_create(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    process = start_cli("--folder", str(blocker / "sub"))
    out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "could not start" in err and "cannot be created" in err
    assert out == ""
