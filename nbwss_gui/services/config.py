"""The config file: registered endpoints (without tokens) and settings, as JSON (SPEC §5).

Written atomically, so a crash or full disk leaves either the old file or the new one, and
through a symbolic link rather than over it. A file that cannot be read is moved aside only by
the profile's owner at its start (`load`); everyone else reads it with `read`, which leaves an
unreadable file where it is and says why, with its line and column.

Several processes write one profile's file (the window, the commands, `monitor`): each change
is a read-modify-write under `lock()`, an OS lock that dies with its process.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.words import translate

FORMAT_VERSION = 1
# Far beyond any real list; a bigger file is not ours.
MAX_BYTES = 16 * 1024 * 1024
# A temp file older than this is what a cut-off save left behind.
STALE_TEMP_SECONDS = 600


# How long a writer waits for another process's change to finish before giving up.
LOCK_WAIT_S = 60.0
LOCK_POLL_S = 0.01


class ConfigError(Exception):
    """The config file could not be read or written; `message` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigUnreadable(ConfigError):
    """The file is there but cannot be used; `reason` says why in words (line and column
    for a JSON syntax error). It was left where it is."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The configuration file {path} cannot be read ({reason}). It was left as it is: "
            "repair it, or start the window (or nbwss-gui monitor), which moves it aside and "
            "starts with an empty list. Nothing was saved."
        )
        self.reason = reason


@dataclass
class ConfigLoad:
    endpoints: list[RegisteredEndpoint] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    # Where an unreadable file was moved to, to tell the user.
    moved_aside: Path | None = None
    # Why it was unreadable, in words.
    reason: str | None = None


class ConfigStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> ConfigLoad:
        """The file's contents; empty when there is none; moved aside when it cannot be read.

        For the profile's owner at its start only: anyone else uses `read`."""
        try:
            return self.read()
        except ConfigUnreadable as exc:
            return self._move_aside(exc.reason)

    def read(self) -> ConfigLoad:
        """The file's contents; empty when there is none; ConfigUnreadable (the file left where
        it is) when it cannot be used."""
        try:
            with self.path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            # Nothing there to lose; save() will say why the folder cannot be used.
            return ConfigLoad()
        except OSError as exc:
            raise ConfigUnreadable(
                self.path, translate("Config", "it cannot be read ({why})").fill(why=_why(exc))
            ) from None
        try:
            if len(data) > MAX_BYTES:
                raise ValueError(f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB")
            endpoints, settings = parse(data)
        except ValueError as exc:
            raise ConfigUnreadable(self.path, str(exc)) from None
        return ConfigLoad(endpoints, settings)

    def stamp(self) -> tuple[int, int, int] | None:
        """Changes when the file does (a cheap stat, for followers); None when there is none."""
        try:
            info = self.path.stat()
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size, info.st_ino)

    def lock(self) -> FileLock:
        """The inter-process lock every read-modify-write of the file holds (beside the file,
        never deleted: removing a lock file while another process waits on it breaks it)."""
        from filelock import FileLock as OsLock

        folder = self.path.parent
        _make_folder(folder)
        return FileLock(
            OsLock(
                self.path.with_name(f".{self.path.name}.lock"),
                thread_local=False,
                preserve_lock_file=True,
                fallback_to_soft=False,
            )
        )

    def save(self, endpoints: Sequence[RegisteredEndpoint], settings: Mapping[str, str]) -> None:
        """Replace the file atomically: temp file in the folder, fsync, rename, fsync folder.

        A file that is a symbolic link is written where the link points, and stays a link."""
        data = render(endpoints, settings)
        target = self._target()
        folder = target.parent
        _make_folder(folder)
        try:
            handle, temp_name = tempfile.mkstemp(
                dir=folder, prefix=f".{target.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise ConfigError(
                translate(
                    "Config",
                    "The configuration folder {folder} is not writable: {why}. Nothing was saved.",
                ).fill(folder=folder, why=_why(exc))
            ) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise ConfigError(
                translate(
                    "Config",
                    "The configuration file {path} could not be written: {why}. Nothing was saved.",
                ).fill(path=self.path, why=_why(exc))
            ) from None
        _fsync_folder(folder)
        self._remove_stale_temps(target)

    def _target(self) -> Path:
        """The file a save replaces: the one a symbolic link points to, else the path."""
        if self.path.is_symlink():
            return Path(os.path.realpath(self.path))
        return self.path

    def _remove_stale_temps(self, target: Path) -> None:
        """Remove the temp files of saves that were cut off (the process killed half-way).

        Only old ones: a younger one may belong to another process saving right now (the
        command line while the window is open), whose rename would fail without it.
        """
        limit = time.time() - STALE_TEMP_SECONDS
        for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < limit:
                    temp.unlink()

    def _move_aside(self, reason: str) -> ConfigLoad:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        try:
            os.rename(self.path, target)
        except OSError as exc:
            # Starting empty would overwrite the file at the next save: refuse instead.
            raise ConfigError(
                translate(
                    "Config",
                    "The configuration file {path} cannot be read ({reason}) and could not be "
                    "moved aside: {why}. Move or repair it, then start again.",
                ).fill(path=self.path, reason=reason, why=_why(exc))
            ) from None
        _fsync_folder(self.path.parent)
        return ConfigLoad(moved_aside=target, reason=reason)


