"""Several registries on one config file, as the window, the commands and `monitor` are in
their own processes (SPEC §5.1): every change is a read-modify-write under the file's lock,
merged by endpoint id, and a holder of a copy follows what the others wrote."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.registry import Registry, RegistryError
from nbwss_gui.services.secrets import TokenStore

SERVICE = TokenStore.SERVICE


def details(name: str, *, group: str = "g1", priority: int = 1) -> EndpointDetails:
    return EndpointDetails(
        token=f"token-of-{name}-7c1d",
        priority=priority,
        group_id=group,
        host_name=f"{name}.example.com",
        url=f"wss://{name}.example.com/nbwss",
    )


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring("test")
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


def registry(path: Path) -> Registry:
    return Registry(ConfigStore(path), TokenStore())


def urls_in_file(path: Path) -> set[str]:
    return {e["url"] for e in json.loads(path.read_text())["endpoints"]}


def test_two_holders_never_lose_each_others_endpoints(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> None:
        window, terminal = registry(path), registry(path)
        await window.add(details("from-window"))
        # The terminal's copy was read before the window's add.
        await terminal.add(details("from-terminal"))
        assert urls_in_file(path) == {
            "wss://from-window.example.com/nbwss",
            "wss://from-terminal.example.com/nbwss",
        }
        # The window's next change keeps what the terminal added, and takes it in.
        first = window.endpoints()[0]
        await window.set_activated([first.id], False)
        assert len(urls_in_file(path)) == 2
        assert {e.url for e in window.endpoints()} == urls_in_file(path)

    asyncio.run(scenario())
    assert len(memory._secrets) == 2


def test_many_overlapping_writers_in_one_loop_lose_nothing(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> None:
        holders = [registry(path) for _ in range(4)]
        await asyncio.gather(
            *(
                holder.add(details(f"e{n}-{i}"))
                for n, holder in enumerate(holders)
                for i in range(10)
            )
        )

    asyncio.run(scenario())
    assert len(urls_in_file(path)) == 40
    assert len(memory._secrets) == 40


def test_the_same_url_from_two_holders_is_one_endpoint_and_no_orphan(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> list[object]:
        one, two = registry(path), registry(path)
        return await asyncio.gather(
            one.add(details("same")), two.add(details("same")), return_exceptions=True
        )

    outcomes = asyncio.run(scenario())
    refused = [o for o in outcomes if isinstance(o, RegistryError)]
    assert len(refused) == 1 and refused[0].kind == "duplicate"
    assert urls_in_file(path) == {"wss://same.example.com/nbwss"}
    assert len(memory._secrets) == 1


def test_remove_and_activate_apply_to_the_file_as_it_is_now(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> None:
        one, two = registry(path), registry(path)
        a = await one.add(details("a"))
        b = await two.add(details("b"))
        # `one` has never seen b, `two` removes a: each change keeps the other's.
        await two.remove([a.id])
        await one.reload()
        assert [e.id for e in one.endpoints()] == [b.id]
        with pytest.raises(RegistryError, match="no endpoint has the id"):
            await one.set_activated([a.id], False)

    asyncio.run(scenario())
    assert urls_in_file(path) == {"wss://b.example.com/nbwss"}
    assert len(memory._secrets) == 1


def test_a_follower_keeps_its_list_when_the_file_breaks_and_leaves_the_file(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"
    seen: list[str | None] = []

    async def scenario() -> None:
        holder = registry(path)
        await holder.add(details("kept"))
        holder.subscribe(lambda: seen.append(holder.problem))
        path.write_text('{"formatVersion": 1, "endpoints": [}\n')
        assert await holder.reload() is False
        assert [e.host_name for e in holder.endpoints()] == ["kept.example.com"]
        assert holder.problem is not None
        assert "line 1, column 36" in holder.problem
        # A change refuses to write over the broken file, and says why.
        with pytest.raises(RegistryError, match="cannot be read"):
            await holder.add(details("new"))
        # Mended by hand: followed again.
        path.write_text(json.dumps({"formatVersion": 1, "endpoints": [], "settings": {}}))
        assert await holder.reload() is True
        assert holder.endpoints() == []
        assert holder.problem is None

    asyncio.run(scenario())
    assert not [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert seen[0] is not None and seen[-1] is None


def test_follow_picks_up_another_writer_within_a_poll(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> float:
        watcher, writer = registry(path), registry(path)
        changed = asyncio.Event()
        watcher.subscribe(changed.set)
        follow = asyncio.ensure_future(watcher.follow(interval=0.02))
        loop = asyncio.get_running_loop()
        try:
            started = loop.time()
            await writer.add(details("outside"))
            await asyncio.wait_for(changed.wait(), 2)
            return loop.time() - started
        finally:
            follow.cancel()

    took = asyncio.run(scenario())
    assert took < 1.0


def test_a_config_that_is_a_symlink_is_written_through_the_link(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    real = tmp_path / "elsewhere" / "real-endpoints.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"formatVersion": 1, "endpoints": [], "settings": {}}))
    link = tmp_path / "profile" / "endpoints.json"
    link.parent.mkdir()
    os.symlink(real, link)

    asyncio.run(registry(link).add(details("through")))

    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert urls_in_file(real) == {"wss://through.example.com/nbwss"}
    assert not [p for p in real.parent.iterdir() if p.name.endswith(".tmp")]


def test_edit_changes_priority_and_activation_and_keeps_the_token(
    memory: MemoryKeyring, tmp_path: Path
) -> None:
    path = tmp_path / "endpoints.json"

    async def scenario() -> None:
        holder = registry(path)
        entry = await holder.add(details("edited", priority=5))
        edited = await holder.edit(entry.id, priority=0, activated=False)
        assert (edited.id, edited.priority, edited.activated) == (entry.id, 0, False)
        assert await holder.token(entry.id) == "token-of-edited-7c1d"
        with pytest.raises(RegistryError, match="between 0 and 2147483647") as caught:
            await holder.edit(entry.id, priority=2_147_483_648)
        assert caught.value.kind == "invalid"
        with pytest.raises(RegistryError, match="whole number"):
            await holder.edit(entry.id, priority=1.5)  # type: ignore[arg-type]
        assert holder.get(entry.id).priority == 0

    asyncio.run(scenario())
    (saved,) = json.loads(path.read_text())["endpoints"]
    assert (saved["priority"], saved["activated"]) == (0, False)
