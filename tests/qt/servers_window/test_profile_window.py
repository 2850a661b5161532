"""The window as its profile's owner, and as a face attached to another owner (SPEC §5.1).

Commands from a terminal (real `nbwss-gui` processes) go through the window that owns the
profile: it shows each change within 100 ms of the command's answer, and its own next change
keeps them. A window beside a `monitor` shows the monitor's states, says so in its status bar,
and takes the connections over when the monitor stops.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.services.ownership import OwnerLock
from nbwss_gui.services.profile import ProfileService
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.servers_window.profile_link import ProfileLink

ROOT = Path(__file__).resolve().parents[3]
WAIT_MS = 15_000
SHOWN_WITHIN_S = 0.1


def endpoint_file(folder: Path, name: str, group: str = "g1") -> Path:
    path = folder / f"{name}.json"
    path.write_text(
        json.dumps(
            {
                "token": f"token-of-{name}-4e1f",
                "priority": 1,
                "groupId": group,
                "hostName": "localhost",
                # Nothing listens there: the engine's attempts fail at once, quietly.
                "url": f"wss://127.0.0.1:9/{name}",
            }
        )
    )
    return path


async def command(*args: str) -> tuple[int, str, str, float]:
    """Run `nbwss-gui ARGS` as a real process; also when it had answered (perf_counter)."""
    env = {**os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "nbwss_gui",
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    out, err = await child.communicate()
    return child.returncode or 0, out.decode(), err.decode(), time.perf_counter()


def rows(window: MainWindow) -> dict[str, str]:
    """The endpoint rows the window's model holds: id to the State column's words."""
    model = window.model
    found: dict[str, str] = {}
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            endpoint = model.endpoint_at(model.index(row, 0, group))
            if endpoint is not None:
                found[endpoint.id] = "ACTIVATED" if endpoint.activated else "DEACTIVATED"
    return found


async def shown_after(
    window: MainWindow, answered_at: float, predicate: Any, timeout: float = 5.0
) -> float:
    """Seconds from the command's answer until the window shows what `predicate` wants."""
    while not predicate(rows(window)):
        if time.perf_counter() - answered_at > timeout:
            raise AssertionError("the window never showed the change")
        await asyncio.sleep(0.002)
    return max(0.0, time.perf_counter() - answered_at)


@pytest.fixture
def owner_window(qtbot: Any, run_coro: Any, registry: Any, config_path: Path) -> Any:
    window = MainWindow()
    window.resize(1400, 500)
    window.show()
    window.set_registry(registry)
    lock = OwnerLock(config_path.parent)
    assert lock.try_acquire()
    link = ProfileLink(window, config_path.parent, lock)
    run_coro(link.start(), timeout=WAIT_MS)
    assert link.owner
    yield window
    run_coro(window.connections.close(), timeout=WAIT_MS)
    run_coro(link.close(), timeout=WAIT_MS)
    window.close()
    window.deleteLater()


def test_terminal_changes_go_through_the_owning_window_and_show_at_once(  # noqa: PLR0917
    owner_window: MainWindow,
    run_coro: Any,
    registry: Any,
    config_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = owner_window
    kept = run_coro(registry.add(EndpointDetails("token-kept-1", 1, "g0", "localhost",
                                                 "wss://127.0.0.1:9/kept")))  # fmt: skip
    source = endpoint_file(tmp_path, "from-terminal")
    taken: dict[str, float] = {}

    async def scenario() -> None:
        code, out, err, answered = await command("add", str(source))
        assert code == 0, err
        new_id = out.strip()
        taken["add"] = await shown_after(window, answered, lambda r: new_id in r)
        code, _out, err, answered = await command("deactivate", new_id)
        assert code == 0, err
        taken["deactivate"] = await shown_after(
            window, answered, lambda r: r.get(new_id) == "DEACTIVATED"
        )
        code, out, err, _answered = await command("list", "--json")
        assert code == 0, err
        listing = json.loads(out)
        assert listing["owner"]["kind"] == "window"
        assert {e["id"] for e in listing["endpoints"]} == {kept.id, new_id}
        # The window's own next change keeps what the terminal added.
        await registry.set_activated([kept.id], False)
        on_disk = json.loads(config_path.read_text())["endpoints"]
        assert {e["id"] for e in on_disk} == {kept.id, new_id}
        code, _out, err, answered = await command("remove", "--yes", new_id)
        assert code == 0, err
        taken["remove"] = await shown_after(window, answered, lambda r: new_id not in r)

    run_coro(scenario(), timeout=60_000)
    assert [e.id for e in registry.endpoints()] == [kept.id]
    with capsys.disabled():
        print(
            "\nterminal command answered -> window shows it: "
            + ", ".join(f"{name} {seconds * 1000:.1f} ms" for name, seconds in taken.items())
        )
    assert all(seconds <= SHOWN_WITHIN_S for seconds in taken.values()), taken


def test_a_second_start_brings_the_owning_window_to_the_front(
    owner_window: MainWindow, run_coro: Any, qtbot: Any
) -> None:
    window = owner_window
    window.showMinimized()
    code, _out, err, _at = run_coro(
        command("--ca-file", "/nonexistent-but-unused.pem"), timeout=60_000
    )
    assert code == 0, err
    assert "already open" in err
    assert str(os.getpid()) in err
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5_000)


