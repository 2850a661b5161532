"""Connections through an HTTP proxy (SPEC §4.6): the proxy in force, its password, the tunnel.

`Proxies` answers "through which proxy does this URL go" from the saved settings, the
system's settings (`urllib.request.getproxies()`: the environment on Linux, the registry on
Windows, System Configuration on macOS) and the command line's override, and joins the proxy
password from the keyring when a connection is about to be made.

`open_tunnel` dials the proxy and asks it, with HTTP CONNECT, for a tunnel to the endpoint's
host and port. It uses websockets' own CONNECT request and HTTP response parser, driven step by
step so that Validate can time the proxy as a step of its own and every failure gets the
proxy's words: unreachable, 407 (credentials), refused, could not reach the endpoint, closed.
TLS then runs inside the tunnel to the endpoint itself, so the proxy sees only the CONNECT
line; the certificate is checked (or pinned) end to end and the token never reaches the proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
import urllib.request
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from websockets.http11 import Response
from websockets.proxy import Proxy, prepare_connect_request
from websockets.streams import StreamReader
from websockets.uri import WebSocketURI

from nbwss_gui import __version__
from nbwss_gui.domain.hosts import host_port
from nbwss_gui.domain.proxy import (
    NoProxyRules,
    ProxyAddress,
    ProxyMode,
    ProxyPlan,
    SystemProxy,
)
from nbwss_gui.domain.settings import Settings
from nbwss_gui.domain.words import Words, translate
from nbwss_gui.services.failure import ConnectionFailure, Failure, FailureKind

__all__ = [
    "Proxies",
    "ProxyChoice",
    "Tunnel",
    "connect_through",
    "manual_password_entry",
    "open_tunnel",
    "password_entry",
    "proxy_unreachable",
    "save_manual_password",
]

USER_AGENT = f"nbwss-gui/{__version__}"
# What a CONNECT answer may hold: a status line and headers; a refusal's page is read no
# further than this.
_MAX_ANSWER = 64 * 1024
_READ = 4096
_STATUS_WORDS = {
    403: translate("Proxy", "it forbids tunnels to this host or port"),
    405: translate("Proxy", "it does not allow CONNECT"),
}


def password_entry(address: ProxyAddress) -> str:
    """The keyring entry of the manual proxy's password: one per user name and proxy."""
    return f"proxy:{address.username or ''}@{address.where}"


def manual_password_entry(settings: Settings) -> str | None:
    """The keyring entry of the saved manual proxy's password, or None when it names no user."""
    from nbwss_gui.domain.proxy import parse_proxy_address

    if not settings.proxy_url or not settings.proxy_user:
        return None
    try:
        address = parse_proxy_address(settings.proxy_url)
    except ValueError:
        return None
    return password_entry(ProxyAddress(address.host, address.port, settings.proxy_user))


async def save_manual_password(
    settings: Settings, password: str, store: Callable[[str, str], Awaitable[None]]
) -> None:
    """Keep the manual proxy's password under its entry (ValueError: no user or address)."""
    entry = manual_password_entry(settings)
    if entry is None:
        raise ValueError("a proxy password needs the proxy's address and user name")
    await store(entry, password)


def system_proxies() -> dict[str, str]:
    """The platform's proxy settings, as the standard library reads them."""
    return dict(urllib.request.getproxies())


