"""`nbwss-gui add | list | remove | activate | deactivate` as a user runs them: a real process.

Adding needs the keyring, and a child process cannot see an in-memory one, so those tests use
the real Secret Service (skipped without one, failed without one when
NBWSS_GUI_REQUIRE_REAL_KEYRING=1). The others need no keyring at all.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from .secret_service import SERVICE, all_entries, secret_service_or_skip

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("add", "list", "remove", "activate", "deactivate")
LIST_KEYS = {
    "id",
    "priority",
    "groupId",
    "hostName",
    "url",
    "activated",
    "state",
    "pinnedSha256",
    "addedAt",
    "changedAt",
    # The live state when a window or monitor owns the profile; null here (none runs).
    "connectionState",
    "connectionReason",
}


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


class Cli:
    """Runs the command line against one config folder and keeps everything it printed."""

    def __init__(self, config_dir: Path, **extra_env: str) -> None:
        self.config_dir = config_dir
        self.extra_env = extra_env
        self.printed: list[str] = []

    def __call__(self, *args: str, stdin: str | None = None, tty: str | None = None) -> Run:
        """Run with `stdin` piped in, or `tty` typed at a pseudo-terminal, or no input at all."""
        if tty is not None:
            master, slave = pty.openpty()
            try:
                os.write(master, tty.encode())
                return self._run(args, stdin=slave)
            finally:
                os.close(slave)
                os.close(master)
        return self._run(args, input_text=stdin)

    def env(self, **more: str) -> dict[str, str]:
        """The environment the command line runs in: this config folder, this checkout."""
        env = {
            **os.environ,
            "NBWSS_GUI_CONFIG_DIR": str(self.config_dir),
            **self.extra_env,
            **more,
        }
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        return env

    def _run(
        self, args: tuple[str, ...], *, input_text: str | None = None, stdin: int | None = None
    ) -> Run:
        env = self.env()
        done = subprocess.run(
            [sys.executable, "-m", "nbwss_gui", *args],
            input=input_text,
            stdin=stdin if stdin is not None else (None if input_text else subprocess.DEVNULL),
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        self.printed += [done.stdout, done.stderr]
        return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli(_isolated_dirs: Path) -> Cli:
    return Cli(_isolated_dirs)


def write_endpoint(folder: Path, name: str, token: str, **fields: object) -> Path:
    document = {
        "token": token,
        "priority": 3,
        "groupId": "cli-group",
        "hostName": f"{name}.example.com",
        "url": f"wss://{name}.example.com:9443/nbwss",
        **fields,
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document), "utf-8")
    return path


def listed(cli: Cli) -> list[dict[str, object]]:
    run = cli("list", "--json")
    assert run.code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["formatVersion"] == 1
    endpoints: list[dict[str, object]] = document["endpoints"]
    return endpoints


# Without a keyring


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli: Cli, command: str) -> None:
    run = cli(command, "--help")
    assert run.code == 0
    assert f"usage: nbwss-gui {command}" in run.stdout
    assert "exit status" in run.stdout


def test_list_of_nothing(cli: Cli) -> None:
    run = cli("list")
    assert (run.code, run.stdout) == (0, "")
    assert "No endpoints are registered" in run.stderr
    assert listed(cli) == []


def test_add_of_a_bad_file_prints_problems_and_saves_nothing(cli: Cli, tmp_path: Path) -> None:
    token = f"bad-file-token-{uuid.uuid4().hex}"
    path = write_endpoint(tmp_path, "bad", token, url="ws://bad.example.com/", priority="1")
    run = cli("add", str(path))
    assert run.code == 1
    assert run.stdout == ""
    assert f"{path}:1:" in run.stderr
    assert "ws:// is not supported" in run.stderr
    assert "[url-ws]" in run.stderr
    assert "not added: 2 errors" in run.stderr
    assert token not in run.stderr
    assert list(cli.config_dir.iterdir()) == []


def test_add_of_a_missing_file_could_not_be_done(cli: Cli, tmp_path: Path) -> None:
    run = cli("add", str(tmp_path / "nowhere.json"))
    assert run.code == 2
    assert "no such file" in run.stderr


def test_unknown_endpoint_is_refused(cli: Cli) -> None:
    for command in ("activate", "deactivate", "remove"):
        run = cli(command, "abcdef12", "--yes") if command == "remove" else cli(command, "abcd")
        assert run.code == 1, command
        assert "no endpoint has an id starting with" in run.stderr


def test_corrupt_config_is_left_by_commands_and_moved_aside_by_the_owner(cli: Cli) -> None:
    """A command is not the profile's owner: it says where the file is broken and leaves it.
    The owner (here `monitor`) moves it aside at its start and says where it went."""
    config = cli.config_dir / "endpoints.json"
    config.write_bytes(b"{ this is not json")
    for command in (("list",), ("activate", "abcd")):
        run = cli(*command)
        assert run.code == 2
        assert f"{config} cannot be read" in run.stderr
        assert "line 1, column 3" in run.stderr
        assert "Traceback" not in run.stderr
        assert config.read_bytes() == b"{ this is not json"
    run = cli("monitor", "--once")
    assert run.code == 0
    assert "warning: The configuration file could not be read" in run.stderr
    moved = [p for p in cli.config_dir.iterdir() if p.name.startswith("endpoints.json.corrupt-")]
    assert len(moved) == 1
    assert str(moved[0]) in run.stderr
    assert moved[0].read_bytes() == b"{ this is not json"


def test_add_without_a_keyring_is_exit_2_and_saves_nothing(
    _isolated_dirs: Path, tmp_path: Path
) -> None:
    cli = Cli(_isolated_dirs, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    token = f"no-keyring-token-{uuid.uuid4().hex}"
    run = cli("add", str(write_endpoint(tmp_path, "lonely", token)))
    assert run.code == 2
    assert "No system keyring is available" in run.stderr
    assert "Nothing was saved" in run.stderr
    assert run.stdout == ""
    assert token not in run.stderr
    # Nothing but the lock every change takes (kept: deleting a lock file breaks it).
    assert [p.name for p in cli.config_dir.iterdir()] == [".endpoints.json.lock"]


# With the real keyring


@pytest.fixture
def keyring_available() -> None:
    secret_service_or_skip()


def keyring_entries(endpoint_id: str) -> list[str]:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    names = [endpoint_id, *(f"{endpoint_id}#{i}" for i in range(1, 30))]
    return [n for n in names if backend.get_password(SERVICE, n) is not None]


@pytest.mark.realkeyring
def test_add_list_activate_remove_without_leaking_the_token(
    keyring_available: None, cli: Cli, tmp_path: Path
) -> None:
    # Long enough to be split into several keyring entries.
    token = f"cli-secret-{uuid.uuid4().hex}-" * 180
    source = write_endpoint(tmp_path, "alpha", token)
    added_ids: list[str] = []
    try:
        run = cli("add", str(source))
        assert run.code == 0, run.stderr
        endpoint_id = run.stdout.strip()
        added_ids.append(endpoint_id)
        assert len(endpoint_id) == 32
        assert "Added alpha.example.com" in run.stderr
        assert len(keyring_entries(endpoint_id)) > 2

        table = cli("list")
        assert table.code == 0
        header, row = table.stdout.splitlines()
        assert header.split()[:4] == ["ID", "GROUP", "PRIORITY", "STATE"]
        assert row.split() == [
            endpoint_id[:12],
            "cli-group",
            "3",
            "ACTIVATED",
            "alpha.example.com",
            "wss://alpha.example.com:9443/nbwss",
        ]
        (entry,) = listed(cli)
        assert set(entry) == LIST_KEYS
        assert (entry["id"], entry["state"], entry["activated"]) == (endpoint_id, "ACTIVATED", True)

        again = cli("add", str(source))
        assert again.code == 1
        assert "already registered" in again.stderr and "--replace" in again.stderr

        run = cli("deactivate", endpoint_id[:6])
        assert run.code == 0, run.stderr
        assert listed(cli)[0]["state"] == "DEACTIVATED"
        run = cli("activate", "WSS://ALPHA.example.com:9443/nbwss")
        assert run.code == 0, run.stderr
        assert listed(cli)[0]["state"] == "ACTIVATED"

        replaced = write_endpoint(tmp_path, "alpha", token[:500], priority=7)
        run = cli("add", "--replace", "--deactivated", str(replaced))
        assert run.code == 0, run.stderr
        assert run.stdout.strip() == endpoint_id
        (entry,) = listed(cli)
        assert (entry["priority"], entry["state"]) == (7, "DEACTIVATED")
        assert keyring_entries(endpoint_id) == [endpoint_id]

        refused = cli("remove", endpoint_id)
        assert refused.code == 1
        assert "--yes" in refused.stderr
        assert len(listed(cli)) == 1
        # Piped input is not a person answering.
        piped = cli("remove", endpoint_id, stdin="y\n")
        assert piped.code == 1 and "--yes" in piped.stderr
        declined = cli("remove", endpoint_id, tty="n\n")
        assert declined.code == 1
        assert "Remove 1 endpoint(s) and their tokens?" in declined.stderr
        assert "Nothing was removed" in declined.stderr
        assert len(listed(cli)) == 1

        run = cli("remove", "--yes", endpoint_id)
        assert run.code == 0, run.stderr
        assert "Removed" in run.stderr
        assert listed(cli) == []
        assert keyring_entries(endpoint_id) == []
        added_ids.clear()
    finally:
        for endpoint_id in added_ids:
            cli("remove", "--yes", endpoint_id)

    leaks = [
        piece
        for piece in {token[:40], token[-40:], token[:500]}
        for text in cli.printed
        if piece in text
    ]
    assert leaks == []
    home = cli.config_dir.parent
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert token[:40].encode() not in data, path
            assert token[:40].encode("utf-16-le") not in data, path


@pytest.mark.realkeyring
def test_two_adds_and_removing_both_by_prefix_and_url(
    keyring_available: None, cli: Cli, tmp_path: Path
) -> None:
    ids = []
    try:
        for name in ("one", "two"):
            run = cli("add", str(write_endpoint(tmp_path, name, f"token-{uuid.uuid4().hex}")))
            assert run.code == 0, run.stderr
            ids.append(run.stdout.strip())
        run = cli("remove", ids[0][:8], "wss://two.example.com:9443/nbwss", tty="y\n")
        assert run.code == 0, run.stderr
        assert listed(cli) == []
        assert [keyring_entries(i) for i in ids] == [[], []]
        ids.clear()
    finally:
        for endpoint_id in ids:
            cli("remove", "--yes", endpoint_id)


@pytest.mark.realkeyring
def test_config_folder_that_cannot_be_used_is_exit_2_and_the_token_is_taken_back(
    keyring_available: None, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the config folder should be")
    cli = Cli(blocker / "config")
    before = all_entries()
    run = cli("add", str(write_endpoint(tmp_path, "orphan", f"token-{uuid.uuid4().hex}" * 90)))
    assert run.code == 2
    assert "cannot be created" in run.stderr and str(blocker) in run.stderr
    assert all_entries() == before
