"""One profile, one owner (SPEC §5.1), with real processes: `monitor`s, windows (offscreen) and
commands on one config folder, against a cloud side that counts, itself, the CONNECTed
connections of each group across every process (`ConnectLedger`).

What is shown: never more than one accepted connection per group at any moment; a second
monitor or window attaches instead of dialling; commands go through the owner, which shows
them at once; a SIGKILLed owner is replaced within seconds; a broken file is reported by the
owner that follows it and left where it is; closing an attached window leaves the
connections up. The tokens live in the real Secret Service (CI starts one).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import trustme

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.control_address import call_blocking
from nbwss_gui.services.registry import Registry
from nbwss_gui.services.secrets import TokenStore

from .cloud_servers import CloudServer, ConnectLedger, until
from .test_cli_registry import ROOT, secret_service_or_skip, write_endpoint

GROUPS = ("east", "west")
WAIT_S = 20.0


class Process:
    """A real nbwss-gui process whose output lines are collected as they come."""

    def __init__(self, name: str, child: asyncio.subprocess.Process) -> None:
        self.name = name
        self.child = child
        self.out: list[str] = []
        self.err: list[str] = []
        assert child.stdout is not None and child.stderr is not None
        self._readers = [
            asyncio.ensure_future(self._collect(child.stdout, self.out)),
            asyncio.ensure_future(self._collect(child.stderr, self.err)),
        ]

    @staticmethod
    async def _collect(stream: asyncio.StreamReader, into: list[str]) -> None:
        while line := await stream.readline():
            into.append(line.decode(errors="replace").rstrip("\n"))

    def events(self) -> list[dict[str, object]]:
        found = []
        for line in self.out:
            with contextlib.suppress(ValueError):
                found.append(json.loads(line))
        return found

    def said(self, text: str) -> bool:
        return any(text in line for line in self.err)

    async def finish(self, signum: int = signal.SIGTERM, timeout: float = WAIT_S) -> int:
        if self.child.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.child.send_signal(signum)
        code = await asyncio.wait_for(self.child.wait(), timeout)
        await asyncio.gather(*self._readers)
        return code

    def transcript(self) -> str:
        return (
            f"--- {self.name} stdout\n"
            + "\n".join(self.out)
            + (f"\n--- {self.name} stderr\n" + "\n".join(self.err))
        )


class Profile:
    """A config folder with two groups of two endpoints on one counting cloud server."""

    def __init__(self, folder: Path, ca_file: Path, server: CloudServer) -> None:
        self.folder = folder
        self.ca_file = ca_file
        self.server = server
        self.processes: list[Process] = []

    def env(self) -> dict[str, str]:
        env = {**os.environ, "NBWSS_GUI_CONFIG_DIR": str(self.folder)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    async def start(self, name: str, *args: str) -> Process:
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "nbwss_gui",
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.env(),
            cwd=ROOT,
        )
        process = Process(name, child)
        self.processes.append(process)
        return process

    async def monitor(self, name: str) -> Process:
        return await self.start(name, "monitor", "--json", "--ca-file", str(self.ca_file))

    async def window(self, name: str) -> Process:
        return await self.start(name, "--ca-file", str(self.ca_file))

    async def command(self, *args: str) -> tuple[int, str, str]:
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "nbwss_gui",
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.env(),
            cwd=ROOT,
        )
        out, err = await asyncio.wait_for(child.communicate(), 60)
        assert b"Traceback" not in err, err.decode()
        return child.returncode or 0, out.decode(), err.decode()

    def owner(self) -> dict[str, object] | None:
        answer = call_blocking(self.folder, "hello")
        return answer if isinstance(answer, dict) else None

    def watchers(self) -> int | None:
        """How many faces follow the owner's events, as the owner counts them."""
        watchers = (self.owner() or {}).get("watchers")
        return watchers if isinstance(watchers, int) else None

    def transcripts(self) -> str:
        return "\n".join(p.transcript() for p in self.processes)


def all_groups_connected(ledger: ConnectLedger) -> bool:
    return all(ledger.count(g) == 1 for g in GROUPS)


async def register(folder: Path, server: CloudServer) -> list[str]:
    registry = Registry(ConfigStore(folder / "endpoints.json"), TokenStore())
    ids = []
    for group in GROUPS:
        for priority, name in enumerate(("a", "b"), start=1):
            entry = await registry.add(
                EndpointDetails(
                    token=f"token-{group}-{name}-owner-test",
                    priority=priority,
                    group_id=group,
                    host_name="localhost",
                    url=server.url(group, name),
                )
            )
            ids.append(entry.id)
    return ids


