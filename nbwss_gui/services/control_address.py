"""Where a profile's control channel is, and one request without an event loop.

Kept apart from services.control (the asyncio server and client) so that a second window start
can ask the first one to come to the front before Qt, asyncio or anything heavy is loaded.
See services.control for the transport and the protocol.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROTOCOL_VERSION = 1
TRANSPORT_ENV = "NBWSS_GUI_CONTROL_TRANSPORT"
# A snapshot of a few thousand endpoints with their states fits many times over.
MAX_LINE = 16 * 1024 * 1024
CONNECT_TIMEOUT_S = 2.0


class ControlError(Exception):
    """A request failed: `kind` for code that reacts, `message` for a person."""

    def __init__(self, message: str, kind: str = "failed") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass(frozen=True)
class Address:
    """Where a profile's owner listens: a socket path, or a file naming port and secret."""

    transport: str  # "unix" or "tcp"
    path: Path


def transport() -> str:
    chosen = os.environ.get(TRANSPORT_ENV, "").strip().lower()
    if chosen in ("unix", "tcp"):
        return chosen
    return "tcp" if sys.platform == "win32" or not hasattr(socket, "AF_UNIX") else "unix"


def private_folder() -> Path:
    """The user's own folder for control sockets: created 0700, refused when anyone else
    could enter it (or it is not a real folder of this user)."""
    if sys.platform == "win32":
        import platformdirs

        folder = Path(platformdirs.user_runtime_dir("nbwss-gui", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    folder = base / f"nbwss-gui-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise ControlError(
            f"{folder} is not a folder of this user; remove it so that nbwss-gui can make its own.",
            "unsafe",
        )
    if info.st_mode & 0o077:
        raise ControlError(
            f"{folder} is open to other users (mode {stat.S_IMODE(info.st_mode):o}); "
            f"run: chmod 700 {folder}",
            "unsafe",
        )
    return folder


def address(profile: Path, kind: str | None = None) -> Address:
    """The control address of the profile folder `profile` (short: socket paths are limited
    to about 100 bytes)."""
    name = hashlib.sha256(os.fsencode(os.path.realpath(profile))).hexdigest()[:24]
    kind = kind or transport()
    suffix = ".sock" if kind == "unix" else ".port"
    return Address(kind, private_folder() / f"{name}{suffix}")


def line(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def decode(data: bytes) -> dict[str, Any] | None:
    """One line of the protocol, or None when it is not a JSON object."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, dict) else None


def read_port_file(path: Path) -> tuple[int, str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    port, secret = document["port"], document["secret"]
    if not isinstance(port, int) or not isinstance(secret, str):
        raise ValueError("bad control port file")
    return port, secret


def call_blocking(profile: Path, op: str, *, timeout: float = CONNECT_TIMEOUT_S) -> Any:
    """One request without an event loop (a second window start asks the first to come to the
    front before Qt or asyncio are loaded). None when no owner answers."""
    where = address(profile)
    sock: socket.socket | None = None
    try:
        if where.transport == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            sock.connect(str(where.path))
            prefix = b""
        else:
            port, secret = read_port_file(where.path)
            sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
            prefix = line({"v": PROTOCOL_VERSION, "auth": secret})
    except (OSError, ValueError, KeyError):
        if sock is not None:
            sock.close()
        return None
    with sock:
        try:
            sock.sendall(prefix + line({"v": PROTOCOL_VERSION, "id": 1, "op": op}))
            with sock.makefile("rb") as stream:
                document = decode(stream.readline(MAX_LINE))
        except OSError:
            return None
    if document is None or not document.get("ok"):
        return None
    return document.get("result")
