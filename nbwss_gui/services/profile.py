"""One profile, one owner (SPEC §5.1).

A profile is one config folder. The process that owns it — the window, or `nbwss-gui monitor`
— holds the owner lock (an OS lock that dies with the process), the registry, the settings in
force and the one engine, and serves the control channel. Everyone else attaches: a second
window or `monitor` shows the owner's live states (`RemoteEngine`), the commands ask the owner
to make their changes. When the owner goes, an attached face takes the lock over.

`ProfileService` is the owner's half, and the only place that wires a registry to an engine:
the window's adapter and `monitor` both run the connections through it. No Qt here.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from nbwss_gui import __version__
from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.domain.words import words_to_json
from nbwss_gui.services.control import ControlError, ControlServer, Session
from nbwss_gui.services.engine import Engine
from nbwss_gui.services.proxy import Proxies, ProxyChoice
from nbwss_gui.services.registry import Registry, RegistryError

log = logging.getLogger(__name__)

StatusListener = Callable[[EndpointStatus], None]
GroupListener = Callable[[GroupStatus], None]


class ProfileService:
    """Keeps a registry's endpoints connected: the settings in force, one engine, the file
    followed for other processes' changes and, for the owner, the control channel."""

    def __init__(
        self,
        registry: Registry,
        *,
        role: str,
        ca_file: str | None = None,
        ca_file_override: str | None = None,
        settings: Settings | None = None,
        folder: Path | None = None,
        on_raise: Callable[[], None] | None = None,
        proxy_choice: ProxyChoice | None = None,
        **engine_options: Any,
    ) -> None:
        """`ca_file`: the command line's extra CA file, used where the settings name none;
        `ca_file_override`: one used whatever they name (`monitor --ca-file`); `settings`:
        these rather than the registry's (tests); `folder`: serve that profile's control
        channel (the caller holds its owner lock)."""
        self.registry = registry
        self.role = role
        self.ca_file = ca_file
        self.ca_file_override = ca_file_override
        self._fixed_settings = settings
        self.folder = folder
        self.on_raise = on_raise
        self.proxy_choice = proxy_choice or ProxyChoice()
        engine_options.setdefault("proxies_for", self.proxies)
        self._engine_options = engine_options
        self.engine: Engine | None = None
        self.server: ControlServer | None = None
        self._status_listeners: list[StatusListener] = []
        self._group_listeners: list[GroupListener] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._follow: asyncio.Task[None] | None = None
        self._seen: dict[str, RegisteredEndpoint] = {}

    def settings(self) -> Settings:
        if self._fixed_settings is not None:
            return self._fixed_settings
        settings = self.registry.settings_in_force(self.ca_file)
        if self.ca_file_override:
            settings = dataclasses.replace(settings, ca_file=self.ca_file_override)
        return settings

    def proxies(self, settings: Settings | None = None) -> Proxies:
        """The proxy in force for these settings (or the current ones), passwords from the
        profile's keyring."""
        return self.proxy_choice.proxies(
            settings or self.settings(), password_for=self.registry.tokens.get
        )

    def _proxies_asked(self, params: dict[str, Any]) -> Proxies:
        choice = _proxy_choice(params, self.proxy_choice)
        return choice.proxies(self.settings(), password_for=self.registry.tokens.get)

    def listen(
        self, on_status: StatusListener | None = None, on_group: GroupListener | None = None
    ) -> None:
        if on_status is not None:
            self._status_listeners.append(on_status)
        if on_group is not None:
            self._group_listeners.append(on_group)

    def start(self, *, follow: bool = True) -> Engine:
        """Start connecting (inside the running loop); `serve` then opens the channel."""
        self.engine = Engine(
            self.settings(),
            self.registry.token,
            self._status,
            on_group=self._group,
            **self._engine_options,
        )
        self._unsubscribe = self.registry.subscribe(self._registry_changed)
        self._seen = {e.id: e for e in self.registry.endpoints()}
        self.engine.update(self._seen.values())
        if follow:
            self._follow = asyncio.ensure_future(self.registry.follow())
        return self.engine

    async def serve(self) -> None:
        """Open the profile's control channel (the caller holds the owner lock)."""
        if self.folder is not None and self.server is None:
            server = ControlServer(self.folder, self._handle)
            await server.start()
            self.server = server

    def update_settings(self, settings: Settings) -> None:
        """Settings just saved here; the next registry change would bring the same."""
        if self.engine is not None:
            self.engine.update_settings(settings)

    async def close(self) -> None:
        """Tell the attached faces, stop serving, close every connection."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._follow is not None:
            self._follow.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._follow
            self._follow = None
        server, self.server = self.server, None
        if server is not None:
            server.broadcast("closing")
            await server.close()
        engine, self.engine = self.engine, None
        if engine is not None:
            await engine.close()

    # -- the engine's reports, to the local listeners and the attached faces ---------------

    def _status(self, status: EndpointStatus) -> None:
        for listener in list(self._status_listeners):
            listener(status)
        if self.server is not None:
            self.server.broadcast("endpoint", status=_status_json(status))

    def _group(self, status: GroupStatus) -> None:
        for listener in list(self._group_listeners):
            listener(status)
        if self.server is not None:
            self.server.broadcast("group", status=_group_json(status))

    def _registry_changed(self) -> None:
        if self.engine is None:
            return
        endpoints = self.registry.endpoints()
        if self._fixed_settings is None:
            settings = self.settings()
            if settings != self.engine.settings:
                self.engine.update_settings(settings)
        self.engine.update(endpoints)
        current = {e.id: e for e in endpoints}
        if self.server is not None and current != self._seen:
            self.server.broadcast("endpoints", endpoints=_listing(endpoints))
        self._seen = current

    # -- the control channel -----------------------------------------------------------------

    async def _handle(self, op: str, params: dict[str, Any], session: Session) -> Any:
        if op == "hello":
            return {
                "protocol": 1,
                "owner": self.role,
                "pid": os.getpid(),
                "version": __version__,
                "watchers": self.watchers(),
            }
        if op in ("snapshot", "watch"):
            if op == "watch":
                session.watching = True
            return self.snapshot()
        if op == "raise":
            if self.on_raise is None:
                raise ControlError("the owner has no window", "unsupported")
            self.on_raise()
            return {"raised": True}
        if op == "reload":
            return {"changed": await self.registry.reload()}
        if op == "connect_now":
            if self.engine is not None:
                self.engine.connect_now(_optional_text(params.get("group")))
            return {}
        try:
            if op == "add":
                return await self._add(params)
            if op == "remove":
                await self.registry.remove(_ids(params))
                return {}
            if op == "set_activated":
                updated = await self.registry.set_activated(
                    _ids(params), bool(params.get("activated"))
                )
                return {"endpoints": [e.to_json() for e in updated]}
        except RegistryError as exc:
            raise ControlError(exc.message, exc.kind) from None
        raise ControlError(f"unknown operation {op!r}", "bad-request")

    def watchers(self) -> int:
        """How many faces follow this owner's events (attached windows and monitors)."""
        server = self.server
        return sum(1 for s in server.sessions if s.watching) if server is not None else 0

    def snapshot(self) -> dict[str, Any]:
        engine = self.engine
        statuses = engine.statuses() if engine is not None else {}
        groups = engine.group_statuses() if engine is not None else {}
        return {
            "owner": self.role,
            "pid": os.getpid(),
            "endpoints": _listing(self.registry.endpoints()),
            "statuses": [_status_json(s) for s in statuses.values()],
            "groups": [_group_json(g) for g in groups.values()],
            "problem": self.registry.problem,
        }

    async def _add(self, params: dict[str, Any]) -> dict[str, Any]:
        """Load and check the details here, from the file or provider URL the command names:
        the token goes from there to this process's keyring, never over the channel."""
        from nbwss_gui.services.sources import load_details

        source = _optional_text(params.get("source"))
        if not source:
            raise ControlError("no source given", "bad-request")
        ca_file = _optional_text(params.get("caFile")) or self.settings().ca_file
        outcome = await load_details(source, ca_file=ca_file, proxies=self._proxies_asked(params))
        if outcome.error is not None:
            return {
                "error": outcome.error,
                "errorWords": words_to_json(outcome.error),
                "inputAtFault": outcome.input_at_fault,
            }
        assert outcome.result is not None
        problems = [
            {**p.to_json(), "words": words_to_json(p.message)} for p in outcome.result.problems
        ]
        details = outcome.result.endpoint
        if details is None:
            return {"problems": problems, "entry": None}
        replace = bool(params.get("replace"))
        replacing = self.registry.find_by_url(details.url) if replace else None
        activated = params.get("activated")
        entry = await self.registry.add(
            details, replace=replace, activated=activated if isinstance(activated, bool) else None
        )
        return {"problems": problems, "entry": entry.to_json(), "replaced": replacing is not None}


