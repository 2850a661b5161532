"""Fetching endpoint details from a cloud provider's https:// URL (SPEC §2.3).

The body is returned unchecked: the caller runs the same checker as for a file.
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket
import ssl
from dataclasses import dataclass

import aiohttp
from yarl import URL

from nbwss_gui.domain.hosts import host_port
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.words import translate
from nbwss_gui.services.certificate import ProbeError, probe_certificate
from nbwss_gui.services.failure import ConnectionFailure, Failure, FailureKind
from nbwss_gui.services.proxy import Proxies, proxy_unreachable, refusal, tunnel_closed
from nbwss_gui.services.tls import (
    client_ssl_context,
    describe_ssl_error,
    is_hostname_mismatch,
)

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_READ_CHUNK = 16 * 1024
# Only to name the certificate's hosts in a mismatch message; never worth a long wait.
_NAMES_PROBE_TIMEOUT = 3.0


class ProviderError(Exception):
    """Fetching the provider URL failed; `message` is meant for the person who pasted it.

    Kinds: invalid-url, not-https, dns, refused, tls, timeout, redirect, http-status,
    too-large, network.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __repr__(self) -> str:
        return f"ProviderError({self.kind!r}, {self.message!r})"


@dataclass(frozen=True)
class ProviderResponse:
    body: bytes
    final_url: str
    status: int


def safe_url(url: URL) -> str:
    """scheme://host:port/path, because the query string and user-info may carry secrets."""
    host = url.raw_host or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{host}{port}{url.raw_path}"


def _parse(url: str) -> URL:
    text = url.strip()
    if not text:
        raise ProviderError("invalid-url", translate("Provider", "The provider URL is empty."))
    if any(ch.isspace() for ch in text):
        raise ProviderError(
            "invalid-url", translate("Provider", "The provider URL must not contain spaces.")
        )
    try:
        parsed = URL(text)
        port = parsed.port
    except ValueError:
        raise ProviderError(
            "invalid-url",
            translate("Provider", "The provider URL is not a valid URL (check the host and port)."),
        ) from None
    scheme = parsed.scheme.lower()
    if scheme == "http":
        raise ProviderError(
            "not-https",
            translate(
                "Provider",
                "The provider URL must begin with https://: its answer carries the "
                "endpoint's token, which must not travel unencrypted.",
            ),
        )
    if scheme != "https":
        raise ProviderError(
            "invalid-url",
            "The provider URL must begin with https:// "
            + (f"(not {scheme}://)." if scheme else "(it has no scheme)."),
        )
    if not parsed.raw_host:
        raise ProviderError(
            "invalid-url", translate("Provider", "The provider URL has no host name.")
        )
    if port is None or not 1 <= port <= 65535:
        raise ProviderError(
            "invalid-url", translate("Provider", "The provider URL's port must be 1 to 65535.")
        )
    return parsed


async def fetch_provider(
    url: str,
    *,
    ca_file: str | os.PathLike[str] | None = None,
    connect_timeout: float = 10.0,
    total_timeout: float = 30.0,
    max_redirects: int = 5,
    max_bytes: int = 64 * 1024,
    proxies: Proxies | None = None,
) -> ProviderResponse:
    """GET the endpoint details from `url`, following at most `max_redirects` https hops.

    Raises ProviderError for every failure to fetch; its message never holds the body or the
    query. Raises TlsConfigError when the extra CA file cannot be used: that is the user's
    settings, not the provider, at fault. Each hop goes through the proxy `proxies` names
    for it, if any (HTTP CONNECT: TLS with the provider is still end to end).
    """
    target = _parse(url)
    context = client_ssl_context(ca_file)
    # The total timeout spans every hop, not each one: the user waits for all of them.
    try:
        async with asyncio.timeout(total_timeout):
            return await _fetch(
                target,
                context=context,
                ca_file=ca_file,
                connect_timeout=connect_timeout,
                max_redirects=max_redirects,
                max_bytes=max_bytes,
                proxies=proxies,
            )
    except TimeoutError:
        raise ProviderError(
            "timeout",
            translate(
                "Provider",
                "The provider at {url} did not deliver its answer within "
                "{seconds} s (whole-request timeout).",
            ).fill(url=safe_url(target), seconds=f"{total_timeout:g}"),
        ) from None


