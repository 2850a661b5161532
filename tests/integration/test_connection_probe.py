"""The connection test of Validate against real servers on loopback: every step, and where it stops.

Each case checks which steps ran, that the failing one says why in words with the engine's
failure kind, and that the token never shows in any step.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
import trustme

from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.certificate import sha256_fingerprint
from nbwss_gui.services.connection_probe import STEP_NAMES, ProbeStep, probe
from nbwss_gui.services.failure import FailureKind

from .cloud_servers import Behaviour, CloudServer
from .conftest import TlsServer, leaf_der

TOKEN = "probe-S3CRET-token-51c7e0a4"


def settings(ca_file: Path | None, **changes: object) -> Settings:
    values: dict[str, object] = {
        "connect_timeout": 2.0,
        "connect_response_timeout": 1.0,
        "ca_file": str(ca_file) if ca_file else None,
    }
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


def endpoint(url: str, pin: str | None = None) -> RegisteredEndpoint:
    return RegisteredEndpoint(
        id="0" * 32, priority=1, group_id="g1", host_name="localhost", url=url, pinned_sha256=pin
    )


async def checked_probe(url: str, config: Settings, *, pin: str | None = None) -> list[ProbeStep]:
    """Probe, and check what every probe must do whatever the outcome."""
    reported: list[ProbeStep] = []
    steps = await probe(endpoint(url, pin), TOKEN, config, on_step=reported.append)
    assert steps == reported, "each step is reported as it ends"
    assert [s.name for s in steps] == list(STEP_NAMES[: len(steps)])
    assert all(s.ok for s in steps[:-1]), "the probe stops at the first failing step"
    for step in steps:
        assert TOKEN not in step.detail
        assert step.detail, "every step says what happened"
        assert step.seconds >= 0
        assert (step.kind is None) == step.ok
    return steps


def run_probe(url: str, config: Settings) -> list[ProbeStep]:
    return asyncio.run(checked_probe(url, config))


def failed_step(steps: list[ProbeStep], name: str, kind: FailureKind) -> ProbeStep:
    last = steps[-1]
    assert (last.name, last.ok, last.kind) == (name, False, kind), last
    return last


def test_every_step_passes_against_a_good_server(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> tuple[list[ProbeStep], CloudServer]:
        async with CloudServer(server_cert, tokens={TOKEN}) as server:
            steps = await checked_probe(server.url(), settings(ca_file))
            # The connection test leaves nothing open behind it, and closed it normally.
            for _ in range(100):
                if server.close_codes:
                    break
                await asyncio.sleep(0.01)
            assert server.received_tokens == [TOKEN]
            assert server.active == 0
            assert server.close_codes == [1000]
            return steps, server

    steps, server = asyncio.run(scenario())
    assert [s.name for s in steps] == list(STEP_NAMES)
    assert len(steps) == 5
    assert all(s.ok and s.kind is None for s in steps)
    assert all(s.seconds > 0 for s in steps)
    assert all(TOKEN not in s.detail for s in steps)
    dns, tcp, tls, upgrade, token = (s.detail for s in steps)
    assert dns == "127.0.0.1 is an IP address: no lookup needed"
    assert tcp == f"connected to 127.0.0.1:{server.port}"
    assert tls.startswith("TLSv1.") and "trusted" in tls
    assert upgrade == f"HTTP 101 Switching Protocols from 127.0.0.1:{server.port}"
    assert token == "CONNECT answered valid: true"


def test_pinned_certificate_from_an_unknown_ca_passes(ca_file: Path) -> None:
    stranger = trustme.CA().issue_cert("127.0.0.1", "localhost")
    pin = sha256_fingerprint(leaf_der(stranger))

    async def scenario() -> list[ProbeStep]:
        async with CloudServer(stranger) as server:
            return await checked_probe(server.url(), settings(ca_file), pin=pin)

    steps = asyncio.run(scenario())
    assert [s.ok for s in steps] == [True] * 5
    assert "matches the pinned fingerprint" in steps[2].detail


def test_dns_failure() -> None:
    steps = run_probe("wss://no-such-endpoint.invalid/nbwss", settings(None))
    step = failed_step(steps, "DNS", FailureKind.DNS)
    assert len(steps) == 1
    assert "no-such-endpoint.invalid could not be found" in step.detail


def test_tcp_refused(closed_port: int) -> None:
    steps = run_probe(f"wss://127.0.0.1:{closed_port}/nbwss", settings(None))
    step = failed_step(steps, "TCP", FailureKind.REFUSED)
    assert f"127.0.0.1:{closed_port} refused the connection" in step.detail


def test_tcp_refused_on_every_address_of_localhost(closed_port: int) -> None:
    steps = run_probe(f"wss://localhost:{closed_port}/nbwss", settings(None))
    assert steps[0].detail.startswith("localhost has the address")
    failed_step(steps, "TCP", FailureKind.REFUSED)


def test_tls_untrusted_certificate(ca_file: Path) -> None:
    other = trustme.CA(organization_name="Not the CA this client trusts")
    cert = other.issue_cert("127.0.0.1", "localhost")

    async def scenario() -> list[ProbeStep]:
        async with CloudServer(cert) as server:
            steps = run_in_loop = await checked_probe(server.url(), settings(ca_file))
            assert server.handshakes == 0, "nothing is sent over an untrusted connection"
            assert server.received_tokens == []
            return run_in_loop if steps else []

    steps = asyncio.run(scenario())
    step = failed_step(steps, "TLS", FailureKind.TLS_UNTRUSTED)
    assert len(steps) == 3
    assert "not trusted" in step.detail


def test_pinned_certificate_that_changed_gets_no_upgrade_and_no_token(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    stale_pin = sha256_fingerprint(b"the certificate trusted last month")

    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert) as server:
            steps = await checked_probe(server.url(), settings(ca_file), pin=stale_pin)
            await asyncio.sleep(0.05)
            assert server.received_tokens == []
            return steps

    steps = asyncio.run(scenario())
    step = failed_step(steps, "TLS", FailureKind.CERTIFICATE_CHANGED)
    assert "The token was not sent" in step.detail


def test_unusable_extra_ca_file_fails_tls(server_cert: trustme.LeafCert, tmp_path: Path) -> None:
    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert) as server:
            return await checked_probe(server.url(), settings(tmp_path / "gone.pem"))

    steps = asyncio.run(scenario())
    step = failed_step(steps, "TLS", FailureKind.TLS_CONFIG)
    assert "does not exist" in step.detail


def test_http_403_instead_of_the_upgrade(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert, http_status=403) as server:
            return await checked_probe(server.url(), settings(ca_file))

    steps = asyncio.run(scenario())
    step = failed_step(steps, "WebSocket upgrade", FailureKind.HTTP_STATUS)
    assert len(steps) == 4
    assert step.detail.startswith("HTTP 403 Forbidden instead of a WebSocket upgrade")
    assert all(TOKEN not in s.detail for s in steps)


@pytest.mark.parametrize("handshake", [False, True], ids=["no-tls-answer", "no-http-answer"])
def test_silent_server_times_out_at_the_step_it_hangs(
    tls_server: TlsServer, ca_file: Path, handshake: bool
) -> None:
    async def scenario() -> list[ProbeStep]:
        async with tls_server(handshake=handshake) as address:
            config = settings(ca_file, connect_timeout=0.4)
            return await checked_probe(address.url("wss", "/x"), config)

    steps = asyncio.run(scenario())
    step = failed_step(steps, "WebSocket upgrade" if handshake else "TLS", FailureKind.TIMEOUT)
    assert "within the connect timeout (0.4 s" in step.detail
    assert step.seconds < 1.5


def test_token_rejected(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert) as server:
            server.reject_token = True
            steps = await checked_probe(server.url(), settings(ca_file))
            assert server.received_tokens == [TOKEN]
            assert server.active == 0
            return steps

    steps = asyncio.run(scenario())
    step = failed_step(steps, "Token accepted", FailureKind.TOKEN_REJECTED)
    assert len(steps) == 5
    assert [s.ok for s in steps] == [True, True, True, True, False]
    assert "rejected the token" in step.detail
    assert all(TOKEN not in s.detail for s in steps)


def test_a_token_echoed_back_by_the_server_is_scrubbed(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert, behaviour=Behaviour.ECHO_TOKEN_ON_CLOSE) as server:
            return await checked_probe(server.url(), settings(ca_file))

    steps = asyncio.run(scenario())
    step = failed_step(steps, "Token accepted", FailureKind.CLOSED)
    assert TOKEN not in step.detail
    assert "1008" in step.detail


def test_cancelling_the_probe_leaves_no_connection(tls_server: TlsServer, ca_file: Path) -> None:
    async def scenario() -> None:
        async with tls_server(handshake=True) as address:
            task = asyncio.ensure_future(
                probe(endpoint(address.url("wss", "/x")), TOKEN, settings(ca_file))
            )
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(scenario())


def test_the_token_stays_out_of_debug_logs(
    server_cert: trustme.LeafCert, ca_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """websockets quotes the end of every frame at DEBUG; the CONNECT request ends with the
    token, so the probe's connection does not let it log frames."""
    caplog.set_level(logging.DEBUG)

    async def scenario() -> list[ProbeStep]:
        async with CloudServer(server_cert) as server:
            return await checked_probe(server.url(), settings(ca_file))

    steps = asyncio.run(scenario())
    assert all(step.ok for step in steps)
    for piece in (TOKEN, TOKEN[:12], TOKEN[-12:], TOKEN[-6:]):
        assert piece not in caplog.text
