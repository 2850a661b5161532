"""Through a real HTTP proxy (squid on 127.0.0.1): the engine, Validate's steps, the certificate
probe and the provider fetch; its failures in words; the bypass rules (SPEC §4.6).

The endpoint and the provider are named `*.proxied.test`, which only the proxy's own hosts file
knows: every test that connects shows first that the name does not resolve without the proxy.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
import sys
import zipfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import trustme
from aiohttp import web

from nbwss_gui.cli import monitor_cmd
from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.certificate import ProbeError, probe_certificate
from nbwss_gui.services.connection import connect_endpoint, open_connection
from nbwss_gui.services.connection_probe import PROXY, probe
from nbwss_gui.services.engine import Engine
from nbwss_gui.services.failure import ConnectionFailure, FailureKind
from nbwss_gui.services.provider import ProviderError, fetch_provider
from nbwss_gui.services.proxy import Proxies, password_entry
from tests.integration.cloud_servers import CloudServer, Watch, make_endpoint, until
from tests.integration.conftest import server_context
from tests.integration.proxy_server import PROXIED_HOST, PROXIED_PROVIDER, Squid, running_squid

TOKEN = "proxied-token-0123456789"
USER, PASSWORD = "alice", "s3cret-proxy-pass"
SETTINGS = Settings(connect_timeout=5.0, connect_response_timeout=5.0)


@pytest.fixture(scope="module")
def squid() -> Iterator[Squid]:
    with running_squid() as proxy:
        yield proxy


@pytest.fixture(scope="module")
def auth_squid() -> Iterator[Squid]:
    with running_squid(users={USER: PASSWORD}) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def proxied_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert(PROXIED_HOST, PROXIED_PROVIDER)


async def logged(squid: Squid, target: str) -> None:
    """Wait for squid's access-log line of a tunnel to `target`: it is written when the tunnel
    has ended, a moment after this side closed it."""
    await until(lambda: squid.tunnels(target), 5, f"squid to log the tunnel to {target}")


def manual(proxy: Squid, *, user: str | None = None, password: str | None = None) -> Proxies:
    settings = Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=proxy.url, proxy_user=user)
    store = {password_entry_for(proxy, user): password} if user and password else {}

    async def password_for(entry: str) -> str:
        try:
            return store[entry]
        except KeyError:
            raise LookupError("no such keyring entry") from None

    return Proxies.from_settings(settings, password_for=password_for, system={})


def password_entry_for(proxy: Squid, user: str | None) -> str:
    address = Proxies.from_settings(
        Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=proxy.url, proxy_user=user), system={}
    ).address_for("wss://example.com")
    assert address is not None
    return password_entry(address)


def proxied_url(cloud: CloudServer, name: str = "a") -> str:
    return f"wss://{PROXIED_HOST}:{cloud.port}/g/g1/{name}"


def test_the_proxied_names_do_not_resolve_here() -> None:
    for name in (PROXIED_HOST, PROXIED_PROVIDER):
        with pytest.raises(socket.gaierror):
            socket.getaddrinfo(name, 443)


T = TypeVar("T")


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(scenario())  # type: ignore[arg-type]


async def token_for(_endpoint_id: str) -> str:
    return TOKEN


def test_the_engine_connects_through_the_proxy(
    squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path
) -> None:
    settings = SETTINGS.with_(ca_file=str(ca_file))

    async def scenario() -> None:
        async with CloudServer(proxied_cert, tokens={TOKEN}) as cloud:
            endpoint = make_endpoint(proxied_url(cloud), host=PROXIED_HOST)
            with pytest.raises(ConnectionFailure) as direct:
                await open_connection(endpoint, settings, proxies=Proxies.direct())
            assert direct.value.kind is FailureKind.DNS
            watch = Watch()
            engine = Engine(
                settings, token_for, watch.on_status, proxies_for=lambda _s: manual(squid)
            )
            try:
                engine.update([endpoint])
                await until(lambda: ConnectionState.CONNECTED in watch.states(endpoint.id), 10)
            finally:
                await engine.close()
            assert cloud.received_tokens == [TOKEN]
            await logged(squid, f"{PROXIED_HOST}:{cloud.port}")
            assert not any(TOKEN in line for line in squid.access_log())

    run(scenario)


def test_validate_shows_the_proxy_as_a_step_of_its_own(
    squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path
) -> None:
    settings = SETTINGS.with_(ca_file=str(ca_file))

    async def scenario() -> None:
        async with CloudServer(proxied_cert, tokens={TOKEN}) as cloud:
            endpoint = make_endpoint(proxied_url(cloud), host=PROXIED_HOST)
            steps = await probe(endpoint, TOKEN, settings, proxies=manual(squid))
            names = [step.name for step in steps]
            assert names == ["DNS", "TCP", PROXY, "TLS", "WebSocket upgrade", "Token accepted"]
            assert all(step.ok for step in steps), steps
            proxy_step = steps[2]
            assert proxy_step.detail.startswith(f"CONNECT via {squid.where} — 200"), proxy_step
            assert "(the proxy, Settings)" in steps[1].detail
            info = await probe_certificate(
                proxied_url(cloud), ca_file=str(ca_file), proxies=manual(squid)
            )
            assert info.trusted and PROXIED_HOST in info.sans

    run(scenario)


AUTH_CASES = {
    "right": (USER, PASSWORD, None, ""),
    "wrong-password": (
        USER, "not-the-password", FailureKind.PROXY_AUTH,
        f"the user name {USER} or its password is wrong",
    ),
    "no-credentials": (None, None, FailureKind.PROXY_AUTH, "set the proxy's user name and"),
    "no-password-stored": (USER, None, FailureKind.PROXY_CONFIG, "could not be read from the"),
}  # fmt: skip


@pytest.mark.parametrize("case", AUTH_CASES.values(), ids=AUTH_CASES.keys())
def test_proxy_authentication(
    auth_squid: Squid,
    proxied_cert: trustme.LeafCert,
    ca_file: Path,
    case: tuple[str | None, str | None, FailureKind | None, str],
) -> None:
    user, password, kind, words = case
    settings = SETTINGS.with_(ca_file=str(ca_file))

    async def scenario() -> None:
        async with CloudServer(proxied_cert, tokens={TOKEN}) as cloud:
            endpoint = make_endpoint(proxied_url(cloud), host=PROXIED_HOST)
            proxies = manual(auth_squid, user=user, password=password)
            steps = await probe(endpoint, TOKEN, settings, proxies=proxies)
            if kind is None:
                assert all(step.ok for step in steps), steps
                await logged(auth_squid, f"{PROXIED_HOST}:{cloud.port}")
                assert f" {USER} " in auth_squid.tunnels(f"{PROXIED_HOST}:{cloud.port}")[-1]
                return
            last = steps[-1]
            assert not last.ok and last.kind is kind, steps
            assert words in last.detail
            if kind is FailureKind.PROXY_AUTH:
                assert last.name == PROXY and "407" in last.detail
            with pytest.raises(ConnectionFailure) as failed:
                await connect_endpoint(endpoint, TOKEN, settings, proxies=proxies)
            assert failed.value.kind is kind and words in failed.value.failure.message
            assert cloud.handshakes == 0
            for text in (last.detail, failed.value.failure.message):
                assert PASSWORD not in text and "not-the-password" not in text

    run(scenario)


def test_proxy_failures_in_words(squid: Squid, closed_port: int, ca_file: Path) -> None:
    settings = SETTINGS.with_(ca_file=str(ca_file))
    # The proxy knows the name, but nothing listens there: it cannot reach the endpoint.
    unknown = make_endpoint(f"wss://{PROXIED_HOST}:{closed_port}/g/g1/a", host=PROXIED_HOST)
    elsewhere = Proxies.from_settings(
        Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=f"http://127.0.0.1:{closed_port}"),
        system={},
    )
    nameless = Proxies.from_settings(
        Settings(proxy_mode=ProxyMode.MANUAL, proxy_url="http://proxy.nowhere.test:3128"),
        system={},
    )
    empty_manual = Proxies.from_settings(Settings(proxy_mode=ProxyMode.MANUAL), system={})

    async def failure(proxies: Proxies) -> tuple[FailureKind, str]:
        with pytest.raises(ConnectionFailure) as failed:
            await open_connection(unknown, settings, proxies=proxies)
        steps = await probe(unknown, TOKEN, settings, proxies=proxies)
        assert steps[-1].kind is failed.value.kind, steps
        return failed.value.kind, failed.value.failure.message

    async def scenario() -> None:
        kind, words = await failure(manual(squid))
        assert kind is FailureKind.PROXY_UPSTREAM
        assert f"The proxy {squid.where} could not reach the endpoint {PROXIED_HOST}" in words
        kind, words = await failure(elsewhere)
        assert kind is FailureKind.PROXY_UNREACHABLE
        assert f"The proxy 127.0.0.1:{closed_port} (Settings) cannot be reached" in words
        assert "refused" in words
        kind, words = await failure(nameless)
        assert (
            kind is FailureKind.PROXY_UNREACHABLE
            and "proxy.nowhere.test could not be found" in words
        )
        kind, words = await failure(empty_manual)
        assert kind is FailureKind.PROXY_CONFIG and "no proxy address is given" in words

    run(scenario)


def test_loopback_and_no_proxy_for_bypass_the_proxy(
    closed_port: int, proxied_cert: trustme.LeafCert, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    """A dead proxy in force: whatever still connects did not go through it."""
    settings = SETTINGS.with_(ca_file=str(ca_file))
    dead = f"http://127.0.0.1:{closed_port}"

    async def scenario() -> None:
        async with CloudServer(server_cert, tokens={TOKEN}) as local:
            loopback = make_endpoint(f"wss://127.0.0.1:{local.port}/g/g1/a")
            for proxies in (
                Proxies.from_settings(
                    Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=dead), system={}
                ),
                Proxies.from_settings(Settings(), system={"https": dead}),
            ):
                connection = await connect_endpoint(loopback, TOKEN, settings, proxies=proxies)
                await connection.close("done")
        listed = Proxies.from_settings(
            Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=dead, no_proxy=".proxied.test"),
            system={},
        )
        endpoint = make_endpoint(f"wss://{PROXIED_HOST}:443/g/g1/a", host=PROXIED_HOST)
        with pytest.raises(ConnectionFailure) as failed:
            await open_connection(endpoint, settings, proxies=listed)
        assert failed.value.kind is FailureKind.DNS  # dialled directly, as the list says

    run(scenario)


def test_the_environment_counts_in_system_mode_only(
    squid: Squid,
    proxied_cert: trustme.LeafCert,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", squid.url)
    monkeypatch.setenv("NO_PROXY", "db.internal.example")
    settings = SETTINGS.with_(ca_file=str(ca_file))

    async def scenario() -> None:
        async with CloudServer(proxied_cert, tokens={TOKEN}) as cloud:
            endpoint = make_endpoint(proxied_url(cloud), host=PROXIED_HOST)
            system = Proxies.from_settings(Settings(proxy_mode=ProxyMode.SYSTEM))
            address = system.address_for(endpoint.url)
            assert address is not None and address.source == "HTTPS_PROXY"
            connection = await connect_endpoint(endpoint, TOKEN, settings, proxies=system)
            await connection.close("done")
            await logged(squid, f"{PROXIED_HOST}:{cloud.port}")
            assert system.address_for("wss://db.internal.example/x") is None
            none = Proxies.from_settings(Settings(proxy_mode=ProxyMode.NONE))
            with pytest.raises(ConnectionFailure) as failed:
                await open_connection(endpoint, settings, proxies=none)
            assert failed.value.kind is FailureKind.DNS

    run(scenario)


def test_a_proxy_that_dies_makes_the_group_fail_over_with_its_reason(
    proxied_cert: trustme.LeafCert, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    settings = SETTINGS.with_(ca_file=str(ca_file), keepalive_rate=1.0, connection_period=1.0)

    async def scenario() -> None:
        with running_squid() as proxy:
            async with (
                CloudServer(proxied_cert, tokens={TOKEN}) as far,
                CloudServer(server_cert, tokens={TOKEN}, ledger=far.ledger) as near,
            ):
                first = make_endpoint(proxied_url(far), priority=1, host=PROXIED_HOST)
                second = make_endpoint(f"wss://127.0.0.1:{near.port}/g/g1/b", priority=2)
                watch = Watch()
                engine = Engine(
                    settings, token_for, watch.on_status, proxies_for=lambda _s: manual(proxy)
                )
                try:
                    engine.update([first, second])
                    await until(lambda: ConnectionState.CONNECTED in watch.states(first.id), 10)
                    proxy.kill()
                    await until(lambda: ConnectionState.CONNECTED in watch.states(second.id), 10)
                    failed = [
                        e for e in watch.events
                        if e.endpoint_id == first.id and e.reason_kind is not None
                    ]  # fmt: skip
                    assert failed, watch.events
                    kinds = {FailureKind.PROXY_CLOSED.value, FailureKind.PROXY_UNREACHABLE.value}
                    assert failed[0].reason_kind in kinds, failed[0]
                    assert f"proxy {proxy.where}" in (failed[0].reason or "")
                finally:
                    await engine.close()
                assert far.ledger.violations == []

    run(scenario)


def test_the_provider_is_fetched_through_the_proxy(
    squid: Squid, auth_squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path
) -> None:
    details = {"token": TOKEN, "priority": 1, "groupId": "g1", "hostName": PROXIED_HOST}

    async def handler(_request: web.Request) -> web.Response:
        return web.json_response({**details, "url": f"wss://{PROXIED_HOST}:443/x"})

    async def scenario() -> None:
        app = web.Application()
        app.add_routes([web.get("/details", handler)])
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context(proxied_cert))
            await site.start()
            port = runner.addresses[0][1]
            url = f"https://{PROXIED_PROVIDER}:{port}/details?secret=q"
            with pytest.raises(ProviderError) as direct:
                await fetch_provider(url, ca_file=ca_file, proxies=Proxies.direct())
            assert direct.value.kind == "dns"
            response = await fetch_provider(url, ca_file=ca_file, proxies=manual(squid))
            assert json.loads(response.body)["token"] == TOKEN
            await logged(squid, f"{PROXIED_PROVIDER}:{port}")
            assert not any("secret=q" in line for line in squid.access_log())
            response = await fetch_provider(
                url, ca_file=ca_file, proxies=manual(auth_squid, user=USER, password=PASSWORD)
            )
            assert json.loads(response.body)["token"] == TOKEN
            with pytest.raises(ProviderError) as refused:
                await fetch_provider(
                    url, ca_file=ca_file, proxies=manual(auth_squid, user=USER, password="bad")
                )
            assert refused.value.kind == FailureKind.PROXY_AUTH.value
            assert "requires authentication" in refused.value.message
        finally:
            await runner.cleanup()

    run(scenario)


def test_a_certificate_probe_through_the_proxy_names_its_failure(
    squid: Squid, closed_port: int
) -> None:
    async def scenario() -> None:
        with pytest.raises(ProbeError) as failed:
            await probe_certificate(
                f"wss://{PROXIED_HOST}:{closed_port}/x", proxies=manual(squid), timeout=5.0
            )
        assert failed.value.kind == FailureKind.PROXY_UPSTREAM.value

    run(scenario)


def test_monitor_connects_through_the_proxy_named_on_its_command_line(
    squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path, tmp_path: Path
) -> None:
    from tests.integration.test_monitor import add, parse, registry_in

    async def scenario() -> tuple[int, str, int]:
        async with CloudServer(proxied_cert) as cloud:
            registry = registry_in(tmp_path)
            await add(registry, proxied_url(cloud, PROXIED_HOST))
            out = io.StringIO()
            args = parse("--once", "--ca-file", str(ca_file), "--proxy", squid.url)
            code = await monitor_cmd.monitor(args, registry=registry, out=out)
            return code, out.getvalue(), cloud.port

    code, text, port = asyncio.run(scenario())
    assert code == 0, text
    assert f" g1 {PROXIED_HOST} CONNECTED " in text
    assert squid.tunnels(f"{PROXIED_HOST}:{port}")


def test_check_fetches_through_the_proxy_and_no_proxy_goes_direct(
    squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path
) -> None:
    details = {"token": TOKEN, "priority": 1, "groupId": "g1", "hostName": PROXIED_HOST}

    async def handler(_request: web.Request) -> web.Response:
        return web.json_response({**details, "url": f"wss://{PROXIED_HOST}:443/x"})

    async def check(*options: str) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "nbwss_gui", "check", "--ca-file", str(ca_file), *options,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        output, _ = await process.communicate()
        return process.returncode or 0, output.decode()

    async def scenario() -> None:
        app = web.Application()
        app.add_routes([web.get("/details", handler)])
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context(proxied_cert))
            await site.start()
            url = f"https://{PROXIED_PROVIDER}:{runner.addresses[0][1]}/details"
            code, output = await check("--proxy", squid.url, url)
            assert code == 0 and "valid" in output, output
            code, output = await check("--no-proxy", url)
            assert code == 2 and "could not be found" in output, output
        finally:
            await runner.cleanup()

    run(scenario)


@pytest.mark.realkeyring
def test_the_proxy_password_lives_in_the_keyring_and_nowhere_else(
    auth_squid: Squid, proxied_cert: trustme.LeafCert, ca_file: Path, tmp_path: Path
) -> None:
    """Saved as the window saves it; read back by the engine; in no file, log or bundle."""
    from nbwss_gui.services import logs, paths
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.diagnostics import export_profile_diagnostics
    from nbwss_gui.services.profile import ProfileService
    from nbwss_gui.services.proxy import save_manual_password
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore
    from tests.integration.secret_service import secret_service_or_skip

    backend = secret_service_or_skip()
    config_path = paths.config_file()
    settings = Settings(
        proxy_mode=ProxyMode.MANUAL, proxy_url=auth_squid.url, proxy_user=USER,
        ca_file=str(ca_file), connect_timeout=5.0,
    )  # fmt: skip

    async def scenario() -> tuple[str, int]:
        registry = Registry(ConfigStore(config_path), TokenStore(backend=backend))
        await save_manual_password(settings, PASSWORD, registry.tokens.set)
        await registry.set_settings(settings.to_mapping())
        async with CloudServer(proxied_cert) as cloud:
            from tests.integration.test_monitor import add

            endpoint_id = await add(registry, proxied_url(cloud, PROXIED_HOST))
            watch = Watch()
            service = ProfileService(registry, role="monitor")
            service.listen(watch.on_status)
            service.start(follow=False)
            try:
                await until(lambda: ConnectionState.CONNECTED in watch.states(endpoint_id), 10)
            finally:
                await service.close()
            bundle = tmp_path / "diagnostics.zip"
            export_profile_diagnostics(bundle, registry)
            await registry.remove([endpoint_id])
            entry = password_entry_for(auth_squid, USER)
            assert await registry.tokens.get(entry) == PASSWORD
            await registry.tokens.delete(entry)
            with zipfile.ZipFile(bundle) as archive:
                text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
            return text, cloud.port

    bundle, port = run(scenario)
    assert f" {USER} " in auth_squid.tunnels(f"{PROXIED_HOST}:{port}")[-1]
    assert PASSWORD not in bundle and USER not in bundle
    assert auth_squid.url in bundle  # the proxy itself is said
    for path in [config_path, *logs.log_dir().glob("*")]:
        if path.is_file():
            assert PASSWORD not in path.read_text(errors="replace"), path