async def _fetch(
    target: URL,
    *,
    context: ssl.SSLContext,
    ca_file: str | os.PathLike[str] | None,
    connect_timeout: float,
    max_redirects: int,
    max_bytes: int,
    proxies: Proxies | None,
) -> ProviderResponse:
    timeout = aiohttp.ClientTimeout(total=None, connect=connect_timeout)
    connector = aiohttp.TCPConnector(ssl=context)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, trust_env=False
    ) as session:
        current = target
        for hop in range(max_redirects + 1):
            proxy = await _route(proxies, current)
            # Sent on the CONNECT to the proxy alone, never to the provider.
            auth = {}
            if proxy is not None and proxy.username:
                credentials = aiohttp.encode_basic_auth(proxy.username, proxy.password or "")
                auth = {"Proxy-Authorization": credentials}
            try:
                async with session.get(
                    current,
                    headers={"Accept": "application/json"},
                    allow_redirects=False,
                    # Ours to choose (services.proxy); trust_env=False keeps aiohttp's own out.
                    proxy=proxy.url if proxy is not None else None,
                    proxy_headers=auth or None,
                ) as response:
                    if response.status in _REDIRECT_STATUSES:
                        current = _next_hop(current, response, hop, max_redirects)
                        continue
                    if response.status != 200:
                        answer = f"{response.status} {response.reason or ''}".rstrip()
                        raise ProviderError(
                            "http-status",
                            translate(
                                "Provider",
                                "The provider at {url} answered HTTP {status}; expected 200 OK.",
                            ).fill(url=safe_url(current), status=answer),
                        )
                    body = await _read_capped(response, current, max_bytes)
                    return ProviderResponse(
                        body=body, final_url=str(current), status=response.status
                    )
            except ProviderError:
                raise
            except (aiohttp.ClientError, OSError) as exc:
                raise await _classify(exc, current, ca_file, connect_timeout, proxy) from None
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _next_hop(current: URL, response: aiohttp.ClientResponse, hop: int, limit: int) -> URL:
    location = response.headers.get("Location")
    if not location:
        raise ProviderError(
            "redirect",
            translate(
                "Provider",
                "The provider at {url} answered with a redirect (HTTP {status}) but "
                "did not say where to.",
            ).fill(url=safe_url(current), status=response.status),
        )
    if hop >= limit:
        raise ProviderError(
            "redirect",
            translate(
                "Provider",
                "The provider URL redirected more than {limit} times; giving up (last hop: {url}).",
            ).fill(limit=limit, url=safe_url(current)),
        )
    try:
        following = current.join(URL(location))
        following.port  # noqa: B018 - a malformed port only raises when read
    except ValueError:
        raise ProviderError(
            "redirect",
            translate("Provider", "The provider at {url} redirected to an invalid URL.").fill(
                url=safe_url(current)
            ),
        ) from None
    if following.scheme.lower() != "https":
        shown = f"{following.scheme}://" if following.scheme else "a non-https URL"
        raise ProviderError(
            "redirect",
            translate(
                "Provider",
                "The provider at {url} redirected to {shown} ({other}); refused, "
                "because the answer carries the token and every hop must be https://.",
            ).fill(url=safe_url(current), shown=shown, other=safe_url(following)),
        )
    if not following.raw_host:
        raise ProviderError(
            "redirect",
            translate("Provider", "The provider at {url} redirected to a URL with no host.").fill(
                url=safe_url(current)
            ),
        )
    return following


