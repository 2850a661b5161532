"""One connection against real wss:// servers on loopback: the happy path and every hostile case.

Each failure must end as a Failure with its own kind and a message a person understands; none
may crash, and the token must never show in a message or in the endpoint's message log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest
import trustme

from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.protocol import (
    NOT_AVAILABLE_STATUS,
    REDACTED,
    MessageType,
    SubType,
    command_request,
    message,
)
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.certificate import sha256_fingerprint
from nbwss_gui.services.connection import (
    Connection,
    TlsContexts,
    connect_endpoint,
    open_connection,
)
from nbwss_gui.services.failure import ConnectionFailure, Failure, FailureKind

from .cloud_servers import Behaviour, CloudServer, answer_garbage, raw_server, server_context
from .conftest import TlsServer, leaf_der

TOKEN = "tok-S3CRET-4f1d9c0b7e2a"
T = TypeVar("T")


def settings(ca_file: Path | None, **changes: object) -> Settings:
    values: dict[str, object] = {
        "connect_timeout": 2.0,
        "connect_response_timeout": 1.0,
        "keepalive_rate": 0.2,
        "max_pong_miss": 2,
        "ca_file": str(ca_file) if ca_file else None,
    }
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


def endpoint(url: str, pin: str | None = None) -> RegisteredEndpoint:
    return RegisteredEndpoint(
        id="0" * 32,
        priority=1,
        group_id="g1",
        host_name="localhost",
        url=url,
        pinned_sha256=pin,
    )


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(scenario())  # type: ignore[arg-type]


def assert_no_token(failure: Failure | None, log: MessageLog) -> None:
    if failure is not None:
        assert TOKEN not in failure.message
        assert TOKEN not in repr(ConnectionFailure(failure))
    for entry in log.entries():
        assert TOKEN not in entry.text()
        assert TOKEN not in str(entry.to_json())


async def fail(url: str, config: Settings, *, pin: str | None = None) -> tuple[Failure, MessageLog]:
    log = MessageLog()
    with pytest.raises(ConnectionFailure) as info:
        connection = await connect_endpoint(endpoint(url, pin), TOKEN, config, log=log)
        await connection.close()
    failure = info.value.failure
    assert str(info.value) == failure.message
    assert_no_token(failure, log)
    return failure, log


# The happy path


def test_the_token_stays_out_of_debug_logs(
    server_cert: trustme.LeafCert, ca_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """websockets quotes the end of every frame at DEBUG, and the CONNECT request ends with
    the token: the engine's connections do not let it log frames."""
    caplog.set_level(logging.DEBUG)

    async def scenario() -> None:
        async with CloudServer(server_cert, tokens={TOKEN}) as server:
            connection = await connect_endpoint(endpoint(server.url()), TOKEN, settings(ca_file))
            assert connection.accepted
            await connection.close()

    run(scenario)
    for piece in (TOKEN, TOKEN[:12], TOKEN[-12:], TOKEN[-6:]):
        assert piece not in caplog.text


def test_connect_sends_the_token_and_logs_it_redacted(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert, tokens={TOKEN}) as server:
            log = MessageLog()
            connection = await connect_endpoint(
                endpoint(server.url()), TOKEN, settings(ca_file), log=log
            )
            assert connection.accepted
            assert server.active == 1
            assert server.received_tokens == [TOKEN]
            await connection.close()
            await asyncio.sleep(0.05)
            assert server.active == 0
            entries = log.entries()
            connect = next(e for e in entries if e.summary.startswith("CONNECT REQUEST"))
            assert connect.data is not None
            assert connect.data["payload"] == {"token": REDACTED}
            assert any(e.summary.startswith("CONNECT RESPONSE") for e in entries)
            assert any(e.close_code == 1000 for e in entries)
            assert_no_token(None, log)

    run(scenario)


