"""The connection test of Validate (SPEC §3.2 step 4): reaching an endpoint, step by timed step.

`probe` opens a connection the way the engine does (services.connection) but takes it apart so
that a person sees where it fails and how long each part took:

- DNS: the URL's host looked up (through a proxy: the proxy's host);
- TCP: a connection to the first address that answers (through a proxy: to the proxy);
- Proxy, only through one: the HTTP CONNECT to the endpoint's host and port, and the proxy's
  answer (services.proxy);
- TLS: the handshake on that socket, and the certificate checked (trust store, or the pinned
  fingerprint) before anything of ours is sent;
- WebSocket upgrade: the HTTP request and its 101 answer;
- Token accepted: the CONNECT exchange with the token.

It stops at the first step that fails, whose detail says why in the engine's own words
(services.failure), and closes the connection cleanly when every step passed. The token is
never part of a step's detail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidURI
from websockets.uri import parse_uri

from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.domain.words import Words, translate
from nbwss_gui.services.connection import Connection, TlsContexts, client_options, ended_early
from nbwss_gui.services.failure import (
    ConnectionFailure,
    Failure,
    FailureKind,
    classify_open_error,
    where,
)
from nbwss_gui.services.probe_steps import (
    DNS,
    PROXIED_STEP_NAMES,
    PROXY,
    STEP_NAMES,
    TCP,
    TLS,
    TOKEN_ACCEPTED,
    WEBSOCKET_UPGRADE,
    ProbeStep,
    StepRecord,
    Stopped,
    address_words,
    next_step,
    resolved_words,
    unique,
)
from nbwss_gui.services.proxy import Proxies, connect_through, proxy_unreachable, tunnel_closed
from nbwss_gui.services.tls import TlsConfigError

__all__ = [
    "DNS",
    "PROXIED_STEP_NAMES",
    "PROXY",
    "STEP_NAMES",
    "TCP",
    "TLS",
    "TOKEN_ACCEPTED",
    "WEBSOCKET_UPGRADE",
    "ProbeStep",
    "next_step",
    "probe",
]

logger = logging.getLogger(__name__)


async def probe(
    endpoint: RegisteredEndpoint,
    token: str,
    settings: Settings,
    *,
    contexts: TlsContexts | None = None,
    on_step: Callable[[ProbeStep], None] | None = None,
    proxies: Proxies | None = None,
) -> list[ProbeStep]:
    """Try every step of connecting to `endpoint`; each is reported to `on_step` as it ends.

    Returns the steps taken: all five when the endpoint accepted the token, else up to and
    including the first that failed. Connection problems are results, not exceptions;
    cancelling the probe drops whatever connection it had open.
    """
    record = StepRecord(token, on_step)
    with contextlib.suppress(Stopped):
        try:
            await _Probe(endpoint, token, settings, contexts, record, proxies=proxies).run()
        except Stopped:
            raise
        except Exception as exc:
            # Whatever the endpoint did, the test reports it as the step it broke.
            logger.error("connection test of %s failed unexpectedly", endpoint.url, exc_info=exc)
            names = PROXIED_STEP_NAMES if record.proxied else STEP_NAMES
            step = names[min(len(record.steps), len(names) - 1)]
            failure = Failure(
                FailureKind.INTERNAL,
                translate(
                    "Validate",
                    "{target}: the {step} step failed unexpectedly ({error}). Details are in "
                    "the log file.",
                ).fill(target=where(endpoint.url), step=step, error=type(exc).__name__),
            )
            raise record.failed(step, failure) from None
    return record.steps


class _Opening:
    """What the TLS handshake inside websockets' connect() tells the probe, as it happens.

    websockets does TCP, TLS and the HTTP upgrade in one call; the connection class it builds
    is told `connection_made` only once the TLS handshake has completed, which is the moment
    the TLS step ends and the upgrade begins.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        # The socket belongs to the transport once websockets has built its connection.
        self.socket_taken = False
        self.tls_done: asyncio.Future[tuple[ClientConnection, float]] = loop.create_future()

    def connection_class(self) -> type[ClientConnection]:
        opening = self

        class TimedConnection(ClientConnection):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                opening.socket_taken = True
                super().__init__(*args, **kwargs)

            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                ended = time.perf_counter()
                super().connection_made(transport)
                if not opening.tls_done.done():
                    opening.tls_done.set_result((self, ended))

        return TimedConnection


