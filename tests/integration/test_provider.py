"""The provider URL fetch against real HTTPS servers on loopback (SPEC §2.3)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiohttp import web

from nbwss_gui.domain.checker import check_bytes
from nbwss_gui.services.provider import ProviderError, ProviderResponse, fetch_provider
from nbwss_gui.services.tls import TlsConfigError

from .conftest import HttpsServer, TlsServer

TOKEN = "tok-3f9a1c77e2b84d0f"
DETAILS = json.dumps(
    {
        "token": TOKEN,
        "priority": 1,
        "groupId": "group-a",
        "hostName": "cloud.example.com",
        "url": "wss://cloud.example.com:443/nbwss",
    }
).encode()
SECRET = "QUERYSECRET42"


def details_route(path: str = "/details", body: bytes = DETAILS) -> web.RouteDef:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    return web.get(path, handler)


def redirect_route(path: str, location: str, status: int = 302) -> web.RouteDef:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=status, headers={"Location": location})

    return web.get(path, handler)


def fetch_error(coro_factory: Callable[[], Coroutine[Any, Any, object]]) -> ProviderError:
    """Run the coroutine and return the ProviderError it must raise."""
    with pytest.raises(ProviderError) as info:
        asyncio.run(coro_factory())
    return info.value


def test_fetch_returns_body_and_sends_accept_json(https_server: HttpsServer, ca_file: Path) -> None:
    seen: dict[str, str] = {}

    async def handler(request: web.Request) -> web.Response:
        seen["accept"] = request.headers.get("Accept", "")
        seen["method"] = request.method
        return web.Response(body=DETAILS, content_type="application/json")

    async def scenario() -> tuple[str, ProviderResponse]:
        async with https_server([web.get("/details", handler)]) as base:
            return base, await fetch_provider(f"{base}/details", ca_file=ca_file)

    base, response = asyncio.run(scenario())
    assert response.status == 200
    assert response.body == DETAILS
    assert response.final_url == f"{base}/details"
    assert seen == {"accept": "application/json", "method": "GET"}
    result = check_bytes(response.body)
    assert result.ok
    assert result.endpoint is not None
    assert result.endpoint.group_id == "group-a"


def test_environment_proxy_is_ignored(
    https_server: HttpsServer, ca_file: Path, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy from the environment would see where the token comes from; it is not used.
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{closed_port}")

    async def scenario() -> ProviderResponse:
        async with https_server([details_route()]) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    assert asyncio.run(scenario()).body == DETAILS


def test_http_url_is_refused_because_of_the_token() -> None:
    error = fetch_error(lambda: fetch_provider("http://provider.example.com/details"))
    assert error.kind == "not-https"
    assert "https://" in error.message
    assert "token" in error.message
    assert str(error) == error.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://provider.example.com/details", "not ftp://"),
        ("provider.example.com/details", "https://"),
        ("https:///details", "no host"),
        ("https://provider.example.com:99999/details", "port"),
        ("https://provider.example.com/a b", "spaces"),
        ("", "empty"),
    ],
)
def test_malformed_url_is_refused_with_the_reason(url: str, words: str) -> None:
    error = fetch_error(lambda: fetch_provider(url))
    assert error.kind == "invalid-url"
    assert words in error.message


@pytest.mark.parametrize("absolute", [False, True], ids=["relative", "absolute"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_https_is_followed(
    https_server: HttpsServer, ca_file: Path, absolute: bool, status: int
) -> None:
    async def scenario() -> tuple[str, ProviderResponse]:
        async with https_server([details_route("/real/details")]) as target:
            location = f"{target}/real/details" if absolute else "/real/details"
            routes = [redirect_route("/start", location, status), details_route("/real/details")]
            async with https_server(routes) as base:
                response = await fetch_provider(f"{base}/start", ca_file=ca_file)
                return (target if absolute else base), response

    expected_base, response = asyncio.run(scenario())
    assert response.body == DETAILS
    assert response.final_url == f"{expected_base}/real/details"


def test_redirect_to_http_is_refused(https_server: HttpsServer, ca_file: Path) -> None:
    async def scenario() -> ProviderResponse:
        routes = [redirect_route("/start", "http://127.0.0.1:1/details?k=" + SECRET)]
        async with https_server(routes) as base:
            return await fetch_provider(f"{base}/start", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "redirect"
    assert "http://" in error.message
    assert "token" in error.message
    assert SECRET not in error.message


def hop_routes() -> list[web.RouteDef]:
    async def hop(request: web.Request) -> web.Response:
        left = int(request.match_info["left"])
        if left == 0:
            return web.Response(body=DETAILS, content_type="application/json")
        return web.Response(status=302, headers={"Location": f"/hop/{left - 1}"})

    return [web.get("/hop/{left}", hop)]


def test_five_redirects_are_followed(https_server: HttpsServer, ca_file: Path) -> None:
    async def scenario() -> ProviderResponse:
        async with https_server(hop_routes()) as base:
            return await fetch_provider(f"{base}/hop/5", ca_file=ca_file)

    response = asyncio.run(scenario())
    assert response.body == DETAILS
    assert response.final_url.endswith("/hop/0")


def test_six_redirects_are_refused(https_server: HttpsServer, ca_file: Path) -> None:
    async def scenario() -> ProviderResponse:
        async with https_server(hop_routes()) as base:
            return await fetch_provider(f"{base}/hop/6", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "redirect"
    assert "more than 5" in error.message


def test_redirect_without_location_is_refused(https_server: HttpsServer, ca_file: Path) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=302)

    async def scenario() -> ProviderResponse:
        async with https_server([web.get("/start", handler)]) as base:
            return await fetch_provider(f"{base}/start", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "redirect"
    assert "did not say where" in error.message


def test_silent_server_hits_the_whole_request_timeout(tls_server: TlsServer, ca_file: Path) -> None:
    async def scenario() -> ProviderResponse:
        async with tls_server(handshake=True) as address:
            return await fetch_provider(
                address.url(path="/details"),
                ca_file=ca_file,
                connect_timeout=5.0,
                total_timeout=0.5,
            )

    started = time.perf_counter()
    error = fetch_error(scenario)
    elapsed = time.perf_counter() - started
    print(f"whole-request timeout 0.5 s fired after {elapsed:.2f} s")
    assert error.kind == "timeout"
    assert "whole-request" in error.message
    assert "0.5 s" in error.message
    assert elapsed < 3.0


def test_server_that_never_starts_tls_hits_the_connect_timeout(
    tls_server: TlsServer, ca_file: Path
) -> None:
    async def scenario() -> ProviderResponse:
        async with tls_server(handshake=False) as address:
            return await fetch_provider(
                address.url(path="/details"),
                ca_file=ca_file,
                connect_timeout=0.5,
                total_timeout=10.0,
            )

    started = time.perf_counter()
    error = fetch_error(scenario)
    elapsed = time.perf_counter() - started
    print(f"connect timeout 0.5 s fired after {elapsed:.2f} s")
    assert error.kind == "timeout"
    assert "connect timeout" in error.message
    assert "127.0.0.1:" in error.message
    assert elapsed < 3.0


def test_body_of_exactly_the_limit_is_accepted(https_server: HttpsServer, ca_file: Path) -> None:
    body = b"x" * (64 * 1024)

    async def scenario() -> ProviderResponse:
        async with https_server([details_route(body=body)]) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    assert asyncio.run(scenario()).body == body


def test_body_over_the_limit_with_content_length_is_refused(
    https_server: HttpsServer, ca_file: Path
) -> None:
    body = b"x" * (64 * 1024 + 1) + SECRET.encode()

    async def scenario() -> ProviderResponse:
        async with https_server([details_route(body=body)]) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "too-large"
    assert "64 KiB" in error.message
    assert SECRET not in error.message


def test_streamed_body_over_the_limit_is_cut_off(https_server: HttpsServer, ca_file: Path) -> None:
    sent = {"bytes": 0}
    stream_size = 64 * 1024 * 1024

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        chunk = b"y" * 8192
        try:
            while sent["bytes"] < stream_size:
                await response.write(chunk)
                sent["bytes"] += len(chunk)
        except ConnectionError:
            pass
        return response

    async def scenario() -> ProviderResponse:
        async with https_server([web.get("/details", endless)]) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    error = fetch_error(scenario)
    print(f"server wrote {sent['bytes']} bytes before the client hung up")
    assert error.kind == "too-large"
    assert "64 KiB" in error.message
    # The client stopped reading near the limit instead of swallowing the whole stream.
    assert sent["bytes"] < stream_size


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_error_status_names_status_and_reason(
    https_server: HttpsServer, ca_file: Path, status: int, reason: str
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=status, text=f"body {SECRET}")

    async def scenario() -> ProviderResponse:
        async with https_server([web.get("/details", handler)]) as base:
            return await fetch_provider(f"{base}/details?key={SECRET}", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "http-status"
    assert f"HTTP {status} {reason}" in error.message
    assert "/details" in error.message
    assert SECRET not in error.message
    assert SECRET not in repr(error)


def test_untrusted_certificate_is_refused_without_the_ca_file(https_server: HttpsServer) -> None:
    async def scenario() -> ProviderResponse:
        async with https_server([details_route()]) as base:
            return await fetch_provider(f"{base}/details")

    error = fetch_error(scenario)
    assert error.kind == "tls"
    assert "not trusted" in error.message
    # The advice is what can be done for a provider URL: its CA, never a pin it cannot take.
    assert "extra CA file (Settings, or --ca-file" in error.message
    assert "trust this certificate explicitly" not in error.message


def test_host_name_mismatch_names_the_certificate_hosts(
    https_server: HttpsServer, ca_file: Path, wrong_name_cert: trustme.LeafCert
) -> None:
    async def scenario() -> ProviderResponse:
        async with https_server([details_route()], cert=wrong_name_cert) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "tls"
    assert "not valid for the IP address '127.0.0.1'" in error.message
    assert "wrong-name.example" in error.message


def test_expired_certificate_is_refused(
    https_server: HttpsServer, ca_file: Path, expired_cert: trustme.LeafCert
) -> None:
    async def scenario() -> ProviderResponse:
        async with https_server([details_route()], cert=expired_cert) as base:
            return await fetch_provider(f"{base}/details", ca_file=ca_file)

    error = fetch_error(scenario)
    assert error.kind == "tls"
    assert "expired" in error.message


def test_dns_failure_names_the_host() -> None:
    error = fetch_error(
        lambda: fetch_provider(f"https://no-such-provider.invalid/details?k={SECRET}")
    )
    assert error.kind == "dns"
    assert "no-such-provider.invalid" in error.message
    assert SECRET not in error.message


def test_refused_connection_names_host_and_port(closed_port: int) -> None:
    error = fetch_error(
        lambda: fetch_provider(f"https://user:{SECRET}@127.0.0.1:{closed_port}/x?k={SECRET}")
    )
    assert error.kind == "refused"
    assert f"127.0.0.1:{closed_port} refused the connection" in error.message
    assert SECRET not in error.message


def test_missing_ca_file_is_a_settings_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "corporate-ca.pem"
    with pytest.raises(TlsConfigError, match=r"corporate-ca\.pem") as info:
        asyncio.run(fetch_provider("https://provider.example.com/d", ca_file=missing))
    assert "does not exist" in str(info.value)


def test_ca_file_without_certificates_is_a_settings_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(TlsConfigError, match=r"junk\.pem") as info:
        asyncio.run(fetch_provider("https://provider.example.com/d", ca_file=junk))
    assert "no usable certificate" in str(info.value)