def test_command_request_is_answered_not_available_and_logged(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert) as server:
            connection = await connect_endpoint(endpoint(server.url()), TOKEN, settings(ca_file))
            serving = asyncio.create_task(connection.serve())
            request = command_request("/netbackup/admin/jobs", headers={"X": "y"})
            await server.send_all(request)
            ack = message(MessageType.NOTIFICATION, SubType.RESPONSE, {})
            await server.send_all(ack)
            for _ in range(100):
                if any(m.type is MessageType.COMMAND for m in server.received):
                    break
                await asyncio.sleep(0.01)
            answer = next(m for m in server.received if m.type is MessageType.COMMAND)
            assert answer.sub_type is SubType.RESPONSE
            assert answer.id == request.id
            assert answer.payload["status"] == NOT_AVAILABLE_STATUS
            await connection.close()
            ended = await serving
            assert ended.kind is FailureKind.CLOSED_LOCALLY
            summaries = [e.summary for e in connection.log.entries()]
            assert any("COMMAND REQUEST" in s and "501" in s for s in summaries)
            assert any(s.startswith("COMMAND RESPONSE") for s in summaries)
            assert any(s.startswith("NOTIFICATION RESPONSE") for s in summaries)

    run(scenario)


def test_keepalive_reports_the_round_trip_time(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert) as server:
            connection = await connect_endpoint(
                endpoint(server.url()), TOKEN, settings(ca_file, keepalive_rate=0.05)
            )
            rtts: list[float] = []
            serving = asyncio.create_task(connection.serve(rtts.append))
            await asyncio.sleep(0.3)
            assert rtts, "no pong was reported"
            assert all(0 < rtt < 1000 for rtt in rtts)
            assert connection.rtt_ms == rtts[-1]
            await connection.close()
            await serving

    run(scenario)


def test_pinned_certificate_from_an_unknown_ca_connects(ca_file: Path) -> None:
    other = trustme.CA().issue_cert("127.0.0.1", "localhost")
    pin = sha256_fingerprint(leaf_der(other))

    async def scenario() -> None:
        async with CloudServer(other) as server:
            connection = await connect_endpoint(
                endpoint(server.url(), pin), TOKEN, settings(ca_file)
            )
            assert server.active == 1
            await connection.close()

    run(scenario)


# Before the WebSocket is open


def test_dns_failure() -> None:
    failure, _ = run(lambda: fail("wss://no-such-endpoint.invalid/nbwss", settings(None)))
    assert failure.kind is FailureKind.DNS
    assert "no-such-endpoint.invalid could not be found" in failure.message


def test_refused(closed_port: int) -> None:
    failure, _ = run(lambda: fail(f"wss://127.0.0.1:{closed_port}/x", settings(None)))
    assert failure.kind is FailureKind.REFUSED
    assert f"127.0.0.1:{closed_port} refused the connection" in failure.message


def test_refused_on_every_address_of_localhost(closed_port: int) -> None:
    failure, _ = run(lambda: fail(f"wss://localhost:{closed_port}/x", settings(None)))
    assert failure.kind is FailureKind.REFUSED


@pytest.mark.parametrize("handshake", [False, True], ids=["no-tls", "no-http-answer"])
def test_silent_server_times_out(tls_server: TlsServer, ca_file: Path, handshake: bool) -> None:
    async def scenario() -> Failure:
        async with tls_server(handshake=handshake) as address:
            started = time.monotonic()
            failure, _ = await fail(
                address.url("wss", "/x"), settings(ca_file, connect_timeout=0.4)
            )
            assert time.monotonic() - started < 2.0
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.TIMEOUT
    assert "within 0.4 s" in failure.message


def test_untrusted_certificate(ca_file: Path) -> None:
    other = trustme.CA().issue_cert("127.0.0.1", "localhost")

    async def scenario() -> Failure:
        async with CloudServer(other) as server:
            failure, _ = await fail(server.url(), settings(ca_file))
            assert server.connect_requests == 0
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.TLS_UNTRUSTED
    assert "not trusted" in failure.message