class FileLock:
    """The OS lock on the config file, taken without blocking the event loop.

    Polled rather than waited for on a thread: a thread still waiting when its task is
    cancelled would take the lock later and hold it for ever."""

    def __init__(self, lock: Any) -> None:
        self._lock = lock

    async def __aenter__(self) -> None:
        import asyncio

        from filelock import Timeout

        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                self._lock.acquire(timeout=0)
                return
            except Timeout:
                if time.monotonic() > deadline:
                    raise ConfigError(
                        translate(
                            "Config",
                            "Another nbwss-gui process has been changing the configuration "
                            "file for over {seconds} s (waiting on the keyring?). Nothing was "
                            "saved; try again once it has finished.",
                        ).fill(seconds=f"{LOCK_WAIT_S:.0f}")
                    ) from None
                await asyncio.sleep(LOCK_POLL_S)
            except OSError as exc:
                raise ConfigError(
                    translate(
                        "Config",
                        "The configuration folder cannot be locked: {why}. Nothing was saved.",
                    ).fill(why=_why(exc))
                ) from None

    async def __aexit__(self, *exc_info: object) -> None:
        self._lock.release()


def parse(data: bytes) -> tuple[list[RegisteredEndpoint], dict[str, str]]:
    """The endpoints and settings in a config file; ValueError says what is wrong."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"it is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise ValueError("it is not valid JSON: nested too deeply") from None
    if not isinstance(document, dict):
        raise ValueError("it is not a JSON object")
    version = document.get("formatVersion")
    if version != FORMAT_VERSION:
        raise ValueError(f"its formatVersion is {version!r}, not {FORMAT_VERSION}")
    entries = document.get("endpoints", [])
    if not isinstance(entries, list):
        raise ValueError("'endpoints' is not a list")
    endpoints = [RegisteredEndpoint.from_json(entry) for entry in entries]
    ids = [e.id for e in endpoints]
    if len(set(ids)) != len(ids):
        raise ValueError("two endpoints have the same id")
    settings = document.get("settings", {})
    if not isinstance(settings, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.items()
    ):
        raise ValueError("'settings' is not an object of strings")
    return endpoints, dict(settings)


def render(endpoints: Sequence[RegisteredEndpoint], settings: Mapping[str, str]) -> bytes:
    document = {
        "formatVersion": FORMAT_VERSION,
        "endpoints": [e.to_json() for e in endpoints],
        "settings": dict(settings),
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            translate(
                "Config",
                "The configuration folder {folder} cannot be created: {why}. Nothing was saved.",
            ).fill(folder=folder, why=_why(exc))
        ) from None


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