class Proxies:
    """The proxy in force for each URL, and its password when a connection is made."""

    def __init__(
        self,
        plan: ProxyPlan,
        *,
        password_for: Callable[[str], Awaitable[str]] | None = None,
    ) -> None:
        self.plan = plan
        self._password_for = password_for
        self._passwords: dict[str, str] = {}

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        password_for: Callable[[str], Awaitable[str]] | None = None,
        system: Mapping[str, str] | None = None,
    ) -> Proxies:
        return cls(plan_for(settings, system), password_for=password_for)

    @classmethod
    def direct(cls) -> Proxies:
        return cls(ProxyPlan(ProxyMode.NONE, source="tests"))

    def address_for(self, url: str) -> ProxyAddress | None:
        """The proxy `url` goes through (without its password), or None for a direct line."""
        host, secure = _host_of(url)
        try:
            return self.plan.route(host, secure=secure)
        except ValueError as exc:
            raise ConnectionFailure(
                Failure(
                    FailureKind.PROXY_CONFIG,
                    translate("Proxy", "The proxy settings cannot be used: {reason}.").fill(
                        reason=exc
                    ),
                )
            ) from None

    async def route_for(self, url: str) -> ProxyAddress | None:
        """As `address_for`, with the password joined: from the keyring for the manual proxy."""
        address = self.address_for(url)
        if address is None or not address.username or address.password is not None:
            return address
        entry = password_entry(address)
        password = self._passwords.get(entry)
        if password is None:
            password = await self._read_password(address, entry)
            self._passwords[entry] = password
        return address.with_password(password)

    def forget_passwords(self) -> None:
        self._passwords.clear()

    async def _read_password(self, address: ProxyAddress, entry: str) -> str:
        if self._password_for is None:
            raise _no_password(address, "no keyring is open")
        try:
            return await self._password_for(entry)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the keyring's own errors, or no entry: all say the same
            raise _no_password(address, str(exc) or type(exc).__name__) from None

    def describe(self, url: str | None = None) -> str:
        return self.plan.describe(_host_of(url)[0] if url else None)


@dataclass(frozen=True, slots=True)
class ProxyChoice:
    """The command line's word on the proxy (--proxy URL, --no-proxy); else the settings'."""

    override: str | None = None
    direct: bool = False

    def proxies(
        self,
        settings: Settings,
        password_for: Callable[[str], Awaitable[str]] | None = None,
        system: Mapping[str, str] | None = None,
    ) -> Proxies:
        plan = plan_for(settings, system, override=self.override, direct=self.direct)
        return Proxies(plan, password_for=password_for)


def plan_for(
    settings: Settings,
    system: Mapping[str, str] | None = None,
    *,
    override: str | None = None,
    direct: bool = False,
) -> ProxyPlan:
    """The plan of the saved settings; `override` (--proxy URL) or `direct` (--no-proxy) win."""
    rules, _problems = NoProxyRules.parse(settings.no_proxy)
    found = SystemProxy(system_proxies() if system is None else system)
    if direct:
        return ProxyPlan(ProxyMode.NONE, no_proxy=rules, system=found, source="--no-proxy")
    if override:
        return ProxyPlan(ProxyMode.MANUAL, override, settings.proxy_user, rules, found, "--proxy")
    return ProxyPlan(settings.proxy_mode, settings.proxy_url, settings.proxy_user, rules, found)


def _no_password(address: ProxyAddress, why: str) -> ConnectionFailure:
    return ConnectionFailure(
        Failure(
            FailureKind.PROXY_CONFIG,
            translate(
                "Proxy",
                "The password for the proxy {where} (user {username}) could not be read "
                "from the keyring: {why}. Enter it again in Settings > Proxy.",
            ).fill(where=address.where, username=address.username, why=why),
        )
    )


def _host_of(url: str) -> tuple[str, bool]:
    try:
        parts = urlsplit(url)
        return parts.hostname or "", parts.scheme in ("wss", "https")
    except ValueError:
        return "", True


# -- the tunnel ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tunnel:
    """A socket connected through the proxy to the endpoint, and the proxy's answer."""

    sock: socket.socket
    proxy: ProxyAddress
    status: int
    reason: str
    # The CONNECT exchange alone (not the proxy's DNS and TCP).
    seconds: float

    def words(self) -> Words:
        """`CONNECT via proxy.example:3128 — 200 Connection established`, for Validate."""
        return translate("Proxy", "CONNECT via {proxy} — {answer}").fill(
            proxy=self.proxy.where, answer=f"{self.status} {self.reason}".rstrip()
        )


