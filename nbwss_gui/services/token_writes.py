"""Keyring writes that can be taken back, and changes let run to their end (SPEC §5).

The registry saves tokens first and the file second; when the file cannot be written, or the
change is taken back, each token is put back as it was: the replaced token restored, a new
one deleted. Keyring calls run on threads that cancelling a task cannot stop, so a change
whose caller is cancelled half-way runs to its end here, and undo work nobody awaits is kept
alive until it is done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from nbwss_gui.services.secrets import SecretStoreError, TokenStore

log = logging.getLogger(__name__)

# Keyring failures that happen before anything is written: there is nothing to undo (and an
# undo would only fail the same way, with a misleading warning).
NOTHING_WRITTEN = frozenset({"no-backend", "locked"})


@dataclass(frozen=True, slots=True)
class TokenWrite:
    """One token to store, and the token it replaces (None: the endpoint had none)."""

    endpoint_id: str
    token: str
    old_token: str | None


class TokenWrites:
    """Writes tokens in order and takes them back; keeps background undo work alive."""

    def __init__(self, tokens: TokenStore) -> None:
        self.tokens = tokens
        self._undoing: set[asyncio.Future[None]] = set()

    async def old_token(self, endpoint_id: str | None) -> str | None:
        """The token an endpoint has now, to put back on undo; None when it has none.
        Raises SecretStoreError when the keyring cannot say."""
        if endpoint_id is None:
            return None
        try:
            return await self.tokens.get(endpoint_id)
        except SecretStoreError as exc:
            if exc.kind == "missing":
                return None
            raise

    async def write_all(self, writes: Sequence[TokenWrite]) -> None:
        """Store every token, in order. If one fails, those already stored (and the failed
        one, unless nothing was written) are put back before the SecretStoreError goes on."""
        for done, write in enumerate(writes):
            try:
                await self.tokens.set(write.endpoint_id, write.token)
            except asyncio.CancelledError:
                # Only when every task is cancelled (the event loop is closing): the write goes
                # on in the keyring's worker thread, and an undo queued after it runs after it.
                self.in_background(self.put_back(writes[: done + 1]))
                raise
            except SecretStoreError as exc:
                if exc.kind == "timeout":
                    # The write is still queued; undo it and those before it once it ends,
                    # without making the user wait a second timeout.
                    self.in_background(self.put_back(writes[: done + 1]))
                elif exc.kind in NOTHING_WRITTEN:
                    await self.put_back(writes[:done])
                else:
                    await self.put_back(writes[: done + 1])
                raise

    async def put_back(self, writes: Sequence[TokenWrite]) -> None:
        """Undo token writes, last first: restore each replaced token, delete each new one."""
        for write in reversed(writes):
            try:
                if write.old_token is None:
                    await self.tokens.delete(write.endpoint_id)
                else:
                    await self.tokens.set(write.endpoint_id, write.old_token)
            except SecretStoreError as exc:
                log.warning(
                    "could not undo a keyring write for endpoint %s: %s", write.endpoint_id, exc
                )

    def in_background(self, work: Awaitable[None]) -> asyncio.Future[None]:
        """Keep a reference to work nobody awaits, so that it runs to its end."""
        future = asyncio.ensure_future(work)
        self._undoing.add(future)
        future.add_done_callback(self._undoing.discard)
        future.add_done_callback(_consume)
        return future

    async def settle(self) -> None:
        """Return once no background undo is pending."""
        while self._undoing:
            await asyncio.gather(*self._undoing, return_exceptions=True)

    async def run_to_end(
        self,
        change: Awaitable[None],
        on_cancelled: Callable[[], Awaitable[None] | None],
    ) -> None:
        """Run `change` to its end even if the caller is cancelled meanwhile. Then, if it was
        cancelled and the change succeeded, run `on_cancelled` (a take-back to wait for, or a
        plain call) and pass the cancellation on."""
        task = asyncio.ensure_future(change)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.done():
                self.in_background(task)
                await wait_through_cancellation(task)
            if not task.cancelled() and task.exception() is None:
                undo = on_cancelled()
                if undo is not None:
                    await wait_through_cancellation(self.in_background(undo))
            raise


async def wait_through_cancellation(future: asyncio.Future[None]) -> None:
    """Wait for `future` to end, however often the waiting task is cancelled meanwhile.

    Used only while taking a change back: bounded by the keyring timeout and one file write.
    """
    while not future.done():
        try:
            await asyncio.shield(future)
        except asyncio.CancelledError:
            continue
        except Exception:
            return


def _consume(future: asyncio.Future[None]) -> None:
    """Mark the outcome of background work as seen; failures were logged where they happened."""
    if not future.cancelled():
        future.exception()