# The channel carries the words of a reason, a summary, a problem or an error besides their
# English, so that a command or a window attached to this owner says them in its own language.


def _status_json(status: EndpointStatus) -> dict[str, Any]:
    return {**status.to_json(), "reasonWords": words_to_json(status.reason or "")}


def _group_json(status: GroupStatus) -> dict[str, Any]:
    return {**status.to_json(), "summaryWords": words_to_json(status.summary)}


def _proxy_choice(params: dict[str, Any], default: ProxyChoice) -> ProxyChoice:
    """The command's --proxy or --no-proxy, sent along with `add`; else this process's own."""
    if params.get("noProxy") is True:
        return ProxyChoice(direct=True)
    override = _optional_text(params.get("proxy"))
    if override:
        from nbwss_gui.domain.proxy import parse_proxy_address

        try:
            return ProxyChoice(parse_proxy_address(override, source="--proxy").url)
        except ValueError as exc:
            raise ControlError(f"--proxy: {exc}", "bad-request") from None
    return default


def _listing(endpoints: Iterable[RegisteredEndpoint]) -> list[dict[str, Any]]:
    return [{**e.to_json(), "state": e.state} for e in endpoints]


def endpoints_from_listing(items: object) -> list[RegisteredEndpoint]:
    """The registered endpoints of an owner's answer (`snapshot`, `endpoints` events)."""
    found = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        try:
            found.append(
                RegisteredEndpoint.from_json({k: v for k, v in item.items() if k != "state"})
            )
        except (ValueError, TypeError, KeyError):
            continue
    return found


def _ids(params: dict[str, Any]) -> list[str]:
    ids = params.get("ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ControlError("ids must be a list of endpoint ids", "bad-request")
    return ids


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) else None
