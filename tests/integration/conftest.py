"""Real TLS servers on loopback, with certificates from a private trustme CA.

Fixtures (all certificates come from the session's `ca`):

- `ca`: the private CA; `ca_file`: its PEM on disk, to pass as the extra CA file.
- `server_cert`: valid for localhost, 127.0.0.1 and ::1 (ECDSA P-256).
- `rsa_server_cert`: the same names with an RSA key.
- `wrong_name_cert`: valid only for wrong-name.example.
- `expired_cert`: the right names, expired yesterday.
- `expiring_cert`: the right names, expiring in 10 days.
- `https_server(routes, cert=..., host=...)`: async context manager running an aiohttp.web
  HTTPS server; yields its base URL (`https://127.0.0.1:PORT`).
- `tls_server(cert=..., host=..., handshake=True)`: async context manager running a TLS
  server that completes the handshake (or, with handshake=False, only accepts TCP) and then
  never sends a byte; yields a `ServerAddress`. It closes a connection when the client does.
- `closed_port`: a loopback port where nothing listens.
- `ipv6_loopback`: "::1", or a skip when the machine has no IPv6 loopback.

Servers must be started inside the test's own event loop (asyncio.run in the test), so the
fixtures hand out factories rather than running servers.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme
from aiohttp import web

SERVER_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int

    def url(self, scheme: str = "https", path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}{path}"


def leaf_der(cert: trustme.LeafCert) -> bytes:
    """The DER bytes of the certificate a server presents (the leaf, not the chain)."""
    return ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode("ascii"))


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return context


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA(organization_name="nbwss-gui test CA")


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def server_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert(*SERVER_NAMES, common_name="localhost")


@pytest.fixture(scope="session")
def rsa_server_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert(*SERVER_NAMES, key_type=trustme.KeyType.RSA)


@pytest.fixture(scope="session")
def wrong_name_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert("wrong-name.example")


@pytest.fixture(scope="session")
def expired_cert(ca: trustme.CA) -> trustme.LeafCert:
    now = dt.datetime.now(dt.UTC)
    return ca.issue_cert(
        *SERVER_NAMES, not_before=now - dt.timedelta(days=90), not_after=now - dt.timedelta(days=1)
    )


@pytest.fixture(scope="session")
def expiring_cert(ca: trustme.CA) -> trustme.LeafCert:
    now = dt.datetime.now(dt.UTC)
    return ca.issue_cert(
        *SERVER_NAMES, not_before=now - dt.timedelta(days=1), not_after=now + dt.timedelta(days=10)
    )


HttpsServer = Callable[..., AbstractAsyncContextManager[str]]
TlsServer = Callable[..., AbstractAsyncContextManager[ServerAddress]]


@pytest.fixture
def https_server(server_cert: trustme.LeafCert) -> HttpsServer:
    @contextlib.asynccontextmanager
    async def serve(
        routes: Iterable[web.RouteDef] | web.Application,
        *,
        cert: trustme.LeafCert = server_cert,
        host: str = "127.0.0.1",
    ) -> AsyncIterator[str]:
        if isinstance(routes, web.Application):
            app = routes
        else:
            app = web.Application()
            app.add_routes(list(routes))
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, 0, ssl_context=server_context(cert))
            await site.start()
            port = runner.addresses[0][1]
            yield ServerAddress(host, port).url(path="")
        finally:
            await runner.cleanup()

    return serve


@pytest.fixture
def tls_server(server_cert: trustme.LeafCert) -> TlsServer:
    @contextlib.asynccontextmanager
    async def serve(
        *,
        cert: trustme.LeafCert = server_cert,
        host: str = "127.0.0.1",
        handshake: bool = True,
    ) -> AsyncIterator[ServerAddress]:
        writers: set[asyncio.StreamWriter] = set()

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.add(writer)
            try:
                # Swallow whatever the client sends and never answer, until it hangs up.
                while await reader.read(65536):
                    pass
            except (OSError, ssl.SSLError):
                pass
            finally:
                writers.discard(writer)
                writer.transport.abort()

        server = await asyncio.start_server(
            handle, host, 0, ssl=server_context(cert) if handshake else None
        )
        try:
            port = server.sockets[0].getsockname()[1]
            yield ServerAddress(host, port)
        finally:
            server.close()
            for writer in list(writers):
                writer.transport.abort()
            await server.wait_closed()
            # Let the handlers see their aborted transports and finish.
            await asyncio.sleep(0)

    return serve


@pytest.fixture
def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def ipv6_loopback() -> str:
    """ "::1", or a skip when this machine has no IPv6 loopback."""
    if not socket.has_ipv6:
        pytest.skip("this Python has no IPv6 support")
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
    except OSError as exc:
        pytest.skip(f"no IPv6 loopback on this machine: {exc}")
    return "::1"
