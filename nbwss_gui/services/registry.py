"""The registered endpoints: one place that keeps the keyring and the config file in step.

Save order (SPEC §5): the keyring first, then the file; if the file cannot be written the
keyring is put back as it was. Remove: the file first, then the keyring. The window, the
command line and the engine all change endpoints through this class only.

Other processes write the same file (SPEC §5.1). Every change is therefore a read-modify-write
under the file's inter-process lock: the file is read afresh, the one change applied to it by
endpoint id, and written back, so two writers never lose each other's endpoints. What another
process wrote is taken in then, and by `reload` (which `follow` calls when the file changes).

Keyring calls and file writes run on threads, which cancelling a task cannot stop. So a change
whose caller is cancelled half-way is let finish, then taken back: an add cancelled while the
token is being stored or the file written leaves the keyring and the file as they were.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.registered import (
    DuplicateEndpoint,
    NewEndpoint,
    RegisteredEndpoint,
    normalize_fingerprint,
    plan_adds,
    sort_endpoints,
    url_key,
)
from nbwss_gui.domain.settings import Settings as TypedSettings
from nbwss_gui.domain.settings import SettingsProblem, in_force
from nbwss_gui.domain.words import translate, words_of
from nbwss_gui.services import paths
from nbwss_gui.services.config import ConfigError, ConfigLoad, ConfigStore, ConfigUnreadable
from nbwss_gui.services.secrets import SecretStoreError, TokenStore
from nbwss_gui.services.token_writes import TokenWrite, TokenWrites

log = logging.getLogger(__name__)

# How often `follow` looks at the file for changes made by other processes (one stat call).
FOLLOW_INTERVAL_S = 0.25
Endpoints = dict[str, RegisteredEndpoint]
Settings = dict[str, str]


class RegistryError(Exception):
    """A change could not be made. `message` is for the user; `kind` for code that reacts.

    kind: "duplicate", "not-found", "config", or a SecretStoreError kind ("no-backend",
    "locked", "timeout", "failed", "missing").
    """

    def __init__(self, message: str, kind: str = "failed") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass(frozen=True, slots=True)
class _Added:
    """What an add did, to take it back: (wanted, entry saved, entry it replaced) each, the
    token writes, and whether the file existed before."""

    planned: list[tuple[NewEndpoint, RegisteredEndpoint, RegisteredEndpoint | None]]
    writes: list[TokenWrite]
    had_file: bool


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
        # Why the file as it is now cannot be used (another process or a hand edit broke it),
        # while the list shown is the last good one; None when all is well.
        self.problem: str | None = None
        self._typed: tuple[dict[str, str], TypedSettings, list[SettingsProblem]] | None = None
        self._subscribers: list[Callable[[], None]] = []
        self._lock: asyncio.Lock | None = None
        self._writes = TokenWrites(tokens)

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
            raise RegistryError(
                translate("Registry", "no endpoint has the id {endpoint_id}").fill(
                    endpoint_id=endpoint_id
                ),
                "not-found",
            ) from None

    def find_by_url(self, url: str) -> RegisteredEndpoint | None:
        key = url_key(url)
        return next((e for e in self._endpoints.values() if e.url_key == key), None)

    def settings(self) -> dict[str, str]:
        """The saved settings as the file holds them (key=value strings, SPEC §4.5)."""
        return dict(self._settings)

    def typed_settings(self) -> tuple[TypedSettings, list[SettingsProblem]]:
        """The saved settings read into the domain's typed value, once per change; and what
        was refused (a refused value is at its default)."""
        if self._typed is None or self._typed[0] is not self._settings:
            self._typed = (self._settings, *TypedSettings.from_mapping(self._settings))
        return self._typed[1], list(self._typed[2])

    def settings_in_force(self, ca_file: str | None = None) -> TypedSettings:
        """What connections and certificate checks use: the saved settings, with `ca_file`
        (the command line's extra CA file) where they name none."""
        return in_force(self.typed_settings()[0], ca_file)

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
        added = await self.add_all([NewEndpoint(details, pinned_sha256, replace, activated)])
        return added[0]

    async def add_all(self, wanted: Sequence[NewEndpoint]) -> list[RegisteredEndpoint]:
        """Register several endpoints together: all of them, or (on any refusal or failure,
        or a cancel) none, with the keyring and the file as they were."""
        for item in wanted:
            if item.pinned_sha256:
                try:
                    normalize_fingerprint(item.pinned_sha256)
                except ValueError as exc:
                    raise RegistryError(words_of(exc), "invalid") from None
        done: list[_Added] = []

        async def change() -> None:
            async with self._file_lock():
                endpoints, settings = await self._read_fresh()
                try:
                    planned = plan_adds(endpoints.values(), wanted)
                except DuplicateEndpoint as exc:
                    raise RegistryError(words_of(exc), "duplicate") from None
                try:
                    writes = [
                        TokenWrite(
                            entry.id,
                            item.details.token,
                            await self._writes.old_token(old.id if old is not None else None),
                        )
                        for item, entry, old in planned
                    ]
                except SecretStoreError as exc:
                    raise RegistryError(exc.message, exc.kind) from None
                had_file = self.config.path.exists()
                changed = {**endpoints, **{entry.id: entry for _, entry, _ in planned}}
                await self._store(writes, changed, settings)
                self._adopt(changed, settings)
                done.append(_Added(planned, writes, had_file))

        async def take_back() -> None:
            await self._take_back_add(done[0])

        async with self._guard():
            # Shielded: once the tokens are on their way to the keyring, the change runs to its
            # end and is then taken back if the caller was cancelled meanwhile.
            await self._writes.run_to_end(change(), take_back)
        self._notify()
        return [entry for _, entry, _ in done[0].planned]

    async def _store(
        self,
        writes: Sequence[TokenWrite],
        changed: Mapping[str, RegisteredEndpoint],
        settings: Mapping[str, str],
    ) -> None:
        """The tokens into the keyring, then the list into the file; undone if either fails."""
        try:
            await self._writes.write_all(writes)
        except SecretStoreError as exc:
            raise RegistryError(exc.message, exc.kind) from None
        try:
            await self._save(changed, settings)
        except RegistryError:
            await self._writes.put_back(writes)
            raise

    async def _take_back_add(self, added: _Added) -> None:
        """Undo an add that completed after its caller was cancelled: the entries as they were
        in the file (gone, or the replaced ones back; no file if there was none and nothing
        else was written since), then the keyring. What other processes wrote meanwhile
        stays."""
        try:
            async with self._file_lock():
                endpoints, settings = await self._read_fresh()
                for _, entry, old in added.planned:
                    endpoints.pop(entry.id, None)
                    if old is not None:
                        endpoints[old.id] = old
                if not added.had_file and not endpoints and not settings:
                    await asyncio.to_thread(self.config.path.unlink, missing_ok=True)
                else:
                    await self._save(endpoints, settings)
                self._adopt(endpoints, settings)
        except (RegistryError, ConfigError, OSError) as exc:
            # The file keeps the new entries and the keyring their tokens: saved whole after
            # all.
            ids = ", ".join(entry.id for _, entry, _ in added.planned)
            log.warning("could not take back a cancelled add of endpoint %s: %s", ids, exc)
            self._notify()
            return
        self._notify()
        await self._writes.put_back(added.writes)

    async def _settled(self, change: Awaitable[None]) -> None:
        """Run `change` to its end even if the caller is cancelled meanwhile; if it was, and
        the change succeeded, tell the subscribers about it and pass the cancellation on.

        The lock stays held until the registry is consistent again, so no other change can
        slip in between.
        """
        await self._writes.run_to_end(change, self._notify)

    async def _commit(
        self, mutate: Callable[[Endpoints, dict[str, str]], tuple[Endpoints, dict[str, str]]]
    ) -> None:
        """Read the file afresh under its lock, apply `mutate`, save, and hold the result."""
        async with self._file_lock():
            endpoints, settings = await self._read_fresh()
            endpoints, settings = mutate(endpoints, settings)
            await self._save(endpoints, settings)
            self._adopt(endpoints, settings)

    async def remove(self, ids: Iterable[str]) -> None:
        """Remove from the file, then delete the tokens; a keyring failure is reported after."""
        async with self._guard():
            wanted = list(dict.fromkeys(ids))
            for endpoint_id in wanted:
                self.get(endpoint_id)
            if not wanted:
                return
            failures: list[SecretStoreError] = []
            removed: list[str] = []

            def drop(endpoints: Endpoints, settings: Settings) -> tuple[Endpoints, Settings]:
                # One that another process removed meanwhile has had its token deleted there.
                removed.extend(i for i in wanted if i in endpoints)
                return {k: v for k, v in endpoints.items() if k not in wanted}, settings

            async def change() -> None:
                await self._commit(drop)
                for endpoint_id in removed:
                    try:
                        await self.tokens.delete(endpoint_id)
                    except SecretStoreError as exc:
                        if exc.kind != "missing":
                            failures.append(exc)

            # A cancelled remove still deletes the tokens of what left the file.
            await self._settled(change())
        self._notify()
        if failures:
            raise RegistryError(
                translate(
                    "Registry",
                    "Removed from the list, but {count} token(s) could not be deleted from "
                    "the keyring: {message}",
                ).fill(count=len(failures), message=failures[0].message),
                failures[0].kind,
            )

    async def set_activated(self, ids: Iterable[str], activated: bool) -> list[RegisteredEndpoint]:
        async with self._guard():
            wanted = list(dict.fromkeys(ids))
            for endpoint_id in wanted:
                self.get(endpoint_id)
            updated: list[RegisteredEndpoint] = []

            def mark(endpoints: Endpoints, settings: Settings) -> tuple[Endpoints, Settings]:
                updated.clear()
                for endpoint_id in wanted:
                    entry = endpoints.get(endpoint_id)
                    if entry is None:
                        raise RegistryError(
                            translate(
                                "Registry", "the endpoint {endpoint_id} was removed meanwhile"
                            ).fill(endpoint_id=endpoint_id),
                            "not-found",
                        )
                    updated.append(entry.with_activated(activated))
                return {**endpoints, **{e.id: e for e in updated}}, settings

            if all(self._endpoints[i].activated is activated for i in wanted):
                return [self._endpoints[i] for i in wanted]
            await self._settled(self._commit(mark))
        self._notify()
        return updated

    async def edit(
        self, endpoint_id: str, *, priority: int | None = None, activated: bool | None = None
    ) -> RegisteredEndpoint:
        """Change an endpoint's priority and activation in place: the same id, the same token
        (it stays in the keyring untouched), the same rules as a file's priority."""
        async with self._guard():
            current = self.get(endpoint_id)
            try:
                if priority is not None:
                    current.with_priority(priority)
            except ValueError as exc:
                raise RegistryError(words_of(exc), "invalid") from None
            edited: list[RegisteredEndpoint] = []

            def change(endpoints: Endpoints, settings: Settings) -> tuple[Endpoints, Settings]:
                entry = endpoints.get(endpoint_id)
                if entry is None:
                    raise RegistryError(
                        translate(
                            "Registry", "the endpoint {endpoint_id} was removed meanwhile"
                        ).fill(endpoint_id=endpoint_id),
                        "not-found",
                    )
                if priority is not None:
                    entry = entry.with_priority(priority)
                if activated is not None:
                    entry = entry.with_activated(activated)
                edited[:] = [entry]
                return {**endpoints, endpoint_id: entry}, settings

            await self._settled(self._commit(change))
        self._notify()
        return edited[0]

    async def set_pin(self, endpoint_id: str, sha256: str | None) -> RegisteredEndpoint:
        async with self._guard():
            try:
                self.get(endpoint_id).with_pin(sha256)
            except ValueError as exc:
                raise RegistryError(words_of(exc), "invalid") from None
            pinned: list[RegisteredEndpoint] = []

            def pin(endpoints: Endpoints, settings: Settings) -> tuple[Endpoints, Settings]:
                entry = endpoints.get(endpoint_id)
                if entry is None:
                    raise RegistryError(
                        translate(
                            "Registry", "the endpoint {endpoint_id} was removed meanwhile"
                        ).fill(endpoint_id=endpoint_id),
                        "not-found",
                    )
                pinned[:] = [entry.with_pin(sha256)]
                return {**endpoints, endpoint_id: pinned[0]}, settings

            await self._settled(self._commit(pin))
        self._notify()
        return pinned[0]

    async def set_settings(self, settings: Mapping[str, str]) -> None:
        wanted = dict(settings)
        async with self._guard():
            await self._settled(self._commit(lambda endpoints, _old: (endpoints, wanted)))
        self._notify()

    # Following the other processes

    async def reload(self) -> bool:
        """Take in what other processes wrote to the file; True when the list or settings
        changed. A file that cannot be read keeps the last good list: `problem` says why."""
        async with self._guard():
            try:
                loaded = await asyncio.to_thread(self.config.read)
            except ConfigUnreadable as exc:
                told = self.problem != exc.message
                self.problem = exc.message
                if told:
                    log.warning("%s", exc.message)
                    self._notify()
                return False
            endpoints = {e.id: e for e in loaded.endpoints}
            changed = endpoints != self._endpoints or loaded.settings != self._settings
            mended = self.problem is not None
            self._adopt(endpoints, loaded.settings)
        if changed or mended:
            self._notify()
        return changed

    async def follow(self, interval: float = FOLLOW_INTERVAL_S) -> None:
        """Reload whenever the file changes, until cancelled."""
        seen = self.config.stamp()
        while True:
            await asyncio.sleep(interval)
            stamp = self.config.stamp()
            if stamp != seen:
                seen = stamp
                await self.reload()

    async def settle(self) -> None:
        """Return once no change is half-way and no undo is pending: before the process ends,
        so that nothing is left half-saved. Bounded by the keyring timeout."""
        async with self._guard():
            pass
        await self._writes.settle()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after every change; returns the function that stops it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    # Inside

    @contextlib.asynccontextmanager
    async def _file_lock(self) -> AsyncIterator[None]:
        """Hold the file's inter-process lock (and so every other writer off) for one change."""
        try:
            lock = self.config.lock()
            await lock.__aenter__()
        except ConfigError as exc:
            raise RegistryError(exc.message, "config") from None
        try:
            yield
        finally:
            await lock.__aexit__(None, None, None)

    async def _read_fresh(self) -> tuple[Endpoints, dict[str, str]]:
        """The file as it is now (call under the file lock); one that cannot be read stops
        the change, and is left for the user to see."""
        try:
            loaded = await asyncio.to_thread(self.config.read)
        except ConfigUnreadable as exc:
            self.problem = exc.message
            raise RegistryError(exc.message, "config") from None
        return {e.id: e for e in loaded.endpoints}, dict(loaded.settings)

    def _adopt(
        self, endpoints: Mapping[str, RegisteredEndpoint], settings: Mapping[str, str]
    ) -> None:
        self._endpoints = dict(endpoints)
        self._settings = dict(settings)
        self.problem = None

    def _guard(self) -> asyncio.Lock:
        # One change at a time: two overlapping adds would each save a list without the other.
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

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
