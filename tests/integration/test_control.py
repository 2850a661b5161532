"""The control channel (services.control): JSON lines, version 1, for the same OS user only.

Both transports run here: the Unix domain socket of Linux and macOS, and the loopback port
with a secret that Windows uses. Another user is shown refused by running a client as
`nobody` (setpriv), with the system's own Python and nothing but the standard library.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nbwss_gui.services import control_address
from nbwss_gui.services.control import ControlClient, ControlError, ControlServer, Session
from nbwss_gui.services.control_address import TRANSPORT_ENV, call_blocking, private_folder
from nbwss_gui.services.ownership import OwnerLock

SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture(params=["unix", "tcp"])
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv(TRANSPORT_ENV, request.param)
    yield request.param


async def echo(op: str, params: dict[str, Any], session: Session) -> Any:
    if op == "echo":
        return params
    if op == "watch":
        session.watching = True
        return {"watching": True}
    if op == "refuse":
        raise ControlError("refused on purpose", "duplicate")
    if op == "crash":
        raise RuntimeError("a bug")
    raise ControlError(f"unknown operation {op!r}", "bad-request")


def test_requests_answers_errors_and_events(transport: str, tmp_path: Path) -> None:
    async def scenario() -> None:
        server = ControlServer(tmp_path, echo)
        await server.start()
        try:
            client = await ControlClient.connect(tmp_path)
            assert client is not None
            assert await client.call("echo", word="hello") == {"word": "hello"}
            with pytest.raises(ControlError) as refused:
                await client.call("refuse")
            assert (refused.value.kind, refused.value.message) == (
                "duplicate",
                "refused on purpose",
            )
            with pytest.raises(ControlError, match="a bug"):
                await client.call("crash")
            assert await client.call("watch") == {"watching": True}
            server.broadcast("endpoint", status={"state": "CONNECTED"})
            events = client.events()
            event = await asyncio.wait_for(anext(events), 2)
            assert event == {"v": 1, "event": "endpoint", "status": {"state": "CONNECTED"}}
            # The owner goes: the events end and a request says so.
            await server.close()
            await asyncio.wait_for(client.closed.wait(), 2)
            with pytest.raises(ControlError, match="stopped"):
                await client.call("echo")
            await client.close()
        finally:
            await server.close()

    asyncio.run(scenario())


def test_no_owner_means_no_client(transport: str, tmp_path: Path) -> None:
    assert asyncio.run(ControlClient.connect(tmp_path)) is None
    assert call_blocking(tmp_path, "hello") is None


def test_blocking_call_and_hostile_lines(transport: str, tmp_path: Path) -> None:
    async def scenario() -> None:
        server = ControlServer(tmp_path, echo)
        await server.start()
        try:
            answer = await asyncio.to_thread(call_blocking, tmp_path, "echo")
            assert answer == {}
            where = server.address
            if where.transport == "unix":
                reader, writer = await asyncio.open_unix_connection(str(where.path))
            else:
                port, secret = control_address.read_port_file(where.path)
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(json.dumps({"v": 1, "auth": secret}).encode() + b"\n")
            # Not JSON, a wrong version, a nesting bomb: each answered, none fatal.
            writer.write(b"\xff\xfe not json\n")
            writer.write(b'{"v": 99, "id": 7, "op": "echo"}\n')
            writer.write(b"[" * 100_000 + b"\n")
            writer.write(b'{"v": 1, "id": 8, "op": "echo", "x": 1}\n')
            await writer.drain()
            answers = [json.loads(await reader.readline()) for _ in range(4)]
            assert answers[0]["ok"] is False and answers[0]["error"]["kind"] == "bad-request"
            assert answers[1]["ok"] is False and answers[1]["error"]["kind"] == "version"
            assert answers[2]["ok"] is False
            assert answers[3] == {"v": 1, "id": 8, "ok": True, "result": {"x": 1}}
            writer.close()
        finally:
            await server.close()

    asyncio.run(scenario())


def test_the_socket_and_port_file_are_the_users_alone(transport: str, tmp_path: Path) -> None:
    async def scenario() -> None:
        server = ControlServer(tmp_path, echo)
        await server.start()
        try:
            folder = server.address.path.parent
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert folder.stat().st_uid == os.getuid()
            assert stat.S_IMODE(server.address.path.stat().st_mode) == 0o600
        finally:
            await server.close()
        assert not server.address.path.exists()

    asyncio.run(scenario())


def test_a_control_folder_open_to_others_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder = private_folder()
    folder.chmod(0o755)
    with pytest.raises(ControlError, match="open to other users") as caught:
        private_folder()
    assert f"chmod 700 {folder}" in caught.value.message


def test_a_wrong_secret_gets_no_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TRANSPORT_ENV, "tcp")

    async def scenario() -> bytes:
        server = ControlServer(tmp_path, echo)
        await server.start()
        try:
            port, _secret = control_address.read_port_file(server.address.path)
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b'{"v": 1, "auth": "guessed"}\n{"v": 1, "id": 1, "op": "echo"}\n')
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), 5)
            writer.close()
            return answer
        finally:
            await server.close()

    assert asyncio.run(scenario()) == b""


OTHER_USER_CLIENT = textwrap.dedent(
    """
    import json, socket, sys
    kind, where = sys.argv[1], sys.argv[2]
    try:
        if kind == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(5)
            sock.connect(where)
        else:
            sock = socket.create_connection(("127.0.0.1", int(where)), timeout=5)
            sock.sendall(b'{"v": 1, "auth": "not-the-secret"}\\n')
        sock.sendall(b'{"v": 1, "id": 1, "op": "echo"}\\n')
        answer = sock.recv(65536)
        print("answered" if answer else "closed")
    except PermissionError:
        print("refused")
    except OSError as exc:
        print("error", type(exc).__name__, exc)
    """
)


@pytest.mark.skipif(os.getuid() != 0, reason="running a client as another user needs root")
@pytest.mark.parametrize("kind", ["unix", "tcp"])
def test_another_os_user_is_refused(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert shutil.which("setpriv"), "setpriv (util-linux) is needed"
    monkeypatch.setenv(TRANSPORT_ENV, kind)

    async def scenario() -> str:
        server = ControlServer(tmp_path, echo)
        await server.start()
        try:
            where = str(server.address.path)
            if kind == "tcp":
                # The other user cannot read the port file; give it the port, not the secret.
                where = str(control_address.read_port_file(server.address.path)[0])
            process = await asyncio.create_subprocess_exec(
                "setpriv",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                SYSTEM_PYTHON,
                "-c",
                OTHER_USER_CLIENT,
                kind,
                where,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                cwd="/",
            )
            out, err = await asyncio.wait_for(process.communicate(), 20)
            assert process.returncode == 0, err.decode()
            return out.decode().strip()
        finally:
            await server.close()

    verdict = asyncio.run(scenario())
    assert verdict == ("refused" if kind == "unix" else "closed"), verdict
    if kind == "tcp":
        # And the file with the secret is out of that user's reach.
        probe = subprocess.run(
            ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "cat",
             str(control_address.address(tmp_path).path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert probe.returncode != 0


def test_the_owner_lock_is_one_holder_and_dies_with_its_process(tmp_path: Path) -> None:
    first, second = OwnerLock(tmp_path), OwnerLock(tmp_path)
    assert first.try_acquire()
    assert not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(tmp_path / '.owner.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert not first.try_acquire()
            holder.kill()
            holder.wait(10)
            assert first.try_acquire(), "a killed owner's lock is freed by the OS at once"
        finally:
            holder.kill()
            first.release()


def test_socket_paths_are_short_and_differ_per_profile(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 8)
    one = control_address.address(deep, "unix").path
    two = control_address.address(tmp_path, "unix").path
    assert one != two
    assert len(os.fsencode(one)) < 100
