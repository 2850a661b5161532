"""A hostile endpoint costs one connection: never the group's task, never unbounded memory.

One real wss:// server per behaviour (hostile_servers.py). For each: the reason shown, the
group moved to its backup endpoint (or stayed CONNECTED when the peer's behaviour is allowed),
no task of the engine died, the message log stayed within its byte budget.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import trustme
from websockets.asyncio.server import ServerConnection, serve

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.message_log import DEFAULT_MAX_BYTES
from nbwss_gui.services.connection_probe import TOKEN_ACCEPTED, probe
from nbwss_gui.services.engine import Engine
from nbwss_gui.services.failure import FailureKind

from .cloud_servers import CloudServer, Watch, make_endpoint, server_context, until
from .hostile_servers import TOKEN, Case, cases, run_case, settings

MiB = 1024 * 1024


@pytest.mark.timeout(300)
@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_a_hostile_endpoint_costs_one_connection(
    case: Case, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    row = asyncio.run(run_case(case, server_cert, ca_file))
    assert row.tasks_died == 0
    assert row.log_bytes <= DEFAULT_MAX_BYTES
    if case.kind is None:
        assert row.state == "CONNECTED", row.reason
    else:
        assert row.state == "FAILED"
        assert row.kind == case.kind, row.reason
        assert case.words in row.reason
        assert row.failover_s is not None
    # A flood of 900 KiB messages is not kept: resident memory stays nearly flat.
    assert row.rss_after - row.rss_before < 48 * MiB, (row.rss_before, row.rss_after)


class Unforeseen(BaseException):
    """Stands for a bug: not an Exception, so nothing on the way catches it."""


def test_a_group_task_that_dies_is_reported_and_restarted(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        calls = 0

        async def token_for(_endpoint_id: str) -> str:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise Unforeseen("a bug")
            return TOKEN

        async with CloudServer(server_cert) as server:
            endpoint = make_endpoint(server.url())
            watch = Watch()
            engine = Engine(settings(ca_file), token_for, watch.on_status)
            try:
                engine.update([endpoint])
                await until(lambda: S.CONNECTED in watch.states(endpoint.id), 10, "CONNECTED again")
                failed = [e for e in watch.events if e.reason_kind == "internal-error"]
                assert failed and failed[0].state is S.FAILED
                assert "stopped unexpectedly (Unforeseen)" in (failed[0].reason or "")
                assert "restarted" in (failed[0].reason or "")
                assert server.active == 1
            finally:
                await engine.close()

    asyncio.run(scenario())


def test_validate_fails_its_step_on_a_deeply_nested_answer(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async def handle(ws: ServerConnection) -> None:
            await ws.recv()
            await ws.send("[" * 100_000)
            await ws.wait_closed()

        async with serve(handle, "127.0.0.1", 0, ssl=server_context(server_cert)) as server:
            port = server.sockets[0].getsockname()[1]
            endpoint = make_endpoint(f"wss://127.0.0.1:{port}/x")
            steps = await probe(endpoint, TOKEN, settings(ca_file))
        last = steps[-1]
        assert (last.name, last.ok, last.kind) == (
            TOKEN_ACCEPTED,
            False,
            FailureKind.PROTOCOL_ERROR,
        )
        assert "nested" in last.detail

    asyncio.run(scenario())