async def _read_capped(response: aiohttp.ClientResponse, url: URL, max_bytes: int) -> bytes:
    too_large = ProviderError(
        "too-large",
        translate(
            "Provider",
            "The provider's answer from {url} is larger than {size}; endpoint "
            "details are never that large.",
        ).fill(url=safe_url(url), size=_size(max_bytes)),
    )
    length = response.content_length
    if length is not None and length > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    while True:
        # Reading one byte past the cap is enough to know it is too large.
        chunk = await response.content.read(min(_READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)


def _size(n: int) -> str:
    return f"{n // 1024} KiB" if n % 1024 == 0 else f"{n} bytes"


async def _route(proxies: Proxies | None, url: URL) -> ProxyAddress | None:
    if proxies is None:
        return None
    try:
        return await proxies.route_for(str(url))
    except ConnectionFailure as exc:
        raise ProviderError(exc.kind.value, exc.failure.message) from None


async def _classify(
    exc: BaseException,
    url: URL,
    ca_file: str | os.PathLike[str] | None,
    connect_timeout: float,
    proxy: ProxyAddress | None = None,
) -> ProviderError:
    host = url.raw_host or ""
    where = host_port(host, url.port)
    if proxy is not None:
        found = _proxy_failure(exc, proxy, where, connect_timeout)
        if found is not None:
            return ProviderError(found.kind.value, found.message)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return ProviderError(
            "timeout",
            translate(
                "Provider",
                "Could not connect to {where} within {seconds} s (connect "
                "timeout, including the TLS handshake).",
            ).fill(where=where, seconds=f"{connect_timeout:g}"),
        )
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return ProviderError(
            "dns",
            translate(
                "Provider",
                "The host name {host} could not be found (DNS lookup failed). Check the "
                "spelling of the provider URL.",
            ).fill(host=host),
        )
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        cert_error = exc.certificate_error
        names: tuple[str, ...] = ()
        if is_hostname_mismatch(cert_error) and proxy is None:
            names = await _certificate_names(url, ca_file)
        words = describe_ssl_error(cert_error, host=host, names=names, can_pin=False)
        return ProviderError(
            "tls",
            translate("Provider", "TLS with {where} failed. {words}").fill(
                where=where, words=words
            ),
        )
    if isinstance(exc, aiohttp.ClientConnectorSSLError | ssl.SSLError):
        cause = exc.os_error if isinstance(exc, aiohttp.ClientConnectorError) else exc
        words = describe_ssl_error(cause, can_pin=False)
        return ProviderError(
            "tls",
            translate("Provider", "TLS with {where} failed. {words}").fill(
                where=where, words=words
            ),
        )
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_error = exc.os_error
        if isinstance(os_error, socket.gaierror):
            return ProviderError(
                "dns",
                translate("Provider", "The host name {host} could not be found.").fill(host=host),
            )
        if isinstance(os_error, ConnectionRefusedError) or os_error.errno == errno.ECONNREFUSED:
            return ProviderError(
                "refused",
                translate(
                    "Provider",
                    "{where} refused the connection: nothing is listening there, or a "
                    "firewall rejects it.",
                ).fill(where=where),
            )
        reason = os_error.strerror or str(os_error)
        return ProviderError(
            "network",
            translate("Provider", "Could not connect to {where}: {reason}.").fill(
                where=where, reason=reason
            ),
        )
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return ProviderError(
            "timeout",
            translate("Provider", "{where} stopped answering (read timeout).").fill(where=where),
        )
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return ProviderError(
            "network",
            translate("Provider", "{where} closed the connection before answering.").fill(
                where=where
            ),
        )
    if isinstance(exc, aiohttp.ClientPayloadError):
        return ProviderError(
            "network",
            translate("Provider", "The answer from {where} was cut off or malformed.").fill(
                where=where
            ),
        )
    if isinstance(exc, aiohttp.ClientResponseError):
        return ProviderError(
            "network",
            translate("Provider", "{where} sent an answer that is not valid HTTP ({status}).").fill(
                where=where, status=exc.status
            ),
        )
    return ProviderError(
        "network",
        translate("Provider", "The request to {where} failed: {error}.").fill(
            where=where, error=type(exc).__name__
        ),
    )


def _proxy_failure(
    exc: BaseException, proxy: ProxyAddress, where: str, connect_timeout: float
) -> Failure | None:
    """The proxy's part in a failed fetch, in the engine's words; None when it is the provider's."""
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return refusal(proxy, where, exc.status, exc.message or "")
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientConnectorSSLError):
        return None  # TLS with the provider itself, inside the tunnel
    if isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientConnectorDNSError):
        return proxy_unreachable(proxy, exc.os_error, connect_timeout)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return Failure(
            FailureKind.TIMEOUT,
            f"Could not connect to {where} through the proxy {proxy.where} within "
            f"{connect_timeout:g} s (connect timeout: the proxy, its tunnel and TLS).",
        )
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
        return tunnel_closed(proxy, where, "the request")
    return None


async def _certificate_names(url: URL, ca_file: str | os.PathLike[str] | None) -> tuple[str, ...]:
    try:
        info = await probe_certificate(safe_url(url), ca_file=ca_file, timeout=_NAMES_PROBE_TIMEOUT)
    except ProbeError:
        return ()
    return info.sans
