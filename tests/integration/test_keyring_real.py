"""TokenStore and Registry against a real Secret Service (gnome-keyring in CI).

Skipped when no Secret Service is reachable, unless NBWSS_GUI_REQUIRE_REAL_KEYRING=1: then the
missing service is a failure, so CI cannot pass without having run these tests.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.registry import Registry
from nbwss_gui.services.secrets import SecretStoreError, TokenStore

from .secret_service import SERVICE, secret_service_or_skip

pytestmark = pytest.mark.realkeyring


@pytest.fixture
def secret_service() -> KeyringBackend:
    return secret_service_or_skip()


@pytest.fixture
def created() -> list[str]:
    """Ids of the entries a test makes, deleted from the keyring afterwards."""
    return []


@pytest.fixture
def store(secret_service: KeyringBackend, created: list[str]) -> Iterator[TokenStore]:
    tokens = TokenStore(backend=secret_service, timeout=20)
    yield tokens
    for endpoint_id in created:
        asyncio.run(tokens.delete(endpoint_id))
    leftovers = [i for i in created if entries_for(secret_service, i)]
    assert leftovers == [], "entries were left in the keyring"


def entries_for(backend: KeyringBackend, endpoint_id: str, up_to: int = 40) -> list[str]:
    names = [endpoint_id, *(f"{endpoint_id}#{i}" for i in range(1, up_to + 1))]
    return [n for n in names if backend.get_password(SERVICE, n) is not None]


def test_token_round_trip(
    store: TokenStore, secret_service: KeyringBackend, created: list[str]
) -> None:
    endpoint_id = uuid.uuid4().hex
    created.append(endpoint_id)
    token = f"real-keyring-token-{uuid.uuid4().hex}"
    asyncio.run(store.set(endpoint_id, token))
    assert asyncio.run(store.get(endpoint_id)) == token
    assert secret_service.get_password(SERVICE, endpoint_id) == token
    assert "SecretService" in store.backend_name()


def test_long_token_is_chunked_and_deleted_whole(
    store: TokenStore, secret_service: KeyringBackend, created: list[str]
) -> None:
    endpoint_id = uuid.uuid4().hex
    created.append(endpoint_id)
    token = (uuid.uuid4().hex + "é漢😀") * 470  # about 16 KiB of UTF-8
    assert len(token.encode()) >= 16 * 1024

    async def scenario() -> None:
        await store.set(endpoint_id, token)
        assert await store.get(endpoint_id) == token
        stored = entries_for(secret_service, endpoint_id)
        assert len(stored) > 8
        header = secret_service.get_password(SERVICE, endpoint_id)
        assert header == f"nbwss-chunks:{len(stored) - 1}"
        await store.set(endpoint_id, token[:3000])
        assert await store.get(endpoint_id) == token[:3000]
        assert 1 < len(entries_for(secret_service, endpoint_id)) < len(stored)
        await store.delete(endpoint_id)
        assert entries_for(secret_service, endpoint_id) == []
        with pytest.raises(SecretStoreError) as caught:
            await store.get(endpoint_id)
        assert caught.value.kind == "missing"
        await store.delete(endpoint_id)

    asyncio.run(scenario())


def test_registry_add_and_remove(
    store: TokenStore, secret_service: KeyringBackend, created: list[str], tmp_path: Path
) -> None:
    token = f"registry-real-token-{uuid.uuid4().hex}" * 100
    registry = Registry(ConfigStore(tmp_path / "cfg" / "endpoints.json"), store)
    details = EndpointDetails(token, 1, "real-group", "real.example.com", "wss://real.example.com/")

    async def scenario() -> None:
        entry = await registry.add(details)
        created.append(entry.id)
        assert await registry.token(entry.id) == token
        assert entries_for(secret_service, entry.id)
        config_text = registry.config.path.read_text("utf-8")
        assert entry.id in config_text and token[:40] not in config_text
        await registry.remove([entry.id])
        assert entries_for(secret_service, entry.id) == []
        assert Registry(ConfigStore(registry.config.path), store).endpoints() == []

    asyncio.run(scenario())
