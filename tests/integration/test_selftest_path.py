"""The self-test's wss step takes the engine's own path (services.connection).

It is run in this process against the sandbox it starts, once as it is and once with a part of
services.connection broken the way a regression would break it: the self-test must then fail
at the step concerned, in the engine's words.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import pytest

from nbwss_gui.cli.selftest_cmd import FAILED, OK, SKIPPED, Report, check_sandbox
from nbwss_gui.domain import protocol
from nbwss_gui.services import connection, endpoint_connection
from nbwss_gui.services.tls_contexts import TlsContexts

pytestmark = pytest.mark.timeout(60)


def run_sandbox_steps() -> tuple[Report, list[str]]:
    lines: list[str] = []
    report = Report(lines.append)
    asyncio.run(check_sandbox(report, timeout=10.0))
    return report, lines


def statuses(report: Report) -> dict[str, str]:
    """Step title (before the first colon) -> status."""
    return {step.detail.split(":", 1)[0]: step.status for step in report.steps}


def test_the_wss_step_passes_through_the_engines_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    real_open = connection.open_connection

    async def recording_open(endpoint: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(endpoint.url)
        return await real_open(endpoint, *args, **kwargs)

    monkeypatch.setattr(connection, "open_connection", recording_open)
    report, lines = run_sandbox_steps()
    assert report.failed == 0, lines
    [wss] = [line for line in lines if "wss connection to" in line]
    assert wss.split()[0] == OK and "TLS verified against the sandbox CA" in wss
    assert any(
        line.split()[0] == OK and "CONNECT exchange: token accepted" in line for line in lines
    )
    assert len(opened) == 1 and opened[0] in wss


def test_a_connection_options_regression_fails_the_connect_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_options = connection.client_options

    def regressed() -> dict[str, Any]:
        # A limit no CONNECT answer fits in.
        return {**real_options(), "max_size": 8}

    monkeypatch.setattr(connection, "client_options", regressed)
    report, lines = run_sandbox_steps()
    found = statuses(report)
    assert found["sandbox provider"] == OK
    assert found["CONNECT exchange"] == FAILED, lines
    assert report.failed == 1


def test_a_trust_regression_fails_the_wss_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def without_the_extra_ca(_self: TlsContexts) -> ssl.SSLContext:
        return ssl.create_default_context()

    monkeypatch.setattr(TlsContexts, "_build_verifying", without_the_extra_ca)
    report, lines = run_sandbox_steps()
    [wss] = [step for step in report.steps if step.detail.startswith("wss connection to")]
    assert wss.status == FAILED, lines
    assert "certificate" in wss.detail.lower()
    assert statuses(report)["CONNECT exchange"] == SKIPPED


def test_a_connect_request_regression_fails_the_connect_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def wrong_token(_token: str) -> Any:
        return protocol.connect_request("not-the-token")

    monkeypatch.setattr(endpoint_connection, "connect_request", wrong_token)
    report, lines = run_sandbox_steps()
    [connect] = [step for step in report.steps if step.detail.startswith("CONNECT exchange")]
    assert connect.status == FAILED, lines
    assert "rejected the token" in connect.detail
