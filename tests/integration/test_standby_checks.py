"""A FAILED standby endpoint is checked again in the background (no token), so that one that
came back no longer reads FAILED (SPEC §3.1), and a re-activated one starts afresh."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import trustme

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.services import standby_checks

from .cloud_servers import CloudServer, ConnectLedger, make_endpoint, until
from .test_engine import engine_for, is_, settings


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(standby_checks, "FIRST_S", 0.2)
    monkeypatch.setattr(standby_checks, "CAP_S", 0.4)


def test_a_standby_endpoint_that_came_back_reads_standby(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        ledger = ConnectLedger()
        async with (
            CloudServer(server_cert, ledger=ledger) as first,
            CloudServer(server_cert, ledger=ledger) as second,
        ):
            a = make_endpoint(first.url("g1", "a"), priority=1)
            b = make_endpoint(second.url("g1", "b"), priority=2)
            await first.stop()  # a is down when the group starts: it fails over to b
            async with engine_for(settings(ca_file)) as (engine, _watch):
                engine.update([a, b])
                await until(is_(engine, b, S.CONNECTED), what="b to carry the group")
                await until(is_(engine, a, S.FAILED), what="a to read FAILED")
                connects = first.connect_requests
                await first.start()  # a's server is back
                took = await until(is_(engine, a, S.STANDBY), timeout=5.0, what="a STANDBY")
                status = engine.status(a.id)
                assert status is not None and status.reason is not None
                assert status.reason.startswith("reachable (checked at ")
                assert status.last_error is None
                # The check sent no CONNECT, and the group stayed on b.
                assert first.connect_requests == connects
                assert is_(engine, b, S.CONNECTED)()
                assert ledger.violations == []
                assert took < 5.0

    asyncio.run(scenario())


def test_a_standby_endpoint_still_failing_reads_failed_with_todays_reason(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as first,
            CloudServer(server_cert) as second,
        ):
            a = make_endpoint(first.url("g1", "a"), priority=1)
            b = make_endpoint(second.url("g1", "b"), priority=2)
            await first.stop()
            async with engine_for(settings(ca_file)) as (engine, _watch):
                engine.update([a, b])
                await until(is_(engine, b, S.CONNECTED))
                await until(is_(engine, a, S.FAILED))
                status = engine.status(a.id)
                assert status is not None and "refused" in (status.reason or "")
                # Back, but answering 503: still FAILED, now for that reason.
                first.http_status = 503
                await first.start()

                def says_503() -> bool:
                    now = engine.status(a.id)
                    return now is not None and now.state is S.FAILED and "503" in (now.reason or "")

                await until(says_503, timeout=5.0, what="a FAILED with the 503")

    asyncio.run(scenario())


def test_deactivate_then_activate_forgets_the_old_failure(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with (
            CloudServer(server_cert) as first,
            CloudServer(server_cert) as second,
        ):
            a = make_endpoint(first.url("g1", "a"), priority=1)
            b = make_endpoint(second.url("g1", "b"), priority=2)
            await first.stop()
            async with engine_for(settings(ca_file)) as (engine, _watch):
                engine.update([a, b])
                await until(is_(engine, b, S.CONNECTED))
                await until(is_(engine, a, S.FAILED))
                await first.start()
                engine.update([a.with_activated(False), b])
                await until(is_(engine, a, S.NOT_CONNECTED))
                engine.update([a, b])
                await until(lambda: not is_(engine, a, S.NOT_CONNECTED)(), timeout=2.0)
                assert not is_(engine, a, S.FAILED)()

    asyncio.run(scenario())
