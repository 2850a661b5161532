"""The config file survives SIGKILL at any moment of a save (SPEC §5: written atomically).

A driver process (this file, run as a script) forks a writer that saves the config through
ConfigStore as fast as it can, each save a different version; the driver kills it with
SIGKILL after a random pause, records the file as it is then, and starts the next writer — a
few hundred times. The test then checks every recorded file: complete, parseable, and byte for
byte one of the versions that were written, never older than the last one seen before.
"""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.config import ConfigStore, parse, render

KILLS = 300
MAX_PAUSE_S = 0.012
# A writer never killed (a stuck driver) ends itself after this long.
WRITER_LIFETIME_S = 20.0

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def version(writer: int, save: int) -> tuple[list[RegisteredEndpoint], dict[str, str]]:
    """The `save`th version written by writer number `writer`: sizes differ from one version
    to the next, so that a torn write cannot pass for a whole one."""
    count = (writer + save) % 4
    endpoints = [
        RegisteredEndpoint.from_json(
            {
                "id": f"{writer:08x}{save:08x}{number:016x}",
                "priority": number,
                "groupId": f"group-{writer % 3}",
                "hostName": "cloud.example",
                "url": f"wss://cloud.example/nbwss/{writer}/{save}/{number}",
                "activated": number % 2 == 0,
                "pinnedSha256": None,
                "addedAt": "2026-01-01T00:00:00Z",
                "changedAt": "2026-01-01T00:00:00Z",
            }
        )
        for number in range(count)
    ]
    settings = {
        "writer": str(writer),
        "save": str(save),
        "padding": "x" * ((writer * 7 + save * 131) % 3000),
    }
    return endpoints, settings


def write_forever(store: ConfigStore, writer: int) -> None:
    deadline = time.monotonic() + WRITER_LIFETIME_S
    save = 1
    while time.monotonic() < deadline:
        store.save(*version(writer, save))
        save += 1


def drive(path: Path, kills: int, seed: int) -> list[dict[str, object]]:
    """Fork, let save, SIGKILL, record the file; `kills` times."""
    rng = random.Random(seed)
    store = ConfigStore(path)
    store.save(*version(0, 0))
    seen: list[dict[str, object]] = []
    for writer in range(1, kills + 1):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_forever(store, writer)
            except BaseException:
                code = 3
            os._exit(code)
        time.sleep(rng.uniform(0, MAX_PAUSE_S))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        seen.append(
            {
                "writer": writer,
                "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
                "data": base64.b64encode(path.read_bytes()).decode("ascii"),
            }
        )
    return seen


def main(argv: Sequence[str]) -> int:
    path, kills, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    json.dump(drive(path, kills, seed), sys.stdout)
    return 0


def test_a_save_killed_at_any_moment_leaves_a_whole_version(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    path = tmp_path / "config" / "endpoints.json"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, __file__, str(path), str(KILLS), str(seed)],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, f"seed {seed}: {result.stderr}"
    seen = json.loads(result.stdout)
    assert len(seen) == KILLS

    last = (0, 0)
    writers_that_saved = 0
    for record in seen:
        writer = record["writer"]
        assert record["killed"], f"seed {seed}: writer {writer} ended before it was killed"
        data = base64.b64decode(record["data"])
        _, settings = parse(data)  # complete and parseable, or this raises
        found = (int(settings["writer"]), int(settings["save"]))
        assert data == render(*version(*found)), f"seed {seed}: after writer {writer}"
        assert last <= found, f"seed {seed}: the file went back from {last} to {found}"
        assert found[0] <= writer
        writers_that_saved += found[0] == writer
        last = found

    leftovers = [p for p in path.parent.iterdir() if p.name != path.name]
    assert all(p.name.startswith(f".{path.name}.") for p in leftovers)
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s (seed {seed}): {writers_that_saved} writers had "
        f"finished a save; {len(leftovers)} killed mid-save (temporary files left)"
    )
    # The kills must have landed both between saves and inside them for the test to mean much.
    assert writers_that_saved > KILLS // 10
    assert leftovers
    assert elapsed < 40


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