class _Probe:
    def __init__(
        self,
        endpoint: RegisteredEndpoint,
        token: str,
        settings: Settings,
        contexts: TlsContexts | None,
        record: StepRecord,
        *,
        proxies: Proxies | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.proxies = proxies
        self.proxy: ProxyAddress | None = None
        self.url = endpoint.url
        self.token = token
        self.settings = settings
        self.contexts = contexts or TlsContexts(settings.ca_file)
        self.record = record
        self.timeout = settings.connect_timeout
        self.target = where(endpoint.url)
        self.loop = asyncio.get_running_loop()
        # DNS, TCP, TLS and the upgrade share one connect timeout, as in the engine.
        self.deadline = 0.0

    async def run(self) -> None:
        record = self.record
        try:
            uri = parse_uri(self.url)
        except InvalidURI as exc:
            raise record.failed(DNS, classify_open_error(exc, self.url, self.timeout)) from None
        trust_failure = await self._prepare_trust()
        try:
            self.proxy = await self.proxies.route_for(self.url) if self.proxies else None
        except ConnectionFailure as exc:
            record.start()
            raise record.failed(DNS, exc.failure) from None
        record.through(self.proxy)
        record.start()
        self.deadline = self.loop.time() + self.timeout
        if self.proxy is None:
            addresses = await self._resolve(uri.host, uri.port)
            record.start()
            sock = await self._connect_tcp(addresses)
        else:
            addresses = await self._resolve(self.proxy.host, self.proxy.port)
            record.start()
            sock = await self._connect_tcp(addresses)
            record.start()
            await self._tunnel(sock, uri.host, uri.port, secure=uri.secure)
        if trust_failure is not None:
            sock.close()
            record.start()
            raise record.failed(TLS, trust_failure)
        connection = await self._open(sock, uri.host)
        try:
            await self._exchange(connection)
        except Stopped:
            raise  # the CONNECT exchange closed the connection itself
        except BaseException:
            connection.abort()
            raise

    async def _prepare_trust(self) -> Failure | None:
        """Read the trust store before the clock starts; an unusable CA file fails TLS later."""
        if self.endpoint.pinned_sha256:
            return None
        try:
            await self.contexts.load()
        except TlsConfigError as exc:
            return classify_open_error(exc, self.url, self.timeout)
        return None

    # DNS

    async def _resolve(self, host: str, port: int) -> list[tuple[Any, ...]]:
        if self.proxy is not None:
            return await self._resolve_proxy(host, port)
        try:
            async with asyncio.timeout_at(self.deadline):
                found = await self.loop.getaddrinfo(
                    host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                )
        except TimeoutError:
            raise self.record.failed(
                DNS,
                Failure(
                    FailureKind.TIMEOUT,
                    translate(
                        "Validate",
                        "The host name {host} could not be looked up within {seconds} s "
                        "(DNS did not answer).",
                    ).fill(host=host, seconds=f"{self.timeout:g}"),
                ),
            ) from None
        except OSError as exc:
            raise self.record.failed(
                DNS, classify_open_error(exc, self.url, self.timeout)
            ) from None
        if not found:
            raise self.record.failed(
                DNS,
                Failure(
                    FailureKind.DNS,
                    translate("Validate", "The host name {host} has no address (DNS lookup).").fill(
                        host=host
                    ),
                ),
            )
        names = unique(str(info[4][0]) for info in found)
        self.record.passed(DNS, resolved_words(host, names))
        return [tuple(info) for info in found]

    async def _resolve_proxy(self, host: str, port: int) -> list[tuple[Any, ...]]:
        assert self.proxy is not None
        try:
            async with asyncio.timeout_at(self.deadline):
                found = await self.loop.getaddrinfo(
                    host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                )
        except (OSError, TimeoutError) as exc:
            raise self.record.failed(
                DNS, proxy_unreachable(self.proxy, exc, self.timeout)
            ) from None
        names = unique(str(info[4][0]) for info in found)
        words = resolved_words(host, names)
        self.record.passed(
            DNS,
            translate(
                "Validate",
                "the proxy {proxy}: {words}; the endpoint's name is looked up by the proxy",
            ).fill(proxy=self.proxy.where, words=words),
        )
        return [tuple(info) for info in found]

    # TCP

    async def _connect_tcp(self, addresses: Sequence[tuple[Any, ...]]) -> socket.socket:
        """A connected non-blocking socket to the first address that accepts, in DNS order."""
        errors: list[OSError] = []
        for family, kind, proto, _name, address in addresses:
            sock = socket.socket(family, kind, proto)
            try:
                sock.setblocking(False)
                async with asyncio.timeout_at(self.deadline):
                    await self.loop.sock_connect(sock, address)
            except TimeoutError as exc:
                sock.close()
                if self.proxy is not None:
                    failure = proxy_unreachable(self.proxy, exc, self.timeout)
                    raise self.record.failed(TCP, failure) from None
                raise self.record.failed(
                    TCP,
                    Failure(
                        FailureKind.TIMEOUT,
                        translate(
                            "Validate",
                            "{target} did not accept the TCP connection within the connect "
                            "timeout ({seconds} s): nothing answered, a firewall may drop "
                            "the packets.",
                        ).fill(target=self.target, seconds=f"{self.timeout:g}"),
                    ),
                ) from None
            except OSError as exc:
                sock.close()
                errors.append(exc)
                continue
            except BaseException:
                sock.close()
                raise
            if self.proxy is not None:
                words = translate("Validate", "connected to {address} (the proxy, {source})").fill(
                    address=address_words(address), source=self.proxy.source
                )
            else:
                words = translate("Validate", "connected to {address}").fill(
                    address=address_words(address)
                )
            self.record.passed(TCP, words)
            return sock
        if self.proxy is not None:
            chosen = next((e for e in errors if isinstance(e, ConnectionRefusedError)), errors[0])
            failure = proxy_unreachable(self.proxy, chosen, self.timeout)
            raise self.record.failed(TCP, failure)
        raise self.record.failed(TCP, self._tcp_failure(errors, len(addresses)))

    # The proxy's tunnel

    async def _tunnel(self, sock: socket.socket, host: str, port: int, *, secure: bool) -> None:
        assert self.proxy is not None
        try:
            async with asyncio.timeout_at(self.deadline):
                tunnel = await connect_through(sock, self.proxy, host, port, secure=secure)
        except TimeoutError:
            sock.close()
            raise self.record.failed(
                PROXY,
                Failure(
                    FailureKind.TIMEOUT,
                    translate(
                        "Validate",
                        "The proxy {proxy} did not answer the CONNECT to {target} within the "
                        "connect timeout ({seconds} s).",
                    ).fill(proxy=self.proxy.where, target=self.target, seconds=f"{self.timeout:g}"),
                ),
            ) from None
        except ConnectionFailure as exc:
            sock.close()
            raise self.record.failed(PROXY, exc.failure) from None
        except BaseException:
            sock.close()
            raise
        self.record.passed(PROXY, tunnel.words())

    def _tcp_failure(self, errors: list[OSError], tried: int) -> Failure:
        # A refusal is the most telling answer: something is there and said no.
        chosen = next((e for e in errors if isinstance(e, ConnectionRefusedError)), errors[0])
        if isinstance(chosen, ConnectionResetError):
            # The engine cannot tell a reset in TCP from one in TLS; here TLS has not begun.
            failure = Failure(
                FailureKind.NETWORK,
                translate("Validate", "{target} reset the TCP connection before TLS began.").fill(
                    target=self.target
                ),
            )
        else:
            failure = classify_open_error(chosen, self.url, self.timeout)
        if tried < 2:
            return failure
        return Failure(
            failure.kind,
            translate("Validate", "{failure} ({count} addresses tried)").fill(
                failure=failure.message, count=tried
            ),
        )

    # TLS and the WebSocket upgrade

    async def _open(self, sock: socket.socket, host: str) -> Connection:
        """TLS, the certificate check, then the upgrade: an open connection, nothing sent yet."""
        record = self.record
        record.start()
        opening = _Opening(self.loop)
        remaining = max(self.deadline - self.loop.time(), 0.001)
        task = asyncio.ensure_future(
            self._connect(sock, host, remaining, opening.connection_class())
        )
        connection: Connection | None = None
        try:
            first: set[asyncio.Future[Any]] = {task, opening.tls_done}
            await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
            if not opening.tls_done.done():
                raise record.failed(TLS, self._open_failure(task, tls_done=False))
            websocket, tls_ended = opening.tls_done.result()
            connection = Connection(self.endpoint, websocket, self.settings)
            try:
                # Before the upgrade ends, so a wrong certificate never even gets its answer.
                connection.check_certificate()
            except ConnectionFailure as exc:
                raise record.failed(TLS, exc.failure) from None
            record.passed(TLS, self._tls_words(websocket), ended=tls_ended)
            record.start(tls_ended)
            await asyncio.wait({task})
            if task.exception() is not None:
                raise record.failed(WEBSOCKET_UPGRADE, self._open_failure(task, tls_done=True))
            response = websocket.response
            if response:
                answer: str = f"HTTP {response.status_code} {response.reason_phrase}"
            else:
                answer = translate("Validate", "upgraded")
            record.passed(
                WEBSOCKET_UPGRADE,
                translate("Validate", "{answer} from {target}").fill(
                    answer=answer, target=self.target
                ),
            )
            return connection
        except BaseException:
            await self._drop(task, opening, sock, connection)
            raise

    async def _connect(
        self,
        sock: socket.socket,
        host: str,
        timeout: float,
        connection_class: type[ClientConnection],
    ) -> ClientConnection:
        # The engine's options, on a socket already connected.
        return await connect(
            self.url,
            sock=sock,
            ssl=self.contexts.for_endpoint(self.endpoint),
            server_hostname=host,
            open_timeout=timeout,
            create_connection=connection_class,
            **client_options(),
        )

    def _open_failure(self, task: asyncio.Future[ClientConnection], *, tls_done: bool) -> Failure:
        error = task.exception()
        assert error is not None
        if isinstance(error, TimeoutError):
            if tls_done:
                words = translate(
                    "Validate",
                    "{target} did not answer the WebSocket upgrade within the connect timeout "
                    "({seconds} s for DNS, TCP, TLS and the upgrade together).",
                )
            else:
                words = translate(
                    "Validate",
                    "{target} did not complete the TLS handshake within the connect timeout "
                    "({seconds} s for DNS, TCP, TLS and the upgrade together).",
                )
            return Failure(
                FailureKind.TIMEOUT, words.fill(target=self.target, seconds=f"{self.timeout:g}")
            )
        if self.proxy is not None and ended_early(error):
            if tls_done:
                during = translate("Validate", "the WebSocket upgrade")
            else:
                during = translate("Validate", "the TLS handshake")
            return tunnel_closed(self.proxy, self.target, during)
        if tls_done and isinstance(error, ConnectionResetError):
            # The engine's words blame the TLS handshake, which passed here.
            return Failure(
                FailureKind.NETWORK,
                translate(
                    "Validate", "{target} reset the connection during the WebSocket upgrade."
                ).fill(target=self.target),
            )
        return classify_open_error(error, self.url, self.timeout)

    def _tls_words(self, websocket: ClientConnection) -> Words:
        ssl_object = websocket.transport.get_extra_info("ssl_object")
        version = ssl_object.version() if ssl_object is not None else None
        if self.endpoint.pinned_sha256:
            words = translate("Validate", "the certificate matches the pinned fingerprint")
        else:
            words = translate("Validate", "the certificate is trusted and valid for this host name")
        if not version:
            return words
        return translate("Validate", "{protocol}, {words}").fill(protocol=version, words=words)

    async def _drop(
        self,
        task: asyncio.Future[ClientConnection],
        opening: _Opening,
        sock: socket.socket,
        connection: Connection | None,
    ) -> None:
        """Abandon a connection being opened; the token was not sent on it."""
        if connection is not None:
            connection.abort()
        elif opening.tls_done.done():
            opening.tls_done.result()[0].transport.abort()
        task.cancel()
        await asyncio.wait({task})
        if not task.cancelled():
            task.exception()  # retrieved: its failure was reported as a step
        if not opening.socket_taken:
            sock.close()

    # The CONNECT exchange

    async def _exchange(self, connection: Connection) -> None:
        record = self.record
        record.start()
        try:
            await connection.handshake(self.token)
        except ConnectionFailure as exc:
            raise record.failed(TOKEN_ACCEPTED, exc.failure) from None
        record.passed(TOKEN_ACCEPTED, translate("Validate", "CONNECT answered valid: true"))
        await connection.close("connection test finished")