def proxy_unreachable(proxy: ProxyAddress, exc: BaseException, timeout: float) -> Failure:
    """Why the proxy itself could not be reached (DNS or TCP), in words."""
    why: str
    if isinstance(exc, socket.gaierror):
        why = translate(
            "Proxy", "its host name {host} could not be found (DNS lookup failed)"
        ).fill(host=proxy.host)
    elif isinstance(exc, TimeoutError):
        why = translate("Proxy", "it did not accept a TCP connection within {seconds} s").fill(
            seconds=f"{timeout:g}"
        )
    elif isinstance(exc, ConnectionRefusedError):
        why = translate("Proxy", "it refused the connection (is the proxy running on that port?)")
    elif isinstance(exc, OSError):
        why = exc.strerror or str(exc) or type(exc).__name__
    else:
        why = type(exc).__name__
    return Failure(
        FailureKind.PROXY_UNREACHABLE,
        translate("Proxy", "The proxy {where} ({source}) cannot be reached: {why}.").fill(
            where=proxy.where, source=proxy.source, why=why
        ),
    )


async def open_tunnel(
    proxy: ProxyAddress, host: str, port: int, *, timeout: float, secure: bool = True
) -> Tunnel:
    """DNS and TCP to the proxy, then CONNECT host:port; ConnectionFailure says what failed."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            found = await loop.getaddrinfo(
                proxy.host, proxy.port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
            )
            sock = await _connect_first(loop, found)
    except (OSError, TimeoutError) as exc:
        raise ConnectionFailure(proxy_unreachable(proxy, exc, timeout)) from None
    try:
        async with asyncio.timeout(timeout):
            return await connect_through(sock, proxy, host, port, secure=secure)
    except TimeoutError:
        sock.close()
        raise ConnectionFailure(
            Failure(
                FailureKind.TIMEOUT,
                translate(
                    "Proxy",
                    "The proxy {where} did not answer the CONNECT to {target} within {seconds} s.",
                ).fill(where=proxy.where, target=host_port(host, port), seconds=f"{timeout:g}"),
            )
        ) from None
    except BaseException:
        sock.close()
        raise


async def _connect_first(
    loop: asyncio.AbstractEventLoop, found: list[tuple[Any, ...]]
) -> socket.socket:
    errors: list[OSError] = []
    for family, kind, proto, _name, address in found:
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, address)
        except OSError as exc:
            sock.close()
            errors.append(exc)
            continue
        except BaseException:
            sock.close()
            raise
        return sock
    refused = next((e for e in errors if isinstance(e, ConnectionRefusedError)), None)
    raise refused or (errors[0] if errors else OSError("the proxy's name has no address"))


async def connect_through(
    sock: socket.socket, proxy: ProxyAddress, host: str, port: int, *, secure: bool = True
) -> Tunnel:
    """The CONNECT exchange on a socket connected to the proxy; a Tunnel once it said 2xx.

    The caller bounds the time; on a failure the socket is left to the caller to close.
    """
    loop = asyncio.get_running_loop()
    target = host_port(host, port)
    started = time.perf_counter()
    request = prepare_connect_request(
        Proxy("http", proxy.host, proxy.port, proxy.username, proxy.password),
        WebSocketURI(secure, host, port, "/", ""),
        USER_AGENT,
    )
    try:
        await loop.sock_sendall(sock, request)
        response, extra = await _read_answer(loop, sock)
    except (ConnectionError, EOFError) as exc:
        raise ConnectionFailure(_closed(proxy, target, exc)) from None
    except OSError as exc:
        raise ConnectionFailure(proxy_unreachable(proxy, exc, 0)) from None
    except ValueError as exc:  # websockets' parser: not HTTP, or beyond its limits
        raise ConnectionFailure(
            Failure(
                FailureKind.PROXY_REFUSED,
                translate(
                    "Proxy",
                    "The proxy {where} did not answer the CONNECT to {target} with valid HTTP "
                    "({reason}).",
                ).fill(where=proxy.where, target=target, reason=exc),
            )
        ) from None
    seconds = time.perf_counter() - started
    status, reason = response.status_code, _printable(response.reason_phrase)
    if 200 <= status < 300:
        if extra:
            raise ConnectionFailure(
                Failure(
                    FailureKind.PROXY_REFUSED,
                    translate(
                        "Proxy",
                        "The proxy {where} sent data of its own after opening the tunnel to "
                        "{target}; the connection is not used.",
                    ).fill(where=proxy.where, target=target),
                    http_status=status,
                )
            )
        return Tunnel(sock, proxy, status, reason or "OK", seconds)
    raise ConnectionFailure(refusal(proxy, target, status, reason))


def refusal(proxy: ProxyAddress, target: str, status: int, reason: str) -> Failure:
    """The words for a CONNECT answer other than 2xx."""
    answer = f"HTTP {status} {reason}".rstrip()
    if status == 407:
        if proxy.username:
            hint = translate(
                "Proxy",
                "the user name {user} or its password is wrong: enter them again "
                "in Settings > Proxy",
            ).fill(user=proxy.username)
        else:
            hint = translate("Proxy", "set the proxy's user name and password in Settings > Proxy")
        return Failure(
            FailureKind.PROXY_AUTH,
            translate(
                "Proxy", "The proxy {where} requires authentication ({answer}): {hint}."
            ).fill(where=proxy.where, answer=answer, hint=hint),
            http_status=status,
        )
    if status >= 500:
        return Failure(
            FailureKind.PROXY_UPSTREAM,
            translate(
                "Proxy",
                "The proxy {where} could not reach the endpoint {target} ({answer}): the "
                "host name may be unknown to it, or the endpoint is down.",
            ).fill(where=proxy.where, target=target, answer=answer),
            http_status=status,
        )
    why = _STATUS_WORDS.get(status) or translate(
        "Proxy", "ask the proxy's administrators to allow it"
    )
    return Failure(
        FailureKind.PROXY_REFUSED,
        translate(
            "Proxy", "The proxy {where} refused the CONNECT to {target} ({answer}): {why}."
        ).fill(where=proxy.where, target=target, answer=answer, why=why),
        http_status=status,
    )


def tunnel_closed(proxy: ProxyAddress, target: str, during: str) -> Failure:
    """The tunnel ended while TLS or the upgrade ran in it."""
    return Failure(
        FailureKind.PROXY_CLOSED,
        translate(
            "Proxy",
            "The tunnel through the proxy {where} to {target} was closed during "
            "{during}: the proxy closed it, or could not keep the connection to the "
            "endpoint.",
        ).fill(where=proxy.where, target=target, during=during),
    )


def _closed(proxy: ProxyAddress, target: str, exc: BaseException) -> Failure:
    return Failure(
        FailureKind.PROXY_CLOSED,
        translate(
            "Proxy",
            "The proxy {where} closed the connection before answering the CONNECT to "
            "{target} ({error}).",
        ).fill(where=proxy.where, target=target, error=type(exc).__name__),
    )


async def _read_answer(
    loop: asyncio.AbstractEventLoop, sock: socket.socket
) -> tuple[Response, bytes]:
    """The proxy's HTTP answer, parsed by websockets; and any bytes that came after it."""
    reader = StreamReader()
    parser = Response.parse(reader.read_line, reader.read_exact, reader.read_to_eof, proxy=True)
    received = 0
    while True:
        data = await loop.sock_recv(sock, _READ)
        received += len(data)
        if data:
            reader.feed_data(data)
        else:
            reader.feed_eof()
        try:
            next(parser)
        except StopIteration as done:
            return done.value, bytes(reader.buffer)
        except EOFError:
            raise
        except Exception as exc:
            raise ValueError(str(exc) or type(exc).__name__) from None
        if not data:
            raise EOFError("the proxy closed the connection")
        if received > _MAX_ANSWER:
            raise ValueError(f"its answer is longer than {_MAX_ANSWER // 1024} KiB")


def _printable(text: str) -> str:
    return "".join(char for char in text if char.isprintable())[:80]


def close_quietly(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.close()
