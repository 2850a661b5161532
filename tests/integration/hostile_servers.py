"""The hostile-endpoint matrix: one real wss:// server on 127.0.0.1 per hostile behaviour.

Each case runs a group of two endpoints: the hostile one (priority 1) and a well-behaved
CloudServer (priority 2). `run_case` reports what the engine showed for the hostile endpoint,
whether the group moved to the backup and how long that took, the resident memory before and
after, and whether any task of the engine died. The matrix test and
tests/benchmarks/bench_hostile_matrix.py (which prints the table) both use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import trustme
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from nbwss_gui.domain.connection_state import ConnectionState as S
from nbwss_gui.domain.protocol import (
    Message,
    MessageType,
    SubType,
    connect_response,
    decode,
    message,
)
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection import MAX_MESSAGE_SIZE
from nbwss_gui.services.engine import Engine

from .cloud_servers import QUIET, CloudServer, Watch, make_endpoint, server_context, until

TOKEN = "tok-HOSTILE-5d1e"
FLOOD_SIZE = 900 * 1024
Behave = Callable[[ServerConnection, Message], Awaitable[None]]


def resident_bytes() -> int:
    """This process's resident memory, from /proc (no psutil)."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def command_text(size: int) -> str:
    body = "b" * size
    return (
        f'{{"version":"1.0","id":"{uuid.uuid4()}","type":"COMMAND","subType":"REQUEST",'
        f'"timeStamp":1,"payload":{{"uri":"/x","method":"GET","headers":{{}},"body":"{body}"}}}}'
    )


async def accept(ws: ServerConnection, request: Message) -> None:
    await ws.send(connect_response(request, True).encode())


def envelope(**fields: object) -> str:
    import json

    base: dict[str, object] = {
        "version": "1.0",
        "id": "X",
        "type": "CONNECT",
        "subType": "RESPONSE",
        "timeStamp": 1,
        "payload": {"valid": True},
    }
    base.update(fields)
    return json.dumps(base)