@contextlib.asynccontextmanager
async def profile(
    folder: Path, ca_file: Path, server_cert: trustme.LeafCert
) -> AsyncIterator[Profile]:
    secret_service_or_skip()
    async with CloudServer(server_cert) as server:
        ids = await register(folder, server)
        place = Profile(folder, ca_file, server)
        try:
            yield place
        except BaseException:
            print(place.transcripts())
            raise
        finally:
            for process in place.processes:
                with contextlib.suppress(Exception):
                    await process.finish(signal.SIGKILL, 5)
            await asyncio.to_thread(_forget_tokens, folder, ids)


def _forget_tokens(folder: Path, ids: list[str]) -> None:
    import keyring

    for endpoint_id in ids:
        with contextlib.suppress(Exception):
            keyring.delete_password(TokenStore.SERVICE, endpoint_id)


class Peaks:
    """The most accepted connections each group has had at once, sampled every millisecond or
    so from the cloud side, across every process."""

    def __init__(self, ledger: ConnectLedger) -> None:
        self.ledger = ledger
        self.peaks: dict[str, int] = {}
        self._stop = asyncio.Event()
        self._sampler = asyncio.ensure_future(self._sample())

    async def _sample(self) -> None:
        while not self._stop.is_set():
            for group in GROUPS:
                self.peaks[group] = max(self.peaks.get(group, 0), self.ledger.count(group))
            await asyncio.sleep(0.001)

    async def end(self) -> int:
        """Stop sampling; every group had exactly one at its peak, and the ledger saw no
        CONNECT while another connection of the group was active. The peak."""
        self._stop.set()
        await self._sampler
        assert self.ledger.violations == []
        assert self.peaks == dict.fromkeys(GROUPS, 1)
        return max(self.peaks.values())


async def eventually(predicate: Callable[[], object], what: str, timeout: float = WAIT_S) -> float:
    return await until(predicate, timeout=timeout, what=what)


@pytest.mark.realkeyring
def test_monitors_share_one_engine_commands_go_through_the_owner_and_a_killed_owner_is_replaced(
    _isolated_dirs: Path, ca_file: Path, server_cert: trustme.LeafCert, tmp_path: Path
) -> None:
    async def scenario() -> dict[str, float]:
        figures: dict[str, float] = {}
        async with profile(_isolated_dirs, ca_file, server_cert) as place:
            ledger = place.server.ledger
            peaks = Peaks(ledger)

            first = await place.monitor("monitor-1")
            await eventually(lambda: all_groups_connected(ledger), "monitor-1 to connect")
            hello = place.owner()
            assert hello is not None and hello["owner"] == "monitor"
            handshakes = place.server.handshakes

            second = await place.monitor("monitor-2")
            await eventually(lambda: place.watchers() == 1, "monitor-2 to follow the owner")
            await eventually(lambda: second.said("dials nothing"), "monitor-2 to say so")
            # It shows the owner's states (the same --json format) without dialling.
            await eventually(
                lambda: any(e.get("state") == "CONNECTED" for e in second.events()),
                "monitor-2 to print the owner's states",
            )
            assert place.server.handshakes == handshakes

            # `list` shows the live states; `deactivate` goes through the owner.
            code, out, err = await place.command("list", "--json")
            assert code == 0, err
            listing = json.loads(out)
            assert listing["owner"]["kind"] == "monitor"
            states = {e["connectionState"] for e in listing["endpoints"]}
            assert states <= {"CONNECTED", "STANDBY"} and "CONNECTED" in states
            table = (await place.command("list"))[1]
            assert "CONNECTION" in table.splitlines()[0]
            standby = next(e for e in listing["endpoints"] if e["connectionState"] == "STANDBY")
            code, _out, err = await place.command("deactivate", standby["id"])
            assert code == 0, err
            figures["deactivate_to_attached_s"] = await eventually(
                lambda: any(
                    e.get("endpointId") == standby["id"] and e.get("state") == "NOT CONNECTED"
                    for e in second.events()
                ),
                "monitor-2 to show the deactivated endpoint",
                timeout=2.0,
            )

            # A new endpoint through the owner: the token goes from the file to the owner's
            # keyring, never over the channel.
            added = write_endpoint(
                tmp_path,
                "added",
                "token-added-through-owner",
                groupId="east",
                priority=9,
                url=place.server.url("east", "added"),
                hostName="localhost",
            )
            started = time.perf_counter()
            code, out, err = await place.command("add", str(added))
            assert code == 0, err
            new_id = out.strip()
            await eventually(
                lambda: any(e.get("endpointId") == new_id for e in first.events()),
                "the owner to report the new endpoint",
            )
            figures["add_to_owner_s"] = time.perf_counter() - started
            code, _out, err = await place.command("remove", "--yes", new_id)
            assert code == 0, err
            await eventually(
                lambda: any(
                    e.get("event") == "removed" and e.get("endpointId") == new_id
                    for e in second.events()
                ),
                "monitor-2 to say the endpoint was removed",
            )
            assert "token-added-through-owner" not in place.transcripts()

            # A broken file: the owner keeps its list, says where, and leaves the file.
            config = _isolated_dirs / "endpoints.json"
            good = config.read_bytes()
            config.write_bytes(b'{"formatVersion": 1, "endpoints": [\n  {"id": }\n]}\n')
            await eventually(lambda: first.said("line 2, column"), "the owner to report it")
            code, out, err = await place.command("list", "--json")
            assert code == 0, err
            assert len(json.loads(out)["endpoints"]) == 4
            assert not [p for p in _isolated_dirs.iterdir() if ".corrupt-" in p.name]
            config.write_bytes(good)

            # The owner dies without a word: the attached monitor takes over.
            killed_at = time.perf_counter()
            first.child.kill()
            await eventually(lambda: second.said("taking them over"), "monitor-2 to notice")
            await eventually(lambda: all_groups_connected(ledger), "monitor-2 to reconnect")
            figures["takeover_s"] = time.perf_counter() - killed_at
            hello = place.owner()
            assert hello is not None and hello["pid"] == second.child.pid

            assert await second.finish(signal.SIGTERM) == 0
            await eventually(lambda: ledger.count("east") == ledger.count("west") == 0, "close")
            figures["peak"] = await peaks.end()
        return figures

    figures = asyncio.run(scenario())
    print(
        f"\ntwo monitors: peak accepted connections per group {figures['peak']:.0f}; "
        f"add through the owner to its event {figures['add_to_owner_s'] * 1000:.0f} ms "
        f"(process start included); deactivate seen by the attached monitor "
        f"{figures['deactivate_to_attached_s'] * 1000:.0f} ms after the command returned; "
        f"takeover after SIGKILL {figures['takeover_s']:.2f} s"
    )
    assert figures["takeover_s"] < 5.0


