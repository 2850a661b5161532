"""TokenStore: chunking for Windows' size cap, and every keyring failure in plain words."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, KeyringLocked, PasswordSetError

from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.secrets import (
    NO_BACKEND_MESSAGE,
    NO_BACKEND_READ_MESSAGE,
    TIMEOUT_MESSAGE,
    SecretStoreError,
    TokenStore,
)

SERVICE = TokenStore.SERVICE
ENDPOINT = "0123456789abcdef0123456789abcdef"
WINDOWS_LIMIT = 2560


class WindowsLikeKeyring(MemoryKeyring):
    """Refuses secrets over 2,560 bytes of UTF-16, as Windows Credential Locker does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        size = len(password.encode("utf-16-le"))
        if size > WINDOWS_LIMIT:
            # Echo part of the secret, as a careless backend might: it must not get through.
            raise PasswordSetError(f"blob of {size} bytes is too large: {password}")
        super().set_password(service, username, password)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    """Raises on the operations named in `broken`, after `after` successful writes."""

    broken: frozenset[str] = frozenset()
    after = 0

    def _maybe_fail(self, operation: str, secret: str = "") -> None:
        if operation in self.broken:
            if operation == "set" and self.after > 0:
                self.after -= 1
                return
            raise KeyringError(f"the backend broke during {operation} {secret}".strip())

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set", password)
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail("delete")
        super().delete_password(service, username)


class BlockingKeyring(MemoryKeyring):
    """Stands for an unlock prompt nobody answers: every call waits for `release`."""

    def __init__(self, label: str = "blocking") -> None:
        super().__init__(label)
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return super().get_password(service, username)


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    previous = keyring.core._keyring_backend

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.core._keyring_backend = previous


@pytest.fixture
def memory(use_keyring: Callable[[KeyringBackend], KeyringBackend]) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_keyring(backend)
    return backend


