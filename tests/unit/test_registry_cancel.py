"""Registry changes cancelled half-way: nothing is left half-saved (SPEC §5).

Keyring calls and file writes run on threads that cancelling cannot stop. These tests hold a
real in-memory keyring or a real config file write at a gate, cancel the change while it
waits there, then open the gate and look at what the keyring and the file hold.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import keyring
import keyring.core
import pytest

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.registry import Registry
from nbwss_gui.services.secrets import TokenStore

SERVICE = TokenStore.SERVICE
GATE_S = 10


class Gate:
    """Holds a thread at `pass_through` until `open`; `reached` tells that one arrived."""

    def __init__(self) -> None:
        self.armed = False
        self.reached = threading.Event()
        self._open = threading.Event()

    def pass_through(self) -> None:
        if self.armed:
            self.reached.set()
            assert self._open.wait(GATE_S), "the gate was never opened"

    def open(self) -> None:
        self._open.set()

    async def wait_reached(self) -> None:
        for _ in range(GATE_S * 100):
            if self.reached.is_set():
                return
            await asyncio.sleep(0.01)
        raise AssertionError("nothing reached the gate")


class GatedKeyring(MemoryKeyring):
    """A real in-memory keyring whose writes wait at a gate, as at an unlock prompt."""

    def __init__(self) -> None:
        super().__init__("gated")
        self.gate = Gate()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.gate.pass_through()
        super().set_password(service, username, password)


class GatedConfigStore(ConfigStore):
    """A real config file whose writes wait at a gate, as on a slow disk."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.gate = Gate()

    def save(self, endpoints: Sequence[RegisteredEndpoint], settings: Mapping[str, str]) -> None:
        self.gate.pass_through()
        super().save(endpoints, settings)


@pytest.fixture
def backend() -> Iterator[GatedKeyring]:
    previous = keyring.core._keyring_backend
    gated = GatedKeyring()
    keyring.set_keyring(gated)
    yield gated
    gated.gate.open()
    keyring.core._keyring_backend = previous


@pytest.fixture
def config(_isolated_dirs: Path) -> Iterator[GatedConfigStore]:
    store = GatedConfigStore(_isolated_dirs / "endpoints.json")
    yield store
    store.gate.open()


def details(token: str, *, priority: int = 1) -> EndpointDetails:
    return EndpointDetails(
        token=token,
        priority=priority,
        group_id="g1",
        host_name="a.example.com",
        url="wss://a.example.com/nbwss",
    )


async def cancel_at(gate: Gate, task: asyncio.Task[object], *, times: int = 1) -> None:
    """Cancel `task` (as often as asked) while a thread waits at `gate`; then open it."""
    await gate.wait_reached()
    for _ in range(times):
        task.cancel()
        await asyncio.sleep(0.02)
    gate.open()
    with pytest.raises(asyncio.CancelledError):
        await task


async def settled(registry: Registry) -> None:
    """Wait for the registry's undo work, then for every keyring call queued before now: the
    keyring runs its calls in order, so one more call returns only after all of them."""
    await registry.settle()
    await registry.tokens.delete("no-such-endpoint")


async def registry_with_one_endpoint(
    backend: GatedKeyring, config: GatedConfigStore
) -> tuple[Registry, RegisteredEndpoint, bytes]:
    registry = Registry(config, TokenStore())
    first = await registry.add(details("the-first-token-4c1d"))
    return registry, first, config.path.read_bytes()