def test_host_name_mismatch(wrong_name_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> Failure:
        async with CloudServer(wrong_name_cert) as server:
            return (await fail(server.url(), settings(ca_file)))[0]

    failure = run(scenario)
    assert failure.kind is FailureKind.HOSTNAME_MISMATCH
    assert "not valid for the IP address '127.0.0.1'" in failure.message


def test_expired_certificate(expired_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> Failure:
        async with CloudServer(expired_cert) as server:
            return (await fail(server.url(), settings(ca_file)))[0]

    failure = run(scenario)
    assert failure.kind is FailureKind.CERTIFICATE_EXPIRED
    assert "expired" in failure.message


def test_pinned_certificate_that_changed_gets_no_token(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    stale_pin = sha256_fingerprint(b"the certificate trusted last month")

    async def scenario() -> Failure:
        async with CloudServer(server_cert) as server:
            failure, _ = await fail(server.url(), settings(ca_file), pin=stale_pin)
            await asyncio.sleep(0.05)
            assert server.connect_requests == 0
            assert server.received_tokens == []
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.CERTIFICATE_CHANGED
    assert "certificate changed" in failure.message
    assert "The token was not sent" in failure.message


def test_pinned_certificate_that_expired_is_refused(
    expired_cert: trustme.LeafCert, ca_file: Path
) -> None:
    pin = sha256_fingerprint(leaf_der(expired_cert))

    async def scenario() -> Failure:
        async with CloudServer(expired_cert) as server:
            failure, _ = await fail(server.url(), settings(ca_file), pin=pin)
            assert server.connect_requests == 0
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.CERTIFICATE_EXPIRED
    assert "expired on" in failure.message


def test_unreadable_extra_ca_file(tmp_path: Path) -> None:
    config = settings(tmp_path / "missing.pem")
    failure, _ = run(lambda: fail("wss://127.0.0.1:1/x", config))
    assert failure.kind is FailureKind.TLS_CONFIG
    assert "does not exist" in failure.message


@pytest.mark.parametrize("status", [401, 403, 500])
def test_http_status_instead_of_upgrade(
    server_cert: trustme.LeafCert, ca_file: Path, status: int
) -> None:
    async def scenario() -> Failure:
        async with CloudServer(server_cert, http_status=status) as server:
            return (await fail(server.url(), settings(ca_file)))[0]

    failure = run(scenario)
    assert failure.kind is FailureKind.HTTP_STATUS
    assert failure.http_status == status
    assert f"HTTP {status}" in failure.message
    assert "instead of a WebSocket upgrade" in failure.message


def test_garbage_instead_of_http(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> Failure:
        async with raw_server(answer_garbage, context=server_context(server_cert)) as port:
            return (await fail(f"wss://127.0.0.1:{port}/x", settings(ca_file)))[0]

    failure = run(scenario)
    assert failure.kind is FailureKind.PROTOCOL_ERROR
    assert "did not answer the WebSocket upgrade with a valid HTTP response" in failure.message


def test_plain_tcp_instead_of_tls(ca_file: Path) -> None:
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 400 Bad Request\r\n\r\nnot TLS at all" * 10)
        await writer.drain()
        await reader.read(100)

    async def scenario() -> Failure:
        async with raw_server(garbage) as port:
            return (await fail(f"wss://127.0.0.1:{port}/x", settings(ca_file)))[0]

    failure = run(scenario)
    assert failure.kind is FailureKind.TLS
    assert "TLS" in failure.message


# The CONNECT exchange


@pytest.mark.parametrize(
    ("behaviour", "kind", "words"),
    [
        (Behaviour.SILENT_CONNECT, FailureKind.NO_CONNECT_RESPONSE, "did not answer the CONNECT"),
        (Behaviour.WRONG_ID, FailureKind.PROTOCOL_ERROR, "does not repeat the request's id"),
        (Behaviour.MALFORMED, FailureKind.PROTOCOL_ERROR, "cannot be decoded"),
        (Behaviour.CLOSE_ON_CONNECT, FailureKind.CLOSED, "before answering CONNECT with code 1011"),
        (Behaviour.BIG_FRAME, FailureKind.MESSAGE_TOO_BIG, "message too big"),
        (Behaviour.ECHO_TOKEN_ON_CLOSE, FailureKind.CLOSED, "code 1008"),
    ],
)
def test_hostile_connect_answers(
    server_cert: trustme.LeafCert,
    ca_file: Path,
    behaviour: Behaviour,
    kind: FailureKind,
    words: str,
) -> None:
    # Short only where the answer never comes; a 10 MiB frame on a busy machine takes longer.
    wait = 0.3 if behaviour is Behaviour.SILENT_CONNECT else 5.0

    async def scenario() -> Failure:
        async with CloudServer(server_cert, behaviour=behaviour) as server:
            failure, _ = await fail(server.url(), settings(ca_file, connect_response_timeout=wait))
            assert server.active == 0
            return failure

    failure = run(scenario)
    assert failure.kind is kind, failure
    assert words in failure.message


def test_rejected_token(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> Failure:
        async with CloudServer(server_cert, tokens={"another-token"}) as server:
            failure, log = await fail(server.url(), settings(ca_file))
            assert any(e.summary.startswith("CONNECT RESPONSE") for e in log.entries())
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.TOKEN_REJECTED
    assert "rejected the token" in failure.message


def test_ignore_decoder_keeps_waiting_for_the_connect_response(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    config = settings(ca_file, ignore_decoder=True, connect_response_timeout=0.3)

    async def scenario() -> tuple[Failure, MessageLog]:
        async with CloudServer(server_cert, behaviour=Behaviour.MALFORMED) as server:
            return await fail(server.url(), config)

    failure, log = run(scenario)
    assert failure.kind is FailureKind.NO_CONNECT_RESPONSE
    assert any(e.summary.startswith("undecodable message") for e in log.entries())


# While connected


async def connected(
    server: CloudServer, config: Settings
) -> tuple[Connection, asyncio.Task[Failure]]:
    connection = await connect_endpoint(endpoint(server.url()), TOKEN, config)
    return connection, asyncio.create_task(connection.serve())


def test_undecodable_message_closes_the_connection(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> Failure:
        async with CloudServer(server_cert, behaviour=Behaviour.GARBAGE_AFTER_CONNECT) as server:
            connection, serving = await connected(server, settings(ca_file))
            failure = await asyncio.wait_for(serving, 2)
            assert_no_token(failure, connection.log)
            return failure

    failure = run(scenario)
    assert failure.kind is FailureKind.PROTOCOL_ERROR
    assert "cannot be decoded" in failure.message


def test_ignore_decoder_keeps_the_connection(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert, behaviour=Behaviour.GARBAGE_AFTER_CONNECT) as server:
            connection, serving = await connected(server, settings(ca_file, ignore_decoder=True))
            await asyncio.sleep(0.2)
            assert not serving.done()
            assert server.active == 1
            assert any(e.raw == "this is not JSON" for e in connection.log.entries())
            await connection.close()
            assert (await serving).kind is FailureKind.CLOSED_LOCALLY

    run(scenario)


def test_server_going_away_is_closed_with_its_code(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> Failure:
        async with CloudServer(server_cert) as server:
            _connection, serving = await connected(server, settings(ca_file))
            await server.stop()
            return await asyncio.wait_for(serving, 2)

    failure = run(scenario)
    assert failure.kind is FailureKind.CLOSED
    assert "closed the connection with code 1001 (going away)" in failure.message
    assert failure.close_code == 1001


def test_frozen_server_is_a_keepalive_timeout(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> tuple[Failure, float]:
        async with CloudServer(server_cert) as server:
            connection, serving = await connected(
                server, settings(ca_file, keepalive_rate=0.1, max_pong_miss=2)
            )
            await asyncio.sleep(0.15)
            server.freeze()
            frozen_at = time.monotonic()
            failure = await asyncio.wait_for(serving, 3)
            assert connection.closed
            return failure, time.monotonic() - frozen_at

    failure, took = run(scenario)
    assert failure.kind is FailureKind.KEEPALIVE_TIMEOUT
    assert "keep-alive timeout" in failure.message
    assert "2 keep-alive pings in a row had no pong" in failure.message
    assert took < 1.0


def test_too_big_message_after_connect(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> Failure:
        async with CloudServer(server_cert) as server:
            _connection, serving = await connected(server, settings(ca_file))
            await server.send_all_raw("y" * (10 * 1024 * 1024))
            return await asyncio.wait_for(serving, 5)

    failure = run(scenario)
    assert failure.kind is FailureKind.MESSAGE_TOO_BIG
    assert failure.close_code == 1009


def test_opening_alone_sends_nothing(server_cert: trustme.LeafCert, ca_file: Path) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert) as server:
            connection = await open_connection(
                endpoint(server.url()), settings(ca_file), contexts=TlsContexts(str(ca_file))
            )
            await asyncio.sleep(0.05)
            assert server.handshakes == 1
            assert server.connect_requests == 0
            await connection.close()

    run(scenario)
