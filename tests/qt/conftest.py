"""Fixtures for the Qt tests: asyncio on the Qt loop, an in-memory keyring, a real registry.

One qasync loop serves the whole session, made the running loop only while a test that asks
for it runs: a loop stopped per test would quit the QApplication, and a loop left current
would make `asyncio.run` fail in the tests that do not use Qt. The loop is kept on the
application object (`session_loop`), so that Qt tests in other folders share it rather than
start a second loop on the same application.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
import trustme
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

RunCoro = Callable[..., Any]

CLEANUP_MS = 2_000
SESSION_LOOP = "_test_session_loop"


def session_loop(qapp: QApplication) -> tuple[qasync.QEventLoop, qasync.QThreadExecutor]:
    """The session's qasync loop and its executor, made on first use and kept on `qapp`."""
    kept = getattr(qapp, SESSION_LOOP, None)
    if kept is None:
        loop = qasync.QEventLoop(qapp, already_running=True)
        asyncio.events._set_running_loop(None)
        # Our own executor, so that its threads are joined before Qt tears down.
        executor = qasync.QThreadExecutor(4)
        loop.set_default_executor(executor)
        kept = (loop, executor)
        setattr(qapp, SESSION_LOOP, kept)
    return kept


def end_session_loop(qapp: QApplication) -> None:
    """Join the executor's threads before Qt tears down; once, whoever asks first."""
    kept = getattr(qapp, SESSION_LOOP, None)
    if kept is not None:
        setattr(qapp, SESSION_LOOP, None)
        kept[1].shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def _session_qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop, _ = session_loop(qapp)
    yield loop
    end_session_loop(qapp)


@pytest.fixture
def qloop(_session_qloop: qasync.QEventLoop, qtbot: QtBot) -> Iterator[qasync.QEventLoop]:
    """The session's qasync loop, running for this test; tasks it leaves behind are cancelled."""
    loop = _session_qloop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        leftovers = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in leftovers:
            task.cancel()
        if leftovers:
            qtbot.waitUntil(lambda: all(task.done() for task in leftovers), timeout=CLEANUP_MS)
        asyncio.events._set_running_loop(None)


@pytest.fixture
def run_coro(qloop: qasync.QEventLoop, qtbot: QtBot) -> RunCoro:
    """Run a coroutine on the Qt loop and wait for it, processing Qt events meanwhile.

    Call it as `run_coro(coro)` or `run_coro(qtbot, coro)`, with an optional `timeout` in
    milliseconds. It returns the coroutine's result or raises its exception; on timeout the
    coroutine is cancelled and pytest-qt's TimeoutError is raised.
    """

    def run(*args: Any, timeout: int = 10_000) -> Any:
        coro: Coroutine[Any, Any, Any] = args[-1]
        task = qloop.create_task(coro)
        try:
            qtbot.waitUntil(task.done, timeout=timeout)
        except BaseException:
            task.cancel()
            qtbot.waitUntil(task.done, timeout=CLEANUP_MS)
            raise
        return task.result()

    return run


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """An in-memory keyring backend for the test; the previous backend comes back afterwards."""
    import keyring

    from nbwss_gui.services.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def config_path() -> Path:
    """The registry's config file inside the test's private config folder."""
    from nbwss_gui.services.paths import config_file

    return config_file()


@pytest.fixture
def registry(memory_keyring: Any, config_path: Path) -> Any:
    """A real Registry over the test's config file and the in-memory keyring."""
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore

    return Registry(ConfigStore(config_path), TokenStore())


# A CA of the dialog tests' own, its file (the window's extra CA file) and a server
# certificate for 127.0.0.1: one per test module.
@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA(organization_name="nbwss-gui dialog test CA")


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture(scope="module")
def server_cert(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert("127.0.0.1", "localhost")


@pytest.fixture
def serve(run_coro: RunCoro) -> Iterator[Callable[[Any], Any]]:
    """Enter async context managers on the Qt loop; they are left when the test ends."""
    entered: list[Any] = []

    def enter(manager: Any) -> Any:
        value = run_coro(manager.__aenter__())
        entered.append(manager)
        return value

    yield enter
    for manager in reversed(entered):
        run_coro(manager.__aexit__(None, None, None))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The window in German for one test (English again afterwards)."""
    from nbwss_gui.ui.widgets.translation import install_translations, remove_translations

    choice = install_translations(qapp, "de")
    assert choice.language == "de" and choice.warning is None
    try:
        yield
    finally:
        remove_translations(qapp)


@pytest.fixture
def draw_on_screen(tmp_path: Path) -> Callable[..., dict[str, Any]]:
    """Run a drawing script in a process of its own, on an offscreen 1366x768 screen (in
    logical pixels) at `scale`, and return the JSON facts it printed last."""
    import json
    import os
    import subprocess
    import sys

    def draw(script: Path, *args: str, scale: int) -> dict[str, Any]:
        # Qt's own scaling over a screen of as many device pixels.
        screen = {"name": "test", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96,
                  "width": 1366 * scale, "height": 768 * scale, "dpr": 1}  # fmt: skip
        config = tmp_path / f"screen-{scale}.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "QT_SCALE_FACTOR": str(scale),
        }
        done = subprocess.run(
            [sys.executable, str(script), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        facts: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return facts

    return draw
