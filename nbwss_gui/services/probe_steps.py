"""The steps of Validate's connection test: their names and order, each step as a value, the
record that hands each one on as it ends (scrubbed of the token), and the words of a passed
DNS or TCP step. `connection_probe` runs them."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nbwss_gui.domain.message_log import scrub
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.words import Words, translate
from nbwss_gui.services.failure import Failure, FailureKind

DNS = "DNS"
TCP = "TCP"
PROXY = "Proxy"
TLS = "TLS"
WEBSOCKET_UPGRADE = "WebSocket upgrade"
TOKEN_ACCEPTED = "Token accepted"  # noqa: S105 - a step name, not a secret
STEP_NAMES = (DNS, TCP, TLS, WEBSOCKET_UPGRADE, TOKEN_ACCEPTED)
PROXIED_STEP_NAMES = (DNS, TCP, PROXY, TLS, WEBSOCKET_UPGRADE, TOKEN_ACCEPTED)


def next_step(name: str) -> str | None:
    """The step that follows `name` (the proxy's comes only after a TCP to a proxy)."""
    names = PROXIED_STEP_NAMES if name == PROXY else STEP_NAMES
    if name not in names:
        return None
    index = names.index(name) + 1
    return names[index] if index < len(names) else None


# How many of a host's addresses the DNS step names.
_ADDRESSES_NAMED = 4


@dataclass(frozen=True, slots=True)
class ProbeStep:
    """One step of the connection test: whether it passed, what happened in words, how long."""

    name: str
    ok: bool
    detail: str
    seconds: float
    # Why it failed, as the engine would report it; None when it passed.
    kind: FailureKind | None = None


class Stopped(Exception):
    """A step failed: the probe goes no further."""


class StepRecord:
    """The steps so far, each handed on as soon as it ends, its detail scrubbed of the token."""

    def __init__(self, token: str, on_step: Callable[[ProbeStep], None] | None) -> None:
        self.steps: list[ProbeStep] = []
        self._secrets: tuple[str, ...] = (token,)
        self._on_step = on_step
        self.began = time.perf_counter()
        # Through a proxy: its step comes after TCP, and its password is scrubbed too.
        self.proxied = False

    def through(self, proxy: ProxyAddress | None) -> None:
        self.proxied = proxy is not None
        if proxy is not None and proxy.password:
            self._secrets = (*self._secrets, proxy.password)

    def start(self, at: float | None = None) -> None:
        self.began = time.perf_counter() if at is None else at

    def passed(self, name: str, detail: str, *, ended: float | None = None) -> None:
        self._add(ProbeStep(name, True, scrub(detail, self._secrets), self._since(ended)))

    def failed(self, name: str, failure: Failure) -> Stopped:
        """Record the failed step; the caller raises what this returns."""
        failure = failure.scrubbed(self._secrets)
        self._add(ProbeStep(name, False, failure.message, self._since(None), failure.kind))
        return Stopped(name)

    def _since(self, ended: float | None) -> float:
        return (time.perf_counter() if ended is None else ended) - self.began

    def _add(self, step: ProbeStep) -> None:
        self.steps.append(step)
        if self._on_step is not None:
            self._on_step(step)


def unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))


def resolved_words(host: str, addresses: list[str]) -> Words:
    if addresses == [host]:
        return translate("Validate", "{host} is an IP address: no lookup needed").fill(host=host)
    shown: str = ", ".join(addresses[:_ADDRESSES_NAMED])
    more = len(addresses) - _ADDRESSES_NAMED
    if more > 0:
        shown = translate("Validate", "{addresses} and {count} more").fill(
            addresses=shown, count=more
        )
    if len(addresses) > 1:
        return translate("Validate", "{host} has the addresses {addresses}").fill(
            host=host, addresses=shown
        )
    return translate("Validate", "{host} has the address {addresses}").fill(
        host=host, addresses=shown
    )


def address_words(address: tuple[Any, ...]) -> str:
    host, port = str(address[0]), int(address[1])
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
