"""Validate through an HTTP proxy (a real squid): the proxy's CONNECT as a step of its own, and
a 407 in words on that row. The endpoint's name resolves only through the proxy."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection_probe import PROXIED_STEP_NAMES, PROXY
from nbwss_gui.services.proxy import save_manual_password
from nbwss_gui.ui.server_dialog.endpoint_dialog import CERTIFICATE_STEP, EndpointDialog
from tests.integration.proxy_server import PROXIED_HOST, Squid, running_squid
from tests.qt.server_dialog.test_dialog_probe import (
    LEFT,
    TOKEN,
    assert_no_token_shown,
    cloud,
    idle,
    row,
    rows,
    screenshot,
)


@pytest.fixture(scope="module")
def squid() -> Iterator[Squid]:
    with running_squid() as proxy:
        yield proxy


@pytest.fixture(scope="module")
def auth_squid() -> Iterator[Squid]:
    with running_squid(users={"alice": "right-password"}) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def proxied_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert(PROXIED_HOST)


@pytest.fixture
def validated_through(
    *, qtbot: QtBot, qloop: Any, registry: Any, ca_file: str, tmp_path: Path, run_coro: Any
) -> Callable[..., EndpointDialog]:
    def make(url: str, proxy: Squid, password: str | None = None) -> EndpointDialog:
        user = "alice" if password else None
        settings = Settings(proxy_mode=ProxyMode.MANUAL, proxy_url=proxy.url, proxy_user=user)
        run_coro(registry.set_settings(settings.to_mapping()))
        if password:
            run_coro(save_manual_password(settings, password, registry.tokens.set))
        path = tmp_path / "endpoint.json"
        details = {"token": TOKEN, "priority": 1, "groupId": "group-a", "hostName": PROXIED_HOST}
        path.write_text(json.dumps({**details, "url": url}), encoding="utf-8")
        dialog = EndpointDialog(registry, ca_file=ca_file)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.choose_file(str(path))
        qtbot.waitUntil(lambda: dialog.details() is not None and dialog.step_task is None)
        qtbot.mouseClick(dialog.validate_button, LEFT)
        idle(qtbot, dialog)
        return dialog

    return make


def proxied(url: str) -> str:
    return url.replace("127.0.0.1", PROXIED_HOST, 1)


def test_validate_goes_through_the_proxy_step_by_step(
    *,
    qtbot: QtBot,
    validated_through: Callable[..., EndpointDialog],
    serve: Any,
    proxied_cert: trustme.LeafCert,
    squid: Squid,
    artifacts_dir: Path,
) -> None:
    endpoint = serve(cloud(proxied_cert))
    dialog = validated_through(proxied(endpoint.url), squid)
    assert [item.text(0) for item in rows(dialog)] == [CERTIFICATE_STEP, *PROXIED_STEP_NAMES], [
        (item.text(0), item.text(1)) for item in rows(dialog)
    ]
    for item in rows(dialog):
        assert item.text(1).startswith("OK: "), (item.text(0), item.text(1))
    assert row(dialog, PROXY).text(1).startswith(f"OK: CONNECT via {squid.where} — 200")
    assert endpoint.tokens_accepted == 1
    assert len(squid.tunnels(proxied(endpoint.url).split("/")[2])) >= 2  # certificate + test
    assert_no_token_shown(dialog)
    screenshot(qtbot, dialog, artifacts_dir / "dialog-validate-through-proxy.png")


def test_a_proxy_that_wants_credentials_says_so_on_its_row(
    *,
    qtbot: QtBot,
    validated_through: Callable[..., EndpointDialog],
    serve: Any,
    proxied_cert: trustme.LeafCert,
    auth_squid: Squid,
    artifacts_dir: Path,
) -> None:
    endpoint = serve(cloud(proxied_cert))
    dialog = validated_through(proxied(endpoint.url), auth_squid, "not-the-password")
    shown = {item.text(0): item.text(1) for item in rows(dialog)}
    # The certificate step, the first to go through the proxy, says what to do.
    assert "requires authentication (HTTP 407" in shown[CERTIFICATE_STEP], shown
    assert "the user name alice or its password is wrong" in shown[CERTIFICATE_STEP]
    assert "not-the-password" not in " ".join(shown.values())
    assert endpoint.tokens_accepted == 0
    screenshot(qtbot, dialog, artifacts_dir / "dialog-validate-proxy-credentials.png")