def test_add_cancelled_while_the_token_is_stored_leaves_nothing(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    registry = Registry(config, TokenStore())

    async def scenario() -> None:
        backend.gate.armed = True
        task = asyncio.create_task(registry.add(details("cancelled-token-8f2e")))
        await cancel_at(backend.gate, task)
        await settled(registry)

    asyncio.run(scenario())
    assert backend.usernames(SERVICE) == []
    assert not config.path.exists()
    assert registry.endpoints() == []


def test_add_cancelled_while_the_file_is_written_leaves_the_file_and_keyring_as_they_were(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    async def scenario() -> tuple[Registry, RegisteredEndpoint, bytes]:
        registry, first, before = await registry_with_one_endpoint(backend, config)
        config.gate.armed = True
        other = EndpointDetails("second-token-1a7b", 2, "g2", "b.example.com", "wss://b/nbwss")
        task = asyncio.create_task(registry.add(other))
        await cancel_at(config.gate, task)
        await settled(registry)
        return registry, first, before

    registry, first, before = asyncio.run(scenario())
    assert config.path.read_bytes() == before
    assert backend.usernames(SERVICE) == [first.id]
    assert registry.endpoints() == [first]
    # What is on disk and in the keyring reads back the same in a fresh registry.
    assert Registry(ConfigStore(config.path), TokenStore()).endpoints() == [first]


def test_replace_cancelled_while_the_token_is_stored_puts_the_old_token_back(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    async def scenario() -> tuple[Registry, RegisteredEndpoint, bytes, str]:
        registry, first, before = await registry_with_one_endpoint(backend, config)
        backend.gate.armed = True
        task = asyncio.create_task(
            registry.add(details("replacement-token-99", priority=7), replace=True)
        )
        # Cancelled twice: the second cancellation does not cut the undo short either.
        await cancel_at(backend.gate, task, times=2)
        await settled(registry)
        return registry, first, before, await registry.token(first.id)

    registry, first, before, token = asyncio.run(scenario())
    assert token == "the-first-token-4c1d"
    assert config.path.read_bytes() == before
    assert registry.endpoints() == [first]


def test_replace_cancelled_while_the_file_is_written_puts_both_back(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    long_token = "L" * 5000  # stored in several keyring entries

    async def scenario() -> tuple[Registry, RegisteredEndpoint, bytes, str]:
        registry = Registry(config, TokenStore())
        first = await registry.add(details("short-old-token"))
        before = config.path.read_bytes()
        config.gate.armed = True
        task = asyncio.create_task(registry.add(details(long_token), replace=True))
        await cancel_at(config.gate, task)
        await settled(registry)
        return registry, first, before, await registry.token(first.id)

    registry, first, before, token = asyncio.run(scenario())
    assert token == "short-old-token"
    assert backend.usernames(SERVICE) == [first.id]  # no chunk of the long token is left
    assert config.path.read_bytes() == before
    assert registry.endpoints() == [first]


def test_every_task_cancelled_at_once_as_when_the_loop_closes_still_undoes_the_token(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    registry = Registry(config, TokenStore())

    async def scenario() -> None:
        backend.gate.armed = True
        task = asyncio.create_task(registry.add(details("closing-time-token")))
        await backend.gate.wait_reached()
        # What asyncio.run does to the tasks left when its main coroutine returns.
        for other in asyncio.all_tasks() - {asyncio.current_task()}:
            other.cancel()
        await asyncio.sleep(0.02)
        backend.gate.open()
        with pytest.raises(asyncio.CancelledError):
            await task
        await settled(registry)

    asyncio.run(scenario())
    assert backend.usernames(SERVICE) == []
    assert not config.path.exists()
    assert registry.endpoints() == []


def test_a_cancelled_add_keeps_the_lock_until_it_is_taken_back(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    """A second add waiting for the lock sees the registry as if the first never happened."""
    registry = Registry(config, TokenStore())
    second = EndpointDetails("second-token-77", 2, "g2", "b.example.com", "wss://b/nbwss")

    async def scenario() -> RegisteredEndpoint:
        config.gate.armed = True
        first = asyncio.create_task(registry.add(details("first-token-66")))
        await config.gate.wait_reached()
        config.gate.armed = False
        later = asyncio.create_task(registry.add(second))
        await asyncio.sleep(0.02)
        assert not later.done()
        first.cancel()
        await asyncio.sleep(0.02)
        config.gate.open()
        with pytest.raises(asyncio.CancelledError):
            await first
        return await later

    entry = asyncio.run(scenario())
    assert registry.endpoints() == [entry]
    assert backend.usernames(SERVICE) == [entry.id]
    assert Registry(ConfigStore(config.path), TokenStore()).endpoints() == [entry]


def test_remove_cancelled_while_the_file_is_written_still_deletes_the_tokens(
    backend: GatedKeyring, config: GatedConfigStore
) -> None:
    async def scenario() -> Registry:
        registry, first, _ = await registry_with_one_endpoint(backend, config)
        config.gate.armed = True
        task = asyncio.create_task(registry.remove([first.id]))
        await cancel_at(config.gate, task)
        await settled(registry)
        return registry

    registry = asyncio.run(scenario())
    assert registry.endpoints() == []
    assert backend.usernames(SERVICE) == []
    assert Registry(ConfigStore(config.path), TokenStore()).endpoints() == []
