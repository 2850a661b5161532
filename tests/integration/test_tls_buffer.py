"""The TLS read buffer cap leans on a private attribute of asyncio: these tests fail when a
Python release renames it or stops sizing each connection's buffer by it. A real TLS
connection on 127.0.0.1 shows the buffer its protocol reads into."""

from __future__ import annotations

import asyncio
import ssl
from asyncio import sslproto
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from nbwss_gui.services.tls_buffer import TLS_READ_BUFFER, cap_tls_read_buffer

from .conftest import server_context


@pytest.fixture
def default_size() -> Iterator[int]:
    before = sslproto.SSLProtocol.max_size
    yield before
    sslproto.SSLProtocol.max_size = before


def read_buffer_of_a_connection(server_cert: trustme.LeafCert, ca_file: Path) -> int:
    async def scenario() -> int:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server_context(server_cert))
        port = server.sockets[0].getsockname()[1]
        client = ssl.create_default_context(cafile=str(ca_file))
        _reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client, server_hostname="localhost"
        )
        protocol = writer.transport._ssl_protocol  # type: ignore[attr-defined]
        size = len(protocol.get_buffer(-1))
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()
        return size

    return asyncio.run(scenario())


def test_asyncio_still_has_the_attribute(default_size: int) -> None:
    assert isinstance(default_size, int)
    assert default_size >= TLS_READ_BUFFER


def test_a_connection_made_after_the_cap_reads_into_16_kib(
    default_size: int, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    assert read_buffer_of_a_connection(server_cert, ca_file) == default_size
    assert cap_tls_read_buffer() is True
    assert read_buffer_of_a_connection(server_cert, ca_file) == TLS_READ_BUFFER


def test_the_cap_never_raises_the_size(default_size: int) -> None:
    sslproto.SSLProtocol.max_size = 8 * 1024
    assert cap_tls_read_buffer() is True
    assert sslproto.SSLProtocol.max_size == 8 * 1024
