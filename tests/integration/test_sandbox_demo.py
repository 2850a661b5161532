"""Demo mode's registry (SPEC §6.2): wired to the sandbox, isolated from the user's keyring and
config."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from websockets.asyncio.client import connect

from nbwss_gui.domain import protocol
from nbwss_gui.sandbox.demo import CA_FILE_SETTING, DEMO_LABEL, setup_demo
from nbwss_gui.sandbox.server import Sandbox, SandboxError
from nbwss_gui.services import paths
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.tls import client_ssl_context


@pytest.fixture
def global_keyring() -> Iterator[MemoryKeyring]:
    """Stands in for the user's keyring: the demo must neither replace it nor write to it."""
    previous = keyring.get_keyring()
    stand_in = MemoryKeyring("the user's keyring")
    keyring.set_keyring(stand_in)
    try:
        yield stand_in
    finally:
        keyring.set_keyring(previous)


def test_demo_registers_the_sandbox_without_touching_the_users_keyring_or_config(
    global_keyring: MemoryKeyring,
) -> None:
    user_config = paths.config_file()

    async def main() -> None:
        async with Sandbox(command_interval=None) as sandbox:
            setup = await setup_demo(sandbox)
            try:
                registry = setup.registry
                assert DEMO_LABEL in registry.tokens.backend_name()
                assert setup.config_dir != user_config.parent
                assert registry.config.path.parent == setup.config_dir
                assert registry.settings()[CA_FILE_SETTING] == str(sandbox.ca_file)
                assert setup.ca_file == sandbox.ca_file

                registered = registry.endpoints()
                assert {e.url for e in registered} == {e.url for e in sandbox.endpoints}
                assert all(e.activated for e in registered)
                for endpoint in sandbox.endpoints:
                    endpoint_id = setup.endpoint_ids[endpoint.name]
                    assert await registry.token(endpoint_id) == endpoint.token
                    entry = registry.get(endpoint_id)
                    assert (entry.group_id, entry.priority) == (
                        endpoint.group_id,
                        endpoint.priority,
                    )
                # Tokens only in the demo keyring; the config file never holds one.
                stored = setup.config_dir.joinpath(paths.CONFIG_FILE_NAME).read_text()
                assert all(e.token not in stored for e in sandbox.endpoints)

                # What the demo registered really opens a connection with the sandbox CA.
                first = registered[0]
                token = await registry.token(first.id)
                async with connect(
                    first.url, ssl=client_ssl_context(setup.ca_file), proxy=None
                ) as ws:
                    request = protocol.connect_request(token)
                    await ws.send(request.encode())
                    answer = protocol.decode(await asyncio.wait_for(ws.recv(), 5))
                    assert protocol.connect_verdict(answer, request) is True
            finally:
                setup.close()
            assert not setup.config_dir.exists()

    asyncio.run(main())

    assert keyring.get_keyring() is global_keyring
    assert global_keyring.usernames("nbwss-gui") == []
    assert not user_config.exists()


def test_demo_needs_a_started_sandbox() -> None:
    with pytest.raises(SandboxError):
        asyncio.run(setup_demo(Sandbox()))


def test_demo_refuses_a_config_folder_that_holds_a_list(tmp_path: Path) -> None:
    (tmp_path / paths.CONFIG_FILE_NAME).write_text("{}")

    async def main() -> None:
        async with Sandbox(command_interval=None) as sandbox:
            with pytest.raises(SandboxError, match="exists already"):
                await setup_demo(sandbox, config_dir=tmp_path)

    asyncio.run(main())
    assert (tmp_path / paths.CONFIG_FILE_NAME).read_text() == "{}"
