"""The engine against real wss:// servers: priority, failover, backoff, changes mid-attempt."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import trustme

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.protocol import REDACTED
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.engine import Engine

from .cloud_servers import CloudServer, ConnectLedger, Watch, make_endpoint, until
from .conftest import TlsServer

TOKEN = "tok-ENGINE-91c2f0aa"


def settings(ca_file: Path, **changes: Any) -> Settings:
    values: dict[str, Any] = {
        "connection_period": 0.5,
        "keepalive_rate": 0.1,
        "max_pong_miss": 2,
        "connect_timeout": 2.0,
        "connect_response_timeout": 1.0,
        "ca_file": str(ca_file),
    }
    values.update(changes)
    return Settings(**values)


async def token_for(_endpoint_id: str) -> str:
    return TOKEN


@asynccontextmanager
async def engine_for(
    config: Settings,
    *,
    tokens: Callable[[str], Awaitable[str]] = token_for,
    rng: Callable[[], float] = lambda: 0.5,
) -> AsyncIterator[tuple[Engine, Watch]]:
    watch = Watch()
    engine = Engine(config, tokens, watch.on_status, on_group=watch.on_group, rng=rng)
    try:
        yield engine, watch
    finally:
        await engine.close()


def state(engine: Engine, endpoint: RegisteredEndpoint) -> S | None:
    status = engine.status(endpoint.id)
    return status.state if status is not None else None


def is_(engine: Engine, endpoint: RegisteredEndpoint, wanted: S) -> Callable[[], bool]:
    return lambda: state(engine, endpoint) is wanted


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())  # type: ignore[arg-type]


def test_highest_priority_carries_the_group(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> None:
        ledger = ConnectLedger()
        async with (
            CloudServer(server_cert, ledger=ledger) as s1,
            CloudServer(server_cert, ledger=ledger) as s2,
            engine_for(settings(ca_file)) as (engine, watch),
        ):
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([second, first])
            await until(is_(engine, first, S.CONNECTED), what="first CONNECTED")
            await until(is_(engine, second, S.STANDBY), what="second STANDBY")
            assert (s1.active, s2.active) == (1, 0)
            group = engine.group_status("g1")
            assert group is not None
            assert group.state is S.CONNECTED
            assert group.active_endpoint_id == first.id
            assert group.summary == f"carried by localhost ({first.url})"
            assert S.CONNECTED not in watch.states(second.id)
            assert not ledger.violations

    run(scenario)


def test_ties_go_by_host_name_then_url(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as server,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            b_host = make_endpoint(server.url("g1", "a"), priority=5, host="B-host")
            a_host_2 = make_endpoint(server.url("g1", "z"), priority=5, host="a-host")
            a_host_1 = make_endpoint(server.url("g1", "y"), priority=5, host="a-host")
            engine.update([b_host, a_host_2, a_host_1])
            await until(is_(engine, a_host_1, S.CONNECTED))
            assert server.active == 1

    run(scenario)


def test_failover_when_the_active_endpoint_goes_away_and_no_preemption(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        ledger = ConnectLedger()
        async with (
            CloudServer(server_cert, ledger=ledger) as s1,
            CloudServer(server_cert, ledger=ledger) as s2,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([first, second])
            await until(is_(engine, first, S.CONNECTED))
            await s1.stop()
            took = await until(is_(engine, second, S.CONNECTED), what="failover")
            assert took < 1.0
            status = engine.status(first.id)
            assert status is not None
            assert status.state in (S.FAILED, S.RETRYING)
            assert status.reason_kind == "closed"
            assert "code 1001 (going away)" in (status.reason or "")
            # The higher-priority endpoint comes back: the group stays where it is.
            await s1.start()
            await asyncio.sleep(1.0)
            assert state(engine, second) is S.CONNECTED
            assert (s1.active, s2.active) == (0, 1)
            assert not ledger.violations

    run(scenario)


def test_fail_back_moves_to_the_higher_priority_endpoint(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        ledger = ConnectLedger()
        async with (
            CloudServer(server_cert, ledger=ledger) as s1,
            CloudServer(server_cert, ledger=ledger) as s2,
            engine_for(settings(ca_file, fail_back=True)) as (engine, _watch),
        ):
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([first, second])
            await until(is_(engine, first, S.CONNECTED))
            await s1.stop()
            await until(is_(engine, second, S.CONNECTED))
            await s1.start()
            await until(is_(engine, first, S.CONNECTED), timeout=5, what="fail-back")
            await until(lambda: s2.active == 0)
            assert s1.active == 1
            assert state(engine, second) is S.STANDBY
            assert not ledger.violations
            assert max(ledger.peak.values()) == 1

    run(scenario)


def test_every_endpoint_failing_backs_off_and_connect_now_skips_the_wait(
    server_cert: trustme.LeafCert, ca_file: Path, closed_port: int
) -> None:
    async def scenario() -> None:
        server = CloudServer(server_cert)
        config = settings(ca_file, connection_period=30.0)
        async with engine_for(config, rng=lambda: 1.0) as (engine, watch):
            await server.start()
            url = server.url("g1", "a")
            await server.stop()
            endpoint = make_endpoint(url)
            engine.update([endpoint])
            await until(is_(engine, endpoint, S.RETRYING))
            status = engine.status(endpoint.id)
            assert status is not None
            assert status.reason_kind == "refused"
            assert status.retry_at is not None
            assert 0.5 < status.retry_in() <= 1.0  # type: ignore[operator]
            await until(is_(engine, endpoint, S.RETRYING), timeout=3)
            # The second pass waits up to 2 s (the first step doubled, no jitter here).
            await until(lambda: (engine.status(endpoint.id).retry_in() or 0) > 1.2, timeout=3)  # type: ignore[union-attr]
            group = engine.group_status("g1")
            assert group is not None
            assert group.state is S.RETRYING
            assert "every activated endpoint failed" in group.summary
            await server.start()
            engine.connect_now("g1")
            took = await until(is_(engine, endpoint, S.CONNECTED), timeout=1.0)
            assert took < 1.0
            assert S.CONNECTING in watch.states(endpoint.id)
            await server.stop()

    run(scenario)


def test_deactivate_and_remove_the_active_endpoint(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        ledger = ConnectLedger()
        async with (
            CloudServer(server_cert, ledger=ledger) as s1,
            CloudServer(server_cert, ledger=ledger) as s2,
            CloudServer(server_cert, ledger=ledger) as s3,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            third = make_endpoint(s3.url("g1", "c"), priority=3)
            engine.update([first, second, third])
            await until(is_(engine, first, S.CONNECTED))
            engine.update([first.with_activated(False), second, third])
            await until(is_(engine, second, S.CONNECTED), timeout=2)
            assert state(engine, first) is S.NOT_CONNECTED
            await until(lambda: s1.active == 0)
            assert s1.close_codes == [1000]
            engine.update([first.with_activated(False), third])
            await until(is_(engine, third, S.CONNECTED), timeout=2)
            assert engine.status(second.id) is None
            await until(lambda: s2.active == 0)
            engine.update([first.with_activated(False)])
            await until(lambda: s3.active == 0)
            group = engine.group_status("g1")
            assert group is not None
            assert group.state is S.NOT_CONNECTED
            assert group.summary == "no connection: every endpoint is deactivated"
            assert not ledger.violations

    run(scenario)


def test_deactivate_mid_attempt_fails_over_at_once(
    server_cert: trustme.LeafCert, ca_file: Path, tls_server: TlsServer
) -> None:
    async def scenario() -> None:
        async with (
            tls_server() as silent,
            CloudServer(server_cert) as s2,
            engine_for(settings(ca_file, connect_timeout=10.0)) as (engine, _watch),
        ):
            stuck = make_endpoint(silent.url("wss", "/g/g1/a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([stuck, second])
            await until(is_(engine, stuck, S.CONNECTING))
            await asyncio.sleep(0.1)
            engine.update([stuck.with_activated(False), second])
            took = await until(is_(engine, second, S.CONNECTED), timeout=2)
            assert took < 1.0
            assert state(engine, stuck) is S.NOT_CONNECTED
            assert [c for c in engine.open_connections() if c[1] == stuck.id] == []

    run(scenario)


def test_rejected_token_fails_over(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as s1,
            CloudServer(server_cert) as s2,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            s1.reject_token = True
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([first, second])
            await until(is_(engine, second, S.CONNECTED))
            status = engine.status(first.id)
            assert status is not None
            assert status.state is S.FAILED
            assert status.reason_kind == "token-rejected"
            assert s1.active == 0

    run(scenario)


def test_frozen_server_fails_over_on_keepalive_timeout(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as s1,
            CloudServer(server_cert) as s2,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            first = make_endpoint(s1.url("g1", "a"), priority=1)
            second = make_endpoint(s2.url("g1", "b"), priority=2)
            engine.update([first, second])
            await until(is_(engine, first, S.CONNECTED))
            await until(lambda: (engine.status(first.id).rtt_ms or 0) > 0, what="an RTT")  # type: ignore[union-attr]
            s1.freeze()
            await until(is_(engine, second, S.CONNECTED), timeout=3)
            status = engine.status(first.id)
            assert status is not None
            assert status.reason_kind == "keepalive-timeout"

    run(scenario)


def test_token_that_cannot_be_read(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    class Locked(Exception):
        message = "The keyring is locked; unlock it and try again."

    async def locked(_endpoint_id: str) -> str:
        raise Locked

    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as server,
            engine_for(settings(ca_file), tokens=locked) as (engine, _watch),
        ):
            endpoint = make_endpoint(server.url())
            engine.update([endpoint])
            await until(is_(engine, endpoint, S.RETRYING))
            status = engine.status(endpoint.id)
            assert status is not None
            assert status.reason_kind == "token-unavailable"
            assert "keyring is locked" in (status.reason or "")
            assert server.handshakes == 0

    run(scenario)


def test_close_closes_every_connection_cleanly(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert) as server:
            watch = Watch()
            engine = Engine(settings(ca_file), token_for, watch.on_status)
            endpoints = [make_endpoint(server.url(f"g{i}", "a"), group=f"g{i}") for i in range(5)]
            engine.update(endpoints)
            await until(lambda: all(is_(engine, e, S.CONNECTED)() for e in endpoints))
            assert server.active == 5
            log = engine.message_log(endpoints[0].id)
            connect = next(e for e in log.entries() if e.summary.startswith("CONNECT REQUEST"))
            assert connect.data is not None
            assert connect.data["payload"]["token"] == REDACTED
            started = time.monotonic()
            await engine.close()
            assert time.monotonic() - started < 1.0
            assert engine.open_connections() == []
            await until(lambda: len(server.close_codes) == 5)
            assert server.close_codes == [1000] * 5
            assert all(TOKEN not in e.text() for e in log.entries())

    run(scenario)


def test_endpoint_moving_to_another_group_is_never_dialled_twice(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as server,
            engine_for(settings(ca_file)) as (engine, _watch),
        ):
            endpoint = make_endpoint(server.url("g1", "a"), group="g1")
            engine.update([endpoint])
            await until(is_(engine, endpoint, S.CONNECTED))
            peak = 0

            def sample() -> bool:
                nonlocal peak
                peak = max(peak, len(server.connections))
                return False

            moved = dataclasses.replace(endpoint, group_id="g2")
            engine.update([moved])
            for _ in range(100):
                sample()
                await asyncio.sleep(0.005)
            await until(is_(engine, moved, S.CONNECTED))
            assert peak <= 1
            assert engine.group_status("g1") is None
            group = engine.group_status("g2")
            assert group is not None
            assert group.active_endpoint_id == endpoint.id

    run(scenario)
