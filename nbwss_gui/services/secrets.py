"""Tokens in the OS keyring (SPEC §5), and only there: never a plain-text fallback.

Keyring calls can block for minutes on an unlock prompt, so each runs on a worker thread and
the caller waits with a timeout. One worker per store runs the calls in order: a rollback queued
after a timed-out write runs after that write, whenever it finishes, so nothing is left behind.
The worker is a daemon thread so a prompt nobody answers cannot keep the process alive.

Windows Credential Locker caps one secret at 2,560 bytes of UTF-16, so long tokens are split:
a header entry "nbwss-chunks:N" under the endpoint id and the parts under "<id>#1".."<id>#N".
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from nbwss_gui.domain.words import translate
from nbwss_gui.services import logs

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

T = TypeVar("T")

CHUNK_HEADER = "nbwss-chunks:"
MAX_CHUNKS = 10_000
NO_BACKEND_MESSAGE = (
    "No system keyring is available; install and unlock a Secret Service such as GNOME Keyring "
    "or KWallet. Nothing was saved."
)
LOCKED_MESSAGE = "The system keyring is locked; unlock it and try again. Nothing was saved."
# A read saves nothing: its messages must not say "Nothing was saved".
NO_BACKEND_READ_MESSAGE = (
    "No system keyring is available to read the token from; install and unlock a Secret "
    "Service such as GNOME Keyring or KWallet."
)
LOCKED_READ_MESSAGE = "The system keyring is locked; unlock it and try again."
# What backends raise when the person dismissed the unlock prompt (secretstorage, and the
# keyring backends built on it): the keyring stays locked, which is what to tell them.
_DISMISSED = frozenset({"PromptDismissedException", "LockedException"})
TIMEOUT_MESSAGE = "waiting for the keyring to unlock timed out"
MISSING_MESSAGE = "No token is stored in the keyring for this endpoint; add the endpoint again."


class SecretStoreError(Exception):
    """A keyring operation failed. `kind`: no-backend, locked, timeout, failed or missing.

    The message comes from us or from the backend; it never contains the token.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class _Worker:
    """One daemon thread that runs keyring calls in the order they were submitted."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[
            tuple[concurrent.futures.Future[object], Callable[[], object]]
        ]
        self._jobs = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], T]) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((future, job))  # type: ignore[arg-type]
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="nbwss-keyring", daemon=True)
                self._thread.start()
        return future

    def _run(self) -> None:
        while True:
            future, job = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)


class TokenStore:
    """Endpoint tokens in the keyring, keyed by the endpoint's stable id."""

    SERVICE = "nbwss-gui"

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        chunk_bytes: int = 2000,
        backend: KeyringBackend | None = None,
    ) -> None:
        if chunk_bytes < 16:
            raise ValueError("chunk_bytes must be at least 16")
        self.timeout = timeout
        self.chunk_bytes = chunk_bytes
        self._backend = backend
        self._worker = _Worker()
        # The token of each endpoint the log's redaction knows, by endpoint id.
        self._redacted: dict[str, str] = {}

    def backend(self) -> KeyringBackend:
        """The backend in use: the one given, else keyring's current choice."""
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        """For display. The first call may probe D-Bus for a backend: not on a hot path."""
        try:
            return str(self.backend())
        except Exception as exc:
            return f"unavailable ({type(exc).__name__})"

    async def usable_backend_name(self) -> str:
        """The name of the keyring that holds the tokens ("SecretService Keyring"), found off
        the event loop; SecretStoreError ("no-backend") when there is none to hold them.

        Asks nothing of the keyring itself: a locked one would prompt to be unlocked."""

        def find() -> str:
            backend = self._usable_backend()
            return str(getattr(backend, "name", None) or type(backend).__name__)

        return await self._call(find, reading=True)

    async def set(self, endpoint_id: str, token: str) -> None:
        """Store the token. If this times out, the write may still finish later."""
        if not token:
            raise ValueError("the token is empty")
        # Known to the log's redaction from now on, whatever happens next.
        self._known(endpoint_id, token)
        await self._call(lambda: self._set_sync(endpoint_id, token), (token, *self.split(token)))

    async def get(self, endpoint_id: str) -> str:
        token = await self._call(lambda: self._get_sync(endpoint_id), reading=True)
        self._known(endpoint_id, token)
        return token

    async def delete(self, endpoint_id: str) -> None:
        """Delete the token and every chunk of it; a token that is not there is fine."""
        await self._call(lambda: self._delete_sync(endpoint_id))
        old = self._redacted.pop(endpoint_id, None)
        if old is not None:
            logs.forget_secret(old)

    def _known(self, endpoint_id: str, token: str) -> None:
        """Have the log hide this endpoint's token (once per endpoint, whoever reads it: the
        window, the command line, the engine)."""
        old = self._redacted.get(endpoint_id)
        if old == token:
            return
        logs.add_secret(token)
        self._redacted[endpoint_id] = token
        if old is not None:
            logs.forget_secret(old)

    def split(self, token: str) -> list[str]:
        """The parts a token is stored in, each within `chunk_bytes` in UTF-8 and in UTF-16."""
        parts: list[str] = []
        start = utf8 = utf16 = 0
        for index, char in enumerate(token):
            point = ord(char)
            char8 = 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4
            char16 = 2 if point < 0x10000 else 4
            if max(utf8 + char8, utf16 + char16) > self.chunk_bytes:
                parts.append(token[start:index])
                start, utf8, utf16 = index, 0, 0
            utf8 += char8
            utf16 += char16
        if start < len(token):
            parts.append(token[start:])
        return parts

    async def _call(
        self, job: Callable[[], T], secrets: tuple[str, ...] = (), *, reading: bool = False
    ) -> T:
        loop = asyncio.get_running_loop()
        future = self._worker.submit(lambda: _mapped(job, secrets, reading=reading))
        # Shielded: a timed-out call stays queued, so calls queued after it keep their order.
        waiter = asyncio.wrap_future(future, loop=loop)
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), self.timeout)
        except TimeoutError:
            # Nobody awaits the late outcome any more: consume it so it is not logged as lost.
            waiter.add_done_callback(_consume)
            raise SecretStoreError("timeout", TIMEOUT_MESSAGE) from None

    def _usable_backend(self) -> KeyringBackend:
        from keyring.backends import fail, null

        backend = self.backend()
        # The null backend "saves" nothing without a word; the fail backend raises on use.
        if isinstance(backend, fail.Keyring | null.Keyring):
            raise _NoBackend
        return backend

    def _set_sync(self, endpoint_id: str, token: str) -> None:
        backend = self._usable_backend()
        old_count = _chunk_count(backend.get_password(self.SERVICE, endpoint_id))
        # A token that looks like a header is chunked too, so get() cannot mistake it.
        if _stored_size(token) <= self.chunk_bytes and not token.startswith(CHUNK_HEADER):
            backend.set_password(self.SERVICE, endpoint_id, token)
            new_count = 0
        else:
            parts = self.split(token)
            for index, part in enumerate(parts, start=1):
                backend.set_password(self.SERVICE, _chunk_name(endpoint_id, index), part)
            # The header last: until it is written, get() still finds the old token whole.
            backend.set_password(self.SERVICE, endpoint_id, f"{CHUNK_HEADER}{len(parts)}")
            new_count = len(parts)
        for index in range(new_count + 1, old_count + 1):
            _delete_quietly(backend, self.SERVICE, _chunk_name(endpoint_id, index))

    def _get_sync(self, endpoint_id: str) -> str:
        backend = self._usable_backend()
        head = backend.get_password(self.SERVICE, endpoint_id)
        if head is None:
            raise SecretStoreError("missing", MISSING_MESSAGE)
        count = _chunk_count(head)
        if count == 0:
            return head
        parts = []
        for index in range(1, count + 1):
            part = backend.get_password(self.SERVICE, _chunk_name(endpoint_id, index))
            if part is None:
                # As good as no token at all: the endpoint must be added again.
                raise SecretStoreError(
                    "missing",
                    translate(
                        "Keyring",
                        "part {index} of {count} of the token is missing from the keyring; add "
                        "the endpoint again",
                    ).fill(index=index, count=count),
                )
            parts.append(part)
        return "".join(parts)

    def _delete_sync(self, endpoint_id: str) -> None:
        backend = self._usable_backend()
        count = _chunk_count(backend.get_password(self.SERVICE, endpoint_id))
        _delete_quietly(backend, self.SERVICE, endpoint_id)
        for index in range(1, count + 1):
            _delete_quietly(backend, self.SERVICE, _chunk_name(endpoint_id, index))
        # Parts beyond the header's count are left by a write that stopped half-way.
        index = count + 1
        while backend.get_password(self.SERVICE, _chunk_name(endpoint_id, index)) is not None:
            _delete_quietly(backend, self.SERVICE, _chunk_name(endpoint_id, index))
            index += 1