class Flood:
    """COMMAND requests of FLOOD_SIZE, one after the other; counts the 501 answers."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.answered = 0
        self.done = asyncio.Event()

    async def __call__(self, ws: ServerConnection, request: Message) -> None:
        await accept(ws, request)
        for _ in range(self.count):
            await ws.send(command_text(FLOOD_SIZE))
            raw = await ws.recv()
            if decode(raw).type is MessageType.COMMAND:
                self.answered += 1
        self.done.set()


async def deep_after_connect(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    deep = "[" * 100_000 + "]" * 100_000
    head = envelope(type="COMMAND", subType="REQUEST", payload=None).removesuffix("null}")
    await ws.send(head + deep + "}")


async def deep_as_answer(ws: ServerConnection, request: Message) -> None:
    await ws.send("[" * 100_000)


async def huge(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    # Just under the frame limit: a message this big is allowed, and must be answered.
    await ws.send(command_text(MAX_MESSAGE_SIZE - 400))
    await ws.recv()


async def invalid_utf8(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    await ws.send(b'{"version": "1.0", "id": "\xff\xfe"}', text=True)


async def wrong_shape(ws: ServerConnection, request: Message) -> None:
    await ws.send(envelope(id={"not": "a string"}))


async def non_object_payload(ws: ServerConnection, request: Message) -> None:
    await ws.send(envelope(id=request.id, payload=["valid", True]))


async def answered_twice(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    await accept(ws, request)


async def binary(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    note = message(MessageType.NOTIFICATION, SubType.RESPONSE, {})
    await ws.send(note.encode().encode("utf-8"))


async def ping_flood(ws: ServerConnection, request: Message) -> None:
    await accept(ws, request)
    waiters = [await ws.ping(f"p{i}") for i in range(2000)]
    await asyncio.wait_for(asyncio.gather(*waiters), 10)


async def close_during_connect(ws: ServerConnection, request: Message) -> None:
    await ws.close(1011, "cloud application going down")


@dataclass(frozen=True)
class Case:
    name: str
    behave: Behave
    # The kind the hostile endpoint must show, or None when it must stay CONNECTED.
    kind: str | None
    words: str = ""


def cases(flood: int = 60) -> list[Case]:
    return [
        Case(
            "deep nesting (100,000 [) after CONNECT", deep_after_connect, "protocol-error", "nested"
        ),
        Case("deep nesting as the CONNECT answer", deep_as_answer, "protocol-error", "nested"),
        Case("huge message within the frame limit", huge, None),
        Case(f"COMMAND flood ({flood} x 900 KiB)", Flood(flood), None),
        Case("invalid UTF-8 in a text frame", invalid_utf8, "protocol-error", "UTF-8"),
        Case("valid JSON, wrong-shape envelope", wrong_shape, "protocol-error", "id must be"),
        Case(
            "non-object CONNECT payload",
            non_object_payload,
            "protocol-error",
            "must be a JSON object",
        ),
        Case("CONNECT answered twice", answered_twice, "protocol-error", "second time"),
        Case("binary frame", binary, "protocol-error", "binary frame"),
        Case("ping flood (2000 pings)", ping_flood, None),
        Case("close during CONNECT", close_during_connect, "closed", "1011"),
    ]


@dataclass
class Row:
    case: str
    state: str
    kind: str | None
    reason: str
    failover_s: float | None
    rss_before: int
    rss_after: int
    log_bytes: int
    tasks_died: int


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def settings(ca_file: Path) -> Settings:
    return Settings(
        connection_period=0.5,
        keepalive_rate=0.5,
        max_pong_miss=3,
        connect_timeout=3.0,
        connect_response_timeout=2.0,
        ca_file=str(ca_file),
    )


async def run_case(case: Case, cert: trustme.LeafCert, ca_file: Path) -> Row:
    async def handle(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            request = decode(await ws.recv())
            await case.behave(ws, request)
            async for _ in ws:
                pass

    context: ssl.SSLContext = server_context(cert)
    errors = _Errors()
    engine_log = logging.getLogger("nbwss_gui.services.engine")
    engine_log.addHandler(errors)
    watch = Watch()

    async def token_for(_endpoint_id: str) -> str:
        return TOKEN

    async with (
        serve(
            handle,
            "127.0.0.1",
            0,
            ssl=context,
            logger=QUIET,
            max_size=None,
            ping_interval=None,
            compression=None,
        ) as hostile,
        CloudServer(cert) as backup,
    ):
        port = hostile.sockets[0].getsockname()[1]
        first = make_endpoint(f"wss://127.0.0.1:{port}/g/g1/hostile", priority=1)
        second = make_endpoint(backup.url("g1", "backup"), priority=2)
        engine = Engine(settings(ca_file), token_for, watch.on_status, rng=lambda: 0.5)
        rss_before = resident_bytes()
        try:
            engine.update([first, second])
            if case.kind is None:
                await until(lambda: _state(engine, first.id) is S.CONNECTED, 10, "CONNECTED")
                if isinstance(case.behave, Flood):
                    await asyncio.wait_for(case.behave.done.wait(), 120)
                else:
                    await asyncio.sleep(0.5)
                failover = None
            else:
                await until(lambda: _state(engine, second.id) is S.CONNECTED, 10, "failover")
                failed = next(
                    e for e in watch.events if e.endpoint_id == first.id and e.state is S.FAILED
                )
                status = engine.status(second.id)
                assert status is not None
                failover = max(0.0, status.since - failed.since)
            status = engine.status(first.id)
            assert status is not None
            died = sum(1 for t in engine._tasks if t.done())
            died += sum(1 for r in errors.records if "connection task" in r.getMessage())
            rss_after = resident_bytes()
            return Row(
                case.name,
                status.state.value,
                status.reason_kind,
                status.reason or "",
                failover,
                rss_before,
                rss_after,
                engine.message_log(first.id).size_bytes,
                died,
            )
        finally:
            await engine.close()
            engine_log.removeHandler(errors)


def _state(engine: Engine, endpoint_id: str) -> S | None:
    status = engine.status(endpoint_id)
    return status.state if status is not None else None


def table(rows: list[Row]) -> str:
    lines = [
        "| behaviour | state shown | reason shown | time to failover |",
        "|---|---|---|---|",
    ]
    for row in rows:
        if row.failover_s is None:
            after = "none needed (stays CONNECTED)"
        else:
            after = f"{row.failover_s * 1000:.0f} ms"
        reason = row.reason if row.kind is None else f"{row.kind}: {row.reason}"
        lines.append(f"| {row.case} | {row.state} | {reason or '—'} | {after} |")
    return "\n".join(lines)


__all__ = ["Case", "Row", "cases", "resident_bytes", "run_case", "table", "time"]
