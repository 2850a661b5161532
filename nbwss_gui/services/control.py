"""The control channel of a profile (SPEC §5.1): how the window, `monitor` and the commands
reach the process that owns the profile, and nobody else does.

Transport, for the same OS user only:
- Linux and macOS: a Unix domain socket in a folder only the user can enter (mode 0700,
  owned by the user, checked before use); on Linux the server also checks the peer's user id
  (SO_PEERCRED) and drops any other.
- Windows: 127.0.0.1 on a port the system picks, with a 256-bit secret. Port and secret are in
  a file in the user's own folder; a client's first line must carry the secret, or the
  connection is closed unanswered. `NBWSS_GUI_CONTROL_TRANSPORT=tcp` selects it elsewhere.

Protocol, version 1: JSON lines (UTF-8, one object per line, at most MAX_LINE bytes).
- request:  {"v": 1, "id": N, "op": NAME, ...parameters}
- response: {"v": 1, "id": N, "ok": true, "result": ...}
            {"v": 1, "id": N, "ok": false, "error": {"kind": ..., "message": ...}}
- event:    {"v": 1, "event": NAME, ...} — pushed after a `watch` request, in order.
The operations are the owner's business (services.profile). No token crosses the channel in
either direction: whoever needs one reads it from the keyring itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import os
import secrets
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from nbwss_gui.domain.words import words_from_json, words_to_json
from nbwss_gui.services.control_address import (
    CONNECT_TIMEOUT_S,
    MAX_LINE,
    PROTOCOL_VERSION,
    ControlError,
    address,
    read_port_file,
)
from nbwss_gui.services.control_address import decode as _decode
from nbwss_gui.services.control_address import line as _line

__all__ = ["ControlClient", "ControlError", "ControlServer", "Session"]

log = logging.getLogger(__name__)

# A watcher that reads slower than the owner writes is dropped rather than let it grow the
# owner's memory.
MAX_BUFFERED = 8 * 1024 * 1024


# -- the owner's side -------------------------------------------------------------------------

Handler = Callable[[str, dict[str, Any], "Session"], Awaitable[Any]]


class Session:
    """One attached client, as the owner sees it."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.watching = False

    def send(self, document: dict[str, Any]) -> None:
        if self.writer.is_closing():
            return
        transport_ = self.writer.transport
        if transport_.get_write_buffer_size() > MAX_BUFFERED:
            log.warning("a control client reads too slowly; dropping it")
            self.writer.close()
            return
        self.writer.write(_line({"v": PROTOCOL_VERSION, **document}))