@pytest.mark.realkeyring
def test_windows_and_a_monitor_one_engine_and_an_attached_window_leaves_connections_up(
    _isolated_dirs: Path, ca_file: Path, server_cert: trustme.LeafCert
) -> None:
    async def scenario() -> dict[str, float]:
        figures: dict[str, float] = {}
        async with profile(_isolated_dirs, ca_file, server_cert) as place:
            ledger = place.server.ledger
            peaks = Peaks(ledger)

            window = await place.window("window-1")
            await eventually(lambda: all_groups_connected(ledger), "the window to connect")
            await eventually(lambda: (place.owner() or {}).get("owner") == "window", "channel")
            handshakes = place.server.handshakes

            # A second window start brings the first to the front and ends.
            second = await place.window("window-2")
            assert await asyncio.wait_for(second.child.wait(), WAIT_S) == 0
            await second.finish()
            assert second.said("already open"), second.transcript()

            # A monitor beside the window shows the window's engine and dials nothing.
            monitor = await place.monitor("monitor")
            await eventually(lambda: place.watchers() == 1, "the monitor to follow the window")
            await eventually(lambda: monitor.said("dials nothing"), "the monitor to say so")
            await eventually(
                lambda: any(e.get("state") == "CONNECTED" for e in monitor.events()),
                "the monitor to print the window's states",
            )
            assert place.server.handshakes == handshakes

            # The window closes: the monitor takes the connections over.
            assert await window.finish(signal.SIGTERM) == 0
            closed_at = time.perf_counter()
            await eventually(lambda: monitor.said("taking them over"), "the monitor to notice")
            await eventually(lambda: all_groups_connected(ledger), "the monitor to reconnect")
            figures["window_to_monitor_s"] = time.perf_counter() - closed_at

            # A window opened now attaches to the monitor; closing it leaves the
            # connections up.
            handshakes = place.server.handshakes
            attached = await place.window("window-3")
            await eventually(lambda: place.watchers() == 1, "the window to follow the monitor")
            assert attached.child.returncode is None, attached.transcript()
            assert place.server.handshakes == handshakes
            assert await attached.finish(signal.SIGTERM) == 0
            await eventually(lambda: place.watchers() == 0, "the monitor to see the window go")
            assert all_groups_connected(ledger)
            assert place.server.handshakes == handshakes
            assert await monitor.finish(signal.SIGTERM) == 0
            figures["peak"] = await peaks.end()
        return figures

    figures = asyncio.run(scenario())
    print(
        f"\nwindows and a monitor: peak accepted connections per group {figures['peak']:.0f}; "
        f"monitor took over {figures['window_to_monitor_s']:.2f} s after the window closed"
    )