def token_of(size: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789-_") -> str:
    return "".join(alphabet[(i * 7 + i // 13) % len(alphabet)] for i in range(size))


def run_failure(coroutine: object) -> SecretStoreError:
    with pytest.raises(SecretStoreError) as caught:
        asyncio.run(coroutine)  # type: ignore[arg-type]
    return caught.value


def test_short_token_round_trips_in_one_entry(memory: MemoryKeyring) -> None:
    store = TokenStore()
    asyncio.run(store.set(ENDPOINT, "short-secret"))
    assert asyncio.run(store.get(ENDPOINT)) == "short-secret"
    assert memory.usernames(SERVICE) == [ENDPOINT]


@pytest.mark.parametrize(
    "token",
    [
        token_of(16 * 1024),
        token_of(16 * 1024, "é€漢字😀ab"),  # 2-, 3- and 4-byte UTF-8; surrogate pairs in UTF-16
    ],
    ids=["ascii-16KiB", "non-ascii-16KiB"],
)
def test_long_token_round_trips_within_the_windows_limit(
    use_keyring: Callable[[KeyringBackend], KeyringBackend], token: str
) -> None:
    backend = use_keyring(WindowsLikeKeyring())
    assert isinstance(backend, WindowsLikeKeyring)
    store = TokenStore()
    asyncio.run(store.set(ENDPOINT, token))
    assert asyncio.run(store.get(ENDPOINT)) == token
    names = backend.usernames(SERVICE)
    header = backend.get_password(SERVICE, ENDPOINT)
    assert header is not None and header.startswith("nbwss-chunks:")
    count = int(header.split(":")[1])
    assert count >= 8
    assert sorted(names) == sorted([ENDPOINT, *(f"{ENDPOINT}#{i}" for i in range(1, count + 1))])
    for name in names:
        stored = backend.get_password(SERVICE, name)
        assert stored is not None
        assert len(stored.encode("utf-8")) <= 2000
        assert len(stored.encode("utf-16-le")) <= 2000


def test_the_fake_really_enforces_the_limit(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    backend = use_keyring(WindowsLikeKeyring())
    token = token_of(16 * 1024)
    error = run_failure(TokenStore(chunk_bytes=1_000_000).set(ENDPOINT, token))
    assert error.kind == "failed"
    assert "too large" in error.message
    assert token[:64] not in error.message and token[:64] not in repr(error)
    assert isinstance(backend, WindowsLikeKeyring)
    assert backend.usernames(SERVICE) == []


def test_shrinking_a_token_leaves_no_stale_chunks(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    backend = use_keyring(WindowsLikeKeyring())
    assert isinstance(backend, WindowsLikeKeyring)
    store = TokenStore()

    async def scenario() -> None:
        await store.set(ENDPOINT, token_of(16 * 1024))
        many = len(backend.usernames(SERVICE))
        await store.set(ENDPOINT, token_of(5000, "xyz"))
        fewer = backend.usernames(SERVICE)
        assert 1 < len(fewer) < many
        assert fewer == sorted([ENDPOINT, *(f"{ENDPOINT}#{i}" for i in range(1, len(fewer)))])
        assert await store.get(ENDPOINT) == token_of(5000, "xyz")
        await store.set(ENDPOINT, "tiny")
        assert backend.usernames(SERVICE) == [ENDPOINT]
        assert await store.get(ENDPOINT) == "tiny"

    asyncio.run(scenario())


def test_a_token_that_looks_like_a_header_is_not_mistaken_for_one(memory: MemoryKeyring) -> None:
    store = TokenStore()
    asyncio.run(store.set(ENDPOINT, "nbwss-chunks:3"))
    assert asyncio.run(store.get(ENDPOINT)) == "nbwss-chunks:3"


def test_delete_removes_every_chunk_and_a_missing_token_is_fine(memory: MemoryKeyring) -> None:
    store = TokenStore()
    other = "f" * 32

    async def scenario() -> None:
        await store.set(ENDPOINT, token_of(9000))
        await store.set(other, "keep-me")
        assert len(memory.usernames(SERVICE)) > 3
        await store.delete(ENDPOINT)
        await store.delete(ENDPOINT)
        await store.delete("e" * 32)

    asyncio.run(scenario())
    assert memory.usernames(SERVICE) == [other]
    assert memory.get_password(SERVICE, other) == "keep-me"


def test_orphans_right_after_the_last_chunk_are_deleted(memory: MemoryKeyring) -> None:
    store = TokenStore()

    async def scenario() -> None:
        await store.set(ENDPOINT, token_of(5000))
        header = memory.get_password(SERVICE, ENDPOINT)
        assert header is not None
        count = int(header.split(":")[1])
        memory.set_password(SERVICE, f"{ENDPOINT}#{count + 1}", "orphan")
        await store.delete(ENDPOINT)

    asyncio.run(scenario())
    assert memory.usernames(SERVICE) == []


def test_get_of_a_missing_token_says_so(memory: MemoryKeyring) -> None:
    error = run_failure(TokenStore().get(ENDPOINT))
    assert error.kind == "missing"
    assert "add the endpoint again" in error.message


def test_get_of_a_token_with_a_lost_chunk_is_a_failure(memory: MemoryKeyring) -> None:
    store = TokenStore()
    asyncio.run(store.set(ENDPOINT, token_of(6000)))
    memory.delete_password(SERVICE, f"{ENDPOINT}#2")
    error = run_failure(store.get(ENDPOINT))
    assert error.kind == "missing"
    assert "part 2 of" in error.message


@pytest.mark.parametrize("backend_class", [fail.Keyring, null.Keyring])
@pytest.mark.parametrize("operation", ["set", "get", "delete"])
def test_no_backend(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
    backend_class: type[KeyringBackend],
    operation: str,
) -> None:
    use_keyring(backend_class())
    store = TokenStore()
    call = {
        "set": lambda: store.set(ENDPOINT, "secret-value"),
        "get": lambda: store.get(ENDPOINT),
        "delete": lambda: store.delete(ENDPOINT),
    }[operation]
    error = run_failure(call())
    assert error.kind == "no-backend"
    if operation == "get":
        # A read saves nothing, so it does not say that nothing was saved.
        assert error.message == NO_BACKEND_READ_MESSAGE
        assert "Nothing was saved" not in str(error)
    else:
        assert error.message == NO_BACKEND_MESSAGE
        assert "Nothing was saved" in str(error)


def test_locked(use_keyring: Callable[[KeyringBackend], KeyringBackend]) -> None:
    use_keyring(LockedKeyring())
    error = run_failure(TokenStore().set(ENDPOINT, "secret-value"))
    assert error.kind == "locked"
    assert "locked" in error.message and "unlock" in error.message
    assert "secret-value" not in error.message


@pytest.mark.parametrize("operation", ["set", "get", "delete"])
def test_backend_failure_keeps_its_message_but_not_the_token(
    use_keyring: Callable[[KeyringBackend], KeyringBackend], operation: str
) -> None:
    backend = BrokenKeyring()
    backend.set_password(SERVICE, ENDPOINT, "old-secret")
    backend.broken = frozenset({operation})
    use_keyring(backend)
    store = TokenStore()
    call = {
        "set": lambda: store.set(ENDPOINT, "new-secret-value"),
        "get": lambda: store.get(ENDPOINT),
        "delete": lambda: store.delete(ENDPOINT),
    }[operation]
    error = run_failure(call())
    assert error.kind == "failed"
    assert f"the backend broke during {operation}" in error.message
    assert "new-secret-value" not in error.message
    assert "old-secret" not in error.message
    assert "new-secret-value" not in repr(error)


def test_a_chunk_echoed_by_a_failing_backend_is_cut_out(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    backend = BrokenKeyring()
    backend.broken = frozenset({"set"})
    backend.after = 2  # the third part fails, and the backend quotes it
    use_keyring(backend)
    token = token_of(9000, "abcdefghij")
    store = TokenStore()
    error = run_failure(store.set(ENDPOINT, token))
    assert error.kind == "failed"
    assert "<token>" in error.message
    for part in store.split(token):
        assert part not in error.message


def test_timeout_does_not_wait_for_the_keyring(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    backend = BlockingKeyring()
    use_keyring(backend)
    store = TokenStore(timeout=0.05)
    started = time.monotonic()
    try:
        error = run_failure(store.get(ENDPOINT))
    finally:
        backend.release.set()
    assert time.monotonic() - started < 2
    assert error.kind == "timeout"
    assert error.message == TIMEOUT_MESSAGE


def test_calls_after_a_timeout_run_in_order_once_the_keyring_answers(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    backend = BlockingKeyring()
    use_keyring(backend)
    store = TokenStore(timeout=0.05)

    async def scenario() -> None:
        with pytest.raises(SecretStoreError):
            await store.set(ENDPOINT, "late-secret")
        backend.release.set()
        store.timeout = 10
        # Queued behind the timed-out write, so it sees that write done.
        assert await store.get(ENDPOINT) == "late-secret"

    asyncio.run(scenario())


def test_backend_name_and_explicit_backend() -> None:
    demo = MemoryKeyring("DEMO")
    store = TokenStore(backend=demo)
    assert "DEMO" in store.backend_name()
    asyncio.run(store.set(ENDPOINT, "demo-secret"))
    assert demo.get_password(SERVICE, ENDPOINT) == "demo-secret"


def test_split_respects_both_encodings() -> None:
    store = TokenStore(chunk_bytes=16)
    token = "ab😀漢é" * 10
    parts = store.split(token)
    assert "".join(parts) == token
    assert all(len(p.encode("utf-16-le")) <= 16 and len(p.encode()) <= 16 for p in parts)
    assert all(parts)


def test_tokens_read_or_stored_are_hidden_from_the_log_until_deleted(
    memory: MemoryKeyring,
) -> None:
    from nbwss_gui.services import logs

    first, second = "tok-first-9f3a1c2b", "tok-second-4e8d7a6f"
    store = TokenStore()
    try:
        asyncio.run(store.set(ENDPOINT, first))
        assert first not in logs.redact(f"sent {first}")
        # Another process stored a new token: reading it hides it, and the old one is let go.
        memory.set_password(SERVICE, ENDPOINT, second)
        assert asyncio.run(store.get(ENDPOINT)) == second
        assert second not in logs.redact(f"sent {second}")
        assert first in logs.redact(f"sent {first}")
        # Reading it again does not count it twice: one delete forgets it.
        asyncio.run(store.get(ENDPOINT))
        asyncio.run(store.delete(ENDPOINT))
        assert second in logs.redact(f"sent {second}")
    finally:
        logs.forget_secret(first)
        logs.forget_secret(second)


class PromptDismissedException(Exception):
    """What secretstorage raises when the person dismisses the unlock prompt."""


class DismissingKeyring(LockedKeyring):
    """A keyring whose unlock prompt the person dismisses, as the Secret Service reports it."""

    def get_password(self, service: str, username: str) -> str | None:
        raise PromptDismissedException("Prompt dismissed.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PromptDismissedException("Prompt dismissed.")


@pytest.mark.parametrize("operation", ["set", "get"])
def test_a_dismissed_unlock_prompt_is_locked_not_failed(
    use_keyring: Callable[[KeyringBackend], KeyringBackend], operation: str
) -> None:
    use_keyring(DismissingKeyring())
    store = TokenStore()
    call = store.set(ENDPOINT, "secret-value") if operation == "set" else store.get(ENDPOINT)
    error = run_failure(call)
    assert error.kind == "locked"
    assert "locked" in error.message and "unlock" in error.message
    assert "Prompt dismissed" in error.message
    assert ("Nothing was saved" in error.message) is (operation == "set")


def test_a_read_of_a_locked_keyring_does_not_speak_of_saving(
    use_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> None:
    use_keyring(LockedKeyring())
    error = run_failure(TokenStore().get(ENDPOINT))
    assert error.kind == "locked"
    assert "unlock" in error.message
    assert "Nothing was saved" not in error.message