class ControlServer:
    """Listens on a profile's control address; start it only while holding the owner lock
    (which is what makes removing a socket left by a crashed owner safe)."""

    def __init__(self, profile: Path, handler: Handler, *, kind: str | None = None) -> None:
        self.address = address(profile, kind)
        self._handler = handler
        self._server: asyncio.AbstractServer | None = None
        self._secret = secrets.token_hex(32)
        self.sessions: set[Session] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        path = self.address.path
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        if self.address.transport == "unix":
            self._server = await asyncio.start_unix_server(
                self._serve, path=str(path), limit=MAX_LINE
            )
            os.chmod(path, 0o600)
            return
        self._server = await asyncio.start_server(
            self._serve, host="127.0.0.1", port=0, limit=MAX_LINE
        )
        port = self._server.sockets[0].getsockname()[1]
        _write_private(path, json.dumps({"port": port, "secret": self._secret}))

    def broadcast(self, event: str, **fields: Any) -> None:
        for session in list(self.sessions):
            if session.watching:
                session.send({"event": event, **fields})

    async def close(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        server.close()
        for session in list(self.sessions):
            session.writer.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await server.wait_closed()
        with contextlib.suppress(OSError):
            self.address.path.unlink()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        session = Session(writer)
        try:
            if not self._same_user(writer) or not await self._authenticated(reader):
                return
            self.sessions.add(session)
            while True:
                try:
                    line = await reader.readline()
                except (ValueError, asyncio.LimitOverrunError, ConnectionError):
                    return
                if not line:
                    return
                await self._answer(session, _decode(line))
        except asyncio.CancelledError:
            pass
        finally:
            self.sessions.discard(session)
            writer.close()
            if task is not None:
                self._tasks.discard(task)

    async def _answer(self, session: Session, request: dict[str, Any] | None) -> None:
        if request is None or not isinstance(request.get("op"), str):
            session.send({"id": None, "ok": False, "error": _error("bad-request", "not JSON")})
            return
        ident = request.get("id")
        if request.get("v") != PROTOCOL_VERSION:
            session.send(
                {
                    "id": ident,
                    "ok": False,
                    "error": _error(
                        "version", f"this owner speaks control protocol {PROTOCOL_VERSION}"
                    ),
                }
            )
            return
        params = {k: v for k, v in request.items() if k not in ("v", "id", "op")}
        try:
            result = await self._handler(request["op"], params, session)
        except ControlError as exc:
            session.send({"id": ident, "ok": False, "error": _error(exc.kind, exc.message)})
            return
        except Exception as exc:
            log.exception("control request %s failed", request["op"])
            session.send({"id": ident, "ok": False, "error": _error("failed", str(exc))})
            return
        session.send({"id": ident, "ok": True, "result": result})

    def _same_user(self, writer: asyncio.StreamWriter) -> bool:
        if self.address.transport != "unix" or not hasattr(socket, "SO_PEERCRED"):
            return True  # the folder's mode, or the secret, keeps others out
        sock = writer.get_extra_info("socket")
        try:
            creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        except OSError:
            return False
        _pid, uid, _gid = struct.unpack("3i", creds)
        if uid != os.getuid():
            log.warning("refused a control connection from user id %s", uid)
            return False
        return True

    async def _authenticated(self, reader: asyncio.StreamReader) -> bool:
        if self.address.transport != "tcp":
            return True
        try:
            line = await asyncio.wait_for(reader.readline(), CONNECT_TIMEOUT_S)
        except (TimeoutError, ValueError, asyncio.LimitOverrunError, ConnectionError):
            return False
        document = _decode(line) or {}
        offered = document.get("auth")
        if not isinstance(offered, str) or not hmac.compare_digest(
            offered.encode(), self._secret.encode()
        ):
            log.warning("refused a control connection without the secret")
            return False
        return True


def _error(kind: str, message: str) -> dict[str, object]:
    """A refusal's kind and its message, in English and as words to say in the asker's
    language."""
    return {"kind": kind, "message": message, "words": words_to_json(message)}


def _write_private(path: Path, text: str) -> None:
    """Write a file only this user can read (created 0600, replaced atomically)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temp, path)


# -- an attached face's side ------------------------------------------------------------------


class ControlClient:
    """A connection to a profile's owner: requests, and the events of a `watch`."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._next_id = 0
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._events: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        self._reading = asyncio.ensure_future(self._read())
        self.closed = asyncio.Event()

    @classmethod
    async def connect(
        cls, profile: Path, *, timeout: float = CONNECT_TIMEOUT_S
    ) -> ControlClient | None:
        """The owner's channel, or None when no owner listens."""
        where = address(profile)
        try:
            if where.transport == "unix":
                reader, writer = await asyncio.wait_for(
                    asyncio.open_unix_connection(str(where.path), limit=MAX_LINE), timeout
                )
                return cls(reader, writer)
            port, secret = read_port_file(where.path)
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port, limit=MAX_LINE), timeout
            )
        except (OSError, TimeoutError, ValueError):
            return None
        writer.write(_line({"v": PROTOCOL_VERSION, "auth": secret}))
        return cls(reader, writer)

    async def call(self, op: str, **params: Any) -> Any:
        """Send a request and return its result; ControlError when it fails or the owner goes."""
        if self.closed.is_set():
            raise ControlError("the owning process has stopped", "gone")
        self._next_id += 1
        ident = self._next_id
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[ident] = future
        try:
            self._writer.write(_line({"v": PROTOCOL_VERSION, "id": ident, "op": op, **params}))
            await self._writer.drain()
        except (ConnectionError, RuntimeError):
            self._waiting.pop(ident, None)
            raise ControlError("the owning process has stopped", "gone") from None
        return await future

    async def events(self) -> AsyncIterator[dict[str, Any]]:
        """The pushed events, until the owner goes."""
        while True:
            event = await self._events.get()
            if event is None:
                return
            yield event

    async def close(self) -> None:
        self._writer.close()
        self._reading.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reading
        self._finish()

    async def _read(self) -> None:
        try:
            while True:
                line = await self._reader.readline()
                if not line:
                    break
                document = _decode(line)
                if document is None:
                    break
                if "event" in document:
                    self._events.put_nowait(document)
                    continue
                future = self._waiting.pop(document.get("id"), None)  # type: ignore[arg-type]
                if future is None or future.done():
                    continue
                if document.get("ok"):
                    future.set_result(document.get("result"))
                else:
                    error = document.get("error")
                    error = error if isinstance(error, dict) else {}
                    english = str(error.get("message", "the request failed"))
                    future.set_exception(
                        ControlError(
                            words_from_json(error.get("words"), english),
                            str(error.get("kind", "failed")),
                        )
                    )
        except (ConnectionError, ValueError, asyncio.LimitOverrunError):
            pass
        finally:
            self._finish()

    def _finish(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(ControlError("the owning process has stopped", "gone"))
        self._waiting.clear()
        self._events.put_nowait(None)