def test_a_window_beside_a_monitor_shows_its_states_and_takes_over_when_it_stops(
    qtbot: Any,
    run_coro: Any,
    registry: Any,
    config_path: Path,
    artifacts_dir: Path,
) -> None:
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore

    folder = config_path.parent
    entry = run_coro(registry.add(EndpointDetails("token-beside-1", 1, "g1", "localhost",
                                                  "wss://127.0.0.1:9/beside")))  # fmt: skip
    # The owner: a monitor's profile service, here in this process for the test to drive.
    monitor_lock = OwnerLock(folder)
    assert monitor_lock.try_acquire()
    monitor_registry = Registry(ConfigStore(config_path), TokenStore())
    monitor = ProfileService(monitor_registry, role="monitor", folder=folder)
    monitor.start()
    run_coro(monitor.serve())

    window = MainWindow()
    window.resize(1400, 420)
    window.show()
    window.set_registry(registry)
    lock = OwnerLock(folder)
    assert not lock.try_acquire()
    link = ProfileLink(window, folder, lock)
    try:
        run_coro(link.start())
        qtbot.waitUntil(lambda: window.connections.attached, timeout=5_000)
        assert not link.owner
        note = window.owner_label.text()
        assert f"nbwss-gui monitor (pid {os.getpid()})" in note
        assert "closing this window leaves them up" in note
        qtbot.waitUntil(
            lambda: (
                window.connections.engine is not None
                and window.connections.engine.status(entry.id) is not None
            ),
            timeout=5_000,
        )
        window.grab().save(str(artifacts_dir / "window-attached-to-monitor.png"))
        # A change made in the window reaches the owner at once.
        run_coro(registry.set_activated([entry.id], False))
        qtbot.waitUntil(lambda: not monitor_registry.endpoints()[0].activated, timeout=2_000)

        # The monitor stops: the window takes the connections over.
        run_coro(monitor.close())
        monitor_lock.release()
        qtbot.waitUntil(
            lambda: link.owner and window.connections.service is not None, timeout=10_000
        )
        assert window.owner_label.text() == ""
        assert window.owner_label.isHidden()
    finally:
        run_coro(window.connections.close(), timeout=WAIT_MS)
        run_coro(link.close(), timeout=WAIT_MS)
        run_coro(monitor.close(), timeout=WAIT_MS)
        monitor_lock.release()
        window.close()
        window.deleteLater()


def test_the_owning_window_keeps_its_list_when_the_file_breaks_and_says_where(
    owner_window: MainWindow, run_coro: Any, registry: Any, config_path: Path, qtbot: Any
) -> None:
    window = owner_window
    entry = run_coro(registry.add(EndpointDetails("token-kept-2", 1, "g1", "localhost",
                                                  "wss://127.0.0.1:9/kept-2")))  # fmt: skip
    good = config_path.read_bytes()
    config_path.write_bytes(b'{"formatVersion": 1,\n "endpoints": [ oops ]}\n')
    qtbot.waitUntil(lambda: window.message_box is not None, timeout=5_000)
    text = window.message_box.text()
    assert f"{config_path} cannot be read" in text
    assert "line 2, column 17" in text
    assert list(rows(window)) == [entry.id]
    assert config_path.read_bytes() == b'{"formatVersion": 1,\n "endpoints": [ oops ]}\n'
    assert not [p for p in config_path.parent.iterdir() if ".corrupt-" in p.name]
    window.message_box.close()
    config_path.write_bytes(good)
    qtbot.waitUntil(lambda: registry.problem is None, timeout=5_000)
