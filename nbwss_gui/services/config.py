"""The config file: registered endpoints (without tokens) and settings, as JSON (SPEC §5).

Written atomically, so a crash or full disk leaves either the old file or the new one. A file
that cannot be read is moved aside, never overwritten: the user may want it back.
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

from nbwss_gui.domain.registered import RegisteredEndpoint

FORMAT_VERSION = 1
# Far beyond any real list; a bigger file is not ours.
MAX_BYTES = 16 * 1024 * 1024
# A temp file older than this is what a cut-off save left behind.
STALE_TEMP_SECONDS = 600


class ConfigError(Exception):
    """The config file could not be read or written; `message` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
        """The file's contents; empty when there is none; moved aside when it cannot be read."""
        try:
            with self.path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            # Nothing there to lose; save() will say why the folder cannot be used.
            return ConfigLoad()
        except OSError as exc:
            return self._move_aside(f"it cannot be read ({exc.strerror or exc})")
        try:
            if len(data) > MAX_BYTES:
                raise ValueError(f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB")
            endpoints, settings = parse(data)
        except ValueError as exc:
            return self._move_aside(str(exc))
        return ConfigLoad(endpoints, settings)

    def save(self, endpoints: Sequence[RegisteredEndpoint], settings: Mapping[str, str]) -> None:
        """Replace the file atomically: temp file in the folder, fsync, rename, fsync folder."""
        data = render(endpoints, settings)
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"The configuration folder {folder} cannot be created: {_why(exc)}. "
                "Nothing was saved."
            ) from None
        try:
            handle, temp_name = tempfile.mkstemp(
                dir=folder, prefix=f".{self.path.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise ConfigError(
                f"The configuration folder {folder} is not writable: {_why(exc)}. "
                "Nothing was saved."
            ) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise ConfigError(
                f"The configuration file {self.path} could not be written: {_why(exc)}. "
                "Nothing was saved."
            ) from None
        _fsync_folder(folder)
        self._remove_stale_temps()

    def _remove_stale_temps(self) -> None:
        """Remove the temp files of saves that were cut off (the process killed half-way).

        Only old ones: a younger one may belong to another process saving right now (the
        command line while the window is open), whose rename would fail without it.
        """
        limit = time.time() - STALE_TEMP_SECONDS
        for temp in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
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
                f"The configuration file {self.path} cannot be read ({reason}) and could not "
                f"be moved aside: {_why(exc)}. Move or repair it, then start again."
            ) from None
        _fsync_folder(self.path.parent)
        return ConfigLoad(moved_aside=target, reason=reason)


def parse(data: bytes) -> tuple[list[RegisteredEndpoint], dict[str, str]]:
    """The endpoints and settings in a config file; ValueError says what is wrong."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"it is not valid JSON ({exc})") from None
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
