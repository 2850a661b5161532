"""Registry: keyring and config file kept in step, with nothing half-saved on any failure."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, KeyringLocked

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.registered import NewEndpoint
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.registry import Registry, RegistryError
from nbwss_gui.services.secrets import NO_BACKEND_MESSAGE, TIMEOUT_MESSAGE, TokenStore

SERVICE = TokenStore.SERVICE
PIN = ":".join(["0F"] * 32)


def details(
    name: str = "a", *, token: str | None = None, priority: int = 1, group: str = "g1"
) -> EndpointDetails:
    return EndpointDetails(
        token=token if token is not None else f"token-for-{name}-5f3a9c",
        priority=priority,
        group_id=group,
        host_name=f"{name}.example.com",
        url=f"wss://{name}.example.com/nbwss",
    )


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    broken: frozenset[str] = frozenset()
    writes_before_failure = 0

    def get_password(self, service: str, username: str) -> str | None:
        if "get" in self.broken:
            raise KeyringError("the backend broke during get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if "set" in self.broken:
            if self.writes_before_failure == 0:
                raise KeyringError("the backend broke during set")
            self.writes_before_failure -= 1
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if "delete" in self.broken:
            raise KeyringError("the backend broke during delete")
        super().delete_password(service, username)


class BlockingKeyring(MemoryKeyring):
    def __init__(self, label: str = "blocking") -> None:
        super().__init__(label)
        self.release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)
        super().set_password(service, username, password)


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    previous = keyring.core._keyring_backend
    yield keyring.set_keyring
    keyring.core._keyring_backend = previous


@pytest.fixture
def memory(use_keyring: Callable[[KeyringBackend], None]) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_keyring(backend)
    return backend


@pytest.fixture
def config_path(_isolated_dirs: Path) -> Path:
    return _isolated_dirs / "endpoints.json"


def open_registry(path: Path, **token_options: float) -> Registry:
    return Registry(ConfigStore(path), TokenStore(**token_options))  # type: ignore[arg-type]


def file_ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [e["id"] for e in json.loads(path.read_text("utf-8"))["endpoints"]]


def break_config_folder(path: Path) -> None:
    """Put a regular file where the config folder is: saving fails, for root too."""
    folder = path.parent
    folder.rename(folder.with_name(folder.name + "-gone"))
    folder.write_text("not a folder")


def test_add_puts_the_token_in_the_keyring_and_the_rest_in_the_file(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a"), pinned_sha256=PIN.lower()))
    assert memory.get_password(SERVICE, entry.id) == "token-for-a-5f3a9c"
    assert file_ids(config_path) == [entry.id]
    assert "token-for-a" not in config_path.read_text("utf-8")
    assert entry.pinned_sha256 == PIN and entry.activated
    assert registry.get(entry.id) == entry
    assert asyncio.run(registry.token(entry.id)) == "token-for-a-5f3a9c"
    reopened = open_registry(config_path)
    assert reopened.endpoints() == [entry]
    assert reopened.load_notice is None


def test_open_default_uses_the_config_folder(memory: MemoryKeyring, _isolated_dirs: Path) -> None:
    registry = Registry.open_default()
    assert registry.config.path == _isolated_dirs / "endpoints.json"
    entry = asyncio.run(registry.add(details("d")))
    assert file_ids(_isolated_dirs / "endpoints.json") == [entry.id]


def test_same_url_is_refused_unless_replacing_which_keeps_the_id(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)

    async def scenario() -> None:
        first = await registry.add(details("a"))
        await registry.set_activated([first.id], False)
        same = EndpointDetails(
            "new-token-77", 4, "g9", "a.example.com", "WSS://A.Example.com:443/nbwss"
        )
        with pytest.raises(RegistryError) as caught:
            await registry.add(same)
        assert caught.value.kind == "duplicate"
        assert "already registered" in caught.value.message
        assert await registry.token(first.id) == "token-for-a-5f3a9c"
        second = await registry.add(same, replace=True)
        assert second.id == first.id
        assert (second.priority, second.group_id, second.activated) == (4, "g9", False)
        assert second.added_at == first.added_at
        assert await registry.token(first.id) == "new-token-77"
        assert len(registry.endpoints()) == 1

    asyncio.run(scenario())


def test_an_endpoint_whose_token_was_lost_can_still_be_replaced(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    first = asyncio.run(registry.add(details("a", token="q" * 6000)))
    memory.delete_password(SERVICE, f"{first.id}#2")
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.token(first.id))
    assert caught.value.kind == "missing"
    second = asyncio.run(registry.add(details("a", token="fresh-token"), replace=True))
    assert second.id == first.id
    assert asyncio.run(registry.token(first.id)) == "fresh-token"
    assert memory.usernames(SERVICE) == [first.id]


def test_find_by_url_ignores_case_of_scheme_and_host(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a")))
    assert registry.find_by_url("WSS://A.EXAMPLE.COM/nbwss") == entry
    assert registry.find_by_url("wss://a.example.com/NBWSS") is None


def test_endpoints_are_sorted_by_group_then_priority(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)

    async def scenario() -> None:
        await registry.add(details("c", priority=0, group="g2"))
        await registry.add(details("b", priority=2, group="g1"))
        await registry.add(details("a", priority=2, group="g1"))
        await registry.add(details("z", priority=1, group="g1"))

    asyncio.run(scenario())
    assert [e.host_name[0] for e in registry.endpoints()] == ["z", "a", "b", "c"]


@pytest.mark.parametrize(
    ("backend", "kind", "words"),
    [
        (fail.Keyring(), "no-backend", NO_BACKEND_MESSAGE),
        (LockedKeyring(), "locked", "locked"),
    ],
    ids=["no-backend", "locked"],
)
def test_no_usable_keyring_saves_nothing(  # noqa: PLR0917
    use_keyring: Callable[[KeyringBackend], None],
    config_path: Path,
    backend: KeyringBackend,
    kind: str,
    words: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    use_keyring(backend)
    registry = open_registry(config_path)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add(details("a")))
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert not config_path.exists()
    assert registry.endpoints() == []
    # Nothing was written, so nothing is said about undoing a write.
    assert "could not undo" not in caplog.text


def test_keyring_failing_half_way_through_a_long_token_leaves_nothing(
    use_keyring: Callable[[KeyringBackend], None], config_path: Path
) -> None:
    backend = BrokenKeyring()
    backend.broken = frozenset({"set"})
    backend.writes_before_failure = 3
    use_keyring(backend)
    registry = open_registry(config_path)
    token = "x" * 12_000
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add(details("a", token=token)))
    assert caught.value.kind == "failed"
    assert "the backend broke during set" in caught.value.message
    assert token[:100] not in caught.value.message
    assert backend.usernames(SERVICE) == []
    assert not config_path.exists()


def test_keyring_failing_on_get_when_replacing_changes_nothing(
    use_keyring: Callable[[KeyringBackend], None], config_path: Path
) -> None:
    backend = BrokenKeyring()
    use_keyring(backend)
    registry = open_registry(config_path)
    first = asyncio.run(registry.add(details("a")))
    before = config_path.read_bytes()
    backend.broken = frozenset({"get"})
    with pytest.raises(RegistryError, match="the backend broke during get"):
        asyncio.run(registry.add(details("a", token="replacement-token"), replace=True))
    backend.broken = frozenset()
    assert backend.get_password(SERVICE, first.id) == "token-for-a-5f3a9c"
    assert config_path.read_bytes() == before


def test_timeout_saves_nothing_and_undoes_the_late_write(
    use_keyring: Callable[[KeyringBackend], None], config_path: Path
) -> None:
    backend = BlockingKeyring()
    use_keyring(backend)
    registry = open_registry(config_path, timeout=0.05)

    async def scenario() -> None:
        try:
            with pytest.raises(RegistryError) as caught:
                await registry.add(details("a"))
        finally:
            backend.release.set()
        assert caught.value.kind == "timeout"
        assert caught.value.message == TIMEOUT_MESSAGE
        assert not config_path.exists()
        registry.tokens.timeout = 10
        for _ in range(200):
            if not registry._writes._undoing:
                break
            await asyncio.sleep(0.01)
        assert not registry._writes._undoing

    asyncio.run(scenario())
    assert backend.usernames(SERVICE) == []
    assert registry.endpoints() == []


def test_file_write_failure_removes_the_new_token(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    break_config_folder(config_path)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add(details("a", token="y" * 9000)))
    assert caught.value.kind == "config"
    assert str(config_path.parent) in caught.value.message
    assert memory.usernames(SERVICE) == []
    assert registry.endpoints() == []


def test_file_write_failure_when_replacing_restores_the_old_token(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    first = asyncio.run(registry.add(details("a", token="z" * 7000)))
    break_config_folder(config_path)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add(details("a", token="short-new-token", priority=8), replace=True))
    assert caught.value.kind == "config"
    assert asyncio.run(registry.tokens.get(first.id)) == "z" * 7000
    assert registry.endpoints() == [first]


def test_remove_deletes_file_entry_and_token(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)

    async def scenario() -> tuple[str, str]:
        a = await registry.add(details("a", token="w" * 5000))
        b = await registry.add(details("b"))
        await registry.remove([a.id])
        return a.id, b.id

    removed, kept = asyncio.run(scenario())
    assert file_ids(config_path) == [kept]
    assert memory.usernames(SERVICE) == [kept]
    with pytest.raises(RegistryError) as caught:
        registry.get(removed)
    assert caught.value.kind == "not-found"


def test_remove_of_an_unknown_id_changes_nothing(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a")))
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.remove([entry.id, "f" * 32]))
    assert caught.value.kind == "not-found"
    assert file_ids(config_path) == [entry.id]
    assert memory.usernames(SERVICE) == [entry.id]


def test_remove_reports_a_keyring_failure_after_saving_the_file(
    use_keyring: Callable[[KeyringBackend], None], config_path: Path
) -> None:
    backend = BrokenKeyring()
    use_keyring(backend)
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a")))
    changes: list[int] = []
    registry.subscribe(lambda: changes.append(1))
    backend.broken = frozenset({"delete"})
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.remove([entry.id]))
    assert "Removed from the list" in caught.value.message
    assert "the backend broke during delete" in caught.value.message
    assert file_ids(config_path) == []
    assert registry.endpoints() == []
    assert changes == [1]


def test_activation_persists_across_a_new_registry(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)

    async def scenario() -> list[str]:
        a = await registry.add(details("a"))
        b = await registry.add(details("b"))
        off = await registry.set_activated([a.id, b.id], False)
        assert [e.activated for e in off] == [False, False]
        on = await registry.set_activated([b.id], True)
        assert on[0].activated and on[0].changed_at >= on[0].added_at
        return [a.id, b.id]

    a_id, b_id = asyncio.run(scenario())
    reopened = open_registry(config_path)
    assert reopened.get(a_id).activated is False
    assert reopened.get(b_id).activated is True
    assert reopened.get(a_id).state == "DEACTIVATED"


def test_pin_persists_and_bad_pins_are_refused(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a")))
    pinned = asyncio.run(registry.set_pin(entry.id, "0f" * 32))
    assert pinned.pinned_sha256 == PIN
    assert open_registry(config_path).get(entry.id).pinned_sha256 == PIN
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.set_pin(entry.id, "not-a-fingerprint"))
    assert caught.value.kind == "invalid"
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add(details("b"), pinned_sha256="12:34"))
    assert caught.value.kind == "invalid"
    assert registry.find_by_url(details("b").url) is None
    asyncio.run(registry.set_pin(entry.id, None))
    assert open_registry(config_path).get(entry.id).pinned_sha256 is None


def test_settings_are_saved_with_the_endpoints(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    entry = asyncio.run(registry.add(details("a")))
    asyncio.run(registry.set_settings({"connectionInfo.period": "45"}))
    reopened = open_registry(config_path)
    assert reopened.settings() == {"connectionInfo.period": "45"}
    assert reopened.endpoints() == [entry]


def test_subscribers_hear_every_change_until_they_unsubscribe(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    heard: list[str] = []
    stop = registry.subscribe(lambda: heard.append("first"))

    def failing() -> None:
        raise RuntimeError("a subscriber bug must not break the registry")

    registry.subscribe(failing)
    registry.subscribe(lambda: heard.append("last"))

    async def scenario() -> None:
        entry = await registry.add(details("a"))
        await registry.set_activated([entry.id], False)
        await registry.set_activated([entry.id], False)  # no change, no call
        stop()
        await registry.set_pin(entry.id, PIN)
        await registry.remove([entry.id])

    asyncio.run(scenario())
    assert heard == ["first", "last", "first", "last", "last", "last"]


def test_concurrent_adds_both_land_in_the_file(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)

    async def scenario() -> None:
        await asyncio.gather(*(registry.add(details(name)) for name in "abcdef"))

    asyncio.run(scenario())
    assert len(file_ids(config_path)) == 6
    assert len(memory.usernames(SERVICE)) == 6


def test_corrupt_file_is_moved_aside_and_the_notice_says_where(
    memory: MemoryKeyring, config_path: Path
) -> None:
    original = b'{"formatVersion": 1, "endpoints": [ {"id": oops'
    config_path.write_bytes(original)
    registry = open_registry(config_path)
    assert registry.endpoints() == []
    assert registry.load_notice is not None
    moved = [p for p in config_path.parent.iterdir() if p.name != "endpoints.json"]
    assert len(moved) == 1
    assert re.fullmatch(r"endpoints\.json\.corrupt-\d{8}T\d{6}Z", moved[0].name)
    assert str(moved[0]) in registry.load_notice
    assert "could not be read" in registry.load_notice
    assert moved[0].read_bytes() == original
    asyncio.run(registry.add(details("a")))
    assert moved[0].read_bytes() == original


# Several endpoints added together (the dialog's several files): all of them, or none.


def test_several_are_added_in_one_change_in_the_order_given(
    memory: MemoryKeyring, config_path: Path
) -> None:
    registry = open_registry(config_path)
    heard: list[int] = []
    registry.subscribe(lambda: heard.append(len(registry.endpoints())))
    added = asyncio.run(
        registry.add_all([NewEndpoint(details(n, priority=i)) for i, n in enumerate("abc", 1)])
    )
    assert [e.host_name for e in added] == ["a.example.com", "b.example.com", "c.example.com"]
    assert sorted(file_ids(config_path)) == sorted(e.id for e in added)
    assert {memory.get_password(SERVICE, e.id) for e in added} == {
        f"token-for-{n}-5f3a9c" for n in "abc"
    }
    assert heard == [3], "one change, told once"


def test_one_registered_already_refuses_them_all(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    first = asyncio.run(registry.add(details("b")))
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add_all([NewEndpoint(details("a")), NewEndpoint(details("b"))]))
    assert caught.value.kind == "duplicate"
    assert "wss://b.example.com/nbwss is already registered" in caught.value.message
    assert file_ids(config_path) == [first.id]
    assert memory.usernames(SERVICE) == [first.id]


def test_the_same_url_twice_is_refused(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    twin = details("a", token="another-token-77c1", priority=2)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add_all([NewEndpoint(details("a")), NewEndpoint(twin)]))
    assert caught.value.kind == "duplicate"
    assert "is given twice (a.example.com and a.example.com)" in caught.value.message
    assert not config_path.exists() and memory.usernames(SERVICE) == []


def test_the_keyring_failing_at_the_second_token_takes_the_first_back(
    use_keyring: Callable[[KeyringBackend], None], config_path: Path
) -> None:
    backend = BrokenKeyring()
    backend.broken = frozenset({"set"})
    backend.writes_before_failure = 1
    use_keyring(backend)
    registry = open_registry(config_path)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add_all([NewEndpoint(details("a")), NewEndpoint(details("b"))]))
    assert "the backend broke during set" in caught.value.message
    assert backend.usernames(SERVICE) == []
    assert not config_path.exists()
    assert registry.endpoints() == []


def test_the_file_failing_takes_every_token_back(memory: MemoryKeyring, config_path: Path) -> None:
    registry = open_registry(config_path)
    kept = asyncio.run(registry.add(details("k")))
    break_config_folder(config_path)
    with pytest.raises(RegistryError) as caught:
        asyncio.run(registry.add_all([NewEndpoint(details("a")), NewEndpoint(details("b"))]))
    assert caught.value.kind == "config"
    assert memory.usernames(SERVICE) == [kept.id]
    assert [e.id for e in registry.endpoints()] == [kept.id]