def _consume(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


class _NoBackend(Exception):
    """No usable backend; _mapped says so in the words that fit the operation."""


def _mapped(job: Callable[[], T], secrets: tuple[str, ...], *, reading: bool = False) -> T:
    """Run a keyring call and turn whatever it raises into a SecretStoreError without secrets.

    `reading`: the call only reads, so the message does not say that nothing was saved.
    """
    from keyring.errors import KeyringLocked, NoKeyringError

    try:
        return job()
    except SecretStoreError:
        raise
    except (NoKeyringError, _NoBackend):
        words = NO_BACKEND_READ_MESSAGE if reading else NO_BACKEND_MESSAGE
        raise SecretStoreError("no-backend", words) from None
    except Exception as exc:
        if not isinstance(exc, KeyringLocked) and type(exc).__name__ not in _DISMISSED:
            detail = _detail(exc, secrets) or type(exc).__name__
            raise SecretStoreError(
                "failed",
                translate("Keyring", "the keyring refused the operation: {detail}").fill(
                    detail=detail
                ),
            ) from None
        detail = _detail(exc, secrets)
        words = LOCKED_READ_MESSAGE if reading else LOCKED_MESSAGE
        message = f"{words} ({detail})" if detail else words
        raise SecretStoreError("locked", message) from None


def _detail(exc: BaseException, secrets: tuple[str, ...]) -> str:
    """The backend's own words, with the token (and its parts) cut out should one echo it."""
    text = str(exc).strip()
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "<token>")
    return text[:300]


def _stored_size(text: str) -> int:
    return max(len(text.encode("utf-8")), len(text.encode("utf-16-le")))


def _chunk_name(endpoint_id: str, index: int) -> str:
    return f"{endpoint_id}#{index}"


def _chunk_count(head: str | None) -> int:
    """N for a header entry "nbwss-chunks:N", 0 for a whole token or no entry."""
    if head is None or not head.startswith(CHUNK_HEADER):
        return 0
    digits = head[len(CHUNK_HEADER) :]
    if not digits.isdigit() or not 1 <= int(digits) <= MAX_CHUNKS:
        return 0
    return int(digits)


def _delete_quietly(backend: KeyringBackend, service: str, name: str) -> None:
    from keyring.errors import PasswordDeleteError

    # Not there means deleting is done. Anything else (locked, no backend) must be reported.
    with contextlib.suppress(PasswordDeleteError):
        backend.delete_password(service, name)
