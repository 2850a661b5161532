"""The registered endpoints: one place that keeps the keyring and the config file in step.

Save order (SPEC §5): the keyring first, then the file; if the file cannot be written the
keyring is put back as it was. Remove: the file first, then the keyring. The window, the
command line and the engine all change endpoints through this class only.

Keyring calls and file writes run on threads, which cancelling a task cannot stop. So a change
whose caller is cancelled half-way is let finish, then taken back: an add cancelled while the
token is being stored or the file written leaves the keyring and the file as they were.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.registered import (
    RegisteredEndpoint,
    normalize_fingerprint,
    sort_endpoints,
    url_key,
)
from nbwss_gui.services import paths
from nbwss_gui.services.config import ConfigError, ConfigLoad, ConfigStore
from nbwss_gui.services.secrets import SecretStoreError, TokenStore

log = logging.getLogger(__name__)


class RegistryError(Exception):
    """A change could not be made. `message` is for the user; `kind` for code that reacts.

    kind: "duplicate", "not-found", "config", or a SecretStoreError kind ("no-backend",
    "locked", "timeout", "failed", "missing").
    """

    def __init__(self, message: str, kind: str = "failed") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


class Registry:
    def __init__(
        self, config: ConfigStore, tokens: TokenStore, *, loaded: ConfigLoad | None = None
    ) -> None:
        """`loaded`: what `config.load()` returned, when the caller has read the file already
        (the window lists the endpoints before the registry exists)."""
        self.config = config
        self.tokens = tokens
        if loaded is None:
            loaded = config.load()
        self._endpoints: dict[str, RegisteredEndpoint] = {e.id: e for e in loaded.endpoints}
        self._settings: dict[str, str] = dict(loaded.settings)
        self.load_notice: str | None = None
        if loaded.moved_aside is not None:
            self.load_notice = (
                f"The configuration file could not be read ({loaded.reason}); it was moved to "
                f"{loaded.moved_aside} and the list starts empty."
            )
        self._subscribers: list[Callable[[], None]] = []
        self._lock: asyncio.Lock | None = None
        self._undoing: set[asyncio.Future[None]] = set()

    @classmethod
    def open_default(cls, *, loaded: ConfigLoad | None = None) -> Registry:
        return cls(ConfigStore(paths.config_file()), TokenStore(), loaded=loaded)

    # Reading

    def endpoints(self) -> list[RegisteredEndpoint]:
        """Sorted by group, then priority, host name and URL."""
        return sort_endpoints(list(self._endpoints.values()))

    def get(self, endpoint_id: str) -> RegisteredEndpoint:
        try:
            return self._endpoints[endpoint_id]
        except KeyError:
            raise RegistryError(f"no endpoint has the id {endpoint_id}", "not-found") from None

    def find_by_url(self, url: str) -> RegisteredEndpoint | None:
        key = url_key(url)
        return next((e for e in self._endpoints.values() if e.url_key == key), None)

    def settings(self) -> dict[str, str]:
        return dict(self._settings)

    async def token(self, endpoint_id: str) -> str:
        self.get(endpoint_id)
        try:
            return await self.tokens.get(endpoint_id)
        except SecretStoreError as exc:
            raise RegistryError(exc.message, exc.kind) from None

    # Changing

    async def add(
        self,
        details: EndpointDetails,
        *,
        pinned_sha256: str | None = None,
        replace: bool = False,
        activated: bool | None = None,
    ) -> RegisteredEndpoint:
        """Register the details; with `replace`, an endpoint with the same URL keeps its id.

        `activated` None: a new endpoint starts activated, a replaced one keeps its state.
        """
        async with self._guard():
            old = self.find_by_url(details.url)
            if old is not None and not replace:
                raise RegistryError(
                    f"An endpoint with the URL {old.url} is already registered "
                    f"({old.host_name}, group {old.group_id}); replace it or remove it first.",
                    "duplicate",
                )
            if pinned_sha256:
                try:
                    normalize_fingerprint(pinned_sha256)
                except ValueError as exc:
                    raise RegistryError(str(exc), "invalid") from None
            if old is None:
                entry = RegisteredEndpoint.from_details(
                    details,
                    pinned_sha256=pinned_sha256,
                    activated=True if activated is None else activated,
                )
            else:
                entry = old.with_details(
                    details,
                    pinned_sha256=pinned_sha256,
                    activated=old.activated if activated is None else activated,
                )
            old_token = await self._old_token(old)
            changed = {**self._endpoints, entry.id: entry}
            had_file = self.config.path.exists()
            # Shielded: once the token is on its way to the keyring, the change runs to its
            # end and is then taken back if the caller was cancelled meanwhile.
            await self._settled(
                self._store(entry.id, details.token, old_token, changed),
                lambda: self._take_back_add(entry.id, old_token, changed, had_file),
            )
            self._endpoints = changed
        self._notify()
        return entry

    async def _store(
        self,
        endpoint_id: str,
        token: str,
        old_token: str | None,
        changed: Mapping[str, RegisteredEndpoint],
    ) -> None:
        """The token into the keyring, then the list into the file; undone if either fails."""
        try:
            await self.tokens.set(endpoint_id, token)
        except asyncio.CancelledError:
            # Only when every task is cancelled (the event loop is closing): the write goes on
            # in the keyring's worker thread, and an undo queued after it runs after it.
            self._in_background(self._put_back(endpoint_id, old_token))
            raise
        except SecretStoreError as exc:
            if exc.kind == "timeout":
                # The write is still queued; undo it once it ends, without making the
                # user wait a second timeout.
                self._in_background(self._put_back(endpoint_id, old_token))
            else:
                await self._put_back(endpoint_id, old_token)
            raise RegistryError(exc.message, exc.kind) from None
        try:
            await self._save(changed, self._settings)
        except RegistryError:
            await self._put_back(endpoint_id, old_token)
            raise

    async def _take_back_add(
        self,
        endpoint_id: str,
        old_token: str | None,
        changed: Mapping[str, RegisteredEndpoint],
        had_file: bool,
    ) -> None:
        """Undo an add that completed after its caller was cancelled: the file as it was
        (the list in memory never changed; no file if there was none), then the keyring."""
        try:
            if had_file:
                await self._save(self._endpoints, self._settings)
            else:
                await asyncio.to_thread(self.config.path.unlink, missing_ok=True)
        except (RegistryError, OSError) as exc:
            # The file keeps the new entry and the keyring its token: saved whole after all.
            log.warning("could not take back a cancelled add of endpoint %s: %s", endpoint_id, exc)
            self._endpoints = dict(changed)
            self._notify()
            return
        await self._put_back(endpoint_id, old_token)

    async def _settled(
        self,
        change: Awaitable[None],
        take_back: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """Run `change` to its end even if the caller is cancelled meanwhile. Then, if it was
        cancelled and the change succeeded: run `take_back`, or without one, tell the
        subscribers about the change; and pass the cancellation on.

        The lock stays held until the registry is consistent again, so no other change can
        slip in between.
        """
        task = asyncio.ensure_future(change)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.done():
                self._in_background(task)
                await _wait_through_cancellation(task)
            if not task.cancelled() and task.exception() is None:
                if take_back is None:
                    self._notify()
                else:
                    await _wait_through_cancellation(self._in_background(take_back()))
            raise

    async def _commit(
        self, endpoints: Mapping[str, RegisteredEndpoint], settings: Mapping[str, str]
    ) -> None:
        """Save, then make it what the registry holds."""
        await self._save(endpoints, settings)
        self._endpoints = dict(endpoints)
        self._settings = dict(settings)

    def _in_background(self, work: Awaitable[None]) -> asyncio.Future[None]:
        """Keep a reference to work nobody awaits, so that it runs to its end."""
        future = asyncio.ensure_future(work)
        self._undoing.add(future)
        future.add_done_callback(self._undoing.discard)
        future.add_done_callback(_consume)
        return future

    async def remove(self, ids: Iterable[str]) -> None:
        """Remove from the file, then delete the tokens; a keyring failure is reported after."""
        async with self._guard():
            wanted = list(dict.fromkeys(ids))
            for endpoint_id in wanted:
                self.get(endpoint_id)
            if not wanted:
                return
            remaining = {k: v for k, v in self._endpoints.items() if k not in wanted}
            failures: list[SecretStoreError] = []

            async def change() -> None:
                await self._commit(remaining, self._settings)
                for endpoint_id in wanted:
                    try:
                        await self.tokens.delete(endpoint_id)
                    except SecretStoreError as exc:
                        failures.append(exc)

            # A cancelled remove still deletes the tokens of what left the file.
            await self._settled(change())
        self._notify()
        if failures:
            raise RegistryError(
                f"Removed from the list, but {len(failures)} token(s) could not be deleted from "
                f"the keyring: {failures[0].message}",
                failures[0].kind,
            )

    async def set_activated(self, ids: Iterable[str], activated: bool) -> list[RegisteredEndpoint]:
        async with self._guard():
            wanted = list(dict.fromkeys(ids))
            updated = [self.get(i).with_activated(activated) for i in wanted]
            if all(e is self._endpoints[e.id] for e in updated):
                return updated
            changed = {**self._endpoints, **{e.id: e for e in updated}}
            await self._settled(self._commit(changed, self._settings))
        self._notify()
        return updated

    async def set_pin(self, endpoint_id: str, sha256: str | None) -> RegisteredEndpoint:
        async with self._guard():
            try:
                entry = self.get(endpoint_id).with_pin(sha256)
            except ValueError as exc:
                raise RegistryError(str(exc), "invalid") from None
            changed = {**self._endpoints, entry.id: entry}
            await self._settled(self._commit(changed, self._settings))
        self._notify()
        return entry

    async def set_settings(self, settings: Mapping[str, str]) -> None:
        async with self._guard():
            await self._settled(self._commit(self._endpoints, settings))
        self._notify()

    async def settle(self) -> None:
        """Return once no change is half-way and no undo is pending: before the process ends,
        so that nothing is left half-saved. Bounded by the keyring timeout."""
        async with self._guard():
            pass
        while self._undoing:
            await asyncio.gather(*self._undoing, return_exceptions=True)

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after every change; returns the function that stops it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    # Inside

    def _guard(self) -> asyncio.Lock:
        # One change at a time: two overlapping adds would each save a list without the other.
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _old_token(self, old: RegisteredEndpoint | None) -> str | None:
        if old is None:
            return None
        try:
            return await self.tokens.get(old.id)
        except SecretStoreError as exc:
            if exc.kind == "missing":
                return None
            raise RegistryError(exc.message, exc.kind) from None

    async def _put_back(self, endpoint_id: str, old_token: str | None) -> None:
        """Undo a token write: restore the replaced token, or delete the new one."""
        try:
            if old_token is None:
                await self.tokens.delete(endpoint_id)
            else:
                await self.tokens.set(endpoint_id, old_token)
        except SecretStoreError as exc:
            log.warning("could not undo a keyring write for endpoint %s: %s", endpoint_id, exc)

    async def _save(
        self, endpoints: Mapping[str, RegisteredEndpoint], settings: Mapping[str, str]
    ) -> None:
        ordered = sort_endpoints(list(endpoints.values()))
        try:
            # fsync can take a while on a slow disk: not on the window's thread.
            await asyncio.to_thread(self.config.save, ordered, settings)
        except ConfigError as exc:
            raise RegistryError(exc.message, "config") from None

    def _notify(self) -> None:
        for callback in list(self._subscribers):
            try:
                callback()
            except Exception:
                log.exception("a registry subscriber failed")


async def _wait_through_cancellation(future: asyncio.Future[None]) -> None:
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
