"""The owner's engine as an attached face sees it (SPEC §5.1): a second window, or `monitor`
beside the window, shows the owner's live states through the control channel and dials
nothing. What crosses the channel is read as hostile-free but still checked: a status that
does not parse is dropped."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.message_log import MessageLog
from nbwss_gui.domain.words import words_from_json
from nbwss_gui.services.control import ControlClient, ControlError

StatusListener = Callable[[EndpointStatus], None]
GroupListener = Callable[[GroupStatus], None]


class RemoteEngine:
    """The owner's engine as an attached face sees it: its states, kept current by the
    channel's events, and Connect now. What it dials, and its message logs, stay with it."""

    def __init__(self, client: ControlClient, snapshot: dict[str, Any]) -> None:
        self.client = client
        self.owner = str(snapshot.get("owner", "another process"))
        self.pid = snapshot.get("pid")
        self._statuses: dict[str, EndpointStatus] = {}
        self._groups: dict[str, GroupStatus] = {}
        self.endpoints: list[dict[str, Any]] = list(snapshot.get("endpoints") or [])
        for item in snapshot.get("statuses") or []:
            status = status_from_json(item)
            if status is not None:
                self._statuses[status.endpoint_id] = status
        for item in snapshot.get("groups") or []:
            group = group_from_json(item)
            if group is not None:
                self._groups[group.group_id] = group
        self._logs: dict[str, MessageLog] = {}
        self._calls: set[asyncio.Task[Any]] = set()

    @classmethod
    async def attach(cls, folder: Path) -> RemoteEngine | None:
        """Watch the owner of `folder`; None when none answers."""
        client = await ControlClient.connect(folder)
        if client is None:
            return None
        try:
            snapshot = await client.call("watch")
        except ControlError:
            await client.close()
            return None
        return cls(client, snapshot)

    async def run(
        self,
        on_status: StatusListener | None = None,
        on_group: GroupListener | None = None,
        on_endpoints: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """Follow the owner's events until it goes; the states then read NOT CONNECTED."""
        async for event in self.client.events():
            kind = event.get("event")
            if kind == "endpoint":
                status = status_from_json(event.get("status"))
                if status is not None:
                    self._statuses[status.endpoint_id] = status
                    if on_status is not None:
                        on_status(status)
            elif kind == "group":
                group = group_from_json(event.get("status"))
                if group is not None:
                    self._groups[group.group_id] = group
                    if on_group is not None:
                        on_group(group)
            elif kind == "endpoints":
                self.endpoints = list(event.get("endpoints") or [])
                present = {e.get("id") for e in self.endpoints}
                for gone in [i for i in self._statuses if i not in present]:
                    del self._statuses[gone]
                if on_endpoints is not None:
                    on_endpoints(self.endpoints)
            elif kind == "closing":
                break
        await self.client.close()

    # What the window reads of an engine

    def statuses(self) -> dict[str, EndpointStatus]:
        return dict(self._statuses)

    def status(self, endpoint_id: str) -> EndpointStatus | None:
        return self._statuses.get(endpoint_id)

    def group_statuses(self) -> dict[str, GroupStatus]:
        return dict(self._groups)

    def group_status(self, group_id: str) -> GroupStatus | None:
        return self._groups.get(group_id)

    def message_log(self, endpoint_id: str) -> MessageLog:
        # The messages pass through the owner's process; this face has none of its own.
        return self._logs.setdefault(endpoint_id, MessageLog())

    def connect_now(self, group_id: str | None = None) -> None:
        self._fire("connect_now", group=group_id)

    def reload(self) -> None:
        """Ask the owner to read the file now (after this face changed it)."""
        self._fire("reload")

    def _fire(self, op: str, **params: Any) -> None:
        async def call() -> None:
            with contextlib.suppress(ControlError):
                await self.client.call(op, **params)

        task = asyncio.ensure_future(call())
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    async def close(self) -> None:
        for task in list(self._calls):
            task.cancel()
        await self.client.close()


def status_from_json(item: object) -> EndpointStatus | None:
    """An endpoint status as `EndpointStatus.to_json` wrote it (from the owner); None if not."""
    if not isinstance(item, dict):
        return None
    try:
        return EndpointStatus(
            endpoint_id=str(item["endpointId"]),
            group_id=str(item["groupId"]),
            state=ConnectionState(item["state"]),
            reason=_said(item.get("reason"), item.get("reasonWords")),
            reason_kind=_optional_text(item.get("reasonKind")),
            since=float(item.get("since") or 0.0),
            retry_at=_optional_number(item.get("retryAt")),
            rtt_ms=_optional_number(item.get("rttMs")),
            certificate_expires=_optional_number(item.get("certificateExpiresAt")),
        )
    except (KeyError, ValueError, TypeError):
        return None


def group_from_json(item: object) -> GroupStatus | None:
    if not isinstance(item, dict):
        return None
    try:
        return GroupStatus(
            group_id=str(item["groupId"]),
            state=ConnectionState(item["state"]),
            active_endpoint_id=_optional_text(item.get("activeEndpointId")),
            summary=_said(item.get("summary"), item.get("summaryWords")) or "",
            since=float(item.get("since") or 0.0),
            retry_at=_optional_number(item.get("retryAt")),
        )
    except (KeyError, ValueError, TypeError):
        return None


def _optional_number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _said(english: object, words: object) -> str | None:
    """The owner's text in this process's language (its words, when they say the same as
    its English), or None when there is none."""
    return words_from_json(words, english) if isinstance(english, str) else None


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) else None
